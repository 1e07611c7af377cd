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

/// The samples, and the surveys made to exercise what XLSForm holds and what it does not,
/// each with the stem its expected outputs are named by.
fn samples() -> Vec<(String, Survey)> {
    let mut paths = files("samples", ".coform.json");
    paths.extend(files("interop/xlsform-cases", ".coform.json"));
    paths
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
    // A list or object emptied so is left out, as the JSON leaves out empty ones.
    prune_empty(&mut before);
    prune_empty(&mut after);
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

fn prune_empty(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            object.values_mut().for_each(prune_empty);
            object.retain(|_, field| match field {
                Value::Array(array) => !array.is_empty(),
                Value::Object(inner) => !inner.is_empty(),
                _ => true,
            });
        }
        Value::Array(array) => array.iter_mut().for_each(prune_empty),
        _ => {}
    }
}

/// A form as ODK and KoboToolbox users write them reads with a notice, at its cell, for
/// everything coform left out or changed; the survey read is blessed beside it for review.
#[test]
fn a_foreign_xlsform_reads_with_its_blessed_notices() {
    for path in files("interop/xlsform-foreign", ".xlsx") {
        let bytes = std::fs::read(&path).expect("read the fixture");
        let (format, imported) =
            interop::read(&bytes).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert_eq!(format, Format::XlsForm);
        let name = stem(&path);
        let folder = fixtures().join("interop/xlsform-foreign");
        check(
            &folder.join(format!("{name}.notices.json")),
            &json(&imported.notices),
        );
        check(
            &folder.join(format!("{name}.coform.json")),
            &definition::export(&imported.survey),
        );
    }
}

/// Files that are not XLSForms are refused with a typed error that says where.
#[test]
fn files_that_are_not_xlsforms_are_errors_with_a_location() {
    for path in files("interop/xlsform-errors", ".xlsx") {
        let bytes = std::fs::read(&path).expect("read the fixture");
        let error = xlsform::import(&bytes)
            .map(|_| ())
            .expect_err("the fixture must not read");
        check(
            &fixtures()
                .join("interop/xlsform-errors")
                .join(format!("{}.error.json", stem(&path))),
            &json(&error),
        );
    }
}

/// The PHQ-9 and AHC HRSN workbooks (written by `tests/interop/instruments.py`), each with
/// the FHIR Questionnaire of the same instrument.
fn instruments() -> Vec<(String, Vec<u8>, serde_json::Value)> {
    files("instruments", ".xlsx")
        .into_iter()
        .map(|path| {
            let name = stem(&path);
            let bytes = std::fs::read(&path).expect("read the workbook");
            let fhir = read(&path.with_file_name(format!("{name}.questionnaire.json")));
            let fhir = serde_json::from_str(&fhir).expect("the questionnaire is JSON");
            (name, bytes, fhir)
        })
        .collect()
}

