//! Problems found in a survey, as data: a kind, a severity and a location.
//!
//! The core never words a problem for people. Each [`IssueKind`] has a stable
//! [`IssueKind::code`]; the shell turns it into a Fluent message from `locales/`
//! (`issue-<code>`), so an advisor reads it in their own language.

use serde::{Deserialize, Serialize};

/// One problem in a survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Issue {
    /// What is wrong.
    pub kind: IssueKind,
    /// Where it is.
    pub location: Location,
}

/// Where a problem is. Every field that applies is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Location {
    /// JSON path in the definition, such as `pages[0].items[2].text.es`.
    pub path: String,
    /// The item concerned, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The language concerned, by tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Byte range inside the Fluent pattern at `path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A byte range `start..end` inside a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// How much a problem matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// The survey works, but something is probably not what was meant (a language falls back).
    Warning,
    /// The survey cannot work as written.
    Error,
}

/// What is wrong. New kinds may be added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    tag = "type",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum IssueKind {
    /// The survey has no item.
    EmptySurvey,
    /// An id is used twice (items, grid rows, pages, choice lists, audience variables).
    DuplicateId { id: String },
    /// An id is not a valid variable name.
    InvalidId { id: String },
    /// A condition or a piped value names an item that does not exist.
    UnknownItem { id: String },
    /// A condition or a piped value names an item that is not asked before this one.
    ForwardReference { id: String },
    /// Items depend on each other in a circle.
    DependencyCycle { ids: Vec<String> },
    /// The operator does not fit the type of the item compared.
    OperatorMismatch { operator: String, item_type: String },
    /// The comparison has no value but its operator needs one.
    MissingValue,
    /// The comparison has a value but its operator takes none.
    UnexpectedValue,
    /// The value does not fit the item compared (wrong type, or not one of its codes).
    ValueMismatch { item_type: String },
    /// A choice item names no choice list.
    MissingChoiceList,
    /// A Likert grid has no rows.
    MissingRows,
    /// A choice list id is not declared.
    UnknownChoiceList { id: String },
    /// A choice list has no option.
    EmptyChoiceList { id: String },
    /// A code appears twice in one choice list.
    DuplicateCode { code: String },
    /// A choice code has characters other than letters, digits, `-` and `_`.
    InvalidCode { code: String },
    /// A setting is present that the item type does not use.
    SettingNotApplicable { setting: String, item_type: String },
    /// A language tag is not valid BCP-47.
    InvalidLanguageTag { tag: String },
    /// A language is declared twice.
    DuplicateLanguage { tag: String },
    /// A language tag is used but not declared.
    UnknownLanguage { tag: String },
    /// A language's fallback chain leads back to itself.
    FallbackCycle { tag: String },
    /// A required text has no message in a language.
    MissingMessage,
    /// A message is not valid Fluent.
    FluentSyntax { detail: String },
    /// A message uses a variable that is neither an audience variable nor an earlier item.
    UnknownVariable { name: String },
    /// A translation uses a variable its source text does not (audience variables aside).
    TranslationAddsVariable { name: String },
    /// A translation leaves out a variable its source text uses (audience variables aside).
    TranslationDropsVariable { name: String },
    /// A message uses Fluent that survey texts do not allow (message references, terms, functions).
    UnsupportedFluent { detail: String },
    /// An audience variable has no values, or its default is not one of them.
    InvalidAudience { id: String },
    /// A bound is above the other, or a rating scale is empty.
    InvalidRange,
    /// A validation pattern is not a valid regular expression.
    InvalidPattern { detail: String },
    /// A validation check does not fit the item type.
    CheckNotApplicable { check: String, item_type: String },
    /// The metadata version is not a semantic version.
    InvalidVersion { version: String },
    /// A published survey has no content hash.
    MissingContentHash,
    /// The content hash does not match the content.
    ContentHashMismatch { expected: String },
    /// The submission endpoint is not an `http:` or `https:` URL.
    InvalidEndpoint { endpoint: String },
    /// A string is longer than coform shows or checks
    /// ([`crate::core::limits::MAX_TEXT_BYTES`] bytes).
    TextTooLong { limit: usize },
}

impl IssueKind {
    /// The stable code of the kind, as used in locale message ids (`issue-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            IssueKind::EmptySurvey => "empty-survey",
            IssueKind::DuplicateId { .. } => "duplicate-id",
            IssueKind::InvalidId { .. } => "invalid-id",
            IssueKind::UnknownItem { .. } => "unknown-item",
            IssueKind::ForwardReference { .. } => "forward-reference",
            IssueKind::DependencyCycle { .. } => "dependency-cycle",
            IssueKind::OperatorMismatch { .. } => "operator-mismatch",
            IssueKind::MissingValue => "missing-value",
            IssueKind::UnexpectedValue => "unexpected-value",
            IssueKind::ValueMismatch { .. } => "value-mismatch",
            IssueKind::MissingChoiceList => "missing-choice-list",
            IssueKind::MissingRows => "missing-rows",
            IssueKind::UnknownChoiceList { .. } => "unknown-choice-list",
            IssueKind::EmptyChoiceList { .. } => "empty-choice-list",
            IssueKind::DuplicateCode { .. } => "duplicate-code",
            IssueKind::InvalidCode { .. } => "invalid-code",
            IssueKind::SettingNotApplicable { .. } => "setting-not-applicable",
            IssueKind::InvalidLanguageTag { .. } => "invalid-language-tag",
            IssueKind::DuplicateLanguage { .. } => "duplicate-language",
            IssueKind::UnknownLanguage { .. } => "unknown-language",
            IssueKind::FallbackCycle { .. } => "fallback-cycle",
            IssueKind::MissingMessage => "missing-message",
            IssueKind::FluentSyntax { .. } => "fluent-syntax",
            IssueKind::UnknownVariable { .. } => "unknown-variable",
            IssueKind::TranslationAddsVariable { .. } => "translation-adds-variable",
            IssueKind::TranslationDropsVariable { .. } => "translation-drops-variable",
            IssueKind::UnsupportedFluent { .. } => "unsupported-fluent",
            IssueKind::InvalidAudience { .. } => "invalid-audience",
            IssueKind::InvalidRange => "invalid-range",
            IssueKind::InvalidPattern { .. } => "invalid-pattern",
            IssueKind::CheckNotApplicable { .. } => "check-not-applicable",
            IssueKind::InvalidVersion { .. } => "invalid-version",
            IssueKind::MissingContentHash => "missing-content-hash",
            IssueKind::ContentHashMismatch { .. } => "content-hash-mismatch",
            IssueKind::InvalidEndpoint { .. } => "invalid-endpoint",
            IssueKind::TextTooLong { .. } => "text-too-long",
        }
    }
}

impl Issue {
    /// How much the issue matters: a message missing in a language other than the source
    /// falls back along the chain, so it is a warning; everything else is an error.
    pub fn severity(&self, source_language: &str) -> Severity {
        match &self.kind {
            IssueKind::MissingMessage
                if self.location.language.as_deref() != Some(source_language) =>
            {
                Severity::Warning
            }
            IssueKind::ContentHashMismatch { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}
