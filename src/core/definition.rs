//! The portable JSON definition: import with typed, located errors; canonical export; content hash.
//!
//! Import never panics. It checks the `format` marker and `formatVersion` first, so a newer
//! definition is reported as such rather than as a pile of unknown fields, then reads the whole
//! document, rejecting unknown fields with their JSON path, and refuses a survey over the limits
//! of [`crate::core::limits`] (nesting, items, pages, lists, languages). Export writes canonical
//! JSON (the struct field order, two-space indent, a final newline), so import then export gives
//! back the same bytes for a definition that was itself exported.

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::core::json_path;
use crate::core::limits::{self, Limit, MAX_JSON_DEPTH};
use crate::core::model::{
    AudienceVariable, ChoiceList, FORMAT_NAME, FORMAT_VERSION, Format, Language, Metadata, Page,
    Settings, Survey,
};

/// The largest definition accepted, in bytes (a 1000-item, 8-language survey is about 2 MB).
pub const MAX_DEFINITION_BYTES: usize = 16 * 1024 * 1024;

/// Why a definition could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[non_exhaustive]
pub enum ImportError {
    /// The bytes are not JSON.
    #[error("not valid JSON at line {line}, column {column}: {detail}")]
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// The parser's own description.
        detail: String,
    },
    /// The document is JSON but not a coform survey definition.
    #[error("not a coform survey definition (format is {found:?})")]
    NotASurvey {
        /// The `format` value found, if any.
        found: Option<String>,
    },
    /// The definition's format version is not one this build reads.
    #[error(
        "format version {found} is not supported (this coform reads format version {supported} and older)"
    )]
    UnsupportedVersion {
        /// The `formatVersion` found, as written.
        found: String,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A field is missing, unknown, or of the wrong type.
    #[error("{}: {detail}", invalid_location(.path, .line, .column))]
    Invalid {
        /// JSON path of the problem, such as `pages[0].items[3].type` (empty when the reader
        /// did not track it: see [`import_published`]).
        path: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// The reader's own description.
        detail: String,
    },
    /// The file is larger than [`MAX_DEFINITION_BYTES`].
    #[error("the definition is {bytes} bytes, more than the {limit} bytes coform opens")]
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Arrays and objects are nested deeper than [`MAX_JSON_DEPTH`] levels.
    #[error("{}: nested more than {limit} levels deep", invalid_location(.path, .line, .column))]
    TooDeep {
        /// JSON path of the place (empty when the reader did not track it).
        path: String,
        /// 1-based line of the place.
        line: usize,
        /// 1-based column of the place.
        column: usize,
        /// The limit.
        limit: usize,
    },
    /// The survey reads, but is bigger or deeper than coform handles (see
    /// [`crate::core::limits`]).
    #[error("{path}: {found} {what}, more than the {limit} coform opens")]
    OverLimit {
        /// Which limit.
        what: Limit,
        /// How many there are (for a depth, the deepest found).
        found: usize,
        /// The limit.
        limit: usize,
        /// JSON path of the first thing over the limit, such as `pages[3].items[12]`.
        path: String,
    },
}

impl From<limits::Exceeded> for ImportError {
    fn from(exceeded: limits::Exceeded) -> Self {
        ImportError::OverLimit {
            what: exceeded.what,
            found: exceeded.found,
            limit: exceeded.what.max(),
            path: exceeded.path,
        }
    }
}

/// A survey read from any source, checked against the structural limits
/// ([`limits::check`]): what every reader of a survey returns.
pub fn within_limits(survey: Survey) -> Result<Survey, ImportError> {
    limits::check(&survey)?;
    Ok(survey)
}

/// Reads a coform survey definition, locating an invalid field by its JSON path.
pub fn import(json: &str) -> Result<Survey, ImportError> {
    // The usual case first: a definition that reads as it stands. Anything else is looked at
    // again below, step by step, for the error it gives.
    if json.len() <= MAX_DEFINITION_BYTES
        && let Ok(survey) = serde_json::from_str::<Survey>(json)
        && (1..=FORMAT_VERSION).contains(&survey.format_version)
    {
        return within_limits(upgraded(survey));
    }
    check_header(json)?;
    // The header reads, so the document itself is wrong somewhere: read it again for the
    // error, and name the place by its JSON path.
    let survey: Survey = serde_json::from_str(json).map_err(|error| {
        let path = json_path::path_at(json, error.line(), error.column());
        invalid(&error, path)
    })?;
    within_limits(upgraded(survey))
}

/// A reading error as an [`ImportError`]: nesting deeper than serde_json reads, or an
/// invalid field at `path`.
fn invalid(error: &serde_json::Error, path: String) -> ImportError {
    let detail = strip_position(&error.to_string());
    if detail == "recursion limit exceeded" {
        ImportError::TooDeep {
            path,
            line: error.line(),
            column: error.column(),
            limit: MAX_JSON_DEPTH,
        }
    } else {
        ImportError::Invalid {
            path,
            line: error.line(),
            column: error.column(),
            detail,
        }
    }
}

