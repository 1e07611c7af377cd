//! Edits the selected item: id (checked live; renaming updates every reference), type, text in
//! the preview language, required; move up or down, duplicate, delete. Every change is one
//! edit in the editor's stream, so undo takes it back.

use leptos::prelude::*;

use crate::core::edit::{Address, Edit, TextField, duplicate, item_at};
use crate::core::model::{Appearance, Item, ItemKind, RatingScale};
use crate::core::validate::is_valid_id;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::item_type_name;

/// The editor of the selected item.
#[component]
pub fn ItemEditor(
    /// The editor.
    editor: EditorState,
    /// The language whose text is edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    // Rebuilt only when the selection moves, so typing in a field keeps its focus.
    let selected = Memo::new(move |_| {
        editor.selected.get().filter(|at| {
            editor
                .survey
                .with(|s| s.as_ref().and_then(|s| item_at(s, at)).is_some())
        })
    });
    view! {
        <section class="item-editor" aria-labelledby="editor-heading" data-testid="item-editor">
            <h2 id="editor-heading">{t("editor-heading")}</h2>
            {move || match selected.get() {
                None => view! { <p>{t("editor-empty")}</p> }.into_any(),
                Some(at) => view! { <ItemFields editor=editor at=at language=language ui_language=ui_language /> }.into_any(),
            }}
        </section>
    }
}

