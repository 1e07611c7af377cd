//! Other platforms' formats, in and out: FHIR R4 Questionnaire, XLSForm, REDCap data
//! dictionary and SurveyJS JSON.
//!
//! Every export returns, beside its bytes, the list of what the target cannot carry
//! ([`Loss`]), so the builder can show it before the download. Every import returns, beside
//! the survey, what it did not understand ([`Notice`]), each with its location in the file
//! read. Both are data with stable codes; the shell words them from `locales/`
//! (`loss-<code>`, `notice-<code>`, `interop-error-<code>`).
//!
//! [`read`] recognises a file by its content, never by its name, so the builder's one
//! "Open a file" accepts every format.

pub mod fhir;
pub mod redcap;
pub mod surveyjs;
pub mod text;
pub mod wire;
pub mod xlsform;

use serde::{Deserialize, Serialize};

use crate::core::model::Survey;

/// A format coform converts to or from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Format {
    /// coform's own portable definition (JSON).
    Coform,
    /// HL7 FHIR R4 Questionnaire (JSON).
    Fhir,
    /// XLSForm workbook (.xlsx), as read by ODK and KoboToolbox.
    XlsForm,
    /// REDCap data dictionary (CSV), in one language.
    Redcap,
    /// SurveyJS form JSON.
    SurveyJs,
}

impl Format {
    /// Every format, in the order the builder's Export menu offers them.
    pub const ALL: [Format; 5] = [
        Format::Coform,
        Format::Fhir,
        Format::XlsForm,
        Format::Redcap,
        Format::SurveyJs,
    ];

    /// The name used by the command-line tool (`--to`) and in message ids.
    pub fn name(self) -> &'static str {
        match self {
            Format::Coform => "json",
            Format::Fhir => "fhir",
            Format::XlsForm => "xlsform",
            Format::Redcap => "redcap",
            Format::SurveyJs => "surveyjs",
        }
    }

    /// The format named `name` (see [`Format::name`]).
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// The file name ending written on export.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Coform => "coform.json",
            Format::Fhir => "questionnaire.json",
            Format::XlsForm => "xlsx",
            Format::Redcap => "redcap.csv",
            Format::SurveyJs => "surveyjs.json",
        }
    }

    /// The media type of an exported file.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Coform | Format::SurveyJs => "application/json",
            Format::Fhir => "application/fhir+json",
            Format::XlsForm => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Redcap => "text/csv",
        }
    }
}

/// An exported file and what it leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    /// The file's bytes (UTF-8 text for every format but XLSForm).
    pub bytes: Vec<u8>,
    /// What the target cannot carry, in document order.
    pub losses: Vec<Loss>,
}

/// A survey read from another format, and what was not understood.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The survey, in coform's model (it may still have validation issues).
    pub survey: Survey,
    /// What the reader left out or changed, each with its location in the file.
    pub notices: Vec<Notice>,
}

/// Something in the survey that the target format cannot carry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Loss {
    /// Where it is in the coform definition: a JSON path such as `pages[0].items[2].text.es`
    /// (empty for the survey as a whole).
    pub path: String,
    /// What is lost.
    pub kind: LossKind,
}

/// What an export cannot carry. Each kind has a [`LossKind::code`] that the shell words
/// as the message `loss-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "kind"
)]
pub enum LossKind {
    /// Plural or audience variants in a Fluent pattern, flattened to the default variant.
    Variants {
        /// The language of the pattern.
        language: String,
    },
    /// Answers piped into a text (`{ $name }`), which the target cannot show: written as the
    /// variable's name.
    Piping {
        /// The language of the pattern.
        language: String,
    },
    /// The survey's audience variables (the target has no way to ask them).
    Audience,
    /// The co-design record: comment threads, suggestions and sign-offs.
    Review,
    /// The changelog of published versions.
    Changelog,
    /// Translation states (draft, needs review, approved).
    TranslationStates,
    /// Language fallback chains.
    Fallback,
    /// A language the target cannot hold (the text in it is left out).
    Language {
        /// The language tag.
        language: String,
    },
    /// A field of text the target has no place for (a page title, a placeholder, a unit…).
    Text {
        /// The coform field name, such as `placeholder`.
        field: String,
    },
    /// An item type the target lacks, written as the nearest type it has.
    ItemType {
        /// The coform type, such as `ranking`.
        item_type: String,
        /// What the target was given instead, in the target's own words.
        written_as: String,
    },
    /// A condition the target cannot express as written: left out (the item is always
    /// shown, or never required).
    Condition,
    /// A condition written as an expression that only some readers of the target evaluate
    /// (such as FHIR SDC's `enableWhenExpression`).
    ConditionAsExpression,
    /// A validation rule the target cannot express: left out.
    Validation {
        /// The coform check, such as `answerCount`.
        check: String,
    },
    /// A validation rule's message (the target checks the rule but shows its own message).
    ValidationMessage,
    /// The trauma-informed handling of a sensitive question (content note, why we ask, the
    /// way past it).
    Sensitive,
    /// "None of these" exclusivity of an option.
    Exclusive,
    /// How a single choice is shown (radio buttons or a drop-down list).
    Appearance,
    /// Terminology codes of the survey, its items or its options.
    Codes,
    /// Option scores.
    Scores,
    /// Page breaks (the target shows everything in one flow).
    Pages,
    /// A setting of the respondent runtime (presentation, submission endpoint).
    Setting {
        /// The coform setting, such as `submission`.
        setting: String,
    },
    /// An id or choice code the target does not accept, written as another (answers are
    /// stored under the new name).
    Id {
        /// The name written instead, such as `age_group` for `ageGroup`.
        written_as: String,
    },
    /// The target does not record which language its text is in (a REDCap data dictionary):
    /// the text is kept, and read back as English.
    SourceLanguage {
        /// The survey's source language tag.
        language: String,
    },
}

