//! XLSForm: every sample exports as its blessed workbook and loss list, reads back as itself
//! except exactly what the losses name, a foreign XLSForm imports with its blessed notices, and
//! files that are not XLSForms are typed errors with a location.
//!
//! The workbooks are compared byte for byte (`COFORM_BLESS=1` rewrites them): rust_xlsxwriter
//! writes the same bytes for the same survey once its creation time is fixed.

mod common;

use std::path::{Path, PathBuf};

use coform::core::definition;
use coform::core::interop::{self, Format, xlsform};
use coform::core::model::Survey;
use common::{check, files, fixtures, read};

/// The samples, each with the stem its expected outputs are named by.
fn samples() -> Vec<(String, Survey)> {
    files("samples", ".coform.json")
        .into_iter()
        .map(|path| {
            let survey = definition::import(&read(&path))
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            (stem(&path), survey)
        })
        .collect()
}

fn stem(path: &Path) -> String {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.split('.').next().unwrap_or(name).to_owned()
}

fn expected(name: &str) -> PathBuf {
    fixtures().join("interop/xlsform").join(name)
}

/// Compares bytes with the file at `path`, or writes them there when blessing.
fn check_bytes(path: &Path, actual: &[u8]) {
    if std::env::var_os("COFORM_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create folder");
        std::fs::write(path, actual).expect("write expected output");
        return;
    }
    let expected = std::fs::read(path).unwrap_or_else(|_| {
        panic!(
            "missing {}: run with COFORM_BLESS=1 to create it, then review it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs (COFORM_BLESS=1 rewrites it; review the diff)",
        path.display()
    );
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("serialises") + "\n"
}

#[test]
fn every_sample_exports_as_its_blessed_workbook_and_losses() {
    for (name, survey) in samples() {
        let exported = xlsform::export(&survey);
        check_bytes(&expected(&format!("{name}.xlsx")), &exported.bytes);
        check(
            &expected(&format!("{name}.losses.json")),
            &json(&exported.losses),
        );
    }
}

#[test]
fn export_is_the_same_bytes_every_time() {
    for (name, survey) in samples() {
        let first = xlsform::export(&survey);
        let second = xlsform::export(&survey);
        assert!(first.bytes == second.bytes, "{name}: two exports differ");
        assert!(!first.bytes.is_empty(), "{name}: empty workbook");
        assert_eq!(interop::detect(&first.bytes), Some(Format::XlsForm));
    }
}

#[test]
fn every_sample_reads_back_as_itself_except_what_the_losses_name() {
    for (name, survey) in samples() {
        assert_round_trip(&name, &survey);
    }
}

/// A single choice over a list of exactly `yes` and `no` comes back as a yes/no question:
/// the export says so, and nothing else changes.
#[test]
fn a_choice_of_yes_and_no_reads_back_as_yes_no_as_its_loss_says() {
    let (_, mut survey) = samples()
        .into_iter()
        .find(|(name, _)| name == "minimal")
        .expect("the minimal sample");
    survey.choice_lists[0].options.truncate(2);
    let losses = xlsform::export(&survey).losses;
    assert!(
        losses
            .iter()
            .any(|loss| loss.path == "pages[0].items[2]" && loss.kind.code() == "item-type"),
        "{losses:#?}"
    );
    assert_round_trip("minimal with yes and no", &survey);
}

/// Exports, imports, and compares the two surveys as JSON once what the losses name is taken
/// out: a loss at an object's field removes that field from both (the import may fill it in,
/// as a copied validation message); a loss at an array element removes it from the original
/// only (the import has none); a changed item type removes the type and its choice list from
/// both; translation states and fallback chains are cleared in the original.
fn assert_round_trip(name: &str, survey: &Survey) {
    let exported = xlsform::export(survey);
    let imported = xlsform::import(&exported.bytes)
        .unwrap_or_else(|error| panic!("{name}: its own export does not read: {error}"));
    assert_eq!(
        imported.notices,
        Vec::new(),
        "{name}: notices on reading back"
    );
    let mut original = survey.clone();
    for loss in &exported.losses {
        match loss.kind {
            interop::LossKind::TranslationStates => {
                for message in coform::core::translation::messages(survey) {
                    if let Some(text) =
                        coform::core::translation::text_mut(&mut original, &message.key)
                    {
                        text.1.clear();
                    }
                }
            }
            interop::LossKind::Fallback => {
                for language in &mut original.languages {
                    language.fallback.clear();
                }
            }
            _ => {}
        }
    }
    let mut before = serde_json::to_value(&original).expect("serialises");
    let mut after = serde_json::to_value(&imported.survey).expect("serialises");
    let mut elements = Vec::new();
    for loss in &exported.losses {
        let path = segments(&loss.path);
        match (&loss.kind, path.last()) {
            (interop::LossKind::TranslationStates | interop::LossKind::Fallback, _) => {}
            (interop::LossKind::ItemType { .. }, _) if loss.path.starts_with("pages") => {
                for field in ["type", "choices"] {
                    let mut at = path.clone();
                    at.push(Segment::Key(field.to_owned()));
                    remove(&mut before, &at);
                    remove(&mut after, &at);
                }
            }
            (_, Some(Segment::Index(_))) => elements.push(path),
            _ => {
                remove(&mut before, &path);
                remove(&mut after, &path);
            }
        }
    }
    // Later elements first, so the earlier indices still hold.
    elements.sort();
    for path in elements.iter().rev() {
        remove(&mut before, path);
    }
    // A list emptied so is left out of the JSON, as an empty list is.
    prune_empty_lists(&mut before);
    prune_empty_lists(&mut after);
    assert_eq!(
        serde_json::to_string_pretty(&before).expect("serialises"),
        serde_json::to_string_pretty(&after).expect("serialises"),
        "{name}: the survey read back differs beyond the losses"
    );
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Segment {
    Key(String),
    Index(usize),
}

/// `pages[0].items[2].text.es` as its keys and indices.
fn segments(path: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|key| !key.is_empty()) {
            out.push(Segment::Key(key.to_owned()));
        }
        for index in pieces {
            let index = index.trim_end_matches(']').parse().expect("an index");
            out.push(Segment::Index(index));
        }
    }
    out
}

fn remove(value: &mut serde_json::Value, path: &[Segment]) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = value;
    for segment in parents {
        let next = match segment {
            Segment::Key(key) => at.get_mut(key.as_str()),
            Segment::Index(index) => at.get_mut(*index),
        };
        match next {
            Some(next) => at = next,
            None => return,
        }
    }
    match (last, at) {
        (Segment::Key(key), serde_json::Value::Object(object)) => {
            object.remove(key);
        }
        (Segment::Index(index), serde_json::Value::Array(array)) if *index < array.len() => {
            array.remove(*index);
        }
        _ => {}
    }
}

fn prune_empty_lists(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(object) => {
            object.retain(|_, field| !matches!(field, serde_json::Value::Array(a) if a.is_empty()));
            object.values_mut().for_each(prune_empty_lists);
        }
        serde_json::Value::Array(array) => array.iter_mut().for_each(prune_empty_lists),
        _ => {}
    }
}
