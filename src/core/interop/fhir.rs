//! HL7 FHIR R4 Questionnaire (JSON), out and in.
//!
//! [`export`] writes a survey as a Questionnaire and lists what R4 cannot carry; [`import`]
//! reads any reasonable R4 Questionnaire (coform's own or another tool's) and lists, with its
//! JSON path, everything it did not understand.
//!
//! | coform | Questionnaire |
//! | --- | --- |
//! | `metadata.id` / title / description / version / status / codes | `id` (and the canonical `url`, which keeps an id FHIR's `id` cannot spell), `title`, `description`, `version`, `status` (draft, active, retired), `code` |
//! | source language | `language`; the element holds the source text |
//! | other languages | the `translation` extension on `_text`, `_title`, `_description`, `_display`, `_valueString` |
//! | page | top-level `group` with itemControl `page`; its title is the group's `text` |
//! | section | `group` |
//! | note | `display` |
//! | shortText, longText | `string`, `text` |
//! | integer, decimal, date | `integer`, `decimal`, `date` |
//! | singleChoice | `choice`, itemControl `radio-button` or `drop-down` for the appearance |
//! | multipleChoice | `choice` with `repeats` |
//! | yesNo | `boolean` |
//! | rating | `integer` with itemControl `slider`, `minValue`/`maxValue` from the scale, and the scale labels as child `display` items with itemControl `lower` and `upper` |
//! | likertGrid | `group` with itemControl `table` (questions as rows, answers as columns), one `choice` child per row whose linkId is the row id |
//! | ranking | `choice` with `repeats` (a loss: the order is not asked for) |
//! | consent | `boolean` (a loss: read back as yesNo) |
//! | hint | a child `display` item with itemControl `help`, linkId `<id>-help` |
//! | placeholder, unit | `entryFormat`, `questionnaire-unit` (a Coding with only a display) |
//! | options | `answerOption.valueCoding` (the option's system, or `<url>/choices/<list>` which names the shared list), `ordinalValue` for the score, `questionnaire-optionExclusive` for "none of these" |
//! | showIf | `enableWhen` + `enableBehavior` when the condition is one list of comparisons under all/any; otherwise SDC `enableWhenExpression` (FHIRPath) |
//! | validation | `minValue`/`maxValue`, `minLength` (extension), `maxLength` (element), `regex`, `questionnaire-minOccurs`/`maxOccurs` |
//!
//! Comparisons map to `enableWhen` by FHIR's definitions: `=` holds when *some* answer equals
//! the value (coform `equals`, or `includes` on a multiple choice), `!=` when *no* answer does,
//! which is coform `not equals` (or `not includes`) and so holds for an unanswered question;
//! coform's `notEquals` (answered and different) is `exists = true` and `!=` under `all`.
//!
//! The loss list names what R4 cannot hold: plural and audience variants (the default variant
//! is written), piped answers (written `[name]`), validation messages, `requiredIf`, the
//! trauma-informed handling of sensitive questions, a note's hint, the settings, and what
//! [`common_losses`] lists. Because FHIR has no validation messages, an imported rule gets a
//! language-neutral message built from its bounds (`0 – 120`, `≤ 500`, the pattern), which the
//! author is expected to reword.
//!
//! Import reads a Questionnaire whose top-level items are `page` groups as pages (items around
//! them become pages of their own) and any other Questionnaire as one page. Items nested under a
//! question (other than its help and scale labels) follow it as siblings; linkIds and option
//! codes that are not coform ids and codes are renamed, and every reference to them follows.
//! Items offering the same options share one choice list, named after coform's list when the
//! option system is coform's, else after the first item. `valueString` and `valueInteger`
//! options become codes; a `table` group of choice questions with the same options is a Likert
//! grid. An enableWhenExpression is read only in the exact form export writes.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use serde::Serialize;
use serde_json::{Map, Number, Value};

use crate::core::interop::{
    Exported, Imported, Loss, LossKind, Notice, NoticeKind, ReadError, common_losses, dedup, text,
};
use crate::core::language::{canonical_tag, usual_direction};
use crate::core::model::{
    Appearance, Check, ChoiceList, ChoiceOption, Coding, Comparison, Condition, Format, GridRow,
    Item, ItemKind, Language, Literal, LocalizedText, Metadata, Operator, Page, RatingScale,
    Status, Survey, ValidationRule,
};
use crate::core::response::questionnaire_url;
use crate::core::validate::{is_valid_code, is_valid_id};

const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";
const ENTRY_FORMAT: &str = "http://hl7.org/fhir/StructureDefinition/entryFormat";
const UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
const MIN_LENGTH: &str = "http://hl7.org/fhir/StructureDefinition/minLength";
const REGEX: &str = "http://hl7.org/fhir/StructureDefinition/regex";
const MIN_OCCURS: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs";
const MAX_OCCURS: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs";
const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
/// The older (STU3) score extension, still common in published instruments; read only.
const CO_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
const OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
const FHIRPATH: &str = "text/fhirpath";

/// The linkId of a page's group: the page id, or `<id>-page` when an item has the same id
/// (pages and items are separate namespaces in coform, linkIds are one).
pub fn page_link_id(survey: &Survey, page: usize) -> String {
    let Some(found) = survey.pages.get(page) else {
        return String::new();
    };
    let taken = survey
        .items()
        .iter()
        .any(|item| item.id == found.id || item.rows.iter().any(|row| row.id == found.id));
    if taken {
        format!("{}-page", found.id)
    } else {
        found.id.clone()
    }
}

/// The Coding system of an option: its own terminology's, or, for the survey's own codes,
/// `<questionnaire url>/choices/<list id>` (which tells the importer which list it is).
pub fn option_system(survey: &Survey, list: &str, code: &str) -> String {
    survey
        .choice_list(list)
        .and_then(|found| found.options.iter().find(|option| option.code == code))
        .and_then(|option| option.system.clone())
        .unwrap_or_else(|| format!("{}/choices/{list}", questionnaire_url(survey)))
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/// Writes the survey as a FHIR R4 Questionnaire (pretty JSON, final newline), with what R4
/// cannot carry.
pub fn export(survey: &Survey) -> Exported {
    let mut writer = Writer::new(survey);
    let questionnaire = writer.questionnaire();
    let mut bytes = crate::core::json::to_pretty(&questionnaire, 1 << 20);
    bytes.push(b'\n');
    // The survey-wide losses first, then the writer's, each once.
    let mut losses = common_losses(survey);
    losses.extend(writer.losses);
    Exported {
        bytes,
        losses: dedup(losses),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Questionnaire {
    resource_type: &'static str,
    id: String,
    language: String,
    url: String,
    version: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(rename = "_title", skip_serializing_if = "Option::is_none")]
    title_element: Option<Element>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(rename = "_description", skip_serializing_if = "Option::is_none")]
    description_element: Option<Element>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    code: Vec<FhirCoding>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<FhirItem>,
}

/// The extensions of a primitive (`_text` and the like): its translations.
#[derive(Serialize, Default, Clone)]
struct Element {
    extension: Vec<Translation>,
}

/// A string's translation extension in one language. Written as FHIR's nested extension
/// (`lang` and `content`) directly, not built from general [`Extension`] values: an export
/// has one per string and language, tens of thousands for a large survey.
#[derive(Clone)]
struct Translation {
    language: String,
    content: String,
}

impl Serialize for Translation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Lang<'a> {
            url: &'static str,
            value_code: &'a str,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Content<'a> {
            url: &'static str,
            value_string: &'a str,
        }
        #[derive(Serialize)]
        struct Nested<'a> {
            url: &'static str,
            extension: (Lang<'a>, Content<'a>),
        }
        Nested {
            url: TRANSLATION,
            extension: (
                Lang {
                    url: "lang",
                    value_code: &self.language,
                },
                Content {
                    url: "content",
                    value_string: &self.content,
                },
            ),
        }
        .serialize(serializer)
    }
}

#[derive(Serialize, Default, Clone)]
#[serde(rename_all = "camelCase")]
struct Extension {
    url: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_decimal: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_integer: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_string: Option<String>,
    #[serde(rename = "_valueString", skip_serializing_if = "Option::is_none")]
    value_string_element: Option<Element>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_coding: Option<FhirCoding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_codeable_concept: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_expression: Option<Expression>,
}

#[derive(Serialize, Default, Clone)]
#[serde(rename_all = "camelCase")]
struct FhirCoding {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<String>,
    #[serde(rename = "_display", skip_serializing_if = "Option::is_none")]
    display_element: Option<Element>,
}

#[derive(Serialize, Clone)]
struct CodeableConcept {
    coding: Vec<FhirCoding>,
}

#[derive(Serialize, Clone)]
struct Expression {
    language: &'static str,
    expression: String,
}

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct FhirItem {
    link_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    code: Vec<FhirCoding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(rename = "_text", skip_serializing_if = "Option::is_none")]
    text_element: Option<Element>,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    enable_when: Vec<EnableWhen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_behavior: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    repeats: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_length: Option<u32>,
    #[serde(skip_serializing_if = "Options::is_empty")]
    answer_option: Options,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<FhirItem>,
}

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct EnableWhen {
    question: String,
    operator: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_decimal: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_integer: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_string: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_coding: Option<FhirCoding>,
}

/// A choice list's answer options, shared (not copied) by the questions that use the list.
#[derive(Clone, Default)]
struct Options(Rc<[AnswerOption]>);

impl Options {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Options {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnswerOption {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    value_coding: FhirCoding,
}

/// What a condition may compare: an answerable item or a grid row, with its answer's type
/// (a row answers like a single choice) and choice list.
type Targets<'s> = HashMap<&'s str, (ItemKind, Option<&'s str>)>;

fn targets(survey: &Survey) -> Targets<'_> {
    let mut out = HashMap::new();
    for item in survey.items() {
        if item.kind.takes_answer() {
            out.entry(item.id.as_str())
                .or_insert((item.kind, item.choices.as_deref()));
        }
        if item.kind == ItemKind::LikertGrid {
            for row in &item.rows {
                out.entry(row.id.as_str())
                    .or_insert((ItemKind::SingleChoice, item.choices.as_deref()));
            }
        }
    }
    out
}

fn is_multiple(kind: Option<ItemKind>) -> bool {
    matches!(kind, Some(ItemKind::MultipleChoice | ItemKind::Ranking))
}

struct Writer<'s> {
    survey: &'s Survey,
    targets: Targets<'s>,
    losses: Vec<Loss>,
    /// Each choice list's answer options, written once and shared by every question on it
    /// (their losses are the list's, so they are recorded once as well).
    options: HashMap<usize, Options>,
}

fn extension(url: &'static str) -> Extension {
    Extension {
        url,
        ..Extension::default()
    }
}

fn item_control(code: &str) -> Extension {
    Extension {
        value_codeable_concept: Some(CodeableConcept {
            coding: vec![FhirCoding {
                system: Some(ITEM_CONTROL_SYSTEM.to_owned()),
                code: Some(code.to_owned()),
                ..FhirCoding::default()
            }],
        }),
        ..extension(ITEM_CONTROL)
    }
}

fn translation(language: &str, content: String) -> Translation {
    Translation {
        language: language.to_owned(),
        content,
    }
}

fn codings(codes: &[Coding]) -> Vec<FhirCoding> {
    codes
        .iter()
        .map(|coding| FhirCoding {
            system: Some(coding.system.clone()),
            code: Some(coding.code.clone()),
            display: coding.display.clone(),
            ..FhirCoding::default()
        })
        .collect()
}

/// A computable name (`community-health` → `CommunityHealth`), as FHIR's `name` wants it.
fn computable_name(id: &str) -> String {
    let mut name = String::new();
    for part in id.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.insert(0, 'Q');
    }
    name
}

