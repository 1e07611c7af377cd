//! Translation workflow in the core: states and staleness, completeness, guided plural and
//! audience variants resolved through Fluent, variables a translation adds or drops, the
//! publish gate, and translators' `.ftl` files and archives in and out.

mod common;

use std::collections::BTreeMap;

use coform::core::answer::{Answer, Answers};
use coform::core::definition::{export, import};
use coform::core::edit::{Edit, apply};
use coform::core::fluent::{Context, Resolver};
use coform::core::ftl::{self, FtlError};
use coform::core::issue::IssueKind;
use coform::core::model::{Role, Status, Survey, TranslationStatus};
use coform::core::translation::{
    self, Blocker, Standing, completeness, messages, plural_categories, publish, state, text,
};
use coform::core::validate::validate;
use coform::core::variants;

fn sample(name: &str) -> Survey {
    let path = common::fixtures().join(format!("samples/{name}.coform.json"));
    import(&common::read(&path)).expect("sample imports")
}

/// The survey with one language's translation of message `id` set.
fn translate(
    survey: &mut Survey,
    id: &str,
    language: &str,
    pattern: &str,
    status: TranslationStatus,
) {
    let message = messages(survey)
        .into_iter()
        .find(|message| message.id == id)
        .unwrap_or_else(|| panic!("no message {id}"));
    let current = text(survey, &message.key).expect("text").clone();
    let new = translation::translated(
        survey,
        &current,
        language,
        pattern,
        status,
        &coform::core::model::Author {
            source_language: survey.source_language.clone(),
            role: Role::Translator,
            name: Some("Tran".to_owned()),
        },
    );
    apply(
        survey,
        Edit::ReplaceText {
            key: message.key,
            text: new,
        },
    )
    .expect("applies");
}

/// Staff typing in a survey whose source language is English.
fn staff() -> coform::core::model::Author {
    coform::core::model::Author {
        source_language: "en".to_owned(),
        role: Role::Staff,
        name: None,
    }
}

fn standing_of(survey: &Survey, id: &str, language: &str) -> (Standing, bool) {
    let message = messages(survey)
        .into_iter()
        .find(|m| m.id == id)
        .expect("message");
    let state = state(survey, text(survey, &message.key).expect("text"), language);
    (state.standing, state.stale)
}

#[test]
fn plural_categories_come_from_cldr() {
    assert_eq!(
        plural_categories("ar"),
        ["zero", "one", "two", "few", "many", "other"]
    );
    assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
    assert_eq!(plural_categories("en"), ["one", "other"]);
    assert_eq!(plural_categories("zh-Hans"), ["other"]);
}

#[test]
fn arabic_plural_variants_resolve_for_each_count() {
    let mut survey = sample("minimal");
    survey.languages.retain(|language| language.tag != "es");
    let mut item =
        coform::core::model::Item::new("children", coform::core::model::ItemKind::Integer);
    item.text =
        coform::core::model::LocalizedText::from_pairs([("en", "Children"), ("ar", "الأطفال")]);
    let mut note = coform::core::model::Item::new("summary", coform::core::model::ItemKind::Note);
    let mut form = variants::plural("{ $children }", "children", "ar");
    let words = [
        "لا أطفال",
        "طفل واحد",
        "طفلان",
        "أطفال قليلون",
        "أطفال كثيرون",
        "أطفال",
    ];
    for (variant, word) in form.variants.iter_mut().zip(words) {
        variant.pattern = word.to_owned();
    }
    note.text = coform::core::model::LocalizedText::from_pairs([
        ("en", "{ $children } children"),
        ("ar", variants::write(&form).as_str()),
    ]);
    survey.pages[0].items.extend([item, note]);
    let note = survey.item("summary").expect("note").clone();
    for (count, expected) in [(0, 0), (1, 1), (2, 2), (3, 3), (11, 4), (100, 5)] {
        let mut answers = Answers::new();
        answers.insert("children".to_owned(), Answer::Number(f64::from(count)));
        let context = Context {
            audience: BTreeMap::new(),
            answers,
        };
        let resolved = Resolver::new(&survey, "ar", &context)
            .resolve(&note.text)
            .expect("resolves");
        assert_eq!(resolved.text, words[expected], "count {count}");
        assert_eq!(resolved.language, "ar");
    }
    assert_eq!(variants::read(&variants::write(&form)), Some(form));
}

