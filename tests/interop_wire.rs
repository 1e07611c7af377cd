//! The builder and its converter worker exchange JSON text (`core::interop::wire`): a survey
//! sent through it must export, and a file must import, exactly as the direct calls do.

mod common;

use std::path::{Path, PathBuf};

use coform::core::definition;
use coform::core::interop::{self, Format, wire};

fn samples() -> Vec<PathBuf> {
    let mut files = common::files("samples", ".coform.json");
    files.push(common::fixtures().join("interop/features.coform.json"));
    files
}

/// Every file under the samples, the interop fixtures and the instruments: each format's
/// exports, foreign files, broken files, and the loss lists (JSON no reader takes).
fn importable() -> Vec<PathBuf> {
    fn walk(folder: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        for path in entries.flatten().map(|entry| entry.path()) {
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for folder in ["samples", "interop", "instruments"] {
        walk(&common::fixtures().join(folder), &mut files);
    }
    files.sort();
    assert!(files.len() > 50, "only {} files found", files.len());
    files
}

#[test]
fn an_export_through_the_worker_messages_equals_the_direct_export() {
    for path in samples() {
        let survey = definition::import(&common::read(&path)).expect("sample");
        let sent = definition::export(&survey);
        for format in Format::ALL {
            let direct = interop::write(&survey, format);
            let through = wire::export(&sent, format.name()).expect("export");
            assert_eq!(
                through.bytes,
                direct.bytes,
                "{} {}",
                path.display(),
                format.name()
            );
            let losses =
                wire::read_export_losses(&wire::export_losses(&through.losses)).expect("losses");
            assert_eq!(
                losses,
                direct.losses,
                "{} {}",
                path.display(),
                format.name()
            );
        }
    }
}

#[test]
fn an_import_through_the_worker_messages_equals_the_direct_import() {
    let mut failures = 0;
    for path in importable() {
        let bytes = std::fs::read(&path).expect("fixture");
        let direct = interop::read(&bytes);
        failures += usize::from(direct.is_err());
        let through = wire::read_import_reply(&wire::import_reply(&bytes)).expect("reply");
        assert_eq!(through, direct, "{}", path.display());
    }
    // The broken workbooks are among them: refusals cross the wire too.
    assert!(failures >= 10, "{failures} refusals");
}

#[test]
fn a_coform_file_read_without_the_worker_reads_as_the_direct_import() {
    let mut local = 0;
    for path in importable() {
        let bytes = std::fs::read(&path).expect("fixture");
        if let Some(outcome) = wire::read_coform(&bytes) {
            local += 1;
            assert_eq!(outcome, interop::read(&bytes), "{}", path.display());
        } else {
            assert_ne!(
                interop::detect(&bytes),
                Some(Format::Coform),
                "{}",
                path.display()
            );
        }
    }
    assert!(local >= 5, "{local} coform files");
    // A damaged coform file says where it is damaged, as the direct import does.
    let damaged = b"{\"format\": \"coform.survey\", \"formatVersion\": 4,";
    assert_eq!(wire::read_coform(damaged), Some(interop::read(damaged)));
}

#[test]
fn an_unknown_format_or_a_damaged_reply_is_a_wire_error() {
    assert!(wire::export("{}", "docx").is_err());
    assert!(wire::read_import_reply("not json").is_err());
    assert!(wire::read_export_losses("{").is_err());
}
