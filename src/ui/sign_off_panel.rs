//! Sign-off per language: who signed it off and when, or that a later change cleared it,
//! and a button for staff and patient advisors to sign off the language as it is now.

use leptos::prelude::*;

use crate::core::model::Role;
use crate::core::review::{self, SignOffState};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::language_panel::language_name;
use crate::ui::thread_view::{my_stamp, stamp_text};

/// The sign-off panel.
#[component]
pub fn SignOffPanel(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    // (tag, state name, the sign-off's stamp in words)
    let rows = move || {
        let ui = ui_language.get();
        editor.survey.with(|s| {
            let Some(s) = s.as_ref() else {
                return Vec::new();
            };
            s.languages
                .iter()
                .map(|language| {
                    let tag = language.tag.clone();
                    let (state, words) = match review::sign_off_state(s, &tag) {
                        SignOffState::None => ("none", tr(&BUILDER, &ui, "sign-off-none")),
                        SignOffState::Valid(sign_off) => (
                            "valid",
                            tr_args(
                                &BUILDER,
                                &ui,
                                "sign-off-valid",
                                &args(&[("by", stamp_text(&ui, &sign_off.by))]),
                            ),
                        ),
                        SignOffState::Cleared(sign_off) => (
                            "cleared",
                            tr_args(
                                &BUILDER,
                                &ui,
                                "sign-off-cleared",
                                &args(&[("by", stamp_text(&ui, &sign_off.by))]),
                            ),
                        ),
                    };
                    (tag, state, words)
                })
                .collect::<Vec<_>>()
        })
    };
    let sign = move |tag: String| {
        let stamp = my_stamp(editor, &ui_language.get_untracked());
        if let Some(Ok(edit)) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| review::sign_off(s, &tag, stamp)))
        {
            editor.edit(edit);
        }
    };
    view! {
        <section class="sign-off-panel" aria-labelledby="sign-off-heading" data-testid="sign-off-panel">
            <h2 id="sign-off-heading">{t("sign-off-heading")}</h2>
            <p class="hint">{t("sign-off-help")}</p>
            <ul>
                {move || rows().into_iter().map(|(tag, state, words)| {
                    let tag_sign = tag.clone();
                    view! {
                        <li data-testid="sign-off-row" data-tag=tag.clone() data-state=state>
                            <strong lang=tag.clone()>{language_name(&tag)}</strong>
                            " "
                            <span data-testid="sign-off-state">{words}</span>
                            <button type="button" data-testid="sign-off" data-tag=tag.clone()
                                disabled=move || editor.role.get() == Role::Translator
                                on:click=move |_| sign(tag_sign.clone())>
                                {t("sign-off")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
