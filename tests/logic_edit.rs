//! Logic without code: the pickers offer only earlier answers and fitting operators, every
//! condition they build validates cleanly, and tree edits keep the condition well formed.

mod common;

use coform::core::definition::import;
use coform::core::edit::address_of;
use coform::core::logic_edit::{
    CheckKind, Combinator, NotANumber, Source, add_to, as_group, bound_text, new_comparison, node,
    operators_for, parse_range_bound, remove, retarget, set_combinator, set_operator,
    sources_before_item, sources_before_page, toggle_not,
};
use coform::core::model::{Condition, ItemKind, Literal, Operator, Survey};
use coform::core::validate::validate;

fn community() -> Survey {
    import(&common::read(
        &common::fixtures().join("samples/community-health.coform.json"),
    ))
    .expect("sample imports")
}

fn ids(sources: &[Source]) -> Vec<&str> {
    sources.iter().map(|source| source.id.as_str()).collect()
}

fn source(survey: &Survey, before: &str, id: &str) -> Source {
    let at = address_of(survey, before).expect("item");
    sources_before_item(survey, &at)
        .into_iter()
        .find(|source| source.id == id)
        .expect("source offered")
}

#[test]
fn sources_are_the_earlier_answers_only_with_grid_rows_and_no_notes() {
    let survey = community();
    let at = address_of(&survey, "food_help").expect("food_help");
    let offered = sources_before_item(&survey, &at);
    let offered = ids(&offered);
    assert_eq!(
        offered.first(),
        Some(&"consent"),
        "the intro note is not offered"
    );
    assert!(offered.contains(&"care_language"), "grid rows are offered");
    assert!(!offered.contains(&"care_views"), "the grid itself is not");
    assert!(
        !offered.contains(&"food_section"),
        "a section has no answer"
    );
    assert_eq!(offered.last(), Some(&"food_worry"));
    assert!(!offered.contains(&"food_help"), "not itself");
    assert!(!offered.contains(&"services_ranking"), "not later items");
}

#[test]
fn a_page_condition_may_use_answers_from_earlier_pages_only() {
    let survey = community();
    let offered = sources_before_page(&survey, 1);
    assert_eq!(ids(&offered).last(), Some(&"home_language"));
    assert!(sources_before_page(&survey, 0).is_empty());
}

#[test]
fn operators_fit_the_answer_type() {
    assert_eq!(
        operators_for(ItemKind::MultipleChoice),
        [
            Operator::Includes,
            Operator::Answered,
            Operator::NotAnswered
        ]
    );
    assert_eq!(
        operators_for(ItemKind::YesNo),
        [Operator::Equals, Operator::Answered, Operator::NotAnswered]
    );
    assert!(operators_for(ItemKind::Date).contains(&Operator::GreaterOrEqual));
    assert!(!operators_for(ItemKind::ShortText).contains(&Operator::LessThan));
    assert!(!operators_for(ItemKind::SingleChoice).contains(&Operator::Includes));
}

#[test]
fn a_new_comparison_on_every_earlier_answer_validates_cleanly() {
    let mut survey = community();
    let at = address_of(&survey, "other_comments").expect("other_comments");
    for source in sources_before_item(&survey, &at) {
        for op in operators_for(source.kind) {
            let mut condition = new_comparison(&survey, &source);
            set_operator(&survey, &mut condition, &[], Some(&source), op);
            let item = survey.pages[2].items.last_mut().expect("last item");
            item.show_if = Some(condition);
            let issues = validate(&survey);
            if source.kind == ItemKind::Date && op.takes_value() {
                // There is no sensible default date: the empty one is flagged until chosen.
                assert_eq!(issues.len(), 1, "{} {op:?}: {issues:?}", source.id);
                assert_eq!(issues[0].kind.code(), "value-mismatch");
            } else {
                // A text comparison starts empty for the author to fill; it is well formed.
                assert!(issues.is_empty(), "{} {op:?}: {issues:?}", source.id);
            }
        }
    }
}

