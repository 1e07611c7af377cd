//! The round-trip comparison shared by the SurveyJS and REDCap tests.
//!
//! A survey written to a format and read back must equal the original *after* exactly what
//! the export's loss list names is taken out of the original (a lost field removed, a lost
//! condition dropped, a flattened text replaced by its flattened form, a rewritten item type
//! rewritten as the format does). Both sides are then put in a neutral form for what the
//! format cannot tell apart by design: choice lists are compared by their content as each
//! question offers them (list ids are not carried), the survey's id, version and status are
//! left out, the radio appearance equals no appearance (the runtime's default), and
//! conditions are compared by their truth table over every relevant answer, so a condition
//! written another way that means the same passes and one that means something else fails.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use coform::core::answer::{Answer, Answers};
use coform::core::interop::{Loss, LossKind};
use coform::core::logic::{comparisons, evaluate};
use coform::core::model::{Condition, ItemKind, Literal, Survey};
use serde_json::{Value, json};

/// What a format does that the comparison must mirror.
pub struct Format<'f> {
    /// The text a string comes back as after a `Variants` or `Piping` loss, given its path
    /// in the coform definition and its original pattern.
    pub reread: &'f dyn Fn(&Survey, &str, &str) -> String,
    /// Rewrites the expected survey (JSON) for an `ItemType` loss at an item path.
    pub item_type: &'f dyn Fn(&mut Value, &str, &str, &str),
    /// Whether page ids are carried.
    pub page_ids: bool,
}

/// Panics with a readable difference unless `back` is `original` less its losses.
pub fn assert_round_trip(original: &Survey, losses: &[Loss], back: &Survey, format: &Format) {
    let expected = expected(original, losses, format);
    let expected_survey: Survey =
        serde_json::from_value(expected.clone()).expect("expected survey deserialises");
    // Through the model again, so emptied lists and texts are left out as the model does.
    let (left, left_conditions) = neutral(&serde_json::to_value(&expected_survey).unwrap(), format);
    let (right, right_conditions) = neutral(&serde_json::to_value(back).unwrap(), format);
    let (left_text, right_text) = (
        serde_json::to_string_pretty(&left).unwrap(),
        serde_json::to_string_pretty(&right).unwrap(),
    );
    if left_text != right_text {
        let diff = similar::TextDiff::from_lines(&left_text, &right_text);
        panic!(
            "the survey read back (+) differs from the original less its losses (-):\n{}",
            diff.unified_diff().context_radius(4)
        );
    }
    assert_eq!(
        left_conditions.keys().collect::<Vec<_>>(),
        right_conditions.keys().collect::<Vec<_>>(),
        "conditions at different places"
    );
    for (path, condition) in &left_conditions {
        let other = &right_conditions[path];
        assert!(
            equivalent(condition, other, &expected_survey),
            "{path}: {condition:?} came back as {other:?}, which means something else"
        );
    }
}

