//! Trauma-informed settings of a question: marked sensitive, a content note shown before it,
//! why it is asked, and the way past it that is always offered (skip, or "prefer not to
//! answer"). What a sensitive question still lacks in the language being edited is listed.

use leptos::prelude::*;

use crate::core::edit::Address;
use crate::core::model::{Item, LocalizedText, Sensitive, WayOut};
use crate::core::review::sensitive_gaps;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// The sensitive-question settings of one item.
#[component]
pub fn SensitiveEditor(
    /// The editor.
    editor: EditorState,
    /// The item's address.
    at: Signal<Address>,
    /// The item as it is now.
    item: Memo<Option<Item>>,
    /// The language being edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let sensitive = move || item.with(|i| i.as_ref().and_then(|i| i.sensitive.clone()));
    let toggle = move |event: leptos::ev::Event| {
        let on = event_target_checked(&event);
        editor.change_item(&at.get_untracked(), |item| {
            item.sensitive = on.then(|| Sensitive {
                content_note: LocalizedText::default(),
                why_we_ask: LocalizedText::default(),
                way_out: WayOut::Skip,
            });
        });
    };
    let text_of = move |why: bool| {
        move || {
            sensitive()
                .and_then(|s| {
                    let text = if why { s.why_we_ask } else { s.content_note };
                    text.get(&language.get()).map(str::to_owned)
                })
                .unwrap_or_default()
        }
    };
    let set_text = {
        move |why: bool, value: String| {
            let tag = language.get_untracked();
            let author = editor.author();
            editor.change_item(&at.get_untracked(), |item| {
                if let Some(s) = item.sensitive.as_mut() {
                    let text = if why {
                        &mut s.why_we_ask
                    } else {
                        &mut s.content_note
                    };
                    text.write(&author, &tag, &value);
                }
            });
        }
    };
    let set_note = set_text;
    let set_why = set_text;
    let set_way_out = move |event: leptos::ev::Event| {
        let way = if event_target_value(&event) == "preferNotToAnswer" {
            WayOut::PreferNotToAnswer
        } else {
            WayOut::Skip
        };
        editor.change_item(&at.get_untracked(), |item| {
            if let Some(s) = item.sensitive.as_mut() {
                s.way_out = way;
            }
        });
    };
    let gaps = move || {
        let lang = language.get();
        item.with(|i| {
            i.as_ref()
                .map(|i| sensitive_gaps(i, &lang))
                .unwrap_or_default()
        })
    };
    let field_label = move |id: &'static str| {
        move || {
            tr_args(
                &BUILDER,
                &ui_language.get(),
                id,
                &args(&[("language", language.get())]),
            )
        }
    };
    view! {
        <fieldset class="sensitive-editor" data-testid="sensitive-editor">
            <legend>{t("sensitive-heading")}</legend>
            <div class="check">
                <input id="edit-sensitive" type="checkbox" data-testid="sensitive" prop:checked=move || sensitive().is_some() on:change=toggle />
                <label for="edit-sensitive">{t("sensitive-mark")}</label>
            </div>
            <Show when=move || sensitive().is_some()>
                <label for="edit-content-note">{field_label("field-content-note")}</label>
                <textarea id="edit-content-note" rows="2" data-testid="sensitive-content-note" lang=move || language.get()
                    prop:value=text_of(false)
                    on:input={
                        let set = set_note;
                        move |event| set(false, event_target_value(&event))
                    }></textarea>
                <label for="edit-why-we-ask">{field_label("field-why-we-ask")}</label>
                <textarea id="edit-why-we-ask" rows="2" data-testid="sensitive-why" lang=move || language.get()
                    prop:value=text_of(true)
                    on:input={
                        let set = set_why;
                        move |event| set(true, event_target_value(&event))
                    }></textarea>
                <label for="edit-way-out">{t("sensitive-way-out")}</label>
                <select id="edit-way-out" data-testid="sensitive-way-out" on:change=set_way_out>
                    <option value="skip" selected=move || sensitive().is_some_and(|s| s.way_out == WayOut::Skip)>{t("sensitive-way-out-skip")}</option>
                    <option value="preferNotToAnswer" selected=move || sensitive().is_some_and(|s| s.way_out == WayOut::PreferNotToAnswer)>{t("sensitive-way-out-prefer-not")}</option>
                </select>
                <ul class="sensitive-gaps" data-testid="sensitive-gaps">
                    {move || gaps().into_iter().map(|gap| view! {
                        <li data-testid="sensitive-gap" data-gap=gap.name()>{tr(&BUILDER, &ui_language.get(), &format!("sensitive-missing-{}", gap.name()))}</li>
                    }).collect_view()}
                </ul>
            </Show>
        </fieldset>
    }
}
