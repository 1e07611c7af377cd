//! The survey model: plain data that serialises to the portable coform definition.
//!
//! Every type here is a serde type with no signals, no IO and no browser imports. The JSON
//! shape is the portable definition, format version 2 (see `definition.rs`): field names are
//! camelCase, unknown fields are rejected, and empty optional fields are left out so that an
//! import followed by an export gives back the same bytes.
//!
//! Every string a respondent can see is a [`LocalizedText`]: one Fluent pattern per language tag.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Number;

/// The value of the `format` field that marks a coform survey definition.
pub const FORMAT_NAME: &str = "coform.survey";
/// The newest definition format version this build reads and the one it writes.
pub const FORMAT_VERSION: u32 = 4;

/// A whole survey instrument: the portable definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Survey {
    /// Always `coform.survey`.
    pub format: Format,
    /// The definition format version; this build writes 3 and reads 1 to 3.
    pub format_version: u32,
    /// Identity, title, version and status.
    pub metadata: Metadata,
    /// The language the survey is authored in; every other language is translated from it.
    pub source_language: String,
    /// Every language the survey is offered in, the source language included.
    pub languages: Vec<Language>,
    /// Audience variables that translations may select on, such as who is answering.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<AudienceVariable>,
    /// Choice lists shared by the items that offer options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choice_lists: Vec<ChoiceList>,
    /// The pages, in order; each holds items and sections.
    pub pages: Vec<Page>,
    /// How the respondent runtime presents the survey and where answers go.
    #[serde(default, skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
    /// Co-design: comment threads, suggested wordings and sign-offs. Not part of what
    /// respondents see, so left out of the content hash and of published definitions.
    #[serde(default, skip_serializing_if = "crate::core::review::Review::is_empty")]
    pub review: crate::core::review::Review,
    /// Every version published, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changelog: Vec<crate::core::versions::ChangelogEntry>,
}

/// How the respondent runtime presents the survey and where it sends responses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Settings {
    /// Page at a time (the default) or one question at a time; the respondent may switch.
    #[serde(default, skip_serializing_if = "Presentation::is_default")]
    pub presentation: Presentation,
    /// The HTTP endpoint that receives each response; without one, responses stay on the
    /// device (kiosk mode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// The publish gate: languages whose every string must be approved before the survey
    /// can be published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub require_approved: Vec<String>,
    /// The publish gate: languages that must be signed off by a patient advisor or staff
    /// member, with no change since.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub require_sign_off: Vec<String>,
}

impl Settings {
    /// Whether every setting has its default value (and so is left out of the JSON).
    pub fn is_default(&self) -> bool {
        *self == Settings::default()
    }
}

/// How much of the survey is shown at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Presentation {
    /// One page at a time.
    #[default]
    Page,
    /// One question at a time.
    Question,
}

impl Presentation {
    fn is_default(&self) -> bool {
        *self == Presentation::Page
    }
}

/// Where and how responses are sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Submission {
    /// The `http:` or `https:` URL that receives a POST per response.
    pub endpoint: String,
    /// The body sent.
    pub format: SubmissionFormat,
}

/// The body format of a submitted response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum SubmissionFormat {
    /// coform response JSON (`public/schema/coform-response-1.schema.json`).
    Coform,
    /// An HL7 FHIR R4 QuestionnaireResponse.
    Fhir,
}

/// The marker that a JSON document is a coform survey definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Format {
    /// `coform.survey`
    #[serde(rename = "coform.survey")]
    CoformSurvey,
}

/// Survey identity and publication state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Metadata {
    /// Stable identifier of the instrument, kept across versions (letters, digits, `-`, `_`, `.`).
    pub id: String,
    /// The survey title shown to respondents.
    pub title: LocalizedText,
    /// A short description shown before the first page.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    /// Semantic version, such as `1.2.0`.
    pub version: String,
    /// Whether this is a draft or a frozen, published version.
    pub status: Status,
    /// `sha256:<hex>` of the definition with this field left out; set when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<String>,
    /// Codes that identify the whole instrument in a terminology, such as LOINC 44249-1 for
    /// the PHQ-9 panel (FHIR `Questionnaire.code`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Coding>,
}

