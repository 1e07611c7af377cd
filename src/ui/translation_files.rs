//! Translators' files: export the chosen language as `.ftl` or every language as a zip, and
//! import either back. An import changes only the strings whose text changed (marked "needs
//! review"), reports ids the survey does not have, and as one step can be undone; a broken
//! file is explained with its line and column and changes nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::edit::Edit;
use crate::core::ftl::{self, FtlError, Imported};
use crate::ui::browser::{download, download_bytes, file_input, read_chosen_bytes};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// The translators' files controls.
#[component]
pub fn TranslationFiles(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// The language being translated.
    language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let report: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let file_stem = move || {
        editor.survey.with_untracked(|s| {
            s.as_ref()
                .map(|s| format!("{}-{}", s.metadata.id, s.metadata.version))
                .unwrap_or_default()
        })
    };
    let export_one = move |_| {
        let tag = language.get_untracked();
        if let Some(text) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| ftl::export_language(s, &tag)))
        {
            download(&format!("{}.{tag}.ftl", file_stem()), "text/plain", &text);
        }
    };
    let export_all = move |_| {
        if let Some(bytes) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(ftl::export_archive))
        {
            download_bytes(
                &format!("{}.translations.zip", file_stem()),
                "application/zip",
                &bytes,
            );
        }
    };
    let error_text = move |error: &FtlError| ftl_error_text(&ui_language.get_untracked(), error);
    let apply_import = move |result: Result<Imported, FtlError>| {
        let ui = ui_language.get_untracked();
        match result {
            Err(error) => {
                report.set(Vec::new());
                problem.set(Some(error_text(&error)));
            }
            Ok(imported) => {
                problem.set(None);
                let mut lines = vec![tr_args(
                    &BUILDER,
                    &ui,
                    "ftl-imported",
                    &args(&[("count", imported.changed.len().to_string())]),
                )];
                for unknown in &imported.unknown {
                    lines.push(tr_args(
                        &BUILDER,
                        &ui,
                        "ftl-unknown-id",
                        &args(&[
                            ("id", unknown.id.clone()),
                            ("line", unknown.line.to_string()),
                            ("file", unknown.file.clone().unwrap_or_default()),
                        ]),
                    ));
                }
                if !imported.edits.is_empty() {
                    editor.edit(Edit::Batch(imported.edits));
                }
                report.set(lines);
            }
        }
    };
    let import = move |event: leptos::ev::Event, archive: bool| {
        let Some(input) = file_input(&event) else {
            return;
        };
        spawn_local(async move {
            let bytes = read_chosen_bytes(&input).await;
            input.set_value("");
            let Some(bytes) = bytes else { return };
            let tag = language.get_untracked();
            let result = editor.survey.with_untracked(|s| {
                s.as_ref().map(|s| {
                    if archive {
                        ftl::import_archive(s, &bytes)
                    } else {
                        match std::str::from_utf8(&bytes) {
                            Ok(text) => ftl::import_language(s, &tag, text),
                            Err(_) => Err(FtlError::NotText),
                        }
                    }
                })
            });
            if let Some(result) = result {
                apply_import(result);
            }
        });
    };
    view! {
        <div class="translation-files" data-testid="translation-files">
            <button type="button" data-testid="ftl-export" on:click=export_one>{t("ftl-export")}</button>
            <label class="file-button">
                <span>{t("ftl-import")}</span>
                <input type="file" accept=".ftl,text/plain" data-testid="ftl-import" on:change=move |event| import(event, false) />
            </label>
            <button type="button" data-testid="ftl-export-all" on:click=export_all>{t("ftl-export-all")}</button>
            <label class="file-button">
                <span>{t("ftl-import-all")}</span>
                <input type="file" accept=".zip,application/zip" data-testid="ftl-import-all" on:change=move |event| import(event, true) />
            </label>
            <p role="alert" class="field-problem" data-testid="ftl-problem">{move || problem.get()}</p>
            <div role="status"><ul data-testid="ftl-report">
                {move || report.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul></div>
        </div>
    }
}

/// Why a translators' file was not imported, in words, with its line and column or file.
fn ftl_error_text(ui: &str, error: &FtlError) -> String {
    match error {
        FtlError::Syntax { line, column, .. } => tr_args(
            &BUILDER,
            ui,
            "ftl-error-syntax",
            &args(&[("line", line.to_string()), ("column", column.to_string())]),
        ),
        FtlError::WrongLanguage { found, expected } => tr_args(
            &BUILDER,
            ui,
            "ftl-error-wrong-language",
            &args(&[("found", found.clone()), ("expected", expected.clone())]),
        ),
        FtlError::UnknownLanguage { language } => tr_args(
            &BUILDER,
            ui,
            "ftl-error-unknown-language",
            &args(&[("language", language.clone())]),
        ),
        FtlError::TooLarge { .. } => tr(&BUILDER, ui, "ftl-error-too-large"),
        FtlError::NotAnArchive => tr(&BUILDER, ui, "ftl-error-not-archive"),
        FtlError::InFile { file, error } => tr_args(
            &BUILDER,
            ui,
            "ftl-error-in-file",
            &args(&[
                ("file", file.clone()),
                ("reason", ftl_error_text(ui, error)),
            ]),
        ),
        _ => tr(&BUILDER, ui, "ftl-error-not-text"),
    }
}
