//! What a respondent sees: pages resolved in a language with show-if evaluated live, and the
//! builder's outline. Checked on every sample in every language, and on the community sample's
//! conditions.

mod common;

use coform::core::answer::Answer;
use coform::core::definition::import;
use coform::core::fluent::Context;
use coform::core::model::Survey;
use coform::core::present::{PresentedItem, outline, present_page};

fn community() -> Survey {
    let path = common::fixtures().join("samples/community-health.coform.json");
    import(&common::read(&path)).expect("sample imports")
}

fn ids(items: &[PresentedItem]) -> Vec<&str> {
    items.iter().map(|item| item.id.as_str()).collect()
}

#[test]
fn every_page_of_every_sample_resolves_in_every_language_with_no_empty_text() {
    for path in common::files("samples", ".coform.json") {
        let survey = import(&common::read(&path)).expect("sample imports");
        for language in &survey.languages {
            for index in 0..survey.pages.len() {
                let page = present_page(&survey, index, &language.tag, &Context::default())
                    .expect("page exists");
                assert_eq!(page.language, language.tag);
                assert_eq!(page.direction, language.direction);
                let mut stack: Vec<&PresentedItem> = page.items.iter().collect();
                while let Some(item) = stack.pop() {
                    assert!(
                        !item.text.trim().is_empty(),
                        "{}: {} empty in {}",
                        path.display(),
                        item.id,
                        language.tag
                    );
                    assert!(
                        !item.text.contains("{$"),
                        "{}: unresolved variable in {}",
                        path.display(),
                        item.id
                    );
                    assert!(item.options.iter().all(|option| !option.label.is_empty()));
                    stack.extend(item.children.iter());
                }
            }
        }
    }
}

#[test]
fn show_if_is_evaluated_against_the_answers() {
    let survey = community();
    let mut context = Context::default();
    let page = present_page(&survey, 0, "en", &context).expect("first page");
    assert!(
        !ids(&page.items).contains(&"has_children"),
        "hidden until the household size is known"
    );

    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(1.0));
    let page = present_page(&survey, 0, "en", &context).expect("first page");
    assert!(
        !ids(&page.items).contains(&"has_children"),
        "a household of one has no children question"
    );

    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(4.0));
    let page = present_page(&survey, 0, "en", &context).expect("first page");
    assert!(ids(&page.items).contains(&"has_children"));

    let page = present_page(&survey, 1, "en", &context).expect("second page");
    assert!(!ids(&page.items).contains(&"child_vaccines"));
    context
        .answers
        .insert("has_children".to_owned(), Answer::Bool(true));
    let page = present_page(&survey, 1, "en", &context).expect("second page");
    assert!(ids(&page.items).contains(&"child_vaccines"));
}

#[test]
fn audience_changes_the_wording_in_every_language() {
    let survey = community();
    for language in ["en", "es", "ar"] {
        let as_self = present_page(&survey, 1, language, &Context::default()).expect("page");
        let mut context = Context::default();
        context
            .audience
            .insert("respondent".to_owned(), "parent".to_owned());
        let as_parent = present_page(&survey, 1, language, &context).expect("page");
        let changed = as_self
            .items
            .iter()
            .zip(&as_parent.items)
            .filter(|(a, b)| a.text != b.text)
            .count();
        assert!(
            changed > 0,
            "no wording depends on the respondent in {language}"
        );
    }
}

#[test]
fn outline_lists_every_item_including_hidden_ones_and_section_children() {
    let survey = community();
    let rows = outline(&survey, "es", &Context::default());
    assert_eq!(rows.len(), survey.items().len());
    assert!(
        rows.iter().any(|row| row.depth == 1),
        "section children are nested"
    );
    assert!(rows.iter().any(|row| row.conditional));
    let age = rows.iter().find(|row| row.id == "age").expect("age row");
    assert!(age.required);
    assert_eq!(
        age.text, "¿Qué edad tiene usted?",
        "the audience default (self) is used"
    );
    let zip = rows
        .iter()
        .find(|row| row.id == "zip_code")
        .expect("zip row");
    assert_eq!(
        Some(zip.text.as_str()),
        survey.item("zip_code").and_then(|item| item.text.get("es"))
    );
    assert_eq!(
        present_page(&survey, survey.pages.len(), "es", &Context::default()),
        None
    );
}

