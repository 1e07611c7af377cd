//! SurveyJS JSON: blessed exports of every sample with their losses, round trips that keep
//! everything the losses do not name, a foreign SurveyJS file read with exact notices, and
//! files that cannot be read at all.
//!
//! `COFORM_BLESS=1 cargo test --test interop_surveyjs` rewrites the expected files; review
//! them, then check them with survey-core: `node tests/e2e/interop/check-surveyjs.mjs` (see
//! that script).

mod common;
mod interop_web;

use std::path::{Path, PathBuf};

use coform::core::definition;
use coform::core::interop::{self, Format, surveyjs, text};
use coform::core::model::{ItemKind, Survey};
use serde_json::Value;

const FOLDER: &str = "interop/surveyjs";

/// The samples, and the feature tour written for the converters.
fn samples() -> Vec<PathBuf> {
    let mut files = common::files("samples", ".coform.json");
    files.push(common::fixtures().join("interop/features.coform.json"));
    files
}

fn read_survey(path: &Path) -> Survey {
    definition::import(&common::read(path)).expect("sample reads")
}

/// Where a sample's expected export goes.
fn expected_path(sample: &Path, extension: &str) -> PathBuf {
    let stem = sample
        .file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| name.split('.').next())
        .unwrap();
    common::fixtures()
        .join(FOLDER)
        .join(format!("{stem}.{extension}"))
}

#[test]
fn exports_match_the_blessed_files() {
    for sample in samples() {
        let exported = surveyjs::export(&read_survey(&sample));
        let json = String::from_utf8(exported.bytes).unwrap();
        common::check(&expected_path(&sample, "surveyjs.json"), &json);
        let losses = serde_json::to_string_pretty(&exported.losses).unwrap() + "\n";
        common::check(&expected_path(&sample, "losses.json"), &losses);
    }
}

#[test]
fn export_is_deterministic_and_recognised() {
    for sample in samples() {
        let survey = read_survey(&sample);
        let first = interop::write(&survey, Format::SurveyJs);
        assert_eq!(first, interop::write(&survey, Format::SurveyJs));
        let (format, _) = interop::read(&first.bytes).expect("reads back");
        assert_eq!(format, Format::SurveyJs, "{}", sample.display());
    }
}

/// How SurveyJS changes what it cannot carry as such.
fn surveyjs_format() -> interop_web::Format<'static> {
    interop_web::Format {
        reread: &|survey: &Survey, path: &str, pattern: &str| {
            let known = |name: &str| survey.items().iter().any(|item| item.id == name);
            if is_note_text(survey, path) {
                text::escape(&text::plain(pattern, None).text)
            } else {
                text::pattern(
                    &text::plain(pattern, text::SURVEYJS).text,
                    text::SURVEYJS,
                    &known,
                )
            }
        },
        item_type: &|_, path, item_type, _| panic!("SurveyJS rewrote a {item_type} at {path}"),
        page_ids: true,
    }
}

fn is_note_text(survey: &Survey, path: &str) -> bool {
    let value = serde_json::to_value(survey).unwrap();
    let item_path = path.rsplitn(3, '.').nth(2).unwrap_or_default();
    path.ends_with(&format!(
        ".text.{}",
        path.rsplit('.').next().unwrap_or_default()
    )) && interop_web::at(&value, item_path)
        .and_then(|item| item.get("type"))
        .and_then(Value::as_str)
        == Some(ItemKind::Note.json_name())
}

#[test]
fn round_trips_keep_everything_the_losses_do_not_name() {
    for sample in samples() {
        let survey = read_survey(&sample);
        let exported = surveyjs::export(&survey);
        let back = surveyjs::import(std::str::from_utf8(&exported.bytes).unwrap())
            .unwrap_or_else(|error| panic!("{}: {error}", sample.display()));
        assert!(
            back.notices.is_empty(),
            "{}: reading coform's own export gave notices {:?}",
            sample.display(),
            back.notices
        );
        interop_web::assert_round_trip(&survey, &exported.losses, &back.survey, &surveyjs_format());
    }
}

#[test]
fn notes_never_carry_markup_or_piping() {
    let survey = read_survey(&common::fixtures().join("interop/features.coform.json"));
    let json: Value = serde_json::from_slice(&surveyjs::export(&survey).bytes).unwrap();
    let note = &json["pages"][0]["elements"][0];
    assert_eq!(note["type"], "html");
    for (_, html) in note["html"].as_object().unwrap() {
        let html = html.as_str().unwrap();
        let without_breaks = html.replace("<br>", "");
        assert!(
            !without_breaks.contains(['<', '>', '{', '}', '"']),
            "{html}"
        );
        assert!(html.contains("&lt;"), "{html}");
    }
}

#[test]
fn foreign_surveys_are_read_with_their_notices() {
    for file in common::files(&format!("{FOLDER}/foreign"), ".surveyjs.json") {
        let imported = surveyjs::import(&common::read(&file))
            .unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        common::check(
            &common::sibling(&file, "coform.json"),
            &definition::export(&imported.survey),
        );
        let notices = serde_json::to_string_pretty(&imported.notices).unwrap() + "\n";
        common::check(&common::sibling(&file, "notices.json"), &notices);
    }
}

#[test]
fn broken_files_are_refused_with_a_location() {
    for file in common::files(&format!("{FOLDER}/errors"), ".surveyjs.json") {
        let error = surveyjs::import(&common::read(&file)).expect_err("refused");
        let json = serde_json::to_string_pretty(&error).unwrap() + "\n";
        common::check(&common::sibling(&file, "error.json"), &json);
    }
}

#[test]
fn damaged_files_are_read_or_refused_never_a_panic() {
    for sample in samples() {
        let text = String::from_utf8(surveyjs::export(&read_survey(&sample)).bytes).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let step = (chars.len() / 80).max(1);
        for cut in (0..chars.len()).step_by(step) {
            let truncated: String = chars[..cut].iter().collect();
            assert!(surveyjs::import(&truncated).is_err() || cut > 0);
            for stand_in in ['"', '{', ']', '1'] {
                let mut damaged = chars.clone();
                damaged[cut] = stand_in;
                let _ = surveyjs::import(&damaged.into_iter().collect::<String>());
            }
        }
    }
    // Nesting deep enough to overflow a recursive reader is a notice, not a crash.
    let deep = format!(
        r#"{{"elements": [{{"type": "text", "name": "a", "visibleIf": "{}{{a}} = 1{}"}}]}}"#,
        "!(".repeat(5000),
        ")".repeat(5000)
    );
    let imported = surveyjs::import(&deep).expect("reads");
    assert_eq!(imported.notices.len(), 1, "{:?}", imported.notices);
}
