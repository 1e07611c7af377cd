//! FHIR R4 Questionnaire: blessed exports and loss lists of every sample, the round trip
//! coform → FHIR → coform checked against the loss list, imports of hand-written
//! Questionnaires (notices and the survey read), read errors, the QuestionnaireResponse's
//! agreement with the Questionnaire, and the instrument fixtures (PHQ-9, AHC HRSN).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use coform::core::definition::{export as export_coform, import as import_coform};
use coform::core::interop::{self, Format, LossKind, fhir};
use coform::core::issue::Severity;
use coform::core::model::{Comparison, Condition, Item, Operator, Survey};
use coform::core::validate::validate;
use serde_json::Value;

/// Every coform survey the FHIR tests export: the shared samples and the FHIR feature tour.
fn surveys() -> Vec<PathBuf> {
    let mut paths = common::files("samples", ".coform.json");
    paths.extend(common::files("interop/fhir", ".coform.json"));
    paths
}

fn name_of(path: &Path) -> String {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.split('.').next().unwrap_or(name).to_owned()
}

fn load(path: &Path) -> Survey {
    import_coform(&common::read(path)).expect("sample imports")
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("serialises") + "\n"
}

fn errors(survey: &Survey) -> Vec<String> {
    validate(survey)
        .into_iter()
        .filter(|issue| issue.severity(&survey.source_language) == Severity::Error)
        .map(|issue| format!("{:?} at {}", issue.kind, issue.location.path))
        .collect()
}

#[test]
fn samples_export_as_blessed_questionnaires_with_their_losses() {
    for path in surveys() {
        let survey = load(&path);
        let exported = fhir::export(&survey);
        assert_eq!(exported, fhir::export(&survey), "export is deterministic");
        let text = String::from_utf8(exported.bytes).expect("UTF-8");
        assert!(text.ends_with("}\n"), "pretty JSON with a final newline");
        let dir = common::fixtures().join("interop/fhir");
        let name = name_of(&path);
        common::check(&dir.join(format!("{name}.questionnaire.json")), &text);
        common::check(
            &dir.join(format!("{name}.losses.json")),
            &pretty(&exported.losses),
        );
    }
}

