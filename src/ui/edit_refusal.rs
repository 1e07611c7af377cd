//! Says why the last change was not made, when it would have taken the survey over one of
//! coform's limits (see `core::limits`): the survey is unchanged, and the person should know.

use leptos::prelude::*;

use crate::core::edit::EditError;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// The refusal notice, shown only after a refused edit.
#[component]
pub fn EditRefusal(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let message = move || match editor.refused.get() {
        Some(EditError::OverLimit { what, limit }) => {
            let what = serde_json::to_value(what)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default();
            Some(tr_args(
                &BUILDER,
                &ui_language.get(),
                "edit-over-limit",
                &args(&[("what", what), ("limit", limit.to_string())]),
            ))
        }
        _ => None,
    };
    view! {
        {move || message().map(|text| view! {
            <div role="alert" class="save-notice" data-testid="edit-refused">
                <p>{text}</p>
                <button type="button" data-testid="edit-refused-dismiss" on:click=move |_| editor.refused.set(None)>
                    {tr(&BUILDER, &ui_language.get_untracked(), "edit-over-limit-dismiss")}
                </button>
            </div>
        })}
    }
}
