//! The edit stream: every edit is undone exactly by its inverse, renames carry their
//! references along, failed edits change nothing, and history merges runs of typing.

mod common;

use coform::core::definition::{export, import};
use coform::core::edit::{
    Address, Edit, EditError, History, address_of, apply, destinations, drop_onto, item_at,
    move_into, rename_variable,
};
use coform::core::model::{Condition, LocalizedText, Survey};
use coform::core::validate::validate;

fn community() -> Survey {
    import(&common::read(
        &common::fixtures().join("samples/community-health.coform.json"),
    ))
    .expect("sample imports")
}

/// One edit of every kind on the community sample.
fn edits(survey: &Survey) -> Vec<Edit> {
    let age = address_of(survey, "age").expect("age");
    let food = address_of(survey, "food_worry").expect("food_worry");
    let mut changed = item_at(survey, &age).expect("item").clone();
    changed
        .text
        .0
        .insert("en".to_owned(), "Your age?".to_owned());
    changed.required = false;
    let mut page = survey.pages[1].clone();
    page.title = LocalizedText::from_pairs([("en", "Health"), ("es", "Salud"), ("ar", "الصحة")]);
    let mut list = survey.choice_lists[0].clone();
    list.options.reverse();
    let mut frame = survey.clone();
    frame.metadata.version = "1.1.0".to_owned();
    vec![
        Edit::InsertItem {
            at: Address::top(0, 1),
            item: Box::new(changed.clone()),
        },
        Edit::RemoveItem { at: age.clone() },
        Edit::ReplaceItem {
            at: age.clone(),
            item: Box::new(changed),
        },
        Edit::MoveItem {
            from: age.clone(),
            to: Address {
                page: 2,
                path: vec![1, 0],
            },
        },
        Edit::MoveItem {
            from: food,
            to: Address::top(0, 0),
        },
        Edit::RenameItem {
            at: address_of(survey, "household_size").expect("household_size"),
            id: "people_at_home".to_owned(),
        },
        Edit::InsertPage {
            index: 3,
            page: Box::new(survey.pages[0].clone()),
        },
        Edit::RemovePage { index: 1 },
        Edit::ReplacePage {
            index: 1,
            page: Box::new(page),
        },
        Edit::MovePage { from: 0, to: 2 },
        Edit::InsertChoiceList {
            index: 0,
            list: list.clone(),
        },
        Edit::RemoveChoiceList { index: 1 },
        Edit::ReplaceChoiceList { index: 0, list },
        Edit::RenameChoiceList {
            index: 1,
            id: "spoken_languages".to_owned(),
        },
        Edit::ReplaceFrame {
            frame: Box::new(frame),
        },
    ]
}

#[test]
fn every_edit_changes_the_survey_and_its_inverse_restores_it_byte_for_byte() {
    let original = community();
    for edit in edits(&original) {
        let mut survey = original.clone();
        let label = format!("{edit:?}").chars().take(60).collect::<String>();
        let inverse = apply(&mut survey, edit).unwrap_or_else(|error| panic!("{label}: {error}"));
        assert_ne!(
            export(&survey),
            export(&original),
            "{label} changed nothing"
        );
        apply(&mut survey, inverse).unwrap_or_else(|error| panic!("undo of {label}: {error}"));
        assert_eq!(
            export(&survey),
            export(&original),
            "undo of {label} does not restore the survey"
        );
    }
}

#[test]
fn renaming_an_item_renames_its_references_and_nothing_else() {
    let mut survey = community();
    let at = address_of(&survey, "household_size").expect("household_size");
    apply(
        &mut survey,
        Edit::RenameItem {
            at,
            id: "people_at_home".to_owned(),
        },
    )
    .expect("rename");
    assert!(
        validate(&survey).is_empty(),
        "references follow the rename: {:?}",
        validate(&survey)
    );
    let json = export(&survey);
    assert!(!json.contains("$household_size") && !json.contains("\"household_size\""));
    assert!(json.contains("$people_at_home"));
    let has_children = survey.item("has_children").expect("has_children");
    assert!(
        matches!(&has_children.show_if, Some(Condition::Compare(c)) if c.item == "people_at_home")
    );
}

