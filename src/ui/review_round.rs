//! Review rounds without a server. Staff export a review package (the survey, no threads)
//! and import the review files that come back, several at once; a reviewer's copy (opened
//! from a package) says so and exports its review file. A file that cannot be read is
//! explained with its name and place, and nothing changes.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::review::{self, ReviewFile};
use crate::ui::browser::{download, file_input, read_chosen_files};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::thread_view::{my_stamp, review_error_text};

/// The review round controls.
#[component]
pub fn ReviewRound(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let report: RwSignal<Option<String>> = RwSignal::new(None);
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let reviewing = move || editor.is_reviewing();
    let stem = move || {
        editor.survey.with_untracked(|s| {
            s.as_ref()
                .map(|s| format!("{}-{}", s.metadata.id, s.metadata.version))
                .unwrap_or_default()
        })
    };
    let export_package = move |_| {
        let stamp = my_stamp(editor, &ui_language.get_untracked());
        if let Some(file) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| review::package(s, stamp)))
        {
            download(
                &format!("{}.review-package.json", stem()),
                "application/json",
                &review::export_file(&file),
            );
        }
    };
    let export_review = move |_| {
        let stamp = my_stamp(editor, &ui_language.get_untracked());
        let name: String = stamp.name.chars().filter(|c| c.is_alphanumeric()).collect();
        if let Some(file) = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| review::review_file(s, stamp)))
        {
            download(
                &format!("{}.review-{name}.json", stem()),
                "application/json",
                &review::export_file(&file),
            );
        }
    };
    let import_reviews = move |event: leptos::ev::Event| {
        let Some(input) = file_input(&event) else {
            return;
        };
        spawn_local(async move {
            let chosen = read_chosen_files(&input).await;
            input.set_value("");
            let ui = ui_language.get_untracked();
            let mut files: Vec<ReviewFile> = Vec::new();
            for (name, text) in chosen {
                match review::import_file(&text) {
                    Ok(file) => files.push(file),
                    Err(error) => {
                        report.set(None);
                        problem.set(Some(tr_args(
                            &BUILDER,
                            &ui,
                            "review-file-problem",
                            &args(&[("file", name), ("reason", review_error_text(&ui, &error))]),
                        )));
                        return;
                    }
                }
            }
            let result = editor
                .survey
                .with_untracked(|s| s.as_ref().map(|s| review::import_reviews(s, &files)));
            match result {
                Some(Ok((edit, merged))) => {
                    problem.set(None);
                    if !merged.is_empty() {
                        editor.edit(edit);
                    }
                    report.set(Some(tr_args(
                        &BUILDER,
                        &ui,
                        "review-imported",
                        &args(&[
                            ("files", files.len().to_string()),
                            ("threads", merged.threads.to_string()),
                            ("replies", merged.replies.to_string()),
                            ("outcomes", merged.outcomes.to_string()),
                            ("signoffs", merged.sign_offs.to_string()),
                            ("conflicts", merged.conflicts.to_string()),
                        ]),
                    )));
                }
                Some(Err(error)) => {
                    report.set(None);
                    problem.set(Some(review_error_text(&ui, &error)));
                }
                None => {}
            }
        });
    };
    view! {
        <section class="review-round" aria-labelledby="round-heading" data-testid="review-round">
            <h2 id="round-heading">{t("round-heading")}</h2>
            <Show when=reviewing fallback=move || view! {
                <p class="hint">{t("round-staff-help")}</p>
                <button type="button" data-testid="export-review-package" on:click=export_package>{t("round-export-package")}</button>
                <label class="file-button">
                    <span>{t("round-import-reviews")}</span>
                    <input type="file" multiple accept=".json,application/json" data-testid="import-reviews" on:change=import_reviews />
                </label>
            }>
                <p class="reviewer-banner" role="note" data-testid="reviewer-banner">{t("round-reviewer-help")}</p>
                <button type="button" data-testid="export-review-file" on:click=export_review>{t("round-export-review")}</button>
            </Show>
            <Show when=move || report.with(Option::is_some)>
                <p role="status" data-testid="review-import-report">{move || report.get()}</p>
            </Show>
            <Show when=move || problem.with(Option::is_some)>
                <p role="alert" class="problem" data-testid="review-import-problem">{move || problem.get()}</p>
            </Show>
        </section>
    }
}
