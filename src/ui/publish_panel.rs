//! Publishing: the gate (languages that must be wholly approved, languages that must be
//! signed off), exactly what blocks publishing now, the version proposed from what changed
//! since the last published one, a changelog note, and the Publish button. Publishing
//! freezes the survey (version, status, content hash, changelog entry) as one undoable edit,
//! keeps the published version on this device for comparing, and downloads it. A published
//! version is read-only until a new draft is started.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::{export, import};
use crate::core::edit::Edit;
use crate::core::model::{Status, Survey};
use crate::core::translation::Blocker;
use crate::core::versions::{self, Bump, PublishError};
use crate::ui::browser::download;
use crate::ui::drafts;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::language_panel::language_name;
use crate::ui::thread_view::my_stamp;

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
            .with(|s| s.as_ref().map(versions::blockers).unwrap_or_default())
    });
    // (tag, gated for approval, gated for sign-off), every language.
    let languages = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.languages
                        .iter()
                        .map(|l| {
                            let tag = l.tag.clone();
                            let approved = s.settings.require_approved.contains(&tag);
                            let signed = s.settings.require_sign_off.contains(&tag);
                            let source = tag == s.source_language;
                            (tag, approved, signed, source)
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
    // The last published version, when this device keeps it: what the proposal compares with.
    let previous: RwSignal<Option<Survey>> = RwSignal::new(None);
    let last_version = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref().and_then(|s| {
                s.changelog
                    .last()
                    .map(|entry| (s.metadata.id.clone(), entry.version.clone()))
            })
        })
    });
    Effect::new(move |_| {
        let Some((id, version)) = last_version.get() else {
            previous.set(None);
            return;
        };
        spawn_local(async move {
            let loaded = drafts::load_published(&id, &version)
                .await
                .ok()
                .flatten()
                .and_then(|json| import(&json).ok());
            previous.set(loaded);
        });
    });
    let proposal = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| previous.with(|p| versions::proposed_version(p.as_ref(), s)))
        })
    });
    let bump: RwSignal<Option<Bump>> = RwSignal::new(None);
    let version: RwSignal<Option<String>> = RwSignal::new(None);
    let note = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let chosen_bump = move || {
        bump.get()
            .or_else(|| proposal.get().map(|(b, _)| b))
            .unwrap_or(Bump::Minor)
    };
    let chosen_version = move || {
        version.get().unwrap_or_else(|| {
            let proposed = proposal.get();
            let (proposed_bump, proposed_version) =
                proposed.unwrap_or((Bump::Minor, "1.0.0".to_owned()));
            match bump.get() {
                Some(b) if b != proposed_bump => editor.survey.with(|s| {
                    s.as_ref()
                        .and_then(|s| s.changelog.last())
                        .map_or(proposed_version.clone(), |last| {
                            versions::next_version(&last.version, b)
                        })
                }),
                _ => proposed_version,
            }
        })
    };
    let set_gate = move |tag: String, sign_off: bool, on: bool| {
        editor.change_frame(|frame| {
            let gate = if sign_off {
                &mut frame.settings.require_sign_off
            } else {
                &mut frame.settings.require_approved
            };
            gate.retain(|gated| *gated != tag);
            if on {
                gate.push(tag);
            }
        });
    };
    let do_publish = move |_| {
        let ui = ui_language.get_untracked();
        let stamp = my_stamp(editor, &ui);
        let chosen = chosen_version();
        let kind = chosen_bump();
        let text = note.get_untracked();
        let Some(result) = editor.survey.with_untracked(|s| {
            s.as_ref()
                .map(|s| versions::freeze(s, &chosen, kind, stamp, &text))
        }) else {
            return;
        };
        let frozen = match result {
            Ok(frozen) => frozen,
            Err(PublishError::NotAVersion { version }) => {
                problem.set(Some(tr_args(
                    &BUILDER,
                    &ui,
                    "publish-not-a-version",
                    &args(&[("version", version)]),
                )));
                return;
            }
            Err(PublishError::NotAfter { version, last }) => {
                problem.set(Some(tr_args(
                    &BUILDER,
                    &ui,
                    "publish-not-after",
                    &args(&[("version", version), ("last", last)]),
                )));
                return;
            }
            Err(_) => return,
        };
        problem.set(None);
        let definition = versions::published_definition(&frozen);
        let json = export(&definition);
        let file = format!(
            "{}-{}.coform.json",
            frozen.metadata.id, frozen.metadata.version
        );
        let (id, number) = (frozen.metadata.id.clone(), frozen.metadata.version.clone());
        editor.edit(Edit::ReplaceFrame {
            frame: Box::new(Survey {
                pages: Vec::new(),
                choice_lists: Vec::new(),
                ..frozen
            }),
        });
        bump.set(None);
        version.set(None);
        note.set(String::new());
        download(&file, "application/json", &json);
        spawn_local(async move {
            // Without this copy the version can still be compared once its file is opened
            // again; the definition itself was downloaded.
            let _ = drafts::save_published(&id, &number, &json).await;
        });
    };
    let new_draft = move |_| {
        editor.change_frame(|frame| {
            frame.metadata.status = Status::Draft;
            frame.metadata.content_hash = None;
        });
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
            Blocker::NotSignedOff { language } => tr_args(
                &BUILDER,
                &ui,
                "publish-blocked-sign-off",
                &args(&[("language", language_name(language))]),
            ),
        }
    };
    let gate_row = move |(tag, approved, signed, source): (String, bool, bool, bool)| {
        let approve_id = format!("gate-{tag}");
        let sign_id = format!("gate-sign-{tag}");
        let tag_approve = tag.clone();
        let tag_approve_label = tag.clone();
        let tag_sign = tag.clone();
        view! {
            <tr>
                <th scope="row" lang=tag.clone()>{language_name(&tag)}</th>
                <td>
                    {(!source).then(|| view! {
                        <input id=approve_id.clone() type="checkbox" data-testid="publish-gate" data-tag=tag.clone() prop:checked=approved
                            aria-label=move || tr_args(&BUILDER, &ui_language.get(), "publish-gate-approved-for", &args(&[("language", language_name(&tag_approve_label))]))
                            on:change={
                                let tag = tag_approve.clone();
                                move |event| set_gate(tag.clone(), false, event_target_checked(&event))
                            } />
                    })}
                </td>
                <td>
                    <input id=sign_id type="checkbox" data-testid="publish-sign-off-gate" data-tag=tag.clone() prop:checked=signed
                        aria-label=move || tr_args(&BUILDER, &ui_language.get(), "publish-gate-signed-for", &args(&[("language", language_name(&tag_sign))]))
                        on:change={
                            let tag = tag.clone();
                            move |event| set_gate(tag.clone(), true, event_target_checked(&event))
                        } />
                </td>
            </tr>
        }
    };
    view! {
        <section class="publish-panel" aria-labelledby="publish-heading" data-testid="publish-panel">
            <h2 id="publish-heading">{t("publish-heading")}</h2>
            <table class="publish-gate">
                <caption>{t("publish-gate")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("publish-gate-language")}</th>
                        <th scope="col">{t("publish-gate-approved")}</th>
                        <th scope="col">{t("publish-gate-signed")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || languages.get().into_iter().map(gate_row).collect_view()}
                </tbody>
            </table>
            <p role="status" data-testid="publish-state" data-published=move || published().to_string()>
                {move || if published() {
                    tr_args(&BUILDER, &ui_language.get(), "publish-done", &args(&[("version", editor.survey.with(|s| s.as_ref().map(|s| s.metadata.version.clone()).unwrap_or_default()))]))
                } else if blockers.with(Vec::is_empty) { tr(&BUILDER, &ui_language.get(), "publish-ready") } else {
                    tr_args(&BUILDER, &ui_language.get(), "publish-blocked", &args(&[("count", blockers.with(Vec::len).to_string())]))
                }}
            </p>
            <ul class="publish-blockers" data-testid="publish-blockers">
                {move || blockers.get().iter().take(50).map(|blocker| view! { <li data-testid="publish-blocker">{blocker_text(blocker)}</li> }).collect_view()}
            </ul>
            <Show when=published fallback=move || view! {
                <div class="publish-version">
                    <label>
                        <span>{t("publish-bump")}</span>
                        <select data-testid="publish-bump" on:change=move |event| {
                            let name = event_target_value(&event);
                            bump.set(Bump::ALL.into_iter().find(|b| b.name() == name));
                            version.set(None);
                        }>
                            {Bump::ALL.into_iter().map(|b| view! {
                                <option value=b.name() selected=move || chosen_bump() == b>{move || tr(&BUILDER, &ui_language.get(), &format!("bump-{}", b.name()))}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <p class="hint" data-testid="publish-proposed">{move || proposal.get().map(|(b, v)| tr_args(&BUILDER, &ui_language.get(), "publish-proposed", &args(&[("version", v), ("kind", tr(&BUILDER, &ui_language.get(), &format!("bump-{}", b.name())))])))}</p>
                    <label>
                        <span>{t("publish-version")}</span>
                        <input type="text" data-testid="publish-version" prop:value=chosen_version
                            on:input=move |event| version.set(Some(event_target_value(&event))) />
                    </label>
                    <label>
                        <span>{t("publish-note")}</span>
                        <textarea rows="2" data-testid="publish-note" prop:value=move || note.get()
                            on:input=move |event| note.set(event_target_value(&event))></textarea>
                    </label>
                </div>
                <button type="button" data-testid="publish" disabled=move || !blockers.with(Vec::is_empty) on:click=do_publish>
                    {t("publish")}
                </button>
            }>
                <button type="button" data-testid="new-draft" on:click=new_draft>{t("publish-new-draft")}</button>
            </Show>
            <Show when=move || problem.with(Option::is_some)>
                <p role="alert" class="problem" data-testid="publish-problem">{move || problem.get()}</p>
            </Show>
        </section>
    }
}
