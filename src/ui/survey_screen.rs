//! The survey as the respondent answers it: title, language and mode switches, progress, the
//! current page or question, and back / next (or submit).

use leptos::prelude::*;

use crate::core::flow::progress;
use crate::core::model::Presentation;
use crate::core::present::{PresentedPage, present_page};
use crate::ui::i18n::{RESPOND, args, tr, tr_args};
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::page_view::PageView;
use crate::ui::respond_session::{Delivery, RespondSession};

/// The answering screen.
#[component]
pub fn SurveyScreen(
    /// The respondent's session.
    session: RespondSession,
) -> impl IntoView {
    let language = move || session.language.get();
    let place = Memo::new(move |_| session.place());
    // A memo: the page is resolved once per change, however many views read it.
    let page: Memo<Option<PresentedPage>> = Memo::new(move |_| {
        let (all, at) = place.get();
        let screen = all.get(at).cloned()?;
        let context = session.context();
        session.survey.with(|survey| {
            let mut page = present_page(survey, screen.page, &session.language.get(), &context)?;
            if let Some(only) = &screen.item {
                page.items.retain(|item| item.id == *only);
            }
            Some(page)
        })
    });
    let counts = Memo::new(move |_| {
        session
            .answers
            .with(|answers| session.survey.with(|survey| progress(survey, answers)))
    });
    let progress_text = move || {
        let (answered, total) = counts.get();
        tr_args(
            &RESPOND,
            &language(),
            "progress-answered",
            &args(&[
                ("answered", answered.to_string()),
                ("total", total.to_string()),
            ]),
        )
    };
    let percent = move || {
        let (answered, total) = counts.get();
        (answered * 100).checked_div(total).unwrap_or(0)
    };
    let is_last = move || {
        let (all, at) = place.get();
        at + 1 >= all.len()
    };
    let error_summary = move || {
        let count = session.errors.with(Vec::len);
        (count > 0).then(|| {
            tr_args(
                &RESPOND,
                &language(),
                "errors-summary",
                &args(&[("count", count.to_string())]),
            )
        })
    };
    let on_next = move |_| {
        if !session.next() {
            focus_first_error();
        } else {
            scroll_to_top();
        }
    };
    let title = move || {
        let context = session.context();
        session.survey.with(|survey| {
            crate::core::present::survey_title(survey, &session.language.get(), &context)
        })
    };
    let mode_toggle = move |_| {
        let next = match session.mode.get() {
            Presentation::Page => Presentation::Question,
            Presentation::Question => Presentation::Page,
        };
        session.switch_mode(next);
    };
    let not_kept = move || session.delivery.get() == Delivery::NotKept;
    let start_over = move |_| {
        let question = tr(&RESPOND, &language(), "start-over-confirm");
        let confirmed = web_sys::window()
            .and_then(|window| window.confirm_with_message(&question).ok())
            .unwrap_or(false);
        if confirmed {
            session.start_over();
            scroll_to_top();
        }
    };

    view! {
        <header class="respond-header">
            <h1 data-testid="survey-title">{title}</h1>
            <LanguageSwitch session=session />
        </header>
        <div class="progress-area">
            <p class="progress" data-testid="progress" id="progress-text">{progress_text}</p>
            <div class="progress-bar" role="progressbar" aria-labelledby="progress-text" aria-valuemin="0" aria-valuemax="100" aria-valuenow=move || percent().to_string()>
                <div class="progress-fill" style:inline-size=move || format!("{}%", percent())></div>
            </div>
            <button type="button" class="link-button" data-testid="mode-toggle" on:click=mode_toggle>
                {move || tr(&RESPOND, &language(), match session.mode.get() {
                    Presentation::Page => "mode-question",
                    Presentation::Question => "mode-page",
                })}
            </button>
        </div>
        {move || session.storage_failed.get().then(|| view! {
            <p class="storage-warning" role="status" data-testid="storage-warning">{tr(&RESPOND, &language(), "storage-warning")}</p>
        })}
        <div class="error-summary" role="alert" data-testid="error-summary">{move || error_summary().map(|text| view! { <p>{text}</p> })}</div>
        <PageView page=page.into() session=session />
        {move || not_kept().then(|| view! { <p class="field-error" role="alert">{tr(&RESPOND, &language(), "kiosk-not-kept")}</p> })}
        <nav class="navigation">
            <button type="button" class="secondary" data-testid="back" on:click=move |_| { session.back(); scroll_to_top(); }>
                {move || tr(&RESPOND, &language(), "back")}
            </button>
            <button type="button" class="primary" data-testid="next" on:click=on_next>
                {move || tr(&RESPOND, &language(), if is_last() { "submit" } else { "next" })}
            </button>
        </nav>
        <p class="start-over">
            <button type="button" class="link-button" data-testid="start-over" on:click=start_over>
                {move || tr(&RESPOND, &language(), "start-over")}
            </button>
        </p>
    }
}

fn focus_first_error() {
    // Let the error messages render first.
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let target = document
            .query_selector("[data-testid=item] .field-error:not(:empty)")
            .ok()
            .flatten()
            .and_then(|error| error.closest("[data-testid=item]").ok().flatten())
            .and_then(|item| {
                item.query_selector("input, select, textarea")
                    .ok()
                    .flatten()
            });
        if let Some(element) = target.and_then(|element| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
        }) {
            let _ = element.focus();
        }
    });
}

fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
