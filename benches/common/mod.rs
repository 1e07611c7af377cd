//! What the core benchmark measures, shared by the native harness (`benches/core.rs`) and the
//! browser one (`benches/core_wasm.rs`), so that both report the same operations on the same
//! survey in the same way.
//!
//! Each operation runs once to warm up (allocator, caches), then `runs` times; the figures
//! are the median, the fastest and the slowest run in milliseconds. Only the operation is
//! timed: dropping its result happens after the clock is read.

use std::hint::black_box;

use coform::core::definition;
use coform::core::fluent::{Context, Resolver};
use coform::core::interop::{self, Format};
use coform::core::model::{LocalizedText, Survey};
use coform::core::translation;
use coform::core::validate::validate;

/// The benchmark survey, as `bench/survey.py` names it.
pub const SURVEY_FILE: &str = "builder-1000x8.coform.json";
/// Runs per operation when none are asked for.
pub const DEFAULT_RUNS: usize = 9;
/// The fewest runs a median is taken over.
pub const MIN_RUNS: usize = 7;

/// The figures of one operation.
pub struct Figure {
    /// Its name, such as `export fhir`.
    pub operation: String,
    /// Median of the runs, in milliseconds.
    pub median_ms: f64,
    /// Fastest run.
    pub min_ms: f64,
    /// Slowest run.
    pub max_ms: f64,
    /// Size of the file written (exports) or read (imports).
    pub bytes: Option<usize>,
}

/// Everything measured on one survey.
pub struct Report {
    /// Items in the survey (sections and their children included).
    pub items: usize,
    /// Languages of the survey.
    pub languages: usize,
    /// Strings resolved by `resolve all messages` (every message in every language).
    pub resolved: usize,
    /// Issues `validate` found (the benchmark survey has none).
    pub issues: usize,
    /// Timed runs per operation.
    pub runs: usize,
    /// One figure per operation, in the order measured.
    pub figures: Vec<Figure>,
}

/// Measures every operation on the coform JSON `json` (only those whose name contains `only`,
/// when given: for profiling one). `now` is a clock in milliseconds.
pub fn measure(
    json: &str,
    runs: usize,
    only: Option<&str>,
    now: &dyn Fn() -> f64,
) -> Result<Report, String> {
    let runs = runs.max(MIN_RUNS);
    let mut figures: Vec<Figure> = Vec::new();
    let time = |name: String, bytes: Option<usize>| Timing {
        skip: only.is_some_and(|only| !name.contains(only)),
        name,
        bytes,
        runs,
        now,
    };

    let survey = definition::import(json).map_err(|error| format!("import: {error}"))?;
    figures.extend(
        time("import".into(), Some(json.len())).run(|| definition::import(black_box(json))),
    );

    let issues = validate(&survey).len();
    figures.extend(time("validate".into(), None).run(|| validate(black_box(&survey))));

    let resolved = resolve_all(&survey);
    figures
        .extend(time("resolve all messages".into(), None).run(|| resolve_all(black_box(&survey))));

    let mut files = Vec::new();
    for format in Format::ALL {
        let bytes = interop::write(&survey, format).bytes;
        figures.extend(
            time(format!("export {}", format.name()), Some(bytes.len()))
                .run(|| interop::write(black_box(&survey), format)),
        );
        files.push((format, bytes));
    }
    for (format, bytes) in &files {
        let name = format!("read {}", format.name());
        if only.is_some_and(|only| !name.contains(only)) {
            continue;
        }
        // Each export must read back as its own format, or the figure would mean nothing.
        match interop::read(bytes) {
            Ok((read_as, _)) if read_as == *format => {}
            Ok((read_as, _)) => {
                return Err(format!(
                    "{} export read back as {}",
                    format.name(),
                    read_as.name()
                ));
            }
            Err(error) => return Err(format!("{} export read back: {error}", format.name())),
        }
        figures.extend(time(name, Some(bytes.len())).run(|| interop::read(black_box(bytes))));
    }

    Ok(Report {
        items: survey.items().len(),
        languages: survey.languages.len(),
        resolved,
        issues,
        runs,
        figures,
    })
}

