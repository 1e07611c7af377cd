//! Edits to a survey: the one stream of changes the builder makes, so undo/redo, autosave and
//! validation all see the same thing.
//!
//! Every [`Edit`] applied by [`apply`] returns its exact inverse, which is what [`History`]
//! keeps for undo. Items are addressed by position ([`Address`]) rather than by id, because
//! ids may be duplicated or invalid while someone is typing one. Renaming an item also
//! renames every reference to it: comparisons in conditions and `$variables` in every
//! language of every text.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::core::model::{
    Author, ChoiceList, Condition, Item, ItemKind, LocalizedText, Page, Survey,
};
use crate::core::translation::{TextKey, text_mut};

/// Where an item is: its page, then its index at each level (sections nest).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    /// Page index.
    pub page: usize,
    /// Index within the page, then within each enclosing section.
    pub path: Vec<usize>,
}

impl Address {
    /// A top-level item of a page.
    pub fn top(page: usize, index: usize) -> Self {
        Address {
            page,
            path: vec![index],
        }
    }
}

/// One change to a survey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// Inserts an item so that it ends up at the address.
    InsertItem { at: Address, item: Box<Item> },
    /// Removes the item at the address.
    RemoveItem { at: Address },
    /// Replaces the item at the address (every setting of an item is changed this way).
    ReplaceItem { at: Address, item: Box<Item> },
    /// Moves an item: `to` is its address once moved (counted after it left `from`).
    MoveItem { from: Address, to: Address },
    /// Gives an item a new id, updating every reference to it.
    RenameItem { at: Address, id: String },
    /// Inserts a page at an index.
    InsertPage { index: usize, page: Box<Page> },
    /// Removes a page.
    RemovePage { index: usize },
    /// Replaces a page's own settings (id, title, show-if), keeping its items.
    ReplacePage { index: usize, page: Box<Page> },
    /// Moves a page to a new index.
    MovePage { from: usize, to: usize },
    /// Inserts a choice list.
    InsertChoiceList { index: usize, list: ChoiceList },
    /// Removes a choice list.
    RemoveChoiceList { index: usize },
    /// Gives a choice list a new id, updating every item that offers it.
    RenameChoiceList { index: usize, id: String },
    /// Replaces a choice list (options added, removed, relabelled, reordered).
    ReplaceChoiceList { index: usize, list: ChoiceList },
    /// Replaces the survey as a whole except its pages (metadata, languages, audience,
    /// settings): these change rarely and together.
    ReplaceFrame { frame: Box<Survey> },
    /// Replaces the whole survey: changes that touch every string at once (removing a
    /// language, changing the source language).
    ReplaceSurvey(Box<Survey>),
    /// Replaces one string (every language of it, with translation states).
    ReplaceText {
        /// Where the string is.
        key: TextKey,
        /// Its new value.
        text: LocalizedText,
    },
    /// Replaces the co-design record (threads, outcomes, sign-offs).
    ReplaceReview(Box<crate::core::review::Review>),
    /// Several edits as one step (undone together, in reverse).
    Batch(Vec<Edit>),
}

/// Why an edit could not be applied; the survey is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EditError {
    /// No item, page or list at that position.
    #[error("nothing at that position")]
    NoSuchPlace,
    /// The edit would take the survey over a structural limit (see [`crate::core::limits`]).
    #[error("more than {limit} {what}")]
    OverLimit {
        /// Which limit.
        what: crate::core::limits::Limit,
        /// The limit.
        limit: usize,
    },
}

