//! What the builder says when work is at risk: the browser's storage is full or refused (the
//! changes live in this tab only, so a file copy is offered at once), or another tab has the
//! same draft open or saved it meanwhile (the person chooses whose version goes on).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::export;
use crate::ui::browser::download;
use crate::ui::editor_state::{EditorState, SaveState, TabConflict};
use crate::ui::i18n::{BUILDER, tr};

/// The notice under the save state, shown only while there is something to say.
#[component]
pub fn SaveNotice(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let save_copy = move |_| {
        editor.survey.with_untracked(|survey| {
            if let Some(survey) = survey {
                let name = format!(
                    "{}-{}.coform.json",
                    survey.metadata.id, survey.metadata.version
                );
                download(&name, "application/json", &export(survey));
            }
        });
    };
    let storage_problem = move || match editor.save_state.get() {
        SaveState::Full(detail) => Some(("storage-full", detail)),
        SaveState::Unavailable(detail) => Some(("storage-unavailable", detail)),
        _ => None,
    };
    let storage_notice = move || {
        storage_problem().map(|(message, detail)| {
            view! {
                <div role="alert" class="save-notice" data-testid="storage-warning" data-problem=message>
                    <p>{t(message)}</p>
                    <p class="detail" data-testid="storage-detail">{detail}</p>
                    <button type="button" data-testid="save-copy" on:click=save_copy>{t("save-copy")}</button>
                    " "
                    <button type="button" data-testid="save-retry" on:click=move |_| editor.retry_save()>{t("save-retry")}</button>
                </div>
            }
        })
    };
    let load_theirs = move |_| spawn_local(editor.load_other_tabs_version());
    let keep_mine = move |_| editor.keep_as_new_draft();
    let dismiss = move |_| editor.conflict.set(None);
    let tab_notice = move || {
        match editor.conflict.get() {
        None => None,
        Some(TabConflict::AlsoOpen) => Some(view! {
            <div role="status" class="save-notice" data-testid="tab-notice" data-conflict="also-open">
                <p>{t("tab-also-open")}</p>
                <button type="button" data-testid="tab-fork" on:click=keep_mine>{t("tab-fork")}</button>
                " "
                <button type="button" data-testid="tab-dismiss" on:click=dismiss>{t("tab-dismiss")}</button>
            </div>
        }.into_any()),
        Some(TabConflict::ChangedElsewhere) => Some(view! {
            <div role="alert" class="save-notice" data-testid="tab-notice" data-conflict="changed-elsewhere">
                <p>{t("tab-changed-elsewhere")}</p>
                <button type="button" data-testid="tab-reload" on:click=load_theirs>{t("tab-reload")}</button>
                " "
                <button type="button" data-testid="tab-fork" on:click=keep_mine>{t("tab-fork")}</button>
                " "
                <button type="button" data-testid="save-copy" on:click=save_copy>{t("save-copy")}</button>
            </div>
        }.into_any()),
    }
    };
    view! {
        {storage_notice}
        {tab_notice}
    }
}