/// Every respondent-facing string in every language, through the resolver the runtime and
/// the preview use (language chain, bidi isolation), with the audience at its default and
/// no answers. Returns how many strings resolved.
pub fn resolve_all(survey: &Survey) -> usize {
    let texts: Vec<&LocalizedText> = translation::messages(survey)
        .iter()
        .filter_map(|message| translation::text(survey, &message.key))
        .collect();
    let context = Context::default();
    let mut resolved = 0;
    for language in &survey.languages {
        let resolver = Resolver::new(survey, &language.tag, &context);
        for text in &texts {
            if let Some(text) = resolver.resolve(text) {
                black_box(text);
                resolved += 1;
            }
        }
    }
    resolved
}

/// One operation about to be timed.
struct Timing<'c> {
    skip: bool,
    name: String,
    bytes: Option<usize>,
    runs: usize,
    now: &'c dyn Fn() -> f64,
}

impl Timing<'_> {
    /// One warm-up run, then `runs` timed ones; each result is dropped after the clock is read.
    fn run<T>(self, mut op: impl FnMut() -> T) -> Option<Figure> {
        if self.skip {
            return None;
        }
        drop(black_box(op()));
        let mut samples = Vec::with_capacity(self.runs);
        for _ in 0..self.runs {
            let start = (self.now)();
            let result = black_box(op());
            samples.push((self.now)() - start);
            drop(result);
        }
        Some(figure(self.name, self.bytes, samples))
    }
}

fn figure(operation: String, bytes: Option<usize>, mut samples: Vec<f64>) -> Figure {
    samples.sort_by(f64::total_cmp);
    let middle = samples.len() / 2;
    let median_ms = if samples.len().is_multiple_of(2) {
        (samples[middle - 1] + samples[middle]) / 2.0
    } else {
        samples[middle]
    };
    Figure {
        operation,
        median_ms,
        min_ms: samples.first().copied().unwrap_or_default(),
        max_ms: samples.last().copied().unwrap_or_default(),
        bytes,
    }
}

/// Milliseconds to three decimals, for the JSON file.
fn ms(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// The machine-readable figures; `environment` says where they were taken.
pub fn to_json(report: &Report, environment: &serde_json::Value) -> String {
    let operations: Vec<serde_json::Value> = report
        .figures
        .iter()
        .map(|figure| {
            serde_json::json!({
                "operation": figure.operation,
                "median_ms": ms(figure.median_ms),
                "min_ms": ms(figure.min_ms),
                "max_ms": ms(figure.max_ms),
                "bytes": figure.bytes,
            })
        })
        .collect();
    let value = serde_json::json!({
        "benchmark": "core",
        "survey": SURVEY_FILE,
        "environment": environment,
        "items": report.items,
        "languages": report.languages,
        "resolved_strings": report.resolved,
        "issues": report.issues,
        "runs": report.runs,
        "warm_up_runs": 1,
        "operations": operations,
    });
    let mut json = serde_json::to_string_pretty(&value).unwrap_or_default();
    json.push('\n');
    json
}

/// The figures as a Markdown table.
pub fn to_markdown(report: &Report, title: &str) -> String {
    let mut out = format!(
        "{title}: {} items, {} languages, {} strings resolved, median of {} runs\n\n\
         | operation | median (ms) | min (ms) | max (ms) | bytes |\n|---|---:|---:|---:|---:|\n",
        report.items, report.languages, report.resolved, report.runs
    );
    for figure in &report.figures {
        out.push_str(&format!(
            "| {} | {:.2} | {:.2} | {:.2} | {} |\n",
            figure.operation,
            figure.median_ms,
            figure.min_ms,
            figure.max_ms,
            figure.bytes.map_or_else(String::new, group),
        ));
    }
    out
}

/// A byte count with thousands separators, as in BENCHMARKS.md.
fn group(bytes: usize) -> String {
    let digits = bytes.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
