//! Show-if / required-if evaluation: every operator, missing and declined answers, and the
//! all / any / not combinators. Cases are data in `tests/fixtures/logic/cases.json`.

mod common;

use coform::core::answer::Answers;
use coform::core::logic::evaluate;
use coform::core::model::Condition;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    answers: Answers,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    condition: Condition,
    expected: bool,
}

#[test]
fn condition_cases() {
    let path = common::fixtures().join("logic/cases.json");
    let cases: Cases = serde_json::from_str(&common::read(&path)).expect("cases parse");
    assert!(cases.cases.len() >= 20);
    let failures: Vec<String> = cases
        .cases
        .iter()
        .filter(|case| evaluate(&case.condition, &cases.answers) != case.expected)
        .map(|case| format!("{} (expected {})", case.name, case.expected))
        .collect();
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}
