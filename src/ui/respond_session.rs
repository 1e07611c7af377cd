//! The respondent's session in the browser: signals over plain core values, changed only
//! through the methods here (answer, next, back, switch language or mode, submit, start over),
//! and saved on the device after every change.

use std::collections::BTreeMap;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::answer::{Answer, Answers};
use crate::core::flow::{FieldError, Screen, check_screen_with, convert, position, screens};
use crate::core::fluent::Context;
use crate::core::language::negotiate;
use crate::core::model::{Presentation, SubmissionFormat, Survey};
use crate::core::response::{Response, to_fhir};
use crate::core::session::{SavedSession, Stage, belongs_to, read_saved, storage_key};
use crate::ui::crypto::random_uuid;
use crate::ui::{browser, kiosk, outbox, storage};

/// What happened to a submitted response.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// Nothing submitted yet.
    None,
    /// Received by the survey's endpoint.
    Sent,
    /// Waiting on the device for a connection.
    Queued,
    /// Encrypted on the device (kiosk mode).
    KeptOnDevice,
    /// The survey names no endpoint: the respondent may download a copy.
    DownloadOnly(String),
    /// Kiosk storage failed: the response could not be kept.
    NotKept,
    /// The device could not keep the response for sending (storage full or refused): it is
    /// being sent from memory while the thank-you screen stays; the respondent may download a
    /// copy meanwhile.
    SendingUnkept(String),
}

/// The state of one respondent's session.
#[derive(Clone, Copy)]
pub struct RespondSession {
    /// The survey being answered (it changes only in the builder's live preview).
    pub survey: RwSignal<Survey>,
    /// The language shown.
    pub language: RwSignal<String>,
    /// Audience values chosen.
    pub audience: RwSignal<BTreeMap<String, String>>,
    /// Answers so far.
    pub answers: RwSignal<Answers>,
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// Page or question at a time.
    pub mode: RwSignal<Presentation>,
    /// Audience questions, survey, or done.
    pub stage: RwSignal<Stage>,
    /// Problems found by the last "next" on this screen.
    pub errors: RwSignal<Vec<FieldError>>,
    /// The response id (idempotency key).
    pub response_id: RwSignal<String>,
    /// When this response was started.
    pub started_at: RwSignal<String>,
    /// Progress could not be saved on this device.
    pub storage_failed: RwSignal<bool>,
    /// What happened on submit.
    pub delivery: RwSignal<Delivery>,
    /// Answers are kept encrypted on the device instead of being sent.
    pub kiosk: bool,
    /// Audience values fixed by the URL: kept for every new response.
    pub fixed_audience: StoredValue<BTreeMap<String, String>>,
    /// The builder's live preview: nothing is saved or sent.
    pub preview: bool,
}

/// Current time as RFC 3339.
pub fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

impl RespondSession {
    /// A session for `survey`: resumed from the device when progress was saved, otherwise new,
    /// in the best language for `requested` and with audience values from the URL.
    pub fn start(
        survey: Survey,
        requested: &[String],
        url_audience: BTreeMap<String, String>,
        kiosk: bool,
    ) -> Self {
        let tags: Vec<&str> = survey
            .languages
            .iter()
            .map(|language| language.tag.as_str())
            .collect();
        let language = negotiate(requested, &tags, &survey.source_language);
        // Damaged progress is set aside rather than overwritten; progress on another version of
        // the survey is left for the next save to replace.
        // At a kiosk progress is never kept in the clear (the next person would see it, and
        // the device is shared): only submitted responses are kept, encrypted.
        let saved = if kiosk {
            storage::remove(&storage_key(&survey));
            None
        } else {
            storage::load_parsed(&storage_key(&survey), read_saved)
                .filter(|saved| belongs_to(saved, &survey))
        };
        let audience = valid_audience(&survey, url_audience);
        let needs_audience = needs_audience(&survey, &audience);
        let mode = survey.settings.presentation;
        let first = screens(&survey, mode, &Answers::new())
            .into_iter()
            .next()
            .unwrap_or(Screen {
                page: 0,
                item: None,
            });
        let session = RespondSession {
            language: RwSignal::new(language),
            fixed_audience: StoredValue::new(audience.clone()),
            audience: RwSignal::new(audience),
            answers: RwSignal::new(Answers::new()),
            screen: RwSignal::new(first),
            mode: RwSignal::new(mode),
            stage: RwSignal::new(if needs_audience {
                Stage::Audience
            } else {
                Stage::Questions
            }),
            errors: RwSignal::new(Vec::new()),
            response_id: RwSignal::new(random_uuid()),
            started_at: RwSignal::new(now()),
            storage_failed: RwSignal::new(false),
            delivery: RwSignal::new(Delivery::None),
            kiosk,
            preview: false,
            survey: RwSignal::new(survey),
        };
        if let Some(saved) = saved.filter(|saved| saved.stage != Stage::Done) {
            session.language.set(saved.language);
            session.audience.set(saved.audience);
            session.answers.set(saved.answers);
            session.screen.set(saved.screen);
            session.mode.set(saved.mode);
            session.stage.set(saved.stage);
            session.response_id.set(saved.response_id);
            session.started_at.set(saved.started_at);
        }
        session
    }

