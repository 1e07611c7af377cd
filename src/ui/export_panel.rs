//! Export: every format coform writes, and before the download, the list of what the chosen
//! format cannot carry (the loss report), each with where it is in the survey. The export is
//! made by the converter worker (`ui::converter`), fetched the first time the panel opens.

use leptos::prelude::*;

use crate::core::definition;
use crate::core::interop::{Exported, Format};
use crate::ui::browser::download_bytes;
use crate::ui::converter::{ConvertFailure, use_converter};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
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
    let converter = use_converter();
    // The export is made for the format chosen, so the losses shown are exactly those of the
    // file downloaded; it is made again when the survey or the format changes. Each answer
    // carries the format and the survey it was made from: while a newer export is
    // being made the resource still holds the last one, which must be neither shown as the
    // chosen format's losses nor downloaded.
    let exported = LocalResource::new(move || {
        let format = format.get();
        let survey = editor
            .survey
            .with(|survey| survey.as_ref().map(definition::export));
        async move {
            match survey {
                Some(survey) => {
                    let result = (converter.export)(survey.clone(), format).await;
                    Some((format, survey, result))
                }
                None => None,
            }
        }
    });
    let current =
        move |made: &(Format, String, Result<Exported, ConvertFailure>)| made.0 == format.get();
    let ready = move || {
        exported.with(
            |exported| matches!(exported, Some(Some(made)) if current(made) && made.2.is_ok()),
        )
    };
    let download = move |_| {
        let Some(Some((made_for, survey_json, Ok(exported)))) = exported.get_untracked() else {
            return;
        };
        let unchanged = editor.survey.with_untracked(|survey| {
            survey.as_ref().map(definition::export).as_ref() == Some(&survey_json)
        });
        if made_for != format.get_untracked() || !unchanged {
            return;
        }
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
    // The losses worded in the interface language; `Err` with the sentence to show while the
    // export is being made or when the converter failed.
    let losses = move || -> Result<Vec<(String, String)>, String> {
        let ui = ui_language.get();
        exported.with(|exported| match exported {
            Some(Some(made)) if !current(made) => Err(tr(&BUILDER, &ui, "export-preparing")),
            Some(Some((_, _, Ok(exported)))) => Ok(exported
                .losses
                .iter()
                .map(|loss| (loss.path.clone(), loss_message(&ui, loss)))
                .collect()),
            Some(Some((_, _, Err(failure)))) => Err(tr_args(
                &BUILDER,
                &ui,
                "converter-failed",
                &args(&[("detail", failure.0.clone())]),
            )),
            Some(None) => Ok(Vec::new()),
            None => Err(tr(&BUILDER, &ui, "export-preparing")),
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
                let list = match losses() {
                    Ok(list) => list,
                    Err(sentence) => {
                        return view! {
                            <p data-testid="export-status" role="status">{sentence}</p>
                        }.into_any();
                    }
                };
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
                <button type="button" data-testid="export-download" on:click=download
                    prop:disabled=move || !ready()>{t("export-download")}</button>
                <button type="button" data-testid="export-close" on:click=move |_| open.set(false)>{t("export-close")}</button>
            </div>
        </section>
    }
}
