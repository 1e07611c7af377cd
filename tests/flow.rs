//! The respondent's way through the community sample: screens per mode, positions that
//! survive hidden screens, progress over applicable questions, and the checks on a screen.

mod common;

use std::collections::BTreeSet;

use coform::core::answer::Answer;
use coform::core::definition::import;
use coform::core::flow::{
    FieldError, FieldErrorKind, Screen, check_screen, convert, position, progress, screens,
    toggle_choice,
};
use coform::core::fluent::Context;
use coform::core::model::{Presentation, Survey};

fn community() -> Survey {
    import(&common::read(
        &common::fixtures().join("samples/community-health.coform.json"),
    ))
    .expect("sample imports")
}

fn page(index: usize) -> Screen {
    Screen {
        page: index,
        item: None,
    }
}

fn question(index: usize, id: &str) -> Screen {
    Screen {
        page: index,
        item: Some(id.to_owned()),
    }
}

fn errors_of(errors: &[FieldError]) -> Vec<(&str, &FieldErrorKind)> {
    errors
        .iter()
        .map(|error| (error.item.as_str(), &error.kind))
        .collect()
}

#[test]
fn page_mode_has_a_screen_per_page_and_question_mode_one_per_visible_item() {
    let survey = community();
    let context = Context::default();
    assert_eq!(
        screens(&survey, Presentation::Page, &context.answers),
        vec![page(0), page(1), page(2)]
    );
    let questions = screens(&survey, Presentation::Question, &context.answers);
    let visible_top_level = survey
        .pages
        .iter()
        .flat_map(|page| page.items.iter())
        .filter(|item| item.show_if.is_none())
        .count();
    assert_eq!(questions.len(), visible_top_level);
    assert!(!questions.contains(&question(0, "has_children")));
}

#[test]
fn answers_reveal_screens_and_a_hidden_current_screen_keeps_its_place() {
    let survey = community();
    let mut context = Context::default();
    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(3.0));
    let shown = screens(&survey, Presentation::Question, &context.answers);
    let at = position(&survey, &shown, &question(0, "has_children"));
    assert_eq!(shown[at], question(0, "has_children"));

    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(1.0));
    let hidden = screens(&survey, Presentation::Question, &context.answers);
    let at = position(&survey, &hidden, &question(0, "has_children"));
    assert_eq!(
        hidden[at],
        question(0, "home_language"),
        "the next screen after the hidden one"
    );
}

#[test]
fn switching_mode_keeps_the_place() {
    let survey = community();
    let answers = Context::default().answers;
    assert_eq!(
        convert(
            &survey,
            &question(1, "sleep_hours"),
            Presentation::Page,
            &answers
        ),
        page(1)
    );
    assert_eq!(
        convert(&survey, &page(1), Presentation::Question, &answers),
        question(1, "general_health")
    );
}

#[test]
fn progress_counts_only_questions_that_apply() {
    let survey = community();
    let mut context = Context::default();
    let (answered, before) = progress(&survey, &context.answers);
    assert_eq!(answered, 0);
    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(3.0));
    let (answered, after) = progress(&survey, &context.answers);
    assert_eq!(
        (answered, after),
        (1, before + 1),
        "has_children now applies"
    );
    context
        .answers
        .insert("food_worry".to_owned(), Answer::Declined);
    assert_eq!(
        progress(&survey, &context.answers).0,
        2,
        "declining counts as dealt with"
    );
}

#[test]
fn checks_report_required_answers_and_failed_rules_with_the_rule_index() {
    let survey = community();
    let mut context = Context::default();
    let errors = check_screen(&survey, &page(0), &context);
    assert_eq!(
        errors_of(&errors),
        vec![
            ("consent", &FieldErrorKind::Required),
            ("age", &FieldErrorKind::Required),
            ("household_size", &FieldErrorKind::Required),
        ]
    );
    context
        .answers
        .insert("consent".to_owned(), Answer::Bool(false));
    context
        .answers
        .insert("age".to_owned(), Answer::Number(150.0));
    context
        .answers
        .insert("zip_code".to_owned(), Answer::Text("9021".to_owned()));
    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(2.5));
    let errors = check_screen(&survey, &page(0), &context);
    assert_eq!(
        errors_of(&errors),
        vec![
            ("consent", &FieldErrorKind::Required),
            ("age", &FieldErrorKind::Rule(0)),
            ("zip_code", &FieldErrorKind::Rule(0)),
            ("household_size", &FieldErrorKind::NotWholeNumber),
        ]
    );
    context
        .answers
        .insert("consent".to_owned(), Answer::Bool(true));
    context
        .answers
        .insert("age".to_owned(), Answer::Number(40.0));
    context
        .answers
        .insert("zip_code".to_owned(), Answer::Text("90210".to_owned()));
    context
        .answers
        .insert("household_size".to_owned(), Answer::Number(2.0));
    assert_eq!(
        check_screen(&survey, &page(0), &context),
        vec![],
        "valid answers pass"
    );
    // has_children appeared (household of 2) but is optional.
}

#[test]
fn a_declined_sensitive_question_is_never_an_error() {
    let survey = community();
    let mut context = Context::default();
    let screen = question(2, "food_section");
    context
        .answers
        .insert("food_worry".to_owned(), Answer::Declined);
    assert!(
        check_screen(&survey, &screen, &context)
            .iter()
            .all(|error| error.item != "food_worry")
    );
}

#[test]
fn exclusive_options_clear_the_others_and_are_cleared_by_them() {
    let exclusive: BTreeSet<String> = ["none".to_owned()].into();
    let chosen = toggle_choice(&[], "cost", &exclusive);
    let chosen = toggle_choice(&chosen, "transport", &exclusive);
    assert_eq!(chosen, vec!["cost", "transport"]);
    let chosen = toggle_choice(&chosen, "none", &exclusive);
    assert_eq!(chosen, vec!["none"]);
    let chosen = toggle_choice(&chosen, "cost", &exclusive);
    assert_eq!(chosen, vec!["cost"]);
    assert_eq!(
        toggle_choice(&chosen, "cost", &exclusive),
        Vec::<String>::new()
    );
}
