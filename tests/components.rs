//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): the components
//! render what the core computes, label every control, mark issues on their items, speak the
//! interface language, and insert survey text as text, never as markup.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use coform::core::definition::import;
use coform::core::edit::address_of;
use coform::core::fluent::Context;
use coform::core::logic_edit::sources_before_item;
use coform::core::model::{Condition, Survey};
use coform::core::present::{answer_labels, outline, present_page};
use coform::core::validate::validate;
use coform::ui::browser::set_document_language;
use coform::ui::condition_editor::ConditionEditor;
use coform::ui::editor_state::EditorState;
use coform::ui::i18n::{BUILDER, tr};
use coform::ui::issue_panel::IssuePanel;
use coform::ui::item_list::ItemList;
use coform::ui::messages::issue_message;
use coform::ui::respond_session::RespondSession;
use coform::ui::survey_screen::SurveyScreen;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMMUNITY: &str = include_str!("fixtures/samples/community-health.coform.json");
const DUPLICATES: &str = include_str!("fixtures/invalid/duplicate-and-invalid-ids.coform.json");

fn survey(json: &str) -> Survey {
    import(json).expect("fixture imports")
}

/// A fresh container in the document body.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let element = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    element.unchecked_into()
}

fn select_all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn session(survey: Survey, language: &str) -> RespondSession {
    let session = RespondSession::start(survey, &[language.to_owned()], BTreeMap::new(), false);
    session.stage.set(coform::core::session::Stage::Questions);
    session
}

fn mount_survey(session: RespondSession) -> web_sys::HtmlElement {
    let root = container();
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <SurveyScreen session=session /> },
    );
    handle.forget();
    root
}

#[wasm_bindgen_test]
fn survey_screen_renders_every_visible_item_of_the_first_page_with_labels() {
    let survey = survey(COMMUNITY);
    let expected_items = present_page(&survey, 0, "es", &Context::default())
        .expect("first page")
        .items
        .len();
    let root = mount_survey(session(survey, "es"));

    let top_level = select_all(&root, "section.page > [data-testid=item]");
    assert_eq!(top_level.len(), expected_items);
    // Every text-like control has a <label for> pointing at it.
    for control in select_all(
        &root,
        "section.page input[id], section.page textarea[id], section.page select[id]",
    ) {
        let id = control.id();
        assert_eq!(
            select_all(&root, &format!("label[for='{id}']")).len(),
            1,
            "control {id} has no label"
        );
    }
    // Every group of radios or checkboxes sits in a fieldset with a legend.
    for input in select_all(
        &root,
        "section.page input[type=radio], section.page input[type=checkbox]:not([id])",
    ) {
        let fieldset = input
            .closest("fieldset")
            .expect("closest")
            .expect("in a fieldset");
        assert!(
            fieldset
                .query_selector("legend")
                .expect("selector")
                .is_some()
        );
    }
}

#[wasm_bindgen_test]
fn survey_screen_resolves_texts_in_the_chosen_language() {
    let survey = survey(COMMUNITY);
    let page = present_page(&survey, 0, "ar", &Context::default()).expect("first page");
    let first_text = page.items[0].text.clone();
    assert!(
        first_text
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic text expected: {first_text}"
    );
    let root = mount_survey(session(survey, "ar"));
    assert!(
        root.text_content()
            .unwrap_or_default()
            .contains(&first_text)
    );
}

#[wasm_bindgen_test]
async fn typing_an_answer_reveals_the_question_that_depends_on_it() {
    let root = mount_survey(session(survey(COMMUNITY), "en"));
    assert!(select_all(&root, "[data-item-id=has_children]").is_empty());
    let input: web_sys::HtmlInputElement = select_all(&root, "#q-household_size")
        .remove(0)
        .unchecked_into();
    input.set_value("3");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    leptos::task::tick().await;
    assert_eq!(select_all(&root, "[data-item-id=has_children]").len(), 1);
    // The field typed into keeps its place in the document (it was not re-rendered).
    assert!(input.is_connected());
}