impl LossKind {
    /// The stable code of the kind, used as the message id `loss-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            LossKind::Variants { .. } => "variants",
            LossKind::Piping { .. } => "piping",
            LossKind::Audience => "audience",
            LossKind::Review => "review",
            LossKind::Changelog => "changelog",
            LossKind::TranslationStates => "translation-states",
            LossKind::Fallback => "fallback",
            LossKind::Language { .. } => "language",
            LossKind::Text { .. } => "text",
            LossKind::ItemType { .. } => "item-type",
            LossKind::Condition => "condition",
            LossKind::ConditionAsExpression => "condition-as-expression",
            LossKind::Validation { .. } => "validation",
            LossKind::ValidationMessage => "validation-message",
            LossKind::Sensitive => "sensitive",
            LossKind::Exclusive => "exclusive",
            LossKind::Appearance => "appearance",
            LossKind::Codes => "codes",
            LossKind::Scores => "scores",
            LossKind::Pages => "pages",
            LossKind::Setting { .. } => "setting",
            LossKind::Id { .. } => "id",
            LossKind::SourceLanguage { .. } => "source-language",
        }
    }

    /// Every code, for checking that `locales/` words each one.
    pub const CODES: [&'static str; 23] = [
        "variants",
        "piping",
        "audience",
        "review",
        "changelog",
        "translation-states",
        "fallback",
        "language",
        "text",
        "item-type",
        "condition",
        "condition-as-expression",
        "validation",
        "validation-message",
        "sensitive",
        "exclusive",
        "appearance",
        "codes",
        "scores",
        "pages",
        "setting",
        "id",
        "source-language",
    ];
}

/// Something an import did not understand, or changed to fit coform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// Where it is in the file read: a JSON path (`item[3].enableWhen[0]`) or a sheet cell
    /// (`survey!C7`), or a CSV line (`line 12`).
    pub location: String,
    /// What happened.
    pub kind: NoticeKind,
}

/// What an import left out or changed. Each kind has a [`NoticeKind::code`] that the shell
/// words as the message `notice-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "kind"
)]
pub enum NoticeKind {
    /// An element, column or property coform does not read: left out.
    Ignored {
        /// Its name in the file, such as `calculation` or `item.initial`.
        name: String,
    },
    /// A question type coform lacks, read as the nearest coform type.
    ItemType {
        /// The type in the file, such as `geopoint`.
        found: String,
        /// The coform type it became, such as `shortText`.
        read_as: String,
    },
    /// A question type coform lacks and cannot approximate: the question is left out.
    Skipped {
        /// The type in the file.
        found: String,
    },
    /// An expression (relevance, constraint, visibleIf…) coform cannot read as a condition:
    /// left out, so the item is always shown (or the rule not checked).
    Expression {
        /// The expression as written.
        expression: String,
    },
    /// A name that is not a valid coform id, changed.
    Renamed {
        /// The name in the file.
        from: String,
        /// The id it became.
        to: String,
    },
    /// A language the file names in a way coform cannot read as a language tag: read as
    /// the tag given.
    Language {
        /// The language as written, such as `Español`.
        found: String,
        /// The tag used.
        tag: String,
    },
}

impl NoticeKind {
    /// The stable code of the kind, used as the message id `notice-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            NoticeKind::Ignored { .. } => "ignored",
            NoticeKind::ItemType { .. } => "item-type",
            NoticeKind::Skipped { .. } => "skipped",
            NoticeKind::Expression { .. } => "expression",
            NoticeKind::Renamed { .. } => "renamed",
            NoticeKind::Language { .. } => "language",
        }
    }

    /// Every code, for checking that `locales/` words each one.
    pub const CODES: [&'static str; 6] = [
        "ignored",
        "item-type",
        "skipped",
        "expression",
        "renamed",
        "language",
    ];
}

