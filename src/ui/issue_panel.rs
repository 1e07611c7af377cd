//! Every validation issue of the survey, with its severity and location, in the interface
//! language.

use leptos::prelude::*;

use crate::core::edit::{Address, address_of};
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
    /// The item being edited: choosing an issue selects its item.
    selected: RwSignal<Option<Address>>,
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
        selected.set(Some(at));
        let field = if issue.location.path.ends_with(".id") {
            "edit-id"
        } else {
            "edit-text"
        };
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            if let Some(element) = crate::ui::browser::element_by_id(field) {
                let _ = element.focus();
            }
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
