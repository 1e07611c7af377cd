//! Every validation issue of the survey, with its severity and location, in the interface
//! language.

use leptos::prelude::*;

use crate::core::edit::address_of;
use crate::core::issue::{Issue, Severity};
use crate::core::model::Survey;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::issue_message;

/// The issues panel.
#[component]
pub fn IssuePanel(
    /// Current validation issues.
    issues: Memo<Vec<Issue>>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// The survey, for the source language that decides severities.
    survey: RwSignal<Option<Survey>>,
    /// The editor: choosing an issue selects its item.
    editor: EditorState,
    /// The language being edited: choosing an issue in one language switches to it.
    language: RwSignal<String>,
) -> impl IntoView {
    let go_to = move |issue: &Issue| {
        let Some(id) = issue.location.item.clone() else {
            return;
        };
        let Some(at) =
            survey.with_untracked(|survey| survey.as_ref().and_then(|s| address_of(s, &id)))
        else {
            return;
        };
        if let Some(tag) = &issue.location.language {
            language.set(tag.clone());
        }
        editor.select(at);
        let selector = field_selector(&issue.location.path);
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            crate::ui::browser::focus_first(&selector);
        });
    };
    let source = move || {
        survey.with(|survey| {
            survey
                .as_ref()
                .map(|s| s.source_language.clone())
                .unwrap_or_default()
        })
    };
    let counts = move || {
        let source = source();
        issues.with(|issues| {
            let errors = issues
                .iter()
                .filter(|issue| issue.severity(&source) == Severity::Error)
                .count();
            (errors, issues.len() - errors)
        })
    };
    let summary = move || {
        let (errors, warnings) = counts();
        tr_args(
            &BUILDER,
            &ui_language.get(),
            "issues-count",
            &args(&[
                ("errors", errors.to_string()),
                ("warnings", warnings.to_string()),
            ]),
        )
    };

    view! {
        <section class="issue-panel" aria-labelledby="issues-heading" aria-live="polite">
            <h2 id="issues-heading">{move || tr(&BUILDER, &ui_language.get(), "issues-heading")}</h2>
            <Show
                when=move || issues.with(|issues| !issues.is_empty())
                fallback=move || view! { <p data-testid="no-issues">{move || tr(&BUILDER, &ui_language.get(), "issues-none")}</p> }
            >
                <p data-testid="issue-summary">{summary}</p>
                <ul data-testid="issues">
                    {move || {
                        let ui = ui_language.get();
                        let source = source();
                        issues.get().into_iter().map(|issue| {
                            let severity = issue.severity(&source);
                            let severity_text = tr(&BUILDER, &ui, match severity {
                                Severity::Error => "issue-severity-error",
                                Severity::Warning => "issue-severity-warning",
                            });
                            let location = tr_args(&BUILDER, &ui, "issue-location", &args(&[("path", issue.location.path.clone())]));
                            view! {
                                <li class="issue" class:error=severity == Severity::Error data-testid="issue" data-code=issue.kind.code()>
                                    <strong>{severity_text}</strong>" "
                                    {match issue.location.item.is_some() {
                                        true => {
                                            let target = issue.clone();
                                            view! {
                                                <button type="button" class="link-button issue-link" data-testid="issue-go"
                                                    on:click=move |_| go_to(&target)>{issue_message(&ui, &issue)}</button>
                                            }.into_any()
                                        }
                                        false => view! { <span>{issue_message(&ui, &issue)}</span> }.into_any(),
                                    }}" "
                                    <code>{location}</code>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}

/// The control an issue's JSON path concerns, as a CSS selector in the item editor.
fn field_selector(path: &str) -> String {
    let index_after = |marker: &str| -> Option<usize> {
        let start = path.rfind(marker)? + marker.len();
        path[start..].split(']').next()?.parse().ok()
    };
    if path.contains(".showIf") {
        return "[data-testid=show-if] :is(select, input, button)".to_owned();
    }
    if path.contains(".requiredIf") {
        return "[data-testid=required-if] :is(select, input, button)".to_owned();
    }
    if let Some(index) = index_after(".validation[") {
        let field = if path.ends_with(".message") || path.contains(".message.") {
            "message"
        } else {
            "min"
        };
        return format!("#rule-{index}-{field}, #rule-{index}-pattern");
    }
    if let Some(index) = index_after(".rows[") {
        return format!("#grid-row-{index}-text");
    }
    let field = [
        (".id", "edit-id"),
        (".hint", "edit-hint"),
        (".placeholder", "edit-placeholder"),
        (".unit", "edit-unit"),
        (".scale", "edit-scale-min"),
        (".choices", "edit-choices"),
    ]
    .into_iter()
    .find(|(suffix, _)| path.ends_with(suffix) || path.contains(&format!("{suffix}.")))
    .map_or("edit-text", |(_, id)| id);
    format!("#{field}")
}
