//! How big and how deep a survey may be: the documented limits (`SECURITY.md`, "Limits"), and
//! the one walk that checks a survey against them.
//!
//! Two kinds of limit. The structural ones ([`Limit`]: items, pages, choice lists, options,
//! languages, nested sections and nested conditions) bound the work every later step does, so
//! a survey over one is refused where it enters: `definition::import` and `import_published`
//! refuse the file (`ImportError::OverLimit`, with the JSON path of the first thing over), the
//! readers of other formats refuse theirs the same way, and [`crate::core::edit::History`]
//! refuses an edit that would go over (`EditError::OverLimit`), so the builder never holds a
//! survey that it could not open again. At these limits a survey still fits serde_json's
//! nesting limit of [`MAX_JSON_DEPTH`], so it always reads back from its own JSON.
//!
//! Strings are different: someone can paste a long text into the builder, or import it from a
//! translators' file. A string longer than [`MAX_TEXT_BYTES`] is a validation issue
//! (`IssueKind::TextTooLong`) that keeps the survey from being published or run, while the
//! builder still opens it so that it can be shortened. A Fluent pattern nested deeper than
//! [`MAX_FLUENT_NESTING`] is refused before it is parsed (as a syntax error), since the
//! parser's recursion would otherwise exhaust the stack.

use serde::{Deserialize, Serialize};

use crate::core::model::{Condition, Item, Survey};

/// The most items a survey holds: questions, notes, sections and their items, and the rows of
/// Likert grids, counted together (the largest benchmark survey has 1000).
pub const MAX_ITEMS: usize = 5_000;
/// The most pages a survey holds.
pub const MAX_PAGES: usize = 5_000;
/// The most sections nested in one another (as many as the XLSForm reader keeps as groups).
pub const MAX_SECTION_DEPTH: usize = 32;
/// The most groups (`all`, `any`, `not`) nested in one another in a condition.
pub const MAX_CONDITION_DEPTH: usize = 16;
/// The most choice lists a survey holds.
pub const MAX_CHOICE_LISTS: usize = 5_000;
/// The most options one choice list holds.
pub const MAX_OPTIONS: usize = 2_000;
/// The most languages a survey is offered in.
pub const MAX_LANGUAGES: usize = 100;
/// The longest string, in bytes of UTF-8 (64 KiB: about 10,000 words).
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// The deepest nesting of placeables (`{ … }`) in one Fluent pattern.
pub const MAX_FLUENT_NESTING: usize = 16;
/// The deepest nesting of JSON arrays and objects read (serde_json's own recursion limit).
pub const MAX_JSON_DEPTH: usize = 128;

/// A structural limit of a survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Limit {
    /// [`MAX_ITEMS`].
    Items,
    /// [`MAX_PAGES`].
    Pages,
    /// [`MAX_SECTION_DEPTH`].
    SectionDepth,
    /// [`MAX_CONDITION_DEPTH`].
    ConditionDepth,
    /// [`MAX_CHOICE_LISTS`].
    ChoiceLists,
    /// [`MAX_OPTIONS`].
    Options,
    /// [`MAX_LANGUAGES`].
    Languages,
}

impl Limit {
    /// Every structural limit, in the order [`check`] reports them.
    pub const ALL: [Limit; 7] = [
        Limit::Languages,
        Limit::ChoiceLists,
        Limit::Options,
        Limit::Pages,
        Limit::Items,
        Limit::SectionDepth,
        Limit::ConditionDepth,
    ];

    /// The largest count (or depth) allowed.
    pub fn max(self) -> usize {
        match self {
            Limit::Items => MAX_ITEMS,
            Limit::Pages => MAX_PAGES,
            Limit::SectionDepth => MAX_SECTION_DEPTH,
            Limit::ConditionDepth => MAX_CONDITION_DEPTH,
            Limit::ChoiceLists => MAX_CHOICE_LISTS,
            Limit::Options => MAX_OPTIONS,
            Limit::Languages => MAX_LANGUAGES,
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            Limit::Items => "items",
            Limit::Pages => "pages",
            Limit::SectionDepth => "levels of sections",
            Limit::ConditionDepth => "levels of condition groups",
            Limit::ChoiceLists => "choice lists",
            Limit::Options => "options in one choice list",
            Limit::Languages => "languages",
        })
    }
}

/// A limit a survey goes over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exceeded {
    /// Which limit.
    pub what: Limit,
    /// How many there are (for a depth, the deepest found; for options, the longest list).
    pub found: usize,
    /// JSON path of the first thing over the limit, such as `pages[3].items[12]`.
    pub path: String,
}

/// What [`check`] measures: each count or depth, and where it first went over.
#[derive(Default)]
struct Measure {
    found: [usize; 7],
    first_over: [Option<String>; 7],
}

impl Measure {
    /// Records `value` for `what`; `path` (built only when needed) is where it first went over.
    fn record(&mut self, what: Limit, value: usize, path: impl FnOnce() -> String) {
        let slot = what as usize;
        self.found[slot] = self.found[slot].max(value);
        if value > what.max() && self.first_over[slot].is_none() {
            self.first_over[slot] = Some(path());
        }
    }
}

