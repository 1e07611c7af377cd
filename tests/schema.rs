//! The committed JSON Schema of the definition is generated from the Rust types; this test
//! fails when the two drift apart (`COFORM_BLESS=1` regenerates the file).

mod common;

use std::path::Path;

use coform::core::model::Survey;

#[test]
fn committed_schema_matches_the_types() {
    let schema = schemars::schema_for!(Survey);
    let actual = serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n";
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema/coform-survey-4.schema.json");
    common::check(&path, &actual);
}
