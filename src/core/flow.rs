//! The respondent's way through a survey: which screens apply, where next and back lead, how
//! far along they are, and what is wrong with the answers on a screen.
//!
//! Everything is computed from the survey and the answers, so changing an answer (or the
//! language, or the mode) never loses the position: the runtime keeps the current screen and
//! recomputes the rest.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::core::answer::{Answer, Answers};
use crate::core::fluent::Context;
use crate::core::logic::evaluate;
use crate::core::model::{Check, Item, ItemKind, Literal, Presentation, Survey, WayOut};
use crate::core::present::is_required;
use crate::core::validate::is_iso_date;

/// One screen: a whole page, or one top-level item of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Screen {
    /// Zero-based page index.
    pub page: usize,
    /// In one-question-at-a-time mode, the top-level item shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

/// Every screen that applies now, in order: pages whose show-if holds, and in question mode
/// each visible top-level item of those pages.
pub fn screens(survey: &Survey, mode: Presentation, answers: &Answers) -> Vec<Screen> {
    let mut out = Vec::new();
    for (index, page) in survey.pages.iter().enumerate() {
        if !holds(page.show_if.as_ref(), answers) {
            continue;
        }
        match mode {
            Presentation::Page => {
                if page
                    .items
                    .iter()
                    .any(|item| holds(item.show_if.as_ref(), answers))
                {
                    out.push(Screen {
                        page: index,
                        item: None,
                    });
                }
            }
            Presentation::Question => out.extend(
                page.items
                    .iter()
                    .filter(|item| holds(item.show_if.as_ref(), answers))
                    .map(|item| Screen {
                        page: index,
                        item: Some(item.id.clone()),
                    }),
            ),
        }
    }
    out
}

/// Where `current` stands among the screens that apply now. A screen that no longer applies
/// (an earlier answer hid it) stands at the first applying screen after it.
pub fn position(survey: &Survey, screens: &[Screen], current: &Screen) -> usize {
    if let Some(found) = screens.iter().position(|screen| screen == current) {
        return found;
    }
    let order = |screen: &Screen| -> (usize, usize) {
        let item_order = screen
            .item
            .as_deref()
            .and_then(|id| {
                survey
                    .pages
                    .get(screen.page)?
                    .items
                    .iter()
                    .position(|item| item.id == id)
            })
            .unwrap_or(0);
        (screen.page, item_order)
    };
    let target = order(current);
    screens
        .iter()
        .position(|screen| order(screen) >= target)
        .unwrap_or(screens.len().saturating_sub(1))
}

/// The same place in the other mode: a page becomes its first question, a question its page.
pub fn convert(survey: &Survey, screen: &Screen, mode: Presentation, answers: &Answers) -> Screen {
    match mode {
        Presentation::Page => Screen {
            page: screen.page,
            item: None,
        },
        Presentation::Question => screens(survey, mode, answers)
            .into_iter()
            .find(|candidate| candidate.page >= screen.page)
            .unwrap_or(Screen {
                page: screen.page,
                item: None,
            }),
    }
}

/// The items a screen shows that are visible now, top level only.
pub fn screen_items<'s>(survey: &'s Survey, screen: &Screen, answers: &Answers) -> Vec<&'s Item> {
    let Some(page) = survey.pages.get(screen.page) else {
        return Vec::new();
    };
    page.items
        .iter()
        .filter(|item| screen.item.as_deref().is_none_or(|id| item.id == id))
        .filter(|item| holds(item.show_if.as_ref(), answers))
        .collect()
}

/// How far along the respondent is: (answered, applicable) over the questions that apply now
/// (visible, taking an answer; a Likert grid counts each row). Declined answers count as
/// answered: the respondent dealt with the question.
pub fn progress(survey: &Survey, answers: &Answers) -> (usize, usize) {
    let mut answered = 0;
    let mut applicable = 0;
    for page in &survey.pages {
        if !holds(page.show_if.as_ref(), answers) {
            continue;
        }
        let mut stack: Vec<&Item> = page.items.iter().rev().collect();
        while let Some(item) = stack.pop() {
            if !holds(item.show_if.as_ref(), answers) {
                continue;
            }
            stack.extend(item.items.iter().rev());
            for id in answer_ids(item) {
                applicable += 1;
                if answers
                    .get(id)
                    .is_some_and(|answer| answer.is_given() || *answer == Answer::Declined)
                {
                    answered += 1;
                }
            }
        }
    }
    (answered, applicable)
}

/// A problem with one answer, shown next to its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldError {
    /// The item (or grid row) whose answer is wrong.
    pub item: String,
    /// What is wrong.
    pub kind: FieldErrorKind,
}

/// What is wrong with an answer. The runtime words each kind from its own locale file, except
/// `Rule`, whose message the survey defines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum FieldErrorKind {
    /// The item needs an answer.
    Required,
    /// The answer is not a whole number.
    NotWholeNumber,
    /// The answer is not a real calendar date.
    InvalidDate,
    /// The validation rule at this index of the item's `validation` failed.
    Rule(usize),
}

/// Whether a text matches a validation pattern as a whole: `None` when the pattern is not one
/// the matcher reads (such an answer is let through: validation reports the pattern).
pub type PatternMatch = fn(pattern: &str, text: &str) -> Option<bool>;

/// The native pattern matcher (regex-lite), anchored at both ends. The respondent runtime
/// supplies the browser's own to [`check_screen_with`] and so does not link this one.
pub fn regex_matches(pattern: &str, text: &str) -> Option<bool> {
    regex_lite::Regex::new(&format!("^(?:{pattern})$"))
        .ok()
        .map(|regex| regex.is_match(text))
}

