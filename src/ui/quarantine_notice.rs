//! Drafts that could no longer be read, as found at start: set aside (never deleted without
//! asking), reported, and offered for download so they can be sent to someone who can help.
//! The other drafts open as usual.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::browser::download;
use crate::ui::drafts::{self, Quarantined};
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// The report of quarantined drafts, shown only when there are some.
#[component]
pub fn QuarantineNotice(
    /// The drafts set aside.
    quarantined: RwSignal<Vec<Quarantined>>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let heading = move || {
        tr_args(
            &BUILDER,
            &ui_language.get(),
            "quarantine-heading",
            &args(&[("count", quarantined.with(Vec::len).to_string())]),
        )
    };
    let rows = move || {
        quarantined
            .get()
            .into_iter()
            .map(|draft| {
                let ui = ui_language.get();
                let title = if draft.title.is_empty() {
                    tr(&BUILDER, &ui, "untitled")
                } else {
                    draft.title.clone()
                };
                let file = format!("coform-set-aside-{}.json", draft.id);
                let record = serde_json::to_string_pretty(&draft).unwrap_or_default();
                let (id, confirm_title) = (draft.id.clone(), title.clone());
                let discard = move |_| {
                    let question = tr_args(
                        &BUILDER,
                        &ui_language.get_untracked(),
                        "quarantine-discard-confirm",
                        &args(&[("title", confirm_title.clone())]),
                    );
                    let confirmed = web_sys::window()
                        .and_then(|w| w.confirm_with_message(&question).ok())
                        .unwrap_or(false);
                    if confirmed {
                        let id = id.clone();
                        spawn_local(async move {
                            if drafts::discard_quarantined(&id).await.is_ok() {
                                quarantined.update(|list| list.retain(|entry| entry.id != id));
                            }
                        });
                    }
                };
                view! {
                    <li data-testid="quarantined" data-draft-id=draft.id.clone()>
                        <span class="draft-title">{title}</span>" "
                        <span class="detail" data-testid="quarantine-reason">{draft.reason.clone()}</span>" "
                        <button type="button" data-testid="quarantine-download" on:click=move |_| download(&file, "application/json", &record)>
                            {tr(&BUILDER, &ui, "quarantine-download")}
                        </button>" "
                        <button type="button" data-testid="quarantine-discard" on:click=discard>
                            {tr(&BUILDER, &ui, "quarantine-discard")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || quarantined.with(|list| !list.is_empty())>
            <div role="alert" class="save-notice" data-testid="quarantine">
                <p>{heading}</p>
                <ul>{rows}</ul>
            </div>
        </Show>
    }
}
