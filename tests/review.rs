//! Co-design in the core: review packages and files, merging several reviews (with a
//! conflicting suggestion and a double import), accepting through the edit path with undo,
//! sign-off cleared by a later change, and versions: the proposed bump, freezing, compare.

mod common;

use coform::core::definition::{content_hash, export, import};
use coform::core::edit::{Edit, History, apply};
use coform::core::model::{Author, Role, Status, Survey};
use coform::core::review::{
    self, MergeReport, OutcomeKind, Person, ReviewError, ReviewFile, SignOffState, Stamp,
};
use coform::core::translation::{Blocker, messages, text};
use coform::core::versions::{self, Bump, PublishError, WordKind};

fn sample() -> Survey {
    let path = common::fixtures().join("samples/community-health.coform.json");
    import(&common::read(&path)).expect("sample imports")
}

fn review_fixture(name: &str) -> ReviewFile {
    let path = common::fixtures().join(format!("review/{name}.review.json"));
    review::import_file(&common::read(&path)).expect("review file reads")
}

fn staff(at: &str) -> Stamp {
    Stamp::new(
        &Person {
            name: "Maya".into(),
            role: Role::Staff,
        },
        at,
    )
}

fn advisor(at: &str) -> Stamp {
    Stamp::new(
        &Person {
            name: "Ana".into(),
            role: Role::PatientAdvisor,
        },
        at,
    )
}

/// Applies an edit, panicking when it does not apply.
fn run(survey: &mut Survey, edit: Edit) -> Edit {
    apply(survey, edit).expect("edit applies")
}

/// Applies the edit made from the survey as it is.
fn act(survey: &mut Survey, make: impl FnOnce(&Survey) -> Edit) {
    let edit = make(survey);
    run(survey, edit);
}

fn import_all(survey: &mut Survey, names: &[&str]) -> MergeReport {
    let files: Vec<ReviewFile> = names.iter().map(|name| review_fixture(name)).collect();
    let (edit, report) = review::import_reviews(survey, &files).expect("reviews import");
    run(survey, edit);
    report
}

fn spanish(survey: &Survey, id: &str) -> String {
    let message = review::find_message(survey, id).expect("message");
    review::current_text(survey, &message, "es")
}

#[test]
fn two_reviews_merge_and_a_suggestion_on_changed_text_conflicts() {
    let mut survey = sample();
    let report = import_all(&mut survey, &["ana"]);
    assert_eq!(
        report,
        MergeReport {
            threads: 2,
            ..MergeReport::default()
        }
    );
    act(&mut survey, |s| {
        review::accept(s, "ana-1", staff("2026-11-22T08:00:00Z")).expect("accepts")
    });
    let accepted = spanish(&survey, "item--zip_code--hint");
    assert!(accepted.starts_with("Con esto sabemos"), "{accepted}");

    // Luis wrote against the text Ana's suggestion replaced: his suggestion conflicts, his
    // reply joins Ana's thread.
    let report = import_all(&mut survey, &["luis"]);
    assert_eq!(
        report,
        MergeReport {
            threads: 1,
            replies: 1,
            conflicts: 1,
            ..MergeReport::default()
        }
    );
    let luis = survey
        .review
        .thread("luis-1")
        .expect("luis's thread")
        .clone();
    assert!(review::conflicts(&survey, &luis));
    assert_eq!(
        review::accept(&survey, "luis-1", staff("2026-11-22T08:05:00Z")),
        Err(ReviewError::Conflict)
    );
    assert_eq!(spanish(&survey, "item--zip_code--hint"), accepted);
    assert_eq!(
        survey.review.thread("ana-2").expect("thread").replies.len(),
        1
    );
}

#[test]
fn both_reviews_at_once_then_the_second_suggestion_conflicts_once_the_first_is_accepted() {
    let mut survey = sample();
    let report = import_all(&mut survey, &["ana", "luis"]);
    assert_eq!(
        (report.threads, report.replies, report.conflicts),
        (3, 1, 0)
    );
    act(&mut survey, |s| {
        review::accept(s, "luis-1", staff("2026-11-22T08:00:00Z")).expect("accepts")
    });
    let ana = survey.review.thread("ana-1").expect("thread").clone();
    assert!(review::conflicts(&survey, &ana));
}