/// The first structural limit the survey goes over, in the order of [`Limit::ALL`]; one pass
/// over the survey, without recursion (a survey built by hand may be deeper than any limit).
pub fn check(survey: &Survey) -> Result<(), Exceeded> {
    let mut measure = Measure::default();
    measure.record(Limit::Languages, survey.languages.len(), || {
        format!("languages[{}]", MAX_LANGUAGES)
    });
    measure.record(Limit::ChoiceLists, survey.choice_lists.len(), || {
        format!("choiceLists[{}]", MAX_CHOICE_LISTS)
    });
    for (index, list) in survey.choice_lists.iter().enumerate() {
        measure.record(Limit::Options, list.options.len(), || {
            format!("choiceLists[{index}].options[{MAX_OPTIONS}]")
        });
    }
    measure.record(Limit::Pages, survey.pages.len(), || {
        format!("pages[{}]", MAX_PAGES)
    });
    let mut items = 0usize;
    for (page_index, page) in survey.pages.iter().enumerate() {
        let page_path = || format!("pages[{page_index}]");
        if let Some(condition) = &page.show_if {
            conditions(condition, &mut measure, || {
                format!("{}.showIf", page_path())
            });
        }
        // Depth-first, in document order, without recursion: each entry is a list of items
        // and the index of the next one to look at; the entries below the top are the
        // sections enclosing it.
        let mut stack: Vec<(&[Item], usize)> = vec![(&page.items, 0)];
        while let Some(&(list, next)) = stack.last() {
            let Some(item) = list.get(next) else {
                stack.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            let path = || item_path(page_index, &stack);
            items += 1;
            measure.record(Limit::Items, items, path);
            for row in 0..item.rows.len() {
                items += 1;
                measure.record(Limit::Items, items, || format!("{}.rows[{row}]", path()));
            }
            measure.record(Limit::SectionDepth, stack.len() - 1, path);
            if let Some(condition) = &item.show_if {
                conditions(condition, &mut measure, || format!("{}.showIf", path()));
            }
            if let Some(condition) = &item.required_if {
                conditions(condition, &mut measure, || format!("{}.requiredIf", path()));
            }
            if !item.items.is_empty() {
                stack.push((&item.items, 0));
            }
        }
    }
    for what in Limit::ALL {
        let slot = what as usize;
        if let Some(path) = measure.first_over[slot].take() {
            return Err(Exceeded {
                what,
                found: measure.found[slot],
                path,
            });
        }
    }
    Ok(())
}

/// How many items a survey has, counted as [`MAX_ITEMS`] counts them (sections and their
/// items, and Likert grid rows).
pub fn item_count(survey: &Survey) -> usize {
    let mut count = 0;
    let mut stack: Vec<&Item> = survey.pages.iter().flat_map(|page| &page.items).collect();
    while let Some(item) = stack.pop() {
        count += 1 + item.rows.len();
        stack.extend(&item.items);
    }
    count
}

/// How many items `item` counts for: itself, its rows and, for a section, everything in it.
pub fn items_in(item: &Item) -> usize {
    let mut count = 0;
    let mut stack = vec![item];
    while let Some(item) = stack.pop() {
        count += 1 + item.rows.len();
        stack.extend(&item.items);
    }
    count
}

/// `pages[p].items[i].items[j]…` for the item last looked at: each entry of the walk's stack
/// holds the index after it.
fn item_path(page: usize, stack: &[(&[Item], usize)]) -> String {
    let mut path = format!("pages[{page}]");
    for (_, next) in stack {
        path.push_str(&format!(".items[{}]", next.saturating_sub(1)));
    }
    path
}

/// Records the depth of a condition's groups; `path` is the condition's own JSON path.
fn conditions(condition: &Condition, measure: &mut Measure, path: impl Fn() -> String) {
    // Each entry: a condition, how many groups enclose it, and its path below `path` as
    // steps (built into a string only when the limit is passed).
    let mut stack: Vec<(&Condition, usize, Vec<Step>)> = vec![(condition, 0, Vec::new())];
    while let Some((condition, depth, steps)) = stack.pop() {
        let children: Vec<(&Condition, Step)> = match condition {
            Condition::All(list) => list
                .iter()
                .enumerate()
                .map(|(index, c)| (c, Step::All(index)))
                .collect(),
            Condition::Any(list) => list
                .iter()
                .enumerate()
                .map(|(index, c)| (c, Step::Any(index)))
                .collect(),
            Condition::Not(inner) => vec![(&**inner, Step::Not)],
            Condition::Compare(_) => continue,
        };
        let depth = depth + 1;
        measure.record(Limit::ConditionDepth, depth, || {
            let mut out = path();
            for step in &steps {
                out.push_str(&step.to_string());
            }
            out
        });
        // In reverse, so that the first child is looked at first.
        for (child, step) in children.into_iter().rev() {
            let mut below = steps.clone();
            below.push(step);
            stack.push((child, depth, below));
        }
    }
}

/// One step down a condition, as its JSON path writes it.
#[derive(Clone, Copy)]
enum Step {
    All(usize),
    Any(usize),
    Not,
}

impl std::fmt::Display for Step {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Step::All(index) => write!(formatter, ".all[{index}]"),
            Step::Any(index) => write!(formatter, ".any[{index}]"),
            Step::Not => formatter.write_str(".not"),
        }
    }
}
