//! The command-line tool, run as a survey repository's CI would run it: exit codes, one line
//! per problem, and files written (or left alone).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use coform::core::definition;
use coform::core::interop::{self, Format};

fn coform(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coform"))
        .args(args)
        .output()
        .expect("the coform binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A fresh folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("create scratch folder");
    folder
}

fn sample(name: &str) -> String {
    common::fixtures()
        .join("samples")
        .join(format!("{name}.coform.json"))
        .display()
        .to_string()
}

#[test]
fn validate_passes_samples_and_fails_invalid_files_with_locations() {
    let ok = coform(&["validate", &sample("minimal"), &sample("community-health")]);
    assert!(ok.status.success(), "{}", stdout(&ok));
    assert_eq!(stdout(&ok).matches(": ok\n").count(), 2);

    let invalid = common::fixtures().join("invalid/dangling-references.coform.json");
    let failed = coform(&["validate", &invalid.display().to_string()]);
    assert_eq!(failed.status.code(), Some(1));
    let out = stdout(&failed);
    let expected: Vec<serde_json::Value> = serde_json::from_str(&common::read(
        &common::fixtures().join("invalid/dangling-references.issues.json"),
    ))
    .expect("issues fixture");
    for issue in &expected {
        let path = issue["location"]["path"].as_str().unwrap_or_default();
        assert!(
            out.contains(&format!(": {path}")),
            "{path} missing in\n{out}"
        );
    }
}

#[test]
fn validate_reports_unreadable_files_and_wrong_usage() {
    let folder = scratch("unreadable");
    let file = folder.join("notes.txt");
    std::fs::write(&file, "shopping list").expect("write");
    let failed = coform(&["validate", &file.display().to_string()]);
    assert_eq!(failed.status.code(), Some(1));
    assert!(stdout(&failed).contains("error: unrecognised"));

    assert_eq!(coform(&["validate"]).status.code(), Some(2));
    assert_eq!(coform(&["frobnicate"]).status.code(), Some(2));
    let unknown = coform(&["convert", &sample("minimal"), "--to", "pdf", "-o", "x"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn convert_writes_every_format_that_is_read_back_as_that_format() {
    let folder = scratch("convert");
    for format in Format::ALL {
        let out = folder.join(format!("community.{}", format.extension()));
        let run = coform(&[
            "convert",
            &sample("community-health"),
            "--to",
            format.name(),
            "-o",
            &out.display().to_string(),
        ]);
        assert!(run.status.success(), "{}: {}", format.name(), stdout(&run));
        let bytes = std::fs::read(&out).expect("output written");
        assert_eq!(interop::detect(&bytes), Some(format), "{}", format.name());
        let printed = stdout(&run).matches(": loss: ").count();
        let survey =
            definition::import(&common::read(Path::new(&sample("community-health")))).unwrap();
        assert_eq!(
            printed,
            interop::write(&survey, format).losses.len(),
            "{}: one line per loss",
            format.name()
        );
    }
}

#[test]
fn ftl_export_then_import_changes_exactly_the_translated_string() {
    let folder = scratch("ftl");
    let survey_path = folder.join("community.coform.json");
    std::fs::copy(sample("community-health"), &survey_path).expect("copy sample");
    let survey_arg = survey_path.display().to_string();
    let ftl_path = folder.join("es.ftl");
    let exported = coform(&[
        "ftl",
        "export",
        &survey_arg,
        "es",
        "-o",
        &ftl_path.display().to_string(),
    ]);
    assert!(exported.status.success(), "{}", stdout(&exported));
    let file = common::read(&ftl_path);
    let before = definition::import(&common::read(&survey_path)).expect("sample");
    let old = before.metadata.title.get("es").expect("es title");
    let id = "survey--title";
    let line = file
        .lines()
        .find(|line| line.starts_with(&format!("{id} = ")))
        .expect("message in the file");
    std::fs::write(
        &ftl_path,
        file.replace(line, &format!("{id} = Texto nuevo de la traductora")),
    )
    .expect("write edited ftl");

    let imported = coform(&[
        "ftl",
        "import",
        &survey_arg,
        "es",
        &ftl_path.display().to_string(),
    ]);
    assert!(imported.status.success(), "{}", stdout(&imported));
    assert!(stdout(&imported).contains("1 strings changed in es"));
    let after = definition::import(&common::read(&survey_path)).expect("still a survey");
    assert_eq!(
        after.metadata.title.get("es"),
        Some("Texto nuevo de la traductora")
    );
    assert_ne!(old, "Texto nuevo de la traductora");

    // A broken file changes nothing.
    let written = common::read(&survey_path);
    std::fs::write(&ftl_path, "item--x = { broken").expect("write broken ftl");
    let broken = coform(&[
        "ftl",
        "import",
        &survey_arg,
        "es",
        &ftl_path.display().to_string(),
    ]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stdout(&broken).contains("not valid Fluent at line 1"));
    assert_eq!(common::read(&survey_path), written);
}