#[test]
fn variable_renames_respect_name_boundaries() {
    assert_eq!(
        rename_variable("{ $age } and { $age_2 } and {$age}", "age", "years"),
        "{ $years } and { $age_2 } and {$years}"
    );
    assert_eq!(
        rename_variable("no variables", "age", "years"),
        "no variables"
    );
}

#[test]
fn an_edit_at_no_such_place_fails_and_changes_nothing() {
    let original = community();
    for edit in [
        Edit::RemoveItem {
            at: Address::top(0, 99),
        },
        Edit::RemoveItem {
            at: Address {
                page: 9,
                path: vec![0],
            },
        },
        Edit::RemovePage { index: 9 },
        Edit::MoveItem {
            from: Address::top(0, 0),
            to: Address {
                page: 0,
                path: vec![50, 0],
            },
        },
        Edit::RemoveItem {
            at: Address {
                page: 0,
                path: vec![],
            },
        },
    ] {
        let mut survey = original.clone();
        assert_eq!(apply(&mut survey, edit), Err(EditError::NoSuchPlace));
        assert_eq!(export(&survey), export(&original));
    }
}

#[test]
fn history_undoes_and_redoes_and_merges_typing_in_one_field() {
    let original = community();
    let mut survey = original.clone();
    let mut history = History::default();
    let age = address_of(&survey, "age").expect("age");
    // Typing "Age" one character at a time, 100 ms apart: one undo step.
    let mut text = String::new();
    for (step, letter) in "Age".chars().enumerate() {
        text.push(letter);
        let mut item = item_at(&survey, &age).expect("age").clone();
        item.text.0.insert("en".to_owned(), text.clone());
        history
            .apply(
                &mut survey,
                Edit::ReplaceItem {
                    at: age.clone(),
                    item: Box::new(item),
                },
                step as f64 * 100.0,
            )
            .expect("edit");
    }
    history
        .apply(&mut survey, Edit::RemovePage { index: 2 }, 5000.0)
        .expect("remove page");
    let typed = {
        let mut copy = survey.clone();
        apply(
            &mut copy,
            Edit::InsertPage {
                index: 2,
                page: Box::new(original.pages[2].clone()),
            },
        )
        .expect("re-insert");
        export(&copy)
    };
    assert!(history.undo(&mut survey));
    assert_eq!(export(&survey), typed, "first undo brings the page back");
    assert!(history.undo(&mut survey));
    assert_eq!(
        export(&survey),
        export(&original),
        "second undo takes all the typing back"
    );
    assert!(!history.undo(&mut survey));
    assert!(history.redo(&mut survey));
    assert_eq!(export(&survey), typed);
    // A new edit clears what could be redone.
    history
        .apply(&mut survey, Edit::MovePage { from: 0, to: 1 }, 9000.0)
        .expect("move");
    assert!(!history.redo(&mut survey));
    assert!(history.can_undo());
}

#[test]
fn unique_ids_skip_every_taken_name_and_duplicates_get_fresh_ids_throughout() {
    let survey = community();
    assert_eq!(
        coform::core::edit::unique_id(&survey, "brand_new"),
        "brand_new"
    );
    assert_eq!(coform::core::edit::unique_id(&survey, "age"), "age_2");
    assert_eq!(
        coform::core::edit::unique_id(&survey, "respondent"),
        "respondent_2",
        "audience ids are taken too"
    );
    let section_at = address_of(&survey, "food_section").expect("section");
    let section = item_at(&survey, &section_at).expect("section").clone();
    let copy = coform::core::edit::duplicate(&survey, &section);
    let mut edited = survey.clone();
    let mut after = section_at.clone();
    after.path[0] += 1;
    apply(
        &mut edited,
        Edit::InsertItem {
            at: after,
            item: Box::new(copy),
        },
    )
    .expect("insert copy");
    let duplicate_ids: Vec<_> = validate(&edited)
        .into_iter()
        .filter(|issue| issue.kind.code() == "duplicate-id")
        .collect();
    assert!(duplicate_ids.is_empty(), "{duplicate_ids:?}");
    assert_eq!(
        edited.items().len(),
        survey.items().len() + 1 + section.items.len()
    );
}

