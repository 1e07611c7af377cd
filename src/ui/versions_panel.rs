//! Versions: every published version from the changelog (version, kind of change, who,
//! when, note), and a comparison of any two of them, or of one with the current draft:
//! items added, removed, moved and retyped, logic changed, answer codes, languages, and each
//! changed text word by word. Published versions are read from this device's store.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::import;
use crate::core::model::Survey;
use crate::core::versions::{self, VersionDiff, WordKind};
use crate::ui::drafts;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::language_panel::language_name;
use crate::ui::thread_view::stamp_text;

/// The value of the "current draft" choice in the compare menus.
const CURRENT: &str = "";

/// The versions panel.
#[component]
pub fn VersionsPanel(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let entries = Memo::new(move |_| {
        editor
            .survey
            .with(|s| s.as_ref().map(|s| s.changelog.clone()).unwrap_or_default())
    });
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(CURRENT.to_owned());
    // When versions appear, compare the last two by default.
    Effect::new(move |_| {
        let list = entries.get();
        let n = list.len();
        if n >= 2 {
            from.set(list[n - 2].version.clone());
            to.set(list[n - 1].version.clone());
        } else if n == 1 {
            from.set(list[0].version.clone());
            to.set(CURRENT.to_owned());
        }
    });
    let diff: RwSignal<Option<VersionDiff>> = RwSignal::new(None);
    let missing: RwSignal<Option<String>> = RwSignal::new(None);
    let compare = move |_| {
        let (a, b) = (from.get_untracked(), to.get_untracked());
        let Some((id, current)) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| (s.metadata.id.clone(), s.clone())))
        else {
            return;
        };
        spawn_local(async move {
            async fn version_of(id: &str, version: &str, current: &Survey) -> Option<Survey> {
                if version == CURRENT {
                    return Some(current.clone());
                }
                let json = drafts::load_published(id, version).await.ok().flatten()?;
                import(&json).ok()
            }
            let old = version_of(&id, &a, &current).await;
            let new = version_of(&id, &b, &current).await;
            match (old, new) {
                (Some(old), Some(new)) => {
                    missing.set(None);
                    diff.set(Some(versions::compare(&old, &new)));
                }
                (None, _) => {
                    diff.set(None);
                    missing.set(Some(a));
                }
                (_, None) => {
                    diff.set(None);
                    missing.set(Some(b));
                }
            }
        });
    };
    let choice = move |signal: RwSignal<String>, test_id: &'static str, label: &'static str| {
        view! {
            <label>
                <span>{t(label)}</span>
                <select data-testid=test_id on:change=move |event| signal.set(event_target_value(&event))>
                    {move || entries.get().into_iter().map(|entry| {
                        let selected = entry.version == signal.get_untracked();
                        view! { <option value=entry.version.clone() selected=selected>{entry.version.clone()}</option> }
                    }).collect_view()}
                    <option value=CURRENT selected=move || signal.get() == CURRENT>{t("versions-current")}</option>
                </select>
            </label>
        }
    };
    let id_list = move |test_id: &'static str, heading: &'static str, ids: Vec<String>| {
        (!ids.is_empty()).then(|| {
            view! {
                <h3>{t(heading)}</h3>
                <ul data-testid=test_id>
                    {ids.into_iter().map(|id| view! { <li><code>{id}</code></li> }).collect_view()}
                </ul>
            }
        })
    };
    let diff_view = move || {
        let diff = diff.get()?;
        let empty = diff.is_empty();
        let VersionDiff {
            added,
            removed,
            moved,
            retyped,
            logic,
            codes_added,
            codes_removed,
            texts,
            languages,
        } = diff;
        Some(view! {
            <div class="version-diff" data-testid="version-diff">
                {empty.then(|| view! { <p data-testid="diff-empty">{t("versions-no-change")}</p> })}
                {id_list("diff-added", "versions-added", added)}
                {id_list("diff-removed", "versions-removed", removed)}
                {id_list("diff-moved", "versions-moved", moved)}
                {id_list("diff-retyped", "versions-retyped", retyped)}
                {id_list("diff-logic", "versions-logic", logic)}
                {id_list("diff-codes-added", "versions-codes-added", codes_added)}
                {id_list("diff-codes-removed", "versions-codes-removed", codes_removed)}
                {id_list("diff-languages", "versions-languages", languages)}
                {(!texts.is_empty()).then(|| view! {
                    <h3>{t("versions-texts")}</h3>
                    <ul data-testid="diff-texts">
                        {texts.into_iter().map(|change| view! {
                            <li data-testid="diff-text" data-message=change.message.clone() data-language=change.language.clone()>
                                <code>{change.message.clone()}</code>
                                " · "
                                <span>{language_name(&change.language)}</span>
                                <p class="word-diff" lang=change.language.clone()>
                                    {change.words.into_iter().map(|run| match run.kind {
                                        WordKind::Same => view! { <span>{run.text}</span> }.into_any(),
                                        WordKind::Removed => view! { <del data-testid="word-removed">{run.text}</del> }.into_any(),
                                        WordKind::Added => view! { <ins data-testid="word-added">{run.text}</ins> }.into_any(),
                                    }).collect_view()}
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            </div>
        })
    };
    view! {
        <section class="versions-panel" aria-labelledby="versions-heading" data-testid="versions-panel">
            <h2 id="versions-heading">{t("versions-heading")}</h2>
            <Show when=move || !entries.with(Vec::is_empty) fallback=move || view! { <p>{t("versions-none")}</p> }>
                <ol class="versions" data-testid="versions">
                    {move || entries.get().into_iter().rev().map(|entry| {
                        let ui = ui_language.get();
                        view! {
                            <li data-testid="version-row" data-version=entry.version.clone()>
                                <strong>{entry.version.clone()}</strong>
                                " "
                                <span class="badge">{tr(&BUILDER, &ui, &format!("bump-{}", entry.bump.name()))}</span>
                                " "
                                <span>{stamp_text(&ui, &entry.by)}</span>
                                {(!entry.note.is_empty()).then(|| view! { <p class="note">{entry.note.clone()}</p> })}
                                <code class="hash">{entry.content_hash.chars().take(19).collect::<String>()}</code>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                <div class="compare">
                    {choice(from, "compare-from", "versions-from")}
                    {choice(to, "compare-to", "versions-to")}
                    <button type="button" data-testid="compare" on:click=compare>{t("versions-compare")}</button>
                </div>
                <Show when=move || missing.with(Option::is_some)>
                    <p role="alert" data-testid="compare-missing">{move || tr_args(&BUILDER, &ui_language.get(), "versions-not-here", &args(&[("version", missing.get().unwrap_or_default())]))}</p>
                </Show>
                {diff_view}
            </Show>
        </section>
    }
}
