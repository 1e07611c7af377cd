//! Chooses the audience values the preview is shown for, such as a parent answering for a child.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::fluent::{Context, Resolver};
use crate::core::model::Survey;

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
    // (variable id, question, chosen value, [(value, label)]) in the preview language.
    let variables = move || {
        let language = language.get();
        let chosen = audience.get();
        survey.with(|survey| {
            let Some(survey) = survey else {
                return Vec::new();
            };
            let resolver = Resolver::new(survey, &language, &Context::default());
            survey
                .audience
                .iter()
                .map(|variable| {
                    let values: Vec<(String, String)> = variable
                        .values
                        .iter()
                        .map(|value| {
                            (
                                value.value.clone(),
                                resolver.resolve_or(&value.label, &value.value),
                            )
                        })
                        .collect();
                    let current = chosen
                        .get(&variable.id)
                        .cloned()
                        .unwrap_or_else(|| variable.default.clone());
                    (
                        variable.id.clone(),
                        resolver.resolve_or(&variable.question, &variable.id),
                        current,
                        values,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        {move || variables().into_iter().map(|(id, question, current, values)| {
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
