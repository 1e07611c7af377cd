//! Responses waiting to be delivered. Submitting puts a response in the outbox (on the
//! device) first, then tries to send it; whatever could not be sent stays and is sent again
//! when the connection returns, when the runtime next opens, and on a timer (5 s, doubling up
//! to a minute) while anything waits. A request that gets no answer is abandoned after 20 s, so
//! a hanging endpoint cannot hold the queue. Each request carries the response id as
//! `Idempotency-Key`, so a receiver can ignore a repeat after a lost acknowledgement.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{set_timeout, set_timeout_with_handle};
use leptos::task::spawn_local;

use serde::{Deserialize, Serialize};

use crate::ui::storage::{self, StorageError};

const OUTBOX_KEY: &str = "coform:outbox";

/// One queued delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    /// The response id, sent as `Idempotency-Key`.
    pub id: String,
    /// Where to POST.
    pub endpoint: String,
    /// The body (coform response JSON or a FHIR QuestionnaireResponse).
    pub body: String,
    /// Its content type.
    pub content_type: String,
}

/// The queued deliveries.
pub fn pending() -> Vec<Delivery> {
    storage::load_parsed(OUTBOX_KEY, |text| serde_json::from_str(text).ok()).unwrap_or_default()
}

/// Adds a delivery to the outbox (once per id).
pub fn enqueue(delivery: Delivery) -> Result<(), StorageError> {
    let mut queue = pending();
    if !queue.iter().any(|queued| queued.id == delivery.id) {
        queue.push(delivery);
    }
    store(&queue)
}

fn store(queue: &[Delivery]) -> Result<(), StorageError> {
    let text = serde_json::to_string(queue).unwrap_or_else(|_| "[]".to_owned());
    storage::save(OUTBOX_KEY, &text)
}

/// How long one delivery may wait for an answer before it is abandoned (and tried again later).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// The first wait before trying again while deliveries wait; it doubles up to `RETRY_LONGEST`,
/// and starts again from here once the outbox is empty.
const RETRY_FIRST: Duration = Duration::from_secs(5);
const RETRY_LONGEST: Duration = Duration::from_secs(60);

thread_local! {
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
    /// The wait before the next retry, and whether one is scheduled.
    static RETRY: Cell<(Duration, bool)> = const { Cell::new((RETRY_FIRST, false)) };
}

/// Sends one delivery; true when the receiver has it.
async fn deliver(delivery: &Delivery) -> bool {
    let controller = web_sys::AbortController::new().ok();
    let timeout = controller.clone().and_then(|controller| {
        set_timeout_with_handle(move || controller.abort(), REQUEST_TIMEOUT).ok()
    });
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let request = gloo_net::http::Request::post(&delivery.endpoint)
        .header("Content-Type", &delivery.content_type)
        .header("Idempotency-Key", &delivery.id)
        .abort_signal(signal.as_ref())
        .body(delivery.body.clone());
    let delivered = match request {
        Ok(request) => match request.send().await {
            // 409 Conflict: the receiver already has this response.
            Ok(response) => response.ok() || response.status() == 409,
            Err(_) => false,
        },
        Err(_) => false,
    };
    if let Some(timeout) = timeout {
        timeout.clear();
    }
    delivered
}

/// Schedules one more flush while deliveries wait (at most one scheduled at a time), or
/// resets the wait once none does.
fn retry_later(waiting: usize) {
    RETRY.with(|retry| {
        let (wait, scheduled) = retry.get();
        if waiting == 0 {
            retry.set((RETRY_FIRST, scheduled));
        } else if !scheduled {
            retry.set(((wait * 2).min(RETRY_LONGEST), true));
            set_timeout(
                || {
                    RETRY.with(|retry| retry.set((retry.get().0, false)));
                    spawn_local(async {
                        flush().await;
                    });
                },
                wait,
            );
        }
    });
}

/// Sends a delivery the device could not keep (its storage is full or refused) straight from
/// memory: now, then on the retry timer while `keep_trying` says the respondent is still on
/// the screen that shows it; `sent` runs once it has arrived.
pub fn send_unkept(
    delivery: Delivery,
    keep_trying: Rc<dyn Fn() -> bool>,
    sent: Rc<dyn Fn()>,
    wait: Duration,
) {
    spawn_local(async move {
        if deliver(&delivery).await {
            sent();
        } else if keep_trying() {
            set_timeout(
                move || send_unkept(delivery, keep_trying, sent, (wait * 2).min(RETRY_LONGEST)),
                wait,
            );
        }
    });
}

/// The first wait before sending an unkept delivery again.
pub const UNKEPT_RETRY_FIRST: Duration = RETRY_FIRST;

/// Sends every queued delivery once; returns how many are still waiting. Only one flush runs
/// at a time, so a delivery is never sent twice by this device at once.
pub async fn flush() -> usize {
    if FLUSHING.with(|flag| flag.replace(true)) {
        return pending().len();
    }
    for delivery in pending() {
        if deliver(&delivery).await {
            let remaining: Vec<Delivery> = pending()
                .into_iter()
                .filter(|queued| queued.id != delivery.id)
                .collect();
            // If this write fails the delivery is sent again later; the key makes that harmless.
            let _ = store(&remaining);
        }
    }
    FLUSHING.with(|flag| flag.set(false));
    let waiting = pending().len();
    retry_later(waiting);
    waiting
}
