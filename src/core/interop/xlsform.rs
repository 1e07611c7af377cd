//! Placeholder: replaced by the XLSForm converter.

use crate::core::interop::{Exported, Imported, ReadError};
use crate::core::model::Survey;

/// Whether a zip is an .xlsx workbook.
pub fn is_workbook(_bytes: &[u8]) -> bool {
    false
}

/// Writes the survey.
pub fn export(_survey: &Survey) -> Exported {
    Exported {
        bytes: Vec::new(),
        losses: Vec::new(),
    }
}

/// Reads a survey.
pub fn import(_bytes: &[u8]) -> Result<Imported, ReadError> {
    Err(ReadError::Unrecognised)
}
