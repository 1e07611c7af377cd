//! The coform command-line tool, for people who keep surveys in version control and convert
//! them for the platforms where data is collected.
//!
//! ```text
//! coform validate FILE...                          issues with locations; exit 1 on an error
//! coform fmt [--check] FILE...                     canonical coform JSON
//! coform convert IN --to FORMAT -o OUT             json | fhir | xlsform | redcap | surveyjs
//! coform ftl export SURVEY LANGUAGE [-o OUT]       a translators' .ftl file
//! coform ftl import SURVEY LANGUAGE FILE [-o OUT]  a translated .ftl file back into the survey
//! ```
//!
//! Every command reads a survey in any format coform reads, recognised by its content. Output
//! is one line per problem, `file: severity: location: code detail`, stable for scripts and
//! CI logs. Exit codes: 0 success, 1 a problem in a file, 2 wrong usage.

use std::process::ExitCode;

use coform::core::definition::{export, import};
use coform::core::edit;
use coform::core::ftl;
use coform::core::interop::{self, Format};
use coform::core::issue::Severity;
use coform::core::model::Survey;
use coform::core::validate::validate;

const USAGE: &str = "usage: coform validate FILE...
       coform fmt [--check] FILE...
       coform convert IN --to json|fhir|xlsform|redcap|surveyjs -o OUT
       coform ftl export SURVEY LANGUAGE [-o OUT]
       coform ftl import SURVEY LANGUAGE FILE [-o OUT]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["validate", files @ ..] if !files.is_empty() => validate_files(files),
        ["fmt", "--check", files @ ..] if !files.is_empty() => format_files(files, true),
        ["fmt", files @ ..] if !files.is_empty() => format_files(files, false),
        ["convert", rest @ ..] => convert(rest),
        ["ftl", "export", survey, language, rest @ ..] => ftl_export(survey, language, rest),
        ["ftl", "import", survey, language, file, rest @ ..] => {
            ftl_import(survey, language, file, rest)
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `-o OUT` (or nothing) from the rest of a command line; `Err` on anything else.
fn output_option<'a>(rest: &[&'a str]) -> Result<Option<&'a str>, ()> {
    match rest {
        [] => Ok(None),
        ["-o", out] => Ok(Some(out)),
        _ => Err(()),
    }
}

fn read_bytes(file: &str) -> Option<Vec<u8>> {
    match std::fs::read(file) {
        Ok(bytes) => Some(bytes),
        Err(error) => {
            eprintln!("{file}: cannot read: {error}");
            None
        }
    }
}

fn write_bytes(file: &str, bytes: &[u8]) -> bool {
    match std::fs::write(file, bytes) {
        Ok(()) => true,
        Err(error) => {
            eprintln!("{file}: cannot write: {error}");
            false
        }
    }
}

/// Reads a survey in any format, printing what the reader did not understand.
fn read_survey(file: &str) -> Option<(Format, Survey)> {
    let bytes = read_bytes(file)?;
    match interop::read(&bytes) {
        Ok((format, imported)) => {
            for notice in &imported.notices {
                let detail = serde_json::to_string(&notice.kind).unwrap_or_default();
                println!(
                    "{file}: notice: {}: {} {detail}",
                    notice.location,
                    notice.kind.code()
                );
            }
            if format != Format::Coform {
                eprintln!("{file}: read as {}", format.name());
            }
            Some((format, imported.survey))
        }
        Err(error) => {
            println!("{file}: error: {}: {error}", error.code());
            None
        }
    }
}

