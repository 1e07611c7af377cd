//! Chooses the audience values the preview is shown for, such as a parent answering for a child.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::fluent::Context;
use crate::core::model::Survey;
use crate::core::present::{PresentedAudience, audience_questions};

/// One drop-down per audience variable of the survey, labelled with its question.
#[component]
pub fn AudiencePicker(
    /// The survey whose audience variables are offered.
    survey: RwSignal<Option<Survey>>,
    /// The language the question and values are shown in.
    language: RwSignal<String>,
    /// The chosen values, by variable id.
    audience: RwSignal<BTreeMap<String, String>>,
) -> impl IntoView {
    // A memo: the pickers are rebuilt when the audience questions change, not on every edit.
    let variables = Memo::new(move |_| {
        let language = language.get();
        survey.with(|survey| {
            survey
                .as_ref()
                .map(|survey| audience_questions(survey, &language, &Context::default()))
                .unwrap_or_default()
        })
    });
    let variables = move || variables.get();
    view! {
        {move || variables().into_iter().map(|PresentedAudience { id, question, default, values }| {
            let current = audience.with(|audience| audience.get(&id).cloned().unwrap_or(default));
            let variable = id.clone();
            view! {
                <label>
                    <span>{question}</span>
                    <select
                        data-testid=format!("audience-{id}")
                        on:change=move |event| {
                            let value = event_target_value(&event);
                            audience.update(|audience| { audience.insert(variable.clone(), value); });
                        }
                    >
                        {values.into_iter().map(|(value, label)| {
                            let selected = value == current;
                            view! { <option value=value selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
            }
        }).collect_view()}
    }
}
