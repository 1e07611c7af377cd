//! The translation editor: every string of the survey beside its translation into one
//! language, filtered by state (missing, stale, needs review, not yet approved) and by page
//! or section, with the translators' files for that language and for all of them.

use leptos::prelude::*;

use crate::core::translation::{self, Message, Standing, TextKey};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, tr};
use crate::ui::language_panel::language_name;
use crate::ui::translation_files::TranslationFiles;
use crate::ui::translation_row::TranslationRow;

/// The translation editor.
#[component]
pub fn TranslationEditor(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let target = RwSignal::new(String::new());
    let filter = RwSignal::new("all".to_owned());
    let place = RwSignal::new(String::new());
    let targets = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.translated_languages()
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Keep a language chosen: the first translated one, until the user picks another.
    Effect::new(move |_| {
        let tags = targets.get();
        if !tags.contains(&target.get_untracked()) {
            target.set(tags.first().cloned().unwrap_or_default());
        }
    });
    let places = Memo::new(move |_| {
        editor.survey.with(|s| {
            let mut out = Vec::new();
            if let Some(s) = s {
                for (index, page) in s.pages.iter().enumerate() {
                    out.push((format!("page:{index}"), page.id.clone()));
                    for item in &page.items {
                        if item.kind == crate::core::model::ItemKind::Section {
                            out.push((
                                format!("section:{}", item.id),
                                format!("{} › {}", page.id, item.id),
                            ));
                        }
                    }
                }
            }
            out
        })
    });
    let rows = Memo::new(move |_| {
        let language = target.get();
        let filter = filter.get();
        let place = place.get();
        editor.survey.with(|s| {
            let Some(s) = s else { return Vec::new() };
            translation::messages(s)
                .into_iter()
                .filter(|message| in_place(message, &place))
                .filter(|message| {
                    let Some(text) = translation::text(s, &message.key) else {
                        return false;
                    };
                    let state = translation::state(s, text, &language);
                    match filter.as_str() {
                        "missing" => state.standing == Standing::Missing,
                        "stale" => state.stale,
                        "needs-review" => state.standing == Standing::NeedsReview,
                        "not-approved" => !state.is_done(),
                        _ => true,
                    }
                })
                .map(|message| {
                    let context = context_of(s, &message);
                    (message.id, message.key, context, language.clone())
                })
                .collect::<Vec<_>>()
        })
    });
    // Only so many rows are on the page at once: each is live (it follows every edit), so a
    // 1000-item survey would otherwise redo thousands of rows per keystroke.
    let shown = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        let _ = (target.get(), filter.get(), place.get());
        shown.set(PAGE_SIZE);
    });
    let context_words = move |(field, item): (Option<&'static str>, String)| -> String {
        match field {
            Some(field) => format!(
                "{item} · {}",
                tr(
                    &BUILDER,
                    &ui_language.get_untracked(),
                    &format!("translate-field-{field}")
                )
            ),
            None => item,
        }
    };

    view! {
        <section class="translation-editor" aria-labelledby="translate-heading" data-testid="translation-editor">
            <h2 id="translate-heading">{t("translate-heading")}</h2>
            <Show when=move || !targets.with(Vec::is_empty) fallback=move || view! { <p data-testid="translate-no-languages">{t("translate-no-languages")}</p> }>
                <div class="translation-filters">
                    <label>
                        <span>{t("translate-language")}</span>
                        <select data-testid="translate-language" on:change=move |event| target.set(event_target_value(&event))>
                            {move || targets.get().into_iter().map(|tag| {
                                let selected = tag == target.get_untracked();
                                view! { <option value=tag.clone() selected=selected lang=tag.clone()>{language_name(&tag)}" ("{tag.clone()}")"</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{t("translate-filter")}</span>
                        <select data-testid="translate-filter" on:change=move |event| filter.set(event_target_value(&event))>
                            {["all", "missing", "stale", "needs-review", "not-approved"].into_iter().map(|value| view! {
                                <option value=value selected=move || filter.get() == value>{move || tr(&BUILDER, &ui_language.get(), &format!("filter-{value}"))}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{t("translate-place")}</span>
                        <select data-testid="translate-place" on:change=move |event| place.set(event_target_value(&event))>
                            <option value="">{t("filter-everywhere")}</option>
                            {move || places.get().into_iter().map(|(value, name)| {
                                let selected = value == place.get_untracked();
                                view! { <option value=value selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <TranslationFiles editor=editor ui_language=ui_language language=target />
                <p role="status" class="help" data-testid="translate-count">{move || {
                    crate::ui::i18n::tr_args(&BUILDER, &ui_language.get(), "translate-count", &crate::ui::i18n::args(&[("count", rows.with(Vec::len).to_string())]))
                }}</p>
                <ul class="translation-rows">
                    <For each=move || rows.get().into_iter().take(shown.get()) key=|(id, key, _, language)| format!("{id}|{key:?}|{language}") let:row>
                        <TranslationRow editor=editor key=row.1 id=row.0 context=context_words(row.2) language=row.3 ui_language=ui_language />
                    </For>
                </ul>
                <Show when=move || { rows.with(Vec::len) > shown.get() }>
                    <button type="button" data-testid="translate-show-more" on:click=move |_| shown.update(|n| *n += PAGE_SIZE)>
                        {move || crate::ui::i18n::tr_args(&BUILDER, &ui_language.get(), "translate-show-more", &crate::ui::i18n::args(&[("count", (rows.with(Vec::len) - shown.get()).min(PAGE_SIZE).to_string())]))}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// How many rows are added each time "show more" is pressed.
const PAGE_SIZE: usize = 100;

/// Whether a message is on the chosen page or in the chosen section ("" for everywhere).
fn in_place(message: &Message, place: &str) -> bool {
    if let Some(page) = place.strip_prefix("page:") {
        return message.page.map(|p| p.to_string()).as_deref() == Some(page);
    }
    if let Some(section) = place.strip_prefix("section:") {
        return message.section.as_deref() == Some(section);
    }
    true
}

/// The item (or list, page, survey) a message belongs to and the name of its field.
fn context_of(
    survey: &crate::core::model::Survey,
    message: &Message,
) -> (Option<&'static str>, String) {
    match &message.key {
        TextKey::Item { field, .. } => {
            (Some(field.name()), message.item.clone().unwrap_or_default())
        }
        TextKey::Option { list, option } => {
            let list = survey.choice_lists.get(*list);
            let code = list
                .and_then(|l| l.options.get(*option))
                .map_or("", |o| o.code.as_str());
            (
                Some("option"),
                format!("{} › {code}", list.map_or("", |l| l.id.as_str())),
            )
        }
        TextKey::PageTitle { page } => (
            Some("page-title"),
            survey
                .pages
                .get(*page)
                .map_or_else(String::new, |p| p.id.clone()),
        ),
        TextKey::SurveyTitle => (Some("survey-title"), survey.metadata.id.clone()),
        TextKey::SurveyDescription => (Some("survey-description"), survey.metadata.id.clone()),
        TextKey::AudienceQuestion { variable } => (
            Some("audience-question"),
            survey
                .audience
                .get(*variable)
                .map_or_else(String::new, |a| a.id.clone()),
        ),
        TextKey::AudienceValue { variable, value } => {
            let variable = survey.audience.get(*variable);
            (
                Some("audience-value"),
                format!(
                    "{} › {}",
                    variable.map_or("", |a| a.id.as_str()),
                    variable
                        .and_then(|a| a.values.get(*value))
                        .map_or("", |v| v.value.as_str())
                ),
            )
        }
    }
}
