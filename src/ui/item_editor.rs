//! Edits the selected item: id (checked live; renaming updates every reference), type, texts in
//! the preview language with a picker that pipes in an earlier answer, the settings of its
//! type, show-if and required-if conditions, validation rules; move up or down or into another
//! page or section, duplicate, delete. Every change is one edit in the editor's stream, so
//! undo takes it back.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::edit::{Address, Edit, TextField, destinations, duplicate, item_at, move_into};
use crate::core::logic_edit::{piped, sources_before_item};
use crate::core::model::{Appearance, Item, ItemKind, LocalizedText, RatingScale};
use crate::ui::condition_editor::{ConditionEditor, answer_labels_memo, shown_labels};
use crate::ui::editor_state::EditorState;
use crate::ui::grid_rows_editor::GridRowsEditor;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::{id_problem as id_problem_words, item_type_name};
use crate::ui::plain_language_hints::PlainLanguageHints;
use crate::ui::sensitive_editor::SensitiveEditor;
use crate::ui::validation_rule_editor::ValidationRuleEditor;

/// The editor of the selected item.
#[component]
pub fn ItemEditor(
    /// The editor.
    editor: EditorState,
    /// The language whose text is edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Chosen audience values for the preview (labels may depend on them).
    audience: RwSignal<BTreeMap<String, String>>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    // The selected item: its address and id, and a count that moves only when another item is
    // selected. The fields are rebuilt then, and not when the selected item moves (its address
    // changes, its id does not) or is renamed (the reverse), so its controls and the focus stay.
    let rebuilds = StoredValue::new(0_u64);
    let selection: Memo<Option<(Address, String, u64)>> = Memo::new(move |previous| {
        let at = editor.selected.get()?;
        let id = editor.survey.with(|s| {
            s.as_ref()
                .and_then(|s| item_at(s, &at))
                .map(|item| item.id.clone())
        })?;
        let same = previous
            .and_then(Option::as_ref)
            .filter(|(was_at, was_id, _)| *was_at == at || *was_id == id)
            .map(|(.., count)| *count);
        let count = same.unwrap_or_else(|| {
            rebuilds.update_value(|count| *count += 1);
            rebuilds.get_value()
        });
        Some((at, id, count))
    });
    let shown = Memo::new(move |_| selection.with(|s| s.as_ref().map(|(.., count)| *count)));
    let selected = move || {
        let first = selection.with_untracked(|s| s.as_ref().map(|(at, ..)| at.clone()))?;
        let at = Memo::new(move |_| {
            selection
                .with(|s| s.as_ref().map(|(at, ..)| at.clone()))
                .unwrap_or_else(|| first.clone())
        });
        Some(Signal::from(at))
    };
    view! {
        <section class="item-editor" aria-labelledby="editor-heading" data-testid="item-editor">
            <h2 id="editor-heading">{t("editor-heading")}</h2>
            {move || match shown.get().and_then(|_| selected()) {
                None => view! { <p>{t("editor-empty")}</p> }.into_any(),
                Some(at) => view! { <ItemFields editor=editor at=at language=language ui_language=ui_language audience=audience /> }.into_any(),
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
    at: Signal<Address>,
    /// The language whose text is edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Chosen audience values for the preview.
    audience: RwSignal<BTreeMap<String, String>>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let item = {
        Memo::new(move |_| {
            editor
                .survey
                .with(|s| s.as_ref().and_then(|s| item_at(s, &at.get())).cloned())
        })
    };
    let id_problem: RwSignal<Option<String>> = RwSignal::new(None);
    let check_id = move |candidate: &str| -> Option<String> {
        let current = item.with_untracked(|item| {
            item.as_ref()
                .map(|item| item.id.clone())
                .unwrap_or_default()
        });
        let taken = candidate != current
            && editor.survey.with_untracked(|survey| {
                survey
                    .as_ref()
                    .is_some_and(|s| crate::core::edit::unique_id(s, candidate) != candidate)
            });
        id_problem_words(
            &ui_language.get_untracked(),
            candidate,
            taken,
            "issue-duplicate-id",
        )
    };

    let check_on_input = check_id;
    let rename = {
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            if check_id(&value).is_none() {
                editor.edit(Edit::RenameItem {
                    at: at.get_untracked(),
                    id: value,
                });
            }
        }
    };
    let set_kind = {
        move |event: leptos::ev::Event| {
            let name = event_target_value(&event);
            if let Some(kind) = ItemKind::ALL
                .into_iter()
                .find(|kind| kind.json_name() == name)
            {
                editor.change_item(&at.get_untracked(), |item| item.kind = kind);
            }
        }
    };
    let set_required = {
        move |event: leptos::ev::Event| {
            let on = event_target_checked(&event);
            editor.change_item(&at.get_untracked(), |item| item.required = on);
        }
    };
    let move_by = {
        move |delta: isize| {
            let at = at.get_untracked();
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
                editor.select(to);
                focus("move-up");
            }
        }
    };
    let (up, down) = (move_by, move_by);
    let duplicate_item = {
        move |_| {
            let Some(item) = item.get_untracked() else {
                return;
            };
            let copy = editor
                .survey
                .with_untracked(|survey| survey.as_ref().map(|s| duplicate(s, &item)));
            let Some(copy) = copy else { return };
            let mut after = at.get_untracked();
            if let Some(last) = after.path.last_mut() {
                *last += 1;
            }
            if editor.edit(Edit::InsertItem {
                at: after.clone(),
                item: Box::new(copy),
            }) {
                editor.select(after);
            }
        }
    };
    let delete_item = {
        move |_| {
            if editor.edit(Edit::RemoveItem {
                at: at.get_untracked(),
            }) {
                editor.selected.set(None);
            }
        }
    };
    // Rebuilt only when the type changes, so typing keeps focus.
    let kind = Memo::new(move |_| item.with(|item| item.as_ref().map(|item| item.kind)));
    let sources = {
        Memo::new(move |_| {
            editor.survey.with(|s| {
                s.as_ref()
                    .map(|s| sources_before_item(s, &at.get()))
                    .unwrap_or_default()
            })
        })
    };
    let labels = shown_labels(
        answer_labels_memo(editor, language, audience),
        sources,
        Signal::derive(move || {
            item.with(|item| {
                item.iter()
                    .flat_map(|item| [item.show_if.clone(), item.required_if.clone()])
                    .flatten()
                    .collect()
            })
        }),
    );
    let text_fields = {
        move || {
            let fields = kind.get().map(TextField::for_kind).unwrap_or_default();
            fields
                .into_iter()
                .map(|field| {
                    text_field(
                        editor,
                        at,
                        item,
                        field,
                        language,
                        ui_language,
                        (sources, labels),
                    )
                })
                .collect_view()
        }
    };
    let condition_of = move |required: bool| {
        Signal::derive(move || {
            item.with(|item| {
                item.as_ref().and_then(|item| {
                    if required {
                        item.required_if.clone()
                    } else {
                        item.show_if.clone()
                    }
                })
            })
        })
    };
    let condition_at = at;
    let set_condition = move |required: bool| {
        let at = condition_at;
        Callback::new(move |condition| {
            editor.change_item(&at.get_untracked(), |item| {
                if required {
                    item.required_if = condition
                } else {
                    item.show_if = condition
                }
            });
        })
    };
    let answers = move || kind.get().is_some_and(ItemKind::takes_answer);
    let type_editors = {
        move || {
            let kind = kind.get()?;
            Some(view! {
                {(kind == ItemKind::LikertGrid).then(|| view! {
                    <GridRowsEditor editor=editor at=at language=language ui_language=ui_language />
                })}
                {kind.takes_answer().then(|| view! {
                    <ValidationRuleEditor editor=editor at=at kind=kind language=language ui_language=ui_language />
                    <SensitiveEditor editor=editor at=at item=item language=language ui_language=ui_language />
                })}
            })
        }
    };
    // A memo: the options are rebuilt when pages or sections change, not on every edit.
    let places = Memo::new(move |_| {
        editor
            .survey
            .with(|s| s.as_ref().map(destinations).unwrap_or_default())
    });
    let move_targets = move || {
        places.with(|places| {
            Some(
                places
                    .iter()
                    .cloned()
                    .enumerate()
                    .map(|(index, destination)| {
                        let ui = ui_language.get();
                        let label = match &destination.section {
                            None => tr_args(
                                &BUILDER,
                                &ui,
                                "destination-page",
                                &args(&[
                                    ("number", (destination.page + 1).to_string()),
                                    ("id", destination.id.clone()),
                                ]),
                            ),
                            Some(_) => tr_args(
                                &BUILDER,
                                &ui,
                                "destination-section",
                                &args(&[("id", destination.id.clone())]),
                            ),
                        };
                        view! { <option value=index.to_string()>{label}</option> }
                    })
                    .collect_view(),
            )
        })
    };
    let move_select = NodeRef::<leptos::html::Select>::new();
    let move_to = {
        move |event: leptos::ev::Event| {
            let chosen = event_target_value(&event).parse::<usize>();
            if let Some(select) = move_select.get_untracked() {
                select.set_value("");
            }
            let Ok(index) = chosen else {
                return;
            };
            let edit = editor.survey.with_untracked(|s| {
                let s = s.as_ref()?;
                let destination = destinations(s).into_iter().nth(index)?;
                move_into(s, &at.get_untracked(), &destination)
            });
            if let Some(edit) = edit {
                let Edit::MoveItem { to, .. } = edit.clone() else {
                    return;
                };
                if editor.edit(edit) {
                    editor.select(to);
                    focus("move-to");
                }
            }
        }
    };
    let choice_fields = {
        move || {
            kind.get()
                .map(|kind| choice_settings(editor, at, item, kind, language, ui_language))
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

            <Show when=answers>
                <label class="choice">
                    <input type="checkbox" data-testid="edit-required" prop:checked=required_value on:change=set_required />
                    " " {t("field-required")}
                </label>
            </Show>
            <ConditionEditor editor=editor condition=condition_of(false) on_change=set_condition(false)
                sources=sources labels=labels language=language ui_language=ui_language audience=audience name="show-if" />
            <Show when=answers>
                <ConditionEditor editor=editor condition=condition_of(true) on_change=set_condition(true)
                    sources=sources labels=labels language=language ui_language=ui_language audience=audience name="required-if" />
            </Show>
            {type_editors}

            <div class="item-actions">
                <button type="button" id="move-up" data-testid="move-up" on:click=move |_| up(-1)>{t("move-up")}</button>
                <button type="button" data-testid="move-down" on:click=move |_| down(1)>{t("move-down")}</button>
                <button type="button" data-testid="duplicate-item" on:click=duplicate_item>{t("duplicate-item")}</button>
                <button type="button" data-testid="delete-item" on:click=delete_item>{t("delete-item")}</button>
                <label>
                    <span>{t("move-to")}</span>
                    <select id="move-to" node_ref=move_select data-testid="move-to" on:change=move_to>
                        <option value="">{t("move-to-choose")}</option>
                        {move_targets}
                    </select>
                </label>
            </div>
        </div>
    }
}

/// Keeps keyboard focus on a control that was re-rendered by the edit (focusing lays the page
/// out at once, so a control that kept the focus is left alone).
fn focus(id: &'static str) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        let Some(element) = crate::ui::browser::element_by_id(id) else {
            return;
        };
        let focused = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.active_element());
        if focused.as_deref() != Some(element.as_ref()) {
            let _ = element.focus();
        }
    });
}

