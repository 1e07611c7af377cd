//! Export: every format coform writes, and before the download, the list of what the chosen
//! format cannot carry (the loss report), each with where it is in the survey.

use leptos::prelude::*;

use crate::core::interop::{self, Format};
use crate::ui::browser::download_bytes;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, tr};
use crate::ui::messages::loss_message;

/// The export panel, shown when the toolbar's Export button is pressed.
#[component]
pub fn ExportPanel(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Whether the panel is open (the panel closes itself).
    open: RwSignal<bool>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let format = RwSignal::new(Format::Fhir);
    // The export is computed for the format chosen, so the losses shown are exactly those of
    // the file downloaded.
    let exported = Memo::new(move |_| {
        let format = format.get();
        editor
            .survey
            .with(|survey| survey.as_ref().map(|survey| interop::write(survey, format)))
    });
    let download = move |_| {
        let Some(exported) = exported.get_untracked() else {
            return;
        };
        let format = format.get_untracked();
        let name = editor.survey.with_untracked(|survey| {
            survey.as_ref().map_or_else(String::new, |survey| {
                format!(
                    "{}-{}.{}",
                    survey.metadata.id,
                    survey.metadata.version,
                    format.extension()
                )
            })
        });
        download_bytes(&name, format.media_type(), &exported.bytes);
    };
    let losses = move || {
        let ui = ui_language.get();
        exported.with(|exported| {
            exported
                .as_ref()
                .map(|exported| {
                    exported
                        .losses
                        .iter()
                        .map(|loss| (loss.path.clone(), loss_message(&ui, loss)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };

    view! {
        <section class="export-panel" aria-labelledby="export-heading" data-testid="export-panel">
            <h2 id="export-heading">{t("export-heading")}</h2>
            <fieldset>
                <legend>{t("export-format")}</legend>
                {Format::ALL.into_iter().map(|choice| {
                    let name = choice.name();
                    view! {
                        <label class="export-format">
                            <input type="radio" name="export-format" value=name
                                data-testid=format!("export-format-{name}")
                                prop:checked=move || format.get() == choice
                                on:change=move |_| format.set(choice) />
                            <span>{move || tr(&BUILDER, &ui_language.get(), &format!("export-format-{name}"))}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <h3>{t("export-losses-heading")}</h3>
            {move || {
                let list = losses();
                if list.is_empty() {
                    view! { <p data-testid="export-no-loss">{t("export-no-loss")}</p> }.into_any()
                } else {
                    view! {
                        <p>{t("export-losses-intro")}</p>
                        <ul class="export-losses" data-testid="export-losses">
                            {list.into_iter().map(|(path, text)| {
                                let shown = (!path.is_empty()).then(|| view! { " " <code>{path.clone()}</code> });
                                view! {
                                    <li data-testid="export-loss" data-path=path>{text}{shown}</li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <div class="row">
                <button type="button" data-testid="export-download" on:click=download>{t("export-download")}</button>
                <button type="button" data-testid="export-close" on:click=move |_| open.set(false)>{t("export-close")}</button>
            </div>
        </section>
    }
}
