//! Drafts kept in the browser's IndexedDB: every survey being edited, saved after each change,
//! listed with title and date. A summary store lists drafts without reading whole surveys; both
//! stores are written in one transaction, so a draft and its summary never disagree.

use rexie::{ObjectStore, Rexie, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

const DATABASE: &str = "coform";
const SURVEYS: &str = "draft-surveys";
const SUMMARIES: &str = "draft-summaries";
/// Published versions kept on this device, keyed `<survey id> <version>`, for listing and
/// comparing versions (the definition itself carries only the changelog).
const PUBLISHED: &str = "published-versions";

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
}

/// Why drafts could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// IndexedDB is missing or refused (private mode, policy, full quota).
    Unavailable(String),
}

impl From<rexie::Error> for DraftError {
    fn from(error: rexie::Error) -> Self {
        DraftError::Unavailable(error.to_string())
    }
}

async fn open() -> Result<Rexie, DraftError> {
    Ok(Rexie::builder(DATABASE)
        .version(2)
        .add_object_store(ObjectStore::new(SURVEYS))
        .add_object_store(ObjectStore::new(SUMMARIES))
        .add_object_store(ObjectStore::new(PUBLISHED))
        .build()
        .await?)
}

/// Saves a draft (its summary and its canonical JSON) in one transaction.
pub async fn save(summary: &DraftSummary, survey_json: &str) -> Result<(), DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SURVEYS, SUMMARIES], TransactionMode::ReadWrite)?;
    let key = JsValue::from_str(&summary.id);
    let summary_json = serde_json::to_string(summary).unwrap_or_default();
    transaction
        .store(SURVEYS)?
        .put(&JsValue::from_str(survey_json), Some(&key))
        .await?;
    transaction
        .store(SUMMARIES)?
        .put(&JsValue::from_str(&summary_json), Some(&key))
        .await?;
    transaction.done().await?;
    database.close();
    Ok(())
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

/// The JSON of one draft.
pub async fn load(id: &str) -> Result<Option<String>, DraftError> {
    let database = open().await?;
    let transaction = database.transaction(&[SURVEYS], TransactionMode::ReadOnly)?;
    let value = transaction
        .store(SURVEYS)?
        .get(JsValue::from_str(id))
        .await?;
    database.close();
    Ok(value.and_then(|value| value.as_string()))
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
    transaction.done().await?;
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
    transaction.done().await?;
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