/// FHIR's `id`: letters, digits, `-` and `.`, at most 64 (coform also allows `_`).
fn fhir_id(id: &str) -> String {
    let mut out: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    if out.is_empty() {
        out.push_str("questionnaire");
    }
    out
}

impl<'s> Writer<'s> {
    fn new(survey: &'s Survey) -> Self {
        Writer {
            survey,
            targets: targets(survey),
            losses: Vec::new(),
            options: HashMap::new(),
        }
    }

    /// Records a loss; repeats are dropped once, in [`export`].
    fn loss(&mut self, path: String, kind: LossKind) {
        self.losses.push(Loss { path, kind });
    }

    fn questionnaire(&mut self) -> Questionnaire {
        let survey = self.survey;
        let settings = &survey.settings;
        if settings.presentation != Default::default() {
            self.loss(
                "settings.presentation".into(),
                LossKind::Setting {
                    setting: "presentation".into(),
                },
            );
        }
        if settings.submission.is_some() {
            self.loss(
                "settings.submission".into(),
                LossKind::Setting {
                    setting: "submission".into(),
                },
            );
        }
        if !settings.require_approved.is_empty() {
            self.loss(
                "settings.requireApproved".into(),
                LossKind::Setting {
                    setting: "requireApproved".into(),
                },
            );
        }
        if !settings.require_sign_off.is_empty() {
            self.loss(
                "settings.requireSignOff".into(),
                LossKind::Setting {
                    setting: "requireSignOff".into(),
                },
            );
        }
        let metadata = &survey.metadata;
        let (title, title_element) = self.string(&metadata.title, "metadata.title");
        let (description, description_element) =
            self.string(&metadata.description, "metadata.description");
        let mut item = Vec::new();
        for (index, page) in survey.pages.iter().enumerate() {
            item.push(self.page(index, page));
        }
        Questionnaire {
            resource_type: "Questionnaire",
            id: fhir_id(&metadata.id),
            language: survey.source_language.clone(),
            url: questionnaire_url(survey),
            version: metadata.version.clone(),
            name: computable_name(&metadata.id),
            title,
            title_element,
            status: match metadata.status {
                Status::Draft => "draft",
                Status::Published => "active",
                Status::Retired => "retired",
            },
            description,
            description_element,
            code: codings(&metadata.codes),
            item,
        }
    }

    /// A string as FHIR holds it: the source language's text in the element, every other
    /// declared language as a translation extension.
    fn string(&mut self, text: &LocalizedText, path: &str) -> (Option<String>, Option<Element>) {
        let survey = self.survey;
        let source = survey.source_language.as_str();
        let value = text
            .get(source)
            .map(|pattern| self.plain(pattern, path, source))
            .filter(|plain| !plain.is_empty());
        let mut extensions = Vec::new();
        for language in survey.translated_languages() {
            if let Some(pattern) = text.get(language) {
                let content = self.plain(pattern, path, language);
                if !content.is_empty() {
                    extensions.push(translation(language, content));
                }
            }
        }
        for language in text.0.keys() {
            if survey.language(language).is_none() {
                self.loss(
                    format!("{path}.{language}"),
                    LossKind::Language {
                        language: language.clone(),
                    },
                );
            }
        }
        let element = (!extensions.is_empty()).then_some(Element {
            extension: extensions,
        });
        (value, element)
    }

    fn plain(&mut self, pattern: &str, path: &str, language: &str) -> String {
        let plain = text::plain(pattern, None);
        if plain.flattened {
            self.loss(
                format!("{path}.{language}"),
                LossKind::Variants {
                    language: language.to_owned(),
                },
            );
        }
        if plain.unpiped {
            self.loss(
                format!("{path}.{language}"),
                LossKind::Piping {
                    language: language.to_owned(),
                },
            );
        }
        plain.text
    }

    fn page(&mut self, index: usize, page: &Page) -> FhirItem {
        let path = format!("pages[{index}]");
        let (text, text_element) = self.string(&page.title, &format!("{path}.title"));
        let mut group = FhirItem {
            link_id: page_link_id(self.survey, index),
            extension: vec![item_control("page")],
            text,
            text_element,
            kind: "group",
            ..FhirItem::default()
        };
        if let Some(condition) = &page.show_if {
            self.show_if(condition, &format!("{path}.showIf"), &mut group);
        }
        for (position, item) in page.items.iter().enumerate() {
            let item_path = format!("{path}.items[{position}]");
            group.item.push(self.item(item, &item_path));
        }
        group
    }

    fn item(&mut self, item: &Item, path: &str) -> FhirItem {
        let (text, text_element) = self.string(&item.text, &format!("{path}.text"));
        let mut out = FhirItem {
            link_id: item.id.clone(),
            code: codings(&item.codes),
            text,
            text_element,
            kind: match item.kind {
                ItemKind::Note => "display",
                ItemKind::ShortText => "string",
                ItemKind::LongText => "text",
                ItemKind::Integer | ItemKind::Rating => "integer",
                ItemKind::Decimal => "decimal",
                ItemKind::Date => "date",
                ItemKind::SingleChoice | ItemKind::MultipleChoice | ItemKind::Ranking => "choice",
                ItemKind::YesNo | ItemKind::Consent => "boolean",
                ItemKind::LikertGrid | ItemKind::Section => "group",
            },
            ..FhirItem::default()
        };
        if item.kind.takes_answer() && item.kind != ItemKind::LikertGrid && item.required {
            out.required = Some(true);
        }
        match item.kind {
            ItemKind::SingleChoice => match item.appearance {
                Some(Appearance::Radio) => out.extension.push(item_control("radio-button")),
                Some(Appearance::Dropdown) => out.extension.push(item_control("drop-down")),
                None => {}
            },
            ItemKind::MultipleChoice => out.repeats = Some(true),
            ItemKind::Ranking => {
                out.repeats = Some(true);
                self.loss(
                    path.to_owned(),
                    LossKind::ItemType {
                        item_type: "ranking".into(),
                        written_as: "choice".into(),
                    },
                );
            }
            ItemKind::Consent => self.loss(
                path.to_owned(),
                LossKind::ItemType {
                    item_type: "consent".into(),
                    written_as: "boolean".into(),
                },
            ),
            ItemKind::Rating => out.extension.push(item_control("slider")),
            ItemKind::LikertGrid => out.extension.push(item_control("table")),
            _ => {}
        }
        if !item.placeholder.is_empty() {
            if matches!(
                item.kind,
                ItemKind::ShortText | ItemKind::LongText | ItemKind::Integer | ItemKind::Decimal
            ) {
                let (value, element) =
                    self.string(&item.placeholder, &format!("{path}.placeholder"));
                if value.is_some() || element.is_some() {
                    out.extension.push(Extension {
                        value_string: value,
                        value_string_element: element,
                        ..extension(ENTRY_FORMAT)
                    });
                }
            } else {
                self.loss(
                    format!("{path}.placeholder"),
                    LossKind::Text {
                        field: "placeholder".into(),
                    },
                );
            }
        }
        if !item.unit.is_empty() {
            if matches!(item.kind, ItemKind::Integer | ItemKind::Decimal) {
                let (display, display_element) = self.string(&item.unit, &format!("{path}.unit"));
                out.extension.push(Extension {
                    value_coding: Some(FhirCoding {
                        display,
                        display_element,
                        ..FhirCoding::default()
                    }),
                    ..extension(UNIT)
                });
            } else {
                self.loss(
                    format!("{path}.unit"),
                    LossKind::Text {
                        field: "unit".into(),
                    },
                );
            }
        }
        if let Some(scale) = &item.scale {
            if item.kind == ItemKind::Rating {
                out.extension.push(Extension {
                    value_integer: Some(scale.min),
                    ..extension(MIN_VALUE)
                });
                out.extension.push(Extension {
                    value_integer: Some(scale.max),
                    ..extension(MAX_VALUE)
                });
            } else {
                self.loss(
                    format!("{path}.scale"),
                    LossKind::Text {
                        field: "scale".into(),
                    },
                );
            }
        }
        self.validation(item, path, &mut out);
        if let Some(condition) = &item.show_if {
            self.show_if(condition, &format!("{path}.showIf"), &mut out);
        }
        if item.required_if.is_some() {
            self.loss(format!("{path}.requiredIf"), LossKind::Condition);
        }
        if item.sensitive.is_some() {
            self.loss(format!("{path}.sensitive"), LossKind::Sensitive);
        }
        if !item.hint.is_empty() {
            if item.kind == ItemKind::Note {
                // R4 forbids children on display items, so a note's hint has no place.
                self.loss(
                    format!("{path}.hint"),
                    LossKind::Text {
                        field: "hint".into(),
                    },
                );
            } else {
                let help =
                    self.display_child(&item.hint, &format!("{path}.hint"), &item.id, "help");
                out.item.extend(help);
            }
        }
        if let (Some(scale), ItemKind::Rating) = (&item.scale, item.kind) {
            let lower = self.display_child(
                &scale.min_label,
                &format!("{path}.scale.minLabel"),
                &item.id,
                "lower",
            );
            let upper = self.display_child(
                &scale.max_label,
                &format!("{path}.scale.maxLabel"),
                &item.id,
                "upper",
            );
            out.item.extend(lower);
            out.item.extend(upper);
        }
        if item.kind.uses_choices() {
            let options = self.options(item.choices.as_deref());
            if item.kind == ItemKind::LikertGrid {
                for (position, row) in item.rows.iter().enumerate() {
                    let (text, text_element) =
                        self.string(&row.text, &format!("{path}.rows[{position}].text"));
                    out.item.push(FhirItem {
                        link_id: row.id.clone(),
                        text,
                        text_element,
                        kind: "choice",
                        required: item.required.then_some(true),
                        answer_option: options.clone(),
                        ..FhirItem::default()
                    });
                }
            } else {
                out.answer_option = options;
            }
        }
        for (position, child) in item.items.iter().enumerate() {
            out.item
                .push(self.item(child, &format!("{path}.items[{position}]")));
        }
        out
    }

    /// A help or scale-label child: a display item with that itemControl.
    fn display_child(
        &mut self,
        text: &LocalizedText,
        path: &str,
        id: &str,
        control: &str,
    ) -> Option<FhirItem> {
        let (value, element) = self.string(text, path);
        if value.is_none() && element.is_none() {
            return None;
        }
        Some(FhirItem {
            link_id: format!("{id}-{control}"),
            extension: vec![item_control(control)],
            text: value,
            text_element: element,
            kind: "display",
            ..FhirItem::default()
        })
    }