/// Each instrument reads with no notice and no validation error, and keeps what the FHIR
/// Questionnaire of the same instrument says: item ids and codes, required, answer codes with
/// their system and score, and the English and Spanish text of every question and answer.
#[test]
fn instruments_read_cleanly_and_keep_codes_scores_and_both_languages() {
    use coform::core::issue::Severity;
    for (name, bytes, fhir) in instruments() {
        let imported = xlsform::import(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.notices, Vec::new(), "{name}");
        let survey = imported.survey;
        let errors: Vec<_> = coform::core::validate::validate(&survey)
            .into_iter()
            .filter(|issue| issue.severity(&survey.source_language) == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let tags: Vec<&str> = survey.languages.iter().map(|l| l.tag.as_str()).collect();
        assert_eq!(tags, ["en", "es"], "{name}");
        assert_eq!(survey.metadata.id, fhir["id"], "{name}");
        assert_eq!(codings(&survey.metadata.codes), fhir_codings(&fhir["code"]));
        let mut checked = 0;
        for item in fhir_items(&fhir["item"]) {
            let id = item["linkId"].as_str().expect("a linkId");
            if item["type"] == "group" {
                let page = survey.pages.iter().find(|p| p.id == id);
                let page = page.unwrap_or_else(|| panic!("{name}: no page {id}"));
                assert_eq!(texts(&page.title), fhir_texts(item, "text"), "{name} {id}");
                continue;
            }
            if let Some(question) = id.strip_suffix("-help") {
                // A help display item is its question's hint.
                let coform = survey.item(question).expect("the question of a help item");
                assert_eq!(texts(&coform.hint), fhir_texts(item, "text"), "{name} {id}");
                continue;
            }
            let coform = survey
                .item(id)
                .unwrap_or_else(|| panic!("{name}: no item {id}"));
            assert_eq!(texts(&coform.text), fhir_texts(item, "text"), "{name} {id}");
            assert_eq!(
                codings(&coform.codes),
                fhir_codings(&item["code"]),
                "{name} {id}"
            );
            assert_eq!(coform.required, item["required"] == true, "{name} {id}");
            let list = coform
                .choices
                .as_deref()
                .and_then(|list| survey.choice_list(list))
                .unwrap_or_else(|| panic!("{name}: {id} has no choice list"));
            let options: Vec<_> = list
                .options
                .iter()
                .map(|o| {
                    let score = o.score.as_ref().and_then(|s| s.as_f64());
                    (o.system.clone(), o.code.clone(), score, texts(&o.label))
                })
                .collect();
            let expected: Vec<_> = item["answerOption"]
                .as_array()
                .expect("answer options")
                .iter()
                .map(|option| {
                    let coding = &option["valueCoding"];
                    let score = coding["extension"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .find(|e| {
                            e["url"]
                                .as_str()
                                .is_some_and(|u| u.ends_with("ordinalValue"))
                        })
                        .and_then(|e| e["valueDecimal"].as_f64());
                    (
                        coding["system"].as_str().map(str::to_owned),
                        coding["code"].as_str().unwrap_or_default().to_owned(),
                        score,
                        fhir_texts(coding, "display"),
                    )
                })
                .collect();
            assert_eq!(options, expected, "{name} {id}: answers");
            checked += 1;
        }
        assert!(checked >= 9, "{name}: only {checked} questions checked");
    }
}

/// Each instrument writes back with no loss, as the same rows of the same cells. Columns are
/// matched by header with each language named by its tag (`label::Español (es)` and
/// `label::Spanish (es)` are one column), and number cells compared as text (`1` for 1.0).
#[test]
fn instruments_write_back_the_same_cells_without_loss() {
    for (name, bytes, _) in instruments() {
        let imported = xlsform::import(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let exported = xlsform::export(&imported.survey);
        assert_eq!(exported.losses, Vec::new(), "{name}");
        for sheet in ["survey", "choices", "settings"] {
            assert_eq!(
                sheet_cells(&exported.bytes, sheet),
                sheet_cells(&bytes, sheet),
                "{name}: the {sheet} sheet written back differs"
            );
        }
    }
}

/// The texts of a coform string as plain text, by language.
fn texts(text: &coform::core::model::LocalizedText) -> Vec<(String, String)> {
    text.0
        .iter()
        .map(|(tag, pattern)| {
            let plain = interop::text::plain(pattern, interop::text::XLSFORM);
            (tag.clone(), plain.text)
        })
        .collect()
}

/// A FHIR string field in the source language (`en`) and its translation extensions.
fn fhir_texts(element: &serde_json::Value, field: &str) -> Vec<(String, String)> {
    let mut out = vec![(
        "en".to_owned(),
        element[field].as_str().unwrap_or_default().to_owned(),
    )];
    for translation in element[format!("_{field}")]["extension"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let part = |url: &str| {
            translation["extension"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|e| e["url"] == url)
                .cloned()
                .unwrap_or_default()
        };
        out.push((
            part("lang")["valueCode"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            part("content")["valueString"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        ));
    }
    out.sort();
    out
}

fn codings(codes: &[coform::core::model::Coding]) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|c| (c.system.clone(), c.code.clone()))
        .collect()
}

fn fhir_codings(codes: &serde_json::Value) -> Vec<(String, String)> {
    codes
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let field = |name: &str| c[name].as_str().unwrap_or_default().to_owned();
            (field("system"), field("code"))
        })
        .collect()
}

/// Every item of a FHIR item list, groups before their children.
fn fhir_items(items: &serde_json::Value) -> Vec<&serde_json::Value> {
    let mut out = Vec::new();
    for item in items.as_array().into_iter().flatten() {
        out.push(item);
        out.extend(fhir_items(&item["item"]));
    }
    out
}

/// A sheet's rows below the header, each as its non-empty cells by normalised header.
fn sheet_cells(bytes: &[u8], sheet: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("a workbook");
    let Ok(range) = book.worksheet_range(sheet) else {
        return Vec::new();
    };
    let text = |cell: &Data| match cell {
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        Data::Empty => String::new(),
        other => other.to_string(),
    };
    let mut rows = range.rows();
    let headers: Vec<String> = rows
        .next()
        .into_iter()
        .flatten()
        .map(|cell| {
            let header = text(cell);
            match (header.split_once("::"), header.rfind('(')) {
                (Some((base, _)), Some(open)) => format!("{base}::{}", &header[open..]),
                _ => header,
            }
        })
        .collect();
    rows.map(|row| {
        headers
            .iter()
            .zip(row)
            .map(|(header, cell)| (header.clone(), text(cell)))
            .filter(|(_, value)| !value.is_empty())
            .collect()
    })
    .filter(|row: &std::collections::BTreeMap<String, String>| !row.is_empty())
    .collect()
}

/// A damaged workbook is an error, never a panic: every truncation of an export is refused,
/// and flipped bytes anywhere give a survey or an error.
#[test]
fn damaged_workbooks_are_errors_not_panics() {
    let (_, survey) = samples()
        .into_iter()
        .find(|(name, _)| name == "community-health")
        .expect("the community health sample");
    let bytes = xlsform::export(&survey).bytes;
    for cut in (0..bytes.len()).step_by(61) {
        assert!(xlsform::import(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut read = 0;
    for at in (0..bytes.len()).step_by(41) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x5a;
        read += usize::from(xlsform::import(&damaged).is_ok());
    }
    assert!(
        read < bytes.len() / 41,
        "most damaged workbooks are refused"
    );
}

/// Groups nested deeper than any form needs are passed over with a notice each, not
/// followed down until the stack runs out.
#[test]
fn deeply_nested_groups_are_read_to_a_limit() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("survey").expect("a sheet name");
    let mut rows = vec![["type", "name", "label"]];
    rows.extend(std::iter::repeat_n(["begin_group", "g", "Group"], 2_000));
    rows.push(["text", "q", "Question"]);
    rows.extend(std::iter::repeat_n(["end_group", "", ""], 2_000));
    for (row, cells) in rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            if !cell.is_empty() {
                sheet
                    .write_string(row as u32, column as u16, *cell)
                    .expect("a cell");
            }
        }
    }
    let bytes = workbook.save_to_buffer().expect("a workbook");
    let imported = xlsform::import(&bytes).expect("reads");
    assert!(imported.survey.item("q").is_some());
    let passed_over = imported
        .notices
        .iter()
        .filter(|n| n.kind.code() == "ignored")
        .count();
    assert_eq!(passed_over, 2_000 - 32);
}
