//! The core benchmark in the browser: the operations of `benches/core.rs` (shared in
//! `benches/common`), compiled to wasm32 with the release settings and run in headless
//! Chromium by wasm-bindgen-test-runner, timed with the page's `performance.now()`.
//!
//! ```text
//! python3 bench/survey.py target/bench   # once: the survey is compiled in (include_str!)
//! bench/core-wasm.sh                     # runs the line below, writes target/bench/core-wasm.json
//! CHROMEDRIVER=/usr/bin/chromedriver cargo bench --target wasm32-unknown-unknown --bench core_wasm
//! ```
//!
//! The figures are printed as a Markdown table, then as one line `core-wasm.json {…}` that
//! `bench/core-wasm.sh` writes to `target/bench/core-wasm.json` (the runner gives a
//! benchmark no way to write files). `#[wasm_bindgen_bench]` is only the entry point the
//! runner calls in `--bench` mode: the runs are timed here, like the native ones, not by
//! its statistics. Not a test: `cargo test` builds no benchmark, and nothing here asserts.
#![cfg(target_arch = "wasm32")]

#[path = "common/mod.rs"]
mod common;

use wasm_bindgen_test::{
    Criterion, Instant, console_log, wasm_bindgen_bench, wasm_bindgen_test_configure,
};

wasm_bindgen_test_configure!(run_in_browser);

/// The benchmark survey as `bench/survey.py` writes it.
const SURVEY: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/bench/builder-1000x8.coform.json"
));

#[wasm_bindgen_bench]
fn core(_: &mut Criterion) {
    let origin = Instant::now();
    let now = || origin.elapsed().as_secs_f64() * 1000.0;
    let report = match common::measure(SURVEY, common::DEFAULT_RUNS, None, &now) {
        Ok(report) => report,
        Err(error) => {
            console_log!("core (wasm): {error}");
            return;
        }
    };
    let navigator = web_sys::window().map(|window| window.navigator());
    let environment = serde_json::json!({
        "target": "wasm32-unknown-unknown",
        "runner": "wasm-bindgen-test-runner, headless Chromium",
        "user_agent": navigator.as_ref().and_then(|n| n.user_agent().ok()),
        "cores": navigator.as_ref().map(|n| n.hardware_concurrency()),
        "profile": "bench (release: opt-level z, LTO, one codegen unit; no wasm-opt)",
    });
    console_log!(
        "{}",
        common::to_markdown(&report, "core (wasm, headless Chromium)")
    );
    let json = common::to_json(&report, &environment);
    // One line, for bench/core-wasm.sh to pick out of the runner's output.
    let line = serde_json::from_str::<serde_json::Value>(&json)
        .map(|value| value.to_string())
        .unwrap_or(json);
    console_log!("core-wasm.json {line}");
}