/// A code from a terminology, such as LOINC, naming what an item or a survey asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Coding {
    /// The code system's URI, such as `http://loinc.org`.
    pub system: String,
    /// The code in that system, such as `44250-9`.
    pub code: String,
    /// The code system's own name for the code (not shown to respondents, not translated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// Publication state of a survey version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Being written; may change.
    Draft,
    /// Frozen; carries a content hash.
    Published,
    /// No longer offered to respondents.
    Retired,
}

/// A language the survey is offered in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Language {
    /// BCP-47 language tag, such as `es-PR` or `ar`.
    pub tag: String,
    /// Writing direction of the language.
    pub direction: Direction,
    /// Languages to try, in order, when a message is missing in this one (the source
    /// language is always tried last).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fallback: Vec<String>,
}

/// Writing direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A variable declared by the survey that each language may select on in its wording,
/// such as `respondent = self | parent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AudienceVariable {
    /// The Fluent variable name, used as `$id` in messages.
    pub id: String,
    /// The question asked when the value is not given, such as "Who is answering?".
    pub question: LocalizedText,
    /// The allowed values.
    pub values: Vec<AudienceValue>,
    /// The value used when none is chosen.
    pub default: String,
}

/// One allowed value of an audience variable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AudienceValue {
    /// The value as Fluent selects on it (a Fluent identifier).
    pub value: String,
    /// How the value is offered to the respondent.
    pub label: LocalizedText,
}

/// A list of answer options shared by any number of items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChoiceList {
    /// Identifier of the list.
    pub id: String,
    /// The options, in display order.
    pub options: Vec<ChoiceOption>,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChoiceOption {
    /// The stored code: stable across languages and versions.
    pub code: String,
    /// The label shown.
    pub label: LocalizedText,
    /// In a multiple choice, choosing this option clears the others ("none of these").
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclusive: bool,
    /// The code system `code` belongs to, such as `http://loinc.org` for LOINC answer codes;
    /// without one, the code is the survey's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The option's score, for instruments that add answers up (FHIR `ordinalValue`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Number>,
}

/// A page: what the respondent sees at once in page-at-a-time mode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Page {
    /// Identifier of the page.
    pub id: String,
    /// Page heading.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub title: LocalizedText,
    /// The page is shown only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// The items of the page, in order.
    pub items: Vec<Item>,
}

/// A question, a display note, or a section grouping other items.
///
/// One struct for every type: the fields a type does not use stay empty, and validation
/// reports any that are set (so changing an item's type in the builder loses nothing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Item {
    /// The variable name: unique in the survey, a letter then letters, digits or `_`.
    pub id: String,
    /// The item type.
    #[serde(rename = "type")]
    pub kind: ItemKind,
    /// The question (or note, or section title).
    pub text: LocalizedText,
    /// Help shown under the question.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub hint: LocalizedText,
    /// Placeholder inside an empty text or number field.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub placeholder: LocalizedText,
    /// An answer is needed to go on.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// An answer is needed when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_if: Option<Condition>,
    /// The item is shown (and asked) only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// Trauma-informed handling for a sensitive question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<Sensitive>,
    /// The choice list offered (single, multiple, ranking, Likert grid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<String>,
    /// How a single choice is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appearance: Option<Appearance>,
    /// Unit shown beside a number, such as "kg".
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub unit: LocalizedText,
    /// The points of a rating scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<RatingScale>,
    /// The statements of a Likert grid, each answered on the grid's choice list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<GridRow>,
    /// The items of a section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// Checks on the answer, each with its message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub validation: Vec<ValidationRule>,
    /// Codes that name what the item asks in a terminology, such as LOINC (FHIR `item.code`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Coding>,
}

