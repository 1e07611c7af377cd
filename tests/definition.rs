//! The portable definition: samples validate cleanly and round-trip byte for byte; every
//! invalid fixture yields exactly its expected issues; unreadable input gives its typed error.

mod common;

use coform::core::definition::{content_hash, export, import};
use coform::core::issue::{Issue, IssueKind};
use coform::core::validate::{runnable, validate};
use common::{check, files, read, sibling};

/// The bundled samples, and the survey the authoring journey builds through the interface.
fn valid_definitions() -> Vec<std::path::PathBuf> {
    let mut paths = files("samples", ".coform.json");
    paths.extend(files("built", ".coform.json"));
    paths
}

#[test]
fn samples_validate_without_issues() {
    for path in valid_definitions() {
        let survey =
            import(&read(&path)).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let issues = validate(&survey);
        assert!(issues.is_empty(), "{}: {issues:#?}", path.display());
    }
}

#[test]
fn samples_round_trip_byte_for_byte() {
    for path in valid_definitions() {
        let text = read(&path);
        let survey = import(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert!(
            export(&survey) == text,
            "{} changes on import then export",
            path.display()
        );
    }
}

#[test]
fn invalid_fixtures_yield_exactly_their_expected_issues() {
    for path in files("invalid", ".coform.json") {
        let text = read(&path);
        let survey = import(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert_eq!(export(&survey), text, "{} is not canonical", path.display());
        let issues = validate(&survey);
        assert!(!issues.is_empty(), "{} has no issue", path.display());
        let actual = serde_json::to_string_pretty(&issues).expect("issues serialise") + "\n";
        check(&sibling(&path, "issues.json"), &actual);
    }
}

/// Whether the respondent runtime's check reports an issue: everything but the quality
/// checks the builder makes before publishing.
fn keeps_survey_from_running(issue: &Issue, source_language: &str) -> bool {
    match &issue.kind {
        IssueKind::InvalidVersion { .. }
        | IssueKind::MissingContentHash
        | IssueKind::ContentHashMismatch { .. }
        | IssueKind::SettingNotApplicable { .. }
        | IssueKind::CheckNotApplicable { .. }
        | IssueKind::InvalidPattern { .. }
        | IssueKind::TranslationAddsVariable { .. }
        | IssueKind::TranslationDropsVariable { .. } => false,
        IssueKind::MissingMessage => issue.location.language.as_deref() == Some(source_language),
        // A validation rule's bound of the wrong type is ignored when answers are checked.
        IssueKind::ValueMismatch { .. } => !issue.location.path.ends_with(".check.range"),
        _ => true,
    }
}

#[test]
fn the_runtime_check_reports_what_validation_reports_of_what_it_runs() {
    for path in valid_definitions() {
        let survey = import(&read(&path)).expect("valid definitions import");
        assert_eq!(runnable(&survey), Vec::new(), "{}", path.display());
    }
    let mut reported = 0;
    for path in files("invalid", ".coform.json") {
        let survey = import(&read(&path)).expect("invalid fixtures import");
        let expected: Vec<Issue> = validate(&survey)
            .into_iter()
            .filter(|issue| keeps_survey_from_running(issue, &survey.source_language))
            .collect();
        assert_eq!(runnable(&survey), expected, "{}", path.display());
        reported += expected.len();
    }
    // Syntax errors, unknown, later and cyclic references, duplicate ids among them.
    for name in [
        "fluent-problems",
        "dangling-references",
        "forward-references-and-cycles",
        "duplicate-and-invalid-ids",
    ] {
        let path = &files("invalid", &format!("{name}.coform.json"))[0];
        let survey = import(&read(path)).expect("invalid fixtures import");
        assert!(!runnable(&survey).is_empty(), "{name}");
    }
    assert!(reported > 0);
}

#[test]
fn unreadable_definitions_give_typed_errors_with_locations() {
    for path in files("import-errors", ".json") {
        if path.to_string_lossy().ends_with(".error.json") {
            continue;
        }
        let error = import(&read(&path)).expect_err("import must fail");
        let actual = serde_json::to_string_pretty(&error).expect("error serialises") + "\n";
        check(&sibling(&path, "error.json"), &actual);
    }
}

#[test]
fn the_runtime_reader_reads_what_import_reads_and_locates_errors_by_line() {
    use coform::core::definition::{ImportError, import_published};
    for path in valid_definitions() {
        let text = read(&path);
        // The runtime skips the co-design record and the changelog.
        let expected = import(&text).map(|mut survey| {
            survey.review = Default::default();
            survey.changelog = Vec::new();
            survey
        });
        assert_eq!(import_published(&text), expected, "{}", path.display());
    }
    for path in files("import-errors", ".json") {
        if path.to_string_lossy().ends_with(".error.json") {
            continue;
        }
        let text = read(&path);
        match (import(&text), import_published(&text)) {
            // The same line and column, without the JSON path.
            (
                Err(ImportError::Invalid {
                    line,
                    column,
                    detail,
                    ..
                }),
                Err(published),
            ) => {
                assert_eq!(
                    published,
                    ImportError::Invalid {
                        path: String::new(),
                        line,
                        column,
                        detail: detail.clone(),
                    },
                    "{}",
                    path.display()
                );
                assert!(
                    published
                        .to_string()
                        .starts_with(&format!("line {line}, column {column}: ")),
                    "{published}"
                );
            }
            // Nesting too deep: the same place, without the JSON path.
            (
                Err(ImportError::TooDeep {
                    line,
                    column,
                    limit,
                    ..
                }),
                Err(published),
            ) => assert_eq!(
                published,
                ImportError::TooDeep {
                    path: String::new(),
                    line,
                    column,
                    limit,
                },
                "{}",
                path.display()
            ),
            (direct, published) => assert_eq!(published, direct, "{}", path.display()),
        }
    }
}

#[test]
fn oversized_definitions_are_refused_before_parsing() {
    let huge = " ".repeat(coform::core::definition::MAX_DEFINITION_BYTES + 1);
    assert!(matches!(
        import(&huge),
        Err(coform::core::definition::ImportError::TooLarge { .. })
    ));
}

#[test]
fn content_hash_ignores_its_own_field_and_sees_every_other_change() {
    let path = &files("samples", "minimal.coform.json")[0];
    let mut survey = import(&read(path)).expect("minimal sample imports");
    let hash = content_hash(&survey);
    assert!(
        hash.starts_with("sha256:") && hash.len() == 7 + 64,
        "{hash}"
    );
    survey.metadata.content_hash = Some(hash.clone());
    assert_eq!(content_hash(&survey), hash);
    assert!(
        validate(&survey).is_empty(),
        "a matching hash is not an issue"
    );
    survey.metadata.version = "1.0.1".to_owned();
    assert_ne!(content_hash(&survey), hash);
}