#[wasm_bindgen_test]
async fn next_with_missing_answers_shows_each_error_beside_its_field() {
    let survey_value = survey(COMMUNITY);
    let required_on_first_page = survey_value.pages[0]
        .items
        .iter()
        .filter(|item| item.required)
        .count();
    let root = mount_survey(session(survey_value, "es"));
    let next: web_sys::HtmlElement = select_all(&root, "[data-testid=next]")
        .remove(0)
        .unchecked_into();
    next.click();
    leptos::task::tick().await;
    let errors = select_all(&root, "[data-testid=item] .field-error");
    assert_eq!(errors.len(), required_on_first_page);
    let expected = coform::ui::i18n::tr(&coform::ui::i18n::RESPOND, "es", "error-required");
    assert_ne!(
        expected, "error-required",
        "the message resolves to words, not its id"
    );
    assert!(
        errors
            .iter()
            .all(|error| error.text_content().unwrap_or_default() == expected)
    );
}

#[wasm_bindgen_test]
fn document_language_and_direction_follow_the_survey_language() {
    set_document_language("ar", "rtl");
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .expect("html");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    set_document_language("es", "ltr");
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
fn item_list_shows_every_item_and_marks_the_ones_with_issues() {
    let survey = survey(DUPLICATES);
    let expected_rows = outline(&survey, "en", &Context::default()).len();
    let with_issues: std::collections::BTreeSet<String> = validate(&survey)
        .into_iter()
        .filter_map(|issue| issue.location.item)
        .collect();
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let editor = EditorState::new();
        editor.open(survey.clone());
        let survey = editor.survey;
        let issues =
            Memo::new(move |_| survey.with(|s| s.as_ref().map(validate).unwrap_or_default()));
        view! {
            <ItemList editor=editor language=RwSignal::new("en".to_owned()) audience=RwSignal::new(BTreeMap::new())
                ui_language=RwSignal::new("es".to_owned()) issues=issues />
        }
    });
    let rows = select_all(&root, "[data-testid=item]");
    assert_eq!(rows.len(), expected_rows);
    let marked: std::collections::BTreeSet<String> =
        select_all(&root, "[data-testid=item].has-issues")
            .iter()
            .filter_map(|row| row.get_attribute("data-item-id"))
            .collect();
    assert_eq!(marked, with_issues);
    assert!(!marked.is_empty());
}

#[wasm_bindgen_test]
fn issue_panel_lists_every_issue_in_the_interface_language() {
    let survey_value = survey(DUPLICATES);
    let issues_expected = validate(&survey_value);
    let first_message = issue_message("es", &issues_expected[0]);
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let editor = EditorState::new();
        editor.open(survey_value.clone());
        let survey = editor.survey;
        let issues =
            Memo::new(move |_| survey.with(|s| s.as_ref().map(validate).unwrap_or_default()));
        view! { <IssuePanel issues=issues ui_language=RwSignal::new("es".to_owned()) survey=survey editor=editor language=RwSignal::new("en".to_owned()) /> }
    });
    let listed = select_all(&root, "[data-testid=issue]");
    assert_eq!(listed.len(), issues_expected.len());
    assert!(
        listed[0]
            .text_content()
            .unwrap_or_default()
            .contains(&first_message)
    );
    let heading = tr(&BUILDER, "es", "issues-heading");
    assert!(root.text_content().unwrap_or_default().contains(&heading));
    assert_ne!(heading, tr(&BUILDER, "en", "issues-heading"));
}

