//! The documented limits (`SECURITY.md`, "Limits"; `coform::core::limits`): each one just
//! below and just above, with the exact error and where it points, and inputs far over them
//! (10,000-deep nesting, a 20 MB string, 6,000 items) refused or reported quickly rather than
//! hanging or crashing. The inputs are built here, not kept as files.

use std::time::{Duration, Instant};

use coform::core::definition::{
    ImportError, MAX_DEFINITION_BYTES, export, import, import_published,
};
use coform::core::edit::{Address, Edit, EditError, History};
use coform::core::issue::{IssueKind, Location};
use coform::core::limits::{
    self, Limit, MAX_CHOICE_LISTS, MAX_CONDITION_DEPTH, MAX_FLUENT_NESTING, MAX_ITEMS,
    MAX_LANGUAGES, MAX_OPTIONS, MAX_PAGES, MAX_SECTION_DEPTH, MAX_TEXT_BYTES,
};
use coform::core::model::{
    ChoiceList, ChoiceOption, Comparison, Condition, Direction, GridRow, Item, ItemKind, Language,
    LocalizedText, Operator, Page, Survey,
};
use coform::core::validate::{runnable, validate};

/// Far more than any of these takes, even unoptimised on a slow machine: a hang fails it.
const PROMPT: Duration = Duration::from_secs(30);

/// Runs `work`, failing if it takes longer than [`PROMPT`].
fn promptly<T>(what: &str, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = work();
    let took = start.elapsed();
    assert!(took < PROMPT, "{what} took {took:?}");
    result
}

fn text(words: &str) -> LocalizedText {
    LocalizedText::from_pairs([("en", words)])
}

fn item(id: &str, kind: ItemKind) -> Item {
    let mut item = Item::new(id, kind);
    item.text = text("Question");
    item
}

/// A valid survey with `count` short-text items on its one page.
fn survey_with_items(count: usize) -> Survey {
    let mut survey = Survey::blank("limits", "en", Direction::Ltr);
    survey.metadata.title = text("Limits");
    survey.pages[0].items = (0..count)
        .map(|index| item(&format!("q{index}"), ItemKind::ShortText))
        .collect();
    survey
}

/// An item inside `depth` sections nested in one another, the outermost first on the page.
fn nested_sections(depth: usize) -> Item {
    let mut inner = item("deepest", ItemKind::ShortText);
    for level in (1..=depth).rev() {
        let mut section = item(&format!("s{level}"), ItemKind::Section);
        section.items = vec![inner];
        inner = section;
    }
    inner
}

/// A comparison of `q0` inside `depth` groups, alternating `all` and `not`.
fn nested_condition(depth: usize) -> Condition {
    let mut condition = Condition::Compare(Comparison {
        item: "q0".to_owned(),
        op: Operator::Answered,
        value: None,
    });
    for level in 0..depth {
        condition = if level % 2 == 0 {
            Condition::All(vec![condition])
        } else {
            Condition::Not(Box::new(condition))
        };
    }
    condition
}

/// The JSON path of the innermost group of [`nested_condition`]`(depth)` below its root.
fn nested_condition_path(depth: usize) -> String {
    (1..depth)
        .rev()
        .map(|level| if level % 2 == 0 { ".all[0]" } else { ".not" })
        .collect()
}

fn over(what: Limit, found: usize, path: &str) -> ImportError {
    ImportError::OverLimit {
        what,
        found,
        limit: what.max(),
        path: path.to_owned(),
    }
}

/// Both readers give `expected` for `survey`'s JSON (or read it back whole when `None`).
fn reads_as(survey: &Survey, expected: Option<ImportError>) {
    let json = export(survey);
    let (direct, published) = promptly("import", || (import(&json), import_published(&json)));
    match expected {
        None => {
            assert_eq!(direct.as_ref().ok(), Some(survey));
            assert!(published.is_ok(), "{published:?}");
        }
        Some(error) => {
            assert_eq!(direct, Err(error.clone()));
            assert_eq!(published, Err(error));
        }
    }
}