/// The original survey as JSON with what the losses name taken out.
pub fn expected(original: &Survey, losses: &[Loss], format: &Format) -> Value {
    let mut survey = original.clone();
    for loss in losses {
        match &loss.kind {
            LossKind::Review => survey.review = Default::default(),
            LossKind::Changelog => survey.changelog.clear(),
            LossKind::Audience => survey.audience.clear(),
            LossKind::Fallback => survey.languages.iter_mut().for_each(|l| l.fallback.clear()),
            LossKind::Language { language } => remove_language(&mut survey, language),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(&survey).unwrap();
    if losses
        .iter()
        .any(|loss| loss.kind == LossKind::TranslationStates)
    {
        strip_states(&mut value);
    }
    // Field losses, deepest and last first so that removing a rule keeps earlier indices.
    let mut ordered: Vec<&Loss> = losses.iter().collect();
    ordered.sort_by_key(|loss| std::cmp::Reverse(path_key(&loss.path)));
    for loss in &ordered {
        let path = loss.path.as_str();
        match &loss.kind {
            LossKind::Variants { .. } | LossKind::Piping { .. } => {
                let pattern = at(&value, path)
                    .and_then(Value::as_str)
                    .unwrap_or_else(|| panic!("no text at {path}"))
                    .to_owned();
                let written = (format.reread)(original, path, &pattern);
                set(&mut value, path, Value::String(written));
            }
            LossKind::Text { .. }
            | LossKind::Condition
            | LossKind::Sensitive
            | LossKind::Exclusive
            | LossKind::Appearance
            | LossKind::Codes
            | LossKind::Scores
            | LossKind::Setting { .. } => {
                remove(&mut value, path);
                // The survey's title is a field the definition always has.
                if path == "metadata.title" {
                    set(&mut value, path, json!({}));
                }
            }
            LossKind::ValidationMessage => {
                set(&mut value, path, json!({}));
            }
            LossKind::Validation { .. } => remove(&mut value, path),
            LossKind::Id { written_as } => rename(&mut value, path, written_as),
            _ => {}
        }
    }
    for loss in &ordered {
        if let LossKind::ItemType {
            item_type,
            written_as,
        } = &loss.kind
        {
            (format.item_type)(&mut value, &loss.path, item_type, written_as);
        }
    }
    for loss in &ordered {
        if loss.kind == LossKind::Pages {
            merge_page(&mut value, &loss.path);
        }
    }
    for loss in losses {
        if let LossKind::SourceLanguage { language } = &loss.kind {
            retag(&mut value, language, "en");
        }
    }
    value
}

/// The source language's texts under another tag (every other language is gone by then).
fn retag(value: &mut Value, from: &str, to: &str) {
    let mut survey: Survey = serde_json::from_value(value.clone()).unwrap();
    let messages = coform::core::translation::messages(&survey);
    survey.source_language = to.to_owned();
    for language in &mut survey.languages {
        if language.tag == from {
            language.tag = to.to_owned();
        }
    }
    for message in messages {
        if let Some(text) = coform::core::translation::text_mut(&mut survey, &message.key)
            && let Some(pattern) = text.0.remove(from)
        {
            text.0.insert(to.to_owned(), pattern);
        }
    }
    *value = serde_json::to_value(&survey).unwrap();
}

/// A section (at `path`) replaced by a note with its title and condition, followed by its
/// items, each shown only when the section's condition and its own hold.
pub fn flatten_section(value: &mut Value, path: &str) {
    let (parent, last) = split_last(path);
    let Segment::Index(index) = last else {
        panic!("not an item path: {path}")
    };
    let items = at_mut(value, &parent).unwrap().as_array_mut().unwrap();
    let section = items[index].clone();
    let condition = section.get("showIf").cloned();
    let mut note = json!({"id": section["id"], "type": "note", "text": section["text"]});
    if let Some(condition) = &condition {
        note["showIf"] = condition.clone();
    }
    let mut replacement = vec![note];
    for child in section["items"].as_array().cloned().unwrap_or_default() {
        let mut child = child;
        if let Some(condition) = &condition {
            child["showIf"] = match child.get("showIf") {
                Some(own) => json!({"all": [condition, own]}),
                None => condition.clone(),
            };
        }
        replacement.push(child);
    }
    items.splice(index..=index, replacement);
}

fn remove_language(survey: &mut Survey, language: &str) {
    survey.languages.retain(|l| l.tag != language);
    for message in coform::core::translation::messages(survey) {
        if let Some(text) = coform::core::translation::text_mut(survey, &message.key) {
            text.0.remove(language);
            text.1.remove(language);
        }
    }
}

/// Translation states written as bare patterns.
fn strip_states(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for entry in map.values_mut() {
                if let Value::Object(inner) = entry
                    && inner.contains_key("status")
                    && inner.get("text").is_some_and(Value::is_string)
                {
                    *entry = inner["text"].clone();
                    continue;
                }
                strip_states(entry);
            }
        }
        Value::Array(values) => values.iter_mut().for_each(strip_states),
        _ => {}
    }
}

/// A path's segments: names and indices.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Segment {
    Name(String),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            out.push(Segment::Name(rest[..open].to_owned()));
            rest = &rest[open..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let close = stripped.find(']').unwrap();
                out.push(Segment::Index(stripped[..close].parse().unwrap()));
                rest = &stripped[close + 1..];
            }
        } else {
            out.push(Segment::Name(rest.to_owned()));
        }
    }
    out
}

fn path_key(path: &str) -> Vec<Segment> {
    segments(path)
}

pub fn at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    let mut here = value;
    for segment in segments(path) {
        here = match segment {
            Segment::Name(name) => here.get(name)?,
            Segment::Index(index) => here.get(index)?,
        };
    }
    Some(here)
}

pub fn at_mut<'v>(value: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let mut here = value;
    for segment in segments(path) {
        here = match segment {
            Segment::Name(name) => here.get_mut(name)?,
            Segment::Index(index) => here.get_mut(index)?,
        };
    }
    Some(here)
}

fn split_last(path: &str) -> (String, Segment) {
    let mut all = segments(path);
    let last = all.pop().expect("a path");
    let parent = all
        .iter()
        .map(|s| match s {
            Segment::Name(n) => format!(".{n}"),
            Segment::Index(i) => format!("[{i}]"),
        })
        .collect::<String>();
    (parent.trim_start_matches('.').to_owned(), last)
}

