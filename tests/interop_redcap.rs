//! REDCap data dictionaries: blessed exports of every sample with their losses, round trips
//! that keep everything the losses do not name (for the source language), a hand-made
//! dictionary read with exact notices, and files that cannot be read at all.
//!
//! `COFORM_BLESS=1 cargo test --test interop_redcap` rewrites the expected files; review them.

mod common;
mod interop_web;

use std::path::{Path, PathBuf};

use coform::core::definition;
use coform::core::interop::{self, Format, redcap, text};
use coform::core::model::Survey;
use serde_json::{Value, json};

const FOLDER: &str = "interop/redcap";

/// The header row, exactly as REDCap writes it.
const HEADER: &str = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,Field Annotation";

fn samples() -> Vec<PathBuf> {
    let mut files = common::files("samples", ".coform.json");
    files.push(common::fixtures().join("interop/features.coform.json"));
    files
}

fn read_survey(path: &Path) -> Survey {
    definition::import(&common::read(path)).expect("sample reads")
}

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
        let exported = redcap::export(&read_survey(&sample));
        let csv = String::from_utf8(exported.bytes).unwrap();
        assert_eq!(csv.lines().next(), Some(HEADER), "{}", sample.display());
        common::check(&expected_path(&sample, "redcap.csv"), &csv);
        let losses = serde_json::to_string_pretty(&exported.losses).unwrap() + "\n";
        common::check(&expected_path(&sample, "losses.json"), &losses);
    }
}

#[test]
fn export_is_deterministic_and_recognised() {
    for sample in samples() {
        let survey = read_survey(&sample);
        let first = interop::write(&survey, Format::Redcap);
        assert_eq!(first, interop::write(&survey, Format::Redcap));
        let (format, _) = interop::read(&first.bytes).expect("reads back");
        assert_eq!(format, Format::Redcap, "{}", sample.display());
    }
}

/// How REDCap changes what it cannot carry as such.
fn redcap_format() -> interop_web::Format<'static> {
    interop_web::Format {
        reread: &|survey: &Survey, _path: &str, pattern: &str| {
            let known = |name: &str| survey.items().iter().any(|item| item.id == name);
            text::pattern(
                &text::plain(pattern, text::REDCAP).text,
                text::REDCAP,
                &known,
            )
        },
        item_type: &|value: &mut Value, path: &str, item_type: &str, written_as: &str| match (
            item_type, written_as,
        ) {
            ("section", "descriptive") => interop_web::flatten_section(value, path),
            ("consent", "yesno") => {
                interop_web::at_mut(value, path).unwrap()["type"] = json!("yesNo");
            }
            other => panic!("unexpected rewrite {other:?} at {path}"),
        },
        page_ids: false,
    }
}

#[test]
fn round_trips_keep_everything_the_losses_do_not_name() {
    for sample in samples() {
        let survey = read_survey(&sample);
        let exported = redcap::export(&survey);
        let back = redcap::import(std::str::from_utf8(&exported.bytes).unwrap())
            .unwrap_or_else(|error| panic!("{}: {error}", sample.display()));
        assert!(
            back.notices.is_empty(),
            "{}: reading coform's own export gave notices {:?}",
            sample.display(),
            back.notices
        );
        interop_web::assert_round_trip(&survey, &exported.losses, &back.survey, &redcap_format());
    }
}

#[test]
fn text_never_becomes_markup_piping_or_a_choice_separator() {
    let survey = read_survey(&common::fixtures().join("interop/features.coform.json"));
    let csv = String::from_utf8(redcap::export(&survey).bytes).unwrap();
    let welcome = csv
        .lines()
        .find(|line| line.starts_with("welcome,"))
        .expect("the note's row");
    assert!(
        welcome.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{welcome}"
    );
    assert!(welcome.contains("&#123;bienvenida&#125;"), "{welcome}");
    assert!(welcome.contains("&#91;no&#93;"), "{welcome}");
    assert!(!welcome.contains("<img"), "{welcome}");
}

#[test]
fn foreign_dictionaries_are_read_with_their_notices() {
    for file in common::files(&format!("{FOLDER}/foreign"), ".redcap.csv") {
        let imported = redcap::import(&common::read(&file))
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
    for file in common::files(&format!("{FOLDER}/errors"), ".redcap.csv") {
        let error = redcap::import(&common::read(&file)).expect_err("refused");
        let json = serde_json::to_string_pretty(&error).unwrap() + "\n";
        common::check(&common::sibling(&file, "error.json"), &json);
    }
}

#[test]
fn damaged_files_are_read_or_refused_never_a_panic() {
    for sample in samples() {
        let text = String::from_utf8(redcap::export(&read_survey(&sample)).bytes).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let step = (chars.len() / 80).max(1);
        for cut in (0..chars.len()).step_by(step) {
            let truncated: String = chars[..cut].iter().collect();
            let _ = redcap::import(&truncated);
            for stand_in in ['"', ',', '[', '|', '\n'] {
                let mut damaged = chars.clone();
                damaged[cut] = stand_in;
                let _ = redcap::import(&damaged.into_iter().collect::<String>());
            }
        }
    }
    // Nesting deep enough to overflow a recursive reader is a notice, not a crash.
    let deep = format!(
        "{HEADER}\nrecord_id,f,,text,Id,,,,,,,,,,,,,\na,f,,text,A,,,,,,,\"{}[record_id] = '1'{}\",,,,,,\n",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    let imported = redcap::import(&deep).expect("reads");
    assert_eq!(imported.notices.len(), 1, "{:?}", imported.notices);
}