    /// A session for the builder's preview: nothing restored, saved or sent.
    pub fn preview(survey: Survey, language: &str) -> Self {
        // A page that saved nothing has nothing to restore; the key is never written.
        let mut session = Self::start(survey, &[language.to_owned()], BTreeMap::new(), false);
        session.preview = true;
        session.stage.set(Stage::Questions);
        session
    }

    /// Saves progress whenever it changes (not at a kiosk: see [`RespondSession::start`]).
    pub fn autosave(self) {
        if self.kiosk {
            return;
        }
        // The survey a respondent answers does not change (only the builder's preview, which
        // saves nothing, follows edits), so its reference and key (an export and a hash of
        // the whole definition) are worked out once, not on every answer.
        let reference = self
            .survey
            .with_untracked(crate::core::response::survey_reference);
        let key = self.survey.with_untracked(storage_key);
        Effect::new(move |_| {
            let saved = SavedSession {
                survey: reference.clone(),
                response_id: self.response_id.get(),
                language: self.language.get(),
                audience: self.audience.get(),
                answers: self.answers.get(),
                screen: self.screen.get(),
                mode: self.mode.get(),
                stage: self.stage.get(),
                started_at: self.started_at.get(),
            };
            if saved.stage == Stage::Done {
                // Answers do not linger on a shared phone once they are submitted.
                storage::remove(&key);
                return;
            }
            let text = serde_json::to_string(&saved).unwrap_or_default();
            self.storage_failed.set(storage::save(&key, &text).is_err());
        });
    }

    /// The wording context: audience values and answers.
    pub fn context(&self) -> Context {
        Context {
            audience: self.audience.get(),
            answers: self.answers.get(),
        }
    }

    /// Sets or clears one answer, and forgets the errors shown for it.
    pub fn answer(&self, id: &str, answer: Option<Answer>) {
        self.answers.update(|answers| match answer {
            Some(answer) => {
                answers.insert(id.to_owned(), answer);
            }
            None => {
                answers.remove(id);
            }
        });
        // Only when an error concerns it: every field's error list reads this signal.
        if self
            .errors
            .with_untracked(|errors| errors.iter().any(|error| error.item == id))
        {
            self.errors
                .update(|errors| errors.retain(|error| error.item != id));
        }
    }

    /// The screens that apply now, and where the current one stands among them.
    pub fn place(&self) -> (Vec<Screen>, usize) {
        let answers = self.answers.get();
        let mode = self.mode.get();
        let current = self.screen.get();
        self.survey.with(|survey| {
            let all = screens(survey, mode, &answers);
            let at = position(survey, &all, &current);
            (all, at)
        })
    }

    /// Goes on when the answers on this screen are complete and valid; otherwise shows what
    /// to fix. Returns true when it moved (or submitted).
    pub fn next(&self) -> bool {
        let context = self.context();
        let (all, at) = self.place();
        let current = all.get(at).cloned().unwrap_or_else(|| self.screen.get());
        let errors = self.survey.with_untracked(|survey| {
            check_screen_with(survey, &current, &context, browser::pattern_matches)
        });
        if !errors.is_empty() {
            self.errors.set(errors);
            return false;
        }
        self.errors.set(Vec::new());
        match all.get(at + 1) {
            Some(next) => self.screen.set(next.clone()),
            None => {
                let session = *self;
                leptos::task::spawn_local(async move { session.submit().await });
            }
        }
        true
    }

    /// Goes back one screen, keeping every answer.
    pub fn back(&self) {
        let (all, at) = self.place();
        self.errors.set(Vec::new());
        if at > 0 {
            self.screen.set(all[at - 1].clone());
        } else if self
            .survey
            .with_untracked(|survey| !survey.audience.is_empty())
        {
            self.stage.set(Stage::Audience);
        }
    }

    /// Switches between page and question at a time, staying at the same place.
    pub fn switch_mode(&self, mode: Presentation) {
        let answers = self.answers.get();
        let screen = self.screen.get();
        let converted = self
            .survey
            .with_untracked(|survey| convert(survey, &screen, mode, &answers));
        self.mode.set(mode);
        self.screen.set(converted);
        self.errors.set(Vec::new());
    }