fn set(value: &mut Value, path: &str, new: Value) {
    let (parent, last) = split_last(path);
    let parent = at_mut(value, &parent).unwrap_or_else(|| panic!("no parent of {path}"));
    match last {
        Segment::Name(name) => {
            parent.as_object_mut().unwrap().insert(name, new);
        }
        Segment::Index(index) => parent[index] = new,
    }
}

fn remove(value: &mut Value, path: &str) {
    let (parent, last) = split_last(path);
    let parent = at_mut(value, &parent).unwrap_or_else(|| panic!("no parent of {path}"));
    match last {
        Segment::Name(name) => {
            parent.as_object_mut().unwrap().remove(&name);
        }
        Segment::Index(index) => {
            parent.as_array_mut().unwrap().remove(index);
        }
    }
}

/// An id written as another: the id and every reference to it.
fn rename(value: &mut Value, path: &str, new: &str) {
    let old = at(value, path).and_then(Value::as_str).unwrap().to_owned();
    fn walk(value: &mut Value, old: &str, new: &str) {
        match value {
            Value::Object(map) => {
                if map.get("item").and_then(Value::as_str) == Some(old) {
                    map.insert("item".into(), Value::String(new.into()));
                }
                map.values_mut().for_each(|v| walk(v, old, new));
            }
            Value::Array(values) => values.iter_mut().for_each(|v| walk(v, old, new)),
            Value::String(text) if text.contains('$') => {
                *text = coform::core::edit::rename_variable(text, old, new);
            }
            _ => {}
        }
    }
    walk(value, &old, new);
    set(value, path, Value::String(new.to_owned()));
}

/// Page `path` joined to the page before it.
fn merge_page(value: &mut Value, path: &str) {
    let Some(Segment::Index(index)) = segments(path).pop() else {
        panic!("not a page path: {path}");
    };
    let pages = value["pages"].as_array_mut().unwrap();
    let page = pages.remove(index);
    if index == 0 {
        // The first page has no page before it: its items open the next one.
        if let Some(next) = pages.first_mut() {
            let mut items = page["items"].as_array().cloned().unwrap_or_default();
            items.extend(next["items"].as_array().cloned().unwrap_or_default());
            next["items"] = Value::Array(items);
        }
        return;
    }
    let previous = &mut pages[index - 1];
    let items = previous["items"].as_array_mut().unwrap();
    items.extend(page["items"].as_array().cloned().unwrap_or_default());
}

/// The survey in neutral form, and its conditions by path (taken out of the JSON).
fn neutral(value: &Value, format: &Format) -> (Value, BTreeMap<String, Condition>) {
    let mut value = value.clone();
    let lists: BTreeMap<String, Value> = value["choiceLists"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|list| {
            (
                list["id"].as_str().unwrap().to_owned(),
                list["options"].clone(),
            )
        })
        .collect();
    let object = value.as_object_mut().unwrap();
    object.remove("choiceLists");
    let metadata = object["metadata"].as_object_mut().unwrap();
    for field in ["id", "version", "status", "contentHash"] {
        metadata.remove(field);
    }
    let mut conditions = BTreeMap::new();
    if let Some(pages) = value["pages"].as_array_mut() {
        for (index, page) in pages.iter_mut().enumerate() {
            let path = format!("pages[{index}]");
            let page = page.as_object_mut().unwrap();
            if !format.page_ids {
                page.remove("id");
            }
            if let Some(condition) = page.remove("showIf") {
                conditions.insert(
                    format!("{path}.showIf"),
                    serde_json::from_value(condition).unwrap(),
                );
            }
            if let Some(items) = page.get_mut("items") {
                neutral_items(items, &format!("{path}.items"), &lists, &mut conditions);
            }
        }
    }
    (value, conditions)
}

fn neutral_items(
    items: &mut Value,
    path: &str,
    lists: &BTreeMap<String, Value>,
    conditions: &mut BTreeMap<String, Condition>,
) {
    for (index, item) in items.as_array_mut().unwrap().iter_mut().enumerate() {
        let path = format!("{path}[{index}]");
        let item = item.as_object_mut().unwrap();
        if item.get("appearance").and_then(Value::as_str) == Some("radio") {
            item.remove("appearance");
        }
        if let Some(list) = item
            .get("choices")
            .and_then(Value::as_str)
            .map(str::to_owned)
        {
            let mut options = lists.get(&list).cloned().unwrap_or(Value::Null);
            // "None of these" only means something in a multiple choice.
            if item.get("type").and_then(Value::as_str) != Some("multipleChoice") {
                for option in options.as_array_mut().into_iter().flatten() {
                    option.as_object_mut().unwrap().remove("exclusive");
                }
            }
            item.insert("choices".into(), options);
        }
        for field in ["showIf", "requiredIf"] {
            if let Some(condition) = item.remove(field) {
                conditions.insert(
                    format!("{path}.{field}"),
                    serde_json::from_value(condition).unwrap(),
                );
            }
        }
        if let Some(children) = item.get_mut("items") {
            neutral_items(children, &format!("{path}.items"), lists, conditions);
        }
    }
}