    fn options(&mut self, list: Option<&str>) -> Options {
        let survey = self.survey;
        let Some((index, list)) = list.and_then(|id| {
            survey
                .choice_lists
                .iter()
                .enumerate()
                .find(|(_, found)| found.id == id)
        }) else {
            return Options::default();
        };
        if let Some(written) = self.options.get(&index) {
            return written.clone();
        }
        let mut out = Vec::new();
        for (position, option) in list.options.iter().enumerate() {
            let path = format!("choiceLists[{index}].options[{position}]");
            let (display, display_element) = self.string(&option.label, &format!("{path}.label"));
            let mut coding = FhirCoding {
                system: Some(option_system(survey, &list.id, &option.code)),
                code: Some(option.code.clone()),
                display,
                display_element,
                ..FhirCoding::default()
            };
            if let Some(score) = &option.score {
                coding.extension.push(Extension {
                    value_decimal: Some(score.clone()),
                    ..extension(ORDINAL_VALUE)
                });
            }
            let mut extensions = Vec::new();
            if option.exclusive {
                extensions.push(Extension {
                    value_boolean: Some(true),
                    ..extension(OPTION_EXCLUSIVE)
                });
            }
            out.push(AnswerOption {
                extension: extensions,
                value_coding: coding,
            });
        }
        let written = Options(out.into());
        self.options.insert(index, written.clone());
        written
    }

    fn validation(&mut self, item: &Item, path: &str, out: &mut FhirItem) {
        let mut seen: Vec<&str> = Vec::new();
        for (index, rule) in item.validation.iter().enumerate() {
            let rule_path = format!("{path}.validation[{index}]");
            let name = crate::core::logic_edit::CheckKind::of(&rule.check).name();
            let written = !seen.contains(&name) && self.check(item, &rule.check, out);
            if written {
                seen.push(name);
                if !rule.message.is_empty() {
                    self.loss(format!("{rule_path}.message"), LossKind::ValidationMessage);
                }
            } else {
                self.loss(
                    rule_path,
                    LossKind::Validation {
                        check: name.to_owned(),
                    },
                );
            }
        }
    }

    /// Writes one check as R4 extensions; false when R4 cannot say it for this item.
    fn check(&mut self, item: &Item, check: &Check, out: &mut FhirItem) -> bool {
        match check {
            Check::Range { min, max } => {
                if min.is_none() && max.is_none() {
                    return false;
                }
                let bound = |literal: &Literal, url: &'static str| -> Option<Extension> {
                    let mut ext = extension(url);
                    match (item.kind, literal) {
                        (ItemKind::Integer, Literal::Number(number)) => {
                            ext.value_integer = Some(number.as_i64()?)
                        }
                        (ItemKind::Decimal, Literal::Number(number)) => {
                            ext.value_decimal = Some(number.clone())
                        }
                        (ItemKind::Date, Literal::Text(date)) => {
                            ext.value_date = Some(date.clone())
                        }
                        _ => return None,
                    }
                    Some(ext)
                };
                let min = match min {
                    Some(literal) => match bound(literal, MIN_VALUE) {
                        Some(ext) => Some(ext),
                        None => return false,
                    },
                    None => None,
                };
                let max = match max {
                    Some(literal) => match bound(literal, MAX_VALUE) {
                        Some(ext) => Some(ext),
                        None => return false,
                    },
                    None => None,
                };
                out.extension.extend(min);
                out.extension.extend(max);
                true
            }
            Check::Length { min, max } => {
                if !item.kind.is_text() || (min.is_none() && max.is_none()) {
                    return false;
                }
                if let Some(min) = min {
                    out.extension.push(Extension {
                        value_integer: Some(i64::from(*min)),
                        ..extension(MIN_LENGTH)
                    });
                }
                out.max_length = *max;
                true
            }
            Check::Pattern { regex } => {
                if !item.kind.is_text() {
                    return false;
                }
                out.extension.push(Extension {
                    value_string: Some(regex.clone()),
                    ..extension(REGEX)
                });
                true
            }
            Check::AnswerCount { min, max } => {
                if !matches!(item.kind, ItemKind::MultipleChoice | ItemKind::Ranking)
                    || (min.is_none() && max.is_none())
                {
                    return false;
                }
                if let Some(min) = min {
                    out.extension.push(Extension {
                        value_integer: Some(i64::from(*min)),
                        ..extension(MIN_OCCURS)
                    });
                }
                if let Some(max) = max {
                    out.extension.push(Extension {
                        value_integer: Some(i64::from(*max)),
                        ..extension(MAX_OCCURS)
                    });
                }
                true
            }
        }
    }

    fn show_if(&mut self, condition: &Condition, path: &str, out: &mut FhirItem) {
        if let Some((when, behavior)) = self.flatten(condition) {
            if when.len() > 1 {
                out.enable_behavior = Some(behavior);
            }
            out.enable_when = when;
            return;
        }
        self.loss(path.to_owned(), LossKind::ConditionAsExpression);
        out.extension.push(Extension {
            value_expression: Some(Expression {
                language: FHIRPATH,
                expression: fhirpath(condition, &|id| self.targets.get(id).map(|t| t.0)),
            }),
            ..extension(ENABLE_WHEN_EXPRESSION)
        });
    }

    /// The condition as one list of enableWhen under all or any, when it is one.
    fn flatten(&self, condition: &Condition) -> Option<(Vec<EnableWhen>, &'static str)> {
        match condition {
            Condition::Any(children) => {
                let mut out = Vec::new();
                for child in children {
                    out.extend(self.flatten_in(child, "any")?);
                }
                // An empty list would enable the item; `any` of nothing is false.
                (!out.is_empty()).then_some((out, "any"))
            }
            other => Some((self.flatten_in(other, "all")?, "all")),
        }
    }

    fn flatten_in(&self, condition: &Condition, behavior: &str) -> Option<Vec<EnableWhen>> {
        match condition {
            Condition::All(children) if behavior == "all" => {
                let mut out = Vec::new();
                for child in children {
                    out.extend(self.flatten_in(child, behavior)?);
                }
                Some(out)
            }
            Condition::Any(children) if behavior == "any" && !children.is_empty() => {
                let mut out = Vec::new();
                for child in children {
                    out.extend(self.flatten_in(child, behavior)?);
                }
                Some(out)
            }
            Condition::Compare(comparison) => self.comparison(comparison, false, behavior),
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Compare(comparison) => self.comparison(comparison, true, behavior),
                _ => None,
            },
            _ => None,
        }
    }

    /// A comparison (or its negation) as enableWhen entries, by FHIR's operator definitions.
    fn comparison(
        &self,
        comparison: &Comparison,
        negated: bool,
        behavior: &str,
    ) -> Option<Vec<EnableWhen>> {
        let target = self.targets.get(comparison.item.as_str()).copied();
        let kind = target.map(|t| t.0);
        let multiple = is_multiple(kind);
        let exists = |answered: bool| EnableWhen {
            question: comparison.item.clone(),
            operator: "exists",
            answer_boolean: Some(answered),
            ..EnableWhen::default()
        };
        let valued = |operator: &'static str| -> Option<EnableWhen> {
            let mut when = EnableWhen {
                question: comparison.item.clone(),
                operator,
                ..EnableWhen::default()
            };
            self.answer(target, comparison.value.as_ref()?, &mut when);
            Some(when)
        };
        use Operator::*;
        Some(match (comparison.op, negated) {
            (Answered, false) | (NotAnswered, true) => vec![exists(true)],
            (NotAnswered, false) | (Answered, true) => vec![exists(false)],
            (Equals, false) if !multiple => vec![valued("=")?],
            (Includes, false) if multiple => vec![valued("=")?],
            (Equals, true) if !multiple => vec![valued("!=")?],
            (Includes, true) if multiple => vec![valued("!=")?],
            (NotEquals, false) if !multiple && behavior == "all" => {
                vec![exists(true), valued("!=")?]
            }
            (LessThan, false) => vec![valued("<")?],
            (LessOrEqual, false) => vec![valued("<=")?],
            (GreaterThan, false) => vec![valued(">")?],
            (GreaterOrEqual, false) => vec![valued(">=")?],
            _ => return None,
        })
    }

    /// The answer[x] of an enableWhen, typed to the item compared.
    fn answer(
        &self,
        target: Option<(ItemKind, Option<&str>)>,
        value: &Literal,
        when: &mut EnableWhen,
    ) {
        let kind = target.map(|t| t.0);
        match value {
            Literal::Bool(value) => when.answer_boolean = Some(*value),
            Literal::Number(number) => match (kind, number.as_i64()) {
                (Some(ItemKind::Decimal), _) | (_, None) => {
                    when.answer_decimal = Some(number.clone())
                }
                (_, Some(integer)) => when.answer_integer = Some(integer),
            },
            Literal::Text(text) => match target {
                Some((kind, list)) if kind.uses_choices() => {
                    when.answer_coding = Some(FhirCoding {
                        system: Some(option_system(self.survey, list.unwrap_or_default(), text)),
                        code: Some(text.clone()),
                        ..FhirCoding::default()
                    })
                }
                Some((ItemKind::Date, _)) => when.answer_date = Some(text.clone()),
                _ => when.answer_string = Some(text.clone()),
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Conditions as FHIRPath (SDC enableWhenExpression)
// ---------------------------------------------------------------------------------------------
//
// Each comparison reads the answers of one item, `%resource.repeat(item).where(linkId='x').answer`,
// and is total (never empty), so `not()` and the `and`/`or` around it mean what coform means:
//
//   answered            A.exists()
//   not answered        A.empty()
//   equals / includes   A.value.where(P).exists()            P: `code = 'c'` or `$this = 3`
//   not equals          A.value.where(P).exists()            P: `code != 'c'` or `$this != 3`
//   ordering            A.value.where($this > 3).exists()
//   equals (multiple)   (A.count() = 1 and A.value.where(code = 'c').exists())
//   all / any / not     (a) and (b) / (a) or (b) / (a).not(); `true` and `false` when empty
//
// Import reads back exactly this form (checked by writing what it read and comparing).

fn fhirpath_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn answers_of(id: &str) -> String {
    format!(
        "%resource.repeat(item).where(linkId={}).answer",
        fhirpath_string(id)
    )
}

fn fhirpath(condition: &Condition, kind_of: &dyn Fn(&str) -> Option<ItemKind>) -> String {
    let group = |children: &[Condition], joiner: &str| -> String {
        match children {
            [only] => fhirpath(only, kind_of),
            _ => children
                .iter()
                .map(|child| format!("({})", fhirpath(child, kind_of)))
                .collect::<Vec<_>>()
                .join(joiner),
        }
    };
    match condition {
        Condition::All(children) if children.is_empty() => "true".to_owned(),
        Condition::Any(children) if children.is_empty() => "false".to_owned(),
        Condition::All(children) => group(children, " and "),
        Condition::Any(children) => group(children, " or "),
        Condition::Not(inner) => format!("({}).not()", fhirpath(inner, kind_of)),
        Condition::Compare(comparison) => fhirpath_comparison(comparison, kind_of),
    }
}

fn fhirpath_comparison(
    comparison: &Comparison,
    kind_of: &dyn Fn(&str) -> Option<ItemKind>,
) -> String {
    let answers = answers_of(&comparison.item);
    let kind = kind_of(&comparison.item);
    let operator = match comparison.op {
        Operator::Answered => return format!("{answers}.exists()"),
        Operator::NotAnswered => return format!("{answers}.empty()"),
        Operator::Equals | Operator::Includes => "=",
        Operator::NotEquals => "!=",
        Operator::LessThan => "<",
        Operator::LessOrEqual => "<=",
        Operator::GreaterThan => ">",
        Operator::GreaterOrEqual => ">=",
    };
    let predicate = match (&comparison.value, kind) {
        (Some(Literal::Text(code)), Some(kind)) if kind.uses_choices() => {
            format!("code {operator} {}", fhirpath_string(code))
        }
        (Some(Literal::Text(date)), Some(ItemKind::Date)) => format!("$this {operator} @{date}"),
        (Some(Literal::Text(text)), _) => format!("$this {operator} {}", fhirpath_string(text)),
        (Some(Literal::Number(number)), _) => format!("$this {operator} {number}"),
        (Some(Literal::Bool(value)), _) => format!("$this {operator} {value}"),
        (None, _) => format!("$this {operator} {{}}"),
    };
    let some = format!("{answers}.value.where({predicate}).exists()");
    if comparison.op == Operator::Equals && is_multiple(kind) {
        format!("({answers}.count() = 1 and {some})")
    } else {
        some
    }
}

/// How deeply parenthesised an expression coform reads may be (a file could nest without
/// end; coform's own conditions are far shallower).
const MAX_DEPTH: usize = 64;

/// Reads a condition in exactly the form [`fhirpath`] writes.
fn parse_fhirpath(
    expression: &str,
    kind_of: &dyn Fn(&str) -> Option<ItemKind>,
) -> Option<Condition> {
    let condition = parse_or(expression, kind_of, 0)?;
    (fhirpath(&condition, kind_of) == expression).then_some(condition)
}

fn parse_or(
    text: &str,
    kind_of: &dyn Fn(&str) -> Option<ItemKind>,
    depth: usize,
) -> Option<Condition> {
    if depth > MAX_DEPTH {
        return None;
    }
    let parts = split_top(text, " or ");
    if parts.len() > 1 {
        return parts
            .into_iter()
            .map(|part| parse_term(part, kind_of, depth))
            .collect::<Option<Vec<_>>>()
            .map(Condition::Any);
    }
    let parts = split_top(text, " and ");
    if parts.len() > 1 {
        return parts
            .into_iter()
            .map(|part| parse_term(part, kind_of, depth))
            .collect::<Option<Vec<_>>>()
            .map(Condition::All);
    }
    parse_term(text, kind_of, depth)
}

fn parse_term(
    text: &str,
    kind_of: &dyn Fn(&str) -> Option<ItemKind>,
    depth: usize,
) -> Option<Condition> {
    match text {
        "true" => return Some(Condition::All(Vec::new())),
        "false" => return Some(Condition::Any(Vec::new())),
        _ => {}
    }
    if let Some(comparison) = parse_comparison(text, kind_of) {
        return Some(Condition::Compare(comparison));
    }
    if !text.starts_with('(') {
        return None;
    }
    let close = matching_paren(text, 0)?;
    let inner = text.get(1..close)?;
    match text.get(close + 1..)? {
        "" => parse_or(inner, kind_of, depth + 1),
        ".not()" => Some(Condition::Not(Box::new(parse_or(
            inner,
            kind_of,
            depth + 1,
        )?))),
        _ => None,
    }
}

/// Splits at `separator` outside parentheses and quoted strings.
fn split_top<'t>(text: &'t str, separator: &str) -> Vec<&'t str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if quoted {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'\'' {
                quoted = false;
            }
        } else if byte == b'\'' {
            quoted = true;
        } else if byte == b'(' {
            depth += 1;
        } else if byte == b')' {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && bytes[index..].starts_with(separator.as_bytes()) {
            parts.push(&text[start..index]);
            index += separator.len();
            start = index;
            continue;
        }
        index += 1;
    }
    parts.push(&text[start..]);
    parts
}