#[wasm_bindgen_test]
fn survey_text_is_inserted_as_text_never_as_markup() {
    let mut hostile = survey(COMMUNITY);
    let payload =
        "<img src=x onerror=\"window.__coform_pwned=1\"><script>window.__coform_pwned=2</script>";
    let first = &mut hostile.pages[0].items[0];
    first.text.0.insert("en".to_owned(), payload.to_owned());
    let root = mount_survey(session(hostile, "en"));
    assert!(root.text_content().unwrap_or_default().contains(payload));
    assert!(select_all(&root, "img, script").is_empty());
    let pwned = js_sys::Reflect::get(
        &web_sys::window().expect("window"),
        &"__coform_pwned".into(),
    )
    .expect("get");
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn condition_editor_reads_back_a_sentence_and_changes_the_combinator() {
    let sample = survey(COMMUNITY);
    let condition: Condition = serde_json::from_str(
        r#"{"all": [
            {"compare": {"item": "has_children", "op": "equals", "value": true}},
            {"compare": {"item": "home_language", "op": "equals", "value": "spanish"}}
        ]}"#,
    )
    .expect("a condition");
    let changed: RwSignal<Option<Condition>> = RwSignal::new(Some(condition));
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let editor = EditorState::new();
        editor.open(sample.clone());
        let at = address_of(&sample, "other_comments").expect("item");
        let sources = Signal::derive(move || {
            editor.survey.with(|s| {
                s.as_ref()
                    .map(|s| sources_before_item(s, &at))
                    .unwrap_or_default()
            })
        });
        let labels = Signal::derive(move || {
            editor.survey.with(|s| {
                s.as_ref()
                    .map(|s| answer_labels(s, "en", &Context::default()))
                    .unwrap_or_default()
            })
        });
        view! {
            <ConditionEditor editor=editor condition=changed on_change=Callback::new(move |c| changed.set(c))
                sources=sources labels=labels language=RwSignal::new("en".to_owned())
                ui_language=RwSignal::new("en".to_owned()) audience=RwSignal::new(BTreeMap::new()) name="show-if" />
        }
    });
    assert_eq!(select_all(&root, "[data-testid=condition]").len(), 2);
    let sentence = select_all(&root, "[data-testid=show-if-sentence]")[0]
        .text_content()
        .unwrap_or_default();
    // Labels in the preview language, option labels for codes, Yes for true; isolated.
    for words in [
        "Do any children under 18 live in your home?",
        "Yes",
        "What language is spoken most at home?",
        "Spanish",
        " and ",
    ] {
        assert!(sentence.contains(words), "{words:?} in {sentence:?}");
    }
    let combinator: web_sys::HtmlSelectElement =
        select_all(&root, "[data-testid=condition-combinator]")[0]
            .clone()
            .dyn_into()
            .expect("a select");
    combinator.set_value("none");
    combinator
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatched");
    assert!(matches!(
        changed.get_untracked(),
        Some(Condition::Not(inner)) if matches!(*inner, Condition::Any(ref c) if c.len() == 2)
    ));
    leptos::task::tick().await;
    let sentence = select_all(&root, "[data-testid=show-if-sentence]")[0]
        .text_content()
        .unwrap_or_default();
    assert!(sentence.contains(" or "), "{sentence:?}");
}

#[wasm_bindgen_test]
async fn translation_row_adds_one_variant_per_arabic_plural_category() {
    use coform::core::translation::{messages, text};
    use coform::ui::translation_row::TranslationRow;
    let sample = survey(COMMUNITY);
    let message = messages(&sample)
        .into_iter()
        .find(|m| {
            text(&sample, &m.key)
                .and_then(|t| t.get("en"))
                .is_some_and(|p| p.contains("$household_size"))
        })
        .expect("a text piping a number");
    let editor = EditorState::new();
    editor.open(sample.clone());
    let root = container();
    let (key, id) = (message.key.clone(), message.id.clone());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <TranslationRow editor=editor key=key.clone() id=id.clone() context="context".to_owned()
                language="ar".to_owned() ui_language=RwSignal::new("en".to_owned()) />
        }
    });
    let button: web_sys::HtmlElement = select_all(&root, "[data-testid=add-plural]")[0]
        .clone()
        .dyn_into()
        .expect("a button");
    button.click();
    leptos::task::tick().await;
    let keys: Vec<String> = select_all(&root, "[data-testid=variant-input]")
        .iter()
        .filter_map(|input| input.get_attribute("data-key"))
        .collect();
    assert_eq!(keys, ["zero", "one", "two", "few", "many", "other"]);
    let stored = editor.survey.with_untracked(|s| {
        s.as_ref().and_then(|s| {
            text(s, &message.key)
                .and_then(|t| t.get("ar"))
                .map(str::to_owned)
        })
    });
    let stored = stored.expect("an Arabic text");
    assert!(stored.starts_with("{ $household_size ->"), "{stored}");
    assert_eq!(
        select_all(&root, "[data-testid=translation-row]")[0].get_attribute("data-standing"),
        Some("draft".to_owned())
    );
}