/// The fields of one item.
#[component]
fn ItemFields(
    /// The editor.
    editor: EditorState,
    /// Where the item is.
    at: Address,
    /// The language whose text is edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let item = {
        let at = at.clone();
        Memo::new(move |_| {
            editor
                .survey
                .with(|s| s.as_ref().and_then(|s| item_at(s, &at)).cloned())
        })
    };
    let id_problem: RwSignal<Option<String>> = RwSignal::new(None);
    let check_id = {
        move |candidate: &str| -> Option<String> {
            let current = item.with_untracked(|item| {
                item.as_ref()
                    .map(|item| item.id.clone())
                    .unwrap_or_default()
            });
            let ui = ui_language.get_untracked();
            if !is_valid_id(candidate) {
                return Some(tr_args(
                    &BUILDER,
                    &ui,
                    "issue-invalid-id",
                    &args(&[("id", candidate.to_owned())]),
                ));
            }
            let taken = candidate != current
                && editor.survey.with_untracked(|survey| {
                    survey
                        .as_ref()
                        .is_some_and(|s| crate::core::edit::unique_id(s, candidate) != candidate)
                });
            taken.then(|| {
                tr_args(
                    &BUILDER,
                    &ui,
                    "issue-duplicate-id",
                    &args(&[("id", candidate.to_owned())]),
                )
            })
        }
    };
    let check_on_input = check_id;
    let rename = {
        let at = at.clone();
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            if check_id(&value).is_none() {
                editor.edit(Edit::RenameItem {
                    at: at.clone(),
                    id: value,
                });
            }
        }
    };
    let set_kind = {
        let at = at.clone();
        move |event: leptos::ev::Event| {
            let name = event_target_value(&event);
            if let Some(kind) = ItemKind::ALL
                .into_iter()
                .find(|kind| kind.json_name() == name)
            {
                editor.change_item(&at, |item| item.kind = kind);
            }
        }
    };
    let set_required = {
        let at = at.clone();
        move |event: leptos::ev::Event| {
            let on = event_target_checked(&event);
            editor.change_item(&at, |item| item.required = on);
        }
    };
    let move_by = {
        let at = at.clone();
        move |delta: isize| {
            let Some(last) = at.path.last().copied() else {
                return;
            };
            let Some(target) = last.checked_add_signed(delta) else {
                return;
            };
            let mut to = at.clone();
            if let Some(slot) = to.path.last_mut() {
                *slot = target;
            }
            if editor.edit(Edit::MoveItem {
                from: at.clone(),
                to: to.clone(),
            }) {
                editor.selected.set(Some(to));
                focus("move-up");
            }
        }
    };
    let (up, down) = (move_by.clone(), move_by);
    let duplicate_item = {
        let at = at.clone();
        move |_| {
            let Some(item) = item.get_untracked() else {
                return;
            };
            let copy = editor
                .survey
                .with_untracked(|survey| survey.as_ref().map(|s| duplicate(s, &item)));
            let Some(copy) = copy else { return };
            let mut after = at.clone();
            if let Some(last) = after.path.last_mut() {
                *last += 1;
            }
            if editor.edit(Edit::InsertItem {
                at: after.clone(),
                item: Box::new(copy),
            }) {
                editor.selected.set(Some(after));
            }
        }
    };
    let delete_item = {
        let at = at.clone();
        move |_| {
            if editor.edit(Edit::RemoveItem { at: at.clone() }) {
                editor.selected.set(None);
            }
        }
    };
    // Rebuilt only when the type changes, so typing keeps focus.
    let kind = Memo::new(move |_| item.with(|item| item.as_ref().map(|item| item.kind)));
    let text_fields = {
        let at = at.clone();
        move || {
            let fields = kind.get().map(TextField::for_kind).unwrap_or_default();
            fields
                .into_iter()
                .map(|field| text_field(editor, at.clone(), item, field, language, ui_language))
                .collect_view()
        }
    };
    let choice_fields = {
        let at = at.clone();
        move || {
            kind.get()
                .map(|kind| choice_settings(editor, at.clone(), item, kind, ui_language))
        }
    };
    let id_value = move || {
        item.with(|item| {
            item.as_ref()
                .map(|item| item.id.clone())
                .unwrap_or_default()
        })
    };
    let kind_value = move || {
        item.with(|item| {
            item.as_ref()
                .map(|item| item.kind.json_name())
                .unwrap_or_default()
        })
    };
    let required_value = move || item.with(|item| item.as_ref().is_some_and(|item| item.required));
    view! {
        <div class="item-fields">
            <label for="edit-id">{t("field-id")}</label>
            <input id="edit-id" type="text" data-testid="edit-id" prop:value=id_value aria-describedby="edit-id-problem"
                on:input=move |event| id_problem.set(check_on_input(&event_target_value(&event)))
                on:change=rename />
            <p id="edit-id-problem" class="field-error" role="alert">{move || id_problem.get()}</p>

            <label for="edit-type">{t("field-type")}</label>
            <select id="edit-type" data-testid="edit-type" prop:value=kind_value on:change=set_kind>
                {ItemKind::ALL.into_iter().map(|option| view! {
                    <option value=option.json_name()>{move || item_type_name(&ui_language.get(), option)}</option>
                }).collect_view()}
            </select>

            {text_fields}
            {choice_fields}

            <label class="choice">
                <input type="checkbox" data-testid="edit-required" prop:checked=required_value on:change=set_required />
                " " {t("field-required")}
            </label>

            <div class="item-actions">
                <button type="button" id="move-up" data-testid="move-up" on:click=move |_| up(-1)>{t("move-up")}</button>
                <button type="button" data-testid="move-down" on:click=move |_| down(1)>{t("move-down")}</button>
                <button type="button" data-testid="duplicate-item" on:click=duplicate_item>{t("duplicate-item")}</button>
                <button type="button" data-testid="delete-item" on:click=delete_item>{t("delete-item")}</button>
            </div>
        </div>
    }
}

/// Keeps keyboard focus on a control that was re-rendered by the edit.
fn focus(id: &'static str) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        if let Some(element) = crate::ui::browser::element_by_id(id) {
            let _ = element.focus();
        }
    });
}

