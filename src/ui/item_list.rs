//! The builder's outline: every item with its type and text in the preview language, and the
//! issues that concern it.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::edit::Address;
use crate::core::fluent::Context;
use crate::core::issue::Issue;
use crate::core::model::Survey;
use crate::core::present::outline;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::{issue_message, item_type_name};

/// The list of items.
#[component]
pub fn ItemList(
    /// The survey shown.
    survey: RwSignal<Option<Survey>>,
    /// The language the item texts are shown in.
    language: RwSignal<String>,
    /// Chosen audience values for the preview.
    audience: RwSignal<BTreeMap<String, String>>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Current validation issues.
    issues: Memo<Vec<Issue>>,
    /// The item being edited.
    selected: RwSignal<Option<Address>>,
) -> impl IntoView {
    let rows = Memo::new(move |_| {
        let context = Context {
            audience: audience.get(),
            answers: BTreeMap::new(),
        };
        survey.with(|survey| {
            survey
                .as_ref()
                .map(|survey| outline(survey, &language.get(), &context))
                .unwrap_or_default()
        })
    });
    let count = move || {
        let ui = ui_language.get();
        tr_args(
            &BUILDER,
            &ui,
            "items-count",
            &args(&[("count", rows.with(Vec::len).to_string())]),
        )
    };
    let direction = move || {
        survey.with(|survey| {
            survey
                .as_ref()
                .map(|s| s.direction(&language.get()).as_html())
                .unwrap_or("ltr")
        })
    };

    view! {
        <section class="item-list" aria-labelledby="items-heading">
            <h2 id="items-heading">{move || tr(&BUILDER, &ui_language.get(), "items-heading")}</h2>
            <p class="count" data-testid="item-count">{count}</p>
            <ol data-testid="items">
                {move || {
                    let ui = ui_language.get();
                    let dir = direction();
                    let lang = language.get();
                    rows.get().into_iter().map(|row| {
                        let item_issues: Vec<String> = issues.with(|issues| {
                            issues.iter()
                                .filter(|issue| issue.location.item.as_deref() == Some(row.id.as_str()))
                                .map(|issue| issue_message(&ui, issue))
                                .collect()
                        });
                        let has_issues = !item_issues.is_empty();
                        let address = row.address.clone();
                        let select_address = row.address.clone();
                        view! {
                            <li class="item-row" class:has-issues=has_issues data-testid="item" data-item-id=row.id.clone() style=format!("--depth: {}", row.depth)>
                                <span class="item-type">{item_type_name(&ui, row.kind)}</span>
                                <code class="item-id">{row.id.clone()}</code>
                                <button type="button" class="item-text" data-testid="select-item" lang=lang.clone() dir=dir
                                    aria-pressed=move || (selected.get().as_ref() == Some(&address)).to_string()
                                    on:click=move |_| selected.set(Some(select_address.clone()))>
                                    {row.text.clone()}
                                </button>
                                {row.required.then(|| view! { <span class="badge">{tr(&BUILDER, &ui, "item-required")}</span> })}
                                {row.conditional.then(|| view! { <span class="badge">{tr(&BUILDER, &ui, "item-shown-if")}</span> })}
                                <ul class="item-issues">
                                    {item_issues.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                                </ul>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
        </section>
    }
}