/// The index of the parenthesis closing the one at `open`, outside quoted strings.
fn matching_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for (index, byte) in text.bytes().enumerate().skip(open) {
        if quoted {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'\'' {
                quoted = false;
            }
            continue;
        }
        match byte {
            b'\'' => quoted = true,
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

/// A quoted FHIRPath string at the start of `text`: its value and the rest.
fn take_string(text: &str) -> Option<(String, &str)> {
    let mut chars = text.strip_prefix('\'')?.char_indices();
    let mut out = String::new();
    while let Some((index, c)) = chars.next() {
        match c {
            '\'' => return Some((out, &text[index + 2..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                other => out.push(other),
            },
            _ => out.push(c),
        }
    }
    None
}

fn parse_comparison(text: &str, kind_of: &dyn Fn(&str) -> Option<ItemKind>) -> Option<Comparison> {
    const PREFIX: &str = "%resource.repeat(item).where(linkId=";
    // The multiple-choice `equals` form: a count and an includes over the same item.
    if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let (count, some) = inner.split_once(" and ")?;
        let (id, rest) = take_string(count.strip_prefix(PREFIX)?)?;
        if rest != ").answer.count() = 1" {
            return None;
        }
        let mut comparison = parse_comparison(some, kind_of)?;
        if comparison.item != id {
            return None;
        }
        comparison.op = Operator::Equals;
        return Some(comparison);
    }
    let (item, rest) = take_string(text.strip_prefix(PREFIX)?)?;
    let rest = rest.strip_prefix(").answer")?;
    let simple = |op| {
        Some(Comparison {
            item: item.clone(),
            op,
            value: None,
        })
    };
    match rest {
        ".exists()" => return simple(Operator::Answered),
        ".empty()" => return simple(Operator::NotAnswered),
        _ => {}
    }
    let predicate = rest
        .strip_prefix(".value.where(")?
        .strip_suffix(").exists()")?;
    let (subject, rest) = predicate.split_once(' ')?;
    let (operator, literal) = rest.split_once(' ')?;
    let op = match operator {
        "=" if subject == "code" && is_multiple(kind_of(&item)) => Operator::Includes,
        "=" => Operator::Equals,
        "!=" => Operator::NotEquals,
        "<" => Operator::LessThan,
        "<=" => Operator::LessOrEqual,
        ">" => Operator::GreaterThan,
        ">=" => Operator::GreaterOrEqual,
        _ => return None,
    };
    let value = match (subject, literal) {
        ("code", quoted) => {
            let (code, rest) = take_string(quoted)?;
            rest.is_empty().then_some(Literal::Text(code))?
        }
        ("$this", "true") => Literal::Bool(true),
        ("$this", "false") => Literal::Bool(false),
        ("$this", quoted) if quoted.starts_with('\'') => {
            let (text, rest) = take_string(quoted)?;
            rest.is_empty().then_some(Literal::Text(text))?
        }
        ("$this", date) if date.starts_with('@') => Literal::Text(date[1..].to_owned()),
        ("$this", number) => Literal::Number(serde_json::from_str::<Number>(number).ok()?),
        _ => return None,
    };
    Some(Comparison {
        item,
        op,
        value: Some(value),
    })
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/// Reads a FHIR R4 Questionnaire (JSON) as a survey, with what was not understood.
///
/// Broken JSON is a [`ReadError::Syntax`] with its line and column; a resource that is not a
/// Questionnaire, or lacks what R4 requires (an item's `linkId` or `type`), or holds a value of
/// the wrong JSON type where coform reads it, is a [`ReadError::Invalid`] with its JSON path.
pub fn import(text: &str) -> Result<Imported, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|error| ReadError::Syntax {
        location: format!("line {}, column {}", error.line(), error.column()),
        detail: strip_position(&error.to_string()),
    })?;
    if !value.is_object() {
        return Err(invalid("", "expected a JSON object"));
    }
    match value.get("resourceType") {
        Some(Value::String(kind)) if kind == "Questionnaire" => {}
        Some(Value::String(kind)) => {
            return Err(invalid(
                "resourceType",
                &format!("expected Questionnaire, found {kind}"),
            ));
        }
        Some(_) => return Err(invalid("resourceType", "expected a string")),
        None => return Err(invalid("resourceType", "missing")),
    }
    Reader::default().questionnaire(&value)
}

fn invalid(location: &str, detail: &str) -> ReadError {
    ReadError::Invalid {
        location: location.to_owned(),
        detail: detail.to_owned(),
    }
}

/// serde_json appends " at line L column C" to its messages; the position is kept apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

fn join(location: &str, key: &str) -> String {
    if location.is_empty() {
        key.to_owned()
    } else {
        format!("{location}.{key}")
    }
}

/// One JSON object being read: the keys taken are remembered, and every other key becomes
/// an `Ignored` notice when the object is finished.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    location: String,
    name: String,
    used: HashSet<&'a str>,
}

impl<'a> Fields<'a> {
    fn new(value: &'a Value, location: &str, name: &str) -> Result<Self, ReadError> {
        let map = value
            .as_object()
            .ok_or_else(|| invalid(location, "expected an object"))?;
        Ok(Fields {
            map,
            location: location.to_owned(),
            name: name.to_owned(),
            used: HashSet::new(),
        })
    }

    fn at(&self, key: &str) -> String {
        join(&self.location, key)
    }

    fn get(&mut self, key: &str) -> Option<&'a Value> {
        let (key, value) = self.map.get_key_value(key)?;
        self.used.insert(key.as_str());
        Some(value)
    }

    fn string(&mut self, key: &str) -> Result<Option<&'a str>, ReadError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text)),
            Some(_) => Err(invalid(&self.at(key), "expected a string")),
        }
    }

    fn boolean(&mut self, key: &str) -> Result<Option<bool>, ReadError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(value)) => Ok(Some(*value)),
            Some(_) => Err(invalid(&self.at(key), "expected true or false")),
        }
    }

    fn array(&mut self, key: &str) -> Result<&'a [Value], ReadError> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(values)) => Ok(values),
            Some(_) => Err(invalid(&self.at(key), "expected an array")),
        }
    }

    fn finish(self, notices: &mut Vec<Notice>) {
        for key in self.map.keys() {
            if !self.used.contains(key.as_str()) {
                notices.push(Notice {
                    location: join(&self.location, key),
                    kind: NoticeKind::Ignored {
                        name: if self.name.is_empty() {
                            key.clone()
                        } else {
                            format!("{}.{key}", self.name)
                        },
                    },
                });
            }
        }
    }
}

/// The extensions of one element: each is taken by URL, and the rest become notices.
struct Extensions<'a> {
    list: Vec<(usize, &'a str, &'a Map<String, Value>)>,
    used: Vec<bool>,
    location: String,
}

impl<'a> Extensions<'a> {
    fn new(values: &'a [Value], location: &str) -> Result<Self, ReadError> {
        let mut list = Vec::new();
        for (index, value) in values.iter().enumerate() {
            let at = format!("{location}[{index}]");
            let map = value
                .as_object()
                .ok_or_else(|| invalid(&at, "expected an object"))?;
            let url = match map.get("url") {
                Some(Value::String(url)) => url.as_str(),
                _ => return Err(invalid(&format!("{at}.url"), "expected a string")),
            };
            list.push((index, url, map));
        }
        Ok(Extensions {
            used: vec![false; list.len()],
            list,
            location: location.to_owned(),
        })
    }

    /// The first unused extension with this URL, with its location.
    fn take(&mut self, url: &str) -> Option<(String, &'a Map<String, Value>)> {
        let position = self
            .list
            .iter()
            .enumerate()
            .position(|(position, (_, found, _))| *found == url && !self.used[position])?;
        self.used[position] = true;
        let (index, _, map) = self.list[position];
        Some((format!("{}[{index}]", self.location), map))
    }

    fn finish(self, notices: &mut Vec<Notice>) {
        for (position, (index, url, _)) in self.list.iter().enumerate() {
            if !self.used[position] {
                notices.push(Notice {
                    location: format!("{}[{index}]", self.location),
                    kind: NoticeKind::Ignored {
                        name: (*url).to_owned(),
                    },
                });
            }
        }
    }
}

/// A condition to read once every item is known (enableWhen may point anywhere).
struct Pending {
    /// The item (or, for a page, the page) it belongs to.
    owner: String,
    page: bool,
    when: Vec<(String, Value)>,
    behavior: Option<(String, String)>,
    expression: Option<(String, Value)>,
}

