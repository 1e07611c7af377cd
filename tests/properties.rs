//! Property tests (proptest): any survey, whatever its texts (any Unicode, control characters,
//! Fluent syntax, markup), survives a round trip through its own JSON unchanged, and that JSON is
//! stable (writing the survey read back gives the same bytes).
#![cfg(not(target_arch = "wasm32"))]

use coform::core::definition::{export, import};
use coform::core::model::{
    ChoiceList, ChoiceOption, Direction, Item, ItemKind, Language, LocalizedText, Survey,
};
use proptest::prelude::*;

/// Languages a generated survey may have besides its English source.
const LANGUAGES: [(&str, Direction); 4] = [
    ("es", Direction::Ltr),
    ("ar", Direction::Rtl),
    ("zh-Hans", Direction::Ltr),
    ("fr-CA", Direction::Ltr),
];

/// Item types that need nothing but a choice list, which every generated survey has: every
/// type but ratings (a scale), grids (rows) and sections (children).
fn kinds() -> Vec<ItemKind> {
    ItemKind::ALL
        .into_iter()
        .filter(|kind| {
            !matches!(
                kind,
                ItemKind::Rating | ItemKind::LikertGrid | ItemKind::Section
            )
        })
        .collect()
}

/// Any text, in every language the survey has (empty texts are left out, as the model does).
fn texts(languages: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(any::<String>(), languages + 1)
}

fn localized(tags: &[&str], texts: &[String]) -> LocalizedText {
    LocalizedText::from_pairs(
        tags.iter()
            .zip(texts)
            .filter(|(_, text)| !text.is_empty())
            .map(|(tag, text)| (*tag, text.as_str())),
    )
}

/// A survey: English and up to four more languages, a choice list of one to five options, and
/// one to twelve items of any of `kinds()` with any texts, hints and required flags.
fn survey() -> impl Strategy<Value = Survey> {
    (0..=LANGUAGES.len()).prop_flat_map(|extra| {
        let option = (texts(extra), any::<bool>());
        let kinds = kinds();
        let item = (0..kinds.len(), texts(extra), texts(extra), any::<bool>());
        (
            texts(extra),
            prop::collection::vec(option, 1..=5),
            prop::collection::vec(item, 1..=12),
        )
            .prop_map(move |(title, options, items)| {
                let mut survey = Survey::blank("generated", "en", Direction::Ltr);
                for (tag, direction) in &LANGUAGES[..extra] {
                    survey.languages.push(Language {
                        tag: (*tag).to_owned(),
                        direction: *direction,
                        fallback: vec!["en".to_owned()],
                    });
                }
                let tags: Vec<&str> = std::iter::once("en")
                    .chain(LANGUAGES[..extra].iter().map(|(tag, _)| *tag))
                    .collect();
                survey.metadata.title = localized(&tags, &title);
                survey.choice_lists.push(ChoiceList {
                    id: "list".to_owned(),
                    options: options
                        .iter()
                        .enumerate()
                        .map(|(index, (label, exclusive))| ChoiceOption {
                            code: format!("o{index}"),
                            label: localized(&tags, label),
                            exclusive: *exclusive,
                            system: None,
                            score: None,
                        })
                        .collect(),
                });
                for (index, (kind, text, hint, required)) in items.iter().enumerate() {
                    let kind = kinds[*kind];
                    let mut item = Item::new(&format!("q{index}"), kind);
                    item.text = localized(&tags, text);
                    item.hint = localized(&tags, hint);
                    item.required = *required && kind != ItemKind::Note;
                    if matches!(
                        kind,
                        ItemKind::SingleChoice | ItemKind::MultipleChoice | ItemKind::Ranking
                    ) {
                        item.choices = Some("list".to_owned());
                    }
                    survey.pages[0].items.push(item);
                }
                survey
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_survey_survives_its_own_json_unchanged(survey in survey()) {
        let json = export(&survey);
        let read = import(&json);
        prop_assert_eq!(read.as_ref(), Ok(&survey));
        let again = export(&read.expect("read back"));
        prop_assert_eq!(again, json);
    }
}