#[wasm_bindgen_test]
async fn thread_view_marks_a_conflicting_suggestion_and_accepts_a_current_one_through_undo() {
    use coform::core::model::Role;
    use coform::core::review::{self, Person, Stamp};
    use coform::ui::thread_view::ThreadView;
    let sample = survey(COMMUNITY);
    let message = review::find_message(&sample, "item--zip_code--hint").expect("message");
    let ana = Stamp::new(
        &Person {
            name: "<b>Ana</b>".into(),
            role: Role::PatientAdvisor,
        },
        "2026-11-20T10:00:00Z",
    );
    let current = review::suggest(
        &sample,
        "t-1",
        &message,
        "es",
        ana.clone(),
        "Nueva <i>frase</i>",
        "",
    );
    let mut stale = current.clone();
    stale.id = "t-2".into();
    if let Some(s) = stale.suggestion.as_mut() {
        s.base = "Un texto anterior".into();
    }
    let editor = EditorState::new();
    let mut opened = sample.clone();
    opened.review.threads = vec![current.clone(), stale.clone()];
    editor.open(opened);
    let now = review::current_text(&sample, &message, "es");
    let root = container();
    let ui = RwSignal::new("en".to_owned());
    let (first, second, text) = (current.clone(), stale.clone(), now.clone());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ThreadView editor=editor ui_language=ui thread=first.clone() current=text.clone() can_decide=true />
            <ThreadView editor=editor ui_language=ui thread=second.clone() current=text.clone() can_decide=true />
        }
    });
    let threads = select_all(&root, "[data-testid=thread]");
    assert_eq!(threads.len(), 2);
    // Names and wording are text, never markup.
    assert!(select_all(&root, "b, i").is_empty());
    assert!(
        threads[0]
            .text_content()
            .unwrap_or_default()
            .contains("<b>Ana</b>")
    );
    // The stale one is marked and cannot be accepted.
    assert_eq!(
        select_all(&threads[1], "[data-testid=thread-conflict]").len(),
        1
    );
    assert!(
        select_all(&threads[1], "[data-testid=accept-suggestion]")[0].has_attribute("disabled")
    );
    let accept: web_sys::HtmlElement = select_all(&threads[0], "[data-testid=accept-suggestion]")
        [0]
    .clone()
    .dyn_into()
    .expect("button");
    accept.click();
    leptos::task::tick().await;
    let text_now = || {
        editor.survey.with_untracked(|s| {
            s.as_ref()
                .map(|s| review::current_text(s, &message, "es"))
                .unwrap_or_default()
        })
    };
    assert_eq!(text_now(), "Nueva <i>frase</i>");
    editor.undo();
    assert_eq!(text_now(), now);
}