#[test]
fn items_up_to_the_limit_import_and_one_more_is_refused_where_it_is() {
    reads_as(&survey_with_items(MAX_ITEMS), None);
    reads_as(
        &survey_with_items(MAX_ITEMS + 1),
        Some(over(Limit::Items, MAX_ITEMS + 1, "pages[0].items[5000]")),
    );
    // 6,000: the count says how many, the path where the limit was passed.
    reads_as(
        &survey_with_items(6_000),
        Some(over(Limit::Items, 6_000, "pages[0].items[5000]")),
    );
    // Likert grid rows count as items.
    let mut survey = survey_with_items(MAX_ITEMS - 1);
    let mut grid = item("grid", ItemKind::LikertGrid);
    grid.rows = vec![
        GridRow {
            id: "row_a".to_owned(),
            text: text("A"),
        },
        GridRow {
            id: "row_b".to_owned(),
            text: text("B"),
        },
    ];
    survey.pages[0].items.push(grid);
    reads_as(
        &survey,
        Some(over(
            Limit::Items,
            MAX_ITEMS + 2,
            "pages[0].items[4999].rows[0]",
        )),
    );
    assert_eq!(limits::item_count(&survey), MAX_ITEMS + 2);
}

#[test]
fn pages_choice_lists_options_and_languages_up_to_their_limits_and_one_more() {
    let mut survey = survey_with_items(1);
    survey.pages.extend((1..MAX_PAGES).map(|index| Page {
        id: format!("page_{index}"),
        title: LocalizedText::default(),
        show_if: None,
        items: Vec::new(),
    }));
    reads_as(&survey, None);
    survey.pages.push(survey.pages[1].clone());
    reads_as(
        &survey,
        Some(over(Limit::Pages, MAX_PAGES + 1, "pages[5000]")),
    );

    let option = |index: usize| ChoiceOption {
        code: format!("c{index}"),
        label: text("Option"),
        exclusive: false,
        system: None,
        score: None,
    };
    let mut survey = survey_with_items(1);
    survey.choice_lists = vec![ChoiceList {
        id: "long".to_owned(),
        options: (0..MAX_OPTIONS).map(option).collect(),
    }];
    reads_as(&survey, None);
    survey.choice_lists[0].options.push(option(MAX_OPTIONS));
    reads_as(
        &survey,
        Some(over(
            Limit::Options,
            MAX_OPTIONS + 1,
            "choiceLists[0].options[2000]",
        )),
    );

    let mut survey = survey_with_items(1);
    survey.choice_lists = (0..MAX_CHOICE_LISTS)
        .map(|index| ChoiceList {
            id: format!("list_{index}"),
            options: vec![option(0)],
        })
        .collect();
    reads_as(&survey, None);
    survey.choice_lists.push(survey.choice_lists[0].clone());
    reads_as(
        &survey,
        Some(over(
            Limit::ChoiceLists,
            MAX_CHOICE_LISTS + 1,
            "choiceLists[5000]",
        )),
    );

    let mut survey = survey_with_items(1);
    survey
        .languages
        .extend((1..MAX_LANGUAGES).map(|index| Language {
            tag: format!("x-l{index}"),
            direction: Direction::Ltr,
            fallback: Vec::new(),
        }));
    reads_as(&survey, None);
    survey.languages.push(survey.languages[1].clone());
    reads_as(
        &survey,
        Some(over(Limit::Languages, MAX_LANGUAGES + 1, "languages[100]")),
    );
}

#[test]
fn sections_and_conditions_up_to_their_depth_read_back_and_one_deeper_is_refused() {
    // Both at their limit, the condition on the deepest item: still within serde_json's
    // nesting limit, so it reads back from its own JSON.
    let mut survey = survey_with_items(1);
    let mut deep = nested_sections(MAX_SECTION_DEPTH);
    let mut innermost = &mut deep;
    while let Some(next) = innermost.items.first_mut() {
        innermost = next;
    }
    // `all` groups, the deepest JSON a group makes (an array in an object).
    let mut condition = nested_condition(0);
    for _ in 0..MAX_CONDITION_DEPTH {
        condition = Condition::All(vec![condition]);
    }
    innermost.show_if = Some(condition);
    survey.pages[0].items.push(deep);
    assert!(limits::check(&survey).is_ok());
    reads_as(&survey, None);

    let mut survey = survey_with_items(1);
    survey.pages[0]
        .items
        .push(nested_sections(MAX_SECTION_DEPTH + 1));
    let path = format!("pages[0]{}", ".items[0]".repeat(MAX_SECTION_DEPTH + 2));
    let path = path.replacen(".items[0]", ".items[1]", 1);
    reads_as(
        &survey,
        Some(over(Limit::SectionDepth, MAX_SECTION_DEPTH + 1, &path)),
    );

    let mut survey = survey_with_items(2);
    survey.pages[0].items[1].show_if = Some(nested_condition(MAX_CONDITION_DEPTH + 1));
    reads_as(
        &survey,
        Some(over(
            Limit::ConditionDepth,
            MAX_CONDITION_DEPTH + 1,
            &format!(
                "pages[0].items[1].showIf{}",
                nested_condition_path(MAX_CONDITION_DEPTH + 1)
            ),
        )),
    );
    // Page conditions and required-if too.
    let mut survey = survey_with_items(2);
    survey.pages[0].show_if = Some(nested_condition(MAX_CONDITION_DEPTH + 1));
    assert_eq!(
        limits::check(&survey).map_err(|over| over.path),
        Err(format!(
            "pages[0].showIf{}",
            nested_condition_path(MAX_CONDITION_DEPTH + 1)
        ))
    );
    let mut survey = survey_with_items(2);
    survey.pages[0].items[1].required_if = Some(nested_condition(1_000));
    let found = promptly("a 1,000-deep condition", || limits::check(&survey));
    assert_eq!(
        found.map_err(|over| (over.what, over.found)),
        Err((Limit::ConditionDepth, 1_000))
    );
}