impl Item {
    /// A new item of a type with no text and no settings.
    pub fn new(id: &str, kind: ItemKind) -> Self {
        Item {
            id: id.to_owned(),
            kind,
            text: LocalizedText::default(),
            hint: LocalizedText::default(),
            placeholder: LocalizedText::default(),
            required: false,
            required_if: None,
            show_if: None,
            sensitive: None,
            choices: None,
            appearance: None,
            unit: LocalizedText::default(),
            scale: None,
            rows: Vec::new(),
            items: Vec::new(),
            validation: Vec::new(),
            codes: Vec::new(),
        }
    }
}

/// The item types of coform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ItemKind {
    /// Display text, no answer.
    Note,
    /// One line of text.
    ShortText,
    /// Several lines of text.
    LongText,
    /// A whole number.
    Integer,
    /// A number with a fractional part.
    Decimal,
    /// A calendar date (`YYYY-MM-DD`).
    Date,
    /// One option from a choice list.
    SingleChoice,
    /// Any options from a choice list.
    MultipleChoice,
    /// Yes or no.
    YesNo,
    /// A point on a numeric scale.
    Rating,
    /// Several statements answered on one shared scale.
    LikertGrid,
    /// The options of a choice list put in order.
    Ranking,
    /// Agreement to take part.
    Consent,
    /// A group of items with a title.
    Section,
}

impl ItemKind {
    /// Every item type, in the order the builder offers them.
    pub const ALL: [ItemKind; 14] = [
        ItemKind::Note,
        ItemKind::ShortText,
        ItemKind::LongText,
        ItemKind::Integer,
        ItemKind::Decimal,
        ItemKind::Date,
        ItemKind::SingleChoice,
        ItemKind::MultipleChoice,
        ItemKind::YesNo,
        ItemKind::Rating,
        ItemKind::LikertGrid,
        ItemKind::Ranking,
        ItemKind::Consent,
        ItemKind::Section,
    ];

    /// The name used in the JSON definition, such as `singleChoice`.
    pub fn json_name(self) -> &'static str {
        match self {
            ItemKind::Note => "note",
            ItemKind::ShortText => "shortText",
            ItemKind::LongText => "longText",
            ItemKind::Integer => "integer",
            ItemKind::Decimal => "decimal",
            ItemKind::Date => "date",
            ItemKind::SingleChoice => "singleChoice",
            ItemKind::MultipleChoice => "multipleChoice",
            ItemKind::YesNo => "yesNo",
            ItemKind::Rating => "rating",
            ItemKind::LikertGrid => "likertGrid",
            ItemKind::Ranking => "ranking",
            ItemKind::Consent => "consent",
            ItemKind::Section => "section",
        }
    }

    /// Whether the item collects an answer (notes and sections do not).
    pub fn takes_answer(self) -> bool {
        !matches!(self, ItemKind::Note | ItemKind::Section)
    }

    /// Whether the item offers the options of a choice list.
    pub fn uses_choices(self) -> bool {
        matches!(
            self,
            ItemKind::SingleChoice
                | ItemKind::MultipleChoice
                | ItemKind::Ranking
                | ItemKind::LikertGrid
        )
    }

    /// Whether the answer is a number.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            ItemKind::Integer | ItemKind::Decimal | ItemKind::Rating
        )
    }

    /// Whether the answer is free text.
    pub fn is_text(self) -> bool {
        matches!(self, ItemKind::ShortText | ItemKind::LongText)
    }
}

/// How a single choice is presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Appearance {
    /// Radio buttons, all options visible.
    Radio,
    /// A drop-down list, for long lists.
    Dropdown,
}

/// The points of a rating scale, with optional labels at the ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RatingScale {
    /// The lowest point.
    pub min: i64,
    /// The highest point.
    pub max: i64,
    /// Label of the lowest point, such as "Not at all".
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub min_label: LocalizedText,
    /// Label of the highest point, such as "Extremely".
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub max_label: LocalizedText,
}

