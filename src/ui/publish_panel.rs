//! Publishing: the gate (which languages must be wholly approved first), exactly what
//! blocks publishing now, and the Publish button, which freezes the survey (status published,
//! content hash) as one undoable edit and downloads the published definition.

use leptos::prelude::*;

use crate::core::definition::export;
use crate::core::edit::Edit;
use crate::core::model::{Status, Survey};
use crate::core::translation::{Blocker, publish, publish_blockers};
use crate::ui::browser::download;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::language_panel::language_name;

/// The publish panel.
#[component]
pub fn PublishPanel(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let blockers = Memo::new(move |_| {
        editor
            .survey
            .with(|s| s.as_ref().map(publish_blockers).unwrap_or_default())
    });
    let languages = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.translated_languages()
                        .map(|tag| {
                            (
                                tag.to_owned(),
                                s.settings.require_approved.iter().any(|g| g == tag),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let published = move || {
        editor.survey.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.metadata.status == Status::Published)
        })
    };
    let set_gate = move |tag: String, on: bool| {
        editor.change_frame(|frame| {
            frame
                .settings
                .require_approved
                .retain(|gated| *gated != tag);
            if on {
                frame.settings.require_approved.push(tag);
            }
        });
    };
    let do_publish = move |_| {
        let Some(Ok(survey)) = editor.survey.with_untracked(|s| s.as_ref().map(publish)) else {
            return;
        };
        let file = format!(
            "{}-{}.coform.json",
            survey.metadata.id, survey.metadata.version
        );
        let json = export(&survey);
        editor.edit(Edit::ReplaceFrame {
            frame: Box::new(Survey {
                pages: Vec::new(),
                choice_lists: Vec::new(),
                ..survey
            }),
        });
        download(&file, "application/json", &json);
    };
    let blocker_text = move |blocker: &Blocker| -> String {
        let ui = ui_language.get();
        match blocker {
            Blocker::Problems { count } => tr_args(
                &BUILDER,
                &ui,
                "publish-blocked-problems",
                &args(&[("count", count.to_string())]),
            ),
            Blocker::UnknownLanguage { language } => tr_args(
                &BUILDER,
                &ui,
                "publish-blocked-language",
                &args(&[("language", language.clone())]),
            ),
            Blocker::NotApproved {
                language,
                message,
                state,
            } => {
                let status = if state.stale {
                    tr(&BUILDER, &ui, "status-stale")
                } else {
                    tr(&BUILDER, &ui, &format!("status-{}", state.standing.name()))
                };
                tr_args(
                    &BUILDER,
                    &ui,
                    "publish-blocked-string",
                    &args(&[
                        ("language", language_name(language)),
                        ("id", message.id.clone()),
                        ("status", status),
                    ]),
                )
            }
        }
    };
    view! {
        <section class="publish-panel" aria-labelledby="publish-heading" data-testid="publish-panel">
            <h2 id="publish-heading">{t("publish-heading")}</h2>
            <fieldset>
                <legend>{t("publish-gate")}</legend>
                {move || languages.get().into_iter().map(|(tag, on)| {
                    let id = format!("gate-{tag}");
                    let tag_change = tag.clone();
                    view! {
                        <div class="check">
                            <input id=id.clone() type="checkbox" data-testid="publish-gate" data-tag=tag.clone() prop:checked=on
                                on:change=move |event| set_gate(tag_change.clone(), event_target_checked(&event)) />
                            <label for=id lang=tag.clone()>{language_name(&tag)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <p role="status" data-testid="publish-state" data-published=move || published().to_string()>
                {move || if published() { tr(&BUILDER, &ui_language.get(), "publish-done") } else if blockers.with(Vec::is_empty) { tr(&BUILDER, &ui_language.get(), "publish-ready") } else {
                    tr_args(&BUILDER, &ui_language.get(), "publish-blocked", &args(&[("count", blockers.with(Vec::len).to_string())]))
                }}
            </p>
            <ul class="publish-blockers" data-testid="publish-blockers">
                {move || blockers.get().iter().take(50).map(|blocker| view! { <li data-testid="publish-blocker">{blocker_text(blocker)}</li> }).collect_view()}
            </ul>
            <button type="button" data-testid="publish" disabled=move || published() || !blockers.with(Vec::is_empty) on:click=do_publish>
                {t("publish")}
            </button>
        </section>
    }
}