#[wasm_bindgen_test]
async fn export_panel_lists_exactly_the_losses_of_the_chosen_format() {
    use coform::core::interop::{self, Format};
    use coform::ui::export_panel::ExportPanel;
    use coform::ui::messages::loss_message;
    let sample = survey(COMMUNITY);
    let editor = EditorState::new();
    editor.open(sample.clone());
    let root = container();
    let ui = RwSignal::new("es".to_owned());
    let open = RwSignal::new(true);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(in_process_converter());
        view! { <ExportPanel editor=editor ui_language=ui open=open /> }
    });
    let shown = |root: &web_sys::HtmlElement| {
        select_all(root, "[data-testid=export-loss]")
            .iter()
            .map(|li| li.get_attribute("data-path").unwrap_or_default())
            .collect::<Vec<_>>()
    };
    // FHIR is chosen first; then REDCap, which carries one language only.
    for format in [Format::Fhir, Format::Redcap] {
        if format != Format::Fhir {
            let radio: web_sys::HtmlInputElement = select_all(
                &root,
                &format!("[data-testid=export-format-{}]", format.name()),
            )[0]
            .clone()
            .dyn_into()
            .expect("radio");
            radio.click();
        }
        settle().await;
        let losses = interop::write(&sample, format).losses;
        assert!(!losses.is_empty());
        let paths: Vec<String> = losses.iter().map(|loss| loss.path.clone()).collect();
        assert_eq!(shown(&root), paths, "{}", format.name());
        // Worded in the interface language (Spanish here).
        let first = select_all(&root, "[data-testid=export-loss]")[0]
            .text_content()
            .unwrap_or_default();
        assert!(first.contains(&loss_message("es", &losses[0])));
    }
    // coform's own format loses nothing.
    let radio: web_sys::HtmlInputElement = select_all(&root, "[data-testid=export-format-json]")[0]
        .clone()
        .dyn_into()
        .expect("radio");
    radio.click();
    settle().await;
    assert!(shown(&root).is_empty());
    assert_eq!(select_all(&root, "[data-testid=export-no-loss]").len(), 1);
}

/// The converter the builder runs in a web worker, called directly: the component test has no
/// worker script to load (the release build's journeys use the real one).
fn in_process_converter() -> coform::ui::converter::Converter {
    use coform::core::interop;
    coform::ui::converter::Converter {
        export: |survey, format| {
            Box::pin(async move {
                let survey = coform::core::definition::import(&survey)
                    .map_err(|error| coform::ui::converter::ConvertFailure(error.to_string()))?;
                Ok(interop::write(&survey, format))
            })
        },
        import: |bytes| Box::pin(async move { Ok(interop::read(&bytes)) }),
    }
}

/// Lets spawned work (a conversion, its resource) finish and the view update.
async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
            &wasm_bindgen::JsValue::NULL,
        ))
        .await;
    }
}

#[wasm_bindgen_test]
fn the_runtime_matches_patterns_as_the_native_matcher_does() {
    use coform::core::flow::regex_matches;
    use coform::ui::browser::pattern_matches;
    // Patterns from the fixtures, and answers that match, do not match, or match only in part.
    let patterns = [
        "^[0-9]{5}$",
        "^[0-9 +()-]{7,20}$",
        "^[A-Za-z ]+$",
        "[a-z]+|x",
        "^(?:[a-z]+|x)$",
        r"\d{3}-\d{4}",
        "[0-9]+",
    ];
    let answers = [
        "",
        "12345",
        "1234",
        "123456",
        "+44 (0) 1234",
        "abc",
        "x",
        "abcx",
        "Ana Lima",
        "555-1234",
        "a1",
        "ña",
    ];
    for pattern in patterns {
        for answer in answers {
            assert_eq!(
                pattern_matches(pattern, answer),
                regex_matches(pattern, answer),
                "{pattern} on {answer:?}"
            );
        }
    }
    // A pattern neither reads lets the answer through; the browser's never throws.
    assert_eq!(pattern_matches("^[0-9{5}$", "1"), None);
    assert_eq!(regex_matches("^[0-9{5}$", "1"), None);
    // An escape Unicode mode refuses is read without it.
    assert_eq!(pattern_matches(r"\d{3}\-\d{4}", "555-1234"), Some(true));
    assert_eq!(pattern_matches(r"\d{3}\-\d{4}", "5551234"), Some(false));
}

