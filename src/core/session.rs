//! A respondent's session as it is saved on the device between visits: everything needed to
//! resume exactly where they left off.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::answer::Answers;
use crate::core::flow::Screen;
use crate::core::model::{Presentation, Survey};
use crate::core::response::{SurveyReference, survey_reference};

/// Where the respondent is in the survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    /// Answering the audience questions ("Are you answering for yourself or your child?").
    Audience,
    /// Answering the survey.
    Questions,
    /// Submitted.
    Done,
}

/// Saved progress of one response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SavedSession {
    /// The survey version this progress belongs to.
    pub survey: SurveyReference,
    /// The response id (idempotency key) this session will submit under.
    pub response_id: String,
    /// The language chosen.
    pub language: String,
    /// Audience values chosen.
    pub audience: BTreeMap<String, String>,
    /// Answers so far.
    pub answers: Answers,
    /// The screen shown.
    pub screen: Screen,
    /// Page or question at a time.
    pub mode: Presentation,
    /// Where in the survey.
    pub stage: Stage,
    /// When the respondent started (RFC 3339).
    pub started_at: String,
}

/// The storage key of a survey version's saved progress.
pub fn storage_key(survey: &Survey) -> String {
    format!(
        "coform:progress:{}:{}",
        survey.metadata.id, survey.metadata.version
    )
}

/// Reads saved progress, or `None` when it is unreadable or belongs to other content (a
/// changed definition with the same version must not restore answers to other questions).
pub fn restore(survey: &Survey, stored: &str) -> Option<SavedSession> {
    read_saved(stored).filter(|saved| belongs_to(saved, survey))
}

/// A saved session as stored, whatever survey it belongs to; `None` when the text is not one
/// (damaged storage).
pub fn read_saved(stored: &str) -> Option<SavedSession> {
    serde_json::from_str(stored).ok()
}

/// Whether a saved session belongs to this survey (same id, version and content).
pub fn belongs_to(saved: &SavedSession, survey: &Survey) -> bool {
    saved.survey == survey_reference(survey)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::definition::import;

    const MINIMAL: &str = include_str!("../../tests/fixtures/samples/minimal.coform.json");

    fn saved(survey: &Survey) -> SavedSession {
        SavedSession {
            survey: survey_reference(survey),
            response_id: "r1".to_owned(),
            language: "es".to_owned(),
            audience: BTreeMap::new(),
            answers: Answers::new(),
            screen: Screen {
                page: 0,
                item: None,
            },
            mode: Presentation::Page,
            stage: Stage::Questions,
            started_at: "2026-11-22T10:00:00Z".to_owned(),
        }
    }

    #[test]
    fn progress_restores_for_the_same_content_only() {
        let survey = import(MINIMAL).expect("fixture imports");
        let stored = serde_json::to_string(&saved(&survey)).expect("serialises");
        assert_eq!(restore(&survey, &stored), Some(saved(&survey)));
        let mut changed = survey.clone();
        changed.pages[0].items.pop();
        assert_eq!(restore(&changed, &stored), None);
        assert_eq!(restore(&survey, "{not json"), None);
        assert_eq!(storage_key(&survey), "coform:progress:mini:1.0.0");
    }
}

/// Encrypted kiosk responses as kept on the device: every record is AES-GCM sealed with a key
/// derived from the staff passphrase (PBKDF2-SHA-256); `check` seals a known text so a wrong
/// passphrase is told apart from damaged data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KioskVault {
    /// PBKDF2 salt, base64.
    pub salt: String,
    /// PBKDF2 iterations used.
    pub iterations: u32,
    /// [`KIOSK_CHECK_TEXT`] sealed with the key.
    pub check: Sealed,
    /// One sealed coform response JSON per respondent.
    pub records: Vec<Sealed>,
}

/// An AES-GCM ciphertext and its nonce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sealed {
    /// 12-byte nonce, base64.
    pub iv: String,
    /// Ciphertext with its tag, base64.
    pub data: String,
}

/// The plaintext sealed in [`KioskVault::check`].
pub const KIOSK_CHECK_TEXT: &str = "coform kiosk vault";

/// The storage key of a survey's kiosk vault.
pub fn kiosk_key(survey: &Survey) -> String {
    format!("coform:kiosk:{}", survey.metadata.id)
}
