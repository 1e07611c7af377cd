//! Entry points for fuzzing every importer. Each takes arbitrary bytes and must return, whatever
//! the bytes, without panicking: a survey it reads is then validated, written to every export
//! format and read back from its own JSON, so the fuzzer reaches the code that runs after an
//! import too. The cargo-fuzz targets in `fuzz/` call [`run`], and `tests/fuzz.rs` replays
//! every file under `tests/fixtures/fuzz/` (seeds, and inputs that once failed) through it.

use crate::core::definition;
use crate::core::interop::{self, Format};
use crate::core::model::Survey;

/// The fuzz targets, by name: one per importer. The folders under `tests/fixtures/fuzz/` and the
/// binaries in `fuzz/fuzz_targets/` have these names.
pub const TARGETS: [&str; 8] = [
    "definition",
    "fluent",
    "fhir",
    "xlsform",
    "surveyjs",
    "redcap",
    "review",
    "ftl",
];

/// What a target made of its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The input was read (a survey, a pattern, a review or translation file).
    Read,
    /// The input was refused with an error, as bad input should be.
    Refused,
}

/// Runs target `target` (one of [`TARGETS`]) over `data`; `None` for an unknown target.
///
/// # Panics
///
/// Only when coform has a bug: a survey read from `data` that does not survive a round trip
/// through its own JSON.
pub fn run(target: &str, data: &[u8]) -> Option<Outcome> {
    let text = std::str::from_utf8(data);
    let outcome = match target {
        "definition" => match text.map(definition::import) {
            Ok(Ok(survey)) => {
                // The runtime's reader must accept what the builder's accepts.
                let published = text.map(definition::import_published);
                assert!(
                    matches!(published, Ok(Ok(_))),
                    "import_published refused what import read: {published:?}"
                );
                exercise(&survey);
                Outcome::Read
            }
            _ => Outcome::Refused,
        },
        "fluent" => match text {
            Ok(pattern) => {
                let _ = interop::text::plain(pattern, interop::text::XLSFORM);
                let _ = crate::core::fluent::normalize(pattern);
                match crate::core::fluent::parse_pattern(pattern) {
                    Ok(resource) => {
                        let _ = crate::core::fluent::variables(&resource, pattern);
                        Outcome::Read
                    }
                    Err(_) => Outcome::Refused,
                }
            }
            Err(_) => Outcome::Refused,
        },
        "fhir" => text.map_or(Outcome::Refused, |text| {
            imported(interop::fhir::import(text))
        }),
        "surveyjs" => text.map_or(Outcome::Refused, |text| {
            imported(interop::surveyjs::import(text))
        }),
        "redcap" => text.map_or(Outcome::Refused, |text| {
            imported(interop::redcap::import(text))
        }),
        "xlsform" => imported(interop::xlsform::import(data)),
        "review" => match text.map(crate::core::review::import_file) {
            Ok(Ok(_)) => Outcome::Read,
            _ => Outcome::Refused,
        },
        "ftl" => {
            let base = base_survey();
            let result = if data.starts_with(b"PK") {
                crate::core::ftl::import_archive(&base, data).is_ok()
            } else {
                text.is_ok_and(|file| crate::core::ftl::import_language(&base, "es", file).is_ok())
            };
            if result {
                Outcome::Read
            } else {
                Outcome::Refused
            }
        }
        _ => return None,
    };
    Some(outcome)
}

/// A survey read from another format: exercised like a definition, unless it is over a
/// limit of `core::limits`, which `interop::read` refuses (as the builder's converter does).
fn imported(result: Result<interop::Imported, interop::ReadError>) -> Outcome {
    match result {
        Ok(imported) if crate::core::limits::check(&imported.survey).is_ok() => {
            exercise(&imported.survey);
            Outcome::Read
        }
        _ => Outcome::Refused,
    }
}

/// What runs after an import: validation, every export, and the survey's own JSON read back.
fn exercise(survey: &Survey) {
    let _ = crate::core::validate::validate(survey);
    for format in Format::ALL {
        let _ = interop::write(survey, format);
    }
    let json = definition::export(survey);
    let again = definition::import(&json);
    assert!(
        again.as_ref().is_ok_and(|again| again == survey),
        "a survey does not survive its own JSON: {again:?}"
    );
}

/// The survey translation files are imported into: English source, Spanish to translate.
fn base_survey() -> Survey {
    const BASE: &str = r#"{"format":"coform.survey","formatVersion":4,
        "metadata":{"id":"fuzz","title":{"en":"Fuzz","es":"Fuzz"},"version":"1.0.0","status":"draft"},
        "sourceLanguage":"en",
        "languages":[{"tag":"en","direction":"ltr"},{"tag":"es","direction":"ltr","fallback":["en"]}],
        "choiceLists":[{"id":"yn","options":[{"code":"y","label":{"en":"Yes"}},{"code":"n","label":{"en":"No"}}]}],
        "pages":[{"id":"p","items":[
            {"id":"age","type":"integer","text":{"en":"Age?"}},
            {"id":"ok","type":"singleChoice","text":{"en":"OK { $age }?"},"choices":"yn"}]}]}"#;
    definition::import(BASE)
        .unwrap_or_else(|_| Survey::blank("fuzz", "en", crate::core::model::Direction::Ltr))
}
