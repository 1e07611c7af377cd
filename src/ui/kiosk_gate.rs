//! Kiosk mode's staff screens: set or enter the passphrase before collecting, and export the
//! stored responses (asking for the passphrase again) as CSV and JSON.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::response::{Response, to_csv};
use crate::core::session::kiosk_key;
use crate::ui::browser::download;
use crate::ui::i18n::{RESPOND, args, tr, tr_args};
use crate::ui::kiosk::{self, KioskError};
use crate::ui::respond_session::RespondSession;

/// The shortest staff passphrase accepted.
pub const MIN_PASSPHRASE: usize = 8;

fn kiosk_error_message(language: &str, error: KioskError) -> String {
    tr(
        &RESPOND,
        language,
        match error {
            KioskError::Unavailable => "crypto-unavailable",
            KioskError::WrongPassphrase | KioskError::Locked => "kiosk-wrong",
            KioskError::StorageFailed => "kiosk-not-kept",
        },
    )
}

/// Sets up (first time) or unlocks kiosk mode.
#[component]
pub fn KioskGate(
    /// The session to collect into.
    session: RespondSession,
    /// Called once the kiosk is unlocked.
    on_unlocked: Callback<()>,
) -> impl IntoView {
    let language = move || session.language.get();
    let storage_key = session.survey.with(kiosk_key);
    let creating = kiosk::vault(&storage_key).is_none();
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let working = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let language = language();
        let phrase = passphrase.get();
        if creating && phrase.chars().count() < MIN_PASSPHRASE {
            problem.set(Some(tr_args(
                &RESPOND,
                &language,
                "kiosk-too-short",
                &args(&[("count", MIN_PASSPHRASE.to_string())]),
            )));
            return;
        }
        if creating && phrase != repeat.get() {
            problem.set(Some(tr(&RESPOND, &language, "kiosk-mismatch")));
            return;
        }
        problem.set(None);
        working.set(true);
        let key = storage_key.clone();
        spawn_local(async move {
            let result = kiosk::unlock(&key, &phrase).await;
            working.set(false);
            match result {
                Ok(()) => on_unlocked.run(()),
                Err(error) => problem.set(Some(kiosk_error_message(&language, error))),
            }
        });
    };
    view! {
        <section class="page kiosk" data-testid="kiosk-gate">
            <h1>{move || tr(&RESPOND, &language(), if creating { "kiosk-set-heading" } else { "kiosk-unlock-heading" })}</h1>
            <p>{move || tr(&RESPOND, &language(), if creating { "kiosk-set-help" } else { "kiosk-unlock-help" })}</p>
            <form on:submit=submit>
                <label class="question" for="kiosk-passphrase">{move || tr(&RESPOND, &language(), "kiosk-passphrase")}</label>
                <input id="kiosk-passphrase" type="password" autocomplete="off" data-testid="kiosk-passphrase"
                    on:input=move |event| passphrase.set(event_target_value(&event)) />
                {creating.then(|| view! {
                    <label class="question" for="kiosk-repeat">{move || tr(&RESPOND, &language(), "kiosk-passphrase-repeat")}</label>
                    <input id="kiosk-repeat" type="password" autocomplete="off" data-testid="kiosk-repeat"
                        on:input=move |event| repeat.set(event_target_value(&event)) />
                })}
                <div role="alert" class="field-errors">{move || problem.get().map(|text| view! { <p class="field-error">{text}</p> })}</div>
                <p role="status">{move || working.get().then(|| tr(&RESPOND, &language(), "kiosk-working"))}</p>
                <button type="submit" class="primary" data-testid="kiosk-unlock" disabled=move || working.get()>
                    {move || tr(&RESPOND, &language(), "kiosk-unlock")}
                </button>
            </form>
        </section>
    }
}

/// Exports the stored responses after asking for the passphrase.
#[component]
pub fn KioskExport(
    /// The session whose survey's responses are exported.
    session: RespondSession,
    /// Closes the export screen.
    on_close: Callback<()>,
) -> impl IntoView {
    let language = move || session.language.get();
    let storage_key = session.survey.with(kiosk_key);
    let stored = kiosk::vault(&storage_key).map_or(0, |vault| vault.records.len());
    let passphrase = RwSignal::new(String::new());
    let opened: RwSignal<Option<Vec<Response>>> = RwSignal::new(None);
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let working = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (language, phrase, key) = (language(), passphrase.get(), storage_key.clone());
        working.set(true);
        spawn_local(async move {
            let result = kiosk::open_all(&key, &phrase).await;
            working.set(false);
            match result {
                Ok(records) => {
                    opened.set(Some(
                        records
                            .iter()
                            .filter_map(|json| serde_json::from_str(json).ok())
                            .collect(),
                    ));
                    problem.set(None);
                }
                Err(error) => problem.set(Some(kiosk_error_message(&language, error))),
            }
        });
    };
    let file_stem = session.survey.with(|survey| {
        format!(
            "{}-{}-responses",
            survey.metadata.id, survey.metadata.version
        )
    });
    let csv_name = format!("{file_stem}.csv");
    let json_name = format!("{file_stem}.json");
    let download_csv = move |_| {
        if let Some(responses) = opened.get() {
            let csv = session.survey.with(|survey| to_csv(survey, &responses));
            download(&csv_name, "text/csv", &csv);
        }
    };
    let download_json = move |_| {
        if let Some(responses) = opened.get() {
            download(
                &json_name,
                "application/json",
                &serde_json::to_string_pretty(&responses).unwrap_or_default(),
            );
        }
    };
    view! {
        <section class="page kiosk" data-testid="kiosk-export">
            <h1>{move || tr(&RESPOND, &language(), "kiosk-export-heading")}</h1>
            <p data-testid="kiosk-count">{move || tr_args(&RESPOND, &language(), "kiosk-count", &args(&[("count", stored.to_string())]))}</p>
            <Show when=move || opened.with(Option::is_none)>
                <form on:submit=submit.clone()>
                    <label class="question" for="kiosk-export-passphrase">{move || tr(&RESPOND, &language(), "kiosk-passphrase")}</label>
                    <input id="kiosk-export-passphrase" type="password" autocomplete="off" data-testid="kiosk-export-passphrase"
                        on:input=move |event| passphrase.set(event_target_value(&event)) />
                    <div role="alert" class="field-errors">{move || problem.get().map(|text| view! { <p class="field-error">{text}</p> })}</div>
                    <p role="status">{move || working.get().then(|| tr(&RESPOND, &language(), "kiosk-working"))}</p>
                    <button type="submit" class="primary" data-testid="kiosk-export-unlock" disabled=move || working.get()>
                        {move || tr(&RESPOND, &language(), "kiosk-export")}
                    </button>
                </form>
            </Show>
            <Show when=move || opened.with(Option::is_some)>
                <div class="navigation">
                    <button type="button" class="primary" data-testid="export-csv" on:click=download_csv.clone()>{move || tr(&RESPOND, &language(), "export-csv")}</button>
                    <button type="button" class="primary" data-testid="export-json" on:click=download_json.clone()>{move || tr(&RESPOND, &language(), "export-json")}</button>
                </div>
            </Show>
            <button type="button" class="secondary" data-testid="kiosk-export-close" on:click=move |_| on_close.run(())>
                {move || tr(&RESPOND, &language(), "back")}
            </button>
        </section>
    }
}
