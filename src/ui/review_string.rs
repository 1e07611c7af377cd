//! One string under review: its current text in the review language (and the source text
//! beside it), plain-language hints, its threads, and forms to comment or suggest a wording.
//! A suggestion starts from the current text, so a reviewer edits the wording in place; the
//! edit becomes a suggestion, never a change.

use leptos::prelude::*;

use crate::core::review::{self, Thread};
use crate::core::translation::{Message, TextKey};
use crate::ui::crypto::random_uuid;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, tr};
use crate::ui::plain_language_hints::PlainLanguageHints;
use crate::ui::thread_view::{ThreadView, my_stamp};

/// A string with its threads.
#[component]
pub fn ReviewString(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// The string.
    message: Message,
    /// The language reviewed.
    language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let message_id = message.id.clone();
    let key = message.key.clone();
    let current = Memo::new(move |_| {
        let lang = language.get();
        editor.survey.with(|s| {
            s.as_ref()
                .and_then(|s| crate::core::translation::text(s, &key))
                .and_then(|text| text.get(&lang))
                .unwrap_or_default()
                .to_owned()
        })
    });
    let source_key = message.key.clone();
    let source = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .filter(|s| s.source_language != language.get())
                .and_then(|s| {
                    crate::core::translation::text(s, &source_key)
                        .and_then(|text| text.get(&s.source_language))
                        .map(|text| (s.source_language.clone(), text.to_owned()))
                })
        })
    });
    let id_for_threads = message.id.clone();
    let threads = Memo::new(move |_| {
        let lang = language.get();
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.review
                        .threads
                        .iter()
                        .filter(|t| t.message == id_for_threads && t.language == lang)
                        .cloned()
                        .collect::<Vec<Thread>>()
                })
                .unwrap_or_default()
        })
    });
    let can_decide = move || !editor.is_reviewing();
    let comment_text = RwSignal::new(String::new());
    let wording = RwSignal::new(String::new());
    let suggesting = RwSignal::new(false);
    let id_comment = message.id.clone();
    let add_comment = move |_| {
        let text = comment_text.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let ui = ui_language.get_untracked();
        let thread = review::comment(
            &random_uuid(),
            &id_comment,
            &language.get_untracked(),
            my_stamp(editor, &ui),
            &text,
        );
        if let Some(edit) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| review::add_thread(s, thread)))
        {
            editor.edit(edit);
        }
        comment_text.set(String::new());
    };
    let message_suggest = message.clone();
    let add_suggestion = move |_| {
        let text = wording.get_untracked();
        if text.trim().is_empty() || text == current.get_untracked() {
            return;
        }
        let ui = ui_language.get_untracked();
        let stamp = my_stamp(editor, &ui);
        let lang = language.get_untracked();
        let why = comment_text.get_untracked();
        let edit = editor.survey.with_untracked(|s| {
            s.as_ref().map(|s| {
                let thread = review::suggest(
                    s,
                    &random_uuid(),
                    &message_suggest,
                    &lang,
                    stamp,
                    &text,
                    &why,
                );
                review::add_thread(s, thread)
            })
        });
        if let Some(edit) = edit {
            editor.edit(edit);
        }
        comment_text.set(String::new());
        suggesting.set(false);
    };
    let field = match &message.key {
        TextKey::Item { field, .. } => Some(field.name()),
        _ => None,
    };
    let label = move || match field {
        Some(field) => tr(
            &BUILDER,
            &ui_language.get(),
            &format!("translate-field-{field}"),
        ),
        None => message_id.clone(),
    };
    let dom_id = format!("review-{}", message.id);
    let comment_id = format!("{dom_id}-comment");
    let wording_id = format!("{dom_id}-wording");
    view! {
        <section class="review-string" data-testid="review-string" data-message=message.id.clone() aria-labelledby=dom_id.clone()>
            <h3 id=dom_id.clone()>{label}</h3>
            {move || source.get().map(|(tag, text)| view! { <p class="source-text" lang=tag>{text}</p> })}
            <p class="current-text" data-testid="review-current" lang=move || language.get()>{move || current.get()}</p>
            <PlainLanguageHints ui_language=ui_language text=Signal::derive(move || current.get()) language=Signal::derive(move || language.get()) />
            <div class="threads">
                {move || threads.get().into_iter().map(|thread| view! {
                    <ThreadView editor=editor ui_language=ui_language thread=thread current=current.get_untracked() can_decide=can_decide() />
                }).collect_view()}
            </div>
            <div class="review-forms">
                <label for=comment_id.clone()>{t("review-comment-label")}</label>
                <textarea id=comment_id rows="2" data-testid="comment-text"
                    prop:value=move || comment_text.get()
                    on:input=move |event| comment_text.set(event_target_value(&event))></textarea>
                <button type="button" data-testid="add-comment" on:click=add_comment>{t("review-add-comment")}</button>
                <button type="button" data-testid="start-suggestion" aria-expanded=move || suggesting.get().to_string()
                    on:click=move |_| { wording.set(current.get_untracked()); suggesting.set(true); }>
                    {t("review-start-suggestion")}
                </button>
                <Show when=move || suggesting.get()>
                    <label for=wording_id.clone()>{t("review-wording-label")}</label>
                    <textarea id=wording_id.clone() rows="3" data-testid="suggestion-text" lang=move || language.get()
                        prop:value=move || wording.get()
                        on:input=move |event| wording.set(event_target_value(&event))></textarea>
                    <button type="button" data-testid="add-suggestion" on:click=add_suggestion.clone()>{t("review-add-suggestion")}</button>
                    <button type="button" data-testid="cancel-suggestion" on:click=move |_| suggesting.set(false)>{t("review-cancel")}</button>
                </Show>
            </div>
        </section>
    }
}
