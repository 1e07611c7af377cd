//! Logic without code: what the builder's condition, validation-rule and piping pickers offer,
//! and the edits they make to a condition tree.
//!
//! A condition is edited as a tree of nodes addressed by a [`NodePath`]: the child indexes from
//! the root (a `not` has one child, index 0). The rules of which operators fit which item type
//! and which checks fit which type live here, and validation uses the same rules, so the
//! builder never offers what validation would then flag.

use serde_json::Number;

use crate::core::edit::Address;
use crate::core::model::{Check, Comparison, Condition, Item, ItemKind, Literal, Operator, Survey};

/// Child indexes from the root of a condition tree to one node.
pub type NodePath = Vec<usize>;

/// An earlier answer a condition may compare or a text may pipe in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The variable: an item id, or a grid row id.
    pub id: String,
    /// The answer's type (a grid row answers like a single choice).
    pub kind: ItemKind,
    /// The choice list offered, for choice items and grid rows.
    pub choices: Option<String>,
    /// The item that asks it (for a grid row, its grid).
    pub item: String,
}

/// Every answer asked before the item at `at`, in respondent order.
pub fn sources_before_item(survey: &Survey, at: &Address) -> Vec<Source> {
    let order = in_order(survey);
    let end = order
        .iter()
        .position(|(address, _)| address == at)
        .unwrap_or(order.len());
    sources(order[..end].iter().map(|(_, item)| *item))
}

/// Every answer asked on the pages before `page`.
pub fn sources_before_page(survey: &Survey, page: usize) -> Vec<Source> {
    sources(
        in_order(survey)
            .into_iter()
            .filter(|(address, _)| address.page < page)
            .map(|(_, item)| item),
    )
}

/// The operators that fit an answer of this type, the most useful first.
pub fn operators_for(kind: ItemKind) -> Vec<Operator> {
    let preferred: &[Operator] = match kind {
        ItemKind::MultipleChoice | ItemKind::Ranking => &[Operator::Includes],
        ItemKind::YesNo | ItemKind::Consent => &[Operator::Equals],
        _ => &[
            Operator::Equals,
            Operator::NotEquals,
            Operator::LessThan,
            Operator::LessOrEqual,
            Operator::GreaterThan,
            Operator::GreaterOrEqual,
        ],
    };
    preferred
        .iter()
        .chain(&[Operator::Answered, Operator::NotAnswered])
        .copied()
        .filter(|op| operator_applies(*op, kind))
        .collect()
}

/// Whether a comparison with this operator can be made on an answer of this type.
pub fn operator_applies(op: Operator, kind: ItemKind) -> bool {
    match op {
        Operator::Answered | Operator::NotAnswered | Operator::Equals | Operator::NotEquals => true,
        Operator::Includes => matches!(kind, ItemKind::MultipleChoice | ItemKind::Ranking),
        Operator::LessThan
        | Operator::LessOrEqual
        | Operator::GreaterThan
        | Operator::GreaterOrEqual => kind.is_numeric() || kind == ItemKind::Date,
    }
}

/// The value a new comparison starts with: the first option, yes, zero, or empty text to fill.
pub fn default_value(survey: &Survey, source: &Source, op: Operator) -> Option<Literal> {
    if !op.takes_value() {
        return None;
    }
    Some(match source.kind {
        ItemKind::YesNo | ItemKind::Consent => Literal::Bool(true),
        kind if kind.is_numeric() => Literal::Number(Number::from(0)),
        _ => Literal::Text(
            source
                .choices
                .as_deref()
                .and_then(|list| survey.choice_list(list))
                .and_then(|list| list.options.first())
                .map(|option| option.code.clone())
                .unwrap_or_default(),
        ),
    })
}

/// A comparison on a source with its first operator and default value.
pub fn new_comparison(survey: &Survey, source: &Source) -> Condition {
    let op = operators_for(source.kind)
        .first()
        .copied()
        .unwrap_or(Operator::Answered);
    Condition::Compare(Comparison {
        item: source.id.clone(),
        op,
        value: default_value(survey, source, op),
    })
}

/// The node at a path.
pub fn node<'c>(root: &'c Condition, path: &[usize]) -> Option<&'c Condition> {
    let Some((first, rest)) = path.split_first() else {
        return Some(root);
    };
    match root {
        Condition::All(children) | Condition::Any(children) => node(children.get(*first)?, rest),
        Condition::Not(child) if *first == 0 => node(child, rest),
        _ => None,
    }
}

/// The node at a path, to change it.
pub fn node_mut<'c>(root: &'c mut Condition, path: &[usize]) -> Option<&'c mut Condition> {
    let Some((first, rest)) = path.split_first() else {
        return Some(root);
    };
    match root {
        Condition::All(children) | Condition::Any(children) => {
            node_mut(children.get_mut(*first)?, rest)
        }
        Condition::Not(child) if *first == 0 => node_mut(child, rest),
        _ => None,
    }
}

