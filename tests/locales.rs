//! The interface's own strings: every locale parses cleanly as Fluent, has exactly the message
//! ids of English, and every issue or import error the core can report has a message.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;

const LOCALES: [&str; 6] = ["en", "es", "ar", "zh-Hans", "vi", "ht"];
const FILES: [&str; 2] = ["builder.ftl", "respond.ftl"];

fn message_ids(locale: &str, file: &str) -> BTreeSet<String> {
    let ids = message_id_list(locale, file);
    let unique: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "locales/{locale}/{file} defines a message id twice"
    );
    unique
}

fn message_id_list(locale: &str, file: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join(file);
    let source = common::read(&path);
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_parses_and_has_the_same_message_ids() {
    for file in FILES {
        let english = message_ids("en", file);
        assert!(english.len() > 10, "{file} looks empty");
        for locale in LOCALES {
            assert_eq!(
                message_ids(locale, file),
                english,
                "locales/{locale}/{file} differs from English"
            );
        }
    }
}

#[test]
fn every_reported_issue_and_import_error_has_a_message() {
    let ids = message_ids("en", "builder.ftl");
    let mut missing = Vec::new();
    for path in common::files("invalid", ".issues.json")
        .into_iter()
        .chain(common::files("import-errors", ".error.json"))
    {
        let reported: serde_json::Value =
            serde_json::from_str(&common::read(&path)).expect("expected output parses");
        let kinds: Vec<String> = match &reported {
            serde_json::Value::Array(issues) => issues
                .iter()
                .filter_map(|issue| issue["kind"]["type"].as_str())
                .map(|kind| format!("issue-{}", kebab(kind)))
                .collect(),
            other => other["kind"]
                .as_str()
                .map(|kind| format!("import-error-{kind}"))
                .into_iter()
                .collect(),
        };
        missing.extend(kinds.into_iter().filter(|id| !ids.contains(id)));
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "locales/en/builder.ftl lacks {missing:?}"
    );
}

fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_message_the_interface_code_asks_for_exists() {
    let pattern =
        regex_lite::Regex::new(r#"tr(?:_args)?\(&(RESPOND|BUILDER),[^"\n]*"([a-z0-9-]+)""#)
            .expect("regex");
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut asked = 0;
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&ui).expect("src/ui") {
        let path = entry.expect("entry").path();
        let source = common::read(&path);
        for found in pattern.captures_iter(&source) {
            let file = if &found[1] == "RESPOND" {
                "respond.ftl"
            } else {
                "builder.ftl"
            };
            asked += 1;
            if !message_ids("en", file).contains(&found[2]) {
                missing.push(format!("{}: {} in {file}", path.display(), &found[2]));
            }
        }
    }
    assert!(
        asked > 30,
        "the pattern should find the interface's messages ({asked} found)"
    );
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
}

/// Messages the builder finds by a name it builds (`operator-<json name>`, `rule-kind-<check>`…)
/// rather than by a literal id, so the literal-id check above cannot see them.
#[test]
fn every_message_named_after_a_core_value_exists() {
    use coform::core::logic_edit::{CheckKind, Combinator};
    use coform::core::model::{ItemKind, Operator};
    let ids = message_ids("en", "builder.ftl");
    let mut wanted: Vec<String> = Vec::new();
    for op in Operator::ALL {
        wanted.push(format!("operator-{}", op.json_name()));
        wanted.push(format!("sentence-{}", op.json_name()));
    }
    for check in CheckKind::ALL {
        let name = check.name();
        wanted.push(format!("add-rule-{name}"));
        wanted.push(format!("rule-kind-{name}"));
        if check != CheckKind::Pattern {
            wanted.push(format!("rule-{name}-min"));
            wanted.push(format!("rule-{name}-max"));
        }
    }
    for combinator in Combinator::ALL {
        wanted.push(format!("combinator-{}", combinator.name()));
    }
    for kind in ItemKind::ALL {
        wanted.push(format!("item-type-{}", kind.json_name()));
    }
    for name in ["show-if", "required-if", "page-show-if"] {
        for part in ["heading", "add", "sentence"] {
            wanted.push(format!("{name}-{part}"));
        }
    }
    for field in ["text", "hint"] {
        wanted.push(format!("pipe-answer-{field}"));
    }
    use coform::core::model::Role;
    use coform::core::translation::{ItemField, Standing};
    for standing in [
        Standing::Missing,
        Standing::Draft,
        Standing::NeedsReview,
        Standing::Approved,
    ] {
        wanted.push(format!("status-{}", standing.name()));
    }
    for category in ["zero", "one", "two", "few", "many", "other"] {
        wanted.push(format!("plural-{category}"));
    }
    for filter in ["all", "missing", "stale", "needs-review", "not-approved"] {
        wanted.push(format!("filter-{filter}"));
    }
    for field in [
        ItemField::Text,
        ItemField::Hint,
        ItemField::Placeholder,
        ItemField::Unit,
        ItemField::MinLabel,
        ItemField::MaxLabel,
        ItemField::Row(0),
        ItemField::Rule(0),
        ItemField::ContentNote,
        ItemField::WhyWeAsk,
    ] {
        wanted.push(format!("translate-field-{}", field.name()));
    }
    use coform::core::review::{OutcomeKind, SensitiveGap};
    use coform::core::versions::Bump;
    for outcome in [
        OutcomeKind::Accepted,
        OutcomeKind::Rejected,
        OutcomeKind::Resolved,
    ] {
        wanted.push(format!("outcome-{}", outcome.name()));
    }
    for bump in Bump::ALL {
        wanted.push(format!("bump-{}", bump.name()));
    }
    for gap in [SensitiveGap::WhyWeAsk, SensitiveGap::ContentNote] {
        wanted.push(format!("sensitive-missing-{}", gap.name()));
        wanted.push(format!("sensitive-has-{}", gap.name()));
    }
    for error in [
        "conflict",
        "closed",
        "reason",
        "sign-off-role",
        "string-gone",
        "other-survey",
        "no-survey",
        "broken",
        "not-review",
        "version",
        "other",
    ] {
        wanted.push(format!("review-error-{error}"));
    }
    for field in [
        "option",
        "page-title",
        "survey-title",
        "survey-description",
        "audience-question",
        "audience-value",
    ] {
        wanted.push(format!("translate-field-{field}"));
    }
    for role in Role::ALL {
        let name: String = role
            .json_name()
            .chars()
            .flat_map(|c| {
                if c.is_ascii_uppercase() {
                    vec!['-', c.to_ascii_lowercase()]
                } else {
                    vec![c]
                }
            })
            .collect();
        wanted.push(format!("role-{name}"));
    }
    for sample in [
        "community-health",
        "clinic-experience",
        "child-immunization",
        "minimal",
    ] {
        wanted.push(format!("sample-{sample}"));
    }
    use coform::core::interop::{Format, LossKind, NoticeKind};
    for code in LossKind::CODES {
        wanted.push(format!("loss-{code}"));
    }
    for code in NoticeKind::CODES {
        wanted.push(format!("notice-{code}"));
    }
    for code in ["unrecognised", "too-large", "syntax", "invalid"] {
        wanted.push(format!("interop-error-{code}"));
    }
    for format in Format::ALL {
        wanted.push(format!("export-format-{}", format.name()));
    }
    let missing: Vec<&String> = wanted.iter().filter(|id| !ids.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "missing in locales/en/builder.ftl: {missing:?}"
    );
}
