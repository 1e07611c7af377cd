//! Drafts kept in the browser's IndexedDB: every survey being edited, saved after each change,
//! listed with title and date. A summary store lists drafts without reading whole surveys; both
//! stores are written in one transaction, so a draft and its summary never disagree.
//!
//! Each save carries a revision: a save that expects revision `n` finds `n` stored or writes
//! nothing ([`DraftError::Conflict`]), so two tabs on one draft never overwrite each other
//! silently. Drafts that can no longer be read (damaged or unreadable data) are moved, whole,
//! to a quarantine store by [`check`]: they are reported and can be downloaded, and the others
//! still open.

use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

const DATABASE: &str = "coform";
const SURVEYS: &str = "draft-surveys";
const SUMMARIES: &str = "draft-summaries";
/// Published versions kept on this device, keyed `<survey id> <version>`, for listing and
/// comparing versions (the definition itself carries only the changelog).
const PUBLISHED: &str = "published-versions";
/// Drafts set aside because they could not be read, keyed by draft id.
const QUARANTINE: &str = "quarantine";

/// What the drafts list shows of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftSummary {
    /// The draft's own id (not the survey id: two drafts may edit the same survey).
    pub id: String,
    /// The survey title in its source language, when it has one.
    pub title: String,
    /// When it was last saved (RFC 3339).
    pub updated_at: String,
    /// How many times it has been saved (drafts saved before revisions were kept read as 0).
    #[serde(default)]
    pub revision: u64,
}

/// A stored draft: its canonical JSON and the revision it was saved as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraft {
    /// The survey's JSON.
    pub json: String,
    /// The revision of that save.
    pub revision: u64,
}

/// A draft set aside because it could not be read: kept as it was found, for download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quarantined {
    /// The draft's id.
    pub id: String,
    /// Its title, when its summary could still be read.
    pub title: String,
    /// When it was set aside (RFC 3339).
    pub quarantined_at: String,
    /// Why, as technical detail (the parser's message).
    pub reason: String,
    /// The stored survey text as found, if there was one.
    pub survey: Option<String>,
    /// The stored summary text as found, if there was one.
    pub summary: Option<String>,
}

/// Why drafts could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// IndexedDB is missing or refused (private mode, policy); the detail is technical.
    Unavailable(String),
    /// The browser's storage quota is full; the detail is technical.
    Full(String),
    /// Another tab saved this draft since this tab last read or wrote it: nothing was written.
    Conflict,
}

impl From<rexie::Error> for DraftError {
    fn from(error: rexie::Error) -> Self {
        // rexie's own message is only "idb error"; the DOM exception's name is in idb's.
        let detail = match &error {
            rexie::Error::IdbError(inner) => inner.to_string(),
            other => other.to_string(),
        };
        if detail.contains("QuotaExceeded") {
            DraftError::Full(detail)
        } else {
            DraftError::Unavailable(detail)
        }
    }
}

async fn open() -> Result<Rexie, DraftError> {
    Ok(Rexie::builder(DATABASE)
        .version(3)
        .add_object_store(ObjectStore::new(SURVEYS))
        .add_object_store(ObjectStore::new(SUMMARIES))
        .add_object_store(ObjectStore::new(PUBLISHED))
        .add_object_store(ObjectStore::new(QUARANTINE))
        .build()
        .await?)
}

/// Saves a draft (its summary and its canonical JSON) in one transaction, if the stored draft
/// is still at revision `expected` (0: not saved yet, or saved before revisions were kept).
/// Returns the new revision.
pub async fn save(
    summary: &DraftSummary,
    survey_json: &str,
    expected: u64,
) -> Result<u64, DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SURVEYS, SUMMARIES], TransactionMode::ReadWrite)?;
    let key = JsValue::from_str(&summary.id);
    let summaries = transaction.store(SUMMARIES)?;
    let stored_revision = summaries
        .get(key.clone())
        .await?
        .and_then(|value| value.as_string())
        .and_then(|text| serde_json::from_str::<DraftSummary>(&text).ok())
        .map(|stored| stored.revision);
    if stored_revision.is_some_and(|stored| stored != expected) {
        // Let the transaction end with nothing written.
        transaction.done().await?;
        database.close();
        return Err(DraftError::Conflict);
    }
    let revision = expected + 1;
    let summary = DraftSummary {
        revision,
        ..summary.clone()
    };
    let summary_json = serde_json::to_string(&summary).unwrap_or_default();
    transaction
        .store(SURVEYS)?
        .put(&JsValue::from_str(survey_json), Some(&key))
        .await?;
    summaries
        .put(&JsValue::from_str(&summary_json), Some(&key))
        .await?;
    committed(transaction).await?;
    database.close();
    Ok(revision)
}

/// Waits for a read-write transaction; one the browser aborted (a full quota shows as an abort
/// at commit, after every request succeeded) is an error, never a silent loss.
async fn committed(transaction: rexie::Transaction) -> Result<(), DraftError> {
    if transaction.done().await?.is_committed() {
        Ok(())
    } else {
        Err(DraftError::Full("the browser aborted the write".to_owned()))
    }
}

/// Every draft, most recently saved first.
pub async fn list() -> Result<Vec<DraftSummary>, DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SUMMARIES], TransactionMode::ReadOnly)?;
    let values = transaction.store(SUMMARIES)?.get_all(None, None).await?;
    database.close();
    let mut drafts: Vec<DraftSummary> = values
        .iter()
        .filter_map(|value| value.as_string())
        .filter_map(|text| serde_json::from_str(&text).ok())
        .collect();
    drafts.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
    Ok(drafts)
}