/// Adds a condition to the group at `path`; a comparison there becomes an "all" group of
/// itself and the new condition. With no condition yet, the new one is the whole condition.
pub fn add_to(root: Option<Condition>, path: &[usize], added: Condition) -> Option<Condition> {
    let Some(mut root) = root else {
        return Some(added);
    };
    let mut path = path.to_vec();
    if let Some((_, inside)) = node(&root, &path).and_then(as_group) {
        path.extend(inside);
    }
    if let Some(target) = node_mut(&mut root, &path) {
        match target {
            Condition::All(children) | Condition::Any(children) => children.push(added),
            other => {
                let old = std::mem::replace(other, Condition::All(Vec::new()));
                *other = Condition::All(vec![old, added]);
            }
        }
    }
    Some(root)
}

/// Removes the node at `path`. A `not` or group left empty goes too; removing the root
/// removes the whole condition.
pub fn remove(root: Condition, path: &[usize]) -> Option<Condition> {
    let (last, parent_path) = path.split_last()?;
    let mut root = root;
    let parent_emptied = match node_mut(&mut root, parent_path) {
        Some(Condition::All(children) | Condition::Any(children)) => {
            if *last < children.len() {
                children.remove(*last);
            }
            children.is_empty()
        }
        Some(Condition::Not(_)) => true,
        _ => false,
    };
    if parent_emptied {
        remove(root, parent_path)
    } else {
        Some(root)
    }
}

/// Wraps the node at `path` in `not`, or unwraps it when it already is one.
pub fn toggle_not(root: &mut Condition, path: &[usize]) {
    if let Some(target) = node_mut(root, path) {
        let old = std::mem::replace(target, Condition::All(Vec::new()));
        *target = match old {
            Condition::Not(inner) => *inner,
            other => Condition::Not(Box::new(other)),
        };
    }
}

/// How a group combines its conditions, in the words the builder offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combinator {
    /// Every condition holds (`all`).
    All,
    /// At least one holds (`any`).
    Any,
    /// None holds (`not` of `any`).
    NoneOf,
    /// Not every one holds (`not` of `all`).
    NotAll,
}

impl Combinator {
    /// Every combinator, in the order offered.
    pub const ALL: [Combinator; 4] = [
        Combinator::All,
        Combinator::Any,
        Combinator::NoneOf,
        Combinator::NotAll,
    ];

    /// Its name in locale message ids and test ids.
    pub fn name(self) -> &'static str {
        match self {
            Combinator::All => "all",
            Combinator::Any => "any",
            Combinator::NoneOf => "none",
            Combinator::NotAll => "not-all",
        }
    }
}

/// A node seen as a group: how it combines, and the path from it to its children's list
/// (`[]`, or `[0]` through a `not`). None for a comparison or a `not` of a comparison.
pub fn as_group(node: &Condition) -> Option<(Combinator, NodePath)> {
    match node {
        Condition::All(_) => Some((Combinator::All, vec![])),
        Condition::Any(_) => Some((Combinator::Any, vec![])),
        Condition::Not(inner) => match **inner {
            Condition::All(_) => Some((Combinator::NotAll, vec![0])),
            Condition::Any(_) => Some((Combinator::NoneOf, vec![0])),
            _ => None,
        },
        Condition::Compare(_) => None,
    }
}

/// Changes how the group at `path` combines its conditions.
pub fn set_combinator(root: &mut Condition, path: &[usize], combinator: Combinator) {
    let Some(target) = node_mut(root, path) else {
        return;
    };
    let children = match target {
        Condition::All(children) | Condition::Any(children) => std::mem::take(children),
        Condition::Not(inner) => match inner.as_mut() {
            Condition::All(children) | Condition::Any(children) => std::mem::take(children),
            _ => return,
        },
        Condition::Compare(_) => return,
    };
    *target = match combinator {
        Combinator::All => Condition::All(children),
        Combinator::Any => Condition::Any(children),
        Combinator::NoneOf => Condition::Not(Box::new(Condition::Any(children))),
        Combinator::NotAll => Condition::Not(Box::new(Condition::All(children))),
    };
}

/// Points the comparison at `path` at another source, with a fitting operator and value (the
/// old ones are kept when they still fit).
pub fn retarget(survey: &Survey, root: &mut Condition, path: &[usize], source: &Source) {
    if let Some(Condition::Compare(comparison)) = node_mut(root, path) {
        comparison.item = source.id.clone();
        let operators = operators_for(source.kind);
        if !operators.contains(&comparison.op) {
            comparison.op = operators.first().copied().unwrap_or(Operator::Answered);
        }
        comparison.value = default_value(survey, source, comparison.op);
    }
}

/// Changes the operator of the comparison at `path`, adding or dropping its value as needed.
pub fn set_operator(
    survey: &Survey,
    root: &mut Condition,
    path: &[usize],
    source: Option<&Source>,
    op: Operator,
) {
    if let Some(Condition::Compare(comparison)) = node_mut(root, path) {
        comparison.op = op;
        if !op.takes_value() {
            comparison.value = None;
        } else if comparison.value.is_none() {
            comparison.value = source.and_then(|source| default_value(survey, source, op));
        }
    }
}