/// One answer option as read, before its code is checked.
struct ReadOption {
    /// The value in the file (a code, a string or an integer), as enableWhen names it.
    raw: String,
    /// The code coform would like to give it.
    wanted: String,
    system: Option<String>,
    label: LocalizedText,
    /// Where the code is, for a rename notice.
    location: String,
}

/// How the answers of a choice item were written: each option's code (or string, or
/// integer) in the file, and the code coform gave it.
type CodeMap = HashMap<String, String>;

#[derive(Default)]
struct Reader {
    notices: Vec<Notice>,
    source: String,
    languages: Vec<String>,
    /// linkId → coform id, for the items and grid rows read.
    ids: HashMap<String, String>,
    taken: HashSet<String>,
    page_ids: HashSet<String>,
    lists: Vec<ChoiceList>,
    codes: HashMap<String, CodeMap>,
    pending: Vec<Pending>,
    /// Each language as written → its canonical tag (`None`: not a tag).
    tags: HashMap<String, Option<String>>,
    /// `answerOption` arrays read without notices, with what they gave (see `choices`).
    option_cache: Vec<(Vec<Value>, OptionsRead)>,
}

/// What an `answerOption` array gave: the options, how each answer was written (the code
/// map), and the coform list their systems name (`Some(None)` when they name different ones).
#[derive(Clone)]
struct OptionsRead {
    options: Vec<ChoiceOption>,
    map: CodeMap,
    named: Option<Option<String>>,
}

fn notice(location: String, kind: NoticeKind) -> Notice {
    Notice { location, kind }
}

fn ignored(location: String, name: &str) -> Notice {
    notice(
        location,
        NoticeKind::Ignored {
            name: name.to_owned(),
        },
    )
}

/// A name made into a coform id: letters, digits and `_`, starting with a letter.
/// `wanted` as an id when it is valid and free in `taken`; otherwise a free id made from
/// `link_id`, with a Renamed notice. Either way the id is then taken.
fn claim(
    wanted: &str,
    link_id: &str,
    location: &str,
    taken: &mut HashSet<String>,
    notices: &mut Vec<Notice>,
) -> String {
    let id = if is_valid_id(wanted) && !taken.contains(wanted) {
        wanted.to_owned()
    } else {
        let id = unique(sanitize_id(link_id), taken);
        notices.push(notice(
            location.to_owned(),
            NoticeKind::Renamed {
                from: link_id.to_owned(),
                to: id.clone(),
            },
        ));
        id
    };
    taken.insert(id.clone());
    id
}

fn sanitize_id(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.insert_str(0, "q_");
    }
    out.truncate(60);
    out
}

fn unique(base: String, taken: &HashSet<String>) -> String {
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(base)
}

/// The item-control code of an element, from its itemControl extension.
fn control_code(extension: &Map<String, Value>) -> Option<String> {
    extension
        .get("valueCodeableConcept")?
        .get("coding")?
        .as_array()?
        .iter()
        .find_map(|coding| Some(coding.get("code")?.as_str()?.to_owned()))
}

fn item_control_of(value: &Value) -> Option<String> {
    value
        .get("extension")?
        .as_array()?
        .iter()
        .filter_map(Value::as_object)
        .find(|ext| ext.get("url").and_then(Value::as_str) == Some(ITEM_CONTROL))
        .and_then(control_code)
}

fn type_of(value: &Value) -> Option<&str> {
    value.get("type")?.as_str()
}

fn number_value(map: &Map<String, Value>, key: &str) -> Option<Number> {
    match map.get(key)? {
        Value::Number(number) => Some(number.clone()),
        _ => None,
    }
}

/// A language-neutral message for an imported check (R4 has no validation messages).
fn check_message(check: &Check) -> String {
    fn bounds(min: Option<String>, max: Option<String>) -> String {
        match (min, max) {
            (Some(min), Some(max)) => format!("{min} – {max}"),
            (Some(min), None) => format!("≥ {min}"),
            (None, Some(max)) => format!("≤ {max}"),
            (None, None) => String::new(),
        }
    }
    let literal = |literal: &Option<Literal>| {
        literal.as_ref().map(|literal| match literal {
            Literal::Bool(value) => value.to_string(),
            Literal::Number(number) => number.to_string(),
            Literal::Text(text) => text.clone(),
        })
    };
    match check {
        Check::Range { min, max } => bounds(literal(min), literal(max)),
        Check::Length { min, max } | Check::AnswerCount { min, max } => bounds(
            min.map(|min| min.to_string()),
            max.map(|max| max.to_string()),
        ),
        Check::Pattern { regex } => regex.clone(),
    }
}

/// The survey id a coform canonical names (`urn:coform:survey:<id>`).
fn coform_id(url: &str) -> Option<&str> {
    url.strip_prefix("urn:coform:survey:")
        .filter(|id| !id.is_empty() && !id.contains('/'))
}

/// The choice list a coform option system names (`urn:coform:survey:<id>/choices/<list>`).
fn coform_list(system: &str) -> Option<&str> {
    let rest = system.strip_prefix("urn:coform:survey:")?;
    let (_, list) = rest.split_once("/choices/")?;
    (!list.is_empty()).then_some(list)
}

fn normalize_version(version: &str) -> Option<String> {
    if semver::Version::parse(version).is_ok() {
        return Some(version.to_owned());
    }
    let parts: Vec<&str> = version.split('.').collect();
    let numeric = |part: &&str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    if parts.len() < 3 && parts.iter().all(numeric) {
        let mut padded = parts.join(".");
        for _ in parts.len()..3 {
            padded.push_str(".0");
        }
        return semver::Version::parse(&padded).ok().map(|_| padded);
    }
    None
}

impl Reader {
    fn questionnaire(mut self, root: &Value) -> Result<Imported, ReadError> {
        let mut fields = Fields::new(root, "", "")?;
        fields.get("resourceType");
        let source = match fields.string("language")? {
            Some(found) => self.tag(found, &|| "language".to_owned()),
            None => {
                self.notices.push(notice(
                    "language".into(),
                    NoticeKind::Language {
                        found: String::new(),
                        tag: "en".into(),
                    },
                ));
                "en".to_owned()
            }
        };
        self.source = source.clone();
        self.languages.push(source.clone());
        let url = fields.string("url")?;
        let fhir_id = fields.string("id")?;
        let name = fields.string("name")?;
        let id = url
            .and_then(coform_id)
            .map(str::to_owned)
            .or_else(|| fhir_id.map(str::to_owned))
            .or_else(|| name.map(str::to_owned))
            .unwrap_or_else(|| "questionnaire".to_owned());
        // coform writes its own canonical and computable name on export: another tool's are
        // not kept.
        if url.is_some_and(|url| coform_id(url).is_none()) {
            self.notices.push(ignored("url".into(), "url"));
        }
        let id: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        if name.is_some_and(|name| name != computable_name(&id)) {
            self.notices.push(ignored("name".into(), "name"));
        }
        let version = match fields.string("version")? {
            None => "0.1.0".to_owned(),
            Some(found) => normalize_version(found).unwrap_or_else(|| {
                self.notices.push(ignored("version".into(), "version"));
                "0.1.0".to_owned()
            }),
        };
        let status = match fields.string("status")? {
            Some("active") => Status::Published,
            Some("retired") => Status::Retired,
            Some("draft" | "unknown") => Status::Draft,
            Some(other) => {
                return Err(invalid(
                    "status",
                    &format!("expected draft, active, retired or unknown, found {other}"),
                ));
            }
            None => return Err(invalid("status", "missing")),
        };
        let title_value = fields.get("title");
        let title_element = fields.get("_title");
        let mut title = self.localized(title_value, title_element, "", "title")?;
        if title.get(&source).is_none() {
            let fallback = name.unwrap_or(id.as_str());
            title.0.insert(source.clone(), text::escape(fallback));
        }
        let description_value = fields.get("description");
        let description_element = fields.get("_description");
        let description =
            self.localized(description_value, description_element, "", "description")?;
        let codes = self.codings(fields.array("code")?, "code")?;
        let extensions = Extensions::new(fields.array("extension")?, "extension")?;
        extensions.finish(&mut self.notices);
        let items = fields.array("item")?;
        fields.finish(&mut self.notices);

        let pages = self.pages(items)?;
        let mut survey = Survey {
            format: Format::CoformSurvey,
            format_version: crate::core::model::FORMAT_VERSION,
            metadata: Metadata {
                id,
                title,
                description,
                version,
                status,
                content_hash: None,
                codes,
            },
            source_language: source,
            languages: Vec::new(),
            audience: Vec::new(),
            choice_lists: std::mem::take(&mut self.lists),
            pages,
            settings: Default::default(),
            review: Default::default(),
            changelog: Vec::new(),
        };
        self.resolve_conditions(&mut survey);
        survey.languages = self
            .languages
            .iter()
            .map(|tag| Language {
                tag: tag.clone(),
                direction: usual_direction(tag),
                fallback: Vec::new(),
            })
            .collect();
        let languages = self.languages.clone();
        for page in &mut survey.pages {
            fill_messages(&mut page.items, &languages);
        }
        if survey.metadata.status == Status::Published {
            survey.metadata.content_hash = Some(crate::core::definition::content_hash(&survey));
        }
        Ok(Imported {
            survey,
            notices: self.notices,
        })
    }

    /// A language tag as coform spells it; an unreadable one is kept as written.
    fn tag(&mut self, found: &str, location: &dyn Fn() -> String) -> String {
        // Every string of a large survey names its languages again: each is read once.
        let canonical = match self.tags.get(found) {
            Some(known) => known.clone(),
            None => {
                let canonical = canonical_tag(found);
                self.tags.insert(found.to_owned(), canonical.clone());
                canonical
            }
        };
        match canonical {
            Some(tag) => tag,
            None => {
                self.notices.push(notice(
                    location(),
                    NoticeKind::Language {
                        found: found.to_owned(),
                        tag: found.to_owned(),
                    },
                ));
                found.to_owned()
            }
        }
    }

    /// A string with its translations: `value` is the element, `element` its `_field`.
    fn localized(
        &mut self,
        value: Option<&Value>,
        element: Option<&Value>,
        parent: &str,
        field: &str,
    ) -> Result<LocalizedText, ReadError> {
        let mut text = LocalizedText::default();
        match value {
            Some(Value::String(found)) if !found.is_empty() => {
                text.0.insert(self.source.clone(), text::escape(found));
            }
            None | Some(Value::String(_)) => {}
            Some(_) => return Err(invalid(&join(parent, field), "expected a string")),
        }
        let Some(element) = element else {
            return Ok(text);
        };
        let element_location = join(parent, &format!("_{field}"));
        let mut fields = Fields::new(element, &element_location, &format!("_{field}"))?;
        let mut extensions = Extensions::new(fields.array("extension")?, &fields.at("extension"))?;
        fields.finish(&mut self.notices);
        while let Some((location, extension)) = extensions.take(TRANSLATION) {
            let parts = extension
                .get("extension")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let find = |url: &str, key: &str| {
                parts.iter().find_map(|part| {
                    (part.get("url")?.as_str()? == url)
                        .then(|| part.get(key)?.as_str())
                        .flatten()
                })
            };
            let (Some(language), Some(content)) =
                (find("lang", "valueCode"), find("content", "valueString"))
            else {
                self.notices.push(ignored(location, TRANSLATION));
                continue;
            };
            let language = self.tag(language, &|| format!("{location}.extension"));
            if text.0.contains_key(&language) || content.is_empty() {
                self.notices.push(ignored(location, TRANSLATION));
                continue;
            }
            if !self.languages.contains(&language) {
                self.languages.push(language.clone());
            }
            text.0.insert(language, text::escape(content));
        }
        extensions.finish(&mut self.notices);
        Ok(text)
    }

