//! The pages of the survey: choose the page being edited (new items go at its end), add,
//! reorder and delete pages, and edit a page's id, title in the edited language and show-if
//! condition.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::edit::{Edit, unique_page_id};
use crate::core::logic_edit::sources_before_page;
use crate::core::model::Page;
use crate::ui::condition_editor::{ConditionEditor, answer_labels_memo, shown_labels};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::id_problem as id_problem_words;

/// The page editor.
#[component]
pub fn PageEditor(
    /// The editor.
    editor: EditorState,
    /// The language whose titles are edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Chosen audience values for the preview.
    audience: RwSignal<BTreeMap<String, String>>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let page = editor.page;
    let count = Memo::new(move |_| {
        editor
            .survey
            .with(|s| s.as_ref().map_or(0, |s| s.pages.len()))
    });
    let current = Memo::new(move |_| {
        editor
            .survey
            .with(|s| s.as_ref().and_then(|s| s.pages.get(page.get())).cloned())
    });
    let replace = move |change: &dyn Fn(&mut Page)| {
        let Some(mut changed) = current.get_untracked() else {
            return;
        };
        change(&mut changed);
        editor.edit(Edit::ReplacePage {
            index: page.get_untracked(),
            page: Box::new(changed),
        });
    };
    let choose = move |index: usize| {
        page.set(index);
        editor.selected.set(None);
    };
    let add = move |_| {
        let Some(id) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(unique_page_id))
        else {
            return;
        };
        let index = page.get_untracked() + 1;
        let added = Page {
            id,
            title: Default::default(),
            show_if: None,
            items: Vec::new(),
        };
        if editor.edit(Edit::InsertPage {
            index,
            page: Box::new(added),
        }) {
            choose(index);
        }
    };
    let move_by = move |delta: isize| {
        let from = page.get_untracked();
        let Some(to) = from
            .checked_add_signed(delta)
            .filter(|to| *to < count.get_untracked())
        else {
            return;
        };
        if editor.edit(Edit::MovePage { from, to }) {
            page.set(to);
        }
    };
    let delete = move |_| {
        let index = page.get_untracked();
        // The last page stays: a survey always has one.
        if count.get_untracked() > 1 && editor.edit(Edit::RemovePage { index }) {
            choose(index.saturating_sub(1));
        }
    };
    let id_problem: RwSignal<Option<String>> = RwSignal::new(None);
    let rename = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let index = page.get_untracked();
        let taken = editor.survey.with_untracked(|s| {
            s.as_ref().is_some_and(|s| {
                s.pages
                    .iter()
                    .enumerate()
                    .any(|(i, p)| i != index && p.id == value)
            })
        });
        let problem =
            id_problem_words(&ui_language.get_untracked(), &value, taken, "page-id-taken");
        if problem.is_some() {
            id_problem.set(problem);
            return;
        }
        id_problem.set(None);
        replace(&|p| p.id = value.clone());
    };
    let set_title = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let tag = language.get_untracked();
        let author = editor.author();
        replace(&|p| {
            p.title.write(&author, &tag, &text);
        });
    };
    let sources = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| sources_before_page(s, page.get()))
                .unwrap_or_default()
        })
    });
    let labels = shown_labels(
        answer_labels_memo(editor, language, audience),
        sources,
        Signal::derive(move || {
            current.with(|p| p.iter().filter_map(|p| p.show_if.clone()).collect())
        }),
    );
    let condition =
        Signal::derive(move || current.with(|p| p.as_ref().and_then(|p| p.show_if.clone())));
    let set_condition =
        Callback::new(move |condition| replace(&|p| p.show_if = Clone::clone(&condition)));
    // A memo: the options are rebuilt when pages change, not on every edit.
    let page_ids = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.iter()
                .flat_map(|s| s.pages.iter().map(|p| p.id.clone()))
                .collect::<Vec<_>>()
        })
    });
    let page_options = move || {
        page_ids.with(|ids| {
            let ui = ui_language.get();
            ids.iter()
                .enumerate()
                .map(|(index, id)| {
                    let label = tr_args(
                        &BUILDER,
                        &ui,
                        "destination-page",
                        &args(&[("number", (index + 1).to_string()), ("id", id.clone())]),
                    );
                    view! { <option value=index.to_string()>{label}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="page-editor" aria-labelledby="pages-heading" data-testid="page-editor">
            <h2 id="pages-heading">{t("pages-heading")}</h2>
            <label for="page-choose">{t("page-choose")}</label>
            <select id="page-choose" data-testid="page-choose" prop:value=move || page.get().to_string()
                on:change=move |event| {
                    if let Ok(index) = event_target_value(&event).parse() {
                        choose(index);
                    }
                }>
                {page_options}
            </select>
            <p class="hint">{t("page-new-items-hint")}</p>
            <div class="page-actions">
                <button type="button" data-testid="add-page" on:click=add>{t("add-page")}</button>
                <button type="button" data-testid="page-up" on:click=move |_| move_by(-1)>{t("page-up")}</button>
                <button type="button" data-testid="page-down" on:click=move |_| move_by(1)>{t("page-down")}</button>
                <button type="button" data-testid="delete-page" disabled=move || count.get() < 2 on:click=delete>{t("delete-page")}</button>
            </div>
            <label for="page-id">{t("page-id")}</label>
            <input id="page-id" type="text" class="code" data-testid="page-id" aria-describedby="page-id-problem"
                prop:value=move || current.with(|p| p.as_ref().map(|p| p.id.clone()).unwrap_or_default())
                on:change=rename />
            <p id="page-id-problem" class="field-error" role="alert">{move || id_problem.get()}</p>
            <label for="page-title">
                {move || tr_args(&BUILDER, &ui_language.get(), "page-title", &args(&[("language", language.get())]))}
            </label>
            <input id="page-title" type="text" data-testid="page-title" lang=move || language.get()
                prop:value=move || current.with(|p| p.as_ref().and_then(|p| p.title.get(&language.get()).map(str::to_owned)).unwrap_or_default())
                on:input=set_title />
            {move || {
                // Rebuilt per page, so each page's condition has its own controls.
                let _ = page.get();
                view! {
                    <ConditionEditor editor=editor condition=condition on_change=set_condition sources=sources labels=labels
                        language=language ui_language=ui_language audience=audience name="page-show-if" />
                }
            }}
        </section>
    }
}
