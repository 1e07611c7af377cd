//! The survey's own details: its id (kept across versions), title and description in the
//! edited language, and version. One edit each, like every other change.

use leptos::prelude::*;

use crate::core::model::{LocalizedText, Survey};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// The survey details editor.
#[component]
pub fn SurveyDetails(
    /// The editor.
    editor: EditorState,
    /// The language whose title and description are edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let change = move |change: &dyn Fn(&mut Survey)| {
        editor.change_frame(|frame| change(frame));
    };
    let text_value = move |pick: fn(&Survey) -> &LocalizedText| {
        move || {
            editor.survey.with(|s| {
                s.as_ref()
                    .and_then(|s| pick(s).get(&language.get()).map(str::to_owned))
                    .unwrap_or_default()
            })
        }
    };
    let set_text = move |pick: fn(&mut Survey) -> &mut LocalizedText| {
        move |event: leptos::ev::Event| {
            let text = event_target_value(&event);
            let tag = language.get_untracked();
            let author = editor.author();
            change(&|s| {
                let texts = pick(s);
                texts.write(&author, &tag, &text);
            });
        }
    };
    let plain_value = move |pick: fn(&Survey) -> &String| {
        move || {
            editor
                .survey
                .with(|s| s.as_ref().map(|s| pick(s).clone()).unwrap_or_default())
        }
    };
    let set_plain = move |pick: fn(&mut Survey) -> &mut String| {
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            change(&|s| *pick(s) = value.clone());
        }
    };
    let labelled = move |id: &'static str| {
        move || {
            tr_args(
                &BUILDER,
                &ui_language.get(),
                id,
                &args(&[("language", language.get())]),
            )
        }
    };
    view! {
        <section class="survey-details" aria-labelledby="survey-heading" data-testid="survey-details">
            <h2 id="survey-heading">{t("survey-heading")}</h2>
            <label for="survey-title">{labelled("survey-title")}</label>
            <input id="survey-title" type="text" data-testid="edit-survey-title" lang=move || language.get()
                prop:value=text_value(|s| &s.metadata.title) on:input=set_text(|s| &mut s.metadata.title) />
            <label for="survey-description">{labelled("survey-description")}</label>
            <textarea id="survey-description" rows="2" data-testid="edit-survey-description" lang=move || language.get()
                prop:value=text_value(|s| &s.metadata.description) on:input=set_text(|s| &mut s.metadata.description)></textarea>
            <label for="survey-id">{t("survey-id")}</label>
            <input id="survey-id" type="text" class="code" data-testid="edit-survey-id"
                prop:value=plain_value(|s| &s.metadata.id) on:change=set_plain(|s| &mut s.metadata.id) />
            <label for="survey-version">{t("survey-version")}</label>
            <input id="survey-version" type="text" class="code" data-testid="edit-survey-version"
                prop:value=plain_value(|s| &s.metadata.version) on:change=set_plain(|s| &mut s.metadata.version) />
        </section>
    }
}