#[test]
fn importing_the_same_review_twice_adds_nothing() {
    let mut survey = sample();
    import_all(&mut survey, &["ana", "luis"]);
    let once = export(&survey);
    let report = import_all(&mut survey, &["luis", "ana"]);
    assert!(report.is_empty(), "{report:?}");
    assert_eq!(export(&survey), once);
}

#[test]
fn a_review_of_another_survey_or_a_broken_file_is_refused_with_its_place() {
    let survey = sample();
    let other = review_fixture("other-survey");
    assert!(matches!(
        review::import_reviews(&survey, &[review_fixture("ana"), other]),
        Err(ReviewError::OtherSurvey { .. })
    ));
    let broken = common::read(&common::fixtures().join("review/broken.review.json"));
    match review::import_file(&broken) {
        Err(ReviewError::Invalid { path, line, .. }) => {
            assert_eq!(path, "review.threads[0].opened.role");
            assert_eq!(line, 10);
        }
        other => panic!("expected an invalid-field error, got {other:?}"),
    }
    assert_eq!(
        review::import_file("{\"format\": \"coform.survey\"}"),
        Err(ReviewError::NotAReview)
    );
}

#[test]
fn accepting_goes_through_the_edit_path_and_undo_restores_text_and_thread() {
    let mut survey = sample();
    import_all(&mut survey, &["ana"]);
    let before = export(&survey);
    let mut history = History::default();
    let edit = review::accept(&survey, "ana-1", staff("2026-11-22T08:00:00Z")).expect("accepts");
    history.apply(&mut survey, edit, 0.0).expect("applies");
    let thread = survey.review.thread("ana-1").expect("thread");
    assert_eq!(
        thread.outcome.as_ref().map(|o| o.kind),
        Some(OutcomeKind::Accepted)
    );
    // The accepted Spanish wording is a draft by staff, like any typed translation.
    let message = review::find_message(&survey, "item--zip_code--hint").expect("message");
    let state = text(&survey, &message.key)
        .and_then(|t| t.translation("es"))
        .expect("state");
    assert_eq!(state.by, Some(Role::Staff));
    assert_eq!(state.name.as_deref(), Some("Maya"));
    assert!(history.undo(&mut survey));
    assert_eq!(export(&survey), before);
}

#[test]
fn rejecting_needs_a_reason_and_closed_threads_stay_closed() {
    let mut survey = sample();
    import_all(&mut survey, &["ana"]);
    assert_eq!(
        review::reject(&survey, "ana-1", staff("t"), "  "),
        Err(ReviewError::ReasonMissing)
    );
    act(&mut survey, |s| {
        review::reject(s, "ana-1", staff("t"), "Too long for a phone").expect("rejects")
    });
    assert_eq!(
        review::accept(&survey, "ana-1", staff("t")),
        Err(ReviewError::Closed)
    );
    assert_eq!(
        review::accept(&survey, "ana-2", staff("t")),
        Err(ReviewError::NotASuggestion)
    );
    act(&mut survey, |s| {
        review::resolve(s, "ana-2", staff("t")).expect("resolves")
    });
    assert!(review::open_counts(&survey).is_empty());
}

#[test]
fn open_threads_are_counted_on_their_item_including_its_options() {
    let mut survey = sample();
    import_all(&mut survey, &["ana", "luis"]);
    let list_item = survey
        .items()
        .into_iter()
        .find(|item| item.choices.is_some())
        .expect("an item with options")
        .clone();
    let list = list_item.choices.clone().expect("list id");
    let option = survey.choice_list(&list).expect("list").options[0]
        .code
        .clone();
    let thread = review::comment(
        "c-1",
        &format!("list--{list}--{option}"),
        "en",
        advisor("t"),
        "Unclear",
    );
    act(&mut survey, |s| review::add_thread(s, thread));
    let counts = review::open_counts(&survey);
    assert_eq!(counts.get("zip_code"), Some(&3));
    assert_eq!(counts.get(&list_item.id), Some(&1));
    assert!(
        review::item_messages(&survey, &list_item.id)
            .iter()
            .any(|m| m.id == format!("list--{list}--{option}"))
    );
}