#[test]
fn every_sample_round_trips_except_what_the_loss_list_names() {
    for path in surveys() {
        let original = load(&path);
        let exported = interop::write(&original, Format::Fhir);
        let (format, imported) = interop::read(&exported.bytes).expect("own export reads");
        assert_eq!(format, Format::Fhir);
        assert_eq!(imported.notices, vec![], "{}: no notices", path.display());
        assert_eq!(
            errors(&imported.survey),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
        let expected = without_losses(&original, &exported.losses);
        let actual = comparable(&imported.survey, &original, &exported.losses);
        assert_eq!(
            pretty(&expected),
            pretty(&actual),
            "{}: the round trip changed something the loss list does not name",
            path.display()
        );
    }
}

#[test]
fn conditions_that_are_not_one_list_become_expressions_that_read_back() {
    let survey = load(&common::fixtures().join("interop/fhir/features.coform.json"));
    let exported = fhir::export(&survey);
    let as_expression: Vec<&str> = exported
        .losses
        .iter()
        .filter(|loss| loss.kind == LossKind::ConditionAsExpression)
        .map(|loss| loss.path.as_str())
        .collect();
    assert_eq!(
        as_expression,
        [
            "pages[1].items[4].showIf",
            "pages[1].items[5].showIf",
            "pages[1].items[6].showIf",
            "pages[2].items[2].showIf",
        ],
        "multiple-choice equals, nesting, not of a group, notEquals under any"
    );
    let imported = fhir::import(std::str::from_utf8(&exported.bytes).expect("UTF-8"))
        .expect("reads back")
        .survey;
    for (id, original) in [
        ("only_pear", "pages[1].items[4]"),
        ("mood", "pages[1].items[5]"),
    ] {
        assert_eq!(
            imported.item(id).and_then(|item| item.show_if.clone()),
            survey.item(id).and_then(|item| item.show_if.clone()),
            "{original}"
        );
    }
}

#[test]
fn hand_written_questionnaires_import_with_their_notices() {
    for path in common::files("interop/fhir/import", ".questionnaire.json") {
        let imported = fhir::import(&common::read(&path)).expect("imports");
        common::check(
            &common::sibling(&path, "notices.json"),
            &pretty(&imported.notices),
        );
        common::check(
            &common::sibling(&path, "coform.json"),
            &export_coform(&imported.survey),
        );
        assert!(!imported.notices.is_empty(), "{}", path.display());
        assert_eq!(
            errors(&imported.survey),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn only_the_exported_expression_form_is_read_as_a_condition() {
    let path = common::fixtures().join("interop/fhir/import/expressions.questionnaire.json");
    let imported = fhir::import(&common::read(&path)).expect("imports");
    let compare = |item: &str, op, value: Option<Value>| {
        Condition::Compare(Comparison {
            item: item.to_owned(),
            op,
            value: value.map(|v| serde_json::from_value(v).expect("literal")),
        })
    };
    let survey = &imported.survey;
    assert_eq!(
        survey.item("exact").and_then(|i| i.show_if.clone()),
        Some(Condition::Any(vec![
            Condition::Not(Box::new(compare(
                "colour",
                Operator::Equals,
                Some("red".into())
            ))),
            Condition::All(vec![
                compare("age", Operator::GreaterOrEqual, Some(18.into())),
                compare("age", Operator::Answered, None),
            ]),
        ]))
    );
    let expressions: Vec<&str> = imported
        .notices
        .iter()
        .filter(|notice| notice.kind.code() == "expression")
        .map(|notice| notice.location.as_str())
        .collect();
    assert_eq!(
        expressions,
        ["item[3].extension[0]", "item[4].extension[0]"]
    );
    assert_eq!(survey.item("other").and_then(|i| i.show_if.clone()), None);
}

#[test]
fn import_never_panics_on_damaged_files() {
    let replacements = [
        Value::Null,
        Value::from(-1),
        Value::from("x"),
        Value::Array(Vec::new()),
        serde_json::json!({}),
    ];
    for path in common::files("interop/fhir/import", ".questionnaire.json") {
        let text = common::read(&path);
        let original: Value = serde_json::from_str(&text).expect("JSON");
        let mut pointers = Vec::new();
        collect_pointers(&original, String::new(), &mut pointers);
        for pointer in &pointers {
            for replacement in &replacements {
                let mut damaged = original.clone();
                if let Some(slot) = damaged.pointer_mut(pointer) {
                    *slot = replacement.clone();
                }
                // Ok or Err, never a panic.
                let _ = fhir::import(&damaged.to_string());
            }
        }
        for cut in (0..text.len()).step_by(61) {
            if let Some(head) = text.get(..cut) {
                assert!(fhir::import(head).is_err(), "{cut}: a cut file is refused");
            }
        }
        assert!(pointers.len() > 50, "{}", path.display());
    }
    let deep = format!("{}true{}", "(".repeat(100_000), ")".repeat(100_000));
    let questionnaire = serde_json::json!({
        "resourceType": "Questionnaire",
        "status": "draft",
        "language": "en",
        "item": [{
            "linkId": "a",
            "type": "string",
            "extension": [{
                "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression",
                "valueExpression": { "language": "text/fhirpath", "expression": deep }
            }]
        }]
    });
    let imported = fhir::import(&questionnaire.to_string()).expect("imports");
    let kinds: Vec<&str> = imported.notices.iter().map(|n| n.kind.code()).collect();
    assert_eq!(kinds, ["expression"], "the expression is not read");
}

fn collect_pointers(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let pointer = format!("{here}/{key}");
                out.push(pointer.clone());
                collect_pointers(child, pointer, out);
            }
        }
        Value::Array(values) => {
            for (index, child) in values.iter().enumerate() {
                let pointer = format!("{here}/{index}");
                out.push(pointer.clone());
                collect_pointers(child, pointer, out);
            }
        }
        _ => {}
    }
}

#[test]
fn broken_and_foreign_files_are_read_errors() {
    for path in common::files("interop/fhir/errors", ".json") {
        if path.to_string_lossy().ends_with(".error.json") {
            continue;
        }
        let error = fhir::import(&common::read(&path)).expect_err("refused");
        common::check(&common::sibling(&path, "error.json"), &pretty(&error));
    }
}

#[test]
fn the_questionnaire_response_follows_the_questionnaire() {
    for path in common::files("responses", ".fhir.json") {
        let response: Value = serde_json::from_str(&common::read(&path)).expect("JSON");
        let survey = load(&common::fixtures().join("samples/community-health.coform.json"));
        let questionnaire: Value =
            serde_json::from_slice(&fhir::export(&survey).bytes).expect("JSON");
        assert_eq!(
            response["questionnaire"]
                .as_str()
                .map(|q| q.split('|').next()),
            Some(questionnaire["url"].as_str())
        );
        let answered = answers_fit(&response["item"], &questionnaire["item"], "item");
        assert!(
            answered > 10,
            "{}: {answered} answers checked",
            path.display()
        );
    }
}

/// Checks that every response item has a Questionnaire item of that linkId at the same
/// level, that groups hold items and questions answers, and that each answer's type is the
/// question's (a Coding among its options); returns how many answers were checked.
fn answers_fit(response: &Value, questionnaire: &Value, path: &str) -> usize {
    let mut checked = 0;
    for (index, item) in response.as_array().into_iter().flatten().enumerate() {
        let at = format!("{path}[{index}]");
        let link_id = &item["linkId"];
        let question = questionnaire
            .as_array()
            .into_iter()
            .flatten()
            .find(|q| &q["linkId"] == link_id)
            .unwrap_or_else(|| panic!("{at}: no Questionnaire item {link_id}"));
        let kind = question["type"].as_str().unwrap_or_default();
        if kind == "group" {
            assert!(item.get("answer").is_none(), "{at}: a group has no answer");
            checked += answers_fit(&item["item"], &question["item"], &format!("{at}.item"));
            continue;
        }
        for answer in item["answer"].as_array().into_iter().flatten() {
            let expected = match kind {
                "boolean" => "valueBoolean",
                "integer" => "valueInteger",
                "decimal" => "valueDecimal",
                "date" => "valueDate",
                "string" | "text" => "valueString",
                "choice" => "valueCoding",
                other => panic!("{at}: unexpected type {other}"),
            };
            assert!(
                answer.get(expected).is_some(),
                "{at}: {answer} is not {expected}"
            );
            if let Some(coding) = answer.get("valueCoding") {
                let offered = question["answerOption"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|option| {
                        option["valueCoding"]["system"] == coding["system"]
                            && option["valueCoding"]["code"] == coding["code"]
                    });
                assert!(offered, "{at}: {coding} is not an option");
            }
            checked += 1;
        }
    }
    checked
}

fn instruments() -> Vec<(PathBuf, Value, interop::Imported)> {
    let paths = common::files("instruments", ".questionnaire.json");
    assert_eq!(paths.len(), 2, "PHQ-9 and AHC HRSN");
    paths
        .into_iter()
        .map(|path| {
            let text = common::read(&path);
            let fixture: Value = serde_json::from_str(&text).expect("JSON");
            let imported = fhir::import(&text).expect("imports");
            (path, fixture, imported)
        })
        .collect()
}

#[test]
fn instruments_import_cleanly_with_their_codes_scores_and_languages() {
    for (path, fixture, imported) in instruments() {
        let at = path.display();
        assert_eq!(imported.notices, vec![], "{at}");
        let survey = imported.survey;
        assert_eq!(errors(&survey), Vec::<String>::new(), "{at}");
        let tags: Vec<&str> = survey.languages.iter().map(|l| l.tag.as_str()).collect();
        assert_eq!(tags, ["en", "es"], "{at}");
        assert_eq!(fixture_facts(&fixture), survey_facts(&survey), "{at}");
    }
}

#[test]
fn instruments_export_back_to_the_same_content_with_no_loss() {
    for (path, fixture, imported) in instruments() {
        let exported = fhir::export(&imported.survey);
        assert_eq!(exported.losses, vec![], "{}", path.display());
        let again: Value = serde_json::from_slice(&exported.bytes).expect("JSON");
        assert_eq!(
            pretty(&content(&fixture)),
            pretty(&content(&again)),
            "{}: re-export differs in content",
            path.display()
        );
    }
}

/// LOINC item codes, answer codes with their scores, and every text with its translations,
/// as the fixture writes them: linkId → facts.
fn fixture_facts(questionnaire: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    fn walk(items: &Value, out: &mut BTreeMap<String, Value>) {
        for item in items.as_array().into_iter().flatten() {
            let id = item["linkId"].as_str().unwrap_or_default().to_owned();
            if item["type"] != "display" || !id.ends_with("-help") {
                let codes: Vec<String> = item["code"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|c| {
                        format!(
                            "{}|{}",
                            c["system"].as_str().unwrap_or(""),
                            c["code"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                let options: Vec<String> = item["answerOption"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|o| {
                        let coding = &o["valueCoding"];
                        let score = coding["extension"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .find_map(|e| e.get("valueDecimal"))
                            .map(|s| s.to_string())
                            .unwrap_or_default();
                        format!(
                            "{}|{}={score}",
                            coding["system"].as_str().unwrap_or(""),
                            coding["code"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                out.insert(
                    id,
                    serde_json::json!({ "codes": codes, "options": options }),
                );
            }
            walk(&item["item"], out);
        }
    }
    walk(&questionnaire["item"], &mut out);
    out
}

/// The same facts from the survey read.
fn survey_facts(survey: &Survey) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for index in 0..survey.pages.len() {
        out.insert(
            fhir::page_link_id(survey, index),
            serde_json::json!({ "codes": [], "options": [] }),
        );
    }
    let options = |item: &Item| -> Vec<String> {
        item.choices
            .as_deref()
            .and_then(|list| survey.choice_list(list))
            .map(|list| {
                list.options
                    .iter()
                    .map(|o| {
                        format!(
                            "{}|{}={}",
                            fhir::option_system(survey, &list.id, &o.code),
                            o.code,
                            o.score.as_ref().map(|s| s.to_string()).unwrap_or_default()
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    for item in survey.items() {
        let codes: Vec<String> = item
            .codes
            .iter()
            .map(|c| format!("{}|{}", c.system, c.code))
            .collect();
        let own = if item.rows.is_empty() {
            options(item)
        } else {
            Vec::new()
        };
        out.insert(
            item.id.clone(),
            serde_json::json!({ "codes": codes, "options": own }),
        );
        for row in &item.rows {
            out.insert(
                row.id.clone(),
                serde_json::json!({ "codes": [], "options": options(item) }),
            );
        }
    }
    out
}

/// A Questionnaire's content for comparison: the JSON with object keys sorted (serde_json's
/// map already sorts them), numbers normalised (`1` and `1.0` are the same decimal), and the
/// `display` of itemControl codings left out (the code alone says which control; coform writes
/// no display for it).
fn content(questionnaire: &Value) -> Value {
    match questionnaire {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| {
                    *key != "display"
                        || map.get("system").and_then(Value::as_str)
                            != Some("http://hl7.org/fhir/questionnaire-item-control")
                })
                .map(|(key, value)| (key.clone(), content(value)))
                .collect(),
        ),
        Value::Array(values) => Value::Array(values.iter().map(content).collect()),
        Value::Number(number) => number
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| questionnaire.clone(), Value::Number),
        other => other.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// The round-trip comparison: the original with exactly what the loss list names removed,
// against the survey read back, both with conditions in one normal form.
// ---------------------------------------------------------------------------------------------

/// The original survey as JSON, without what the export reports lost.
fn without_losses(original: &Survey, losses: &[interop::Loss]) -> Value {
    let mut survey = original.clone();
    for loss in losses {
        match &loss.kind {
            LossKind::Review => survey.review = Default::default(),
            LossKind::Changelog => survey.changelog.clear(),
            LossKind::Audience => survey.audience.clear(),
            LossKind::Fallback => {
                for language in &mut survey.languages {
                    language.fallback.clear();
                }
            }
            LossKind::TranslationStates => {
                for message in coform::core::translation::messages(original) {
                    if let Some(text) =
                        coform::core::translation::text_mut(&mut survey, &message.key)
                    {
                        text.1.clear();
                    }
                }
            }
            LossKind::Setting { .. } => {}
            _ => {}
        }
    }
    if losses
        .iter()
        .any(|loss| matches!(loss.kind, LossKind::Setting { .. }))
    {
        survey.settings = Default::default();
    }
    normalise(&mut survey);
    let mut value = serde_json::to_value(&survey).expect("serialises");
    let mut removed_rules = Vec::new();
    for loss in losses {
        let path = &loss.path;
        match &loss.kind {
            LossKind::Variants { .. }
            | LossKind::Piping { .. }
            | LossKind::ValidationMessage
            | LossKind::Text { .. }
            | LossKind::Sensitive
            | LossKind::Condition
            | LossKind::Language { .. } => remove(&mut value, path),
            LossKind::Validation { .. } => removed_rules.push(path.clone()),
            LossKind::ItemType { item_type, .. } => {
                let read_as = match item_type.as_str() {
                    "consent" => "yesNo",
                    "ranking" => "multipleChoice",
                    other => panic!("unexpected item type loss {other}"),
                };
                *pointer(&mut value, &format!("{path}.type")).expect("item type") =
                    Value::String(read_as.to_owned());
            }
            LossKind::ConditionAsExpression
            | LossKind::Review
            | LossKind::Changelog
            | LossKind::Audience
            | LossKind::Fallback
            | LossKind::TranslationStates
            | LossKind::Setting { .. } => {}
            other => panic!("the FHIR export reports no {other:?}"),
        }
    }
    // Later rules first, so earlier indexes still hold.
    removed_rules.sort();
    for path in removed_rules.iter().rev() {
        remove(&mut value, path);
    }
    sort_rules(&mut value);
    value
}

/// The survey read back, as JSON comparable with [`without_losses`]: its choice lists named
/// and ordered as the original's (FHIR has no shared lists: a list is named after its coform
/// system, or, when its options have their own terminology's, after its first item), and the
/// strings the loss list names flattened or unpiped removed, as they are from the original.
fn comparable(imported: &Survey, original: &Survey, losses: &[interop::Loss]) -> Value {
    let mut survey = imported.clone();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for item in original.items() {
        let read = imported.item(&item.id).and_then(|i| i.choices.clone());
        if let (Some(read), Some(written)) = (read, item.choices.clone()) {
            let previous = names.insert(read.clone(), written.clone());
            assert!(
                previous.is_none_or(|p| p == written),
                "{read} stands for two lists"
            );
        }
    }
    for list in &mut survey.choice_lists {
        if let Some(name) = names.get(&list.id) {
            list.id = name.clone();
        }
    }
    rename_choices(&mut survey.pages, &names);
    let position = |id: &str| {
        original
            .choice_lists
            .iter()
            .position(|list| list.id == id)
            .unwrap_or(usize::MAX)
    };
    survey.choice_lists.sort_by_key(|list| position(&list.id));
    normalise(&mut survey);
    let mut value = serde_json::to_value(&survey).expect("serialises");
    for loss in losses {
        if matches!(
            loss.kind,
            LossKind::Variants { .. } | LossKind::Piping { .. } | LossKind::ValidationMessage
        ) {
            remove(&mut value, &loss.path);
        }
    }
    sort_rules(&mut value);
    value
}

fn rename_choices(pages: &mut [coform::core::model::Page], names: &BTreeMap<String, String>) {
    fn rename(list: &mut [Item], names: &BTreeMap<String, String>) {
        for item in list {
            if let Some(name) = item.choices.as_ref().and_then(|list| names.get(list)) {
                item.choices = Some(name.clone());
            }
            rename(&mut item.items, names);
        }
    }
    for page in pages {
        rename(&mut page.items, names);
    }
}

/// Conditions in one normal form (equivalent conditions compare equal): a group of one is
/// its member, nested groups of the same kind are one, `not answered` and `not (answered)`
/// are the same, and an empty `all` is no condition.
fn normalise(survey: &mut Survey) {
    for page in &mut survey.pages {
        normal_slot(&mut page.show_if);
        normal_items(&mut page.items);
    }
}

fn normal_items(items: &mut [Item]) {
    for item in items {
        normal_slot(&mut item.show_if);
        normal_slot(&mut item.required_if);
        normal_items(&mut item.items);
    }
}

fn normal_slot(slot: &mut Option<Condition>) {
    *slot = slot
        .take()
        .map(normal)
        .filter(|c| c != &Condition::All(Vec::new()));
}

fn normal(condition: Condition) -> Condition {
    match condition {
        Condition::All(children) | Condition::Any(children) if children.len() == 1 => children
            .into_iter()
            .next()
            .map(normal)
            .unwrap_or(Condition::All(Vec::new())),
        Condition::All(children) => Condition::All(
            children
                .into_iter()
                .map(normal)
                .flat_map(|c| match c {
                    Condition::All(inner) => inner,
                    other => vec![other],
                })
                .collect(),
        ),
        Condition::Any(children) => Condition::Any(
            children
                .into_iter()
                .map(normal)
                .flat_map(|c| match c {
                    Condition::Any(inner) => inner,
                    other => vec![other],
                })
                .collect(),
        ),
        Condition::Not(inner) => match normal(*inner) {
            Condition::Compare(Comparison {
                item,
                op: op @ (Operator::Answered | Operator::NotAnswered),
                value,
            }) => Condition::Compare(Comparison {
                item,
                op: if op == Operator::Answered {
                    Operator::NotAnswered
                } else {
                    Operator::Answered
                },
                value,
            }),
            Condition::Not(twice) => *twice,
            other => Condition::Not(Box::new(other)),
        },
        other => other,
    }
}

/// Validation rules are independent checks; FHIR keeps each but not their order.
fn sort_rules(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(rules)) = map.get_mut("validation") {
                rules.sort_by_key(|rule| rule["check"].to_string());
            }
            for child in map.values_mut() {
                sort_rules(child);
            }
        }
        Value::Array(values) => values.iter_mut().for_each(sort_rules),
        _ => {}
    }
}

/// The segments of a loss path: `pages[0].items[2].text.es` → pages, 0, items, 2, text, es.
fn segments(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut rest = part;
        while let Some(open) = rest.find('[') {
            if open > 0 {
                out.push(rest[..open].to_owned());
            }
            let close = rest.find(']').expect("closing bracket");
            out.push(rest[open + 1..close].to_owned());
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            out.push(rest.to_owned());
        }
    }
    out
}

fn pointer<'v>(value: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let pointer: String = segments(path).iter().map(|s| format!("/{s}")).collect();
    value.pointer_mut(&pointer)
}

fn remove(value: &mut Value, path: &str) {
    let mut parts = segments(path);
    let last = parts.pop().expect("a path");
    let parent_path: String = parts.iter().map(|s| format!("/{s}")).collect();
    match value.pointer_mut(&parent_path) {
        Some(Value::Object(map)) => {
            map.remove(&last);
        }
        Some(Value::Array(values)) => {
            let index: usize = last.parse().expect("an index");
            values.remove(index);
        }
        _ => {}
    }
}