#[test]
fn audience_variants_switch_the_wording() {
    let mut survey = sample("minimal");
    let variable = survey.audience[0].clone();
    let mut form = variants::audience("¿Cuál es su nombre?", &variable);
    assert!(
        form.variants
            .iter()
            .any(|v| v.default && v.key == variable.default)
    );
    for variant in &mut form.variants {
        variant.pattern = format!("nombre ({})", variant.key);
    }
    translate(
        &mut survey,
        "survey--title",
        "es",
        &variants::write(&form),
        TranslationStatus::Draft,
    );
    for value in &variable.values {
        let context = Context {
            audience: BTreeMap::from([(variable.id.clone(), value.value.clone())]),
            answers: Answers::new(),
        };
        let resolved = Resolver::new(&survey, "es", &context)
            .resolve(&survey.metadata.title)
            .expect("resolves");
        assert_eq!(resolved.text, format!("nombre ({})", value.value));
    }
}

#[test]
fn editing_the_source_marks_its_translations_stale() {
    let mut survey = sample("community-health");
    let id = &messages(&survey)[0].id.clone();
    translate(
        &mut survey,
        id,
        "es",
        "Traducido",
        TranslationStatus::Approved,
    );
    assert_eq!(standing_of(&survey, id, "es"), (Standing::Approved, false));
    let before = completeness(&survey, "es");
    let key = messages(&survey)[0].key.clone();
    let mut changed = text(&survey, &key).expect("text").clone();
    changed.write(&staff(), "en", "A reworded source text");
    apply(
        &mut survey,
        Edit::ReplaceText {
            key: key.clone(),
            text: changed,
        },
    )
    .expect("applies");
    assert_eq!(standing_of(&survey, id, "es"), (Standing::Approved, true));
    let after = completeness(&survey, "es");
    assert_eq!(after.approved + 1, before.approved);
    assert_eq!(after.stale, before.stale + 1);
    // Translating it again against the new source clears the mark.
    translate(
        &mut survey,
        id,
        "es",
        "Traducido otra vez",
        TranslationStatus::Approved,
    );
    assert_eq!(standing_of(&survey, id, "es"), (Standing::Approved, false));
}

#[test]
fn states_round_trip_through_the_definition() {
    let mut survey = sample("clinic-experience");
    let id = messages(&survey)[1].id.clone();
    translate(&mut survey, &id, "ar", "نص", TranslationStatus::NeedsReview);
    let json = export(&survey);
    assert!(json.contains("\"status\": \"needsReview\""));
    assert_eq!(import(&json).expect("imports"), survey);
    assert_eq!(export(&import(&json).expect("imports")), json);
}

#[test]
fn a_translation_that_adds_or_drops_a_variable_is_flagged() {
    let mut survey = sample("community-health");
    let piped = messages(&survey)
        .into_iter()
        .find(|m| {
            text(&survey, &m.key)
                .and_then(|t| t.get("en"))
                .is_some_and(|p| {
                    !translation::variable_differences(&survey, p, "plain")
                        .1
                        .is_empty()
                })
        })
        .expect("a text piping an answer in the sample");
    let source = text(&survey, &piped.key)
        .unwrap()
        .get("en")
        .unwrap()
        .to_owned();
    let kinds = |survey: &Survey| -> Vec<IssueKind> {
        validate(survey)
            .into_iter()
            .map(|issue| issue.kind)
            .filter(|kind| {
                matches!(
                    kind,
                    IssueKind::TranslationAddsVariable { .. }
                        | IssueKind::TranslationDropsVariable { .. }
                )
            })
            .collect()
    };
    assert_eq!(kinds(&survey), []);
    translate(
        &mut survey,
        &piped.id,
        "es",
        "Sin variables",
        TranslationStatus::Draft,
    );
    let dropped = kinds(&survey);
    assert!(!dropped.is_empty());
    assert!(dropped.iter().all(|kind| matches!(kind, IssueKind::TranslationDropsVariable { name } if source.contains(&format!("${name}")))));
    translate(
        &mut survey,
        &piped.id,
        "es",
        &format!("{source} {{ $nowhere }}"),
        TranslationStatus::Draft,
    );
    assert!(
        kinds(&survey).contains(&IssueKind::TranslationAddsVariable {
            name: "nowhere".into()
        })
    );
}