#[test]
fn json_nested_ten_thousand_deep_is_refused_with_its_place() {
    let condition = format!(
        "{}{{\"compare\":{{\"item\":\"q0\",\"op\":\"answered\"}}}}{}",
        "{\"not\":".repeat(10_000),
        "}".repeat(10_000)
    );
    let json = export(&survey_with_items(2)).replacen(
        "\"id\": \"q1\",",
        &format!("\"id\": \"q1\", \"showIf\": {condition},"),
        1,
    );
    let error = promptly("import", || import(&json)).expect_err("too deep");
    let ImportError::TooDeep {
        path,
        line,
        column,
        limit,
    } = error
    else {
        panic!("{error:?}");
    };
    assert_eq!(limit, 128);
    assert!(
        path.starts_with("pages[0].items[1].showIf.not.not"),
        "{path}"
    );
    assert_eq!(
        import_published(&json),
        Err(ImportError::TooDeep {
            path: String::new(),
            line,
            column,
            limit,
        })
    );
}

#[test]
fn strings_up_to_the_limit_pass_and_longer_ones_are_reported_where_they_are() {
    let mut survey = survey_with_items(1);
    survey.pages[0].items[0].text = text(&"a".repeat(MAX_TEXT_BYTES));
    assert!(validate(&survey).is_empty(), "{:?}", validate(&survey));
    survey.pages[0].items[0].text = text(&"a".repeat(MAX_TEXT_BYTES + 1));
    let expected = vec![coform::core::issue::Issue {
        kind: IssueKind::TextTooLong {
            limit: MAX_TEXT_BYTES,
        },
        location: Location {
            path: "pages[0].items[0].text.en".to_owned(),
            item: Some("q0".to_owned()),
            language: Some("en".to_owned()),
            span: None,
        },
    }];
    assert_eq!(validate(&survey), expected);
    // The runtime refuses it too.
    assert_eq!(runnable(&survey), expected);

    // A validation pattern is not compiled when too long.
    let mut survey = survey_with_items(1);
    survey.pages[0].items[0].validation = vec![coform::core::model::ValidationRule {
        check: coform::core::model::Check::Pattern {
            regex: "a".repeat(MAX_TEXT_BYTES + 1),
        },
        message: text("No"),
    }];
    let kinds: Vec<(IssueKind, String)> = validate(&survey)
        .into_iter()
        .map(|issue| (issue.kind, issue.location.path))
        .collect();
    assert_eq!(
        kinds,
        vec![(
            IssueKind::TextTooLong {
                limit: MAX_TEXT_BYTES
            },
            "pages[0].items[0].validation[0].check.pattern.regex".to_owned()
        )]
    );
}

#[test]
fn a_fifteen_megabyte_string_opens_for_fixing_and_a_twenty_megabyte_one_is_refused() {
    let mut survey = survey_with_items(1);
    // Not plain text: a pattern with placeables, which is parsed when it is short enough.
    survey.pages[0].items[0].hint = text(&"Tell us { $q0 } more. ".repeat(700_000));
    let json = export(&survey);
    assert!(json.len() > 15_000_000 && json.len() < MAX_DEFINITION_BYTES);
    let read = promptly("import", || import(&json)).expect("under the file limit");
    let issues = promptly("validation", || validate(&read));
    assert_eq!(
        issues
            .iter()
            .map(|issue| (&issue.kind, issue.location.path.as_str()))
            .collect::<Vec<_>>(),
        vec![(
            &IssueKind::TextTooLong {
                limit: MAX_TEXT_BYTES
            },
            "pages[0].items[0].hint.en"
        )]
    );
    let context = coform::core::fluent::Context::default();
    promptly("presenting the page", || {
        coform::core::present::present_page(&read, 0, "en", &context)
    });

    survey.pages[0].items[0].hint = text(&"x".repeat(20 * 1024 * 1024));
    let json = export(&survey);
    assert_eq!(
        promptly("import", || import(&json)),
        Err(ImportError::TooLarge {
            bytes: json.len(),
            limit: MAX_DEFINITION_BYTES
        })
    );
}

