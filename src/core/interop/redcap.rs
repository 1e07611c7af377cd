//! REDCap data dictionary (CSV), out and back in.
//!
//! A data dictionary holds one instrument in one language, a row per field, in REDCap's 18
//! standard columns. What maps to what (coform → REDCap, and what the reader makes of it):
//!
//! | coform | REDCap |
//! | --- | --- |
//! | survey id | Form Name (lowercase, `_` for anything but letters and digits) |
//! | the source language | every label; each other language is a [`LossKind::Language`] loss, and a non-English source a [`LossKind::SourceLanguage`] loss (the reader takes the text as English) |
//! | — | a first `record_id` text field: REDCap makes the first field the record identifier |
//! | page | the page title as the Section Header of its first field (REDCap surveys can show one section per page); the reader starts a page at every section header |
//! | section | a `descriptive` field with its title; its items follow it, each with the section's condition joined to its own ([`LossKind::ItemType`]) |
//! | note | `descriptive` |
//! | shortText, longText | `text`, `notes` |
//! | integer, decimal, date | `text` validated as `integer`, `number`, `date_ymd` |
//! | singleChoice | `radio`, or `dropdown` for the drop-down appearance |
//! | multipleChoice | `checkbox`; exclusive options in `@NONEOFTHEABOVE` |
//! | yesNo | `yesno` (1 yes, 0 no) |
//! | consent | `yesno` ([`LossKind::ItemType`]) |
//! | rating | `slider` with its bounds as Text Validation Min/Max and its end labels as `left \| \| right` |
//! | likertGrid | a `descriptive` field named after the grid with its text, then a `radio` field per row in the Matrix Group named after the grid |
//! | ranking | a `descriptive` field with its text, then a ranked matrix (Matrix Ranking? `y`): a `radio` field `<id>_<code>` per option whose choices are the ranks |
//! | options | `code, label \| code, label` |
//! | hint | Field Note |
//! | placeholder | `@PLACEHOLDER` |
//! | required | Required Field? `y` |
//! | show-if | Branching Logic: `[a] = 'x'`, `[a(code)] = '1'` for a checkbox, `<>`, `<`, `>=`…, `[a] <> ''`, `and`, `or`, parentheses |
//! | range | Text Validation Min/Max (its message is lost) |
//! | length (maximum only) | `@CHARLIMIT` |
//! | answer count (maximum only) | `@MAXCHECKED` |
//! | piping `{ $name }` | `[name]`; an audience variable outside a select, which is no field, as the text `[name]` (a [`LossKind::Piping`] loss) |
//!
//! REDCap has no `not`: conditions are written with the negation pushed down to the
//! comparisons, and every comparison that coform makes false for an unanswered question gets
//! `[a] <> ''` beside it, so the logic means the same whatever REDCap does with blanks.
//!
//! Names: REDCap variables are lowercase letters, digits and `_` starting with a letter. A
//! coform id with capitals is written in lowercase (made unique) and a choice code with `-`
//! with `_`, each a [`LossKind::Id`] loss naming what was written; conditions and piping use
//! the new name.
//!
//! Labels, headers, notes and choice labels are HTML in REDCap, so text is written with `<`,
//! `>`, `&`, quotes, brackets, braces and `|` as character references: untrusted text never
//! becomes markup, piping (`[name]`) or field embedding (`{name}`), and never breaks a choice
//! list. The reader decodes them, reads `<br>` as a line break, and leaves other markup out
//! with a notice.
//!
//! The reader takes any data dictionary: unknown field types are skipped, columns and action
//! tags it does not read and branching logic it cannot hold are notices located by CSV line.

use std::collections::{HashMap, HashSet};

use crate::core::interop::surveyjs::{html_escape, html_text, simplify, unique};
use crate::core::interop::text;
use crate::core::interop::{
    Exported, Imported, Loss, LossKind, Notice, NoticeKind, ReadError, common_losses, dedup,
};
use crate::core::model::{
    Appearance, Check, ChoiceList, ChoiceOption, Comparison, Condition, GridRow, Item, ItemKind,
    Literal, LocalizedText, Operator, Page, RatingScale, Survey, ValidationRule,
};
use crate::core::validate::is_valid_code;

/// The 18 columns of a data dictionary, exactly as REDCap writes them.
pub const HEADER: [&str; 18] = [
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
];

const VARIABLE: usize = 0;
const FORM: usize = 1;
const SECTION: usize = 2;
const TYPE: usize = 3;
const LABEL: usize = 4;
const CHOICES: usize = 5;
const NOTE: usize = 6;
const VALIDATION: usize = 7;
const MIN: usize = 8;
const MAX: usize = 9;
const IDENTIFIER: usize = 10;
const BRANCHING: usize = 11;
const REQUIRED: usize = 12;
const ALIGNMENT: usize = 13;
const NUMBER: usize = 14;
const MATRIX: usize = 15;
const RANKING: usize = 16;
const ANNOTATION: usize = 17;

/// Private-use characters that stand for piping brackets while the rest is escaped.
const OPEN: &str = "\u{E000}";
const CLOSE: &str = "\u{E001}";

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/// Writes the survey's source language as a REDCap data dictionary, with what it cannot carry.
pub fn export(survey: &Survey) -> Exported {
    let mut writer = Writer::new(survey);
    writer.write();
    let mut losses = common_losses(survey);
    losses.extend(dedup(writer.losses));
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = csv.write_record(HEADER);
    for row in &writer.rows {
        let _ = csv.write_record(row);
    }
    Exported {
        bytes: csv.into_inner().unwrap_or_default(),
        losses,
    }
}

/// What a condition may name: an item or grid row, as REDCap knows it.
#[derive(Clone)]
struct Target {
    variable: String,
    kind: ItemKind,
    /// The choice codes, each with the code written.
    codes: Vec<(String, String)>,
}

struct Writer<'s> {
    survey: &'s Survey,
    form: String,
    rows: Vec<[String; 18]>,
    losses: Vec<Loss>,
    targets: HashMap<String, Target>,
    /// Each list's codes as written, by list id.
    codes: HashMap<String, Vec<(String, String)>>,
    /// The section header waiting for the next field.
    header: Option<String>,
}

/// A REDCap variable name for an id: lowercase, `_` for anything else.
fn variable_name(id: &str) -> String {
    let mut out: String = id
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '_' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '_',
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out.insert(0, 'v');
    }
    out
}

