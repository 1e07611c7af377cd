//! Message resolution through Fluent: plurals for each CLDR category, audience selects,
//! piping with bidi isolation, and fallback along the language chain. Cases are data in
//! `tests/fixtures/resolve/cases.json`.

mod common;

use std::collections::BTreeMap;

use coform::core::answer::Answers;
use coform::core::definition::import;
use coform::core::fluent::{Context, Resolver};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Cases {
    survey: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Case {
    name: String,
    item: String,
    language: String,
    #[serde(default)]
    audience: BTreeMap<String, String>,
    #[serde(default)]
    answers: Answers,
    text: String,
    resolved_language: String,
    fell_back: bool,
}

#[test]
fn resolution_cases() {
    let folder = common::fixtures().join("resolve");
    let cases: Cases =
        serde_json::from_str(&common::read(&folder.join("cases.json"))).expect("cases parse");
    let survey = import(&common::read(&folder.join(&cases.survey))).expect("survey imports");
    assert!(cases.cases.len() >= 10);
    for case in cases.cases {
        let context = Context {
            audience: case.audience,
            answers: case.answers,
        };
        let resolver = Resolver::new(&survey, &case.language, &context);
        let item = survey.item(&case.item).expect("case item exists");
        let resolved = resolver
            .resolve(&item.text)
            .unwrap_or_else(|| panic!("{}: nothing resolved", case.name));
        assert_eq!(
            (
                resolved.text.as_str(),
                resolved.language.as_str(),
                resolved.fell_back
            ),
            (
                case.text.as_str(),
                case.resolved_language.as_str(),
                case.fell_back
            ),
            "case: {}",
            case.name
        );
    }
}

#[test]
fn a_string_missing_everywhere_resolves_to_the_caller_fallback() {
    let folder = common::fixtures().join("resolve");
    let survey =
        import(&common::read(&folder.join("resolution.coform.json"))).expect("survey imports");
    let resolver = Resolver::new(&survey, "ar", &Context::default());
    let empty = coform::core::model::LocalizedText::default();
    assert_eq!(resolver.resolve(&empty), None);
    assert_eq!(
        resolver.resolve_or(&empty, "[only_english]"),
        "[only_english]"
    );
    assert_eq!(resolver.chain().collect::<Vec<_>>(), vec!["ar", "en"]);
}
