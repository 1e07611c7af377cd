//! The core benchmark, natively: import, validate, resolve every message, export to every
//! format and read each export back, on the 1000-item, 8-language benchmark survey.
//!
//! ```text
//! python3 bench/survey.py target/bench     # once: writes the benchmark surveys
//! cargo bench --bench core                 # release build; median of 9 runs per operation
//! cargo bench --bench core -- PATH         # another survey (or COFORM_BENCH_SURVEY=PATH)
//! ```
//!
//! `COFORM_BENCH_RUNS` sets the runs per operation (at least 7); `COFORM_BENCH_ONLY=fhir`
//! measures only the operations whose name contains the word (for profiling). The figures are printed as
//! a Markdown table and written to `target/bench/core-native.json`. A measurement, not a
//! test: it never fails on a time.

#[path = "common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let bench_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    // `cargo bench` passes `--bench`; any other argument is the survey to measure.
    let survey = std::env::args()
        .skip(1)
        .find(|arg| !arg.starts_with("--"))
        .or_else(|| std::env::var("COFORM_BENCH_SURVEY").ok())
        .map_or_else(|| bench_dir.join(common::SURVEY_FILE), PathBuf::from);
    let runs = std::env::var("COFORM_BENCH_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(common::DEFAULT_RUNS);
    let json = match std::fs::read_to_string(&survey) {
        Ok(json) => json,
        Err(error) => {
            eprintln!(
                "{}: cannot read the benchmark survey ({error}).\n\
                 Write it first with: python3 bench/survey.py target/bench",
                survey.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let origin = Instant::now();
    let now = || origin.elapsed().as_secs_f64() * 1000.0;
    let only = std::env::var("COFORM_BENCH_ONLY").ok();
    let report = match common::measure(&json, runs, only.as_deref(), &now) {
        Ok(report) => report,
        Err(error) => {
            eprintln!("{}: {error}", survey.display());
            return ExitCode::FAILURE;
        }
    };
    let environment = serde_json::json!({
        "target": "native",
        "arch": std::env::consts::ARCH,
        "os": std::env::consts::OS,
        "cpu": cpu_model(),
        "cores": std::thread::available_parallelism().map_or(0, |n| n.get()),
        "profile": "bench (release: opt-level z, LTO, one codegen unit)",
    });
    print!("{}", common::to_markdown(&report, "core (native)"));
    let out = std::env::var("COFORM_BENCH_OUT")
        .map_or_else(|_| bench_dir.join("core-native.json"), PathBuf::from);
    let written = out
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&out, common::to_json(&report, &environment)));
    match written {
        Ok(()) => {
            println!("\nwrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}: cannot write: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// The processor's name from `/proc/cpuinfo`, where there is one.
fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, name)| name.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}
