//! The builder's toolbar: undo and redo (also Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y), new survey,
//! open and save a coform JSON file, and add an item of a chosen type.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::export;
use crate::core::edit::{Address, Edit, item_at, unique_id};
use crate::core::interop::{self, Format, Notice};
use crate::core::limits;
use crate::core::model::{Item, ItemKind, Survey};
use crate::core::review;
use crate::ui::browser::{download, file_input, read_chosen_bytes};
use crate::ui::converter::use_converter;
use crate::ui::editor_state::EditorState;
use crate::ui::export_panel::ExportPanel;
use crate::ui::i18n::{BUILDER, args, direction, tr, tr_args};
use crate::ui::load::{SAMPLES, load_survey};
use crate::ui::messages::{
    import_error_message, item_type_name, load_failure_message, notice_message, read_error_message,
};
use crate::ui::thread_view::review_error_text;

/// The toolbar.
#[component]
pub fn EditorToolbar(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// A problem with the last file opened, in words.
    file_problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let new_kind = RwSignal::new(ItemKind::ShortText);
    let export_open = RwSignal::new(false);
    let converter = use_converter();
    // What the last file read from another format did not carry over: its format and notices.
    let import_report: RwSignal<Option<(Format, Vec<Notice>)>> = RwSignal::new(None);
    // Why the last "Add item" added nothing (the survey is at the item limit).
    let add_problem: RwSignal<Option<String>> = RwSignal::new(None);

    let _shortcuts = window_event_listener(leptos::ev::keydown, move |event| {
        let modifier = event.ctrl_key() || event.meta_key();
        let key = event.key().to_lowercase();
        if modifier && key == "z" && !event.shift_key() {
            event.prevent_default();
            editor.undo();
        } else if modifier && (key == "y" || (key == "z" && event.shift_key())) {
            event.prevent_default();
            editor.redo();
        }
    });

    let new_survey = move |_| {
        let language = ui_language.get_untracked();
        editor.open(Survey::blank(
            "new-survey",
            &language,
            if direction(&language) == "rtl" {
                crate::core::model::Direction::Rtl
            } else {
                crate::core::model::Direction::Ltr
            },
        ));
        file_problem.set(None);
    };
    let sample_select = NodeRef::<leptos::html::Select>::new();
    let open_sample = move |event: leptos::ev::Event| {
        let name = event_target_value(&event);
        if let Some(select) = sample_select.get_untracked() {
            select.set_value("");
        }
        let Some(sample) = SAMPLES.iter().find(|sample| **sample == name) else {
            return;
        };
        let url = format!("samples/{sample}.coform.json");
        spawn_local(async move {
            let language = ui_language.get_untracked();
            match load_survey(&url, crate::core::definition::import).await {
                Ok(survey) => {
                    editor.open(survey);
                    file_problem.set(None);
                }
                Err(failure) => file_problem.set(Some(tr_args(
                    &BUILDER,
                    &language,
                    "file-problem",
                    &args(&[("reason", load_failure_message(&language, &failure))]),
                ))),
            }
        });
    };
    let open_file = move |event: leptos::ev::Event| {
        let Some(input) = file_input(&event) else {
            return;
        };
        spawn_local(async move {
            let Some(bytes) = read_chosen_bytes(&input).await else {
                return;
            };
            input.set_value("");
            let language = ui_language.get_untracked();
            let problem = |reason: String| {
                Some(tr_args(
                    &BUILDER,
                    &language,
                    "file-problem",
                    &args(&[("reason", reason)]),
                ))
            };
            // A review package opens as a reviewer's copy; a review file is merged in Review
            // mode, not opened.
            if let Some(text) = std::str::from_utf8(&bytes)
                .ok()
                .filter(|text| review::is_review_file(text))
            {
                match review::import_file(text).and_then(|file| review::open_package(&file)) {
                    // A package's survey is held to the limits a survey file is.
                    Ok(copy) => match crate::core::definition::within_limits(copy) {
                        Ok(copy) => {
                            editor.open(copy);
                            file_problem.set(None);
                            import_report.set(None);
                        }
                        Err(error) => file_problem
                            .set(problem(import_error_message(&BUILDER, &language, &error))),
                    },
                    Err(error) => file_problem.set(problem(review_error_text(&language, &error))),
                }
                return;
            }
            // Any format coform reads, recognised by content; the survey being edited stays as
            // it is when the file cannot be read.
            // coform's own files are read here; any other format by the converter.
            let local = interop::wire::read_coform(&bytes);
            let converted = match local {
                Some(outcome) => Ok(outcome),
                None => (converter.import)(bytes).await,
            };
            let outcome = match converted {
                Ok(outcome) => outcome,
                Err(failure) => {
                    file_problem.set(Some(tr_args(
                        &BUILDER,
                        &language,
                        "converter-failed",
                        &args(&[("detail", failure.0)]),
                    )));
                    return;
                }
            };
            match outcome {
                Ok((format, imported)) => {
                    let survey = imported.survey;
                    // A published file opened here becomes one of the versions this device
                    // can compare.
                    if format == Format::Coform
                        && survey.metadata.status == crate::core::model::Status::Published
                    {
                        let json = export(&crate::core::versions::published_definition(&survey));
                        let (id, version) =
                            (survey.metadata.id.clone(), survey.metadata.version.clone());
                        spawn_local(async move {
                            let _ = crate::ui::drafts::save_published(&id, &version, &json).await;
                        });
                    }
                    editor.open(survey);
                    file_problem.set(None);
                    import_report
                        .set((format != Format::Coform).then_some((format, imported.notices)));
                }
                Err(error) => file_problem.set(problem(read_error_message(&language, &error))),
            }
        });
    };
    let save = move |_| {
        editor.survey.with(|survey| {
            if let Some(survey) = survey {
                let name = format!(
                    "{}-{}.coform.json",
                    survey.metadata.id, survey.metadata.version
                );
                download(&name, "application/json", &export(survey));
            }
        });
    };
    let add_item = move |_| {
        let kind = new_kind.get();
        // At the item limit the survey does not grow: say so rather than do nothing.
        let full = editor.survey.with_untracked(|survey| {
            survey
                .as_ref()
                .is_some_and(|survey| limits::item_count(survey) >= limits::MAX_ITEMS)
        });
        if full {
            add_problem.set(Some(tr_args(
                &BUILDER,
                &ui_language.get_untracked(),
                "add-item-limit",
                &args(&[("limit", limits::MAX_ITEMS.to_string())]),
            )));
            return None;
        }
        add_problem.set(None);
        let (at, item) = editor.survey.with_untracked(|survey| {
            let survey = survey.as_ref()?;
            let base = kind
                .json_name()
                .chars()
                .flat_map(|c| {
                    if c.is_ascii_uppercase() {
                        vec!['_', c.to_ascii_lowercase()]
                    } else {
                        vec![c]
                    }
                })
                .collect::<String>();
            let item = Item::new(&unique_id(survey, &base), kind);
            // Inside a selected section (at its end), after any other selected item, or at
            // the end of the page being edited.
            let at = match editor.selected.get_untracked() {
                Some(section)
                    if item_at(survey, &section).is_some_and(|i| i.kind == ItemKind::Section) =>
                {
                    let children = item_at(survey, &section).map_or(0, |i| i.items.len());
                    let mut path = section.path.clone();
                    path.push(children);
                    Address {
                        page: section.page,
                        path,
                    }
                }
                Some(mut at) => {
                    if let Some(last) = at.path.last_mut() {
                        *last += 1;
                    }
                    at
                }
                None => {
                    let page = editor
                        .page
                        .get_untracked()
                        .min(survey.pages.len().checked_sub(1)?);
                    Address::top(page, survey.pages[page].items.len())
                }
            };
            Some((at, item))
        })?;
        if editor.edit(Edit::InsertItem {
            at: at.clone(),
            item: Box::new(item),
        }) {
            editor.select(at);
        }
        Some(())
    };

    view! {
        <div class="toolbar editor-toolbar" role="toolbar" aria-label=t("editor-toolbar")>
            <button type="button" data-testid="undo" disabled=move || !editor.can_undo.get() on:click=move |_| editor.undo()>{t("undo")}</button>
            <button type="button" data-testid="redo" disabled=move || !editor.can_redo.get() on:click=move |_| editor.redo()>{t("redo")}</button>
            <button type="button" data-testid="new-survey" on:click=new_survey>{t("new-survey")}</button>
            <label>
                <span>{t("new-from-sample")}</span>
                <select data-testid="new-from-sample" node_ref=sample_select on:change=open_sample>
                    <option value="">{t("new-from-sample-choose")}</option>
                    {SAMPLES.iter().map(|sample| view! {
                        <option value=*sample>{move || tr(&BUILDER, &ui_language.get(), &format!("sample-{sample}"))}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="file-open">
                <span>{t("open-survey-file")}</span>
                <input type="file" data-testid="open-survey-file" on:change=open_file />
            </label>
            <button type="button" data-testid="save-survey" on:click=save>{t("save-survey")}</button>
            <button type="button" data-testid="export-open" aria-expanded=move || export_open.get().to_string()
                on:click=move |_| export_open.update(|open| *open = !*open)>{t("export-open")}</button>
            <label>
                <span>{t("add-item-type")}</span>
                <select data-testid="add-item-type" on:change=move |event| {
                    let name = event_target_value(&event);
                    if let Some(kind) = ItemKind::ALL.into_iter().find(|kind| kind.json_name() == name) {
                        new_kind.set(kind);
                    }
                }>
                    {move || ItemKind::ALL.into_iter().map(|kind| {
                        let selected = kind == new_kind.get_untracked();
                        view! { <option value=kind.json_name() selected=selected>{item_type_name(&ui_language.get(), kind)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <button type="button" data-testid="add-item" on:click=move |event| { add_item(event); }>{t("add-item")}</button>
        </div>
        <div role="alert" data-testid="add-item-problem" class="field-errors">
            {move || add_problem.get().map(|text| view! { <p class="field-error">{text}</p> })}
        </div>
        <div role="alert" data-testid="file-problem" class="field-errors">
            {move || file_problem.get().map(|text| view! { <p class="field-error">{text}</p> })}
        </div>
        <Show when=move || export_open.get()>
            <ExportPanel editor=editor ui_language=ui_language open=export_open />
        </Show>
        {move || import_report.get().map(|(format, notices)| {
            let ui = ui_language.get();
            let heading = tr_args(&BUILDER, &ui, "import-report-heading", &args(&[("format", tr(&BUILDER, &ui, &format!("export-format-{}", format.name())))]));
            view! {
                <section class="import-report" aria-labelledby="import-report-heading" data-testid="import-report">
                    <h2 id="import-report-heading">{heading}</h2>
                    {if notices.is_empty() {
                        view! { <p data-testid="import-no-notice">{tr(&BUILDER, &ui, "import-no-notice")}</p> }.into_any()
                    } else {
                        view! {
                            <p>{tr(&BUILDER, &ui, "import-notices-intro")}</p>
                            <ul data-testid="import-notices">
                                {notices.iter().map(|notice| view! {
                                    <li data-testid="import-notice">{notice_message(&ui, notice)} " " <code>{notice.location.clone()}</code></li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <button type="button" data-testid="import-report-close" on:click=move |_| import_report.set(None)>{tr(&BUILDER, &ui, "import-report-close")}</button>
                </section>
            }
        })}
    }
}
