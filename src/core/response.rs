//! A respondent's submitted answers: the coform response document, its FHIR R4
//! QuestionnaireResponse form, and CSV for exports.
//!
//! Every response names the survey it answers (id, version, content hash), the language and
//! audience values it was answered in, and when it was started and submitted. Its `id` is the
//! idempotency key: a receiver that has seen it already ignores the repeat.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::core::answer::{Answer, Answers};
use crate::core::definition::content_hash;
use crate::core::flow::answer_ids;
use crate::core::interop::fhir::{option_system, page_link_id};
use crate::core::model::{Item, ItemKind, Survey};

/// The value of the `format` field of a response document.
pub const RESPONSE_FORMAT: &str = "coform.response";

/// A submitted (or, in kiosk mode, stored) response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Response {
    /// Always `coform.response`.
    pub format: String,
    /// The response format version: 1.
    pub format_version: u32,
    /// Unique id of the response (a UUID), also its idempotency key.
    pub id: String,
    /// The survey answered.
    pub survey: SurveyReference,
    /// The language tag the respondent used when submitting.
    pub language: String,
    /// Audience values in effect, by variable id.
    #[serde(default)]
    pub audience: BTreeMap<String, String>,
    /// The answers, by item id (Likert grid rows by row id).
    pub answers: Answers,
    /// When the respondent started (RFC 3339).
    pub started_at: String,
    /// When the respondent submitted (RFC 3339).
    pub submitted_at: String,
}

/// Which survey version a response answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SurveyReference {
    /// `metadata.id` of the survey.
    pub id: String,
    /// `metadata.version` of the survey.
    pub version: String,
    /// Content hash of the definition answered.
    pub content_hash: String,
}

impl Response {
    /// A response to `survey` with the given answers and facts about the session.
    pub fn new(
        survey: &Survey,
        id: String,
        language: String,
        audience: BTreeMap<String, String>,
        answers: Answers,
        started_at: String,
        submitted_at: String,
    ) -> Self {
        Response {
            format: RESPONSE_FORMAT.to_owned(),
            format_version: 1,
            id,
            survey: survey_reference(survey),
            language,
            audience,
            answers: answers_that_apply(survey, answers),
            started_at,
            submitted_at,
        }
    }
}

/// The reference a response carries: the stored content hash, or the computed one for a
/// draft that has none.
pub fn survey_reference(survey: &Survey) -> SurveyReference {
    SurveyReference {
        id: survey.metadata.id.clone(),
        version: survey.metadata.version.clone(),
        content_hash: survey
            .metadata
            .content_hash
            .clone()
            .unwrap_or_else(|| content_hash(survey)),
    }
}

/// The canonical URL under which coform exports a survey as a FHIR Questionnaire.
pub fn questionnaire_url(survey: &Survey) -> String {
    format!("urn:coform:survey:{}", survey.metadata.id)
}

/// Keeps only answers to items of the survey (a stale answer to a removed item is dropped).
fn answers_that_apply(survey: &Survey, answers: Answers) -> Answers {
    let known: Vec<String> = survey
        .items()
        .into_iter()
        .flat_map(|item| {
            answer_ids(item)
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    answers
        .into_iter()
        .filter(|(id, _)| known.contains(id))
        .collect()
}

/// The response as an HL7 FHIR R4 QuestionnaireResponse, shaped like the Questionnaire
/// `interop::fhir::export` writes: pages and sections are groups, a Likert grid is a group of
/// its rows, and choices are Codings in the option's system. Declined answers are left out
/// (FHIR has no standard "prefer not to answer"), and so are groups with no answer.
pub fn to_fhir(survey: &Survey, response: &Response) -> Value {
    let mut items = Vec::new();
    for (index, page) in survey.pages.iter().enumerate() {
        let children = fhir_items(survey, &page.items, &response.answers);
        if !children.is_empty() {
            items.push(json!({ "linkId": page_link_id(survey, index), "item": children }));
        }
    }
    json!({
        "resourceType": "QuestionnaireResponse",
        "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", response.id) },
        "questionnaire": format!("{}|{}", questionnaire_url(survey), response.survey.version),
        "status": "completed",
        "authored": response.submitted_at,
        "language": response.language,
        "item": items,
    })
}

