//! The coform command-line tool, for people who keep surveys in version control.
//!
//! `coform validate FILE…` prints every issue with its location and exits 1 when any file has
//! an error; `coform fmt [--check] FILE…` rewrites definitions in canonical form (or, with
//! `--check`, exits 1 when one is not). Output is one line per problem, `file: path: code`,
//! stable for scripts and CI logs.

use std::process::ExitCode;

use coform::core::definition::{export, import};
use coform::core::issue::Severity;
use coform::core::validate::validate;

const USAGE: &str = "usage: coform validate FILE...\n       coform fmt [--check] FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, files)) if command == "validate" && !files.is_empty() => {
            validate_files(files)
        }
        Some((command, rest)) if command == "fmt" => {
            let check = rest.first().is_some_and(|arg| arg == "--check");
            let files = if check { &rest[1..] } else { rest };
            if files.is_empty() {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            format_files(files, check)
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(file: &str) -> Option<String> {
    match std::fs::read_to_string(file) {
        Ok(text) => Some(text),
        Err(error) => {
            eprintln!("{file}: cannot read: {error}");
            None
        }
    }
}

fn validate_files(files: &[String]) -> ExitCode {
    let mut failed = false;
    for file in files {
        let Some(text) = read(file) else {
            failed = true;
            continue;
        };
        let survey = match import(&text) {
            Ok(survey) => survey,
            Err(error) => {
                println!("{file}: error: {error}");
                failed = true;
                continue;
            }
        };
        let issues = validate(&survey);
        for issue in &issues {
            let severity = issue.severity(&survey.source_language);
            failed |= severity == Severity::Error;
            let span = issue
                .location
                .span
                .map(|span| format!(" [bytes {}..{}]", span.start, span.end))
                .unwrap_or_default();
            let detail = serde_json::to_string(&issue.kind).unwrap_or_default();
            println!(
                "{file}: {}: {}{span}: {} {detail}",
                match severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                issue.location.path,
                issue.kind.code(),
            );
        }
        if issues.is_empty() {
            println!("{file}: ok");
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn format_files(files: &[String], check: bool) -> ExitCode {
    let mut failed = false;
    for file in files {
        let Some(text) = read(file) else {
            failed = true;
            continue;
        };
        match import(&text) {
            Ok(survey) => {
                let canonical = export(&survey);
                if canonical == text {
                    continue;
                }
                if check {
                    println!("{file}: not in canonical form");
                    failed = true;
                } else if let Err(error) = std::fs::write(file, canonical) {
                    eprintln!("{file}: cannot write: {error}");
                    failed = true;
                }
            }
            Err(error) => {
                println!("{file}: error: {error}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
