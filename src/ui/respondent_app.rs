//! The respondent runtime's top-level component: opens the definition named by `?survey=`
//! (the bundled sample when absent) or a file picked on the device, refuses one with errors
//! with a clear message, resumes saved progress, and shows the screen for the session's stage.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::definition::{ImportError, import_published};
use crate::core::issue::{IssueKind, Severity};
use crate::core::language::negotiate;
use crate::core::model::Survey;
use crate::core::session::Stage;
use crate::core::validate::runnable;
use crate::ui::audience_screen::AudienceScreen;
use crate::ui::browser::{
    file_input, preferred_languages, query_parameter, query_parameters, read_chosen_file,
    register_service_worker, set_document_language,
};
use crate::ui::done_screen::DoneScreen;
use crate::ui::i18n::{RESPOND, args, direction, tr, tr_args};
use crate::ui::kiosk_gate::{KioskExport, KioskGate};
use crate::ui::load::{BUNDLED_SAMPLE, LoadFailure, load_survey};
use crate::ui::respond_session::RespondSession;
use crate::ui::survey_screen::SurveyScreen;
use crate::ui::{kiosk, outbox};

/// What the runtime shows.
#[derive(Clone)]
enum View {
    Loading,
    Failed(String),
    KioskLocked(RespondSession),
    KioskExport(RespondSession),
    Session(RespondSession),
}

/// The respondent runtime application.
#[component]
pub fn RespondentApp() -> impl IntoView {
    let requested = query_parameter("lang").map_or_else(preferred_languages, |tag| vec![tag]);
    let kiosk_mode = query_parameter("kiosk").is_some_and(|value| value == "1" || value == "true");
    // Until a survey is open, the runtime speaks the best interface language it has.
    let fallback_language = negotiate(&requested, &RESPOND.languages(), "en");
    let view_state = RwSignal::new_local(View::Loading);
    let ui_language = RwSignal::new(fallback_language);

    register_service_worker();
    // Deliver anything queued earlier, now and whenever the connection returns.
    spawn_local(async {
        outbox::flush().await;
    });
    let _online = window_event_listener(leptos::ev::online, |_| {
        spawn_local(async {
            outbox::flush().await;
        });
    });

    let open = move |survey: Survey| {
        let language = ui_language.get_untracked();
        // The builder checked everything before publishing; the runtime checks what it runs.
        let issues = runnable(&survey);
        let errors = issues
            .iter()
            .filter(|issue| issue.severity(&survey.source_language) == Severity::Error)
            .count();
        // A text over the length limit is not a mistake to fix here: say what it is.
        if issues
            .iter()
            .any(|issue| matches!(issue.kind, IssueKind::TextTooLong { .. }))
        {
            view_state.set(View::Failed(tr(&RESPOND, &language, "error-text-too-long")));
            return;
        }
        if errors > 0 {
            view_state.set(View::Failed(tr_args(
                &RESPOND,
                &language,
                "error-invalid",
                &args(&[("count", errors.to_string())]),
            )));
            return;
        }
        // Inserted one by one (a later parameter wins, as in a collect, without its sort).
        let mut audience = BTreeMap::new();
        for (name, value) in query_parameters() {
            if survey.audience.iter().any(|variable| variable.id == name) {
                audience.insert(name, value);
            }
        }
        let session = RespondSession::start(survey, &requested, audience, kiosk_mode);
        // Saving starts right after the first screen is shown: working out what the
        // progress is saved under reads the whole definition, and the first save holds
        // nothing a respondent has done yet.
        let owner = Owner::current();
        set_timeout(
            move || match &owner {
                Some(owner) => owner.with(|| session.autosave()),
                None => session.autosave(),
            },
            std::time::Duration::ZERO,
        );
        Effect::new(move |_| ui_language.set(session.language.get()));
        view_state.set(if kiosk_mode && !kiosk::is_unlocked() {
            View::KioskLocked(session)
        } else {
            View::Session(session)
        });
    };
    let open_for_load = open.clone();

    let url = query_parameter("survey").unwrap_or_else(|| BUNDLED_SAMPLE.to_owned());
    spawn_local(async move {
        match load_survey(&url, import_published).await {
            Ok(survey) => open_for_load(survey),
            Err(failure) => view_state.set(View::Failed(failure_message(
                &ui_language.get_untracked(),
                failure,
            ))),
        }
    });

    Effect::new(move |_| {
        let tag = ui_language.get();
        let dir = view_state.with(|state| match state {
            View::Session(session) | View::KioskLocked(session) | View::KioskExport(session) => {
                session
                    .survey
                    .with(|survey| survey.direction(&tag).as_html())
            }
            _ => direction(&tag),
        });
        set_document_language(&tag, dir);
    });

    let open_file = move |event: leptos::ev::Event| {
        let Some(input) = file_input(&event) else {
            return;
        };
        let open = open.clone();
        spawn_local(async move {
            let language = ui_language.get_untracked();
            match read_chosen_file(&input)
                .await
                .map(|text| import_published(&text))
            {
                Some(Ok(survey)) => open(survey),
                Some(Err(error)) => view_state.set(View::Failed(failure_message(
                    &language,
                    LoadFailure::Import(error),
                ))),
                None => {}
            }
        });
    };

    view! {
        <main class="respond">
            {move || match view_state.get() {
                View::Loading => view! {
                    <p role="status" class="page" data-testid="loading">{move || tr(&RESPOND, &ui_language.get(), "loading")}</p>
                }.into_any(),
                View::Failed(message) => view! {
                    <section class="page load-failure" role="alert" data-testid="load-failure">
                        <h1>{move || tr(&RESPOND, &ui_language.get(), "error-heading")}</h1>
                        <p>{message}</p>
                    </section>
                }.into_any(),
                View::KioskLocked(session) => view! {
                    <KioskGate session=session on_unlocked=Callback::new(move |_| view_state.set(View::Session(session))) />
                }.into_any(),
                View::KioskExport(session) => view! {
                    <KioskExport session=session on_close=Callback::new(move |_| view_state.set(View::Session(session))) />
                }.into_any(),
                View::Session(session) => view! {
                    {move || match session.stage.get() {
                        Stage::Audience => view! { <AudienceScreen session=session /> }.into_any(),
                        Stage::Questions => view! { <SurveyScreen session=session /> }.into_any(),
                        Stage::Done => view! {
                            <DoneScreen session=session on_export=Callback::new(move |_| view_state.set(View::KioskExport(session))) />
                        }.into_any(),
                    }}
                }.into_any(),
            }}
            <footer class="respond-footer">
                <label class="file-open">
                    <span>{move || tr(&RESPOND, &ui_language.get(), "open-file")}</span>
                    <input type="file" accept=".json,application/json" data-testid="open-file" on:change=open_file />
                </label>
            </footer>
        </main>
    }
}

fn failure_message(language: &str, failure: LoadFailure) -> String {
    match failure {
        LoadFailure::Fetch { url, .. } => {
            tr_args(&RESPOND, language, "error-network", &args(&[("url", url)]))
        }
        // Over a documented limit (`SECURITY.md`): not damaged, too big for this app.
        LoadFailure::Import(
            error @ (ImportError::TooLarge { .. }
            | ImportError::TooDeep { .. }
            | ImportError::OverLimit { .. }),
        ) => tr_args(
            &RESPOND,
            language,
            "error-too-big",
            &args(&[("detail", error.to_string())]),
        ),
        LoadFailure::Import(error) => tr_args(
            &RESPOND,
            language,
            "error-import",
            &args(&[("detail", error.to_string())]),
        ),
    }
}