#[wasm_bindgen_test]
fn kiosk_salts_round_trip_through_base64() {
    use coform::ui::crypto::{from_base64, to_base64};
    let bytes: Vec<u8> = (0..=255).collect();
    assert_eq!(to_base64(&[0, 1, 2, 250]), "AAEC+g==");
    assert_eq!(from_base64(&to_base64(&bytes)), Some(bytes));
    assert_eq!(from_base64("AAEC+g=="), Some(vec![0, 1, 2, 250]));
    assert_eq!(from_base64("not base64!"), None);
}

fn draft_summary(id: &str) -> coform::ui::drafts::DraftSummary {
    coform::ui::drafts::DraftSummary {
        id: id.to_owned(),
        title: "A draft".to_owned(),
        updated_at: "2026-11-23T12:00:00Z".to_owned(),
        revision: 0,
    }
}

#[wasm_bindgen_test]
async fn a_draft_save_expecting_an_older_revision_writes_nothing() {
    use coform::ui::drafts::{DraftError, load, save};
    let id = "component-test-revisions";
    let first = save(&draft_summary(id), "{\"first\":true}", 0).await;
    let now_at = first
        .clone()
        .expect("IndexedDB is available in the test browser");
    // Another tab, still at the revision before, must not overwrite it.
    let stale = save(&draft_summary(id), "{\"stale\":true}", now_at - 1).await;
    assert_eq!(stale, Err(DraftError::Conflict));
    let stored = load(id).await.ok().flatten().map(|d| (d.json, d.revision));
    assert_eq!(stored, Some(("{\"first\":true}".to_owned(), now_at)));
    assert_eq!(
        save(&draft_summary(id), "{\"next\":true}", now_at).await,
        Ok(now_at + 1)
    );
}

#[wasm_bindgen_test]
async fn unreadable_drafts_are_set_aside_whole_and_the_others_still_list() {
    use coform::ui::drafts::{check, discard_quarantined, list, save};
    let good = "component-test-readable";
    let damaged = "component-test-damaged";
    let minimal = include_str!("fixtures/samples/minimal.coform.json");
    save(&draft_summary(good), minimal, 0).await.ok();
    let cut = &minimal[..40];
    save(&draft_summary(damaged), cut, 0).await.ok();
    let readable = |json: &str| import(json).map(|_| ()).map_err(|error| error.to_string());
    let set_aside = check(readable, "2026-11-23T12:00:01Z")
        .await
        .unwrap_or_default();
    let found = set_aside.iter().find(|entry| entry.id == damaged);
    assert_eq!(found.and_then(|entry| entry.survey.as_deref()), Some(cut));
    assert!(found.is_some_and(|entry| !entry.reason.is_empty()));
    assert!(!set_aside.iter().any(|entry| entry.id == good));
    let listed: Vec<String> = list()
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert!(listed.contains(&good.to_owned()));
    assert!(!listed.contains(&damaged.to_owned()));
    // Deleting it for good empties its place.
    assert_eq!(discard_quarantined(damaged).await, Ok(()));
    let after = check(readable, "2026-11-23T12:00:02Z")
        .await
        .unwrap_or_default();
    assert!(!after.iter().any(|entry| entry.id == damaged));
}

#[wasm_bindgen_test]
fn unreadable_device_storage_is_set_aside_not_overwritten() {
    use coform::ui::storage::{UNREADABLE_SUFFIX, load, load_parsed, save};
    let key = "coform:component-test";
    save(key, "{ cut short").ok();
    let parsed: Option<Vec<String>> = load_parsed(key, |text| serde_json::from_str(text).ok());
    assert_eq!(parsed, None);
    assert_eq!(load(key), None);
    assert_eq!(
        load(&format!("{key}{UNREADABLE_SUFFIX}")).as_deref(),
        Some("{ cut short")
    );
}