#[test]
fn a_package_opens_as_a_reviewers_copy_and_its_review_file_carries_only_the_threads() {
    let mut survey = sample();
    import_all(&mut survey, &["ana"]);
    let package = review::package(&survey, staff("2026-11-20T09:00:00Z"));
    assert!(package.review.is_empty());
    let json = review::export_file(&package);
    let read = review::import_file(&json).expect("package reads back");
    let mut copy = review::open_package(&read).expect("has a survey");
    assert!(copy.review.threads.is_empty(), "staff's threads stay home");
    assert_eq!(
        copy.review.reviewing.as_deref(),
        Some(package.content_hash.as_str())
    );
    let message = review::find_message(&copy, "item--age--hint").expect("message");
    let thread = review::suggest(
        &copy,
        "r-1",
        &message,
        "es",
        advisor("2026-11-20T11:00:00Z"),
        "Escriba la edad en años.",
        "",
    );
    act(&mut copy, |s| review::add_thread(s, thread));
    let file = review::review_file(&copy, advisor("2026-11-20T12:00:00Z"));
    assert!(file.survey.is_none());
    assert_eq!(file.review.threads.len(), 1);
    assert_eq!(file.review.reviewing, None);
    let (edit, report) = review::import_reviews(&survey, &[file]).expect("imports");
    run(&mut survey, edit);
    assert_eq!(report.threads, 1);
    assert_eq!(survey.review.reviewing, None);
}

#[test]
fn a_later_change_to_a_languages_strings_clears_its_sign_off() {
    let mut survey = sample();
    assert_eq!(
        review::sign_off(
            &survey,
            "es",
            Stamp::new(
                &Person {
                    name: "T".into(),
                    role: Role::Translator
                },
                "t"
            )
        ),
        Err(ReviewError::CannotSignOff)
    );
    act(&mut survey, |s| {
        review::sign_off(s, "es", advisor("2026-11-22T09:00:00Z")).expect("signs")
    });
    assert!(matches!(
        review::sign_off_state(&survey, "es"),
        SignOffState::Valid(_)
    ));
    // Changing an English string leaves the Spanish sign-off alone.
    let title = messages(&survey)[0].key.clone();
    let author = |role| Author {
        source_language: "en".into(),
        role,
        name: None,
    };
    let mut english = text(&survey, &title).expect("title").clone();
    english.write(&author(Role::Staff), "en", "Our health");
    run(
        &mut survey,
        Edit::ReplaceText {
            key: title.clone(),
            text: english,
        },
    );
    assert!(matches!(
        review::sign_off_state(&survey, "es"),
        SignOffState::Valid(_)
    ));
    let mut spanish = text(&survey, &title).expect("title").clone();
    spanish.write(&author(Role::Staff), "es", "Nuestra salud");
    run(
        &mut survey,
        Edit::ReplaceText {
            key: title,
            text: spanish,
        },
    );
    assert!(matches!(
        review::sign_off_state(&survey, "es"),
        SignOffState::Cleared(_)
    ));
    survey.settings.require_sign_off = vec!["es".into()];
    assert!(
        versions::blockers(&survey).contains(&Blocker::NotSignedOff {
            language: "es".into()
        })
    );
}

