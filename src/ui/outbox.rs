//! Responses waiting to be delivered. Submitting puts a response in the outbox (on the
//! device) first, then tries to send it; whatever could not be sent stays and is sent again
//! when the connection returns or the runtime next opens. Each request carries the response id
//! as `Idempotency-Key`, so a receiver can ignore a repeat after a lost acknowledgement.

use std::cell::Cell;

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
    storage::load(OUTBOX_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
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

thread_local! {
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
}

/// Sends every queued delivery once; returns how many are still waiting. Only one flush runs
/// at a time, so a delivery is never sent twice by this device at once.
pub async fn flush() -> usize {
    if FLUSHING.with(|flag| flag.replace(true)) {
        return pending().len();
    }
    for delivery in pending() {
        let sent = gloo_net::http::Request::post(&delivery.endpoint)
            .header("Content-Type", &delivery.content_type)
            .header("Idempotency-Key", &delivery.id)
            .body(delivery.body.clone());
        let delivered = match sent {
            Ok(request) => match request.send().await {
                // 409 Conflict: the receiver already has this response.
                Ok(response) => response.ok() || response.status() == 409,
                Err(_) => false,
            },
            Err(_) => false,
        };
        if delivered {
            let remaining: Vec<Delivery> = pending()
                .into_iter()
                .filter(|queued| queued.id != delivery.id)
                .collect();
            // If this write fails the delivery is sent again later; the key makes that harmless.
            let _ = store(&remaining);
        }
    }
    FLUSHING.with(|flag| flag.set(false));
    pending().len()
}