/// Applies an edit and returns the edit that undoes it.
pub fn apply(survey: &mut Survey, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::InsertItem { at, item } => {
            let (siblings, index) = siblings_mut(survey, &at)?;
            if index > siblings.len() {
                return Err(EditError::NoSuchPlace);
            }
            siblings.insert(index, *item);
            Ok(Edit::RemoveItem { at })
        }
        Edit::RemoveItem { at } => {
            let (siblings, index) = siblings_mut(survey, &at)?;
            if index >= siblings.len() {
                return Err(EditError::NoSuchPlace);
            }
            let item = siblings.remove(index);
            Ok(Edit::InsertItem {
                at,
                item: Box::new(item),
            })
        }
        Edit::ReplaceItem { at, item } => {
            let slot = item_mut(survey, &at)?;
            let old = std::mem::replace(slot, *item);
            Ok(Edit::ReplaceItem {
                at,
                item: Box::new(old),
            })
        }
        Edit::MoveItem { from, to } => {
            let removed = apply(survey, Edit::RemoveItem { at: from.clone() })?;
            let Edit::InsertItem { item, .. } = removed else {
                return Err(EditError::NoSuchPlace);
            };
            if let Err(error) = apply(
                survey,
                Edit::InsertItem {
                    at: to.clone(),
                    item: item.clone(),
                },
            ) {
                // Put it back where it was: a failed edit changes nothing.
                let _ = apply(survey, Edit::InsertItem { at: from, item });
                return Err(error);
            }
            Ok(Edit::MoveItem { from: to, to: from })
        }
        Edit::RenameItem { at, id } => {
            let old = item_mut(survey, &at)?.id.clone();
            item_mut(survey, &at)?.id = id.clone();
            if !old.is_empty() && old != id && !id.is_empty() {
                rename_references(survey, &old, &id);
            }
            Ok(Edit::RenameItem { at, id: old })
        }
        Edit::InsertPage { index, page } => {
            if index > survey.pages.len() {
                return Err(EditError::NoSuchPlace);
            }
            survey.pages.insert(index, *page);
            Ok(Edit::RemovePage { index })
        }
        Edit::RemovePage { index } => {
            if index >= survey.pages.len() {
                return Err(EditError::NoSuchPlace);
            }
            let page = survey.pages.remove(index);
            Ok(Edit::InsertPage {
                index,
                page: Box::new(page),
            })
        }
        Edit::ReplacePage { index, page } => {
            let slot = survey.pages.get_mut(index).ok_or(EditError::NoSuchPlace)?;
            let mut page = *page;
            // The page's items are edited item by item, never through its settings.
            page.items = std::mem::take(&mut slot.items);
            let old = std::mem::replace(slot, page);
            Ok(Edit::ReplacePage {
                index,
                page: Box::new(Page {
                    items: Vec::new(),
                    ..old
                }),
            })
        }
        Edit::MovePage { from, to } => {
            if from >= survey.pages.len() || to >= survey.pages.len() {
                return Err(EditError::NoSuchPlace);
            }
            let page = survey.pages.remove(from);
            survey.pages.insert(to, page);
            Ok(Edit::MovePage { from: to, to: from })
        }
        Edit::InsertChoiceList { index, list } => {
            if index > survey.choice_lists.len() {
                return Err(EditError::NoSuchPlace);
            }
            survey.choice_lists.insert(index, list);
            Ok(Edit::RemoveChoiceList { index })
        }
        Edit::RemoveChoiceList { index } => {
            if index >= survey.choice_lists.len() {
                return Err(EditError::NoSuchPlace);
            }
            let list = survey.choice_lists.remove(index);
            Ok(Edit::InsertChoiceList { index, list })
        }
        Edit::RenameChoiceList { index, id } => {
            let list = survey
                .choice_lists
                .get_mut(index)
                .ok_or(EditError::NoSuchPlace)?;
            let old = std::mem::replace(&mut list.id, id.clone());
            if old != id {
                for page in &mut survey.pages {
                    rename_list_in(&mut page.items, &old, &id);
                }
            }
            Ok(Edit::RenameChoiceList { index, id: old })
        }
        Edit::ReplaceChoiceList { index, list } => {
            let slot = survey
                .choice_lists
                .get_mut(index)
                .ok_or(EditError::NoSuchPlace)?;
            let old = std::mem::replace(slot, list);
            Ok(Edit::ReplaceChoiceList { index, list: old })
        }
        Edit::ReplaceFrame { frame } => {
            let mut frame = *frame;
            frame.pages = std::mem::take(&mut survey.pages);
            frame.choice_lists = std::mem::take(&mut survey.choice_lists);
            // `old` keeps no pages or lists: they moved into the new frame.
            let old = std::mem::replace(survey, frame);
            Ok(Edit::ReplaceFrame {
                frame: Box::new(old),
            })
        }
        Edit::ReplaceSurvey(new) => {
            let old = std::mem::replace(survey, *new);
            Ok(Edit::ReplaceSurvey(Box::new(old)))
        }
        Edit::ReplaceText { key, text } => {
            let slot = text_mut(survey, &key).ok_or(EditError::NoSuchPlace)?;
            let old = std::mem::replace(slot, text);
            Ok(Edit::ReplaceText { key, text: old })
        }
        Edit::ReplaceReview(review) => {
            let old = std::mem::replace(&mut survey.review, *review);
            Ok(Edit::ReplaceReview(Box::new(old)))
        }
        Edit::Batch(edits) => {
            let mut inverses = Vec::with_capacity(edits.len());
            for edit in edits {
                match apply(survey, edit) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(error) => {
                        // Leave the survey as it was: undo what was applied.
                        for inverse in inverses.into_iter().rev() {
                            let _ = apply(survey, inverse);
                        }
                        return Err(error);
                    }
                }
            }
            inverses.reverse();
            Ok(Edit::Batch(inverses))
        }
    }
}

