//! After submitting: what happened to the answers, and what to do next.

use leptos::prelude::*;

use crate::ui::browser::download;
use crate::ui::i18n::{RESPOND, tr};
use crate::ui::respond_session::{Delivery, RespondSession};

/// The thank-you screen.
#[component]
pub fn DoneScreen(
    /// The respondent's session.
    session: RespondSession,
    /// Shows the staff export (kiosk mode).
    on_export: Callback<()>,
) -> impl IntoView {
    let language = move || session.language.get();
    let message = move || {
        let id = match session.delivery.get() {
            Delivery::Sent => "done-sent",
            Delivery::Queued => "done-queued",
            Delivery::KeptOnDevice => "done-kept",
            Delivery::DownloadOnly(_) => "done-download",
            Delivery::SendingUnkept(_) => "done-sending-unkept",
            Delivery::None | Delivery::NotKept => "done-sent",
        };
        tr(&RESPOND, &language(), id)
    };
    let download_json = move |_| {
        if let Delivery::DownloadOnly(json) | Delivery::SendingUnkept(json) = session.delivery.get()
        {
            download("my-answers.json", "application/json", &json);
        }
    };
    view! {
        <section class="page done" data-testid="done" data-delivery=move || format!("{:?}", session.delivery.get()).split('(').next().unwrap_or_default().to_owned()>
            <h1>{move || tr(&RESPOND, &language(), "done-heading")}</h1>
            <p role="status">{message}</p>
            {move || matches!(session.delivery.get(), Delivery::DownloadOnly(_) | Delivery::SendingUnkept(_)).then(|| view! {
                <button type="button" class="secondary" on:click=download_json>{tr(&RESPOND, &language(), "download-answers")}</button>
            })}
            <nav class="navigation">
                <button type="button" class="primary" data-testid="start-again" on:click=move |_| session.start_over()>
                    {move || tr(&RESPOND, &language(), if session.kiosk { "next-person" } else { "start-again" })}
                </button>
                {session.kiosk.then(|| view! {
                    <button type="button" class="secondary" data-testid="kiosk-export-open" on:click=move |_| on_export.run(())>
                        {move || tr(&RESPOND, &language(), "kiosk-staff")}
                    </button>
                })}
            </nav>
        </section>
    }
}