/// One statement of a Likert grid; its answer is stored under its own id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GridRow {
    /// The variable name of this row's answer.
    pub id: String,
    /// The statement.
    pub text: LocalizedText,
}

/// Trauma-informed handling of a sensitive question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sensitive {
    /// Shown before the question, such as "The next question is about violence at home".
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub content_note: LocalizedText,
    /// Why the question is asked and how the answer is used.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub why_we_ask: LocalizedText,
    /// The way past the question that is always offered, even when it is required.
    pub way_out: WayOut,
}

/// How a respondent can pass a sensitive question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum WayOut {
    /// The question can be skipped.
    Skip,
    /// A "prefer not to answer" choice is offered and recorded.
    PreferNotToAnswer,
}

/// A condition on earlier answers: a tree of all / any / not over comparisons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum Condition {
    /// Every condition holds (true when empty).
    All(Vec<Condition>),
    /// At least one condition holds (false when empty).
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// A comparison of one earlier answer.
    Compare(Comparison),
}

/// A comparison of an earlier item's answer with a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Comparison {
    /// The id of the item (or Likert grid row) whose answer is compared.
    pub item: String,
    /// The operator.
    pub op: Operator,
    /// The value compared with; absent for `answered` and `notAnswered`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Literal>,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Operator {
    /// The answer equals the value (a choice code, number, text, date or boolean).
    Equals,
    /// The answer is given and differs from the value.
    NotEquals,
    /// The number or date is below the value.
    LessThan,
    /// The number or date is at most the value.
    LessOrEqual,
    /// The number or date is above the value.
    GreaterThan,
    /// The number or date is at least the value.
    GreaterOrEqual,
    /// A multiple choice or ranking answer contains the code.
    Includes,
    /// Any answer was given.
    Answered,
    /// No answer was given.
    NotAnswered,
}

impl Operator {
    /// Every operator, in the order the builder lists them.
    pub const ALL: [Operator; 9] = [
        Operator::Equals,
        Operator::NotEquals,
        Operator::LessThan,
        Operator::LessOrEqual,
        Operator::GreaterThan,
        Operator::GreaterOrEqual,
        Operator::Includes,
        Operator::Answered,
        Operator::NotAnswered,
    ];

    /// The operator's name in the JSON.
    pub fn json_name(self) -> &'static str {
        match self {
            Operator::Equals => "equals",
            Operator::NotEquals => "notEquals",
            Operator::LessThan => "lessThan",
            Operator::LessOrEqual => "lessOrEqual",
            Operator::GreaterThan => "greaterThan",
            Operator::GreaterOrEqual => "greaterOrEqual",
            Operator::Includes => "includes",
            Operator::Answered => "answered",
            Operator::NotAnswered => "notAnswered",
        }
    }

    /// Whether the operator compares with a value.
    pub fn takes_value(self) -> bool {
        !matches!(self, Operator::Answered | Operator::NotAnswered)
    }

    /// Whether the operator orders values (numbers and dates).
    pub fn is_ordering(self) -> bool {
        matches!(
            self,
            Operator::LessThan
                | Operator::LessOrEqual
                | Operator::GreaterThan
                | Operator::GreaterOrEqual
        )
    }
}

/// A constant in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Literal {
    /// true or false (yes/no and consent answers).
    Bool(bool),
    /// A number, written as in the JSON.
    Number(Number),
    /// A choice code, a text or an ISO date.
    Text(String),
}

/// A check on an answer, with the message shown when it fails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidationRule {
    /// What is checked.
    pub check: Check,
    /// The message shown when the check fails.
    pub message: LocalizedText,
}