#[test]
fn fluent_placeables_up_to_the_nesting_limit_parse_and_deeper_ones_are_syntax_errors() {
    let nested = |depth: usize| format!("{}$q0{}", "{ ".repeat(depth), " }".repeat(depth));
    assert!(coform::core::fluent::parse_pattern(&nested(MAX_FLUENT_NESTING)).is_ok());
    for depth in [MAX_FLUENT_NESTING + 1, 10_000] {
        let problems = promptly("parsing", || {
            coform::core::fluent::parse_pattern(&nested(depth))
        })
        .err()
        .unwrap_or_default();
        assert_eq!(
            problems,
            vec![coform::core::fluent::PatternProblem::Syntax {
                span: coform::core::issue::Span {
                    start: 2 * MAX_FLUENT_NESTING,
                    end: 2 * MAX_FLUENT_NESTING + 2,
                },
                detail: "TooDeeplyNested".to_owned(),
            }]
        );
    }
    // Call arguments nest the same way.
    let calls = format!("{{ {}1{} }}", "NUMBER(".repeat(100), ")".repeat(100));
    assert!(coform::core::fluent::parse_pattern(&calls).is_err());
    // In validation, as a located syntax error.
    let mut survey = survey_with_items(2);
    survey.pages[0].items[1].text = text(&nested(10_000));
    let issues = promptly("validation", || validate(&survey));
    assert_eq!(
        issues.iter().map(|issue| &issue.kind).collect::<Vec<_>>(),
        vec![&IssueKind::FluentSyntax {
            detail: "TooDeeplyNested".to_owned()
        }]
    );
}

#[test]
fn translators_files_nested_too_deep_or_with_many_unknown_ids_are_handled_promptly() {
    use coform::core::ftl::{FtlError, import_language};
    let mut survey = survey_with_items(1);
    survey.languages.push(Language {
        tag: "es".to_owned(),
        direction: Direction::Ltr,
        fallback: Vec::new(),
    });
    let deep = format!(
        "# {{ {{ {{ a comment is not read\nitem--q0--text = {}x{}\n",
        "{ ".repeat(10_000),
        " }".repeat(10_000)
    );
    assert_eq!(
        promptly("import", || import_language(&survey, "es", &deep)).err(),
        Some(FtlError::Syntax {
            line: 2,
            column: 18 + 2 * MAX_FLUENT_NESTING,
            detail: "TooDeeplyNested".to_owned(),
        })
    );
    // 200,000 entries the survey does not have: each reported with its line, quickly.
    let mut file = String::new();
    for index in 0..200_000 {
        file.push_str(&format!("unknown-{index} = Hola\n"));
    }
    let imported =
        promptly("import", || import_language(&survey, "es", &file)).expect("a readable file");
    assert_eq!(imported.unknown.len(), 200_000);
    assert_eq!(imported.unknown[199_999].line, 200_000);
}