    fn codings(&mut self, values: &[Value], location: &str) -> Result<Vec<Coding>, ReadError> {
        let mut out = Vec::new();
        for (index, value) in values.iter().enumerate() {
            let at = format!("{location}[{index}]");
            let mut fields = Fields::new(value, &at, "Coding")?;
            let system = fields.string("system")?;
            let code = fields.string("code")?;
            let display = fields.string("display")?;
            match (system, code) {
                (Some(system), Some(code)) => {
                    fields.finish(&mut self.notices);
                    out.push(Coding {
                        system: system.to_owned(),
                        code: code.to_owned(),
                        display: display.map(str::to_owned),
                    });
                }
                // coform keeps only codes of a named system.
                _ => self.notices.push(ignored(at, location)),
            }
        }
        Ok(out)
    }

    fn claim_id(&mut self, link_id: &str, location: &str) -> String {
        let id = claim(
            link_id,
            link_id,
            location,
            &mut self.taken,
            &mut self.notices,
        );
        self.ids.entry(link_id.to_owned()).or_insert(id.clone());
        id
    }

    fn claim_page_id(&mut self, link_id: &str, location: &str) -> String {
        // A page whose id an item also has is written `<id>-page` (see `page_link_id`).
        let stem = link_id
            .strip_suffix("-page")
            .filter(|stem| is_valid_id(stem))
            .unwrap_or(link_id);
        claim(
            stem,
            link_id,
            location,
            &mut self.page_ids,
            &mut self.notices,
        )
    }

    fn next_page_id(&mut self) -> String {
        let id = (1..)
            .map(|n| format!("page_{n}"))
            .find(|candidate| !self.page_ids.contains(candidate))
            .unwrap_or_default();
        self.page_ids.insert(id.clone());
        id
    }

    /// Top-level items as pages: each `page` group is one, and the items around them are
    /// pages of their own.
    fn pages(&mut self, items: &[Value]) -> Result<Vec<Page>, ReadError> {
        let mut pages = Vec::new();
        let mut loose: Vec<Item> = Vec::new();
        for (index, value) in items.iter().enumerate() {
            let location = format!("item[{index}]");
            let is_page = type_of(value) == Some("group")
                && item_control_of(value).as_deref() == Some("page");
            if is_page {
                if !loose.is_empty() {
                    let id = self.next_page_id();
                    pages.push(Page {
                        id,
                        title: LocalizedText::default(),
                        show_if: None,
                        items: std::mem::take(&mut loose),
                    });
                }
                pages.push(self.page(value, &location)?);
            } else {
                loose.extend(self.item(value, &location)?);
            }
        }
        if !loose.is_empty() || pages.is_empty() {
            let id = self.next_page_id();
            pages.push(Page {
                id,
                title: LocalizedText::default(),
                show_if: None,
                items: loose,
            });
        }
        Ok(pages)
    }

    fn page(&mut self, value: &Value, location: &str) -> Result<Page, ReadError> {
        let mut fields = Fields::new(value, location, "item")?;
        let link_id = fields
            .string("linkId")?
            .ok_or_else(|| invalid(&fields.at("linkId"), "missing"))?;
        fields.get("type");
        let id = self.claim_page_id(link_id, &fields.at("linkId"));
        let text_value = fields.get("text");
        let text_element = fields.get("_text");
        let title = self.localized(text_value, text_element, location, "text")?;
        let mut extensions = Extensions::new(fields.array("extension")?, &fields.at("extension"))?;
        extensions.take(ITEM_CONTROL);
        self.condition_of(&mut fields, &mut extensions, &id, true)?;
        extensions.finish(&mut self.notices);
        let children = fields.array("item")?;
        let children_location = fields.at("item");
        fields.finish(&mut self.notices);
        let mut items = Vec::new();
        for (index, child) in children.iter().enumerate() {
            items.extend(self.item(child, &format!("{children_location}[{index}]"))?);
        }
        Ok(Page {
            id,
            title,
            show_if: None,
            items,
        })
    }

    /// Records an element's enableWhen, enableBehavior and enableWhenExpression for later.
    fn condition_of(
        &mut self,
        fields: &mut Fields<'_>,
        extensions: &mut Extensions<'_>,
        owner: &str,
        page: bool,
    ) -> Result<(), ReadError> {
        let when_location = fields.at("enableWhen");
        let when: Vec<(String, Value)> = fields
            .array("enableWhen")?
            .iter()
            .enumerate()
            .map(|(index, value)| (format!("{when_location}[{index}]"), value.clone()))
            .collect();
        let behavior = fields
            .string("enableBehavior")?
            .map(|found| (fields.at("enableBehavior"), found.to_owned()));
        let expression = extensions
            .take(ENABLE_WHEN_EXPRESSION)
            .map(|(location, map)| (location, Value::Object(map.clone())));
        if !when.is_empty() || expression.is_some() {
            self.pending.push(Pending {
                owner: owner.to_owned(),
                page,
                when,
                behavior,
                expression,
            });
        } else if let Some((location, _)) = behavior {
            self.notices.push(ignored(location, "item.enableBehavior"));
        }
        Ok(())
    }

    /// One item of the file as coform items: usually one, none when skipped, and more when
    /// questions were nested under it.
    fn item(&mut self, value: &Value, location: &str) -> Result<Vec<Item>, ReadError> {
        let mut fields = Fields::new(value, location, "item")?;
        let link_id = fields
            .string("linkId")?
            .ok_or_else(|| invalid(&fields.at("linkId"), "missing"))?;
        let found = fields
            .string("type")?
            .ok_or_else(|| invalid(&fields.at("type"), "missing"))?;
        let kind = match found {
            "group" => ItemKind::Section,
            "display" => ItemKind::Note,
            "boolean" => ItemKind::YesNo,
            "decimal" | "quantity" => ItemKind::Decimal,
            "integer" => ItemKind::Integer,
            "date" | "dateTime" => ItemKind::Date,
            "string" | "time" | "url" => ItemKind::ShortText,
            "text" => ItemKind::LongText,
            "choice" | "open-choice" => ItemKind::SingleChoice,
            other => {
                self.notices.push(notice(
                    fields.at("type"),
                    NoticeKind::Skipped {
                        found: other.to_owned(),
                    },
                ));
                return Ok(Vec::new());
            }
        };
        if matches!(
            found,
            "quantity" | "dateTime" | "time" | "url" | "open-choice"
        ) {
            self.notices.push(notice(
                fields.at("type"),
                NoticeKind::ItemType {
                    found: found.to_owned(),
                    read_as: kind.json_name().to_owned(),
                },
            ));
        }
        let mut extensions = Extensions::new(fields.array("extension")?, &fields.at("extension"))?;
        let control = extensions
            .take(ITEM_CONTROL)
            .map(|(location, map)| (location, control_code(map).unwrap_or_default()));
        let children = fields.array("item")?;
        let children_location = fields.at("item");
        let grid = kind == ItemKind::Section
            && matches!(control.as_ref(), Some((_, code)) if code == "table" || code == "htable")
            && is_grid(children);
        let id = self.claim_id(link_id, &fields.at("linkId"));
        let text_value = fields.get("text");
        let text_element = fields.get("_text");
        let mut item = Item::new(&id, kind);
        item.text = self.localized(text_value, text_element, location, "text")?;
        item.codes = self.codings(fields.array("code")?, &fields.at("code"))?;
        let required = fields.boolean("required")?.unwrap_or(false);
        let repeats = fields.boolean("repeats")?.unwrap_or(false);
        if grid {
            item.kind = ItemKind::LikertGrid;
        }
        if item.kind.takes_answer() && item.kind != ItemKind::LikertGrid {
            item.required = required;
        } else if required {
            self.notices
                .push(ignored(fields.at("required"), "item.required"));
        }
        if item.kind == ItemKind::SingleChoice && repeats {
            item.kind = ItemKind::MultipleChoice;
        } else if repeats {
            self.notices
                .push(ignored(fields.at("repeats"), "item.repeats"));
        }
        self.condition_of(&mut fields, &mut extensions, &id, false)?;
        if item.kind.uses_choices() && item.kind != ItemKind::LikertGrid {
            self.choices(&mut fields, &mut item)?;
        }
        self.control(&mut item, control);
        self.extensions(&mut item, &mut extensions, &mut fields)?;
        extensions.finish(&mut self.notices);
        fields.finish(&mut self.notices);

        let mut out = Vec::new();
        let mut after = Vec::new();
        let mut rows_required = Vec::new();
        for (index, child) in children.iter().enumerate() {
            let at = format!("{children_location}[{index}]");
            let child_control = item_control_of(child);
            let is_display = type_of(child) == Some("display");
            match (is_display, child_control.as_deref()) {
                (true, Some("help" | "flyover")) if item.hint.is_empty() => {
                    item.hint = self.display_child(child, &at)?;
                    continue;
                }
                (true, Some(edge @ ("lower" | "upper"))) if item.kind == ItemKind::Rating => {
                    let label = self.display_child(child, &at)?;
                    if let Some(scale) = item.scale.as_mut() {
                        if edge == "lower" {
                            scale.min_label = label;
                        } else {
                            scale.max_label = label;
                        }
                    }
                    continue;
                }
                _ => {}
            }
            match item.kind {
                ItemKind::Section => item.items.extend(self.item(child, &at)?),
                ItemKind::LikertGrid => {
                    let (row, required) = self.row(child, &at, &mut item)?;
                    item.rows.push(row);
                    rows_required.push(required);
                }
                // coform nests nothing under a question: what R4 nests there follows it.
                _ => after.extend(self.item(child, &at)?),
            }
        }
        if item.kind == ItemKind::LikertGrid {
            item.required = !rows_required.is_empty() && rows_required.iter().all(|r| *r);
        }
        out.push(item);
        out.extend(after);
        Ok(out)
    }

    /// A help or scale-label display child: its text.
    fn display_child(&mut self, value: &Value, location: &str) -> Result<LocalizedText, ReadError> {
        let mut fields = Fields::new(value, location, "item")?;
        fields.get("linkId");
        fields.get("type");
        let text_value = fields.get("text");
        let text_element = fields.get("_text");
        let text = self.localized(text_value, text_element, location, "text")?;
        let mut extensions = Extensions::new(fields.array("extension")?, &fields.at("extension"))?;
        extensions.take(ITEM_CONTROL);
        extensions.finish(&mut self.notices);
        fields.finish(&mut self.notices);
        Ok(text)
    }