/// The checks a validation rule can make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum Check {
    /// A number (or a date, as `YYYY-MM-DD`) within bounds, both inclusive.
    Range {
        /// The lowest allowed value.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<Literal>,
        /// The highest allowed value.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<Literal>,
    },
    /// A text whose length in characters is within bounds.
    Length {
        /// The fewest characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        /// The most characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    /// A text that matches a regular expression as a whole.
    Pattern {
        /// The regular expression (Rust `regex` syntax, without look-around).
        regex: String,
    },
    /// A multiple choice with a number of chosen options within bounds.
    AnswerCount {
        /// The fewest options.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        /// The most options.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
}

/// A respondent-visible string: one Fluent pattern per language tag, and for translated
/// languages the state of each translation.
///
/// A pattern is the value part of a Fluent message: plain text, or text with placeables
/// such as `{ $household_size }` and select expressions over plural categories and
/// audience variables.
///
/// In JSON each language maps to its pattern as a plain string, or, once a translation has
/// a recorded state, to `{"text": …, "status": …, "by": …, "source": …}`. The source
/// language never carries a state: it is what the others are translated from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalizedText(
    /// The pattern of each language, by tag.
    pub BTreeMap<String, String>,
    /// The state of each translated pattern, by tag (only for tags that have a pattern).
    pub BTreeMap<String, Translation>,
);

/// Where a translation stands, who last changed it, and what it was translated from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Translation {
    /// Draft, needs review, or approved.
    pub status: TranslationStatus,
    /// The role of whoever last changed the text or its status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Role>,
    /// The display name they gave on their device, when they gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The fingerprint of the source-language pattern this translation was made from; when
    /// the source changes, the translation is stale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The review state of a translated string (a missing one has no state at all).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum TranslationStatus {
    /// Written, not yet checked.
    Draft,
    /// Changed outside the app (an imported translators' file) or flagged: someone must look.
    NeedsReview,
    /// Checked and accepted.
    Approved,
}

/// The part a person plays in making a survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// A patient advisor co-designing the survey.
    PatientAdvisor,
    /// Staff: survey owner, analyst, IT.
    Staff,
    /// A translator.
    Translator,
}

impl Role {
    /// Every role, in the order the builder offers them.
    pub const ALL: [Role; 3] = [Role::Staff, Role::PatientAdvisor, Role::Translator];

    /// The role as written in JSON.
    pub fn json_name(self) -> &'static str {
        match self {
            Role::PatientAdvisor => "patientAdvisor",
            Role::Staff => "staff",
            Role::Translator => "translator",
        }
    }
}

impl LocalizedText {
    /// Whether no language has a text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The pattern for exactly this language tag.
    pub fn get(&self, language: &str) -> Option<&str> {
        self.0.get(language).map(String::as_str)
    }

    /// The recorded state of this language's translation, if any.
    pub fn translation(&self, language: &str) -> Option<&Translation> {
        self.1.get(language)
    }

    /// Builds a text from (language, pattern) pairs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        LocalizedText(
            pairs
                .into_iter()
                .map(|(language, pattern)| (language.to_owned(), pattern.to_owned()))
                .collect(),
            BTreeMap::new(),
        )
    }

    /// Sets (or, when empty, removes) one language's pattern as someone typed it: a
    /// translated language becomes a draft by the author's role, translated from the source
    /// text as it is now; the source language carries no state.
    pub fn write(&mut self, author: &Author, language: &str, pattern: &str) {
        if pattern.is_empty() {
            self.0.remove(language);
            self.1.remove(language);
            return;
        }
        if self.get(language) == Some(pattern) {
            return;
        }
        self.0.insert(language.to_owned(), pattern.to_owned());
        if language != author.source_language {
            let source = self
                .get(&author.source_language)
                .map(crate::core::translation::fingerprint);
            self.1.insert(
                language.to_owned(),
                Translation {
                    status: TranslationStatus::Draft,
                    by: Some(author.role),
                    name: author.name.clone(),
                    source,
                },
            );
        }
    }
}

/// Who is changing texts, for the state recorded with a translation: the role of the person
/// at the device, and the survey's source language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    /// The survey's source language (its texts carry no translation state).
    pub source_language: String,
    /// The role of the person typing.
    pub role: Role,
    /// The display name they gave on their device, if any.
    pub name: Option<String>,
}