/// The item at an address.
pub fn item_at<'s>(survey: &'s Survey, at: &Address) -> Option<&'s Item> {
    let (first, rest) = at.path.split_first()?;
    let mut item = survey.pages.get(at.page)?.items.get(*first)?;
    for index in rest {
        item = item.items.get(*index)?;
    }
    Some(item)
}

/// The item at an address, to change it.
pub fn item_at_mut<'s>(survey: &'s mut Survey, at: &Address) -> Option<&'s mut Item> {
    let (first, rest) = at.path.split_first()?;
    let mut item = survey.pages.get_mut(at.page)?.items.get_mut(*first)?;
    for index in rest {
        item = item.items.get_mut(*index)?;
    }
    Some(item)
}

/// The address of the first item with this id.
pub fn address_of(survey: &Survey, id: &str) -> Option<Address> {
    fn search(items: &[Item], id: &str, path: &mut Vec<usize>) -> bool {
        for (index, item) in items.iter().enumerate() {
            path.push(index);
            if item.id == id || search(&item.items, id, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    survey.pages.iter().enumerate().find_map(|(page, content)| {
        let mut path = Vec::new();
        search(&content.items, id, &mut path).then_some(Address { page, path })
    })
}

fn item_mut<'s>(survey: &'s mut Survey, at: &Address) -> Result<&'s mut Item, EditError> {
    let (siblings, index) = siblings_mut(survey, at)?;
    siblings.get_mut(index).ok_or(EditError::NoSuchPlace)
}

/// The list an address indexes into, and the index.
fn siblings_mut<'s>(
    survey: &'s mut Survey,
    at: &Address,
) -> Result<(&'s mut Vec<Item>, usize), EditError> {
    let (last, parents) = at.path.split_last().ok_or(EditError::NoSuchPlace)?;
    let mut siblings = &mut survey
        .pages
        .get_mut(at.page)
        .ok_or(EditError::NoSuchPlace)?
        .items;
    for index in parents {
        siblings = &mut siblings
            .get_mut(*index)
            .ok_or(EditError::NoSuchPlace)?
            .items;
    }
    Ok((siblings, *last))
}

fn rename_list_in(items: &mut [Item], old: &str, new: &str) {
    for item in items {
        if item.choices.as_deref() == Some(old) {
            item.choices = Some(new.to_owned());
        }
        rename_list_in(&mut item.items, old, new);
    }
}