#[test]
fn audience_questions_are_resolved_in_the_language_with_their_values() {
    let survey = community();
    let questions = coform::core::present::audience_questions(&survey, "es", &Context::default());
    assert_eq!(questions.len(), 1);
    let respondent = &questions[0];
    assert_eq!(respondent.id, "respondent");
    assert_eq!(respondent.default, "self");
    assert_eq!(
        Some(respondent.question.as_str()),
        survey.audience[0].question.get("es")
    );
    let values: Vec<&str> = respondent
        .values
        .iter()
        .map(|(value, _)| value.as_str())
        .collect();
    assert_eq!(values, vec!["self", "parent"]);
    assert_eq!(
        Some(respondent.values[1].1.as_str()),
        survey.audience[0].values[1].label.get("es")
    );
}

/// The builder keeps resolved texts between edits; whatever the edit, what it shows must be
/// what resolving everything again gives. One cache follows each sample through texts that
/// change, an audience value, a language, a move, an item that stops taking an answer (a
/// piped `$id` then resolves differently) and a rename, and answers (nothing kept).
#[test]
fn kept_texts_always_equal_a_fresh_resolution() {
    use coform::core::model::ItemKind;
    use coform::core::present::{ResolvedTexts, answer_labels};
    for path in common::files("samples", ".coform.json") {
        let mut survey = import(&common::read(&path)).expect("sample imports");
        let mut outline_texts = ResolvedTexts::default();
        let mut label_texts = ResolvedTexts::default();
        let languages: Vec<String> = survey.languages.iter().map(|l| l.tag.clone()).collect();
        let mut check = |survey: &Survey, context: &Context, step: &str| {
            for language in &languages {
                assert_eq!(
                    outline_texts.outline(survey, language, context),
                    outline(survey, language, context),
                    "{}: outline in {language} after {step}",
                    path.display()
                );
                assert_eq!(
                    label_texts.answer_labels(survey, language, context),
                    answer_labels(survey, language, context),
                    "{}: labels in {language} after {step}",
                    path.display()
                );
            }
        };
        let mut context = Context::default();
        check(&survey, &context, "opening");
        check(&survey, &context, "nothing");
        let first = &mut survey.pages[0].items[0];
        for pattern in first.text.0.values_mut() {
            pattern.push_str(" x");
        }
        check(&survey, &context, "typing");
        if let Some(variable) = survey.audience.first() {
            let other = variable
                .values
                .last()
                .expect("audience values")
                .value
                .clone();
            context.audience.insert(variable.id.clone(), other);
            check(&survey, &context, "an audience value");
        }
        let piped = survey
            .items()
            .into_iter()
            .find(|item| item.kind.takes_answer())
            .map(|item| item.id.clone())
            .expect("an item that takes an answer");
        for pattern in survey.pages[0].items[0].text.0.values_mut() {
            pattern.push_str(&format!(" {{ ${piped} }}"));
        }
        check(&survey, &context, "piping an answer");
        let moved = survey.pages[0].items.remove(0);
        survey.pages[0].items.push(moved);
        check(&survey, &context, "a move");
        let retype = |items: &mut Vec<coform::core::model::Item>| {
            for item in items.iter_mut() {
                if item.id == piped {
                    item.kind = ItemKind::Note;
                }
            }
        };
        for page in &mut survey.pages {
            retype(&mut page.items);
            for item in &mut page.items {
                retype(&mut item.items);
            }
        }
        check(
            &survey,
            &context,
            "the piped item no longer taking an answer",
        );
        survey.pages[0].items[0].id.push_str("_renamed");
        check(&survey, &context, "a rename");
        context
            .answers
            .insert(piped.clone(), Answer::Text("answered".to_owned()));
        check(&survey, &context, "an answer");
    }
}