/// Whether two conditions hold for exactly the same answers, over every combination of
/// telling answers to the items they read.
pub fn equivalent(a: &Condition, b: &Condition, survey: &Survey) -> bool {
    let mut items: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut literals: BTreeMap<String, Vec<Literal>> = BTreeMap::new();
    for condition in [a, b] {
        for (_, comparison) in comparisons(condition) {
            items.entry(comparison.item.clone()).or_default();
            if let Some(value) = &comparison.value {
                literals
                    .entry(comparison.item.clone())
                    .or_default()
                    .push(value.clone());
            }
        }
    }
    let candidates: Vec<(String, Vec<Option<Answer>>)> = items
        .keys()
        .map(|id| {
            (
                id.clone(),
                candidates(survey, id, literals.get(id).map_or(&[][..], Vec::as_slice)),
            )
        })
        .collect();
    let total: usize = candidates.iter().map(|(_, c)| c.len()).product();
    assert!(
        total <= 200_000,
        "too many answer combinations to compare ({total})"
    );
    for n in 0..total {
        let mut answers = Answers::new();
        let mut rest = n;
        for (id, options) in &candidates {
            if let Some(answer) = &options[rest % options.len()] {
                answers.insert(id.clone(), answer.clone());
            }
            rest /= options.len();
        }
        if evaluate(a, &answers) != evaluate(b, &answers) {
            return false;
        }
    }
    true
}

/// The answers worth trying for an item: none, and values around every constant compared.
fn candidates(survey: &Survey, id: &str, literals: &[Literal]) -> Vec<Option<Answer>> {
    let mut out = vec![None];
    let mut kind = None;
    let mut list = None;
    for item in survey.items() {
        if item.id == id {
            kind = Some(item.kind);
            list = item.choices.clone();
        }
        if item.rows.iter().any(|row| row.id == id) {
            kind = Some(ItemKind::SingleChoice);
            list = item.choices.clone();
        }
    }
    let codes: Vec<String> = list
        .and_then(|list| survey.choice_list(&list).cloned())
        .map(|list| list.options.into_iter().map(|o| o.code).collect())
        .unwrap_or_default();
    match kind {
        Some(ItemKind::YesNo | ItemKind::Consent) => {
            out.extend([Some(Answer::Bool(true)), Some(Answer::Bool(false))]);
        }
        Some(ItemKind::SingleChoice) => {
            out.extend(codes.into_iter().map(|c| Some(Answer::Choice(c))))
        }
        Some(ItemKind::MultipleChoice | ItemKind::Ranking) => {
            let mut telling: Vec<String> = literals
                .iter()
                .filter_map(|l| match l {
                    Literal::Text(code) => Some(code.clone()),
                    _ => None,
                })
                .collect();
            telling.sort();
            telling.dedup();
            // Every option when they are few, else the compared ones and one more.
            let pool: Vec<String> = if codes.len() <= 8 {
                codes
            } else {
                let extra = codes.iter().find(|c| !telling.contains(c)).cloned();
                telling.into_iter().chain(extra).collect()
            };
            for mask in 1..(1usize << pool.len()) {
                let chosen = pool
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, c)| c.clone())
                    .collect();
                out.push(Some(Answer::Choices(chosen)));
            }
        }
        Some(ItemKind::Integer | ItemKind::Decimal | ItemKind::Rating) => {
            let mut numbers = vec![-1000.0, 1000.0];
            for literal in literals {
                if let Literal::Number(n) = literal {
                    let n = n.as_f64().unwrap();
                    numbers.extend([n - 1.0, n - 0.5, n, n + 0.5, n + 1.0]);
                }
            }
            out.extend(numbers.into_iter().map(|n| Some(Answer::Number(n))));
        }
        Some(ItemKind::Date) => {
            out.extend(["0001-01-01", "9999-12-31"].map(|d| Some(Answer::Date(d.into()))));
            for literal in literals {
                if let Literal::Text(date) = literal {
                    out.push(Some(Answer::Date(date.clone())));
                }
            }
        }
        _ => {
            out.push(Some(Answer::Text("something else".into())));
            for literal in literals {
                if let Literal::Text(text) = literal {
                    out.push(Some(Answer::Text(text.clone())));
                }
            }
        }
    }
    out
}