#[test]
fn the_publish_gate_lists_every_unapproved_string_then_lets_it_through() {
    let mut survey = sample("minimal");
    survey.settings.require_approved = vec!["es".to_owned()];
    let blockers = translation::publish_blockers(&survey);
    let total = messages(&survey).len();
    assert_eq!(blockers.len(), total);
    assert!(
        blockers
            .iter()
            .all(|b| matches!(b, Blocker::NotApproved { language, .. } if language == "es"))
    );
    assert!(publish(&survey).is_err());
    for message in messages(&survey) {
        let current = text(&survey, &message.key).unwrap();
        let pattern = current.get("es").unwrap_or("traducción").to_owned();
        translate(
            &mut survey,
            &message.id,
            "es",
            &pattern,
            TranslationStatus::Approved,
        );
    }
    assert_eq!(completeness(&survey, "es").approved_percent(), 100);
    let published = publish(&survey).expect("publishes");
    assert_eq!(published.metadata.status, Status::Published);
    assert_eq!(
        published.metadata.content_hash,
        Some(coform::core::definition::content_hash(&published))
    );
    assert!(validate(&published).is_empty());
}

#[test]
fn export_then_import_with_two_edits_changes_exactly_those_two() {
    let survey = sample("community-health");
    let file = ftl::export_language(&survey, "es");
    common::check(
        &common::fixtures().join("translation/community-health.es.ftl"),
        &file,
    );
    let all = messages(&survey);
    let (first, second) = (&all[2], &all[5]);
    let edit = |file: &str, id: &str, new: &str| -> String {
        let mut out = Vec::new();
        let mut skipping = false;
        for line in file.lines() {
            if line.starts_with(&format!("{id} = ")) {
                out.push(format!("{id} = {new}"));
                skipping = true;
                continue;
            }
            if skipping && line.starts_with(' ') {
                continue;
            }
            skipping = false;
            out.push(line.to_owned());
        }
        out.join("\n") + "\n"
    };
    let edited = edit(
        &edit(&file, &first.id, "Primera cambiada"),
        &second.id,
        "Segunda cambiada",
    );
    let imported = ftl::import_language(&survey, "es", &edited).expect("imports");
    assert_eq!(
        imported.changed,
        [
            ("es".to_owned(), first.id.clone()),
            ("es".to_owned(), second.id.clone())
        ]
    );
    assert!(imported.unknown.is_empty());
    let mut after = survey.clone();
    apply(&mut after, Edit::Batch(imported.edits)).expect("applies");
    for message in &all {
        let (old, new) = (
            text(&survey, &message.key).unwrap(),
            text(&after, &message.key).unwrap(),
        );
        if message.id == first.id || message.id == second.id {
            assert_eq!(
                new.get("es"),
                Some(if message.id == first.id {
                    "Primera cambiada"
                } else {
                    "Segunda cambiada"
                })
            );
            assert_eq!(
                new.translation("es").map(|t| t.status),
                Some(TranslationStatus::NeedsReview)
            );
            assert_eq!(
                new.translation("es").and_then(|t| t.by),
                Some(Role::Translator)
            );
            assert_eq!(new.get("en"), old.get("en"));
            assert_eq!(new.get("ar"), old.get("ar"));
        } else {
            assert_eq!(new, old, "{} changed", message.id);
        }
    }
    // Importing the unchanged export changes nothing.
    assert!(
        ftl::import_language(&survey, "es", &file)
            .expect("imports")
            .edits
            .is_empty()
    );
}

#[test]
fn unknown_ids_are_reported_with_their_line() {
    let survey = sample("minimal");
    let file = ftl::export_language(&survey, "ar") + "\nitem--gone = نص\n";
    let imported = ftl::import_language(&survey, "ar", &file).expect("imports");
    assert!(imported.edits.is_empty());
    assert_eq!(imported.unknown.len(), 1);
    assert_eq!(imported.unknown[0].id, "item--gone");
    assert_eq!(imported.unknown[0].line, file.lines().count());
}

#[test]
fn a_broken_file_is_rejected_with_line_and_column_and_nothing_changes() {
    let survey = sample("minimal");
    let broken = common::read(&common::fixtures().join("translation/broken.es.ftl"));
    let error = ftl::import_language(&survey, "es", &broken).unwrap_err();
    // The select on line 5 has no default variant; the parser stops at its closing brace.
    assert!(
        matches!(
            error,
            FtlError::Syntax {
                line: 7,
                column: 1,
                ..
            }
        ),
        "{error:?}"
    );
    let archive_error = {
        let mut writer = Vec::new();
        {
            use std::io::Write;
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut writer));
            zip.start_file(
                "es.ftl",
                zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Stored),
            )
            .unwrap();
            zip.write_all(broken.as_bytes()).unwrap();
            zip.finish().unwrap();
        }
        ftl::import_archive(&survey, &writer).unwrap_err()
    };
    assert!(
        matches!(&archive_error, FtlError::InFile { file, error } if file == "es.ftl" && matches!(**error, FtlError::Syntax { line: 7, .. }))
    );
    let wrong = ftl::export_language(&survey, "ar");
    assert_eq!(
        ftl::import_language(&survey, "es", &wrong).unwrap_err(),
        FtlError::WrongLanguage {
            found: "ar".into(),
            expected: "es".into()
        }
    );
}