    /// One statement of a Likert grid (a choice child of a `table` group).
    fn row(
        &mut self,
        value: &Value,
        location: &str,
        grid: &mut Item,
    ) -> Result<(GridRow, bool), ReadError> {
        let mut fields = Fields::new(value, location, "item")?;
        let link_id = fields
            .string("linkId")?
            .ok_or_else(|| invalid(&fields.at("linkId"), "missing"))?;
        fields.get("type");
        let id = self.claim_id(link_id, &fields.at("linkId"));
        let text_value = fields.get("text");
        let text_element = fields.get("_text");
        let text = self.localized(text_value, text_element, location, "text")?;
        let required = fields.boolean("required")?.unwrap_or(false);
        fields.boolean("repeats")?;
        if grid.choices.is_none() {
            let mut row_item = Item::new(&id, ItemKind::SingleChoice);
            self.choices(&mut fields, &mut row_item)?;
            grid.choices = row_item.choices;
            // Conditions on any row read its codes through the grid's.
            if let Some(map) = self.codes.get(&id).cloned() {
                self.codes.insert(grid.id.clone(), map);
            }
        } else {
            // Every row offers the same options (checked before reading it as a grid).
            fields.get("answerOption");
            if let Some(map) = self.codes.get(&grid.id).cloned() {
                self.codes.insert(id.clone(), map);
            }
        }
        let extensions = Extensions::new(fields.array("extension")?, &fields.at("extension"))?;
        extensions.finish(&mut self.notices);
        fields.finish(&mut self.notices);
        Ok((GridRow { id, text }, required))
    }

    fn control(&mut self, item: &mut Item, control: Option<(String, String)>) {
        let Some((location, code)) = control else {
            return;
        };
        let understood = match (item.kind, code.as_str()) {
            (ItemKind::SingleChoice, "radio-button") => {
                item.appearance = Some(Appearance::Radio);
                true
            }
            (ItemKind::SingleChoice, "drop-down") => {
                item.appearance = Some(Appearance::Dropdown);
                true
            }
            (ItemKind::MultipleChoice, "check-box")
            | (ItemKind::Section, "list")
            | (ItemKind::LikertGrid, "table" | "htable") => true,
            (ItemKind::Integer, "slider") => {
                item.kind = ItemKind::Rating;
                true
            }
            _ => false,
        };
        if !understood {
            self.notices
                .push(ignored(location, &format!("itemControl:{code}")));
        }
    }

    /// The options of a choice item, as a shared choice list.
    fn choices(&mut self, fields: &mut Fields<'_>, item: &mut Item) -> Result<(), ReadError> {
        if fields.get("answerValueSet").is_some() {
            self.notices
                .push(ignored(fields.at("answerValueSet"), "item.answerValueSet"));
        }
        let location = fields.at("answerOption");
        let values = fields.array("answerOption")?;
        // Every question on a shared list repeats its options: read them once, and reuse
        // them for an identical array when reading them gave no notice (a notice names
        // where it was found, so that array is read again).
        let cached = self
            .option_cache
            .iter()
            .find(|(raw, _)| raw.as_slice() == values)
            .map(|(_, read)| read.clone());
        let OptionsRead {
            options,
            map,
            named,
        } = match cached {
            Some(hit) => hit,
            None => {
                let notices = self.notices.len();
                let read = self.read_options(values, &location)?;
                if self.notices.len() == notices && !read.options.is_empty() {
                    self.option_cache.push((values.to_vec(), read.clone()));
                }
                read
            }
        };
        if options.is_empty() {
            // Without options there is nothing to choose from: the answer is typed instead.
            self.notices.push(notice(
                fields.at("type"),
                NoticeKind::ItemType {
                    found: "choice".into(),
                    read_as: ItemKind::ShortText.json_name().into(),
                },
            ));
            item.kind = ItemKind::ShortText;
            return Ok(());
        }
        let name = named.flatten();
        let list = self.list(options, name.as_deref(), &item.id);
        item.choices = Some(list);
        self.codes.insert(item.id.clone(), map);
        Ok(())
    }

    /// The options of an `answerOption` array (see [`OptionsRead`]).
    fn read_options(&mut self, values: &[Value], location: &str) -> Result<OptionsRead, ReadError> {
        let mut options: Vec<ChoiceOption> = Vec::new();
        let mut map = CodeMap::new();
        let mut named: Option<Option<String>> = None;
        for (index, value) in values.iter().enumerate() {
            let at = format!("{location}[{index}]");
            let mut option_fields = Fields::new(value, &at, "answerOption")?;
            let mut extensions = Extensions::new(
                option_fields.array("extension")?,
                &option_fields.at("extension"),
            )?;
            let exclusive = extensions
                .take(OPTION_EXCLUSIVE)
                .and_then(|(_, map)| map.get("valueBoolean")?.as_bool())
                .unwrap_or(false);
            let mut score = extensions
                .take(ORDINAL_VALUE)
                .and_then(|(_, map)| number_value(map, "valueDecimal"));
            let read = if let Some(coding) = option_fields.get("valueCoding") {
                self.option_coding(coding, &format!("{at}.valueCoding"), &mut score)?
            } else if let Some(text_value) = option_fields.get("valueString") {
                let element = option_fields.get("_valueString");
                let label = self.localized(Some(text_value), element, &at, "valueString")?;
                let raw = text_value.as_str().unwrap_or_default().to_owned();
                Some(ReadOption {
                    wanted: raw.clone(),
                    raw,
                    system: None,
                    label,
                    location: format!("{at}.valueString"),
                })
            } else if let Some(number) = option_fields.get("valueInteger") {
                let Some(number) = number.as_i64() else {
                    return Err(invalid(
                        &format!("{at}.valueInteger"),
                        "expected an integer",
                    ));
                };
                let raw = number.to_string();
                let label = LocalizedText::from_pairs([(self.source.as_str(), raw.as_str())]);
                Some(ReadOption {
                    wanted: raw.clone(),
                    raw,
                    system: None,
                    label,
                    location: format!("{at}.valueInteger"),
                })
            } else {
                None
            };
            extensions.finish(&mut self.notices);
            option_fields.finish(&mut self.notices);
            let Some(ReadOption {
                raw,
                wanted,
                system,
                label,
                location: code_location,
            }) = read
            else {
                continue;
            };
            let list_name = system.as_deref().and_then(coform_list).map(str::to_owned);
            match &named {
                None => named = Some(list_name.clone()),
                Some(previous) if *previous != list_name => named = Some(None),
                Some(_) => {}
            }
            let system = system.filter(|system| coform_list(system).is_none());
            let taken: HashSet<String> = options.iter().map(|o| o.code.clone()).collect();
            let code = if is_valid_code(&wanted) && !taken.contains(&wanted) {
                wanted
            } else {
                let mut base: String = wanted
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .take(60)
                    .collect();
                if base.trim_matches('_').is_empty() {
                    base = format!("option_{}", index + 1);
                }
                let code = unique(base, &taken);
                self.notices.push(notice(
                    code_location,
                    NoticeKind::Renamed {
                        from: wanted,
                        to: code.clone(),
                    },
                ));
                code
            };
            map.insert(raw, code.clone());
            options.push(ChoiceOption {
                code,
                label,
                exclusive,
                system,
                score,
            });
        }
        Ok(OptionsRead {
            options,
            map,
            named,
        })
    }

    /// A valueCoding option.
    fn option_coding(
        &mut self,
        coding: &Value,
        location: &str,
        score: &mut Option<Number>,
    ) -> Result<Option<ReadOption>, ReadError> {
        let mut fields = Fields::new(coding, location, "valueCoding")?;
        let system = fields.string("system")?.map(str::to_owned);
        let code = fields.string("code")?;
        let display_value = fields.get("display");
        let display_element = fields.get("_display");
        let mut label = self.localized(display_value, display_element, location, "display")?;
        let mut extensions = Extensions::new(fields.array("extension")?, &fields.at("extension"))?;
        for url in [ORDINAL_VALUE, CO_VALUE] {
            if let Some((_, map)) = extensions.take(url)
                && score.is_none()
            {
                *score = number_value(map, "valueDecimal");
            }
        }
        extensions.finish(&mut self.notices);
        fields.finish(&mut self.notices);
        let Some(code) = code else {
            self.notices
                .push(ignored(location.to_owned(), "answerOption.valueCoding"));
            return Ok(None);
        };
        if label.get(&self.source).is_none() {
            label.0.insert(self.source.clone(), text::escape(code));
        }
        Ok(Some(ReadOption {
            raw: code.to_owned(),
            wanted: code.to_owned(),
            system,
            label,
            location: format!("{location}.code"),
        }))
    }

    /// The id of a choice list with these options: an existing identical one, or a new one
    /// named after coform's list (from the option system) or the item.
    fn list(&mut self, options: Vec<ChoiceOption>, name: Option<&str>, item: &str) -> String {
        if let Some(existing) = self.lists.iter().find(|list| {
            list.options == options && name.is_none_or(|name| list.id == sanitize_list(name))
        }) {
            return existing.id.clone();
        }
        let taken: HashSet<String> = self.lists.iter().map(|list| list.id.clone()).collect();
        let id = unique(name.map_or_else(|| item.to_owned(), sanitize_list), &taken);
        self.lists.push(ChoiceList {
            id: id.clone(),
            options,
        });
        id
    }