fn validate_files(files: &[&str]) -> ExitCode {
    let mut failed = false;
    for file in files {
        let Some((_, survey)) = read_survey(file) else {
            failed = true;
            continue;
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
    exit(failed)
}

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn format_files(files: &[&str], check: bool) -> ExitCode {
    let mut failed = false;
    for file in files {
        let Some(bytes) = read_bytes(file) else {
            failed = true;
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        match import(&text) {
            Ok(survey) => {
                let canonical = export(&survey);
                if canonical == text {
                    continue;
                }
                if check {
                    println!("{file}: not in canonical form");
                    failed = true;
                } else {
                    failed |= !write_bytes(file, canonical.as_bytes());
                }
            }
            Err(error) => {
                println!("{file}: error: {error}");
                failed = true;
            }
        }
    }
    exit(failed)
}

/// `convert IN --to FORMAT -o OUT`: the losses are printed, one per line, before writing.
fn convert(args: &[&str]) -> ExitCode {
    let (input, format, output) = match args {
        [input, "--to", format, "-o", output] | [input, "-o", output, "--to", format] => {
            (*input, *format, *output)
        }
        _ => return usage(),
    };
    let Some(format) = Format::from_name(format) else {
        eprintln!("unknown format {format:?}: use json, fhir, xlsform, redcap or surveyjs");
        return ExitCode::from(2);
    };
    let Some((_, survey)) = read_survey(input) else {
        return ExitCode::FAILURE;
    };
    let exported = interop::write(&survey, format);
    for loss in &exported.losses {
        let detail = serde_json::to_string(&loss.kind).unwrap_or_default();
        println!(
            "{output}: loss: {}: {} {detail}",
            if loss.path.is_empty() {
                "(survey)"
            } else {
                &loss.path
            },
            loss.kind.code()
        );
    }
    exit(!write_bytes(output, &exported.bytes))
}

/// `ftl export SURVEY LANGUAGE [-o OUT]`: to standard output without `-o`.
fn ftl_export(survey_file: &str, language: &str, rest: &[&str]) -> ExitCode {
    let Ok(output) = output_option(rest) else {
        return usage();
    };
    let Some((_, survey)) = read_survey(survey_file) else {
        return ExitCode::FAILURE;
    };
    if !survey.languages.iter().any(|l| l.tag == language) {
        println!("{survey_file}: error: the survey has no language {language}");
        return ExitCode::FAILURE;
    }
    let file = ftl::export_language(&survey, language);
    match output {
        Some(output) => exit(!write_bytes(output, file.as_bytes())),
        None => {
            print!("{file}");
            ExitCode::SUCCESS
        }
    }
}

/// `ftl import SURVEY LANGUAGE FILE [-o OUT]`: writes the survey back in place without `-o`.
/// All or nothing: a file that does not parse changes nothing.
fn ftl_import(survey_file: &str, language: &str, ftl_file: &str, rest: &[&str]) -> ExitCode {
    let Ok(output) = output_option(rest) else {
        return usage();
    };
    let Some((format, mut survey)) = read_survey(survey_file) else {
        return ExitCode::FAILURE;
    };
    if output.is_none() && format != Format::Coform {
        println!(
            "{survey_file}: error: a {} file is not rewritten in place: give -o OUT for the coform survey",
            format.name()
        );
        return ExitCode::FAILURE;
    }
    let Some(bytes) = read_bytes(ftl_file) else {
        return ExitCode::FAILURE;
    };
    let Ok(text) = String::from_utf8(bytes) else {
        println!("{ftl_file}: error: {}", ftl::FtlError::NotText);
        return ExitCode::FAILURE;
    };
    let imported = match ftl::import_language(&survey, language, &text) {
        Ok(imported) => imported,
        Err(error) => {
            println!("{ftl_file}: error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for unknown in &imported.unknown {
        println!(
            "{ftl_file}: warning: line {}: unknown-message {}",
            unknown.line, unknown.id
        );
    }
    for edit in imported.edits {
        if let Err(error) = edit::apply(&mut survey, edit) {
            println!("{ftl_file}: error: {error:?}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "{ftl_file}: {} strings changed in {language}",
        imported.changed.len()
    );
    exit(!write_bytes(
        output.unwrap_or(survey_file),
        export(&survey).as_bytes(),
    ))
}
