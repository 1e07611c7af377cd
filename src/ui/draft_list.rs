//! The drafts saved in this browser, with title and date: open one, or delete it after
//! confirming.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::import;
use crate::ui::drafts::{self, DraftSummary};
use crate::ui::editor_state::{EditorState, SaveState};
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// The drafts list.
#[component]
pub fn DraftList(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let list: RwSignal<Vec<DraftSummary>> = RwSignal::new(Vec::new());
    let refresh = move || {
        spawn_local(async move {
            if let Ok(found) = drafts::list().await {
                list.set(found);
            }
        });
    };
    // Load at once, then whenever a save completes (a new draft appears, a title changes) or
    // drafts were set aside.
    Effect::new(move |previous: Option<u64>| {
        // Read both first, so the effect depends on them from its first run.
        let saved = editor.save_state.get() == SaveState::Saved;
        let changed = editor.drafts_changed.get();
        if previous != Some(changed) || saved {
            refresh();
        }
        changed
    });
    let summary = move || {
        tr_args(
            &BUILDER,
            &ui_language.get(),
            "drafts-heading",
            &args(&[("count", list.with(Vec::len).to_string())]),
        )
    };
    view! {
        <details class="drafts" data-testid="drafts">
            <summary>{summary}</summary>
            <ul>
                {move || list.get().into_iter().map(|draft| {
                    let ui = ui_language.get();
                    let title = if draft.title.is_empty() { tr(&BUILDER, &ui, "untitled") } else { draft.title.clone() };
                    let date = crate::ui::browser::format_date_time(&ui, &draft.updated_at);
                    let is_current = draft.id == editor.draft_id.get();
                    let (open_id, delete_id, delete_title) = (draft.id.clone(), draft.id.clone(), title.clone());
                    view! {
                        <li data-testid="draft" data-draft-id=draft.id.clone() aria-current=is_current.then_some("true")>
                            <span class="draft-title">{title}</span>" "
                            <time datetime=draft.updated_at.clone()>{date}</time>" "
                            <button type="button" data-testid="draft-open" on:click=move |_| {
                                let id = open_id.clone();
                                spawn_local(async move {
                                    if let Ok(Some(stored)) = drafts::load(&id).await
                                        && let Ok(survey) = import(&stored.json)
                                    {
                                        editor.open_draft(id, survey, stored.revision);
                                    }
                                });
                            }>{tr(&BUILDER, &ui, "draft-open")}</button>
                            <button type="button" data-testid="draft-delete" on:click=move |_| {
                                let question = tr_args(&BUILDER, &ui_language.get_untracked(), "draft-delete-confirm", &args(&[("title", delete_title.clone())]));
                                let confirmed = web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
                                if confirmed {
                                    let id = delete_id.clone();
                                    spawn_local(async move {
                                        let _ = drafts::delete(&id).await;
                                        refresh();
                                    });
                                }
                            }>{tr(&BUILDER, &ui, "draft-delete")}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
