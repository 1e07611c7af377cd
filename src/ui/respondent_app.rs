//! The respondent runtime's top-level component: opens the definition named by `?survey=`
//! (the bundled sample when absent), negotiates the language from the browser (`?lang=`
//! overrides), sets `<html lang dir>`, and shows the first page.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::fluent::Context;
use crate::core::issue::Severity;
use crate::core::language::negotiate;
use crate::core::model::Survey;
use crate::core::present::{present_page, survey_title};
use crate::core::validate::validate;
use crate::ui::browser::{preferred_languages, query_parameter, set_document_language};
use crate::ui::i18n::{RESPOND, args, direction, tr, tr_args};
use crate::ui::load::{BUNDLED_SAMPLE, LoadFailure, load_survey};
use crate::ui::page_view::PageView;

/// What the runtime is showing.
#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Loading,
    Failed(String),
    Ready(Survey),
}

/// The respondent runtime application.
#[component]
pub fn RespondentApp() -> impl IntoView {
    let requested = query_parameter("lang").map_or_else(preferred_languages, |tag| vec![tag]);
    let screen = RwSignal::new(Screen::Loading);
    // Until a survey is open, the runtime speaks the best interface language it has.
    let language = RwSignal::new(negotiate(&requested, &RESPOND.languages(), "en"));
    let page_index = RwSignal::new(0_usize);
    let audience: BTreeMap<String, String> = BTreeMap::new();
    let context = RwSignal::new(Context {
        audience,
        answers: BTreeMap::new(),
    });

    Effect::new(move |_| {
        let tag = language.get();
        let dir = screen.with(|screen| match screen {
            Screen::Ready(survey) => survey.direction(&tag).as_html(),
            _ => direction(&tag),
        });
        set_document_language(&tag, dir);
    });

    let url = query_parameter("survey").unwrap_or_else(|| BUNDLED_SAMPLE.to_owned());
    spawn_local(async move {
        let next = match load_survey(&url).await {
            Ok(survey) => {
                let errors = validate(&survey)
                    .iter()
                    .filter(|issue| issue.severity(&survey.source_language) == Severity::Error)
                    .count();
                let tags: Vec<&str> = survey.languages.iter().map(|l| l.tag.as_str()).collect();
                language.set(negotiate(&requested, &tags, &survey.source_language));
                if errors > 0 {
                    Screen::Failed(tr_args(
                        &RESPOND,
                        &language.get_untracked(),
                        "error-invalid",
                        &args(&[("count", errors.to_string())]),
                    ))
                } else {
                    Screen::Ready(survey)
                }
            }
            Err(LoadFailure::Fetch { url, .. }) => Screen::Failed(tr_args(
                &RESPOND,
                &language.get_untracked(),
                "error-network",
                &args(&[("url", url)]),
            )),
            Err(LoadFailure::Import(error)) => Screen::Failed(tr_args(
                &RESPOND,
                &language.get_untracked(),
                "error-import",
                &args(&[("detail", error.to_string())]),
            )),
        };
        screen.set(next);
    });

    let page = Memo::new(move |_| {
        screen.with(|screen| match screen {
            Screen::Ready(survey) => context
                .with(|context| present_page(survey, page_index.get(), &language.get(), context)),
            _ => None,
        })
    });
    let title = move || {
        screen.with(|screen| match screen {
            Screen::Ready(survey) => {
                context.with(|context| survey_title(survey, &language.get(), context))
            }
            _ => String::new(),
        })
    };
    let languages = move || {
        screen.with(|screen| match screen {
            Screen::Ready(survey) => survey.languages.iter().map(|l| l.tag.clone()).collect(),
            _ => Vec::new(),
        })
    };
    let failure = move || {
        screen.with(|screen| match screen {
            Screen::Failed(message) => Some(message.clone()),
            _ => None,
        })
    };

    view! {
        <main class="respond">
            {move || match (failure(), page.get()) {
                (Some(message), _) => view! {
                    <section class="load-failure" role="alert" data-testid="load-failure">
                        <h1>{tr(&RESPOND, &language.get(), "error-heading")}</h1>
                        <p>{message}</p>
                    </section>
                }.into_any(),
                (None, Some(page)) => view! {
                    <header class="respond-header">
                        <h1 data-testid="survey-title">{title}</h1>
                        <label class="language-switch">
                            <span>{move || tr(&RESPOND, &language.get(), "language-label")}</span>
                            <select
                                data-testid="language"
                                on:change=move |event| language.set(event_target_value(&event))
                            >
                                {languages().into_iter().map(|tag| {
                                    let selected = tag == language.get_untracked();
                                    view! { <option value=tag.clone() selected=selected>{tag.clone()}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                    </header>
                    <PageView page=page />
                }.into_any(),
                (None, None) => view! {
                    <p role="status" data-testid="loading">{move || tr(&RESPOND, &language.get(), "loading")}</p>
                }.into_any(),
            }}
        </main>
    }
}
