//! The pure core: the survey model and everything computed from it.
//!
//! Nothing below this module imports `leptos`, `web_sys`, `wasm_bindgen`, `js_sys` or `gloo`,
//! and nothing does IO: functions take strings or model values and return data. The core
//! compiles natively, so `cargo test` covers it in seconds (`tests/architecture.rs` checks this).

pub mod answer;
pub mod definition;
pub mod edit;
pub mod flow;
pub mod fluent;
pub mod ftl;
pub mod fuzz;
pub mod interop;
pub mod issue;
pub mod json;
pub mod json_path;
pub mod language;
pub mod limits;
pub mod logic;
pub mod logic_edit;
pub mod model;
pub mod present;
pub mod readability;
pub mod response;
pub mod review;
pub mod session;
pub mod translation;
pub mod validate;
pub mod variants;
pub mod versions;
