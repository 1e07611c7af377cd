//! Opening a survey definition from a URL: download, import, and say precisely what failed.

use crate::core::definition::ImportError;
use crate::core::model::Survey;
use crate::ui::browser::{FetchError, fetch_text};

/// The sample survey bundled with the app (copied into the build from `tests/fixtures/samples`).
pub const BUNDLED_SAMPLE: &str = "samples/community-health.coform.json";

/// The samples bundled with the app, by file stem (`samples/<stem>.coform.json`); the builder
/// offers them as starting points.
pub const SAMPLES: [&str; 4] = [
    "community-health",
    "clinic-experience",
    "child-immunization",
    "minimal",
];

/// Why a survey could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The file could not be downloaded.
    Fetch {
        /// The address tried.
        url: String,
        /// What went wrong.
        error: FetchError,
    },
    /// The file is not a readable coform definition.
    Import(ImportError),
}

/// Downloads the definition at `url` and reads it with `read` (the builder's
/// `definition::import`, or the runtime's smaller `definition::import_published`).
pub async fn load_survey(
    url: &str,
    read: fn(&str) -> Result<Survey, ImportError>,
) -> Result<Survey, LoadFailure> {
    let text = fetch_text(url).await.map_err(|error| LoadFailure::Fetch {
        url: url.to_owned(),
        error,
    })?;
    read(&text).map_err(LoadFailure::Import)
}