/// One language's entry in JSON: a bare pattern, or a pattern with its translation state.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
enum LocalizedEntry {
    /// The pattern alone.
    Plain(String),
    /// A translated pattern with its state.
    Tracked(TrackedEntry),
}

/// A translated pattern with its state.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct TrackedEntry {
    /// The Fluent pattern.
    text: String,
    /// Draft, needs review, or approved.
    status: TranslationStatus,
    /// The role of whoever last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    by: Option<Role>,
    /// The display name of whoever last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// Fingerprint of the source pattern it was translated from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

// `Literal` and `LocalizedEntry` are read by the JSON type of the value, as
// `#[serde(untagged)]` would read them but without buffering each value first (which compiles
// to a second reader for every type inside, in every binary that reads a survey).

impl<'de> Deserialize<'de> for Literal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LiteralVisitor;
        impl serde::de::Visitor<'_> for LiteralVisitor {
            type Value = Literal;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("true, false, a number or a text")
            }
            fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<Literal, E> {
                Ok(Literal::Bool(value))
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Literal, E> {
                Ok(Literal::Number(value.into()))
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Literal, E> {
                Ok(Literal::Number(value.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Literal, E> {
                Number::from_f64(value)
                    .map(Literal::Number)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Float(value), &self))
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Literal, E> {
                Ok(Literal::Text(value.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Literal, E> {
                Ok(Literal::Text(value))
            }
        }
        deserializer.deserialize_any(LiteralVisitor)
    }
}

impl<'de> Deserialize<'de> for LocalizedEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> serde::de::Visitor<'de> for EntryVisitor {
            type Value = LocalizedEntry;
            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a pattern, or an object with the pattern and its state")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<LocalizedEntry, E> {
                Ok(LocalizedEntry::Plain(value.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, value: String) -> Result<LocalizedEntry, E> {
                Ok(LocalizedEntry::Plain(value))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<LocalizedEntry, A::Error> {
                TrackedEntry::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(LocalizedEntry::Tracked)
            }
        }
        deserializer.deserialize_any(EntryVisitor)
    }
}

impl Serialize for LocalizedText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (language, pattern) in &self.0 {
            match self.1.get(language) {
                None => map.serialize_entry(language, pattern)?,
                Some(state) => map.serialize_entry(
                    language,
                    &TrackedEntryRef {
                        text: pattern,
                        status: state.status,
                        by: state.by,
                        name: state.name.as_deref(),
                        source: state.source.as_deref(),
                    },
                )?,
            }
        }
        map.end()
    }
}

/// [`TrackedEntry`] borrowed, so that export does not copy every string.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TrackedEntryRef<'a> {
    text: &'a str,
    status: TranslationStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<Role>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = BTreeMap::<String, LocalizedEntry>::deserialize(deserializer)?;
        let mut text = LocalizedText::default();
        for (language, entry) in entries {
            match entry {
                LocalizedEntry::Plain(pattern) => {
                    text.0.insert(language, pattern);
                }
                LocalizedEntry::Tracked(tracked) => {
                    text.0.insert(language.clone(), tracked.text);
                    text.1.insert(
                        language,
                        Translation {
                            status: tracked.status,
                            by: tracked.by,
                            name: tracked.name,
                            source: tracked.source,
                        },
                    );
                }
            }
        }
        Ok(text)
    }
}