    /// Builds the response and sends it, queues it, or keeps it encrypted (kiosk).
    pub async fn submit(self) {
        let response = self.survey.with_untracked(|survey| {
            Response::new(
                survey,
                self.response_id.get_untracked(),
                self.language.get_untracked(),
                self.audience.get_untracked(),
                self.answers.get_untracked(),
                self.started_at.get_untracked(),
                now(),
            )
        });
        let json = serde_json::to_string(&response).unwrap_or_default();
        let submission = self
            .survey
            .with_untracked(|survey| survey.settings.submission.clone());
        let delivery = if self.preview {
            Delivery::DownloadOnly(serde_json::to_string_pretty(&response).unwrap_or_default())
        } else if self.kiosk {
            match kiosk::keep(
                &self.survey.with_untracked(crate::core::session::kiosk_key),
                &json,
            )
            .await
            {
                Ok(()) => Delivery::KeptOnDevice,
                Err(_) => Delivery::NotKept,
            }
        } else if let Some(submission) = submission {
            let (body, content_type) = match submission.format {
                SubmissionFormat::Coform => (json, "application/json"),
                SubmissionFormat::Fhir => (
                    self.survey
                        .with_untracked(|survey| to_fhir(survey, &response))
                        .to_string(),
                    "application/fhir+json",
                ),
            };
            let delivery = outbox::Delivery {
                id: response.id.clone(),
                endpoint: submission.endpoint,
                body,
                content_type: content_type.to_owned(),
            };
            if outbox::enqueue(delivery.clone()).is_err() {
                // The device cannot keep it: it is sent from memory while the thank-you screen
                // stays, which says so and offers the answers as a file meanwhile.
                self.storage_failed.set(true);
                self.delivery.set(Delivery::SendingUnkept(
                    serde_json::to_string_pretty(&response).unwrap_or_default(),
                ));
                self.stage.set(Stage::Done);
                let session = self;
                let id = response.id.clone();
                let still_here = Rc::new(move || {
                    session.response_id.try_get_untracked().as_deref() == Some(id.as_str())
                        && session.stage.try_get_untracked() == Some(Stage::Done)
                });
                let sent = {
                    let still_here = still_here.clone();
                    Rc::new(move || {
                        if still_here() {
                            session.delivery.set(Delivery::Sent);
                        }
                    })
                };
                outbox::send_unkept(delivery, still_here, sent, outbox::UNKEPT_RETRY_FIRST);
                return;
            }
            // The respondent is done now: sending (which may wait on a slow or failing
            // network, and on older responses queued before this one) goes on behind the
            // thank-you screen, whose message turns to "sent" when this response arrives.
            self.delivery.set(Delivery::Queued);
            self.stage.set(Stage::Done);
            outbox::flush().await;
            let still_this_response = self.response_id.get_untracked() == response.id
                && self.stage.get_untracked() == Stage::Done;
            let delivered = !outbox::pending()
                .iter()
                .any(|queued| queued.id == response.id);
            if still_this_response && delivered {
                self.delivery.set(Delivery::Sent);
            }
            return;
        } else {
            Delivery::DownloadOnly(serde_json::to_string_pretty(&response).unwrap_or_default())
        };
        if delivery == Delivery::NotKept {
            // Stay on the last screen: nothing is lost, and the message says what happened.
            self.delivery.set(delivery);
            return;
        }
        self.delivery.set(delivery);
        self.stage.set(Stage::Done);
    }

    /// Clears the answers and begins a new response (the next person at a kiosk, or a
    /// respondent who wants to start again).
    pub fn start_over(&self) {
        let mode = self
            .survey
            .with_untracked(|survey| survey.settings.presentation);
        let first = self
            .survey
            .with_untracked(|survey| screens(survey, mode, &Answers::new()).into_iter().next());
        let fixed = self.fixed_audience.get_value();
        let needs_audience = self
            .survey
            .with_untracked(|survey| needs_audience(survey, &fixed));
        self.audience.set(fixed);
        self.answers.set(Answers::new());
        self.errors.set(Vec::new());
        self.mode.set(mode);
        self.screen.set(first.unwrap_or(Screen {
            page: 0,
            item: None,
        }));
        self.response_id.set(random_uuid());
        self.started_at.set(now());
        self.delivery.set(Delivery::None);
        self.stage.set(if needs_audience {
            Stage::Audience
        } else {
            Stage::Questions
        });
    }
}

/// Whether some audience variable has no value yet, so the audience screen comes first.
fn needs_audience(survey: &Survey, audience: &BTreeMap<String, String>) -> bool {
    survey
        .audience
        .iter()
        .any(|variable| !audience.contains_key(&variable.id))
}

/// Audience values from the URL that the survey declares, with an allowed value.
fn valid_audience(
    survey: &Survey,
    mut given: BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    given.retain(|id, value| {
        survey.audience.iter().any(|variable| {
            variable.id == *id
                && variable
                    .values
                    .iter()
                    .any(|allowed| allowed.value == *value)
        })
    });
    given
}