    /// The extensions and elements that carry an item's settings and checks.
    fn extensions(
        &mut self,
        item: &mut Item,
        extensions: &mut Extensions<'_>,
        fields: &mut Fields<'_>,
    ) -> Result<(), ReadError> {
        let kind = item.kind;
        let numeric = matches!(kind, ItemKind::Integer | ItemKind::Decimal);
        let texty = kind.is_text();
        if let Some((location, map)) = extensions.take(ENTRY_FORMAT) {
            if texty || numeric {
                item.placeholder = self.localized(
                    map.get("valueString"),
                    map.get("_valueString"),
                    &location,
                    "valueString",
                )?;
            } else {
                self.notices.push(ignored(location, ENTRY_FORMAT));
            }
        }
        if let Some((location, map)) = extensions.take(UNIT) {
            let coding = map.get("valueCoding").and_then(Value::as_object);
            match coding {
                Some(coding) if numeric => {
                    let at = format!("{location}.valueCoding");
                    item.unit = self.localized(
                        coding.get("display").or_else(|| coding.get("code")),
                        coding.get("_display"),
                        &at,
                        "display",
                    )?;
                }
                _ => self.notices.push(ignored(location, UNIT)),
            }
        }
        let mut bound = |reader: &mut Self, url: &str| -> Option<Literal> {
            let (location, map) = extensions.take(url)?;
            let literal = match (kind, map) {
                (ItemKind::Integer | ItemKind::Rating, map) if map.contains_key("valueInteger") => {
                    number_value(map, "valueInteger").map(Literal::Number)
                }
                (ItemKind::Decimal, map) => number_value(map, "valueDecimal")
                    .or_else(|| number_value(map, "valueInteger"))
                    .map(Literal::Number),
                (ItemKind::Date, map) => map
                    .get("valueDate")
                    .and_then(Value::as_str)
                    .map(|date| Literal::Text(date.to_owned())),
                _ => None,
            };
            if literal.is_none() {
                reader.notices.push(ignored(location, url));
            }
            literal
        };
        let min = bound(self, MIN_VALUE);
        let max = bound(self, MAX_VALUE);
        if kind == ItemKind::Rating {
            match (&min, &max) {
                (Some(Literal::Number(min)), Some(Literal::Number(max)))
                    if min.as_i64().is_some() && max.as_i64().is_some() =>
                {
                    item.scale = Some(RatingScale {
                        min: min.as_i64().unwrap_or_default(),
                        max: max.as_i64().unwrap_or_default(),
                        min_label: LocalizedText::default(),
                        max_label: LocalizedText::default(),
                    });
                }
                _ => {
                    // A slider without both ends is an integer with whatever bounds it has.
                    item.kind = ItemKind::Integer;
                    self.notices
                        .push(ignored(fields.at("extension"), "itemControl:slider"));
                    push_rule(item, Check::Range { min, max });
                }
            }
        } else if min.is_some() || max.is_some() {
            push_rule(item, Check::Range { min, max });
        }
        let min_length = extensions.take(MIN_LENGTH);
        let max_length = fields.get("maxLength");
        if min_length.is_some() || max_length.is_some() {
            let min = min_length
                .as_ref()
                .and_then(|(_, map)| map.get("valueInteger")?.as_u64())
                .and_then(|n| u32::try_from(n).ok());
            let max = max_length
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok());
            if texty && (min.is_some() || max.is_some()) {
                push_rule(item, Check::Length { min, max });
            } else {
                if let Some((location, _)) = min_length {
                    self.notices.push(ignored(location, MIN_LENGTH));
                }
                if max_length.is_some() {
                    self.notices
                        .push(ignored(fields.at("maxLength"), "item.maxLength"));
                }
            }
        }
        if let Some((location, map)) = extensions.take(REGEX) {
            match map.get("valueString").and_then(Value::as_str) {
                Some(regex) if texty && regex_lite::Regex::new(regex).is_ok() => {
                    push_rule(
                        item,
                        Check::Pattern {
                            regex: regex.to_owned(),
                        },
                    );
                }
                _ => self.notices.push(ignored(location, REGEX)),
            }
        }
        let mut occurs = |reader: &mut Self, url: &str| -> Option<u32> {
            let (location, map) = extensions.take(url)?;
            let count = map
                .get("valueInteger")
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok())
                .filter(|_| item.kind == ItemKind::MultipleChoice);
            if count.is_none() {
                reader.notices.push(ignored(location, url));
            }
            count
        };
        let min = occurs(self, MIN_OCCURS);
        let max = occurs(self, MAX_OCCURS);
        if min.is_some() || max.is_some() {
            push_rule(item, Check::AnswerCount { min, max });
        }
        Ok(())
    }

    /// Reads every recorded condition, now that every item and its type are known.
    fn resolve_conditions(&mut self, survey: &mut Survey) {
        let kinds: HashMap<String, (ItemKind, Option<String>)> = targets(survey)
            .into_iter()
            .map(|(id, (kind, list))| (id.to_owned(), (kind, list.map(str::to_owned))))
            .collect();
        let pending = std::mem::take(&mut self.pending);
        for entry in pending {
            let condition = self.condition(&entry, &kinds);
            let Some(condition) = condition else {
                continue;
            };
            if entry.page {
                if let Some(page) = survey.pages.iter_mut().find(|p| p.id == entry.owner) {
                    page.show_if = Some(condition);
                }
            } else if let Some(item) = find_item(&mut survey.pages, &entry.owner) {
                item.show_if = Some(condition);
            }
        }
    }

    fn condition(
        &mut self,
        entry: &Pending,
        kinds: &HashMap<String, (ItemKind, Option<String>)>,
    ) -> Option<Condition> {
        let kind_of = |id: &str| kinds.get(id).map(|k| k.0);
        if !entry.when.is_empty() {
            if let Some((location, _)) = &entry.expression {
                self.notices
                    .push(ignored(location.clone(), ENABLE_WHEN_EXPRESSION));
            }
            let any = match &entry.behavior {
                Some((_, behavior)) if behavior == "any" => true,
                Some((_, behavior)) if behavior == "all" => false,
                Some((location, _)) => {
                    self.notices
                        .push(ignored(location.clone(), "item.enableBehavior"));
                    false
                }
                None => false,
            };
            let mut atoms = Vec::new();
            for (location, value) in &entry.when {
                match self.enable_when(value, location, kinds) {
                    Some(atom) => atoms.push(atom),
                    None => {
                        // One unreadable entry changes what the rest mean: none is kept.
                        self.notices
                            .push(ignored(location.clone(), "item.enableWhen"));
                        return None;
                    }
                }
            }
            if !any {
                atoms = merge_not_equals(atoms);
            }
            return Some(match atoms.len() {
                1 => atoms.pop()?,
                _ if any => Condition::Any(atoms),
                _ => Condition::All(atoms),
            });
        }
        let (location, value) = entry.expression.as_ref()?;
        let expression = value.get("valueExpression");
        let language = expression
            .and_then(|e| e.get("language"))
            .and_then(Value::as_str);
        let text = expression
            .and_then(|e| e.get("expression"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let parsed = (language == Some(FHIRPATH))
            .then(|| parse_fhirpath(text, &kind_of))
            .flatten()
            .map(|condition| self.rename_condition(condition));
        if parsed.is_none() {
            self.notices.push(notice(
                location.clone(),
                NoticeKind::Expression {
                    expression: text.to_owned(),
                },
            ));
        }
        parsed
    }

    /// Item ids in a condition read from an expression, through the renames made.
    fn rename_condition(&self, condition: Condition) -> Condition {
        match condition {
            Condition::All(children) => Condition::All(
                children
                    .into_iter()
                    .map(|c| self.rename_condition(c))
                    .collect(),
            ),
            Condition::Any(children) => Condition::Any(
                children
                    .into_iter()
                    .map(|c| self.rename_condition(c))
                    .collect(),
            ),
            Condition::Not(inner) => Condition::Not(Box::new(self.rename_condition(*inner))),
            Condition::Compare(mut comparison) => {
                if let Some(id) = self.ids.get(&comparison.item) {
                    comparison.item = id.clone();
                }
                Condition::Compare(comparison)
            }
        }
    }

    /// One enableWhen as a comparison (or the negation of one, for `!=`).
    fn enable_when(
        &mut self,
        value: &Value,
        location: &str,
        kinds: &HashMap<String, (ItemKind, Option<String>)>,
    ) -> Option<Condition> {
        let map = value.as_object()?;
        let question = map.get("question")?.as_str()?;
        let item = self.ids.get(question)?.clone();
        let (kind, _) = kinds.get(&item)?.clone();
        let multiple = is_multiple(Some(kind));
        let operator = map.get("operator")?.as_str()?;
        let mut answer = None;
        for (key, found) in map {
            match key.as_str() {
                "question" | "operator" => {}
                key if key.starts_with("answer") && answer.is_none() => answer = Some((key, found)),
                other => self.notices.push(ignored(
                    join(location, other),
                    &format!("enableWhen.{other}"),
                )),
            }
        }
        let (key, found) = answer?;
        let codes = self.codes.get(&item);
        let mapped = |raw: String| codes.and_then(|m| m.get(&raw)).cloned().unwrap_or(raw);
        let literal = match (key, found) {
            ("answerBoolean", Value::Bool(value)) => Literal::Bool(*value),
            ("answerCoding", Value::Object(coding)) => {
                Literal::Text(mapped(coding.get("code")?.as_str()?.to_owned()))
            }
            ("answerString", Value::String(text)) if kind.uses_choices() => {
                Literal::Text(mapped(text.clone()))
            }
            ("answerString" | "answerDate" | "answerTime", Value::String(text)) => {
                Literal::Text(text.clone())
            }
            ("answerDateTime", Value::String(text)) => {
                Literal::Text(text.get(..10).unwrap_or(text).to_owned())
            }
            ("answerInteger", Value::Number(number)) if kind.uses_choices() => {
                Literal::Text(mapped(number.to_string()))
            }
            ("answerInteger" | "answerDecimal", Value::Number(number)) => {
                Literal::Number(number.clone())
            }
            _ => return None,
        };
        let compare = |op, value| {
            Condition::Compare(Comparison {
                item: item.clone(),
                op,
                value,
            })
        };
        Some(match (operator, literal) {
            ("exists", Literal::Bool(true)) => compare(Operator::Answered, None),
            ("exists", Literal::Bool(false)) => compare(Operator::NotAnswered, None),
            ("exists", _) => return None,
            ("=", literal) if multiple => compare(Operator::Includes, Some(literal)),
            ("=", literal) => compare(Operator::Equals, Some(literal)),
            ("!=", literal) => Condition::Not(Box::new(compare(
                if multiple {
                    Operator::Includes
                } else {
                    Operator::Equals
                },
                Some(literal),
            ))),
            ("<", literal) => compare(Operator::LessThan, Some(literal)),
            ("<=", literal) => compare(Operator::LessOrEqual, Some(literal)),
            (">", literal) => compare(Operator::GreaterThan, Some(literal)),
            (">=", literal) => compare(Operator::GreaterOrEqual, Some(literal)),
            _ => return None,
        })
    }
}

/// `exists = true` followed by `!=` on the same item, under `all`: coform's `notEquals`.
fn merge_not_equals(atoms: Vec<Condition>) -> Vec<Condition> {
    let mut out: Vec<Condition> = Vec::with_capacity(atoms.len());
    for atom in atoms {
        if let Condition::Not(inner) = &atom
            && let Condition::Compare(negated) = inner.as_ref()
            && negated.op == Operator::Equals
            && let Some(Condition::Compare(previous)) = out.last()
            && previous.op == Operator::Answered
            && previous.item == negated.item
        {
            let merged = Comparison {
                item: negated.item.clone(),
                op: Operator::NotEquals,
                value: negated.value.clone(),
            };
            out.pop();
            out.push(Condition::Compare(merged));
            continue;
        }
        out.push(atom);
    }
    out
}

fn sanitize_list(name: &str) -> String {
    if is_valid_id(name) {
        name.to_owned()
    } else {
        sanitize_id(name)
    }
}

fn push_rule(item: &mut Item, check: Check) {
    item.validation.push(ValidationRule {
        check,
        message: LocalizedText::default(),
    });
}

/// Gives every imported rule a message in every language (see the module documentation).
fn fill_messages(items: &mut [Item], languages: &[String]) {
    for item in items {
        for rule in &mut item.validation {
            if rule.message.is_empty() {
                let message = text::escape(&check_message(&rule.check));
                rule.message = LocalizedText::from_pairs(
                    languages
                        .iter()
                        .map(|language| (language.as_str(), message.as_str())),
                );
            }
        }
        fill_messages(&mut item.items, languages);
    }
}

fn find_item<'p>(pages: &'p mut [Page], id: &str) -> Option<&'p mut Item> {
    fn find<'i>(items: &'i mut [Item], id: &str) -> Option<&'i mut Item> {
        for item in items {
            if item.id == id {
                return Some(item);
            }
            if let Some(found) = find(&mut item.items, id) {
                return Some(found);
            }
        }
        None
    }
    pages.iter_mut().find_map(|page| find(&mut page.items, id))
}

/// Whether a `table` group's children read as a Likert grid: choice questions (beside at
/// most a help text) with the same options, no conditions and nothing nested.
fn is_grid(children: &[Value]) -> bool {
    let mut options: Option<&Value> = None;
    let mut rows = 0;
    for child in children {
        if type_of(child) == Some("display")
            && matches!(item_control_of(child).as_deref(), Some("help" | "flyover"))
        {
            continue;
        }
        let Some(map) = child.as_object() else {
            return false;
        };
        let plain = type_of(child) == Some("choice")
            && map.get("repeats").and_then(Value::as_bool) != Some(true)
            && !map.contains_key("item")
            && !map.contains_key("enableWhen")
            && !map.contains_key("extension")
            && !map.contains_key("answerValueSet");
        let Some(answers) = map.get("answerOption") else {
            return false;
        };
        if !plain || options.is_some_and(|first| first != answers) {
            return false;
        }
        options = Some(answers);
        rows += 1;
    }
    rows > 0
}
