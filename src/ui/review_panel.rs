//! Review mode's middle column: every string of the selected item (or of the survey itself
//! when no item is selected) in the language under review, each with its threads and forms,
//! and the trauma-informed checklist of a sensitive item.

use leptos::prelude::*;

use crate::core::edit::item_at;
use crate::core::model::WayOut;
use crate::core::review::{item_messages, sensitive_gaps};
use crate::core::translation::{TextKey, messages};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, tr};
use crate::ui::language_panel::language_name;
use crate::ui::review_string::ReviewString;

/// The review panel.
#[component]
pub fn ReviewPanel(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// The language reviewed.
    language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let item_id = Memo::new(move |_| {
        let at = editor.selected.get()?;
        editor.survey.with(|s| {
            s.as_ref()
                .and_then(|s| item_at(s, &at))
                .map(|i| i.id.clone())
        })
    });
    // The strings shown: only their ids and places, so typing a reply does not rebuild them.
    let strings = Memo::new(move |_| {
        let item = item_id.get();
        editor.survey.with(|s| {
            let Some(s) = s.as_ref() else {
                return Vec::new();
            };
            match item {
                Some(item) => item_messages(s, &item),
                None => messages(s)
                    .into_iter()
                    .filter(|m| matches!(m.key, TextKey::SurveyTitle | TextKey::SurveyDescription))
                    .collect(),
            }
        })
    });
    let languages = move || {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.languages
                        .iter()
                        .map(|l| l.tag.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let checklist = move || {
        let at = editor.selected.get()?;
        let lang = language.get();
        editor.survey.with(|s| {
            let item = item_at(s.as_ref()?, &at)?;
            let sensitive = item.sensitive.as_ref()?;
            Some((sensitive_gaps(item, &lang), sensitive.way_out))
        })
    };
    view! {
        <section class="review-panel" aria-labelledby="review-heading" data-testid="review-panel">
            <h2 id="review-heading">{t("review-heading")}</h2>
            <label>
                <span>{t("review-language")}</span>
                <select data-testid="review-language" on:change=move |event| language.set(event_target_value(&event))>
                    {move || languages().into_iter().map(|tag| {
                        let selected = tag == language.get_untracked();
                        view! { <option value=tag.clone() selected=selected>{language_name(&tag)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || item_id.with(Option::is_none)>
                <p class="hint">{t("review-choose-item")}</p>
            </Show>
            {move || checklist().map(|(gaps, way_out)| {
                let ui = ui_language.get();
                let has = |name: &str| !gaps.iter().any(|g| g.name() == name);
                view! {
                    <ul class="sensitive-checklist" data-testid="sensitive-checklist" aria-label=tr(&BUILDER, &ui, "sensitive-checklist")>
                        {["why-we-ask", "content-note"].into_iter().map(|name| {
                            let ok = has(name);
                            let id = if ok { format!("sensitive-has-{name}") } else { format!("sensitive-missing-{name}") };
                            view! { <li data-testid="sensitive-check" data-ok=ok.to_string() data-check=name class:missing=!ok>{tr(&BUILDER, &ui, &id)}</li> }
                        }).collect_view()}
                        <li data-testid="sensitive-check" data-ok="true" data-check="way-out">{tr(&BUILDER, &ui, match way_out {
                            WayOut::Skip => "sensitive-way-out-skip",
                            WayOut::PreferNotToAnswer => "sensitive-way-out-prefer-not",
                        })}</li>
                    </ul>
                }
            })}
            <For each=move || strings.get() key=|m| (m.id.clone(), m.key.clone()) let:message>
                <ReviewString editor=editor ui_language=ui_language message=message language=language />
            </For>
        </section>
    }
}