/// One text of the item in the edited language.
fn text_field(
    editor: EditorState,
    at: Signal<Address>,
    item: Memo<Option<Item>>,
    field: TextField,
    language: RwSignal<String>,
    ui_language: RwSignal<String>,
    (sources, labels): (
        Memo<Vec<crate::core::logic_edit::Source>>,
        Memo<BTreeMap<String, String>>,
    ),
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
    let on_input = {
        move |event: leptos::ev::Event| {
            let text = event_target_value(&event);
            let tag = language.get_untracked();
            let author = editor.author();
            editor.change_item(&at.get_untracked(), |item| {
                field.set(item, &author, &tag, &text)
            });
        }
    };
    let rows = if field == TextField::Text || field == TextField::Hint {
        "3"
    } else {
        "1"
    };
    // Piping: the chosen earlier answer goes in at the caret as a Fluent placeable.
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let pipe_select = NodeRef::<leptos::html::Select>::new();
    let pipe = {
        move |event: leptos::ev::Event| {
            let chosen = event_target_value(&event);
            if chosen.is_empty() {
                return;
            }
            let tag = language.get_untracked();
            let author = editor.author();
            let current = item.with_untracked(|item| {
                item.as_ref()
                    .and_then(|item| field.of(item).get(&tag).map(str::to_owned))
                    .unwrap_or_default()
            });
            let caret = textarea
                .get_untracked()
                .and_then(|element| element.selection_start().ok().flatten())
                .map_or(current.len(), |units| byte_index(&current, units as usize));
            let mut text = current;
            text.insert_str(caret, &piped(&chosen));
            editor.change_item(&at.get_untracked(), |item| {
                field.set(item, &author, &tag, &text)
            });
            if let Some(select) = pipe_select.get_untracked() {
                select.set_value("");
            }
        }
    };
    let pipe_id = format!("pipe-{}", field.name());
    let piping = (field == TextField::Text || field == TextField::Hint).then(|| {
        let options = move || {
            let labels = labels.get();
            sources
                .get()
                .into_iter()
                .map(|source| {
                    let label = labels.get(&source.id).cloned().unwrap_or_default();
                    view! { <option value=source.id.clone()>{format!("{label} ({})", source.id)}</option> }
                })
                .collect_view()
        };
        view! {
            <label class="pipe" for=pipe_id.clone()>
                <span>{move || tr(&BUILDER, &ui_language.get(), &format!("pipe-answer-{}", field.name()))}</span>
                <select id=pipe_id.clone() class="answer-picker" node_ref=pipe_select data-testid=pipe_id.clone() disabled=move || sources.with(Vec::is_empty) on:change=pipe>
                    <option value="">{move || tr(&BUILDER, &ui_language.get(), "pipe-answer-choose")}</option>
                    {options}
                </select>
            </label>
        }
    });
    view! {
        <label for=id.clone()>{label}</label>
        <textarea id=id.clone() node_ref=textarea data-testid=id rows=rows prop:value=value lang=move || language.get() on:input=on_input></textarea>
        {piping}
        {(field == TextField::Text).then(|| view! {
            <PlainLanguageHints ui_language=ui_language text=Signal::derive(value) language=Signal::derive(move || language.get()) />
        })}
    }
}