#[test]
fn a_blank_survey_has_one_page_and_only_the_empty_survey_issues() {
    let blank = Survey::blank("new-survey", "es", coform::core::model::Direction::Ltr);
    let codes: Vec<&str> = validate(&blank)
        .iter()
        .map(|issue| issue.kind.code())
        .collect();
    assert_eq!(
        codes,
        vec!["missing-message", "empty-survey"],
        "a title is needed and an item"
    );
    assert_eq!(import(&export(&blank)).expect("round trip"), blank);
}

#[test]
fn text_fields_fit_the_type_and_empty_text_removes_the_language() {
    use coform::core::edit::TextField;
    use coform::core::model::{Item, ItemKind};
    assert_eq!(
        TextField::for_kind(ItemKind::Decimal),
        vec![
            TextField::Text,
            TextField::Hint,
            TextField::Placeholder,
            TextField::Unit
        ]
    );
    assert_eq!(
        TextField::for_kind(ItemKind::SingleChoice),
        vec![TextField::Text, TextField::Hint]
    );
    let mut item = Item::new("weight", ItemKind::Decimal);
    let author = coform::core::model::Author {
        source_language: "en".to_owned(),
        role: coform::core::model::Role::Translator,
        name: None,
    };
    TextField::Unit.set(&mut item, &author, "en", "kg");
    TextField::Unit.set(&mut item, &author, "es", "kg");
    assert_eq!(TextField::Unit.of(&item).get("es"), Some("kg"));
    TextField::Unit.set(&mut item, &author, "es", "");
    assert!(item.unit.get("es").is_none() && item.unit.translation("es").is_none());
}

#[test]
fn a_translation_typed_in_an_item_editor_records_who_and_from_what() {
    use coform::core::edit::TextField;
    use coform::core::model::{Author, Item, ItemKind, Role, TranslationStatus};
    let mut item = Item::new("weight", ItemKind::Decimal);
    let author = Author {
        source_language: "en".to_owned(),
        role: Role::PatientAdvisor,
        name: Some("Ana".to_owned()),
    };
    TextField::Text.set(&mut item, &author, "en", "Weight");
    assert_eq!(
        item.text.translation("en"),
        None,
        "the source carries no state"
    );
    TextField::Text.set(&mut item, &author, "es", "Peso");
    let state = item.text.translation("es").expect("a state");
    assert_eq!(state.status, TranslationStatus::Draft);
    assert_eq!(state.by, Some(Role::PatientAdvisor));
    assert_eq!(state.name.as_deref(), Some("Ana"));
    assert_eq!(
        state.source.as_deref(),
        Some(coform::core::translation::fingerprint("Weight").as_str())
    );
}

#[test]
fn new_lists_and_options_get_free_ids_and_codes() {
    let mut survey = community();
    let list = coform::core::edit::new_choice_list(&survey);
    assert!(survey.choice_list(&list.id).is_none());
    assert_eq!(list.options.len(), 1);
    apply(
        &mut survey,
        Edit::InsertChoiceList {
            index: 0,
            list: list.clone(),
        },
    )
    .expect("insert");
    assert_ne!(coform::core::edit::new_choice_list(&survey).id, list.id);
    let mut grown = list.clone();
    grown.options.push(coform::core::edit::new_option(&grown));
    assert_eq!(grown.options[1].code, "2");
}

#[test]
fn moving_into_a_section_appends_the_item_there_and_undo_puts_it_back() {
    let mut survey = community();
    let original = survey.clone();
    let section = destinations(&survey)
        .into_iter()
        .find(|d| d.id == "food_section")
        .expect("the sample has a section");
    let from = address_of(&survey, "home_hazards").expect("home_hazards");
    let edit = move_into(&survey, &from, &section).expect("a move");
    let inverse = apply(&mut survey, edit).expect("applies");
    let moved = address_of(&survey, "home_hazards").expect("still there");
    // home_hazards was before the section, so the section moved up by one.
    assert_eq!(moved.path, vec![0, 2]);
    assert_eq!(validate(&survey), vec![]);
    apply(&mut survey, inverse).expect("undoes");
    assert_eq!(survey, original);
}