#[test]
fn adding_to_a_comparison_makes_an_all_group_and_removing_collapses_empties() {
    let survey = community();
    let age = source(&survey, "food_help", "age");
    let consent = source(&survey, "food_help", "consent");
    let first = add_to(None, &[], new_comparison(&survey, &age)).expect("condition");
    assert!(matches!(first, Condition::Compare(_)));
    let both = add_to(Some(first), &[], new_comparison(&survey, &consent)).expect("condition");
    let Condition::All(children) = &both else {
        panic!("expected an all group, got {both:?}");
    };
    assert_eq!(children.len(), 2);
    let mut grouped = both.clone();
    set_combinator(&mut grouped, &[], Combinator::NoneOf);
    assert_eq!(as_group(&grouped), Some((Combinator::NoneOf, vec![0])));
    let grouped = add_to(Some(grouped), &[], new_comparison(&survey, &age)).expect("condition");
    assert!(matches!(node(&grouped, &[0]), Some(Condition::Any(c)) if c.len() == 3));
    let mut grouped = remove(grouped, &[0, 2]).expect("two left");
    set_combinator(&mut grouped, &[], Combinator::Any);
    assert!(matches!(grouped, Condition::Any(ref c) if c.len() == 2));
    toggle_not(&mut grouped, &[1]);
    assert!(matches!(node(&grouped, &[1]), Some(Condition::Not(_))));
    // Removing the comparison inside the `not` removes the `not` too.
    let fewer = remove(grouped, &[1, 0]).expect("one left");
    assert!(matches!(fewer, Condition::Any(ref c) if c.len() == 1));
    assert_eq!(remove(fewer, &[0]), None, "an emptied group goes");
    assert_eq!(
        remove(both, &[]),
        None,
        "removing the root removes the condition"
    );
}

#[test]
fn retargeting_keeps_a_fitting_operator_and_resets_the_value() {
    let survey = community();
    let age = source(&survey, "other_comments", "age");
    let food = source(&survey, "other_comments", "food_worry");
    let conditions = source(&survey, "other_comments", "conditions");
    let mut condition = new_comparison(&survey, &age);
    set_operator(
        &survey,
        &mut condition,
        &[],
        Some(&age),
        Operator::NotEquals,
    );
    retarget(&survey, &mut condition, &[], &food);
    let Condition::Compare(comparison) = &condition else {
        panic!("a comparison");
    };
    assert_eq!(comparison.op, Operator::NotEquals);
    assert!(matches!(&comparison.value, Some(Literal::Text(code)) if !code.is_empty()));
    retarget(&survey, &mut condition, &[], &conditions);
    let Condition::Compare(comparison) = &condition else {
        panic!("a comparison");
    };
    assert_eq!(comparison.op, Operator::Includes);
    set_operator(
        &survey,
        &mut condition,
        &[],
        Some(&conditions),
        Operator::Answered,
    );
    assert!(matches!(&condition, Condition::Compare(c) if c.value.is_none()));
}

#[test]
fn checks_offered_are_the_checks_validation_accepts() {
    for kind in ItemKind::ALL {
        for check in CheckKind::for_kind(kind) {
            assert!(check.applies(kind));
            assert_eq!(CheckKind::of(&check.empty()), check);
        }
    }
    assert_eq!(CheckKind::for_kind(ItemKind::Integer), [CheckKind::Range]);
    assert_eq!(
        CheckKind::for_kind(ItemKind::ShortText),
        [CheckKind::Length, CheckKind::Pattern]
    );
    assert!(CheckKind::for_kind(ItemKind::Note).is_empty());
}

#[test]
fn range_bounds_read_as_the_item_type_needs() {
    let whole = parse_range_bound(ItemKind::Integer, " 18 ").expect("reads");
    assert_eq!(bound_text(&whole), "18");
    let decimal = parse_range_bound(ItemKind::Decimal, "2.5").expect("reads");
    assert_eq!(bound_text(&decimal), "2.5");
    assert_eq!(parse_range_bound(ItemKind::Integer, ""), Ok(None));
    assert_eq!(
        parse_range_bound(ItemKind::Integer, "eighteen"),
        Err(NotANumber)
    );
    let date = parse_range_bound(ItemKind::Date, "2020-01-31").expect("reads");
    assert_eq!(date, Some(Literal::Text("2020-01-31".to_owned())));
}
