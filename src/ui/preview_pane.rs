//! The live preview beside the editor: the respondent runtime's own screens (the same
//! components), at phone width, in the preview language and audience, right to left where the
//! language is. It follows every edit; nothing in it is saved or sent.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::model::Survey;
use crate::core::session::Stage;
use crate::ui::i18n::{BUILDER, tr};
use crate::ui::respond_session::RespondSession;
use crate::ui::survey_screen::SurveyScreen;

/// The preview of a survey being edited.
#[component]
pub fn PreviewPane(
    /// The survey being edited.
    survey: RwSignal<Option<Survey>>,
    /// Moves once edits pause: the preview follows the survey then, not on every keystroke.
    settled: RwSignal<u64>,
    /// The language previewed.
    language: RwSignal<String>,
    /// Audience values previewed.
    audience: RwSignal<BTreeMap<String, String>>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let session = survey
        .with_untracked(|survey| survey.clone())
        .map(|survey| RespondSession::preview(survey, &language.get_untracked()));
    let Some(session) = session else {
        return view! { <section class="preview-pane"></section> }.into_any();
    };
    Effect::new(move |_| {
        settled.track();
        if let Some(current) = survey.get_untracked() {
            session.survey.set(current);
        }
    });
    Effect::new(move |_| session.language.set(language.get()));
    Effect::new(move |_| {
        session.audience.set(audience.get());
        session.stage.set(Stage::Questions);
    });
    let direction = move || {
        session
            .survey
            .with(|survey| survey.direction(&language.get()).as_html())
    };
    view! {
        <section class="preview-pane" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{move || tr(&BUILDER, &ui_language.get(), "preview-heading")}</h2>
            <div class="preview-frame respond" data-testid="preview" lang=move || language.get() dir=direction>
                {move || match session.stage.get() {
                    Stage::Done => view! {
                        <p role="status">{move || tr(&BUILDER, &ui_language.get(), "preview-done")}</p>
                        <button type="button" class="secondary" on:click=move |_| session.start_over()>{move || tr(&BUILDER, &ui_language.get(), "preview-restart")}</button>
                    }.into_any(),
                    _ => view! { <SurveyScreen session=session /> }.into_any(),
                }}
            </div>
        </section>
    }
    .into_any()
}
