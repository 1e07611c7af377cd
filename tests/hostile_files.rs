//! Hostile text in files: the survey `journeys/hostile.spec.ts` builds from
//! `tests/fixtures/hostile/payloads.json` (every payload as a title, a question, a hint and an
//! option, and the Fluent payloads as notes), written by the core to every format the builder
//! opens: FHIR, XLSForm, REDCap, SurveyJS, a review package, a review file full of hostile
//! comments, suggestions, replies and names, and a translators' `.ftl` file whose Spanish is
//! the payloads in another order. The files are blessed under `tests/fixtures/hostile/`
//! (`COFORM_BLESS=1 cargo test --test hostile_files` rewrites them; review the diff), the
//! journeys open them through the builder's own file inputs, and here every one is read back
//! by the core with each payload as exactly its text, in every place its format carries.

mod common;

use std::path::{Path, PathBuf};

use coform::core::interop::{self, Format, Loss, LossKind, text};
use coform::core::model::{ItemKind, LocalizedText, Role, Survey};
use coform::core::review::{self, Outcome, OutcomeKind, Reply, Stamp, Suggestion, Thread};
use coform::core::{definition, edit, ftl};
use serde_json::{Value, json};

struct Payloads {
    text: Vec<String>,
    /// Fluent sources, with the text each shows.
    fluent: Vec<(String, String)>,
}

fn payloads() -> Payloads {
    let file: Value = serde_json::from_str(&common::read(&hostile("payloads.json")))
        .expect("payloads.json is JSON");
    let strings = |value: &Value| value.as_str().expect("a string").to_owned();
    Payloads {
        text: file["text"]
            .as_array()
            .expect("text")
            .iter()
            .map(strings)
            .collect(),
        fluent: file["fluent"]
            .as_array()
            .expect("fluent")
            .iter()
            .map(|payload| (strings(&payload["source"]), strings(&payload["shows"])))
            .collect(),
    }
}

fn hostile(name: &str) -> PathBuf {
    common::fixtures().join("hostile").join(name)
}

/// A typed text as a Fluent pattern that shows it as it stands (`asFluent` in `hostile.ts`).
fn as_fluent(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '{' | '}' => format!("{{\"{c}\"}}"),
            _ => c.to_string(),
        })
        .collect()
}

/// The survey of `hostileSurvey()` in `tests/e2e/hostile.ts`, field for field.
fn hostile_survey(payloads: &Payloads) -> Survey {
    let both = |pattern: &str| json!({ "en": pattern, "es": pattern });
    let mut items: Vec<Value> = payloads
        .text
        .iter()
        .enumerate()
        .map(|(index, text)| {
            json!({
                "id": format!("p{index}"),
                "type": "shortText",
                "text": both(&as_fluent(text)),
                "hint": both(&as_fluent(text)),
            })
        })
        .collect();
    items.push(json!({ "id": "options", "type": "singleChoice", "text": both("Options"), "choices": "hostile" }));
    items.extend(payloads.fluent.iter().enumerate().map(|(index, (source, _))| {
        json!({ "id": format!("f{index}"), "type": "note", "text": both(source) })
    }));
    let survey = json!({
        "format": "coform.survey",
        "formatVersion": 4,
        "metadata": { "id": "hostile", "title": both(&as_fluent(&payloads.text[0])), "version": "1.0.0", "status": "draft" },
        "sourceLanguage": "en",
        "languages": [
            { "tag": "en", "direction": "ltr" },
            { "tag": "es", "direction": "ltr", "fallback": ["en"] },
        ],
        "choiceLists": [{
            "id": "hostile",
            "options": payloads.text.iter().enumerate()
                .map(|(index, text)| json!({ "code": format!("o{index}"), "label": both(&as_fluent(text)) }))
                .collect::<Vec<_>>(),
        }],
        "pages": [{ "id": "page", "title": both(&as_fluent(&payloads.text[1])), "items": items }],
    });
    definition::import(&survey.to_string()).expect("the hostile survey imports")
}