/// The kinds of validation check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckKind {
    /// A number or date between bounds.
    Range,
    /// A text length between bounds.
    Length,
    /// A text matching a regular expression.
    Pattern,
    /// How many options are chosen or ranked.
    AnswerCount,
}

impl CheckKind {
    /// Every kind, in the order the builder offers them.
    pub const ALL: [CheckKind; 4] = [
        CheckKind::Range,
        CheckKind::Length,
        CheckKind::Pattern,
        CheckKind::AnswerCount,
    ];

    /// The kind of a check.
    pub fn of(check: &Check) -> CheckKind {
        match check {
            Check::Range { .. } => CheckKind::Range,
            Check::Length { .. } => CheckKind::Length,
            Check::Pattern { .. } => CheckKind::Pattern,
            Check::AnswerCount { .. } => CheckKind::AnswerCount,
        }
    }

    /// Its name in the JSON, in issue details and in locale message ids.
    pub fn name(self) -> &'static str {
        match self {
            CheckKind::Range => "range",
            CheckKind::Length => "length",
            CheckKind::Pattern => "pattern",
            CheckKind::AnswerCount => "answerCount",
        }
    }

    /// Whether an item of this type can have this check.
    pub fn applies(self, kind: ItemKind) -> bool {
        match self {
            CheckKind::Range => kind.is_numeric() || kind == ItemKind::Date,
            CheckKind::Length | CheckKind::Pattern => kind.is_text(),
            CheckKind::AnswerCount => {
                matches!(kind, ItemKind::MultipleChoice | ItemKind::Ranking)
            }
        }
    }

    /// The checks an item of this type can have.
    pub fn for_kind(kind: ItemKind) -> Vec<CheckKind> {
        CheckKind::ALL
            .into_iter()
            .filter(|check| check.applies(kind))
            .collect()
    }

    /// A new, open-ended check of this kind, to be given its bounds.
    pub fn empty(self) -> Check {
        match self {
            CheckKind::Range => Check::Range {
                min: None,
                max: None,
            },
            CheckKind::Length => Check::Length {
                min: None,
                max: None,
            },
            CheckKind::Pattern => Check::Pattern {
                regex: String::new(),
            },
            CheckKind::AnswerCount => Check::AnswerCount {
                min: None,
                max: None,
            },
        }
    }
}

/// A bound typed into the builder, read as the check needs it: a number for numeric ranges,
/// an ISO date for date ranges. Empty means no bound.
pub fn parse_range_bound(kind: ItemKind, typed: &str) -> Result<Option<Literal>, NotANumber> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if kind == ItemKind::Date {
        return Ok(Some(Literal::Text(typed.to_owned())));
    }
    if let Ok(whole) = typed.parse::<i64>() {
        return Ok(Some(Literal::Number(Number::from(whole))));
    }
    typed
        .parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(|number| Some(Literal::Number(number)))
        .ok_or(NotANumber)
}

/// A numeric bound that could not be read as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a number")]
pub struct NotANumber;

/// A bound as the builder shows it in its field.
pub fn bound_text(bound: &Option<Literal>) -> String {
    match bound {
        None => String::new(),
        Some(Literal::Number(number)) => number.to_string(),
        Some(Literal::Text(text)) => text.clone(),
        Some(Literal::Bool(value)) => value.to_string(),
    }
}

/// The Fluent placeable that pipes an answer into a text.
pub fn piped(id: &str) -> String {
    format!("{{ ${id} }}")
}

/// Every item with its address, in respondent order (a section before its items).
fn in_order(survey: &Survey) -> Vec<(Address, &Item)> {
    fn walk<'s>(
        items: &'s [Item],
        page: usize,
        path: &mut Vec<usize>,
        out: &mut Vec<(Address, &'s Item)>,
    ) {
        for (index, item) in items.iter().enumerate() {
            path.push(index);
            out.push((
                Address {
                    page,
                    path: path.clone(),
                },
                item,
            ));
            walk(&item.items, page, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    for (page, content) in survey.pages.iter().enumerate() {
        walk(&content.items, page, &mut Vec::new(), &mut out);
    }
    out
}

fn sources<'s>(items: impl Iterator<Item = &'s Item>) -> Vec<Source> {
    let mut out = Vec::new();
    for item in items {
        if item.kind == ItemKind::LikertGrid {
            out.extend(item.rows.iter().map(|row| Source {
                id: row.id.clone(),
                kind: ItemKind::SingleChoice,
                choices: item.choices.clone(),
                item: item.id.clone(),
            }));
        } else if item.kind.takes_answer() {
            out.push(Source {
                id: item.id.clone(),
                kind: item.kind,
                choices: item.choices.clone(),
                item: item.id.clone(),
            });
        }
    }
    out
}