#[test]
fn an_archive_carries_every_translated_language() {
    let survey = sample("clinic-experience");
    let archive = ftl::export_archive(&survey);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&archive)).expect("a zip");
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().to_owned())
        .collect();
    assert_eq!(names, ["es.ftl", "ar.ftl"]);
    let imported = ftl::import_archive(&survey, &archive).expect("imports");
    assert!(imported.edits.is_empty() && imported.unknown.is_empty());
}

#[test]
fn version_1_definitions_still_import() {
    let path = common::fixtures().join("translation/version-1.coform.json");
    let json = common::read(&path);
    assert!(json.contains("\"formatVersion\": 1"));
    let survey = import(&json).expect("version 1 reads");
    assert!(export(&survey).contains("\"formatVersion\": 4"));
}

#[test]
fn languages_are_added_by_valid_tag_with_their_direction_and_fallback() {
    use coform::core::language::{LanguageProblem, add_language, canonical_tag, parse_fallback};
    use coform::core::model::Direction;
    let survey = sample("minimal");
    assert_eq!(canonical_tag("es-pr").as_deref(), Some("es-PR"));
    assert_eq!(canonical_tag("zh-hans").as_deref(), Some("zh-Hans"));
    assert_eq!(canonical_tag("not a tag"), None);
    assert_eq!(
        add_language(&survey, "123").unwrap_err(),
        LanguageProblem::InvalidTag
    );
    assert_eq!(
        add_language(&survey, "ES").unwrap_err(),
        LanguageProblem::AlreadyOffered
    );
    let added = add_language(&survey, "es-pr").expect("adds");
    let new = added.language("es-PR").expect("offered");
    assert_eq!(
        (new.direction, new.fallback.clone()),
        (Direction::Ltr, vec!["es".to_owned()])
    );
    let persian = add_language(&survey, "fa").expect("adds");
    assert_eq!(
        persian.language("fa").map(|l| l.direction),
        Some(Direction::Rtl)
    );
    assert_eq!(
        parse_fallback(&added, "es-PR", "es, ar").unwrap(),
        ["es", "ar"]
    );
    assert!(matches!(
        parse_fallback(&added, "es-PR", "fr"),
        Err(LanguageProblem::BadFallback { .. })
    ));
    assert!(matches!(
        parse_fallback(&added, "es-PR", "es-PR"),
        Err(LanguageProblem::BadFallback { .. })
    ));
}

#[test]
fn removing_a_language_takes_its_texts_and_undo_brings_them_back() {
    use coform::core::language::remove_language;
    let mut survey = sample("community-health");
    survey.settings.require_approved = vec!["ar".to_owned()];
    let before = survey.clone();
    let inverse = apply(
        &mut survey,
        Edit::ReplaceSurvey(Box::new(remove_language(&before, "ar"))),
    )
    .expect("applies");
    assert!(survey.language("ar").is_none());
    assert!(survey.settings.require_approved.is_empty());
    assert!(!export(&survey).contains("\"ar\""));
    assert!(validate(&survey).is_empty(), "{:?}", validate(&survey));
    apply(&mut survey, inverse).expect("undoes");
    assert_eq!(survey, before);
    assert_eq!(
        remove_language(&before, "en"),
        before,
        "the source language stays"
    );
}

#[test]
fn completeness_of_all_languages_at_once_matches_each_alone() {
    let mut survey = sample("community-health");
    let ids: Vec<String> = messages(&survey)
        .iter()
        .take(6)
        .map(|m| m.id.clone())
        .collect();
    translate(
        &mut survey,
        &ids[0],
        "es",
        "uno",
        TranslationStatus::Approved,
    );
    translate(
        &mut survey,
        &ids[1],
        "es",
        "dos",
        TranslationStatus::NeedsReview,
    );
    translate(
        &mut survey,
        &ids[2],
        "ar",
        "ثلاثة",
        TranslationStatus::Approved,
    );
    let key = messages(&survey)[2].key.clone();
    let mut changed = text(&survey, &key).unwrap().clone();
    changed.write(&staff(), "en", "A new source");
    apply(&mut survey, Edit::ReplaceText { key, text: changed }).unwrap();
    let all = translation::completeness_all(&survey);
    assert_eq!(all.len(), 2);
    for (tag, counts) in all {
        assert_eq!(counts, completeness(&survey, &tag), "{tag}");
    }
    assert_eq!(completeness(&survey, "ar").stale, 1);
}