/// Why a file could not be read at all. Nothing is changed when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "kind"
)]
pub enum ReadError {
    /// The content is none of the formats coform reads.
    #[error("not a format coform reads (coform JSON, FHIR Questionnaire, XLSForm, SurveyJS)")]
    Unrecognised,
    /// The file is larger than coform opens.
    #[error("the file is {bytes} bytes, more than the {limit} bytes coform opens")]
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The file is of a recognised format but damaged: not valid JSON, CSV or workbook.
    #[error("{location}: {detail}")]
    Syntax {
        /// Where: `line 3, column 7`, or a sheet.
        location: String,
        /// The parser's own description.
        detail: String,
    },
    /// Something the format requires is missing or malformed.
    #[error("{location}: {detail}")]
    Invalid {
        /// Where: a JSON path, a sheet cell or a CSV line.
        location: String,
        /// What is wrong, in the format's own terms.
        detail: String,
    },
    /// A coform definition that its own reader refuses.
    #[error(transparent)]
    Coform(#[from] crate::core::definition::ImportError),
}

impl ReadError {
    /// The stable code of the error, used as the message id `interop-error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::Unrecognised => "unrecognised",
            ReadError::TooLarge { .. } => "too-large",
            ReadError::Syntax { .. } => "syntax",
            ReadError::Invalid { .. } => "invalid",
            ReadError::Coform(_) => "coform",
        }
    }
}

/// The format of a file, recognised by its content; `None` when it is none coform reads.
///
/// A zip holding `xl/workbook.xml` is an XLSForm workbook; JSON with `"format":
/// "coform.survey"` is coform's own, `"resourceType": "Questionnaire"` is FHIR, and an object
/// with `pages` or `elements` is SurveyJS; text whose first line starts with REDCap's
/// `Variable / Field Name` header is a REDCap data dictionary.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(b"PK\x03\x04") {
        return xlsform::is_workbook(bytes).then_some(Format::XlsForm);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    if text.starts_with('{') {
        let probe: Probe = serde_json::from_str(text).ok()?;
        let is = |value: &Option<serde_json::Value>, wanted: &str| {
            value.as_ref().and_then(serde_json::Value::as_str) == Some(wanted)
        };
        if is(&probe.format, crate::core::model::FORMAT_NAME) {
            return Some(Format::Coform);
        }
        if is(&probe.resource_type, "Questionnaire") {
            return Some(Format::Fhir);
        }
        if probe.pages_or_elements {
            return Some(Format::SurveyJs);
        }
        return None;
    }
    let first = text.lines().next().unwrap_or_default();
    let first = first.trim_start_matches('"');
    first
        .starts_with("Variable / Field Name")
        .then_some(Format::Redcap)
}

/// The top-level fields [`detect`] looks at. The rest of the document is checked as JSON but
/// not built (a FHIR Questionnaire of a large survey is megabytes, and its reader builds it
/// once more).
#[derive(Default)]
struct Probe {
    format: Option<serde_json::Value>,
    resource_type: Option<serde_json::Value>,
    pages_or_elements: bool,
}