/// What a string shows in a language: its pattern as text, string literals unescaped.
fn shown(text: &LocalizedText, language: &str) -> Option<String> {
    text.get(language)
        .map(|pattern| text::plain(pattern, None).text)
}

/// Compares bytes with the blessed file, or writes them there when blessing.
fn check_bytes(path: &Path, actual: &[u8]) {
    if std::env::var_os("COFORM_BLESS").is_some() {
        std::fs::write(path, actual).expect("write expected output");
        return;
    }
    let expected = std::fs::read(path).unwrap_or_else(|_| {
        panic!(
            "missing {}: run with COFORM_BLESS=1 to create it, then review it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs (COFORM_BLESS=1 rewrites it; review the diff)",
        path.display()
    );
}

/// Checks every place of the hostile survey that `kept` says a file carries (a JSON path of
/// the definition, such as `pages[0].items[3].hint.es`) in a survey read back from it: the
/// title, the page title, each question's text and hint, each option and each Fluent note,
/// each showing exactly the payload. Returns how many places it checked.
fn expect_every_payload(
    survey: &Survey,
    payloads: &Payloads,
    kept: &dyn Fn(&str) -> bool,
    label: &str,
) -> usize {
    let mut checked = 0;
    let mut expect = |path: String, found: Option<String>, wanted: &str| {
        if kept(&path) {
            assert_eq!(found.as_deref(), Some(wanted), "{label}: {path}");
            checked += 1;
        }
    };
    for language in ["en", "es"] {
        expect(
            format!("metadata.title.{language}"),
            shown(&survey.metadata.title, language),
            &payloads.text[0],
        );
        assert_eq!(survey.pages.len(), 1, "{label}: one page");
        expect(
            format!("pages[0].title.{language}"),
            shown(&survey.pages[0].title, language),
            &payloads.text[1],
        );
        for (index, payload) in payloads.text.iter().enumerate() {
            let item = survey
                .item(&format!("p{index}"))
                .unwrap_or_else(|| panic!("{label}: no item p{index}"));
            assert_eq!(item.kind, ItemKind::ShortText, "{label}: p{index}");
            let at = format!("pages[0].items[{index}]");
            expect(
                format!("{at}.text.{language}"),
                shown(&item.text, language),
                payload,
            );
            expect(
                format!("{at}.hint.{language}"),
                shown(&item.hint, language),
                payload,
            );
        }
        let options = survey.item("options").expect("the options item");
        let list = survey
            .choice_list(options.choices.as_deref().expect("a choice list"))
            .expect("its list");
        assert_eq!(list.options.len(), payloads.text.len(), "{label}: options");
        for (index, (option, payload)) in list.options.iter().zip(&payloads.text).enumerate() {
            expect(
                format!("choiceLists[0].options[{index}].label.{language}"),
                shown(&option.label, language),
                payload,
            );
        }
        for (index, (_, shows)) in payloads.fluent.iter().enumerate() {
            let note = survey
                .item(&format!("f{index}"))
                .unwrap_or_else(|| panic!("{label}: no note f{index}"));
            assert_eq!(note.kind, ItemKind::Note, "{label}: f{index}");
            let at = payloads.text.len() + 1 + index;
            expect(
                format!("pages[0].items[{at}].text.{language}"),
                shown(&note.text, language),
                shows,
            );
        }
    }
    checked
}

/// How many places [`expect_every_payload`] looks at in each language.
fn places(payloads: &Payloads) -> usize {
    2 + payloads.text.len() * 3 + payloads.fluent.len()
}

/// Whether a loss names a place: the place itself, something that holds it, or its language.
fn names(loss: &Loss, path: &str) -> bool {
    if let LossKind::Language { language } = &loss.kind {
        return path.ends_with(&format!(".{language}"));
    }
    path.strip_prefix(loss.path.as_str())
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

#[test]
fn the_hostile_survey_is_its_blessed_file() {
    let payloads = payloads();
    let survey = hostile_survey(&payloads);
    let path = hostile("hostile.coform.json");
    common::check(&path, &definition::export(&survey));
    let read = definition::import(&common::read(&path)).expect("the blessed survey imports");
    assert_eq!(read, survey);
    let checked = expect_every_payload(&read, &payloads, &|_| true, "coform");
    assert_eq!(checked, 2 * places(&payloads));
}

/// The other formats, with the names of their blessed files.
const FORMATS: [(Format, &str); 4] = [
    (Format::Fhir, "hostile.fhir.json"),
    (Format::XlsForm, "hostile.xlsx"),
    (Format::Redcap, "hostile.redcap.csv"),
    (Format::SurveyJs, "hostile.surveyjs.json"),
];

#[test]
fn every_format_is_its_blessed_file_and_reads_back_every_payload_as_written() {
    let payloads = payloads();
    let survey = hostile_survey(&payloads);
    for (format, name) in FORMATS {
        let exported = interop::write(&survey, format);
        assert_eq!(
            exported,
            interop::write(&survey, format),
            "{name}: the export is deterministic"
        );
        let path = hostile(name);
        check_bytes(&path, &exported.bytes);
        let stem = name.split('.').take(2).collect::<Vec<_>>().join(".");
        let losses = serde_json::to_string_pretty(&exported.losses).expect("JSON") + "\n";
        common::check(&hostile(&format!("{stem}.losses.json")), &losses);

        let bytes = std::fs::read(&path).expect("the blessed file");
        let (read_as, imported) =
            interop::read(&bytes).unwrap_or_else(|error| panic!("{name}: {error:?}"));
        assert_eq!(read_as, format, "{name} is recognised by its content");
        // Everything the export does not list as lost comes back exactly as written.
        let kept = |path: &str| !exported.losses.iter().any(|loss| names(loss, path));
        let checked = expect_every_payload(&imported.survey, &payloads, &kept, name);
        // Titles may be lost, never the questions, hints, options or notes of the source.
        assert!(
            checked >= places(&payloads) - 2,
            "{name}: the source language's every question, hint, option and note, found {checked}"
        );
    }
}

/// Formats whose readers show text as markup keep none of the payloads' markup in the file.
#[test]
fn surveyjs_html_and_redcap_labels_carry_no_markup() {
    let payloads = payloads();
    let survey = hostile_survey(&payloads);
    let surveyjs: Value =
        serde_json::from_slice(&interop::write(&survey, Format::SurveyJs).bytes).expect("JSON");
    let mut html = Vec::new();
    collect_html(&surveyjs, &mut html);
    assert_eq!(
        html.len(),
        payloads.fluent.len() * 2,
        "each note, in each language"
    );
    for value in &html {
        assert!(
            !value.contains('<') && !value.contains('>'),
            "SurveyJS html with markup: {value}"
        );
    }
    let redcap = String::from_utf8(interop::write(&survey, Format::Redcap).bytes).expect("UTF-8");
    assert!(
        !redcap.contains('<') && !redcap.contains('>'),
        "REDCap reads labels as HTML: no raw markup"
    );
}

fn collect_html(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("html") {
                match &map["html"] {
                    Value::String(text) => out.push(text.clone()),
                    Value::Object(languages) => out.extend(
                        languages
                            .values()
                            .filter_map(Value::as_str)
                            .map(str::to_owned),
                    ),
                    other => panic!("html of an unexpected shape: {other}"),
                }
            }
            map.values().for_each(|child| collect_html(child, out));
        }
        Value::Array(values) => values.iter().for_each(|child| collect_html(child, out)),
        _ => {}
    }
}

fn stamp(name: &str, role: Role, minute: usize) -> Stamp {
    Stamp {
        name: name.to_owned(),
        role,
        at: format!("2026-01-15T{:02}:{:02}:00Z", 10 + minute / 60, minute % 60),
    }
}

/// Threads in Spanish on every payload question (`t<i>`, the payload its opener's name and
/// comment; every odd one a suggestion of the next payload, every third a reply, every fifth
/// rejected or resolved, with the reasons hostile too) and on every Fluent note (`tf<j>`, the
/// Fluent source as a comment).
fn hostile_threads(survey: &Survey, payloads: &Payloads) -> Vec<Thread> {
    let text = &payloads.text;
    let n = text.len();
    let mut threads: Vec<Thread> = text
        .iter()
        .enumerate()
        .map(|(i, payload)| {
            let message = format!("item--p{i}");
            let found = review::find_message(survey, &message).expect("a message per item");
            Thread {
                id: format!("t{i}"),
                message,
                language: "es".to_owned(),
                opened: stamp(payload, Role::PatientAdvisor, i),
                comment: payload.clone(),
                suggestion: (i % 2 == 1).then(|| Suggestion {
                    base: review::current_text(survey, &found, "es"),
                    text: as_fluent(&text[(i + 1) % n]),
                }),
                replies: if i % 3 == 0 {
                    vec![Reply {
                        id: format!("r{i}"),
                        by: stamp(&text[(i + 2) % n], Role::Staff, i + 1),
                        text: text[(i + 3) % n].clone(),
                    }]
                } else {
                    Vec::new()
                },
                outcome: (i % 5 == 4).then(|| Outcome {
                    kind: if i % 2 == 1 {
                        OutcomeKind::Rejected
                    } else {
                        OutcomeKind::Resolved
                    },
                    by: stamp(&text[(i + 4) % n], Role::Staff, i + 2),
                    reason: if i % 2 == 1 {
                        text[(i + 4) % n].clone()
                    } else {
                        String::new()
                    },
                }),
            }
        })
        .collect();
    threads.extend(
        payloads
            .fluent
            .iter()
            .enumerate()
            .map(|(j, (source, _))| Thread {
                id: format!("tf{j}"),
                message: format!("item--f{j}"),
                language: "es".to_owned(),
                opened: stamp(source, Role::Translator, j),
                comment: source.clone(),
                suggestion: None,
                replies: Vec::new(),
                outcome: None,
            }),
    );
    threads
}

#[test]
fn a_review_package_and_a_hostile_review_file_are_blessed_and_read_back_as_written() {
    let payloads = payloads();
    let survey = hostile_survey(&payloads);
    let staff = stamp(&payloads.text[2], Role::Staff, 0);

    let package = review::package(&survey, staff);
    let package_path = hostile("hostile.review-package.json");
    common::check(&package_path, &review::export_file(&package));
    let read = review::import_file(&common::read(&package_path)).expect("the package reads");
    assert_eq!(read, package);
    let mut copy = review::open_package(&read).expect("a reviewer's copy");
    assert!(copy.review.reviewing.is_some());
    let checked = expect_every_payload(&copy, &payloads, &|_| true, "package");
    assert_eq!(checked, 2 * places(&payloads));

    copy.review.threads = hostile_threads(&survey, &payloads);
    let file = review::review_file(&copy, stamp(&payloads.text[3], Role::PatientAdvisor, 0));
    assert_eq!(file.content_hash, package.content_hash);
    let file_path = hostile("hostile.review.json");
    common::check(&file_path, &review::export_file(&file));
    let read = review::import_file(&common::read(&file_path)).expect("the review file reads");
    assert_eq!(read, file);

    // Merged into the survey the journeys open: every thread, exactly as written.
    let (merge, report) = review::import_reviews(&survey, &[read]).expect("the same survey");
    let expected_threads = payloads.text.len() + payloads.fluent.len();
    assert_eq!(report.threads, expected_threads);
    assert_eq!(report.conflicts, 0);
    let mut merged = survey.clone();
    edit::apply(&mut merged, merge).expect("the merge applies");
    let threads = &merged.review.threads;
    assert_eq!(threads.len(), expected_threads);
    for (i, payload) in payloads.text.iter().enumerate() {
        let thread = merged.review.thread(&format!("t{i}")).expect("each thread");
        assert_eq!(&thread.comment, payload);
        assert_eq!(&thread.opened.name, payload);
        assert!(
            !review::conflicts(&merged, thread),
            "t{i} does not conflict"
        );
    }
    for (j, (source, _)) in payloads.fluent.iter().enumerate() {
        assert_eq!(
            &merged
                .review
                .thread(&format!("tf{j}"))
                .expect("each")
                .comment,
            source
        );
    }
    // A second import adds nothing.
    let (_, again) = review::import_reviews(&merged, &[file]).expect("the same survey");
    assert!(again.is_empty());
}

/// The hostile survey with its Spanish texts, hints, options and notes moved one payload on.
fn rotated_spanish(survey: &Survey, payloads: &Payloads) -> Survey {
    let text = &payloads.text;
    let n = text.len();
    let mut json: Value = serde_json::from_str(&definition::export(survey)).expect("JSON");
    let items = json["pages"][0]["items"].as_array_mut().expect("items");
    for item in items.iter_mut() {
        let id = item["id"].as_str().expect("id").to_owned();
        if let Some(index) = id.strip_prefix('p').and_then(|i| i.parse::<usize>().ok()) {
            item["text"]["es"] = json!(as_fluent(&text[(index + 1) % n]));
            item["hint"]["es"] = json!(as_fluent(&text[(index + 2) % n]));
        } else if let Some(index) = id.strip_prefix('f').and_then(|i| i.parse::<usize>().ok()) {
            item["text"]["es"] = json!(payloads.fluent[(index + 1) % payloads.fluent.len()].0);
        }
    }
    for (index, option) in json["choiceLists"][0]["options"]
        .as_array_mut()
        .expect("options")
        .iter_mut()
        .enumerate()
    {
        option["label"]["es"] = json!(as_fluent(&text[(index + 3) % n]));
    }
    definition::import(&json.to_string()).expect("the rotated survey imports")
}

#[test]
fn a_hostile_translators_file_is_blessed_and_imports_every_payload_as_written() {
    let payloads = payloads();
    let survey = hostile_survey(&payloads);
    let rotated = rotated_spanish(&survey, &payloads);
    let path = hostile("hostile.es.ftl");
    common::check(&path, &ftl::export_language(&rotated, "es"));

    let imported = ftl::import_language(&survey, "es", &common::read(&path))
        .unwrap_or_else(|error| panic!("hostile.es.ftl: {error:?}"));
    assert!(imported.unknown.is_empty(), "{:?}", imported.unknown);
    let (n, m) = (payloads.text.len(), payloads.fluent.len());
    // Every text and hint, every option, and every note: all moved.
    assert_eq!(imported.changed.len(), n * 3 + m);
    let mut updated = survey.clone();
    edit::apply(&mut updated, edit::Edit::Batch(imported.edits)).expect("the import applies");
    for (index, payload) in payloads.text.iter().enumerate() {
        let item = updated.item(&format!("p{index}")).expect("each item");
        assert_eq!(
            shown(&item.text, "es").as_deref(),
            Some(payloads.text[(index + 1) % n].as_str())
        );
        assert_eq!(
            shown(&item.hint, "es").as_deref(),
            Some(payloads.text[(index + 2) % n].as_str())
        );
        assert_eq!(shown(&item.text, "en").as_deref(), Some(payload.as_str()));
    }
    let options = &updated.choice_lists[0].options;
    for (index, option) in options.iter().enumerate() {
        assert_eq!(
            shown(&option.label, "es").as_deref(),
            Some(payloads.text[(index + 3) % n].as_str())
        );
    }
    for index in 0..m {
        let note = updated.item(&format!("f{index}")).expect("each note");
        assert_eq!(
            note.text.get("es"),
            Some(payloads.fluent[(index + 1) % m].0.as_str())
        );
    }
}