/// Whether REDCap takes a code as a raw value: letters, digits and `_`, or an integer.
fn redcap_code(code: &str) -> bool {
    let digits = code.strip_prefix('-').unwrap_or(code);
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        || (!code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

impl<'s> Writer<'s> {
    fn new(survey: &'s Survey) -> Self {
        let mut form = variable_name(&survey.metadata.id);
        if form.len() < 2 {
            form.push_str("_form");
        }
        Writer {
            survey,
            form,
            rows: Vec::new(),
            losses: Vec::new(),
            targets: HashMap::new(),
            codes: HashMap::new(),
            header: None,
        }
    }

    fn lose(&mut self, path: impl Into<String>, kind: LossKind) {
        self.losses.push(Loss {
            path: path.into(),
            kind,
        });
    }

    /// Names every variable and code first, so conditions and piping anywhere can use them.
    fn name_everything(&mut self) {
        let survey = self.survey;
        // A ranking's options are fields named `<id>_<code>`, and the reader takes each code
        // back from its field's name (lowercase): a list a ranking uses is written with such
        // codes for every question that offers it, so the list reads back as one list.
        let ranked: HashSet<&str> = survey
            .items()
            .into_iter()
            .filter(|item| item.kind == ItemKind::Ranking)
            .filter_map(|item| item.choices.as_deref())
            .collect();
        for (index, list) in survey.choice_lists.iter().enumerate() {
            let mut taken = HashSet::new();
            let mut codes = Vec::new();
            for (position, option) in list.options.iter().enumerate() {
                let wanted = if ranked.contains(list.id.as_str()) {
                    option
                        .code
                        .chars()
                        .map(|c| match c {
                            'a'..='z' | '0'..='9' | '_' => c,
                            'A'..='Z' => c.to_ascii_lowercase(),
                            _ => '_',
                        })
                        .collect()
                } else if redcap_code(&option.code) {
                    option.code.clone()
                } else {
                    option
                        .code
                        .chars()
                        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                        .collect()
                };
                let written = unique(&wanted, &taken);
                taken.insert(written.clone());
                if written != option.code {
                    self.lose(
                        format!("choiceLists[{index}].options[{position}].code"),
                        LossKind::Id {
                            written_as: written.clone(),
                        },
                    );
                }
                codes.push((option.code.clone(), written));
            }
            self.codes.insert(list.id.clone(), codes);
        }
        let mut taken: HashSet<String> = HashSet::new();
        let mut name = |id: &str, path: String, losses: &mut Vec<Loss>| -> String {
            let written = unique(&variable_name(id), &taken);
            taken.insert(written.clone());
            if written != id {
                losses.push(Loss {
                    path,
                    kind: LossKind::Id {
                        written_as: written.clone(),
                    },
                });
            }
            written
        };
        let mut named = Vec::new();
        for (p, page) in survey.pages.iter().enumerate() {
            let mut stack: Vec<(String, &Item)> = page
                .items
                .iter()
                .enumerate()
                .rev()
                .map(|(i, item)| (format!("pages[{p}].items[{i}]"), item))
                .collect();
            while let Some((path, item)) = stack.pop() {
                named.push((path.clone(), item));
                for (i, child) in item.items.iter().enumerate().rev() {
                    stack.push((format!("{path}.items[{i}]"), child));
                }
            }
        }
        let mut losses = Vec::new();
        let record = name("record_id", String::new(), &mut losses);
        let _ = record;
        for (path, item) in &named {
            let variable = name(&item.id, format!("{path}.id"), &mut losses);
            let codes = item
                .choices
                .as_ref()
                .and_then(|list| self.codes.get(list))
                .cloned()
                .unwrap_or_default();
            for (r, row) in item.rows.iter().enumerate() {
                let row_variable = name(&row.id, format!("{path}.rows[{r}].id"), &mut losses);
                self.targets.insert(
                    row.id.clone(),
                    Target {
                        variable: row_variable,
                        kind: ItemKind::SingleChoice,
                        codes: codes.clone(),
                    },
                );
            }
            if item.kind == ItemKind::Ranking {
                let list = item
                    .choices
                    .as_ref()
                    .and_then(|id| survey.choice_lists.iter().position(|l| l.id == *id));
                let prefix = format!("{variable}_");
                for (position, (code, written)) in codes.iter().enumerate() {
                    let option_variable =
                        name(&format!("{variable}_{written}"), String::new(), &mut losses);
                    // The reader takes the code back from the field's name.
                    let read_back = option_variable
                        .strip_prefix(&prefix)
                        .unwrap_or(&option_variable)
                        .to_owned();
                    if read_back != *code
                        && let Some(list) = list
                    {
                        losses.push(Loss {
                            path: format!("choiceLists[{list}].options[{position}].code"),
                            kind: LossKind::Id {
                                written_as: read_back,
                            },
                        });
                    }
                    let variable = option_variable;
                    self.targets.insert(
                        format!("{}\u{0}{code}", item.id),
                        Target {
                            variable,
                            kind: ItemKind::Ranking,
                            codes: Vec::new(),
                        },
                    );
                }
            }
            self.targets.insert(
                item.id.clone(),
                Target {
                    variable,
                    kind: item.kind,
                    codes,
                },
            );
        }
        // The record id never keeps a coform id, so its own "renaming" is no loss; names
        // made for ranking rows have no coform id either.
        losses.retain(|loss| !loss.path.is_empty());
        self.losses.extend(losses);
    }

    fn write(&mut self) {
        self.name_everything();
        let survey = self.survey;
        let record = unique(
            "record_id",
            &self.targets.values().map(|t| t.variable.clone()).collect(),
        );
        let mut row = self.row(&record, "text", "Record ID");
        row[LABEL] = "Record ID".into();
        self.rows.push(row);
        if survey.source_language != "en" {
            self.lose(
                "sourceLanguage",
                LossKind::SourceLanguage {
                    language: survey.source_language.clone(),
                },
            );
        }
        for (index, language) in survey.languages.iter().enumerate() {
            if language.tag != survey.source_language {
                self.lose(
                    format!("languages[{index}]"),
                    LossKind::Language {
                        language: language.tag.clone(),
                    },
                );
            }
        }
        for (field, text) in [
            ("title", &survey.metadata.title),
            ("description", &survey.metadata.description),
        ] {
            if !text.is_empty() {
                self.lose(format!("metadata.{field}"), text_loss(field));
            }
        }
        if !survey.metadata.codes.is_empty() {
            self.lose("metadata.codes", LossKind::Codes);
        }
        if survey.settings != Default::default() {
            let settings = &survey.settings;
            for (present, name) in [
                (settings.presentation != Default::default(), "presentation"),
                (settings.submission.is_some(), "submission"),
                (!settings.require_approved.is_empty(), "requireApproved"),
                (!settings.require_sign_off.is_empty(), "requireSignOff"),
            ] {
                if present {
                    self.lose(
                        format!("settings.{name}"),
                        LossKind::Setting {
                            setting: name.into(),
                        },
                    );
                }
            }
        }
        for (index, page) in survey.pages.iter().enumerate() {
            let path = format!("pages[{index}]");
            let title = self.text(&page.title, &format!("{path}.title"));
            let before = self.rows.len();
            if page.show_if.is_some() {
                self.lose(format!("{path}.showIf"), LossKind::Condition);
            }
            self.header = (!title.is_empty()).then_some(title);
            self.items(&page.items, &path, &[]);
            self.header = None;
            let empty = self.rows.len() == before;
            let unmarked = index > 0 && page.title.get(&survey.source_language).is_none();
            if empty || unmarked {
                self.lose(path, LossKind::Pages);
            }
        }
        self.list_losses();
    }

    /// A fresh row of this form, with the waiting section header.
    fn row(&mut self, variable: &str, field_type: &str, label: &str) -> [String; 18] {
        let mut row: [String; 18] = Default::default();
        row[VARIABLE] = variable.to_owned();
        row[FORM] = self.form.clone();
        row[TYPE] = field_type.to_owned();
        row[LABEL] = label.to_owned();
        if let Some(header) = self.header.take() {
            row[SECTION] = header;
        }
        row
    }

    /// The source-language text of a string, escaped, with its losses.
    fn text(&mut self, text: &LocalizedText, path: &str) -> String {
        let source = self.survey.source_language.clone();
        let Some(pattern) = text.get(&source) else {
            return String::new();
        };
        let written = text::plain(pattern, Some((OPEN, CLOSE)));
        if written.flattened {
            self.lose(
                format!("{path}.{source}"),
                LossKind::Variants {
                    language: source.clone(),
                },
            );
        }
        let escaped = html_escape(&written.text).replace('|', "&#124;");
        // Piped names are REDCap variables.
        let mut unpiped = false;
        let mut out = String::with_capacity(escaped.len());
        let mut rest = escaped.as_str();
        while let Some(start) = rest.find(OPEN) {
            out.push_str(&rest[..start]);
            let after = &rest[start + OPEN.len()..];
            let end = after.find(CLOSE).unwrap_or(after.len());
            let name = &after[..end];
            match self.targets.get(name) {
                Some(target) => {
                    out.push('[');
                    out.push_str(&target.variable);
                    out.push(']');
                }
                None => {
                    // Not a field (an audience variable outside a select): its name as text,
                    // so that REDCap pipes nothing.
                    unpiped = true;
                    out.push_str("&#91;");
                    out.push_str(name);
                    out.push_str("&#93;");
                }
            }
            rest = after.get(end + CLOSE.len()..).unwrap_or_default();
        }
        out.push_str(rest);
        if unpiped {
            self.lose(
                format!("{path}.{source}"),
                LossKind::Piping { language: source },
            );
        }
        out
    }

    fn items(&mut self, items: &[Item], path: &str, inherited: &[String]) {
        for (index, item) in items.iter().enumerate() {
            self.item(item, &format!("{path}.items[{index}]"), inherited);
        }
    }

    fn item(&mut self, item: &Item, path: &str, inherited: &[String]) {
        let Some(target) = self.targets.get(&item.id).cloned() else {
            return;
        };
        let variable = target.variable.clone();
        let mut conditions = inherited.to_vec();
        if let Some(condition) = &item.show_if {
            match self.logic(condition) {
                Some(logic) => conditions.push(logic),
                None => self.lose(format!("{path}.showIf"), LossKind::Condition),
            }
        }
        let branching = branching(&conditions);
        if item.required_if.is_some() {
            self.lose(format!("{path}.requiredIf"), LossKind::Condition);
        }
        if item.sensitive.is_some() {
            self.lose(format!("{path}.sensitive"), LossKind::Sensitive);
        }
        if !item.codes.is_empty() {
            self.lose(format!("{path}.codes"), LossKind::Codes);
        }
        if !item.unit.is_empty() {
            self.lose(format!("{path}.unit"), text_loss("unit"));
        }
        let label = self.text(&item.text, &format!("{path}.text"));
        let note = self.text(&item.hint, &format!("{path}.hint"));
        let kind = item.kind;
        let descriptive = matches!(
            kind,
            ItemKind::Note | ItemKind::Section | ItemKind::LikertGrid | ItemKind::Ranking
        );
        if descriptive && !item.hint.is_empty() {
            self.lose(format!("{path}.hint"), text_loss("hint"));
        }
        if descriptive && !item.placeholder.is_empty() {
            self.lose(format!("{path}.placeholder"), text_loss("placeholder"));
        }
        if descriptive {
            let mut row = self.row(&variable, "descriptive", &label);
            row[BRANCHING] = branching.clone();
            self.rows.push(row);
        }
        match kind {
            ItemKind::Note => {}
            ItemKind::Section => {
                self.lose(
                    path,
                    LossKind::ItemType {
                        item_type: "section".into(),
                        written_as: "descriptive".into(),
                    },
                );
                self.items(&item.items, path, &conditions);
            }
            ItemKind::LikertGrid => {
                let choices = self.choices(item);
                for (r, row_item) in item.rows.iter().enumerate() {
                    let Some(row_target) = self.targets.get(&row_item.id).cloned() else {
                        continue;
                    };
                    let label = self.text(&row_item.text, &format!("{path}.rows[{r}].text"));
                    let mut row = self.row(&row_target.variable, "radio", &label);
                    row[CHOICES] = choices.clone();
                    row[BRANCHING] = branching.clone();
                    row[MATRIX] = variable.clone();
                    if item.required {
                        row[REQUIRED] = "y".into();
                    }
                    self.rows.push(row);
                }
                self.rules(item, path);
            }
            ItemKind::Ranking => {
                let count = target.codes.len();
                let ranks = (1..=count)
                    .map(|n| format!("{n}, {n}"))
                    .collect::<Vec<_>>()
                    .join(" | ");
                let list = item
                    .choices
                    .as_ref()
                    .and_then(|id| self.survey.choice_lists.iter().position(|l| l.id == *id));
                for (position, (code, _)) in target.codes.iter().enumerate() {
                    let Some(option_target) = self
                        .targets
                        .get(&format!("{}\u{0}{code}", item.id))
                        .cloned()
                    else {
                        continue;
                    };
                    let label = match list.and_then(|l| self.survey.choice_lists.get(l)) {
                        Some(options) => {
                            let option_label = options
                                .options
                                .get(position)
                                .map(|o| o.label.clone())
                                .unwrap_or_default();
                            self.text(
                                &option_label,
                                &format!(
                                    "choiceLists[{}].options[{position}].label",
                                    list.unwrap_or_default()
                                ),
                            )
                        }
                        None => String::new(),
                    };
                    let mut row = self.row(&option_target.variable, "radio", &label);
                    row[CHOICES] = ranks.clone();
                    row[BRANCHING] = branching.clone();
                    row[MATRIX] = variable.clone();
                    row[RANKING] = "y".into();
                    if item.required {
                        row[REQUIRED] = "y".into();
                    }
                    self.rows.push(row);
                }
                self.rules(item, path);
            }
            _ => {
                let field_type = match kind {
                    ItemKind::ShortText
                    | ItemKind::Integer
                    | ItemKind::Decimal
                    | ItemKind::Date => "text",
                    ItemKind::LongText => "notes",
                    ItemKind::SingleChoice if item.appearance == Some(Appearance::Dropdown) => {
                        "dropdown"
                    }
                    ItemKind::SingleChoice => "radio",
                    ItemKind::MultipleChoice => "checkbox",
                    ItemKind::Rating => "slider",
                    _ => "yesno",
                };
                if kind == ItemKind::Consent {
                    self.lose(
                        path,
                        LossKind::ItemType {
                            item_type: "consent".into(),
                            written_as: "yesno".into(),
                        },
                    );
                }
                let mut row = self.row(&variable, field_type, &label);
                row[NOTE] = note;
                row[BRANCHING] = branching;
                if item.required {
                    row[REQUIRED] = "y".into();
                }
                row[VALIDATION] = match kind {
                    ItemKind::Integer => "integer",
                    ItemKind::Decimal => "number",
                    ItemKind::Date => "date_ymd",
                    ItemKind::Rating => "number",
                    _ => "",
                }
                .into();
                let mut tags = Vec::new();
                if !item.placeholder.is_empty() {
                    let placeholder = self.text(&item.placeholder, &format!("{path}.placeholder"));
                    match action_value(&placeholder) {
                        Some(quoted) => tags.push(format!("@PLACEHOLDER={quoted}")),
                        None => self.lose(format!("{path}.placeholder"), text_loss("placeholder")),
                    }
                }
                if kind.uses_choices() {
                    row[CHOICES] = self.choices(item);
                }
                if kind == ItemKind::MultipleChoice {
                    let exclusive: Vec<String> = self
                        .list(item)
                        .map(|list| {
                            list.options
                                .iter()
                                .zip(&target.codes)
                                .filter(|(option, _)| option.exclusive)
                                .map(|(_, (_, written))| written.clone())
                                .collect()
                        })
                        .unwrap_or_default();
                    if !exclusive.is_empty() {
                        tags.push(format!("@NONEOFTHEABOVE='{}'", exclusive.join(",")));
                    }
                }
                if let Some(scale) = &item.scale {
                    row[MIN] = scale.min.to_string();
                    row[MAX] = scale.max.to_string();
                    let left = self.text(&scale.min_label, &format!("{path}.scale.minLabel"));
                    let right = self.text(&scale.max_label, &format!("{path}.scale.maxLabel"));
                    if !left.is_empty() || !right.is_empty() {
                        row[CHOICES] = format!("{left} | | {right}");
                    }
                }
                self.rules_into(item, path, &mut row, &mut tags);
                row[ANNOTATION] = tags.join(" ");
                self.rows.push(row);
            }
        }
    }

    fn list(&self, item: &Item) -> Option<&'s ChoiceList> {
        let survey = self.survey;
        item.choices.as_ref().and_then(|id| survey.choice_list(id))
    }

    /// The choices column of an item: `code, label | code, label`.
    fn choices(&mut self, item: &Item) -> String {
        let survey = self.survey;
        let Some(index) = item
            .choices
            .as_ref()
            .and_then(|id| survey.choice_lists.iter().position(|l| l.id == *id))
        else {
            return String::new();
        };
        let list = &survey.choice_lists[index];
        let codes = self.codes.get(&list.id).cloned().unwrap_or_default();
        let mut parts = Vec::new();
        for (position, (option, (_, written))) in list.options.iter().zip(&codes).enumerate() {
            let label = self.text(
                &option.label,
                &format!("choiceLists[{index}].options[{position}].label"),
            );
            parts.push(format!("{written}, {label}"));
        }
        parts.join(" | ")
    }

    /// Rules of an item written as fields: none for grids and rankings.
    fn rules(&mut self, item: &Item, path: &str) {
        for (index, rule) in item.validation.iter().enumerate() {
            self.lose(
                format!("{path}.validation[{index}]"),
                check_loss(&rule.check),
            );
        }
    }

    fn rules_into(
        &mut self,
        item: &Item,
        path: &str,
        row: &mut [String; 18],
        tags: &mut Vec<String>,
    ) {
        let mut range = false;
        let mut limit = false;
        let mut checked = false;
        for (index, rule) in item.validation.iter().enumerate() {
            let rule_path = format!("{path}.validation[{index}]");
            let written = match &rule.check {
                Check::Range { min, max }
                    if !range
                        && matches!(
                            item.kind,
                            ItemKind::Integer | ItemKind::Decimal | ItemKind::Date
                        ) =>
                {
                    let fits = |value: &Option<Literal>| match (value, item.kind) {
                        (None, _) => Some(String::new()),
                        (Some(Literal::Number(n)), ItemKind::Integer)
                            if n.is_i64() || n.is_u64() =>
                        {
                            Some(n.to_string())
                        }
                        (Some(Literal::Number(n)), ItemKind::Decimal) => Some(n.to_string()),
                        (Some(Literal::Text(date)), ItemKind::Date) => Some(date.clone()),
                        _ => None,
                    };
                    match (fits(min), fits(max)) {
                        (Some(min), Some(max)) => {
                            row[MIN] = min;
                            row[MAX] = max;
                            range = true;
                            true
                        }
                        _ => false,
                    }
                }
                Check::Length {
                    min: None,
                    max: Some(max),
                } if !limit && item.kind.is_text() => {
                    tags.push(format!("@CHARLIMIT={max}"));
                    limit = true;
                    true
                }
                Check::AnswerCount {
                    min: None,
                    max: Some(max),
                } if !checked && item.kind == ItemKind::MultipleChoice => {
                    tags.push(format!("@MAXCHECKED={max}"));
                    checked = true;
                    true
                }
                _ => false,
            };
            if !written {
                self.lose(rule_path, check_loss(&rule.check));
            } else if !rule.message.is_empty() {
                self.lose(format!("{rule_path}.message"), LossKind::ValidationMessage);
            }
        }
    }

    /// Losses of the lists themselves: systems, scores, exclusivity no checkbox carries.
    fn list_losses(&mut self) {
        self.losses
            .extend(crate::core::interop::option_losses(self.survey));
    }

    /// A condition as REDCap branching logic, or `None` when REDCap cannot say it.
    fn logic(&self, condition: &Condition) -> Option<String> {
        self.logic_of(condition, false)
    }

    fn logic_of(&self, condition: &Condition, negated: bool) -> Option<String> {
        let group = |parts: &[Condition], all: bool| -> Option<String> {
            // Negation swaps and/or (De Morgan).
            let joiner = if all != negated { " and " } else { " or " };
            let written = parts
                .iter()
                .map(|part| self.logic_of(part, negated).map(|l| parenthesised(&l)))
                .collect::<Option<Vec<_>>>()?;
            match written.len() {
                0 => None,
                _ => Some(written.join(joiner)),
            }
        };
        match condition {
            Condition::All(parts) => group(parts, true),
            Condition::Any(parts) => group(parts, false),
            Condition::Not(inner) => self.logic_of(inner, !negated),
            Condition::Compare(comparison) => self.comparison(comparison, negated),
        }
    }

    fn comparison(&self, comparison: &Comparison, negated: bool) -> Option<String> {
        let target = self.targets.get(&comparison.item)?;
        let v = &target.variable;
        let checkbox = target.kind == ItemKind::MultipleChoice;
        if target.kind == ItemKind::Ranking {
            return None;
        }
        let code = |literal: &Literal| -> Option<String> {
            let Literal::Text(code) = literal else {
                return None;
            };
            target
                .codes
                .iter()
                .find(|(original, _)| original == code)
                .map(|(_, written)| written.clone())
        };
        let value = |literal: &Literal| -> Option<String> {
            match (literal, target.kind) {
                (Literal::Bool(b), ItemKind::YesNo | ItemKind::Consent) => {
                    Some(if *b { "'1'" } else { "'0'" }.into())
                }
                (Literal::Number(n), kind) if kind.is_numeric() => Some(n.to_string()),
                (Literal::Text(_), kind) if kind.uses_choices() => {
                    Some(format!("'{}'", code(literal)?))
                }
                (
                    Literal::Text(text),
                    ItemKind::Date | ItemKind::ShortText | ItemKind::LongText,
                ) => quote(text),
                _ => None,
            }
        };
        let boxes = |chosen: &dyn Fn(&str) -> bool, joiner: &str| -> String {
            target
                .codes
                .iter()
                .map(|(original, written)| {
                    let on = if chosen(original) { "1" } else { "0" };
                    format!("[{v}({written})] = '{on}'")
                })
                .collect::<Vec<_>>()
                .join(joiner)
        };
        let answered = |yes: bool| -> String {
            if checkbox {
                let joined = if yes {
                    boxes(&|_| true, " or ")
                } else {
                    boxes(&|_| false, " and ")
                };
                parenthesised(&joined)
            } else if yes {
                format!("[{v}] <> ''")
            } else {
                format!("[{v}] = ''")
            }
        };
        let literal = comparison.value.as_ref();
        Some(match (comparison.op, negated) {
            (Operator::Answered, false) | (Operator::NotAnswered, true) => answered(true),
            (Operator::NotAnswered, false) | (Operator::Answered, true) => answered(false),
            (Operator::Equals, negated) if checkbox => {
                let code = match literal? {
                    Literal::Text(code) => code.clone(),
                    _ => return None,
                };
                target.codes.iter().find(|(c, _)| *c == code)?;
                if negated {
                    // Not exactly that one: it unticked, or another ticked.
                    let parts: Vec<String> = target
                        .codes
                        .iter()
                        .map(|(original, written)| {
                            let on = if *original == code { "0" } else { "1" };
                            format!("[{v}({written})] = '{on}'")
                        })
                        .collect();
                    parenthesised(&parts.join(" or "))
                } else {
                    parenthesised(&boxes(&|c| c == code, " and "))
                }
            }
            (Operator::Includes, negated) if checkbox => {
                let written = code(literal?)?;
                format!("[{v}({written})] = '{}'", if negated { 0 } else { 1 })
            }
            (_, _) if checkbox => return None,
            (Operator::Includes | Operator::Equals, false) => {
                format!("[{v}] = {}", value(literal?)?)
            }
            (Operator::Includes | Operator::Equals, true) => {
                format!("[{v}] <> {}", value(literal?)?)
            }
            (Operator::NotEquals, false) => {
                format!("([{v}] <> '' and [{v}] <> {})", value(literal?)?)
            }
            (Operator::NotEquals, true) => format!("([{v}] = '' or [{v}] = {})", value(literal?)?),
            (op, negated) => {
                let op = match (op, negated) {
                    (Operator::LessThan, false) | (Operator::GreaterOrEqual, true) => "<",
                    (Operator::LessOrEqual, false) | (Operator::GreaterThan, true) => "<=",
                    (Operator::GreaterThan, false) | (Operator::LessOrEqual, true) => ">",
                    _ => ">=",
                };
                let value = value(literal?)?;
                // Whatever REDCap makes of a blank in an ordering, coform's is false.
                if negated {
                    format!("([{v}] = '' or [{v}] {op} {value})")
                } else {
                    format!("([{v}] <> '' and [{v}] {op} {value})")
                }
            }
        })
    }
}

fn parenthesised(logic: &str) -> String {
    let simple = !logic.contains(" and ") && !logic.contains(" or ");
    if simple || (logic.starts_with('(') && logic.ends_with(')') && balanced(logic)) {
        logic.to_owned()
    } else {
        format!("({logic})")
    }
}

/// Whether the parentheses that open `logic` close only at its end.
fn balanced(logic: &str) -> bool {
    let mut depth = 0;
    let mut quote = None;
    for (index, c) in logic.char_indices() {
        match (c, quote) {
            ('\'' | '"', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            ('(', None) => depth += 1,
            (')', None) => {
                depth -= 1;
                if depth == 0 && index + 1 < logic.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Conditions that must all hold, as one branching logic.
fn branching(conditions: &[String]) -> String {
    match conditions {
        [] => String::new(),
        [one] => one.clone(),
        many => many
            .iter()
            .map(|c| parenthesised(c))
            .collect::<Vec<_>>()
            .join(" and "),
    }
}

/// A text constant in REDCap logic, or `None` when it holds both kinds of quote.
fn quote(text: &str) -> Option<String> {
    if !text.contains('\'') {
        Some(format!("'{text}'"))
    } else if !text.contains('"') {
        Some(format!("\"{text}\""))
    } else {
        None
    }
}

/// An action tag's value, quoted, or `None` when it cannot be.
fn action_value(text: &str) -> Option<String> {
    if text.contains('\n') {
        return None;
    }
    quote(text)
}

fn text_loss(field: &str) -> LossKind {
    LossKind::Text {
        field: field.into(),
    }
}

fn check_loss(check: &Check) -> LossKind {
    LossKind::Validation {
        check: match check {
            Check::Range { .. } => "range",
            Check::Length { .. } => "length",
            Check::Pattern { .. } => "pattern",
            Check::AnswerCount { .. } => "answerCount",
        }
        .into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/// One field of the dictionary, with its CSV line.
#[derive(Debug, Clone)]
struct Field {
    line: u64,
    cells: [String; 18],
}

impl Field {
    fn get(&self, column: usize) -> &str {
        self.cells[column].trim()
    }

    fn at(&self) -> String {
        format!("line {}", self.line)
    }
}

/// What the reader knows about a variable before building items.
#[derive(Debug, Clone)]
struct Var {
    id: String,
    kind: ItemKind,
    /// REDCap raw values with the coform codes they became.
    codes: Vec<(String, String)>,
}

/// Reads a REDCap data dictionary as a one-language survey (English: a dictionary names no
/// language), with notices for what is not understood.
pub fn import(text: &str) -> Result<Imported, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => return Err(syntax(&error)),
        None => return Err(invalid("line 1", "no header")),
    };
    let mut notices = Vec::new();
    let mut columns: Vec<Option<usize>> = Vec::new();
    for (position, name) in header.iter().enumerate() {
        let name = name.trim();
        let column = HEADER
            .iter()
            .position(|known| known.eq_ignore_ascii_case(name))
            .or(match name {
                // Older and hand-made dictionaries shorten a few headers.
                _ if name.eq_ignore_ascii_case("Branching Logic") => Some(BRANCHING),
                _ if name.eq_ignore_ascii_case("Question Number") => Some(NUMBER),
                _ if name.eq_ignore_ascii_case("Choices OR Calculations") => Some(CHOICES),
                _ => None,
            });
        if column.is_none() {
            notices.push(Notice {
                location: format!("line 1, column {}", position + 1),
                kind: NoticeKind::Ignored { name: name.into() },
            });
        }
        columns.push(column);
    }
    for required in [VARIABLE, FORM, TYPE, LABEL] {
        if !columns.contains(&Some(required)) {
            return Err(invalid(
                "line 1",
                &format!("no \"{}\" column", HEADER[required]),
            ));
        }
    }
    // Every row must reach the columns a field cannot do without.
    let needed = [VARIABLE, FORM, TYPE, LABEL]
        .iter()
        .filter_map(|column| columns.iter().position(|c| *c == Some(*column)))
        .max()
        .unwrap_or_default()
        + 1;
    let mut fields = Vec::new();
    for record in records {
        let record = record.map_err(|error| syntax(&error))?;
        let line = record.position().map_or(0, |p| p.line());
        if record.len() < needed {
            return Err(invalid(
                &format!("line {line}"),
                &format!(
                    "{} columns where the header has {}",
                    record.len(),
                    header.len()
                ),
            ));
        }
        let mut cells: [String; 18] = Default::default();
        for (position, cell) in record.iter().enumerate() {
            if let Some(Some(column)) = columns.get(position) {
                cells[*column] = cell.to_owned();
            }
        }
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        fields.push(Field { line, cells });
    }
    let mut reader = Reader {
        notices,
        vars: HashMap::new(),
        ids: HashSet::new(),
        lists: Vec::new(),
    };
    let survey = reader.survey(fields)?;
    Ok(Imported {
        survey,
        notices: reader.notices,
    })
}

fn syntax(error: &csv::Error) -> ReadError {
    let location = error
        .position()
        .map_or_else(|| "line 1".to_owned(), |p| format!("line {}", p.line()));
    ReadError::Syntax {
        location,
        detail: error.to_string(),
    }
}

fn invalid(location: &str, detail: &str) -> ReadError {
    ReadError::Invalid {
        location: location.to_owned(),
        detail: detail.to_owned(),
    }
}

struct Reader {
    notices: Vec<Notice>,
    vars: HashMap<String, Var>,
    /// The ids of `vars`, gathered once they are all read (piping and names look them up
    /// for every text).
    ids: HashSet<String>,
    lists: Vec<ChoiceList>,
}

const SOURCE: &str = "en";

/// What a field type becomes, and whether that is only the nearest coform type.
fn kind_of(field: &Field) -> Option<(ItemKind, bool)> {
    let validation = field.get(VALIDATION).to_ascii_lowercase();
    Some(match field.get(TYPE).to_ascii_lowercase().as_str() {
        "text" => match validation.as_str() {
            "" => (ItemKind::ShortText, false),
            "integer" => (ItemKind::Integer, false),
            "number" => (ItemKind::Decimal, false),
            v if v.starts_with("number_") => (ItemKind::Decimal, true),
            "date_ymd" => (ItemKind::Date, false),
            "date_mdy" | "date_dmy" => (ItemKind::Date, true),
            _ => (ItemKind::ShortText, true),
        },
        "notes" => (ItemKind::LongText, false),
        "radio" | "dropdown" => (ItemKind::SingleChoice, false),
        "checkbox" => (ItemKind::MultipleChoice, false),
        "yesno" => (ItemKind::YesNo, false),
        "truefalse" => (ItemKind::YesNo, true),
        "slider" => (ItemKind::Rating, false),
        "descriptive" => (ItemKind::Note, false),
        _ => return None,
    })
}

/// `code, label | code, label` as pairs.
fn choice_pairs(cell: &str) -> Vec<(String, String)> {
    cell.split('|')
        .filter(|part| !part.trim().is_empty())
        .map(|part| match part.split_once(',') {
            Some((code, label)) => (code.trim().to_owned(), label.trim().to_owned()),
            None => (part.trim().to_owned(), part.trim().to_owned()),
        })
        .collect()
}

impl Reader {
    fn notice(&mut self, location: String, kind: NoticeKind) {
        self.notices.push(Notice { location, kind });
    }

    fn ignore(&mut self, field: &Field, name: &str) {
        self.notice(field.at(), NoticeKind::Ignored { name: name.into() });
    }

    fn survey(&mut self, mut fields: Vec<Field>) -> Result<Survey, ReadError> {
        if fields.is_empty() {
            return Err(invalid("line 2", "no fields"));
        }
        // REDCap makes the first field the record identifier: not a question.
        let record = fields.remove(0);
        if record.get(VARIABLE) != "record_id" {
            let name = record.get(VARIABLE).to_owned();
            self.ignore(&record, &name);
        }
        let form = fields
            .first()
            .map_or(record.get(FORM), |field| field.get(FORM))
            .to_owned();
        let mut survey = Survey::blank(
            &crate::core::interop::surveyjs::slug(&form.replace('_', "-")),
            SOURCE,
            crate::core::model::Direction::Ltr,
        );
        survey.metadata.id = if form.is_empty() {
            "redcap".into()
        } else {
            form.clone()
        };
        // First every variable, so logic and piping can name fields further on.
        let mut taken: HashSet<String> = HashSet::new();
        for field in &fields {
            let Some((kind, _)) = kind_of(field) else {
                continue;
            };
            let variable = field.get(VARIABLE).to_ascii_lowercase();
            let id = unique(
                &crate::core::interop::surveyjs::sanitize_id(&variable),
                &taken,
            );
            taken.insert(id.clone());
            if id != field.get(VARIABLE) {
                self.notice(
                    field.at(),
                    NoticeKind::Renamed {
                        from: field.get(VARIABLE).into(),
                        to: id.clone(),
                    },
                );
            }
            let mut codes = Vec::new();
            let mut used = HashSet::new();
            if matches!(kind, ItemKind::SingleChoice | ItemKind::MultipleChoice) {
                for (raw, _) in choice_pairs(field.get(CHOICES)) {
                    let wanted = if is_valid_code(&raw) {
                        raw.clone()
                    } else {
                        raw.chars()
                            .map(|c| {
                                if c.is_ascii_alphanumeric() || c == '-' {
                                    c
                                } else {
                                    '_'
                                }
                            })
                            .collect()
                    };
                    let code = unique(&wanted, &used);
                    used.insert(code.clone());
                    if code != raw {
                        self.notice(
                            field.at(),
                            NoticeKind::Renamed {
                                from: raw.clone(),
                                to: code.clone(),
                            },
                        );
                    }
                    codes.push((raw, code));
                }
            }
            if matches!(field.get(TYPE), "yesno" | "truefalse") {
                codes = vec![("1".into(), "1".into()), ("0".into(), "0".into())];
            }
            self.vars.insert(variable, Var { id, kind, codes });
        }
        self.ids = self.vars.values().map(|var| var.id.clone()).collect();
        let mut pages: Vec<Page> = Vec::new();
        let mut form_name = form;
        let mut index = 0;
        while index < fields.len() {
            let field = fields[index].clone();
            let header = field.get(SECTION);
            let new_form = field.get(FORM) != form_name;
            if pages.is_empty() || !header.is_empty() || new_form {
                form_name = field.get(FORM).to_owned();
                pages.push(Page {
                    id: format!("page_{}", pages.len() + 1),
                    title: self.text(header, &field),
                    show_if: None,
                    items: Vec::new(),
                });
            }
            let (item, used) = self.item(&fields[index..]);
            index += used.max(1);
            if let (Some(item), Some(page)) = (item, pages.last_mut()) {
                page.items.push(item);
            }
        }
        survey.pages = pages;
        survey.choice_lists = std::mem::take(&mut self.lists);
        Ok(survey)
    }

    /// A label, header or note as a Fluent pattern: entities decoded, `[name]` piping read.
    fn text(&mut self, cell: &str, field: &Field) -> LocalizedText {
        if cell.trim().is_empty() {
            return LocalizedText::default();
        }
        let (plain, markup) = html_text(cell.trim(), &|c| match c {
            '[' => Some("\u{E002}"),
            ']' => Some("\u{E003}"),
            _ => None,
        });
        if markup {
            self.ignore(field, "markup");
        }
        let vars = &self.vars;
        let mut renamed = String::with_capacity(plain.len());
        // Piped variables become their ids (the same unless renamed).
        let mut rest = plain.as_str();
        while let Some(start) = rest.find('[') {
            renamed.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            match after.find(']').map(|end| &after[..end]) {
                Some(name) if vars.contains_key(&name.to_ascii_lowercase()) => {
                    let id = &vars[&name.to_ascii_lowercase()].id;
                    renamed.push('[');
                    renamed.push_str(id);
                    renamed.push(']');
                    rest = &after[name.len() + 1..];
                }
                _ => {
                    renamed.push('[');
                    rest = after;
                }
            }
        }
        renamed.push_str(rest);
        let ids = &self.ids;
        let pattern = text::pattern(&renamed, text::REDCAP, &|name| ids.contains(name));
        LocalizedText::from_pairs([(SOURCE, unsentinel(&pattern).as_str())])
    }

    /// The item that starts at `fields[0]`, and how many fields it took.
    fn item(&mut self, fields: &[Field]) -> (Option<Item>, usize) {
        let field = &fields[0];
        let Some((kind, nearest)) = kind_of(field) else {
            let found = field.get(TYPE).to_owned();
            self.notice(field.at(), NoticeKind::Skipped { found });
            return (None, 1);
        };
        let variable = field.get(VARIABLE).to_ascii_lowercase();
        let Some(var) = self.vars.get(&variable).cloned() else {
            return (None, 1);
        };
        // A descriptive field followed by the matrix named after it: a grid or a ranking.
        if kind == ItemKind::Note {
            let matrix: Vec<&Field> = fields[1..]
                .iter()
                .take_while(|f| f.get(MATRIX).eq_ignore_ascii_case(&variable))
                .collect();
            if !matrix.is_empty() {
                return (self.matrix(field, &var, &matrix), 1 + matrix.len());
            }
        }
        if !field.get(MATRIX).is_empty() {
            // A matrix without coform's descriptive field before it.
            let group = field.get(MATRIX).to_owned();
            let matrix: Vec<&Field> = fields
                .iter()
                .take_while(|f| f.get(MATRIX) == group)
                .collect();
            let mut head = field.clone();
            head.cells[VARIABLE] = group.clone();
            head.cells[LABEL] = String::new();
            head.cells[BRANCHING] = field.get(BRANCHING).to_owned();
            let id = unique(
                &crate::core::interop::surveyjs::sanitize_id(&group),
                &self.ids,
            );
            let head_var = Var {
                id,
                kind: ItemKind::LikertGrid,
                codes: Vec::new(),
            };
            return (self.matrix(&head, &head_var, &matrix), matrix.len());
        }
        if nearest {
            let found = match field.get(VALIDATION) {
                "" => field.get(TYPE).to_owned(),
                validation => format!("{}/{validation}", field.get(TYPE)),
            };
            self.notice(
                field.at(),
                NoticeKind::ItemType {
                    found,
                    read_as: kind.json_name().into(),
                },
            );
        }
        let mut item = Item::new(&var.id, kind);
        item.text = self.text(field.get(LABEL), field);
        item.hint = self.text(field.get(NOTE), field);
        item.required = field.get(REQUIRED).eq_ignore_ascii_case("y");
        item.show_if = self.branching(field);
        if field.get(TYPE) == "dropdown" {
            item.appearance = Some(Appearance::Dropdown);
        }
        if matches!(kind, ItemKind::SingleChoice | ItemKind::MultipleChoice) {
            let pairs = choice_pairs(field.get(CHOICES));
            let exclusive = if kind == ItemKind::MultipleChoice {
                none_of_the_above(field.get(ANNOTATION))
            } else {
                Vec::new()
            };
            let options = pairs
                .iter()
                .zip(&var.codes)
                .map(|((_, label), (raw, code))| ChoiceOption {
                    code: code.clone(),
                    label: self.text(label, field),
                    exclusive: exclusive.contains(raw),
                    system: None,
                    score: None,
                })
                .collect();
            item.choices = Some(self.list(options, &var.id));
        }
        if kind == ItemKind::Rating {
            let bound = |column: usize, default: i64| {
                field
                    .get(column)
                    .parse::<f64>()
                    .map_or(default, |n| n as i64)
            };
            let labels: Vec<&str> = field.get(CHOICES).split('|').map(str::trim).collect();
            let (left, right) = match labels.as_slice() {
                [left, middle, right] => {
                    if !middle.is_empty() {
                        self.ignore(field, "slider middle label");
                    }
                    (*left, *right)
                }
                [left, right] => (*left, *right),
                [left] => (*left, ""),
                _ => ("", ""),
            };
            item.scale = Some(RatingScale {
                min: bound(MIN, 0),
                max: bound(MAX, 100),
                min_label: self.text(left, field),
                max_label: self.text(right, field),
            });
        } else if !field.get(MIN).is_empty() || !field.get(MAX).is_empty() {
            let literal = |cell: &str| -> Option<Literal> {
                if cell.is_empty() {
                    return None;
                }
                if kind == ItemKind::Date {
                    return Some(Literal::Text(cell.to_owned()));
                }
                serde_json::from_str(cell).ok().map(Literal::Number)
            };
            if matches!(kind, ItemKind::Integer | ItemKind::Decimal | ItemKind::Date) {
                item.validation.push(ValidationRule {
                    check: Check::Range {
                        min: literal(field.get(MIN)),
                        max: literal(field.get(MAX)),
                    },
                    message: LocalizedText::default(),
                });
            } else {
                self.ignore(field, "Text Validation Min/Max");
            }
        }
        self.annotation(field, &mut item);
        for (column, name) in [
            (IDENTIFIER, "Identifier?"),
            (ALIGNMENT, "Custom Alignment"),
            (NUMBER, "Question Number (surveys only)"),
        ] {
            if !field.get(column).is_empty() {
                self.ignore(field, name);
            }
        }
        (Some(item), 1)
    }

    /// A Likert grid or a ranking from its descriptive field and its matrix fields.
    fn matrix(&mut self, head: &Field, var: &Var, matrix: &[&Field]) -> Option<Item> {
        let ranking = matrix
            .iter()
            .all(|f| f.get(RANKING).eq_ignore_ascii_case("y"));
        let first = matrix.first()?;
        let kind = if ranking {
            ItemKind::Ranking
        } else {
            ItemKind::LikertGrid
        };
        let mut item = Item::new(&var.id, kind);
        item.text = self.text(head.get(LABEL), head);
        item.show_if = self.branching(head);
        item.required = matrix
            .iter()
            .all(|f| f.get(REQUIRED).eq_ignore_ascii_case("y"));
        let group = first.get(MATRIX).to_ascii_lowercase();
        if ranking {
            let prefix = format!("{group}_");
            let options = matrix
                .iter()
                .map(|field| {
                    let variable = field.get(VARIABLE).to_ascii_lowercase();
                    let code = variable
                        .strip_prefix(&prefix)
                        .unwrap_or(&variable)
                        .to_owned();
                    ChoiceOption {
                        code,
                        label: self.text(field.get(LABEL), field),
                        exclusive: false,
                        system: None,
                        score: None,
                    }
                })
                .collect();
            item.choices = Some(self.list(options, &var.id));
        } else {
            if first.get(TYPE) != "radio" {
                self.notice(
                    first.at(),
                    NoticeKind::ItemType {
                        found: format!("{} matrix", first.get(TYPE)),
                        read_as: ItemKind::LikertGrid.json_name().into(),
                    },
                );
            }
            let codes = self
                .vars
                .get(&first.get(VARIABLE).to_ascii_lowercase())
                .map(|v| v.codes.clone())
                .unwrap_or_default();
            let options = choice_pairs(first.get(CHOICES))
                .iter()
                .zip(&codes)
                .map(|((_, label), (_, code))| ChoiceOption {
                    code: code.clone(),
                    label: self.text(label, first),
                    exclusive: false,
                    system: None,
                    score: None,
                })
                .collect();
            item.choices = Some(self.list(options, &var.id));
            for field in matrix {
                let Some(row_var) = self
                    .vars
                    .get(&field.get(VARIABLE).to_ascii_lowercase())
                    .cloned()
                else {
                    continue;
                };
                item.rows.push(GridRow {
                    id: row_var.id,
                    text: self.text(field.get(LABEL), field),
                });
            }
        }
        Some(item)
    }

    fn list(&mut self, options: Vec<ChoiceOption>, item: &str) -> String {
        if let Some(list) = self.lists.iter().find(|list| list.options == options) {
            return list.id.clone();
        }
        let taken: HashSet<String> = self.lists.iter().map(|list| list.id.clone()).collect();
        let id = unique(item, &taken);
        self.lists.push(ChoiceList {
            id: id.clone(),
            options,
        });
        id
    }

    /// Action tags coform reads; anything else in the annotation is a notice.
    fn annotation(&mut self, field: &Field, item: &mut Item) {
        let annotation = field.get(ANNOTATION).to_owned();
        let mut rest = annotation.trim();
        while !rest.is_empty() {
            let Some(tag_text) = rest.strip_prefix('@') else {
                self.ignore(field, "Field Annotation");
                return;
            };
            let name_end = tag_text
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(tag_text.len());
            let name = tag_text[..name_end].to_ascii_uppercase();
            let mut after = &tag_text[name_end..];
            let mut value = None;
            if let Some(assigned) = after.strip_prefix('=') {
                let (parsed, remaining) = tag_value(assigned);
                value = Some(parsed);
                after = remaining;
            }
            rest = after.trim_start();
            let count = value.as_deref().and_then(|v| v.trim().parse::<u32>().ok());
            match (name.as_str(), value) {
                ("PLACEHOLDER", Some(text)) => item.placeholder = self.text(&text, field),
                ("CHARLIMIT", Some(_)) if count.is_some() && item.kind.is_text() => {
                    item.validation.push(ValidationRule {
                        check: Check::Length {
                            min: None,
                            max: count,
                        },
                        message: LocalizedText::default(),
                    });
                }
                ("MAXCHECKED", Some(_))
                    if count.is_some() && item.kind == ItemKind::MultipleChoice =>
                {
                    item.validation.push(ValidationRule {
                        check: Check::AnswerCount {
                            min: None,
                            max: count,
                        },
                        message: LocalizedText::default(),
                    });
                }
                // Read with the options.
                ("NONEOFTHEABOVE", Some(_)) if item.kind == ItemKind::MultipleChoice => {}
                _ => self.ignore(field, &format!("@{name}")),
            }
        }
    }

    fn branching(&mut self, field: &Field) -> Option<Condition> {
        let logic = field.get(BRANCHING);
        if logic.is_empty() {
            return None;
        }
        match parse_logic(logic).and_then(|tree| self.condition(&tree)) {
            Some(condition) => Some(simplify(condition)),
            None => {
                self.notice(
                    field.at(),
                    NoticeKind::Expression {
                        expression: logic.to_owned(),
                    },
                );
                None
            }
        }
    }

    fn condition(&self, tree: &Logic) -> Option<Condition> {
        Some(match tree {
            Logic::And(parts) => Condition::All(
                parts
                    .iter()
                    .map(|p| self.condition(p))
                    .collect::<Option<_>>()?,
            ),
            Logic::Or(parts) => Condition::Any(
                parts
                    .iter()
                    .map(|p| self.condition(p))
                    .collect::<Option<_>>()?,
            ),
            Logic::Compare {
                variable,
                code,
                op,
                value,
            } => self.comparison(variable, code.as_deref(), op, value)?,
        })
    }

    fn comparison(
        &self,
        variable: &str,
        code: Option<&str>,
        op: &str,
        value: &str,
    ) -> Option<Condition> {
        let var = self.vars.get(&variable.to_ascii_lowercase())?;
        let item = var.id.as_str();
        let coform_code = |raw: &str| {
            var.codes
                .iter()
                .find(|(r, _)| r == raw)
                .map(|(_, c)| c.clone())
        };
        if let Some(code) = code {
            // A checkbox option: ticked is 1, unticked 0.
            if var.kind != ItemKind::MultipleChoice {
                return None;
            }
            let includes = compare(
                item,
                Operator::Includes,
                Some(Literal::Text(coform_code(code)?)),
            );
            let ticked = match (op, value) {
                ("=", "1") | ("<>" | "!=", "0") => true,
                ("=", "0") | ("<>" | "!=", "1") => false,
                _ => return None,
            };
            return Some(if ticked {
                includes
            } else {
                Condition::Not(Box::new(includes))
            });
        }
        if value.is_empty() {
            return match op {
                "=" => Some(compare(item, Operator::NotAnswered, None)),
                "<>" | "!=" => Some(compare(item, Operator::Answered, None)),
                _ => None,
            };
        }
        let literal = match var.kind {
            ItemKind::YesNo => Literal::Bool(match value {
                "1" => true,
                "0" => false,
                _ => return None,
            }),
            kind if kind.is_numeric() => Literal::Number(serde_json::from_str(value).ok()?),
            ItemKind::SingleChoice => Literal::Text(coform_code(value)?),
            ItemKind::MultipleChoice | ItemKind::Note => return None,
            _ => Literal::Text(value.to_owned()),
        };
        let operator = match op {
            "=" => Operator::Equals,
            "<>" | "!=" => Operator::NotEquals,
            "<" => Operator::LessThan,
            "<=" => Operator::LessOrEqual,
            ">" => Operator::GreaterThan,
            ">=" => Operator::GreaterOrEqual,
            _ => return None,
        };
        if operator.is_ordering() && !(var.kind.is_numeric() || var.kind == ItemKind::Date) {
            return None;
        }
        let comparison = compare(item, operator, Some(literal));
        Some(if operator == Operator::NotEquals {
            // REDCap's `<>` holds for a blank field; coform's "not equal" needs an answer.
            Condition::Any(vec![compare(item, Operator::NotAnswered, None), comparison])
        } else {
            comparison
        })
    }
}

/// The raw values an annotation's `@NONEOFTHEABOVE` names.
fn none_of_the_above(annotation: &str) -> Vec<String> {
    let mut rest = annotation;
    let mut out = Vec::new();
    while let Some(start) = rest.to_ascii_uppercase().find("@NONEOFTHEABOVE=") {
        let (value, remaining) = tag_value(&rest[start + "@NONEOFTHEABOVE=".len()..]);
        out.extend(value.split(',').map(|code| code.trim().to_owned()));
        rest = remaining;
    }
    out
}

/// An action tag's value: quoted (`'…'` or `"…"`) or up to the next space.
fn tag_value(text: &str) -> (String, &str) {
    for quote in ['\'', '"'] {
        if let Some(inner) = text.strip_prefix(quote)
            && let Some(end) = inner.find(quote)
        {
            return (inner[..end].to_owned(), &inner[end + 1..]);
        }
    }
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    (text[..end].to_owned(), &text[end..])
}

/// Brackets decoded from character references, back as text: `[` as a Fluent literal
/// where it would open a variant (at a line's start), else as itself.
fn unsentinel(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut line_start = true;
    for c in pattern.chars() {
        match c {
            '\u{E002}' if line_start => out.push_str("{\"[\"}"),
            '\u{E002}' => out.push('['),
            '\u{E003}' => out.push(']'),
            _ => out.push(c),
        }
        line_start = c == '\n' || (line_start && c == ' ');
    }
    out
}

fn compare(item: &str, op: Operator, value: Option<Literal>) -> Condition {
    Condition::Compare(Comparison {
        item: item.to_owned(),
        op,
        value,
    })
}

// ---------------------------------------------------------------------------------------------
// REDCap branching logic
// ---------------------------------------------------------------------------------------------

/// Branching logic as far as coform reads it.
#[derive(Debug, Clone, PartialEq)]
enum Logic {
    And(Vec<Logic>),
    Or(Vec<Logic>),
    /// `[variable] op value` or `[variable(code)] op value`; the value unquoted.
    Compare {
        variable: String,
        code: Option<String>,
        op: String,
        value: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Field(String, Option<String>),
    Value(String),
    Op(String),
    And,
    Or,
    Open,
    Close,
}

fn tokenize(input: &str) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut rest = input.trim();
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = rest.trim_start();
            continue;
        }
        match c {
            '[' => {
                let end = rest.find(']')?;
                let inner = rest[1..end].trim();
                let (name, code) = match inner.split_once('(') {
                    Some((name, code)) => (name, Some(code.strip_suffix(')')?.trim().to_owned())),
                    None => (inner, None),
                };
                let valid =
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !valid {
                    return None;
                }
                tokens.push(Token::Field(name.to_owned(), code));
                rest = &rest[end + 1..];
                // A second bracket right after is an event or instance reference.
                if rest.starts_with('[') {
                    return None;
                }
            }
            '\'' | '"' => {
                let end = rest[1..].find(c)? + 1;
                tokens.push(Token::Value(rest[1..end].to_owned()));
                rest = &rest[end + 1..];
            }
            '(' => {
                tokens.push(Token::Open);
                rest = &rest[1..];
            }
            ')' => {
                tokens.push(Token::Close);
                rest = &rest[1..];
            }
            '<' | '>' | '=' | '!' => {
                let op = ["<>", "<=", ">=", "!=", "<", ">", "="]
                    .into_iter()
                    .find(|op| rest.starts_with(op))?;
                tokens.push(Token::Op(op.to_owned()));
                rest = &rest[op.len()..];
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_whitespace() || "()[]<>=!'\"".contains(c))
                    .unwrap_or(rest.len());
                let word = &rest[..end];
                if word.is_empty() {
                    return None;
                }
                tokens.push(match word.to_ascii_lowercase().as_str() {
                    "and" => Token::And,
                    "or" => Token::Or,
                    _ if word.parse::<f64>().is_ok() => Token::Value(word.to_owned()),
                    _ => return None,
                });
                rest = &rest[end..];
            }
        }
    }
    Some(tokens)
}

/// Parses the branching logic coform can hold; `None` for anything else.
fn parse_logic(input: &str) -> Option<Logic> {
    let tokens = tokenize(input)?;
    // Nesting is bounded, so no input overflows the stack.
    let mut depth = 0usize;
    for token in &tokens {
        match token {
            Token::Open => depth += 1,
            Token::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 64 {
            return None;
        }
    }
    let mut at = 0;
    let logic = or(&tokens, &mut at)?;
    (at == tokens.len()).then_some(logic)
}

fn or(tokens: &[Token], at: &mut usize) -> Option<Logic> {
    let mut parts = vec![and(tokens, at)?];
    while tokens.get(*at) == Some(&Token::Or) {
        *at += 1;
        parts.push(and(tokens, at)?);
    }
    Some(if parts.len() == 1 {
        parts.remove(0)
    } else {
        Logic::Or(parts)
    })
}

fn and(tokens: &[Token], at: &mut usize) -> Option<Logic> {
    let mut parts = vec![primary(tokens, at)?];
    while tokens.get(*at) == Some(&Token::And) {
        *at += 1;
        parts.push(primary(tokens, at)?);
    }
    Some(if parts.len() == 1 {
        parts.remove(0)
    } else {
        Logic::And(parts)
    })
}

fn primary(tokens: &[Token], at: &mut usize) -> Option<Logic> {
    match tokens.get(*at)? {
        Token::Open => {
            *at += 1;
            let inner = or(tokens, at)?;
            if tokens.get(*at) != Some(&Token::Close) {
                return None;
            }
            *at += 1;
            Some(inner)
        }
        Token::Field(variable, code) => {
            let (Some(Token::Op(op)), Some(Token::Value(value))) =
                (tokens.get(*at + 1), tokens.get(*at + 2))
            else {
                return None;
            };
            *at += 3;
            Some(Logic::Compare {
                variable: variable.clone(),
                code: code.clone(),
                op: op.clone(),
                value: value.clone(),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branching_logic_parses() {
        assert_eq!(
            parse_logic("[a] = '1' and ([b(3)] = '1' or [c] <> '')"),
            Some(Logic::And(vec![
                Logic::Compare {
                    variable: "a".into(),
                    code: None,
                    op: "=".into(),
                    value: "1".into()
                },
                Logic::Or(vec![
                    Logic::Compare {
                        variable: "b".into(),
                        code: Some("3".into()),
                        op: "=".into(),
                        value: "1".into()
                    },
                    Logic::Compare {
                        variable: "c".into(),
                        code: None,
                        op: "<>".into(),
                        value: String::new()
                    },
                ]),
            ]))
        );
        assert_eq!(parse_logic("[event_1][a] = 1"), None);
        assert_eq!(parse_logic("datediff([a], 'today', 'y') > 1"), None);
    }

    #[test]
    fn codes_redcap_takes() {
        assert!(redcap_code("98") && redcap_code("-9") && redcap_code("a_b"));
        assert!(!redcap_code("a-b") && !redcap_code(""));
    }
}