/// One draft: its JSON and revision.
pub async fn load(id: &str) -> Result<Option<StoredDraft>, DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SURVEYS, SUMMARIES], TransactionMode::ReadOnly)?;
    let key = JsValue::from_str(id);
    let json = transaction.store(SURVEYS)?.get(key.clone()).await?;
    let summary = transaction.store(SUMMARIES)?.get(key).await?;
    database.close();
    let revision = summary
        .and_then(|value| value.as_string())
        .and_then(|text| serde_json::from_str::<DraftSummary>(&text).ok())
        .map_or(0, |summary| summary.revision);
    Ok(json
        .and_then(|value| value.as_string())
        .map(|json| StoredDraft { json, revision }))
}

/// Deletes a draft and its summary.
pub async fn delete(id: &str) -> Result<(), DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SURVEYS, SUMMARIES], TransactionMode::ReadWrite)?;
    transaction
        .store(SURVEYS)?
        .delete(JsValue::from_str(id))
        .await?;
    transaction
        .store(SUMMARIES)?
        .delete(JsValue::from_str(id))
        .await?;
    committed(transaction).await?;
    database.close();
    Ok(())
}

/// Finds every draft that can no longer be read (a summary or survey that is not text, not
/// JSON, not a survey `readable` accepts, or one without the other) and moves it, as found,
/// to the quarantine store, in one transaction per draft. Returns every quarantined draft,
/// including those set aside before.
pub async fn check(
    readable: impl Fn(&str) -> Result<(), String>,
    now: &str,
) -> Result<Vec<Quarantined>, DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SURVEYS, SUMMARIES], TransactionMode::ReadOnly)?;
    let survey_keys = transaction.store(SURVEYS)?.get_all_keys(None, None).await?;
    let summary_keys = transaction
        .store(SUMMARIES)?
        .get_all_keys(None, None)
        .await?;
    transaction.done().await?;
    let mut ids: Vec<String> = survey_keys
        .iter()
        .chain(summary_keys.iter())
        .filter_map(JsValue::as_string)
        .collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let transaction = database.transaction(
            &[SURVEYS, SUMMARIES, QUARANTINE],
            TransactionMode::ReadWrite,
        )?;
        let key = JsValue::from_str(&id);
        let survey = transaction.store(SURVEYS)?.get(key.clone()).await?;
        let summary = transaction.store(SUMMARIES)?.get(key.clone()).await?;
        let survey_text = survey.as_ref().and_then(JsValue::as_string);
        let summary_text = summary.as_ref().and_then(JsValue::as_string);
        let parsed_summary = summary_text
            .as_deref()
            .map(serde_json::from_str::<DraftSummary>);
        let problem = match (&survey_text, &parsed_summary) {
            (None, _) if survey.is_some() => Some("the stored survey is not text".to_owned()),
            (_, None) if summary.is_some() => Some("the stored summary is not text".to_owned()),
            (None, _) => Some("the survey is missing".to_owned()),
            (_, None) => Some("the summary is missing".to_owned()),
            (_, Some(Err(error))) => Some(format!("summary: {error}")),
            (Some(text), Some(Ok(_))) => readable(text).err(),
        };
        if let Some(reason) = problem {
            let record = Quarantined {
                title: parsed_summary
                    .and_then(Result::ok)
                    .map(|summary| summary.title)
                    .unwrap_or_default(),
                id: id.clone(),
                quarantined_at: now.to_owned(),
                reason,
                survey: survey_text.or_else(|| survey.map(|value| format!("{value:?}"))),
                summary: summary_text.or_else(|| summary.map(|value| format!("{value:?}"))),
            };
            let record = serde_json::to_string(&record).unwrap_or_default();
            transaction
                .store(QUARANTINE)?
                .put(&JsValue::from_str(&record), Some(&key))
                .await?;
            transaction.store(SURVEYS)?.delete(key.clone()).await?;
            transaction.store(SUMMARIES)?.delete(key).await?;
        }
        committed(transaction).await?;
    }
    let transaction = database.transaction(&[QUARANTINE], TransactionMode::ReadOnly)?;
    let values = transaction.store(QUARANTINE)?.get_all(None, None).await?;
    database.close();
    let mut quarantined: Vec<Quarantined> = values
        .iter()
        .filter_map(JsValue::as_string)
        .filter_map(|text| serde_json::from_str(&text).ok())
        .collect();
    quarantined.sort_by(|a, b| b.quarantined_at.cmp(&a.quarantined_at));
    Ok(quarantined)
}

/// Deletes a quarantined draft for good (after the person has downloaded it, or chosen to).
pub async fn discard_quarantined(id: &str) -> Result<(), DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[QUARANTINE], TransactionMode::ReadWrite)?;
    transaction
        .store(QUARANTINE)?
        .delete(JsValue::from_str(id))
        .await?;
    committed(transaction).await?;
    database.close();
    Ok(())
}

/// Keeps a published version (its published definition's JSON).
pub async fn save_published(survey_id: &str, version: &str, json: &str) -> Result<(), DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[PUBLISHED], TransactionMode::ReadWrite)?;
    transaction
        .store(PUBLISHED)?
        .put(
            &JsValue::from_str(json),
            Some(&JsValue::from_str(&format!("{survey_id} {version}"))),
        )
        .await?;
    committed(transaction).await?;
    database.close();
    Ok(())
}

/// The published version of a survey kept on this device, as JSON.
pub async fn load_published(survey_id: &str, version: &str) -> Result<Option<String>, DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[PUBLISHED], TransactionMode::ReadOnly)?;
    let value = transaction
        .store(PUBLISHED)?
        .get(JsValue::from_str(&format!("{survey_id} {version}")))
        .await?;
    database.close();
    Ok(value.and_then(|value| value.as_string()))
}