/// One text of the item in the edited language.
fn text_field(
    editor: EditorState,
    at: Address,
    item: Memo<Option<Item>>,
    field: TextField,
    language: RwSignal<String>,
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let id = format!("edit-{}", field.name());
    let label = move || {
        tr_args(
            &BUILDER,
            &ui_language.get(),
            &format!("field-{}", field.name()),
            &args(&[("language", language.get())]),
        )
    };
    let value = move || {
        item.with(|item| {
            item.as_ref()
                .and_then(|item| field.of(item).get(&language.get()).map(str::to_owned))
                .unwrap_or_default()
        })
    };
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let tag = language.get_untracked();
        editor.change_item(&at, |item| field.set(item, &tag, &text));
    };
    let rows = if field == TextField::Text || field == TextField::Hint {
        "3"
    } else {
        "1"
    };
    view! {
        <label for=id.clone()>{label}</label>
        <textarea id=id.clone() data-testid=id rows=rows prop:value=value lang=move || language.get() on:input=on_input></textarea>
    }
}

/// Choice list, appearance and scale settings, for the types that have them.
fn choice_settings(
    editor: EditorState,
    at: Address,
    item: Memo<Option<Item>>,
    kind: ItemKind,
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let lists = move || editor.choice_list_ids();
    let current_list = move || {
        item.with(|item| {
            item.as_ref()
                .and_then(|item| item.choices.clone())
                .unwrap_or_default()
        })
    };
    let set_list = {
        let at = at.clone();
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            editor.change_item(&at, |item| {
                item.choices = (!value.is_empty()).then_some(value)
            });
        }
    };
    let appearance = move || {
        item.with(
            |item| match item.as_ref().and_then(|item| item.appearance) {
                Some(Appearance::Dropdown) => "dropdown",
                _ => "radio",
            },
        )
    };
    let set_appearance = {
        let at = at.clone();
        move |event: leptos::ev::Event| {
            let dropdown = event_target_value(&event) == "dropdown";
            editor.change_item(&at, |item| {
                item.appearance = dropdown.then_some(Appearance::Dropdown)
            });
        }
    };
    let scale_value = move |max: bool| {
        item.with(|item| {
            let scale = item.as_ref().and_then(|item| item.scale.as_ref());
            let (min, max_value) = scale.map_or(crate::core::present::DEFAULT_SCALE, |scale| {
                (scale.min, scale.max)
            });
            if max { max_value } else { min }.to_string()
        })
    };
    let set_scale = move |max: bool, at: Address| {
        move |event: leptos::ev::Event| {
            let Ok(value) = event_target_value(&event).trim().parse::<i64>() else {
                return;
            };
            editor.change_item(&at, |item| {
                let (min, max_value) = item
                    .scale
                    .as_ref()
                    .map_or(crate::core::present::DEFAULT_SCALE, |scale| {
                        (scale.min, scale.max)
                    });
                let scale = item.scale.get_or_insert(RatingScale {
                    min,
                    max: max_value,
                    min_label: Default::default(),
                    max_label: Default::default(),
                });
                if max {
                    scale.max = value
                } else {
                    scale.min = value
                }
            });
        }
    };
    view! {
        {kind.uses_choices().then(|| view! {
            <label for="edit-choices">{t("field-choices")}</label>
            <select id="edit-choices" data-testid="edit-choices" prop:value=current_list on:change=set_list>
                <option value="">{t("choices-none")}</option>
                {move || lists().into_iter().map(|id| view! { <option value=id.clone()>{id.clone()}</option> }).collect_view()}
            </select>
        })}
        {(kind == ItemKind::SingleChoice).then(|| view! {
            <label for="edit-appearance">{t("field-appearance")}</label>
            <select id="edit-appearance" data-testid="edit-appearance" prop:value=appearance on:change=set_appearance>
                <option value="radio">{t("appearance-radio")}</option>
                <option value="dropdown">{t("appearance-dropdown")}</option>
            </select>
        })}
        {(kind == ItemKind::Rating).then(|| view! {
            <label for="edit-scale-min">{t("field-scale-min")}</label>
            <input id="edit-scale-min" type="number" step="1" data-testid="edit-scale-min" prop:value=move || scale_value(false) on:change=set_scale(false, at.clone()) />
            <label for="edit-scale-max">{t("field-scale-max")}</label>
            <input id="edit-scale-max" type="number" step="1" data-testid="edit-scale-max" prop:value=move || scale_value(true) on:change=set_scale(true, at.clone()) />
        })}
    }
}
