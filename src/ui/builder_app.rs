//! The builder's top-level component: opens the bundled sample, lists its items in the chosen
//! preview language and shows every validation issue beside them.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::import;
use crate::core::issue::Issue;
use crate::core::language::{autonym, negotiate};
use crate::core::model::Role;
use crate::core::validate::validate;
use crate::ui::audience_picker::AudiencePicker;
use crate::ui::browser::{preferred_languages, query_parameter, set_document_language};
use crate::ui::choice_list_editor::ChoiceListEditor;
use crate::ui::completeness_bar::CompletenessBar;
use crate::ui::draft_list::DraftList;
use crate::ui::drafts;
use crate::ui::edit_refusal::EditRefusal;
use crate::ui::editor_state::{EditorState, SaveState};
use crate::ui::editor_toolbar::EditorToolbar;
use crate::ui::i18n::{BUILDER, args, direction, tr, tr_args};
use crate::ui::issue_panel::IssuePanel;
use crate::ui::item_editor::ItemEditor;
use crate::ui::item_list::ItemList;
use crate::ui::language_panel::LanguagePanel;
use crate::ui::load::{BUNDLED_SAMPLE, LoadFailure, load_survey};
use crate::ui::messages::load_failure_message;
use crate::ui::page_editor::PageEditor;
use crate::ui::preview_pane::PreviewPane;
use crate::ui::publish_panel::PublishPanel;
use crate::ui::quarantine_notice::QuarantineNotice;
use crate::ui::respond_session::now;
use crate::ui::review_panel::ReviewPanel;
use crate::ui::review_round::ReviewRound;
use crate::ui::save_notice::SaveNotice;
use crate::ui::sign_off_panel::SignOffPanel;
use crate::ui::storage;
use crate::ui::survey_details::SurveyDetails;
use crate::ui::translation_editor::TranslationEditor;
use crate::ui::versions_panel::VersionsPanel;

/// Where the interface language chosen on this device is remembered.
const UI_LANGUAGE_KEY: &str = "coform.ui-language";
/// Where the role chosen on this device is remembered.
const ROLE_KEY: &str = "coform.role";
/// Where the display name given on this device is remembered.
const NAME_KEY: &str = "coform.name";

/// What the builder shows: the structure and wording, or the translations.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Items, pages, logic.
    Build,
    /// Strings side by side with a target language, languages, publishing.
    Translate,
    /// Comments, suggestions, review rounds, sign-off.
    Review,
}

/// The locale id naming a role.
pub fn role_message(role: Role) -> &'static str {
    match role {
        Role::Staff => "role-staff",
        Role::PatientAdvisor => "role-patient-advisor",
        Role::Translator => "role-translator",
    }
}

/// The language tags of the open survey.
fn survey_languages_of(survey: RwSignal<Option<crate::core::model::Survey>>) -> Vec<String> {
    survey.with(|s| {
        s.as_ref()
            .map(|s| s.languages.iter().map(|l| l.tag.clone()).collect())
            .unwrap_or_default()
    })
}

/// The issues of the open survey, found again each time edits pause (validation reads every
/// text in every language, so typing never waits for it): right as soon as an edit settles.
fn validated_after_edits(editor: EditorState) -> Memo<Vec<Issue>> {
    let found: RwSignal<Vec<Issue>> = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        editor.settled.track();
        found.set(
            editor
                .survey
                .with_untracked(|s| s.as_ref().map(validate).unwrap_or_default()),
        );
    });
    Memo::new(move |_| found.get())
}

