//! Helpers shared by the fixture-driven tests.
//!
//! Expected outputs live beside their inputs. Run the tests with `COFORM_BLESS=1` to write the
//! current output as the expected one, then review the change in `git diff`.

// Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The folder of the test fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every file in `fixtures()/folder` whose name ends with `suffix`, sorted.
pub fn files(folder: &str, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures().join(folder))
        .unwrap_or_else(|error| panic!("cannot list fixtures/{folder}: {error}"))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures matching {folder}/*{suffix}");
    files
}

/// Reads a fixture file as text.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// Compares `actual` with the file at `expected_path`, or writes it there when blessing.
pub fn check(expected_path: &Path, actual: &str) {
    if std::env::var_os("COFORM_BLESS").is_some() {
        std::fs::write(expected_path, actual).expect("write expected output");
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_else(|_| {
        panic!(
            "missing {}: run with COFORM_BLESS=1 to create it, then review it",
            expected_path.display()
        )
    });
    assert_eq!(
        expected,
        actual,
        "{} differs (COFORM_BLESS=1 rewrites it; review the diff)",
        expected_path.display()
    );
}

/// `name.coform.json` → `name.<extension>` beside it.
pub fn sibling(path: &Path, extension: &str) -> PathBuf {
    let name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let stem = name.split('.').next().unwrap_or(name);
    path.with_file_name(format!("{stem}.{extension}"))
}