impl JsonSchema for LocalizedText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LocalizedText".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let entry = generator.subschema_for::<LocalizedEntry>();
        schemars::json_schema!({
            "description": "A respondent-visible string: per language tag, its Fluent pattern, or the pattern with its translation state.",
            "type": "object",
            "additionalProperties": entry,
        })
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Survey {
    /// A new, empty draft in one language, with one page.
    pub fn blank(id: &str, source_language: &str, direction: Direction) -> Self {
        Survey {
            format: Format::CoformSurvey,
            format_version: FORMAT_VERSION,
            metadata: Metadata {
                id: id.to_owned(),
                title: LocalizedText::default(),
                description: LocalizedText::default(),
                version: "0.1.0".to_owned(),
                status: Status::Draft,
                content_hash: None,
                codes: Vec::new(),
            },
            source_language: source_language.to_owned(),
            languages: vec![Language {
                tag: source_language.to_owned(),
                direction,
                fallback: Vec::new(),
            }],
            audience: Vec::new(),
            choice_lists: Vec::new(),
            pages: vec![Page {
                id: "page_1".to_owned(),
                title: LocalizedText::default(),
                show_if: None,
                items: Vec::new(),
            }],
            settings: Settings::default(),
            review: crate::core::review::Review::default(),
            changelog: Vec::new(),
        }
    }

    /// The tags of every language other than the source, in the survey's order.
    pub fn translated_languages(&self) -> impl Iterator<Item = &str> {
        self.languages
            .iter()
            .map(|language| language.tag.as_str())
            .filter(|tag| *tag != self.source_language)
    }

    /// The language entry with this tag.
    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|language| language.tag == tag)
    }

    /// The choice list with this id.
    pub fn choice_list(&self, id: &str) -> Option<&ChoiceList> {
        self.choice_lists.iter().find(|list| list.id == id)
    }

    /// Every item of the survey in respondent order, sections before their children.
    pub fn items(&self) -> Vec<&Item> {
        let mut out = Vec::new();
        for page in &self.pages {
            collect_items(&page.items, &mut out);
        }
        out
    }

    /// The item with this id, wherever it is.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().into_iter().find(|item| item.id == id)
    }

    /// The languages to try for `tag`, in order: itself, its fallback chain, then the
    /// source language; each once, unknown tags left out.
    pub fn language_chain(&self, tag: &str) -> Vec<String> {
        let mut chain: Vec<String> = Vec::new();
        let push = |tag: &str, chain: &mut Vec<String>| {
            if self.language(tag).is_some() && !chain.iter().any(|seen| seen == tag) {
                chain.push(tag.to_owned());
            }
        };
        push(tag, &mut chain);
        if let Some(language) = self.language(tag) {
            for fallback in &language.fallback {
                push(fallback, &mut chain);
            }
        }
        push(&self.source_language, &mut chain);
        chain
    }

    /// The writing direction of a language (left to right when unknown).
    pub fn direction(&self, tag: &str) -> Direction {
        self.language(tag)
            .map_or(Direction::Ltr, |language| language.direction)
    }
}

fn collect_items<'a>(items: &'a [Item], out: &mut Vec<&'a Item>) {
    for item in items {
        out.push(item);
        collect_items(&item.items, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_localized_entries_read_by_their_json_type() {
        let literals: Vec<Literal> =
            serde_json::from_str(r#"[true, 3, -2, 1.5, "yes"]"#).expect("literals read");
        assert_eq!(
            literals,
            vec![
                Literal::Bool(true),
                Literal::Number(3.into()),
                Literal::Number((-2).into()),
                Literal::Number(Number::from_f64(1.5).expect("finite")),
                Literal::Text("yes".to_owned()),
            ]
        );
        assert!(serde_json::from_str::<Literal>("null").is_err());
        assert!(serde_json::from_str::<Literal>("[1]").is_err());

        let text: LocalizedText = serde_json::from_str(
            r#"{"en": "Hello", "fr": {"text": "Bonjour", "status": "approved"}}"#,
        )
        .expect("text reads");
        assert_eq!(text.get("en"), Some("Hello"));
        assert_eq!(text.get("fr"), Some("Bonjour"));
        assert_eq!(
            text.1.get("fr").map(|translation| translation.status),
            Some(TranslationStatus::Approved)
        );
        for wrong in [
            r#"{"en": 5}"#,
            r#"{"en": ["Hello"]}"#,
            r#"{"fr": {"text": "Bonjour", "status": "approved", "extra": 1}}"#,
            r#"{"fr": {"status": "approved"}}"#,
        ] {
            assert!(
                serde_json::from_str::<LocalizedText>(wrong).is_err(),
                "{wrong}"
            );
        }
    }
}
