//! Responses: the coform response document, its FHIR QuestionnaireResponse form and CSV, from
//! a recorded session (`tests/fixtures/responses/*.session.json`) to reviewed expected outputs.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use coform::core::answer::Answers;
use coform::core::definition::{content_hash, import};
use coform::core::response::{Response, to_csv, to_fhir};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Session {
    survey: String,
    id: String,
    language: String,
    audience: BTreeMap<String, String>,
    started_at: String,
    submitted_at: String,
    answers: Answers,
}

#[test]
fn sessions_become_responses_fhir_and_csv() {
    for path in common::files("responses", ".session.json") {
        let session: Session = serde_json::from_str(&common::read(&path)).expect("session parses");
        let survey = import(&common::read(&common::fixtures().join(&session.survey)))
            .expect("survey imports");
        let response = Response::new(
            &survey,
            session.id,
            session.language,
            session.audience,
            session.answers.clone(),
            session.started_at,
            session.submitted_at,
        );
        assert_eq!(
            response.survey.content_hash,
            content_hash(&survey),
            "a draft carries its computed hash"
        );
        assert!(
            response.answers.len() < session.answers.len(),
            "answers to unknown items are dropped"
        );

        let json = serde_json::to_string_pretty(&response).expect("response serialises") + "\n";
        let read_back: Response = serde_json::from_str(&json).expect("response reads back");
        assert_eq!(read_back, response);
        common::check(&common::sibling(&path, "response.json"), &json);

        let fhir = serde_json::to_string_pretty(&to_fhir(&survey, &response))
            .expect("fhir serialises")
            + "\n";
        common::check(&common::sibling(&path, "fhir.json"), &fhir);

        let csv = to_csv(&survey, &[response.clone(), response]);
        assert_eq!(csv.lines().count(), 3, "a header and one line per response");
        common::check(&common::sibling(&path, "csv"), &csv);
    }
}

#[test]
fn committed_response_schema_matches_the_types() {
    let schema = schemars::schema_for!(Response);
    let actual = serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n";
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema/coform-response-1.schema.json");
    common::check(&path, &actual);
}
