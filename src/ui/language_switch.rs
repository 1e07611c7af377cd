//! The language switcher on every respondent screen: languages by their own names; switching
//! keeps every answer and the current place.

use leptos::prelude::*;

use crate::core::language::autonym;
use crate::ui::i18n::{RESPOND, tr};
use crate::ui::respond_session::RespondSession;

/// A labelled drop-down of the survey's languages.
#[component]
pub fn LanguageSwitch(
    /// The respondent's session.
    session: RespondSession,
) -> impl IntoView {
    let languages: Vec<String> = session
        .survey
        .with(|survey| survey.languages.iter().map(|l| l.tag.clone()).collect());
    view! {
        <label class="language-switch">
            <span>{move || tr(&RESPOND, &session.language.get(), "language-label")}</span>
            <select data-testid="language" prop:value=move || session.language.get()
                on:change=move |event| session.language.set(event_target_value(&event))>
                {languages.into_iter().map(|tag| {
                    let name = autonym(&tag).map_or_else(|| tag.clone(), str::to_owned);
                    view! { <option value=tag.clone() lang=tag>{name}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
