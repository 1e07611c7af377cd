//! Every validation issue of the survey, with its severity and location, in the interface
//! language.

use leptos::prelude::*;

use crate::core::issue::{Issue, Severity};
use crate::core::model::Survey;
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
) -> impl IntoView {
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
                                    <span>{issue_message(&ui, &issue)}</span>" "
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