fn fhir_items(survey: &Survey, items: &[Item], answers: &Answers) -> Vec<Value> {
    let mut out = Vec::new();
    for item in items {
        match item.kind {
            ItemKind::Section => {
                let children = fhir_items(survey, &item.items, answers);
                if !children.is_empty() {
                    out.push(json!({ "linkId": item.id, "item": children }));
                }
            }
            ItemKind::LikertGrid => {
                let rows: Vec<Value> = item
                    .rows
                    .iter()
                    .filter_map(|row| {
                        let values = fhir_values(survey, item, answers.get(&row.id)?);
                        (!values.is_empty()).then(|| json!({ "linkId": row.id, "answer": values }))
                    })
                    .collect();
                if !rows.is_empty() {
                    out.push(json!({ "linkId": item.id, "item": rows }));
                }
            }
            _ => {
                if let Some(answer) = answers.get(&item.id) {
                    let values = fhir_values(survey, item, answer);
                    if !values.is_empty() {
                        out.push(json!({ "linkId": item.id, "answer": values }));
                    }
                }
            }
        }
    }
    out
}

fn fhir_values(survey: &Survey, item: &Item, answer: &Answer) -> Vec<Value> {
    let list = item.choices.as_deref().unwrap_or_default();
    let coding = |code: &str| json!({ "valueCoding": { "system": option_system(survey, list, code), "code": code } });
    match answer {
        Answer::Text(text) => vec![json!({ "valueString": text })],
        Answer::Number(number) if item.kind == ItemKind::Decimal => {
            vec![json!({ "valueDecimal": number })]
        }
        Answer::Number(number) => vec![json!({ "valueInteger": *number as i64 })],
        Answer::Date(date) => vec![json!({ "valueDate": date })],
        Answer::Bool(value) => vec![json!({ "valueBoolean": value })],
        Answer::Choice(code) => vec![coding(code)],
        Answer::Choices(codes) => codes.iter().map(|code| coding(code)).collect(),
        Answer::Declined => Vec::new(),
    }
}

/// Responses as CSV: one row per response, one column per answer id in survey order.
/// Multiple choices are space-separated codes (as ODK and KoboToolbox write them); declined
/// questions are empty and listed in the `declined` column.
pub fn to_csv(survey: &Survey, responses: &[Response]) -> String {
    let ids: Vec<&str> = survey.items().into_iter().flat_map(answer_ids).collect();
    let audience: Vec<&str> = survey
        .audience
        .iter()
        .map(|variable| variable.id.as_str())
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "response_id",
        "survey_id",
        "survey_version",
        "content_hash",
        "language",
        "started_at",
        "submitted_at",
        "declined",
    ];
    header.extend(&audience);
    header.extend(&ids);
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(&header);
    for response in responses {
        let declined: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| response.answers.get(*id) == Some(&Answer::Declined))
            .collect();
        let mut record = vec![
            response.id.clone(),
            response.survey.id.clone(),
            response.survey.version.clone(),
            response.survey.content_hash.clone(),
            response.language.clone(),
            response.started_at.clone(),
            response.submitted_at.clone(),
            declined.join(" "),
        ];
        record.extend(
            audience
                .iter()
                .map(|id| response.audience.get(*id).cloned().unwrap_or_default()),
        );
        record.extend(ids.iter().map(|id| cell(response.answers.get(*id))));
        let _ = writer.write_record(&record);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn cell(answer: Option<&Answer>) -> String {
    match answer {
        None | Some(Answer::Declined) => String::new(),
        Some(Answer::Text(text) | Answer::Date(text) | Answer::Choice(text)) => text.clone(),
        Some(Answer::Number(number)) => number.to_string(),
        Some(Answer::Choices(codes)) => codes.join(" "),
        Some(Answer::Bool(value)) => value.to_string(),
    }
}
