//! The messages between the builder and its converter.
//!
//! The four converters (FHIR, XLSForm, REDCap, SurveyJS) and the libraries they need (an
//! .xlsx writer and reader, zip, deflate) are as large as the rest of the builder, and only
//! someone exporting or opening a file of another format needs them. So the builder does not
//! link them: they run in a web worker of their own (`src/bin/convert.rs`), fetched the first
//! time they are needed, and the two sides exchange the plain JSON text written and read
//! here. Both sides are pure functions, so the protocol is tested natively: a survey sent
//! through it converts exactly as a direct call to [`super::write`] or [`super::read`] does.
//!
//! - export: the builder sends the survey as coform JSON and a format name; the worker
//!   answers with the file's bytes and [`export_losses`] (a JSON array of [`Loss`]).
//! - import: the builder sends the file's bytes; the worker answers with [`import_reply`].

use serde::{Deserialize, Serialize};

use super::{Exported, Format, Imported, Loss, Notice, ReadError};
use crate::core::definition;

/// A message from the converter that the builder cannot read: a converter of another build
/// (a stale cache) or a bug. Nothing is changed when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the converter's answer could not be read: {0}")]
pub struct WireError(pub String);

/// What the worker answers to an import.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "outcome")]
enum ImportReply {
    /// The file was read.
    Read {
        /// [`Format::name`] of the file's format.
        format: String,
        /// The survey, as coform JSON.
        survey: String,
        /// What the reader left out or changed.
        notices: Vec<Notice>,
    },
    /// The file could not be read: why, as a [`ReadError`] other than
    /// [`ReadError::Coform`], whose inner error sits in `coform` (both are tagged with a
    /// `kind`, so one cannot be written inside the other).
    Failed {
        /// Why, for every other error.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        error: Option<ReadError>,
        /// Why, for a coform definition its own reader refused.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        coform: Option<definition::ImportError>,
    },
}

/// The worker's side of an export: the survey (coform JSON, as the builder writes it) in the
/// format named `format_name`. A survey or format name the worker cannot read is a bug of the
/// caller, reported as a [`WireError`].
pub fn export(survey_json: &str, format_name: &str) -> Result<Exported, WireError> {
    let format = Format::from_name(format_name)
        .ok_or_else(|| WireError(format!("unknown format {format_name:?}")))?;
    let survey =
        definition::import_published(survey_json).map_err(|error| WireError(error.to_string()))?;
    Ok(super::write(&survey, format))
}

/// The losses of an export as the JSON text sent back to the builder.
pub fn export_losses(losses: &[Loss]) -> String {
    // Losses are plain data with string keys: serialising them cannot fail.
    serde_json::to_string(losses).unwrap_or_else(|_| "[]".to_owned())
}

/// The builder's side of an export: the losses the worker sent.
pub fn read_export_losses(json: &str) -> Result<Vec<Loss>, WireError> {
    serde_json::from_str(json).map_err(|error| WireError(error.to_string()))
}

/// The worker's side of an import: the file read as [`super::read`] reads it, as JSON text.
pub fn import_reply(bytes: &[u8]) -> String {
    let reply = match super::read(bytes) {
        Ok((format, imported)) => ImportReply::Read {
            format: format.name().to_owned(),
            survey: definition::export(&imported.survey),
            notices: imported.notices,
        },
        Err(ReadError::Coform(error)) => ImportReply::Failed {
            error: None,
            coform: Some(error),
        },
        Err(error) => ImportReply::Failed {
            error: Some(error),
            coform: None,
        },
    };
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_string(&reply).unwrap_or_default()
}

/// What [`super::read`] gives for a coform definition, read without the converter (the
/// builder opens its own files without fetching it); `None` for a file of any other format
/// or too large, which the converter reads.
pub fn read_coform(bytes: &[u8]) -> Option<Result<(Format, Imported), ReadError>> {
    if bytes.len() > super::MAX_FILE_BYTES {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    // A cheap look first: every coform definition names its format.
    if !text.contains(crate::core::model::FORMAT_NAME) {
        return None;
    }
    let imported = match definition::import(text.strip_prefix('\u{feff}').unwrap_or(text)) {
        Err(definition::ImportError::NotASurvey { .. }) => return None,
        Err(error) => Err(ReadError::Coform(error)),
        Ok(survey) => Ok((
            Format::Coform,
            Imported {
                survey,
                notices: Vec::new(),
            },
        )),
    };
    Some(imported)
}

/// The builder's side of an import: what [`super::read`] returned in the worker.
pub fn read_import_reply(json: &str) -> Result<Result<(Format, Imported), ReadError>, WireError> {
    let reply: ImportReply =
        serde_json::from_str(json).map_err(|error| WireError(error.to_string()))?;
    match reply {
        ImportReply::Read {
            format,
            survey,
            notices,
        } => {
            let format = Format::from_name(&format)
                .ok_or_else(|| WireError(format!("unknown format {format:?}")))?;
            // The worker wrote this JSON from a survey it had just read; it reads back whole.
            let survey =
                definition::import(&survey).map_err(|error| WireError(error.to_string()))?;
            Ok(Ok((format, Imported { survey, notices })))
        }
        ImportReply::Failed {
            coform: Some(error),
            ..
        } => Ok(Err(ReadError::Coform(error))),
        ImportReply::Failed {
            error: Some(error), ..
        } => Ok(Err(error)),
        ImportReply::Failed { .. } => Err(WireError("a failure without its reason".to_owned())),
    }
}
