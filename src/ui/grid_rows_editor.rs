//! The rows of a Likert grid: each a statement with its own id (its variable name) and text in
//! the edited language; the columns are the grid's shared choice list.

use leptos::prelude::*;

use crate::core::edit::{Address, item_at, unique_id};
use crate::core::model::{GridRow, Item};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::id_problem;

/// The grid rows editor.
#[component]
pub fn GridRowsEditor(
    /// The editor.
    editor: EditorState,
    /// Where the grid is.
    at: Signal<Address>,
    /// The language whose row texts are edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let rows = {
        Memo::new(move |_| {
            editor.survey.with(|s| {
                s.as_ref()
                    .and_then(|s| item_at(s, &at.get()))
                    .map(|item| item.rows.clone())
                    .unwrap_or_default()
            })
        })
    };
    let count = Memo::new(move |_| rows.with(Vec::len));
    let change = {
        move |change: &dyn Fn(&mut Item)| {
            editor.change_item(&at.get_untracked(), |item| change(item));
        }
    };
    let add = {
        move |_| {
            let id = editor
                .survey
                .with_untracked(|s| s.as_ref().map(|s| unique_id(s, "row")))
                .unwrap_or_default();
            change(&|item| {
                item.rows.push(GridRow {
                    id: id.clone(),
                    text: Default::default(),
                })
            });
        }
    };
    let row_views = move || {
        (0..count.get())
            .map(|index| {
                let row = move || rows.with(|rows| rows.get(index).cloned());
                let problem: RwSignal<Option<String>> = RwSignal::new(None);
                let rename = {
                    move |event: leptos::ev::Event| {
                        let value = event_target_value(&event);
                        let current = row().map(|row| row.id).unwrap_or_default();
                        let taken = value != current
                            && editor.survey.with_untracked(|s| {
                                s.as_ref().is_some_and(|s| unique_id(s, &value) != value)
                            });
                        let words = id_problem(&ui_language.get_untracked(), &value, taken, "issue-duplicate-id");
                        if words.is_some() {
                            problem.set(words);
                            return;
                        }
                        problem.set(None);
                        change(&|item| {
                            if let Some(row) = item.rows.get_mut(index) {
                                row.id = value.clone();
                            }
                        });
                    }
                };
                let set_text = {
                    move |event: leptos::ev::Event| {
                        let text = event_target_value(&event);
                        let tag = language.get_untracked();
            let author = editor.author();
                        change(&|item| {
                            if let Some(row) = item.rows.get_mut(index) {
                                row.text.write(&author, &tag, &text);
                            }
                        });
                    }
                };
                let remove = move |_| {
                    change(&|item| {
                        if index < item.rows.len() {
                            item.rows.remove(index);
                        }
                    })
                };
                let id_field = format!("grid-row-{index}-id");
                let text_field = format!("grid-row-{index}-text");
                view! {
                    <li data-testid="grid-row">
                        <label for=id_field.clone()>{t("grid-row-id")}</label>
                        <input id=id_field.clone() type="text" class="code" data-testid="grid-row-id"
                            prop:value=move || row().map(|r| r.id).unwrap_or_default() on:change=rename
                            aria-describedby=format!("{id_field}-problem") />
                        <p id=format!("{id_field}-problem") class="field-error" role="alert">{move || problem.get()}</p>
                        <label for=text_field.clone()>
                            {move || tr_args(&BUILDER, &ui_language.get(), "grid-row-text", &args(&[("language", language.get())]))}
                        </label>
                        <input id=text_field type="text" data-testid="grid-row-text" lang=move || language.get()
                            prop:value=move || row().and_then(|r| r.text.get(&language.get()).map(str::to_owned)).unwrap_or_default()
                            on:input=set_text />
                        <button type="button" data-testid="remove-grid-row" on:click=remove>{t("remove-grid-row")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="grid-rows" data-testid="grid-rows">
            <legend>{t("grid-rows-heading")}</legend>
            <ol>{row_views}</ol>
            <button type="button" data-testid="add-grid-row" on:click=add>{t("add-grid-row")}</button>
        </fieldset>
    }
}
