//! The first screen when the survey adapts its wording to who is answering: asks each
//! audience question ("Are you answering for yourself or for your child?").

use leptos::prelude::*;

use crate::core::present::{PresentedAudience, audience_questions};
use crate::core::session::Stage;
use crate::ui::i18n::{RESPOND, tr};
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::respond_session::RespondSession;

/// The audience questions.
#[component]
pub fn AudienceScreen(
    /// The respondent's session.
    session: RespondSession,
) -> impl IntoView {
    let language = move || session.language.get();
    let questions = move || {
        let context = session.context();
        session
            .survey
            .with(|survey| audience_questions(survey, &session.language.get(), &context))
    };
    let title = move || {
        let context = session.context();
        session.survey.with(|survey| {
            crate::core::present::survey_title(survey, &session.language.get(), &context)
        })
    };
    view! {
        <header class="respond-header">
            <h1 data-testid="survey-title">{title}</h1>
            <LanguageSwitch session=session />
        </header>
        <section class="page" data-testid="audience-screen">
            {move || questions().into_iter().map(|PresentedAudience { id, question, default, values }| {
                let chosen = session.audience.with(|audience| audience.get(&id).cloned().unwrap_or(default));
                view! {
                    <fieldset class="item">
                        <legend class="question">{question}</legend>
                        {values.into_iter().map(|(value, label)| {
                            let (id, checked) = (id.clone(), value == chosen);
                            view! {
                                <label class="choice">
                                    <input type="radio" name=format!("audience-{id}") value=value.clone() prop:checked=checked
                                        data-testid=format!("audience-{id}-{value}")
                                        on:change=move |_| session.audience.update(|audience| { audience.insert(id.clone(), value.clone()); }) />
                                    " " {label}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
        </section>
        <nav class="navigation">
            <button type="button" class="primary" data-testid="audience-continue" on:click=move |_| {
                // Unanswered audience questions take their default value.
                session.survey.with(|survey| session.audience.update(|audience| {
                    for variable in &survey.audience {
                        audience.entry(variable.id.clone()).or_insert_with(|| variable.default.clone());
                    }
                }));
                session.stage.set(Stage::Questions);
            }>
                {move || tr(&RESPOND, &language(), "continue")}
            </button>
        </nav>
    }
}