/// Reads a coform survey definition as [`import`] does, but locates an invalid field by line
/// and column only (its `path` is empty), and skips the co-design record and the changelog
/// unread (the survey has them empty). This is the respondent runtime's reader: respondents
/// see neither record, and leaving out their reading code (and the path search) keeps the
/// runtime smaller.
pub fn import_published(json: &str) -> Result<Survey, ImportError> {
    check_header(json)?;
    let survey: Published =
        serde_json::from_str(json).map_err(|error| invalid(&error, String::new()))?;
    within_limits(upgraded(Survey {
        format: survey.format,
        format_version: survey.format_version,
        metadata: survey.metadata,
        source_language: survey.source_language,
        languages: survey.languages,
        audience: survey.audience,
        choice_lists: survey.choice_lists,
        pages: survey.pages,
        settings: survey.settings,
        review: Default::default(),
        changelog: Vec::new(),
    }))
}

/// [`Survey`] as the respondent runtime reads it: the same fields, the co-design record and
/// the changelog skipped without reading them (so their reading code is not linked in).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Published {
    format: Format,
    format_version: u32,
    metadata: Metadata,
    source_language: String,
    languages: Vec<Language>,
    #[serde(default)]
    audience: Vec<AudienceVariable>,
    #[serde(default)]
    choice_lists: Vec<ChoiceList>,
    pages: Vec<Page>,
    #[serde(default)]
    settings: Settings,
    #[serde(default, rename = "review")]
    _review: serde::de::IgnoredAny,
    #[serde(default, rename = "changelog")]
    _changelog: serde::de::IgnoredAny,
}

/// The checks made before the document is read: size, JSON syntax, the `format` marker and a
/// `formatVersion` this build reads.
fn check_header(json: &str) -> Result<(), ImportError> {
    if json.len() > MAX_DEFINITION_BYTES {
        return Err(ImportError::TooLarge {
            bytes: json.len(),
            limit: MAX_DEFINITION_BYTES,
        });
    }
    let header: Header =
        serde_json::from_str(json).map_err(|error| match invalid(&error, String::new()) {
            too_deep @ ImportError::TooDeep { .. } => too_deep,
            _ => ImportError::Syntax {
                line: error.line(),
                column: error.column(),
                detail: strip_position(&error.to_string()),
            },
        })?;
    match header.format.as_ref() {
        Some(serde_json::Value::String(name)) if name == FORMAT_NAME => {}
        Some(serde_json::Value::String(name)) => {
            return Err(ImportError::NotASurvey {
                found: Some(name.clone()),
            });
        }
        _ => return Err(ImportError::NotASurvey { found: None }),
    }
    match header
        .format_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
    {
        // Version 2 added translation states and the publish gate, version 3 the co-design
        // record, the sign-off gate and the changelog; an older document is a newer one
        // without them, so it reads as it is.
        Some(version) if (1..=u64::from(FORMAT_VERSION)).contains(&version) => Ok(()),
        _ => Err(ImportError::UnsupportedVersion {
            found: header
                .format_version
                .map_or_else(|| "missing".to_owned(), |value| value.to_string()),
            supported: FORMAT_VERSION,
        }),
    }
}

/// An older document is upgraded as it is read; export writes the current version.
fn upgraded(mut survey: Survey) -> Survey {
    survey.format_version = FORMAT_VERSION;
    survey
}

/// Writes the canonical JSON of a survey, ending with a newline.
pub fn export(survey: &Survey) -> String {
    let mut json = crate::core::json::to_pretty(survey, 1 << 20);
    json.push(b'\n');
    // serde_json writes only UTF-8; the empty string is the unreachable fallback.
    String::from_utf8(json).unwrap_or_default()
}

/// The content hash of a survey: `sha256:` and the hex digest of its canonical JSON with
/// `metadata.contentHash` left out, so the hash can be stored in the document it covers.
/// The co-design record and the changelog are left out too: they are about the survey,
/// not what respondents see, and the changelog records the hash itself.
pub fn content_hash(survey: &Survey) -> String {
    let mut unhashed = survey.clone();
    unhashed.metadata.content_hash = None;
    unhashed.review = Default::default();
    unhashed.changelog = Vec::new();
    let digest = Sha256::digest(export(&unhashed).as_bytes());
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// The two fields read before the rest, to tell a newer definition from a broken one.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
}

/// Where an invalid field is: its JSON path, or its line and column when the path is unknown.
fn invalid_location(path: &str, line: &usize, column: &usize) -> String {
    if path.is_empty() {
        format!("line {line}, column {column}")
    } else {
        path.to_owned()
    }
}

/// serde_json appends " at line L column C" to its messages; the position is kept separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}