impl<'de> serde::Deserialize<'de> for Probe {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Probe;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Probe, A::Error> {
                let mut probe = Probe::default();
                // As in a `serde_json::Value`, a repeated key's last value counts.
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" => probe.format = Some(map.next_value()?),
                        "resourceType" => probe.resource_type = Some(map.next_value()?),
                        other => {
                            probe.pages_or_elements |= matches!(other, "pages" | "elements");
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(probe)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// The largest file [`read`] opens, in bytes.
pub const MAX_FILE_BYTES: usize = crate::core::definition::MAX_DEFINITION_BYTES;

/// Reads a survey from any format coform reads, recognised by content (see [`detect`]).
pub fn read(bytes: &[u8]) -> Result<(Format, Imported), ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let Some(format) = detect(bytes) else {
        return Err(damaged_json(bytes).unwrap_or(ReadError::Unrecognised));
    };
    let as_text = || {
        std::str::from_utf8(bytes).map_err(|error| ReadError::Syntax {
            location: format!("byte {}", error.valid_up_to()),
            detail: "not UTF-8 text".to_owned(),
        })
    };
    let imported = match format {
        Format::Coform => Imported {
            survey: crate::core::definition::import(as_text()?)?,
            notices: Vec::new(),
        },
        Format::Fhir => fhir::import(as_text()?)?,
        Format::XlsForm => xlsform::import(bytes)?,
        Format::Redcap => redcap::import(as_text()?)?,
        Format::SurveyJs => surveyjs::import(as_text()?)?,
    };
    // A survey from another format is held to the limits a coform file is (`core::limits`).
    crate::core::limits::check(&imported.survey).map_err(|over| ReadError::Coform(over.into()))?;
    Ok((format, imported))
}

/// For content that looks like JSON but does not parse, the reader's syntax error with its
/// line and column (worded as for a damaged coform file), rather than "not a format coform
/// reads": a damaged survey file should say where it is damaged.
fn damaged_json(bytes: &[u8]) -> Option<ReadError> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.trim_start().starts_with('{') {
        return None;
    }
    match crate::core::definition::import(text) {
        Err(error @ crate::core::definition::ImportError::Syntax { .. }) => {
            Some(ReadError::Coform(error))
        }
        _ => None,
    }
}

/// Writes a survey in a format, with what that format cannot carry.
pub fn write(survey: &Survey, format: Format) -> Exported {
    match format {
        Format::Coform => Exported {
            bytes: crate::core::definition::export(survey).into_bytes(),
            losses: Vec::new(),
        },
        Format::Fhir => fhir::export(survey),
        Format::XlsForm => xlsform::export(survey),
        Format::Redcap => redcap::export(survey),
        Format::SurveyJs => surveyjs::export(survey),
    }
}

/// Losses in first-seen order, each once (a shared list's label is written per question, and
/// a string's variants are reported once per language). Hashing keeps this linear: a
/// 1000-item survey in eight languages has thousands of losses.
pub(crate) fn dedup(losses: Vec<Loss>) -> Vec<Loss> {
    let mut seen = std::collections::HashSet::with_capacity(losses.len());
    let first: Vec<bool> = losses.iter().map(|loss| seen.insert(loss)).collect();
    drop(seen);
    losses
        .into_iter()
        .zip(first)
        .filter_map(|(loss, first)| first.then_some(loss))
        .collect()
}

/// What a target without terminology codes, scores or per-option exclusivity (REDCap,
/// SurveyJS) cannot say about options: each option's code system and score, and "none of
/// these" on a list that no multiple choice uses (the targets carry it only there).
pub fn option_losses(survey: &Survey) -> Vec<Loss> {
    let multiple: std::collections::HashSet<&str> = survey
        .items()
        .into_iter()
        .filter(|item| item.kind == crate::core::model::ItemKind::MultipleChoice)
        .filter_map(|item| item.choices.as_deref())
        .collect();
    let mut losses = Vec::new();
    for (index, list) in survey.choice_lists.iter().enumerate() {
        for (position, option) in list.options.iter().enumerate() {
            let path = format!("choiceLists[{index}].options[{position}]");
            let mut lose = |field: &str, kind: LossKind| {
                losses.push(Loss {
                    path: format!("{path}.{field}"),
                    kind,
                })
            };
            if option.system.is_some() {
                lose("system", LossKind::Codes);
            }
            if option.score.is_some() {
                lose("score", LossKind::Scores);
            }
            if option.exclusive && !multiple.contains(list.id.as_str()) {
                lose("exclusive", LossKind::Exclusive);
            }
        }
    }
    losses
}

/// The losses every format but coform's own shares: the co-design record, the changelog,
/// translation states, audience variables and fallback chains, where the survey has them.
pub fn common_losses(survey: &Survey) -> Vec<Loss> {
    let mut losses = Vec::new();
    let mut whole = |present: bool, path: &str, kind: LossKind| {
        if present {
            losses.push(Loss {
                path: path.to_owned(),
                kind,
            });
        }
    };
    whole(!survey.review.is_empty(), "review", LossKind::Review);
    whole(
        !survey.changelog.is_empty(),
        "changelog",
        LossKind::Changelog,
    );
    whole(!survey.audience.is_empty(), "audience", LossKind::Audience);
    whole(
        survey.languages.iter().any(|l| !l.fallback.is_empty()),
        "languages",
        LossKind::Fallback,
    );
    whole(
        crate::core::translation::texts(survey)
            .iter()
            .any(|text| !text.1.is_empty()),
        "",
        LossKind::TranslationStates,
    );
    losses
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::definition::ImportError;

    #[test]
    fn damaged_json_says_where_and_other_content_is_unrecognised() {
        match read(b"{\n  \"format\": \"coform.survey\",\n  oops\n}") {
            Err(ReadError::Coform(ImportError::Syntax { line, column, .. })) => {
                assert_eq!((line, column), (3, 3));
            }
            other => panic!("expected a located syntax error, got {other:?}"),
        }
        assert_eq!(
            read(b"{\"shopping\": [\"eggs\"]}"),
            Err(ReadError::Unrecognised)
        );
        assert_eq!(read(b"just some words"), Err(ReadError::Unrecognised));
        assert_eq!(read(b"PK\x03\x04 not a zip"), Err(ReadError::Unrecognised));
    }
}