/// Renames `$old` to `$new` in a Fluent pattern, leaving longer names (`$old_2`) alone.
pub fn rename_variable(pattern: &str, old: &str, new: &str) -> String {
    let needle = format!("${old}");
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(found) = rest.find(&needle) {
        let after = &rest[found + needle.len()..];
        let continues = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        out.push_str(&rest[..found]);
        if continues {
            out.push_str(&needle);
        } else {
            out.push('$');
            out.push_str(new);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn rename_references(survey: &mut Survey, old: &str, new: &str) {
    let rename_text = |text: &mut LocalizedText| {
        for pattern in text.0.values_mut() {
            if pattern.contains('$') {
                *pattern = rename_variable(pattern, old, new);
            }
        }
    };
    for page in &mut survey.pages {
        rename_text(&mut page.title);
        if let Some(condition) = &mut page.show_if {
            rename_in_condition(condition, old, new);
        }
        for item in &mut page.items {
            rename_in_item(item, old, new, &rename_text);
        }
    }
}

fn rename_in_item(item: &mut Item, old: &str, new: &str, rename_text: &dyn Fn(&mut LocalizedText)) {
    for text in [
        &mut item.text,
        &mut item.hint,
        &mut item.placeholder,
        &mut item.unit,
    ] {
        rename_text(text);
    }
    for row in &mut item.rows {
        rename_text(&mut row.text);
    }
    for rule in &mut item.validation {
        rename_text(&mut rule.message);
    }
    if let Some(sensitive) = &mut item.sensitive {
        rename_text(&mut sensitive.content_note);
        rename_text(&mut sensitive.why_we_ask);
    }
    for condition in [&mut item.show_if, &mut item.required_if]
        .into_iter()
        .flatten()
    {
        rename_in_condition(condition, old, new);
    }
    for child in &mut item.items {
        rename_in_item(child, old, new, rename_text);
    }
}

fn rename_in_condition(condition: &mut Condition, old: &str, new: &str) {
    match condition {
        Condition::All(conditions) | Condition::Any(conditions) => {
            for condition in conditions {
                rename_in_condition(condition, old, new);
            }
        }
        Condition::Not(condition) => rename_in_condition(condition, old, new),
        Condition::Compare(comparison) => {
            if comparison.item == old {
                comparison.item = new.to_owned();
            }
        }
    }
}

/// Undo and redo over a stream of edits.
///
/// Consecutive edits of the same kind to the same place made close together (typing in one
/// field) are one step: undo takes the whole run back.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

#[derive(Debug, Clone)]
struct Step {
    inverse: Edit,
    /// What the step changed, for merging runs of typing.
    group: Option<String>,
    /// When the step was made, in milliseconds (any clock).
    at: f64,
}

/// Edits to the same place within this many milliseconds merge into one undo step.
pub const MERGE_WINDOW_MS: f64 = 1000.0;

/// The most undo steps kept.
pub const MAX_UNDO: usize = 500;

impl History {
    /// Applies an edit and records how to undo it. `now_ms` is the time of the edit.
    ///
    /// An edit that would take the survey over a structural limit (items, pages, lists,
    /// options, languages, nested sections or conditions: [`crate::core::limits`]) is refused
    /// with [`EditError::OverLimit`] and changes nothing, so the builder never holds a survey
    /// it could not open again.
    pub fn apply(&mut self, survey: &mut Survey, edit: Edit, now_ms: f64) -> Result<(), EditError> {
        let group = merge_group(&edit);
        let grows = can_grow(&edit);
        let mut inverse = apply(survey, edit)?;
        if grows && let Err(over) = crate::core::limits::check(survey) {
            // Back to the survey as it was; the edit stands only if that was already as far
            // over this limit (an edit that shrinks nothing is not refused for an old excess).
            let again = apply(survey, inverse)?;
            let before = crate::core::limits::check(survey).err();
            if before.is_some_and(|before| before.what == over.what && before.found >= over.found) {
                inverse = apply(survey, again)?;
            } else {
                return Err(EditError::OverLimit {
                    what: over.what,
                    limit: over.what.max(),
                });
            }
        }
        self.redo.clear();
        let merges = match (self.undo.last(), &group) {
            (Some(last), Some(group)) => {
                last.group.as_ref() == Some(group) && now_ms - last.at <= MERGE_WINDOW_MS
            }
            _ => false,
        };
        if merges {
            // The earlier inverse already restores the state before the run; keep it.
            if let Some(last) = self.undo.last_mut() {
                last.at = now_ms;
            }
        } else {
            self.undo.push(Step {
                inverse,
                group,
                at: now_ms,
            });
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        Ok(())
    }

    /// Undoes the last step; false when there is nothing to undo.
    pub fn undo(&mut self, survey: &mut Survey) -> bool {
        replay(&mut self.undo, &mut self.redo, survey)
    }

    /// Redoes the last undone step; false when there is nothing to redo.
    pub fn redo(&mut self, survey: &mut Survey) -> bool {
        replay(&mut self.redo, &mut self.undo, survey)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Applies the last step of `from` and records its inverse on `to` (undo and redo are this,
/// in opposite directions). A step that no longer applies is dropped.
fn replay(from: &mut Vec<Step>, to: &mut Vec<Step>, survey: &mut Survey) -> bool {
    let Some(step) = from.pop() else {
        return false;
    };
    match apply(survey, step.inverse) {
        Ok(inverse) => {
            to.push(Step {
                inverse,
                group: None,
                at: step.at,
            });
            true
        }
        Err(_) => false,
    }
}

/// Whether an edit can add items, pages, lists, options or languages, or nest sections or
/// conditions deeper (the others are not checked against the limits).
fn can_grow(edit: &Edit) -> bool {
    !matches!(
        edit,
        Edit::RemoveItem { .. }
            | Edit::RenameItem { .. }
            | Edit::RemovePage { .. }
            | Edit::MovePage { .. }
            | Edit::RemoveChoiceList { .. }
            | Edit::RenameChoiceList { .. }
            | Edit::ReplaceText { .. }
            | Edit::ReplaceReview(_)
    )
}

/// Replacing the same item (or list) again and again is typing in one of its fields.
fn merge_group(edit: &Edit) -> Option<String> {
    match edit {
        Edit::ReplaceItem { at, .. } => Some(format!("item {at:?}")),
        Edit::ReplaceChoiceList { index, .. } => Some(format!("list {index}")),
        Edit::ReplacePage { index, .. } => Some(format!("page {index}")),
        Edit::ReplaceFrame { .. } => Some("frame".to_owned()),
        Edit::ReplaceText { key, .. } => Some(format!("text {key:?}")),
        _ => None,
    }
}

/// An id not used by any item, grid row or audience variable: `base`, or `base_2`, `base_3`…
pub fn unique_id(survey: &Survey, base: &str) -> String {
    fresh_id(&mut taken_ids(survey), base)
}

/// A copy of an item (and its children and grid rows) with fresh, unique ids.
pub fn duplicate(survey: &Survey, item: &Item) -> Item {
    fn renew(item: &mut Item, taken: &mut HashSet<String>) {
        item.id = fresh_id(taken, &item.id);
        for row in &mut item.rows {
            row.id = fresh_id(taken, &row.id);
        }
        for child in &mut item.items {
            renew(child, taken);
        }
    }
    let mut copy = item.clone();
    renew(&mut copy, &mut taken_ids(survey));
    copy
}

/// Every id in the variable namespace: items, grid rows, audience variables.
fn taken_ids(survey: &Survey) -> HashSet<String> {
    let mut taken: HashSet<String> = survey
        .audience
        .iter()
        .map(|variable| variable.id.clone())
        .collect();
    for item in survey.items() {
        taken.insert(item.id.clone());
        taken.extend(item.rows.iter().map(|row| row.id.clone()));
    }
    taken
}

/// `base` or the first free `base_N`, which is then taken.
fn fresh_id(taken: &mut HashSet<String>, base: &str) -> String {
    let id = if taken.contains(base) {
        (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_else(|| base.to_owned())
    } else {
        base.to_owned()
    };
    taken.insert(id.clone());
    id
}

/// The respondent-visible texts of an item that the builder edits one language at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The question.
    Text,
    /// Help under the question.
    Hint,
    /// Placeholder in an empty field.
    Placeholder,
    /// Unit beside a number.
    Unit,
}

impl TextField {
    /// The fields that apply to an item type, in the order the builder shows them.
    pub fn for_kind(kind: ItemKind) -> Vec<TextField> {
        let mut fields = vec![TextField::Text, TextField::Hint];
        if matches!(
            kind,
            ItemKind::ShortText | ItemKind::LongText | ItemKind::Integer | ItemKind::Decimal
        ) {
            fields.push(TextField::Placeholder);
        }
        if matches!(kind, ItemKind::Integer | ItemKind::Decimal) {
            fields.push(TextField::Unit);
        }
        fields
    }

    /// The field's texts in an item.
    pub fn of(self, item: &Item) -> &LocalizedText {
        match self {
            TextField::Text => &item.text,
            TextField::Hint => &item.hint,
            TextField::Placeholder => &item.placeholder,
            TextField::Unit => &item.unit,
        }
    }

    /// Sets (or, when empty, removes) the field's text in one language, as typed by `author`.
    pub fn set(self, item: &mut Item, author: &Author, language: &str, value: &str) {
        self.of_mut(item).write(author, language, value);
    }

    fn of_mut(self, item: &mut Item) -> &mut LocalizedText {
        match self {
            TextField::Text => &mut item.text,
            TextField::Hint => &mut item.hint,
            TextField::Placeholder => &mut item.placeholder,
            TextField::Unit => &mut item.unit,
        }
    }

    /// Its name in locale message ids (`field-<name>`) and test ids.
    pub fn name(self) -> &'static str {
        match self {
            TextField::Text => "text",
            TextField::Hint => "hint",
            TextField::Placeholder => "placeholder",
            TextField::Unit => "unit",
        }
    }
}

/// A new choice list with an id unused by other lists and one option coded `1`.
pub fn new_choice_list(survey: &Survey) -> ChoiceList {
    let mut taken: HashSet<String> = survey
        .choice_lists
        .iter()
        .map(|list| list.id.clone())
        .collect();
    ChoiceList {
        id: fresh_id(&mut taken, "list"),
        options: vec![new_option(&ChoiceList {
            id: String::new(),
            options: Vec::new(),
        })],
    }
}

/// A new option for a list, with the next free numeric code.
pub fn new_option(list: &ChoiceList) -> crate::core::model::ChoiceOption {
    let code = (1..)
        .map(|n: usize| n.to_string())
        .find(|code| !list.options.iter().any(|option| option.code == *code))
        .unwrap_or_default();
    crate::core::model::ChoiceOption {
        code,
        label: LocalizedText::default(),
        exclusive: false,
        system: None,
        score: None,
    }
}

/// A place items can be moved into: the top level of a page, or a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Destination {
    /// The page.
    pub page: usize,
    /// The section, or none for the page's top level.
    pub section: Option<Address>,
    /// The section's id, or the page's id.
    pub id: String,
}

/// Every page and section an item can be moved into, in order.
pub fn destinations(survey: &Survey) -> Vec<Destination> {
    fn sections(items: &[Item], page: usize, path: &mut Vec<usize>, out: &mut Vec<Destination>) {
        for (index, item) in items.iter().enumerate() {
            path.push(index);
            if item.kind == ItemKind::Section {
                out.push(Destination {
                    page,
                    section: Some(Address {
                        page,
                        path: path.clone(),
                    }),
                    id: item.id.clone(),
                });
                sections(&item.items, page, path, out);
            }
            path.pop();
        }
    }
    let mut out = Vec::new();
    for (page, content) in survey.pages.iter().enumerate() {
        out.push(Destination {
            page,
            section: None,
            id: content.id.clone(),
        });
        sections(&content.items, page, &mut Vec::new(), &mut out);
    }
    out
}

/// The edit that moves the item at `from` to the end of a page or section. None when that
/// is where it already is, or the destination is inside the item itself.
pub fn move_into(survey: &Survey, from: &Address, destination: &Destination) -> Option<Edit> {
    let container: Vec<usize> = destination
        .section
        .as_ref()
        .map(|section| section.path.clone())
        .unwrap_or_default();
    if destination.page == from.page && container.starts_with(&from.path) {
        return None;
    }
    let shifted = if destination.page == from.page {
        after_removal(&container, &from.path)
    } else {
        container
    };
    let mut without = survey.clone();
    apply(&mut without, Edit::RemoveItem { at: from.clone() }).ok()?;
    let children = if shifted.is_empty() {
        without.pages.get(destination.page)?.items.len()
    } else {
        item_at(
            &without,
            &Address {
                page: destination.page,
                path: shifted.clone(),
            },
        )?
        .items
        .len()
    };
    let mut path = shifted;
    path.push(children);
    let to = Address {
        page: destination.page,
        path,
    };
    (to != *from).then(|| Edit::MoveItem {
        from: from.clone(),
        to,
    })
}

/// A page id not used by another page: `page_2`, `page_3`… (one past the number of pages).
pub fn unique_page_id(survey: &Survey) -> String {
    let mut taken: HashSet<String> = survey.pages.iter().map(|page| page.id.clone()).collect();
    fresh_id(&mut taken, &format!("page_{}", survey.pages.len() + 1))
}

/// The edit that drops the item at `from` onto the row of the item at `target`: it takes the
/// target's place, before it when moving up and after it when moving down its list. None when
/// the target is the item itself or inside it.
pub fn drop_onto(survey: &Survey, from: &Address, target: &Address) -> Option<Edit> {
    if from.page == target.page && target.path.starts_with(&from.path) {
        return None;
    }
    item_at(survey, from)?;
    item_at(survey, target)?;
    let (from_index, from_parent) = from.path.split_last()?;
    let (target_index, target_parent) = target.path.split_last()?;
    let mut path = if from.page == target.page {
        after_removal(&target.path, &from.path)
    } else {
        target.path.clone()
    };
    if from.page == target.page
        && from_parent == target_parent
        && from_index < target_index
        && let Some(last) = path.last_mut()
    {
        *last += 1;
    }
    let to = Address {
        page: target.page,
        path,
    };
    (to != *from).then(|| Edit::MoveItem {
        from: from.clone(),
        to,
    })
}

/// A path on the same page as it reads once the item at `removed` has left its list.
fn after_removal(path: &[usize], removed: &[usize]) -> Vec<usize> {
    let mut shifted = path.to_vec();
    if let Some((index, parent)) = removed.split_last()
        && shifted.len() > parent.len()
        && shifted.starts_with(parent)
        && shifted[parent.len()] > *index
    {
        shifted[parent.len()] -= 1;
    }
    shifted
}