#[test]
fn moving_out_of_a_section_to_another_page_and_nowhere_silly() {
    let mut survey = community();
    let first_page = destinations(&survey).remove(0);
    assert_eq!(first_page.section, None);
    let from = address_of(&survey, "food_help").expect("food_help");
    let edit = move_into(&survey, &from, &first_page).expect("a move");
    apply(&mut survey, edit).expect("applies");
    let moved = address_of(&survey, "food_help").expect("still there");
    assert_eq!(moved, Address::top(0, survey.pages[0].items.len() - 1));
    // A section cannot go inside itself, and an item already last in its place stays.
    let section_at = address_of(&survey, "food_section").expect("section");
    let itself = destinations(&survey)
        .into_iter()
        .find(|d| d.id == "food_section")
        .expect("section");
    assert_eq!(move_into(&survey, &section_at, &itself), None);
    let last = Address::top(0, survey.pages[0].items.len() - 1);
    assert_eq!(move_into(&survey, &last, &first_page), None);
}

#[test]
fn dropping_onto_a_row_takes_its_place_in_either_direction_and_across_sections() {
    let survey = community();
    let order = |survey: &Survey| -> Vec<String> {
        survey.pages[0]
            .items
            .iter()
            .map(|item| item.id.clone())
            .collect()
    };
    let at = |survey: &Survey, id: &str| address_of(survey, id).expect("item");
    // Down: consent dropped on household_size lands just after it.
    let mut down = community();
    let edit =
        drop_onto(&down, &at(&down, "consent"), &at(&down, "household_size")).expect("a move");
    apply(&mut down, edit).expect("applies");
    let ids = order(&down);
    assert_eq!(
        ids.iter().position(|id| id == "consent"),
        ids.iter()
            .position(|id| id == "household_size")
            .map(|i| i + 1)
    );
    // Up: household_size dropped on consent lands just before it.
    let mut up = community();
    let edit = drop_onto(&up, &at(&up, "household_size"), &at(&up, "consent")).expect("a move");
    apply(&mut up, edit).expect("applies");
    let ids = order(&up);
    assert_eq!(
        ids.iter()
            .position(|id| id == "household_size")
            .map(|i| i + 1),
        ids.iter().position(|id| id == "consent")
    );
    // Into a section from before it on the same page.
    let mut across = community();
    let edit = drop_onto(
        &across,
        &at(&across, "home_hazards"),
        &at(&across, "food_help"),
    )
    .expect("a move");
    apply(&mut across, edit).expect("applies");
    assert_eq!(at(&across, "home_hazards").path, vec![0, 1]);
    // Not onto itself, nor a section onto its own child.
    assert_eq!(
        drop_onto(&survey, &at(&survey, "age"), &at(&survey, "age")),
        None
    );
    assert_eq!(
        drop_onto(
            &survey,
            &at(&survey, "food_section"),
            &at(&survey, "food_help")
        ),
        None
    );
}

#[test]
fn renaming_a_choice_list_updates_every_item_that_offers_it() {
    let mut survey = community();
    let index = survey
        .choice_lists
        .iter()
        .position(|list| list.id == "agreement")
        .expect("agreement list");
    let inverse = apply(
        &mut survey,
        Edit::RenameChoiceList {
            index,
            id: "agree_scale".to_owned(),
        },
    )
    .expect("applies");
    let grid = item_at(&survey, &address_of(&survey, "care_views").expect("grid")).expect("grid");
    assert_eq!(grid.choices.as_deref(), Some("agree_scale"));
    assert_eq!(validate(&survey), vec![]);
    apply(&mut survey, inverse).expect("undoes");
    assert_eq!(survey, community());
}
