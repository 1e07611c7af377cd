//! The architecture's invariants, checked from the sources: the pure core (`src/core/`) imports
//! no browser or UI crate, so it compiles natively, does no IO and is tested by `cargo test`;
//! and no source writes markup or runs code from a string.

use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 6] = [
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "gloo",
    "std::fs",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src/core") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_imports_no_browser_crate_and_does_no_file_io() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
        &mut files,
    );
    assert!(files.len() >= 5, "src/core should hold the core modules");
    let mut offences = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read source");
        for (line, name) in forbidden_uses(&text) {
            offences.push(format!("{}:{line}: {name}", file.display()));
        }
    }
    assert!(
        offences.is_empty(),
        "the core must stay pure:\n{}",
        offences.join("\n")
    );
}

/// What would turn text into markup or code in the browser: SECURITY.md promises that survey
/// text, comments and imported files are only ever written as text.
const MARKUP_SINKS: [&str; 7] = [
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "document_write",
    "eval(",
    "Function::new_with_args",
    "Function::new_no_args",
];

#[test]
fn no_source_writes_markup_or_runs_code_from_strings() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut offences = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read source");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for sink in MARKUP_SINKS {
                if code.contains(sink) {
                    offences.push(format!("{}:{}: {sink}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "untrusted text must stay text:\n{}",
        offences.join("\n")
    );
}

#[test]
fn forbidden_uses_finds_imports_and_paths_but_not_comments_or_longer_names() {
    let source = "use leptos::prelude::*;\n// web_sys in a comment\nlet x = my_gloo_thing;\nlet w = web_sys::window();\n";
    assert_eq!(forbidden_uses(source), vec![(1, "leptos"), (4, "web_sys")]);
}

/// (1-based line, crate name) of every use of a forbidden name outside comments.
fn forbidden_uses(text: &str) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for name in FORBIDDEN {
            let used = code
                .match_indices(name)
                .any(|(at, _)| !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            if used {
                found.push((number + 1, name));
            }
        }
    }
    found
}
