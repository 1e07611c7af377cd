//! Words for the core's data: issue kinds, import errors and item types, in the interface
//! language. The core reports codes and fields; these functions find the Fluent message.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::core::definition::ImportError;
use crate::core::issue::{Issue, IssueKind};
use crate::core::model::ItemKind;
use crate::core::validate::is_valid_id;
use crate::ui::i18n::{BUILDER, Catalog, args, tr_args};
use crate::ui::load::LoadFailure;

/// The sentence for an issue, such as "The id “age” is used more than once…".
pub fn issue_message(language: &str, issue: &Issue) -> String {
    let id = format!("issue-{}", issue.kind.code());
    tr_args(&BUILDER, language, &id, &fields_as_args(&issue.kind))
}

/// The sentence for an import error, in a catalog that has `import-error-*` messages.
pub fn import_error_message(catalog: &Catalog, language: &str, error: &ImportError) -> String {
    let value = serde_json::to_value(error).unwrap_or_default();
    let kind = value["kind"].as_str().unwrap_or("invalid").to_owned();
    tr_args(
        catalog,
        language,
        &format!("import-error-{kind}"),
        &object_as_args(&value),
    )
}

/// Why a typed id cannot be used, in words (the builder's id fields all say it the same
/// way): not a valid variable name, or `taken`, worded by the message `taken_message`.
pub fn id_problem(
    language: &str,
    candidate: &str,
    taken: bool,
    taken_message: &str,
) -> Option<String> {
    let message = if !is_valid_id(candidate) {
        "issue-invalid-id"
    } else if taken {
        taken_message
    } else {
        return None;
    };
    let values = args(&[("id", candidate.to_owned())]);
    Some(tr_args(&BUILDER, language, message, &values))
}

/// Why a survey could not be opened, in the builder's words.
pub fn load_failure_message(language: &str, failure: &LoadFailure) -> String {
    match failure {
        LoadFailure::Fetch { url, .. } => tr_args(
            &BUILDER,
            language,
            "load-failed-network",
            &args(&[("url", url.clone())]),
        ),
        LoadFailure::Import(error) => import_error_message(&BUILDER, language, error),
    }
}

/// The name of an item type, such as "Single choice".
pub fn item_type_name(language: &str, kind: ItemKind) -> String {
    tr_args(
        &BUILDER,
        language,
        &format!("item-type-{}", kind.json_name()),
        &FluentArgs::new(),
    )
}

fn fields_as_args(kind: &IssueKind) -> FluentArgs<'static> {
    object_as_args(&serde_json::to_value(kind).unwrap_or_default())
}

/// Each field of a JSON object as a Fluent argument (lists joined with commas).
fn object_as_args(value: &serde_json::Value) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    if let Some(object) = value.as_object() {
        for (name, field) in object {
            let value: FluentValue<'static> = match field {
                serde_json::Value::Number(number) => {
                    FluentValue::from(number.as_f64().unwrap_or_default())
                }
                serde_json::Value::String(text) => FluentValue::from(text.clone()),
                serde_json::Value::Array(list) => FluentValue::from(
                    list.iter()
                        .map(|entry| {
                            entry
                                .as_str()
                                .map_or_else(|| entry.to_string(), str::to_owned)
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                other => FluentValue::from(other.to_string()),
            };
            args.set(name.clone(), value);
        }
    }
    args
}

/// The sentence for something an export cannot carry (`loss-<code>`), its language named.
pub fn loss_message(language: &str, loss: &crate::core::interop::Loss) -> String {
    let id = format!("loss-{}", loss.kind.code());
    tr_args(&BUILDER, language, &id, &named_args(&loss.kind))
}

/// The sentence for something an import did not understand (`notice-<code>`).
pub fn notice_message(language: &str, notice: &crate::core::interop::Notice) -> String {
    let id = format!("notice-{}", notice.kind.code());
    tr_args(&BUILDER, language, &id, &named_args(&notice.kind))
}

/// The sentence for a file that could not be read at all (`interop-error-<code>`; a coform
/// definition's own errors keep their `import-error-*` wording).
pub fn read_error_message(language: &str, error: &crate::core::interop::ReadError) -> String {
    match error {
        crate::core::interop::ReadError::Coform(error) => {
            import_error_message(&BUILDER, language, error)
        }
        other => {
            let id = format!("interop-error-{}", other.code());
            tr_args(
                &BUILDER,
                language,
                &id,
                &object_as_args(&serde_json::to_value(other).unwrap_or_default()),
            )
        }
    }
}

/// A kind's fields as Fluent arguments, with a `language` tag replaced by the language's name.
fn named_args(kind: &impl serde::Serialize) -> FluentArgs<'static> {
    let mut value = serde_json::to_value(kind).unwrap_or_default();
    if let Some(tag) = value.get("language").and_then(|tag| tag.as_str()) {
        let name = crate::ui::language_panel::language_name(tag);
        value["language"] = serde_json::Value::String(name);
    }
    object_as_args(&value)
}