/// The byte index of a caret given in UTF-16 code units (as the browser counts).
fn byte_index(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (index, character) in text.char_indices() {
        if counted >= units {
            return index;
        }
        counted += character.len_utf16();
    }
    text.len()
}

/// Choice list, appearance and scale settings, for the types that have them.
fn choice_settings(
    editor: EditorState,
    at: Signal<Address>,
    item: Memo<Option<Item>>,
    kind: ItemKind,
    language: RwSignal<String>,
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
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            editor.change_item(&at.get_untracked(), |item| {
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
        move |event: leptos::ev::Event| {
            let dropdown = event_target_value(&event) == "dropdown";
            editor.change_item(&at.get_untracked(), |item| {
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
    let set_scale = move |max: bool, at: Signal<Address>| {
        move |event: leptos::ev::Event| {
            let Ok(value) = event_target_value(&event).trim().parse::<i64>() else {
                return;
            };
            editor.change_item(&at.get_untracked(), |item| {
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
            <input id="edit-scale-min" type="number" step="1" data-testid="edit-scale-min" prop:value=move || scale_value(false) on:change=set_scale(false, at) />
            <label for="edit-scale-max">{t("field-scale-max")}</label>
            <input id="edit-scale-max" type="number" step="1" data-testid="edit-scale-max" prop:value=move || scale_value(true) on:change=set_scale(true, at) />
            {scale_label(editor, at, item, false, language, ui_language)}
            {scale_label(editor, at, item, true, language, ui_language)}
        })}
    }
}

/// The words at one end of a rating scale, in the edited language.
fn scale_label(
    editor: EditorState,
    at: Signal<Address>,
    item: Memo<Option<Item>>,
    max: bool,
    language: RwSignal<String>,
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let end = if max { "max" } else { "min" };
    let id = format!("edit-scale-{end}-label");
    let pick = move |scale: &RatingScale| -> LocalizedText {
        if max {
            scale.max_label.clone()
        } else {
            scale.min_label.clone()
        }
    };
    let value = move || {
        item.with(|item| {
            item.as_ref()
                .and_then(|item| item.scale.as_ref())
                .and_then(|scale| pick(scale).get(&language.get()).map(str::to_owned))
                .unwrap_or_default()
        })
    };
    let set = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let tag = language.get_untracked();
        let author = editor.author();
        editor.change_item(&at.get_untracked(), |item| {
            let (min, max_value) = crate::core::present::DEFAULT_SCALE;
            let scale = item.scale.get_or_insert(RatingScale {
                min,
                max: max_value,
                min_label: Default::default(),
                max_label: Default::default(),
            });
            let texts = if max {
                &mut scale.max_label
            } else {
                &mut scale.min_label
            };
            texts.write(&author, &tag, &text);
        });
    };
    view! {
        <label for=id.clone()>
            {move || tr_args(&BUILDER, &ui_language.get(), &format!("field-scale-{end}-label"), &args(&[("language", language.get())]))}
        </label>
        <input id=id.clone() type="text" data-testid=id lang=move || language.get() prop:value=value on:input=set />
    }
}