#[test]
fn publishing_freezes_a_version_and_the_next_is_proposed_from_what_changed() {
    let mut survey = sample();
    let (bump, version) = versions::proposed_version(None, &survey);
    assert_eq!(version, "1.0.0");
    let first = versions::freeze(
        &survey,
        &version,
        bump,
        staff("2026-11-01T00:00:00Z"),
        "First",
    )
    .expect("publishes");
    assert_eq!(first.metadata.status, Status::Published);
    assert_eq!(
        first.metadata.content_hash.as_deref(),
        Some(content_hash(&first).as_str())
    );
    assert_eq!(first.changelog.len(), 1);
    assert_eq!(first.changelog[0].content_hash, content_hash(&first));

    survey = versions::new_draft(&first);
    assert_eq!(versions::propose(Some(&first), &survey), Bump::Patch);
    import_all(&mut survey, &["ana"]);
    act(&mut survey, |s| {
        review::accept(s, "ana-1", staff("t")).expect("accepts")
    });
    let (bump, version) = versions::proposed_version(Some(&first), &survey);
    assert_eq!((bump, version.as_str()), (Bump::Minor, "1.1.0"));
    assert!(matches!(
        versions::freeze(&survey, "1.0.0", bump, staff("t"), ""),
        Err(PublishError::NotAfter { .. })
    ));
    let second = versions::freeze(&survey, &version, bump, staff("t"), "Clearer ZIP hint")
        .expect("publishes");
    let published = versions::published_definition(&second);
    assert!(published.review.is_empty());
    assert_eq!(published.changelog.len(), 2);

    // The diff shows exactly the accepted change, word by word.
    let diff = versions::compare(&first, &second);
    assert!(diff.added.is_empty() && diff.removed.is_empty() && diff.moved.is_empty());
    assert!(diff.logic.is_empty());
    assert_eq!(diff.texts.len(), 1);
    let change = &diff.texts[0];
    assert_eq!(
        (change.message.as_str(), change.language.as_str()),
        ("item--zip_code--hint", "es")
    );
    let removed: String = change
        .words
        .iter()
        .filter(|w| w.kind == WordKind::Removed)
        .map(|w| w.text.as_str())
        .collect();
    assert!(removed.contains("vecindarios"), "{removed}");
    assert!(
        change
            .words
            .iter()
            .any(|w| w.kind == WordKind::Same && w.text.contains("necesitan más servicios"))
    );
}

#[test]
fn compare_finds_items_added_removed_moved_and_logic_changed() {
    let old = sample();
    let mut new = old.clone();
    let items = &mut new.pages[0].items;
    let moved = items.remove(2);
    let moved_id = moved.id.clone();
    items.push(moved);
    let removed = items.remove(0).id;
    let mut added = items[0].clone();
    added.id = "new_question".into();
    items.push(added);
    items[1].required = !items[1].required;
    let logic_id = items[1].id.clone();
    let list = new.choice_lists[0].id.clone();
    let dropped = new.choice_lists[0].options.remove(0).code;
    let diff = versions::compare(&old, &new);
    assert_eq!(diff.codes_removed, vec![format!("{list}--{dropped}")]);
    assert!(diff.codes_added.is_empty());
    assert_eq!(diff.added, vec!["new_question".to_owned()]);
    assert_eq!(diff.removed, vec![removed]);
    assert_eq!(diff.moved, vec![moved_id]);
    assert_eq!(diff.logic, vec![logic_id]);
    assert_eq!(versions::propose(Some(&old), &new), Bump::Major);
}

#[test]
fn word_diff_marks_changed_words_and_keeps_every_space() {
    let old = "¿Cuántas personas  viven en su casa?";
    let new = "¿Cuántas personas viven en su hogar?";
    let runs = versions::word_diff(old, new);
    let side = |keep: WordKind| -> String {
        runs.iter()
            .filter(|run| run.kind == WordKind::Same || run.kind == keep)
            .map(|run| run.text.as_str())
            .collect()
    };
    // Each side reads back whole, double space included.
    assert_eq!(side(WordKind::Removed), old);
    assert_eq!(side(WordKind::Added), new);
    let changed: Vec<(WordKind, &str)> = runs
        .iter()
        .filter(|run| run.kind != WordKind::Same)
        .map(|run| (run.kind, run.text.as_str()))
        .collect();
    assert_eq!(
        changed,
        vec![
            (WordKind::Removed, "  "),
            (WordKind::Added, " "),
            (WordKind::Removed, "casa?"),
            (WordKind::Added, "hogar?"),
        ]
    );
}