/// Every problem with the answers on a screen, in display order, patterns matched by
/// [`regex_matches`].
pub fn check_screen(survey: &Survey, screen: &Screen, context: &Context) -> Vec<FieldError> {
    check_screen_with(survey, screen, context, regex_matches)
}

/// Every problem with the answers on a screen, in display order, patterns matched by `matches`.
pub fn check_screen_with(
    survey: &Survey,
    screen: &Screen,
    context: &Context,
    matches: PatternMatch,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut stack: Vec<&Item> = screen_items(survey, screen, &context.answers)
        .into_iter()
        .rev()
        .collect();
    while let Some(item) = stack.pop() {
        errors.extend(check_item_with(item, context, matches));
        stack.extend(
            item.items
                .iter()
                .filter(|child| holds(child.show_if.as_ref(), &context.answers))
                .rev(),
        );
    }
    errors
}

/// Problems with one item's answer. A sensitive item can always be passed: declining (or, for
/// a "skip" way out, leaving it empty after choosing to skip) is never an error.
pub fn check_item(item: &Item, context: &Context) -> Vec<FieldError> {
    check_item_with(item, context, regex_matches)
}

/// [`check_item`], patterns matched by `matches`.
pub fn check_item_with(item: &Item, context: &Context, matches: PatternMatch) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let error = |kind| FieldError {
        item: item.id.clone(),
        kind,
    };
    if !item.kind.takes_answer() {
        return errors;
    }
    let answer = context.answers.get(&item.id);
    if answer == Some(&Answer::Declined) {
        return errors;
    }
    let required = is_required(item, context);
    if item.kind == ItemKind::LikertGrid {
        if required {
            errors.extend(
                item.rows
                    .iter()
                    .filter(|row| !context.answers.get(&row.id).is_some_and(Answer::is_given))
                    .map(|row| FieldError {
                        item: row.id.clone(),
                        kind: FieldErrorKind::Required,
                    }),
            );
        }
        return errors;
    }
    let given = answer.filter(|answer| answer.is_given());
    let Some(answer) = given else {
        let may_pass = item
            .sensitive
            .as_ref()
            .is_some_and(|s| s.way_out == WayOut::Skip);
        if required && !may_pass {
            errors.push(error(FieldErrorKind::Required));
        }
        return errors;
    };
    // Consent is only given by agreeing.
    if item.kind == ItemKind::Consent && required && *answer != Answer::Bool(true) {
        errors.push(error(FieldErrorKind::Required));
    }
    if item.kind == ItemKind::Integer && matches!(answer, Answer::Number(n) if n.fract() != 0.0) {
        errors.push(error(FieldErrorKind::NotWholeNumber));
    }
    if item.kind == ItemKind::Date && matches!(answer, Answer::Date(date) if !is_iso_date(date)) {
        errors.push(error(FieldErrorKind::InvalidDate));
    }
    for (index, rule) in item.validation.iter().enumerate() {
        if !passes(&rule.check, answer, matches) {
            errors.push(error(FieldErrorKind::Rule(index)));
        }
    }
    errors
}

/// The answer ids an item contributes: its own, or its rows for a Likert grid.
pub fn answer_ids(item: &Item) -> Vec<&str> {
    match item.kind {
        ItemKind::LikertGrid => item.rows.iter().map(|row| row.id.as_str()).collect(),
        kind if kind.takes_answer() => vec![item.id.as_str()],
        _ => Vec::new(),
    }
}

/// Chooses an option of a multiple choice: an exclusive option clears the others, and any
/// other option clears the exclusive ones. Choosing a chosen option removes it.
pub fn toggle_choice(chosen: &[String], code: &str, exclusive: &BTreeSet<String>) -> Vec<String> {
    if chosen.iter().any(|c| c == code) {
        return chosen.iter().filter(|c| *c != code).cloned().collect();
    }
    if exclusive.contains(code) {
        return vec![code.to_owned()];
    }
    let mut out: Vec<String> = chosen
        .iter()
        .filter(|c| !exclusive.contains(*c))
        .cloned()
        .collect();
    out.push(code.to_owned());
    out
}

fn holds(condition: Option<&crate::core::model::Condition>, answers: &Answers) -> bool {
    condition.is_none_or(|condition| evaluate(condition, answers))
}

fn passes(check: &Check, answer: &Answer, matches: PatternMatch) -> bool {
    match (check, answer) {
        (Check::Range { min, max }, Answer::Number(number)) => {
            let bound = |literal: &Option<Literal>| match literal {
                Some(Literal::Number(n)) => n.as_f64(),
                _ => None,
            };
            bound(min).is_none_or(|min| *number >= min)
                && bound(max).is_none_or(|max| *number <= max)
        }
        (Check::Range { min, max }, Answer::Date(date)) => {
            let bound = |literal: &Option<Literal>| match literal {
                Some(Literal::Text(text)) => Some(text.clone()),
                _ => None,
            };
            bound(min).is_none_or(|min| *date >= min) && bound(max).is_none_or(|max| *date <= max)
        }
        (Check::Length { min, max }, Answer::Text(text)) => {
            let length = text.chars().count();
            min.is_none_or(|min| length >= min as usize)
                && max.is_none_or(|max| length <= max as usize)
        }
        (Check::Pattern { regex }, Answer::Text(text)) => {
            // An invalid pattern is reported by validation; it does not block the respondent.
            matches(regex, text).unwrap_or(true)
        }
        (Check::AnswerCount { min, max }, Answer::Choices(codes)) => {
            let count = codes.len();
            min.is_none_or(|min| count >= min as usize)
                && max.is_none_or(|max| count <= max as usize)
        }
        _ => true,
    }
}