#[test]
fn other_formats_over_a_limit_are_refused_like_a_coform_file() {
    use coform::core::interop::{ReadError, read};
    let elements: Vec<String> = (0..=MAX_ITEMS)
        .map(|index| format!(r#"{{"type":"text","name":"q{index}","title":"Question"}}"#))
        .collect();
    let surveyjs = format!(
        r#"{{"pages":[{{"name":"p1","elements":[{}]}}]}}"#,
        elements.join(",")
    );
    let result = promptly("read", || read(surveyjs.as_bytes()));
    assert!(
        matches!(
            result,
            Err(ReadError::Coform(ImportError::OverLimit {
                what: Limit::Items,
                found: 5_001,
                ..
            }))
        ),
        "{result:?}"
    );
    let coform = export(&survey_with_items(MAX_ITEMS + 1));
    assert_eq!(
        read(coform.as_bytes()).err(),
        Some(ReadError::Coform(over(
            Limit::Items,
            MAX_ITEMS + 1,
            "pages[0].items[5000]"
        )))
    );
}

#[test]
fn the_builder_refuses_an_edit_over_a_limit_and_changes_nothing() {
    let mut survey = survey_with_items(MAX_ITEMS - 1);
    let mut history = History::default();
    let insert = |index: usize| Edit::InsertItem {
        at: Address::top(0, index),
        item: Box::new(item(&format!("new{index}"), ItemKind::Note)),
    };
    history
        .apply(&mut survey, insert(0), 0.0)
        .expect("the last item that fits");
    let before = survey.clone();
    assert_eq!(
        history.apply(&mut survey, insert(0), 1.0),
        Err(EditError::OverLimit {
            what: Limit::Items,
            limit: MAX_ITEMS
        })
    );
    assert_eq!(survey, before);
    // Typing in an item still works at the limit.
    let mut changed = survey.pages[0].items[3].clone();
    changed.text = text("Reworded");
    history
        .apply(
            &mut survey,
            Edit::ReplaceItem {
                at: Address::top(0, 3),
                item: Box::new(changed),
            },
            2.0,
        )
        .expect("an edit that adds nothing");
    // Undo goes back to one under the limit, redo to it again.
    assert!(history.undo(&mut survey) && history.undo(&mut survey));
    assert_eq!(limits::item_count(&survey), MAX_ITEMS - 1);
    assert!(history.redo(&mut survey));
    assert_eq!(limits::item_count(&survey), MAX_ITEMS);

    // A section moved into the deepest section, and a condition one group too deep.
    let mut survey = survey_with_items(2);
    survey.pages[0]
        .items
        .push(nested_sections(MAX_SECTION_DEPTH));
    let mut extra = item("extra", ItemKind::Section);
    extra.items = vec![item("inside", ItemKind::Note)];
    survey.pages[0].items.push(extra);
    let before = survey.clone();
    let mut history = History::default();
    let mut into = vec![2];
    into.extend(std::iter::repeat_n(0, MAX_SECTION_DEPTH - 1));
    into.push(1);
    assert_eq!(
        history.apply(
            &mut survey,
            Edit::MoveItem {
                from: Address::top(0, 3),
                to: Address {
                    page: 0,
                    path: into
                },
            },
            0.0
        ),
        Err(EditError::OverLimit {
            what: Limit::SectionDepth,
            limit: MAX_SECTION_DEPTH
        })
    );
    assert_eq!(survey, before);
    let mut conditional = survey.pages[0].items[1].clone();
    conditional.show_if = Some(nested_condition(MAX_CONDITION_DEPTH + 1));
    assert_eq!(
        history.apply(
            &mut survey,
            Edit::ReplaceItem {
                at: Address::top(0, 1),
                item: Box::new(conditional),
            },
            1.0
        ),
        Err(EditError::OverLimit {
            what: Limit::ConditionDepth,
            limit: MAX_CONDITION_DEPTH
        })
    );
    assert_eq!(survey, before);
}

/// Every locale words the new limits: each limit of `import-error-overLimit` its own way, and
/// the messages the builder and the runtime show for them.
#[test]
fn every_locale_words_every_limit() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for locale in ["ar", "en", "es", "ht", "vi", "zh-Hans"] {
        let mut bundle = FluentBundle::new(vec![locale.parse().expect("a language tag")]);
        for file in ["builder.ftl", "respond.ftl"] {
            let source = std::fs::read_to_string(root.join(locale).join(file)).expect("locale");
            let resource = FluentResource::try_new(source).expect("locale parses");
            bundle.add_resource_overriding(resource);
        }
        let mut worded = std::collections::BTreeSet::new();
        for what in Limit::ALL {
            let code = serde_json::to_value(what).expect("a limit serialises");
            let mut args = FluentArgs::new();
            args.set("what", code.as_str().unwrap_or_default().to_owned());
            args.set("found", 7);
            args.set("limit", 5);
            args.set("path", "pages[0]");
            let message = bundle
                .get_message("import-error-overLimit")
                .and_then(|message| message.value())
                .expect("import-error-overLimit");
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{locale}: {errors:?}");
            assert!(text.contains('7') && text.contains('5'), "{locale}: {text}");
            worded.insert(text.into_owned());
        }
        assert_eq!(worded.len(), Limit::ALL.len(), "{locale}: {worded:#?}");
        for id in [
            "import-error-tooDeep",
            "issue-text-too-long",
            "add-item-limit",
            "error-too-big",
            "error-text-too-long",
        ] {
            assert!(bundle.has_message(id), "{locale} lacks {id}");
        }
    }
}
