//! The builder's outline: every page under its own heading, and the items of the open pages
//! with their type and text in the preview language and the issues that concern them.
//!
//! The page being edited is open, the others closed until the author opens them (the heading
//! is a button with `aria-expanded`): a survey of a thousand items opens on one page's rows,
//! not on a thousand.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use leptos::prelude::*;

use crate::core::edit::{Address, Edit, drop_onto};
use crate::core::fluent::Context;
use crate::core::issue::Issue;
use crate::core::present::OutlineRow;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::{issue_message, item_type_name};

/// One outline row as shown: the row, its issues in words, and the languages it is shown in.
#[derive(Clone, PartialEq, Eq, Hash)]
struct ShownRow {
    row: OutlineRow,
    issues: Vec<String>,
    threads: usize,
    ui: String,
    lang: String,
    dir: &'static str,
}

/// The list of items.
#[component]
pub fn ItemList(
    /// The editor (the survey shown and the selection).
    editor: EditorState,
    /// The language the item texts are shown in.
    language: RwSignal<String>,
    /// Chosen audience values for the preview.
    audience: RwSignal<BTreeMap<String, String>>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Current validation issues.
    issues: Memo<Vec<Issue>>,
) -> impl IntoView {
    let survey = editor.survey;
    let selected = editor.selected;
    // The row being dragged; dropping it on another row moves it there (one edit).
    let dragging: RwSignal<Option<Address>> = RwSignal::new(None);
    let drop_on = move |target: Address| {
        let Some(from) = dragging.get_untracked() else {
            return;
        };
        dragging.set(None);
        let edit = survey.with_untracked(|s| s.as_ref().and_then(|s| drop_onto(s, &from, &target)));
        if let Some(edit) = edit {
            let Edit::MoveItem { to, .. } = edit.clone() else {
                return;
            };
            if editor.edit(edit) {
                editor.select(to);
            }
        }
    };
    // Texts are kept between edits, so typing in one label resolves that label, not all.
    let texts = editor.texts;
    let rows = Memo::new(move |_| {
        let context = Context {
            audience: audience.get(),
            answers: BTreeMap::new(),
        };
        let language = language.get();
        survey.with(|survey| {
            survey
                .as_ref()
                .map(|survey| {
                    texts
                        .try_update_value(|texts| texts.outline(survey, &language, &context))
                        .unwrap_or_default()
                })
                .unwrap_or_default()
        })
    });
    let direction = move || {
        survey.with(|survey| {
            survey
                .as_ref()
                .map(|s| s.direction(&language.get()).as_html())
                .unwrap_or("ltr")
        })
    }; // Each row with everything it shows: a row is rebuilt only when something in it changed,
    // so typing in one item's label touches one row of a thousand.
    let threads = Memo::new(move |_| {
        survey.with(|s| {
            s.as_ref()
                .map(crate::core::review::open_counts)
                .unwrap_or_default()
        })
    });
    // The pages by id, in order.
    let pages = Memo::new(move |_| {
        survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.pages
                        .iter()
                        .map(|page| page.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Pages opened or closed by the author; the page being edited is open unless closed.
    let opened: RwSignal<BTreeSet<String>> = RwSignal::new(BTreeSet::new());
    let closed: RwSignal<BTreeSet<String>> = RwSignal::new(BTreeSet::new());
    // Going to a page (choosing it, or an item on it) opens it, and it stays open when the
    // editor moves on, until the author closes it.
    Effect::new(move |_| {
        let page = editor.page.get();
        let Some(id) = pages.with(|ids| ids.get(page).cloned()) else {
            return;
        };
        if closed.with_untracked(|closed| closed.contains(&id)) {
            closed.update(|closed| {
                closed.remove(&id);
            });
        }
        if !opened.with_untracked(|opened| opened.contains(&id)) {
            opened.update(|opened| {
                opened.insert(id);
            });
        }
    });
    // The rows of each page, in page order.
    let shown = Memo::new(move |_| {
        let ui = ui_language.get();
        let lang = language.get();
        let dir = direction();
        let mut by_item: HashMap<String, Vec<String>> = HashMap::new();
        issues.with(|issues| {
            for issue in issues {
                if let Some(item) = &issue.location.item {
                    by_item
                        .entry(item.clone())
                        .or_default()
                        .push(issue_message(&ui, issue));
                }
            }
        });
        let mut by_page: Vec<Vec<ShownRow>> = vec![Vec::new(); pages.with(Vec::len)];
        rows.with(|rows| {
            for row in rows {
                if let Some(page) = by_page.get_mut(row.page) {
                    page.push(ShownRow {
                        issues: by_item.get(&row.id).cloned().unwrap_or_default(),
                        threads: threads.with(|t| t.get(&row.id).copied().unwrap_or(0)),
                        row: row.clone(),
                        ui: ui.clone(),
                        lang: lang.clone(),
                        dir,
                    });
                }
            }
        });
        by_page
    });
    let row_view = move |shown: ShownRow| {
        let ShownRow {
            row,
            issues: item_issues,
            threads: open_threads,
            ui,
            lang,
            dir,
        } = shown;
        let has_issues = !item_issues.is_empty();
        let address = row.address.clone();
        let select_address = row.address.clone();
        let drag_address = row.address.clone();
        let drop_address = row.address.clone();
        view! {
            <li class="item-row" class:has-issues=has_issues data-testid="item" data-item-id=row.id.clone() style=("--depth", row.depth.to_string())
                draggable="true"
                on:dragstart=move |event: leptos::ev::DragEvent| {
                    if let Some(transfer) = event.data_transfer() {
                        transfer.set_effect_allowed("move");
                        let _ = transfer.set_data("text/plain", "");
                    }
                    dragging.set(Some(drag_address.clone()));
                }
                on:dragover=move |event: leptos::ev::DragEvent| {
                    if dragging.with_untracked(Option::is_some) {
                        event.prevent_default();
                    }
                }
                on:drop=move |event: leptos::ev::DragEvent| {
                    event.prevent_default();
                    drop_on(drop_address.clone());
                }
                on:dragend=move |_| dragging.set(None)>
                <span class="item-type">{item_type_name(&ui, row.kind)}</span>
                <code class="item-id">{row.id.clone()}</code>
                <button type="button" class="item-text" data-testid="select-item" lang=lang dir=dir
                    aria-pressed=move || (selected.get().as_ref() == Some(&address)).to_string()
                    on:click=move |_| editor.select(select_address.clone())>
                    {row.text.clone()}
                </button>
                {row.required.then(|| view! { <span class="badge">{tr(&BUILDER, &ui, "item-required")}</span> })}
                {row.conditional.then(|| view! { <span class="badge">{tr(&BUILDER, &ui, "item-shown-if")}</span> })}
                {(open_threads > 0).then(|| view! {
                    <span class="badge threads" data-testid="thread-count">
                        {tr_args(&BUILDER, &ui, "item-open-threads", &args(&[("count", open_threads.to_string())]))}
                    </span>
                })}
                <ul class="item-issues">
                    {item_issues.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                </ul>
            </li>
        }
    };
    let count = move || {
        let ui = ui_language.get();
        tr_args(
            &BUILDER,
            &ui,
            "items-count",
            &args(&[("count", rows.with(Vec::len).to_string())]),
        )
    };

    let page_view = move |index: usize, id: String| {
        let open = {
            let id = id.clone();
            Memo::new(move |_| {
                opened.with(|opened| opened.contains(&id))
                    || (editor.page.get() == index && !closed.with(|closed| closed.contains(&id)))
            })
        };
        let toggle = {
            let id = id.clone();
            move |_| {
                let (open_now, id) = (open.get_untracked(), id.clone());
                opened.update(|opened| {
                    if open_now {
                        opened.remove(&id);
                    } else {
                        opened.insert(id.clone());
                    }
                });
                closed.update(|closed| {
                    if open_now {
                        closed.insert(id);
                    } else {
                        closed.remove(&id);
                    }
                });
            }
        };
        let list_id = format!("outline-page-{index}");
        let name = {
            let id = id.clone();
            move || {
                tr_args(
                    &BUILDER,
                    &ui_language.get(),
                    "destination-page",
                    &args(&[("number", (index + 1).to_string()), ("id", id.clone())]),
                )
            }
        };
        let page_count = move || {
            let count = shown.with(|pages| pages.get(index).map_or(0, Vec::len));
            tr_args(
                &BUILDER,
                &ui_language.get(),
                "items-count",
                &args(&[("count", count.to_string())]),
            )
        };
        let controls = list_id.clone();
        view! {
            <div class="outline-page" data-testid="outline-page" data-page-id=id>
                <h3 class="outline-page-heading">
                    <button type="button" class="outline-toggle" data-testid="outline-page-toggle"
                        aria-expanded=move || open.get().to_string()
                        aria-controls=move || open.get().then(|| controls.clone())
                        on:click=toggle>
                        <span class="outline-page-name">{name}</span>
                        " "
                        <span class="outline-page-count">{page_count}</span>
                    </button>
                </h3>
                {move || open.get().then(|| view! {
                    <ol data-testid="items" id=list_id.clone()>
                        <For each=move || shown.with(|pages| pages.get(index).cloned().unwrap_or_default())
                            key=|shown| shown.clone() let:shown>
                            {row_view(shown)}
                        </For>
                    </ol>
                })}
            </div>
        }
    };

    let page_entries = move || {
        pages
            .get()
            .into_iter()
            .enumerate()
            .collect::<Vec<(usize, String)>>()
    };

    view! {
        <section class="item-list" aria-labelledby="items-heading">
            <h2 id="items-heading">{move || tr(&BUILDER, &ui_language.get(), "items-heading")}</h2>
            <p class="count" data-testid="item-count">{count}</p>
            <For each=page_entries key=|entry| entry.clone() let:entry>
                {page_view(entry.0, entry.1)}
            </For>
        </section>
    }
}
