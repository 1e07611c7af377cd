//! The fuzz targets' regression suite: every file under `tests/fixtures/fuzz/<target>/` (the
//! seeds each fuzzer starts from, and every input a fuzzer found that once crashed or hung) is
//! run through `coform::core::fuzz::run`, as the fuzzer would. None may panic, and what each
//! target made of each file (read or refused) is fixed in `tests/fixtures/fuzz/outcomes.txt`
//! (`COFORM_BLESS=1` rewrites it; review the diff). Fuzzing itself: `make fuzz`.

mod common;

use coform::core::fuzz::{Outcome, TARGETS, run};

/// The seed folders of each target, from `tests/fixtures/fuzz/seeds.txt`.
fn seed_folders() -> Vec<(String, Vec<String>)> {
    common::read(&common::fixtures().join("fuzz/seeds.txt"))
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once(':'))
        .map(|(target, folders)| {
            let folders = folders.split_whitespace().map(str::to_owned).collect();
            (target.trim().to_owned(), folders)
        })
        .collect()
}

#[test]
fn every_target_has_seeds() {
    let targets: Vec<String> = seed_folders()
        .into_iter()
        .map(|(target, _)| target)
        .collect();
    assert_eq!(targets, TARGETS.map(str::to_owned).to_vec());
}

#[test]
fn every_fuzz_regression_and_seed_runs_to_its_recorded_outcome() {
    let mut report = String::new();
    for (target, folders) in seed_folders() {
        let mut files = Vec::new();
        for folder in folders {
            let Ok(entries) = std::fs::read_dir(common::fixtures().join(&folder)) else {
                continue;
            };
            for entry in entries {
                let path = entry.expect("directory entry").path();
                if path.is_file() {
                    files.push((
                        format!(
                            "{folder}/{}",
                            path.file_name().unwrap_or_default().to_string_lossy()
                        ),
                        path,
                    ));
                }
            }
        }
        files.sort();
        assert!(!files.is_empty(), "no seeds for the {target} fuzzer");
        for (name, path) in files {
            let bytes = std::fs::read(&path).expect("read fuzz input");
            let outcome = run(&target, &bytes).expect("a known target");
            let word = match outcome {
                Outcome::Read => "read",
                Outcome::Refused => "refused",
            };
            report.push_str(&format!("{target} {name}: {word}\n"));
        }
    }
    common::check(&common::fixtures().join("fuzz/outcomes.txt"), &report);
}

#[test]
fn an_unknown_target_is_none() {
    assert_eq!(run("no-such-importer", b"{}"), None);
}