/// The builder application.
#[component]
pub fn BuilderApp() -> impl IntoView {
    // The interface language: named in the URL, else the one chosen last time on this
    // device, else the browser's preferences.
    let requested = query_parameter("ui")
        .or_else(|| storage::load(UI_LANGUAGE_KEY))
        .map_or_else(preferred_languages, |tag| vec![tag]);
    let ui_language = RwSignal::new(negotiate(&requested, &BUILDER.languages(), "en"));
    let editor = EditorState::new();
    if let Some(role) = storage::load(ROLE_KEY)
        .and_then(|name| Role::ALL.into_iter().find(|role| role.json_name() == name))
    {
        editor.role.set(role);
    }
    if let Some(name) = storage::load(NAME_KEY) {
        editor.person_name.set(name);
    }
    let mode = RwSignal::new(Mode::Build);
    let survey = editor.survey;
    // A reviewer's copy is only reviewed: its texts change through suggestions.
    Effect::new(move |_| {
        if editor.is_reviewing() {
            mode.set(Mode::Review);
        }
    });
    let review_language = RwSignal::new(String::new());
    Effect::new(move |_| {
        let tags = survey_languages_of(survey);
        if !tags.contains(&review_language.get_untracked()) {
            let tag_refs: Vec<&str> = tags.iter().map(String::as_str).collect();
            review_language.set(negotiate(
                &[ui_language.get()],
                &tag_refs,
                tags.first().map_or("en", String::as_str),
            ));
        }
    });
    let published = move || {
        survey.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.metadata.status == crate::core::model::Status::Published)
        })
    };
    let file_problem: RwSignal<Option<String>> = RwSignal::new(None);
    let failure: RwSignal<Option<LoadFailure>> = RwSignal::new(None);
    let preview_language = RwSignal::new(String::new());
    let audience: RwSignal<BTreeMap<String, String>> = RwSignal::new(BTreeMap::new());
    let issues = validated_after_edits(editor);

    Effect::new(move |_| {
        let tag = ui_language.get();
        set_document_language(&tag, direction(&tag));
    });

    // Reopening the app restores the most recent draft, unless a survey is named in the URL.
    let named = query_parameter("survey");
    let preview_for = move |survey: &crate::core::model::Survey| {
        let tags: Vec<&str> = survey.languages.iter().map(|l| l.tag.as_str()).collect();
        preview_language.set(negotiate(
            &[ui_language.get_untracked()],
            &tags,
            &survey.source_language,
        ));
    };
    let quarantined: RwSignal<Vec<drafts::Quarantined>> = RwSignal::new(Vec::new());
    editor.listen_to_other_tabs();
    spawn_local(async move {
        // Drafts that can no longer be read are set aside first (and reported), so the latest
        // readable one opens.
        let readable = |json: &str| import(json).map(|_| ()).map_err(|error| error.to_string());
        match drafts::check(readable, &now()).await {
            Ok(found) => {
                if !found.is_empty() {
                    editor.drafts_changed.update(|count| *count += 1);
                }
                quarantined.set(found);
            }
            Err(drafts::DraftError::Full(detail)) => editor.save_state.set(SaveState::Full(detail)),
            Err(error) => {
                let detail = match error {
                    drafts::DraftError::Unavailable(detail) => detail,
                    _ => String::new(),
                };
                editor.save_state.set(SaveState::Unavailable(detail));
            }
        }
        if named.is_none()
            && let Some(latest) = drafts::list()
                .await
                .ok()
                .and_then(|list| list.into_iter().next())
            && let Ok(Some(stored)) = drafts::load(&latest.id).await
            && let Ok(survey) = import(&stored.json)
        {
            preview_for(&survey);
            editor.open_draft(latest.id, survey, stored.revision);
            return;
        }
        let at_risk = editor.save_state.get_untracked();
        let url = named.unwrap_or_else(|| BUNDLED_SAMPLE.to_owned());
        match load_survey(&url, import).await {
            Ok(loaded) => {
                preview_for(&loaded);
                editor.open(loaded);
                // Storage refused at start: say so from the first moment, not at the first edit.
                if at_risk.at_risk() {
                    editor.save_state.set(at_risk);
                }
            }
            Err(error) => failure.set(Some(error)),
        }
    });

    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let failure_text = move || {
        failure.get().map(|failure| {
            let language = ui_language.get();
            let reason = load_failure_message(&language, &failure);
            tr_args(
                &BUILDER,
                &language,
                "load-failed",
                &args(&[("reason", reason)]),
            )
        })
    };
    // A memo: the options are rebuilt when the languages change, not on every edit.
    let survey_languages = Memo::new(move |_| survey_languages_of(survey));
    // A survey opened from a file, or a language removed, may leave the preview in a language
    // the survey does not have: the editor would then edit empty texts in it. Choose again.
    Effect::new(move |_| {
        let tags = survey_languages.get();
        let current = preview_language.get_untracked();
        if !tags.is_empty() && !tags.contains(&current) {
            let available: Vec<&str> = tags.iter().map(String::as_str).collect();
            let source = survey.with_untracked(|s| {
                s.as_ref()
                    .map(|s| s.source_language.clone())
                    .unwrap_or_default()
            });
            preview_language.set(negotiate(
                &[ui_language.get_untracked()],
                &available,
                &source,
            ));
        }
    });
    let survey_languages = move || survey_languages.get();
    let respondent_link = move || {
        let mut link = format!("respond.html?lang={}", preview_language.get());
        for (variable, value) in audience.get() {
            link.push_str(&format!("&{variable}={value}"));
        }
        link
    };

    view! {
        <header class="app-header">
            <h1>{t("app-title")}</h1>
            <p class="tagline">{t("app-tagline")}</p>
            <div class="toolbar">
                <label>
                    <span>{t("ui-language-label")}</span>
                    <select
                        data-testid="ui-language"
                        prop:value=move || ui_language.get()
                        on:change=move |event| {
                            let tag = event_target_value(&event);
                            // Remembering is a convenience: if storage is refused, the choice
                            // still holds for this visit.
                            let _ = storage::save(UI_LANGUAGE_KEY, &tag);
                            ui_language.set(tag);
                        }
                    >
                        {BUILDER.languages().into_iter().map(|tag| view! { <option value=tag lang=tag>{autonym(tag).unwrap_or(tag)}</option> }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{t("survey-language-label")}</span>
                    <select
                        data-testid="preview-language"
                        prop:value=move || preview_language.get()
                        on:change=move |event| preview_language.set(event_target_value(&event))
                    >
                        {move || survey_languages().into_iter().map(|tag| {
                            let selected = tag == preview_language.get_untracked();
                            view! { <option value=tag.clone() lang=tag.clone() selected=selected>{autonym(&tag).map_or_else(|| tag.clone(), str::to_owned)}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{t("role-label")}</span>
                    <select data-testid="role" on:change=move |event| {
                        let name = event_target_value(&event);
                        if let Some(role) = Role::ALL.into_iter().find(|role| role.json_name() == name) {
                            let _ = storage::save(ROLE_KEY, role.json_name());
                            editor.role.set(role);
                        }
                    }>
                        {Role::ALL.into_iter().map(|role| view! {
                            <option value=role.json_name() selected=move || editor.role.get() == role>{move || tr(&BUILDER, &ui_language.get(), role_message(role))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{t("person-name-label")}</span>
                    <input type="text" data-testid="person-name" autocomplete="name"
                        prop:value=move || editor.person_name.get()
                        on:change=move |event| {
                            let name = event_target_value(&event);
                            let _ = storage::save(NAME_KEY, name.trim());
                            editor.person_name.set(name.trim().to_owned());
                        } />
                </label>
                <AudiencePicker survey=survey language=preview_language audience=audience />
                <a data-testid="open-respondent" href=respondent_link target="_blank" rel="noopener">
                    {t("open-respondent-view")}
                </a>
            </div>
            <EditorToolbar editor=editor ui_language=ui_language file_problem=file_problem />
            <div class="save-row">
                <p role="status" class="save-state" data-testid="save-state" data-state=move || format!("{:?}", editor.save_state.get()).split('(').next().unwrap_or_default().to_owned()>
                    {move || {
                        let ui = ui_language.get();
                        match editor.save_state.get() {
                            SaveState::Unchanged => String::new(),
                            SaveState::Saving => tr(&BUILDER, &ui, "saving"),
                            SaveState::Saved => tr(&BUILDER, &ui, "saved"),
                            SaveState::Full(_) | SaveState::Unavailable(_) | SaveState::Conflict => tr(&BUILDER, &ui, "not-saved"),
                        }
                    }}
                </p>
                <DraftList editor=editor ui_language=ui_language />
            </div>
            <SaveNotice editor=editor ui_language=ui_language />
            <EditRefusal editor=editor ui_language=ui_language />
            <QuarantineNotice quarantined=quarantined ui_language=ui_language />
        </header>
        <Show when=move || survey.with(Option::is_some)>
            <nav class="modes" aria-label=move || tr(&BUILDER, &ui_language.get(), "modes-label")>
                <Show when=move || !editor.is_reviewing()>
                    <button type="button" data-testid="mode-build" aria-pressed=move || (mode.get() == Mode::Build).to_string() on:click=move |_| mode.set(Mode::Build)>{t("mode-build")}</button>
                    <button type="button" data-testid="mode-translate" aria-pressed=move || (mode.get() == Mode::Translate).to_string() on:click=move |_| mode.set(Mode::Translate)>{t("mode-translate")}</button>
                </Show>
                <button type="button" data-testid="mode-review" aria-pressed=move || (mode.get() == Mode::Review).to_string() on:click=move |_| mode.set(Mode::Review)>{t("mode-review")}</button>
            </nav>
            <CompletenessBar editor=editor ui_language=ui_language />
        </Show>
        <main class="builder" class:translating=move || mode.get() == Mode::Translate class:reviewing=move || mode.get() == Mode::Review>
            <Show when=move || failure.with(Option::is_some)>
                <p role="alert" class="load-failure" data-testid="load-failure">{failure_text}</p>
            </Show>
            <Show when=move || survey.with(Option::is_none) && failure.with(Option::is_none)>
                <p role="status">{t("loading-survey")}</p>
            </Show>
            <Show when=move || survey.with(Option::is_some) && mode.get() == Mode::Translate>
                <TranslationEditor editor=editor ui_language=ui_language />
                <LanguagePanel editor=editor ui_language=ui_language />
                <PublishPanel editor=editor ui_language=ui_language />
                <VersionsPanel editor=editor ui_language=ui_language />
                <PreviewPane survey=survey settled=editor.settled language=preview_language audience=audience ui_language=ui_language />
            </Show>
            <Show when=move || survey.with(Option::is_some) && mode.get() == Mode::Review>
                <ItemList editor=editor language=preview_language audience=audience ui_language=ui_language issues=issues />
                <ReviewPanel editor=editor ui_language=ui_language language=review_language />
                <ReviewRound editor=editor ui_language=ui_language />
                <SignOffPanel editor=editor ui_language=ui_language />
                <PreviewPane survey=survey settled=editor.settled language=preview_language audience=audience ui_language=ui_language />
            </Show>
            <Show when=move || survey.with(Option::is_some) && mode.get() == Mode::Build && published()>
                <p class="published-banner" role="note" data-testid="published-banner">
                    {move || tr_args(&BUILDER, &ui_language.get(), "published-read-only", &args(&[("version", survey.with(|s| s.as_ref().map(|s| s.metadata.version.clone()).unwrap_or_default()))]))}
                    " "
                    <button type="button" data-testid="banner-new-draft" on:click=move |_| {
                        editor.change_frame(|frame| {
                            frame.metadata.status = crate::core::model::Status::Draft;
                            frame.metadata.content_hash = None;
                        });
                    }>{t("publish-new-draft")}</button>
                </p>
            </Show>
            <Show when=move || survey.with(Option::is_some) && mode.get() == Mode::Build>
                <ItemList editor=editor language=preview_language audience=audience ui_language=ui_language issues=issues />
                <fieldset class="frozen" disabled=published>
                <ItemEditor editor=editor language=preview_language ui_language=ui_language audience=audience />
                <SurveyDetails editor=editor language=preview_language ui_language=ui_language />
                <LanguagePanel editor=editor ui_language=ui_language />
                <PageEditor editor=editor language=preview_language ui_language=ui_language audience=audience />
                <ChoiceListEditor editor=editor language=preview_language ui_language=ui_language />
                </fieldset>
                <PreviewPane survey=survey settled=editor.settled language=preview_language audience=audience ui_language=ui_language />
                <IssuePanel issues=issues ui_language=ui_language survey=survey editor=editor language=preview_language />
            </Show>
        </main>
    }
}
