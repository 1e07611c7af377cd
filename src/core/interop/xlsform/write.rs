//! Export: a survey as the rows of the `survey`, `choices` and `settings` sheets, then as an
//! .xlsx workbook (see the parent module for the mapping).

use std::collections::{BTreeMap, HashMap};

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};

use super::{expr, literal};
use crate::core::interop::text::plain;
use crate::core::interop::{Exported, Loss, LossKind, common_losses};
use crate::core::model::{
    Appearance, Check, ChoiceOption, Condition, Item, ItemKind, LocalizedText, Page, Presentation,
    Status, Survey,
};

/// A cell value: text, or a number (option scores).
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
}

/// One row of the survey sheet, by column; translated columns by language tag.
#[derive(Debug, Default)]
struct SurveyRow {
    kind: String,
    name: String,
    label: BTreeMap<String, String>,
    hint: BTreeMap<String, String>,
    required: String,
    relevant: String,
    constraint: String,
    constraint_message: BTreeMap<String, String>,
    appearance: String,
    parameters: String,
    code: String,
}

/// One row of the choices sheet.
#[derive(Debug, Default)]
struct ChoiceRow {
    list: String,
    name: String,
    label: BTreeMap<String, String>,
    system: String,
    score: Option<Value>,
}

/// The runtime's own words for yes and no, by language, for the labels of the yes/no list
/// (coform's yes/no questions carry no labels of their own).
const YES_NO_WORDS: [(&str, &str); 6] = [
    ("en", include_str!("../../../../locales/en/respond.ftl")),
    ("es", include_str!("../../../../locales/es/respond.ftl")),
    ("ar", include_str!("../../../../locales/ar/respond.ftl")),
    ("ht", include_str!("../../../../locales/ht/respond.ftl")),
    ("vi", include_str!("../../../../locales/vi/respond.ftl")),
    (
        "zh-Hans",
        include_str!("../../../../locales/zh-Hans/respond.ftl"),
    ),
];

/// The word for `message` (`answer-yes`, `answer-no`) in `tag`, its language without a region,
/// or English.
fn runtime_word(tag: &str, message: &str) -> String {
    let base = tag.split('-').next().unwrap_or(tag);
    let find = |wanted: &str| {
        YES_NO_WORDS
            .iter()
            .filter(|(language, _)| *language == wanted)
            .find_map(|(_, ftl)| {
                ftl.lines().find_map(|line| {
                    let (id, value) = line.split_once('=')?;
                    (id.trim() == message).then(|| value.trim().to_owned())
                })
            })
    };
    find(tag)
        .or_else(|| find(base))
        .or_else(|| find("en"))
        .unwrap_or_else(|| message.to_owned())
}

/// The survey as a workbook with what it cannot carry.
pub(super) fn export(survey: &Survey) -> Exported {
    let mut writer = Writer::new(survey);
    writer.metadata();
    writer.choice_lists();
    for (index, page) in survey.pages.iter().enumerate() {
        writer.page(index, page);
    }
    writer.settings();
    // rust_xlsxwriter fails only on sheet names (ours are fixed and valid), cells beyond the
    // limits (cut before writing) and file IO (none: the workbook is built in memory).
    let bytes = writer.workbook().unwrap_or_default();
    Exported {
        bytes,
        losses: writer.losses,
    }
}

/// The export in progress: the rows of each sheet and the losses found so far.
struct Writer<'s> {
    survey: &'s Survey,
    languages: Vec<&'s str>,
    losses: Vec<Loss>,
    rows: Vec<SurveyRow>,
    choices: Vec<ChoiceRow>,
    settings: Vec<(&'static str, String)>,
    /// The type of every question a condition or a piped answer may name (grid rows answer
    /// like a single choice).
    kinds: HashMap<&'s str, ItemKind>,
    /// The name of the yes/no list written for yes/no questions.
    yes_no: String,
}

impl<'s> Writer<'s> {
    fn new(survey: &'s Survey) -> Self {
        let mut languages: Vec<&str> = Vec::new();
        for language in &survey.languages {
            if !languages.contains(&language.tag.as_str()) {
                languages.push(&language.tag);
            }
        }
        let mut kinds = HashMap::new();
        for item in survey.items() {
            if item.kind.takes_answer() && item.kind != ItemKind::LikertGrid {
                kinds.entry(item.id.as_str()).or_insert(item.kind);
            }
            if item.kind == ItemKind::LikertGrid {
                for row in &item.rows {
                    kinds
                        .entry(row.id.as_str())
                        .or_insert(ItemKind::SingleChoice);
                }
            }
        }
        let mut yes_no = "yes_no".to_owned();
        let mut counter = 1;
        while survey.choice_list(&yes_no).is_some() {
            yes_no = format!("yes_no_{counter}");
            counter += 1;
        }
        Writer {
            survey,
            languages,
            losses: common_losses(survey),
            rows: Vec::new(),
            choices: Vec::new(),
            settings: Vec::new(),
            kinds,
            yes_no,
        }
    }

    fn lose(&mut self, path: impl Into<String>, kind: LossKind) {
        self.losses.push(Loss {
            path: path.into(),
            kind,
        });
    }

    /// Losses for fields of text that XLSForm has no column for.
    fn lose_text(&mut self, text: &LocalizedText, path: &str, field: &str) {
        if !text.is_empty() {
            self.lose(
                format!("{path}.{field}"),
                LossKind::Text {
                    field: field.to_owned(),
                },
            );
        }
    }

    /// A string in every language, as plain text with piped answers as `${name}`; the
    /// flattened variants and unpipeable variables are losses at `path.field.<language>`.
    fn text(&mut self, text: &LocalizedText, path: &str, field: &str) -> BTreeMap<String, String> {
        const OPEN: &str = "\u{e000}";
        const CLOSE: &str = "\u{e001}";
        // Found by character, which is quicker than by string.
        const OPEN_MARK: char = '\u{e000}';
        let mut out = BTreeMap::new();
        for (language, pattern) in &text.0 {
            // Where a loss is, written only when there is one.
            let at = || format!("{path}.{field}.{language}");
            if !self.languages.contains(&language.as_str()) {
                self.lose(
                    at(),
                    LossKind::Language {
                        language: language.clone(),
                    },
                );
                continue;
            }
            let written = plain(pattern, Some((OPEN, CLOSE)));
            if written.flattened {
                self.lose(
                    at(),
                    LossKind::Variants {
                        language: language.clone(),
                    },
                );
            }
            // Only questions can be piped in XLSForm: any other variable (an audience
            // variable outside a select) is written as `[name]`, as targets without piping do.
            let mut result = String::with_capacity(written.text.len());
            let mut unpiped = false;
            let mut rest = written.text.as_str();
            while let Some(start) = rest.find(OPEN_MARK) {
                result.push_str(&literal(&rest[..start]));
                let after = &rest[start + OPEN.len()..];
                let (name, tail) = after.split_once(CLOSE).unwrap_or((after, ""));
                if self.kinds.contains_key(name) {
                    result.push_str(&format!("${{{name}}}"));
                } else {
                    unpiped = true;
                    result.push_str(&format!("[{name}]"));
                }
                rest = tail;
            }
            result.push_str(&literal(rest));
            if unpiped {
                self.lose(
                    at(),
                    LossKind::Piping {
                        language: language.clone(),
                    },
                );
            }
            out.insert(language.clone(), result);
        }
        out
    }

    /// A condition as an expression, or a loss `Condition` at `path.field` (then nothing).
    fn condition(&mut self, condition: Option<&Condition>, path: &str, field: &str) -> String {
        let Some(condition) = condition else {
            return String::new();
        };
        let kinds = &self.kinds;
        match expr::write_condition(condition, &|id| kinds.get(id).copied()) {
            Some(written) => written,
            None => {
                self.lose(format!("{path}.{field}"), LossKind::Condition);
                String::new()
            }
        }
    }

    /// The `code` cell of some codings, each unwritable one (or its display) a loss.
    fn codes(&mut self, codes: &[crate::core::model::Coding], path: &str) -> String {
        let mut parts = Vec::new();
        for (index, coding) in codes.iter().enumerate() {
            match super::write_coding(coding) {
                Some(part) => {
                    parts.push(part);
                    if coding.display.is_some() {
                        self.lose(format!("{path}.codes[{index}].display"), LossKind::Codes);
                    }
                }
                None => self.lose(format!("{path}.codes[{index}]"), LossKind::Codes),
            }
        }
        parts.join(" ")
    }

    fn metadata(&mut self) {
        let survey = self.survey;
        let metadata = &survey.metadata;
        let source = survey.source_language.as_str();
        if let Some(title) = metadata.title.get(source) {
            let mut only_source = LocalizedText::default();
            only_source.0.insert(source.to_owned(), title.to_owned());
            let written = self.text(&only_source, "metadata", "title");
            if let Some(title) = written.get(source) {
                self.settings.push(("form_title", title.clone()));
            }
        }
        for language in metadata.title.0.keys().filter(|tag| *tag != source) {
            self.lose(
                format!("metadata.title.{language}"),
                LossKind::Text {
                    field: "title".to_owned(),
                },
            );
        }
        self.settings.push(("form_id", metadata.id.clone()));
        self.settings.push(("version", metadata.version.clone()));
        self.settings
            .push(("default_language", super::language_header(source)));
        let code = self.codes(&metadata.codes, "metadata");
        if !code.is_empty() {
            self.settings.push(("code", code));
        }
        self.lose_text(&metadata.description, "metadata", "description");
        if metadata.status != Status::Draft {
            self.lose(
                "metadata.status",
                LossKind::Setting {
                    setting: "status".to_owned(),
                },
            );
        }
        if metadata.content_hash.is_some() {
            self.lose(
                "metadata.contentHash",
                LossKind::Setting {
                    setting: "contentHash".to_owned(),
                },
            );
        }
        // The direction of a language is read back from its script.
        for (index, language) in survey.languages.iter().enumerate() {
            if language.direction != crate::core::language::usual_direction(&language.tag) {
                self.lose(
                    format!("languages[{index}].direction"),
                    LossKind::Setting {
                        setting: "direction".to_owned(),
                    },
                );
            }
        }
    }

    fn choice_lists(&mut self) {
        let survey = self.survey;
        for (list_index, list) in survey.choice_lists.iter().enumerate() {
            let path = format!("choiceLists[{list_index}]");
            if self.reads_back_as_yes_no(&list.id, &list.options) {
                // A list of exactly yes and no is read back as yes/no questions: the list and
                // the type of each of its questions.
                let written_as = format!("select_one {}", list.id);
                let loss = |path: String| Loss {
                    path,
                    kind: LossKind::ItemType {
                        item_type: ItemKind::SingleChoice.json_name().to_owned(),
                        written_as: written_as.clone(),
                    },
                };
                self.losses.push(loss(path.clone()));
                for at in self.paths_using(&list.id) {
                    self.losses.push(loss(at));
                }
            }
            for (index, option) in list.options.iter().enumerate() {
                let at = format!("{path}.options[{index}]");
                let label = self.text(&option.label, &at, "label");
                if option.exclusive {
                    self.lose(format!("{at}.exclusive"), LossKind::Exclusive);
                }
                let score = option.score.as_ref().and_then(|score| {
                    score
                        .as_f64()
                        .map(Value::Number)
                        .or_else(|| Some(Value::Text(score.to_string())))
                });
                self.choices.push(ChoiceRow {
                    list: list.id.clone(),
                    name: option.code.clone(),
                    label,
                    system: option.system.clone().unwrap_or_default(),
                    score,
                });
            }
        }
        let yes_no_used = survey
            .items()
            .iter()
            .any(|item| item.kind == ItemKind::YesNo);
        if yes_no_used {
            for (code, message) in [(expr::YES, "answer-yes"), (expr::NO, "answer-no")] {
                let label = self
                    .languages
                    .iter()
                    .map(|tag| ((*tag).to_owned(), runtime_word(tag, message)))
                    .collect();
                self.choices.push(ChoiceRow {
                    list: self.yes_no.clone(),
                    name: code.to_owned(),
                    label,
                    system: String::new(),
                    score: None,
                });
            }
        }
    }

    /// Whether a list comes back as yes/no questions (see the parent module): codes exactly
    /// `yes` and `no` with no system or score, used only by single choices.
    fn reads_back_as_yes_no(&self, list: &str, options: &[ChoiceOption]) -> bool {
        let plain_yes_no = options.len() == 2
            && options.first().is_some_and(|o| o.code == expr::YES)
            && options.get(1).is_some_and(|o| o.code == expr::NO)
            && options
                .iter()
                .all(|o| o.system.is_none() && o.score.is_none());
        let users: Vec<&Item> = self
            .survey
            .items()
            .into_iter()
            .filter(|item| item.choices.as_deref() == Some(list))
            .collect();
        plain_yes_no
            && !users.is_empty()
            && users.iter().all(|item| item.kind == ItemKind::SingleChoice)
    }

    /// The JSON paths of the items offering a list.
    fn paths_using(&self, list: &str) -> Vec<String> {
        fn walk(items: &[Item], path: &str, list: &str, out: &mut Vec<String>) {
            for (index, item) in items.iter().enumerate() {
                let at = format!("{path}.items[{index}]");
                if item.choices.as_deref() == Some(list) {
                    out.push(at.clone());
                }
                walk(&item.items, &at, list, out);
            }
        }
        let mut out = Vec::new();
        for (index, page) in self.survey.pages.iter().enumerate() {
            walk(&page.items, &format!("pages[{index}]"), list, &mut out);
        }
        out
    }

    fn page(&mut self, index: usize, page: &'s Page) {
        let path = format!("pages[{index}]");
        let label = self.text(&page.title, &path, "title");
        let relevant = self.condition(page.show_if.as_ref(), &path, "showIf");
        self.rows.push(SurveyRow {
            kind: "begin_group".to_owned(),
            name: page.id.clone(),
            label,
            relevant,
            appearance: "field-list".to_owned(),
            ..SurveyRow::default()
        });
        for (item_index, item) in page.items.iter().enumerate() {
            self.item(&format!("{path}.items[{item_index}]"), item);
        }
        self.rows.push(end_group());
    }

    fn item(&mut self, path: &str, item: &'s Item) {
        let label = self.text(&item.text, path, "text");
        let hint = self.text(&item.hint, path, "hint");
        let relevant = self.condition(item.show_if.as_ref(), path, "showIf");
        let required = if item.required {
            if item.required_if.is_some() {
                // Always required already: the condition adds nothing XLSForm can hold.
                self.lose(format!("{path}.requiredIf"), LossKind::Condition);
            }
            "yes".to_owned()
        } else {
            self.condition(item.required_if.as_ref(), path, "requiredIf")
        };
        let (constraint, constraint_message) = self.constraint(item, path);
        let code = self.codes(&item.codes, path);
        self.lose_text(&item.placeholder, path, "placeholder");
        self.lose_text(&item.unit, path, "unit");
        if item.sensitive.is_some() {
            self.lose(format!("{path}.sensitive"), LossKind::Sensitive);
        }
        let list = item.choices.clone().unwrap_or_default();
        let mut appearance = String::new();
        match (item.kind, item.appearance) {
            (_, None) => {}
            (ItemKind::SingleChoice, Some(Appearance::Dropdown)) => {
                appearance = "minimal".to_owned();
            }
            (_, Some(_)) => self.lose(format!("{path}.appearance"), LossKind::Appearance),
        }
        let mut parameters = String::new();
        let kind = match item.kind {
            ItemKind::Note => "note".to_owned(),
            ItemKind::ShortText => "text".to_owned(),
            ItemKind::LongText => {
                appearance = "multiline".to_owned();
                "text".to_owned()
            }
            ItemKind::Integer => "integer".to_owned(),
            ItemKind::Decimal => "decimal".to_owned(),
            ItemKind::Date => "date".to_owned(),
            ItemKind::SingleChoice => format!("select_one {list}"),
            ItemKind::MultipleChoice => format!("select_multiple {list}"),
            ItemKind::YesNo => format!("select_one {}", self.yes_no),
            ItemKind::Ranking => format!("rank {list}"),
            ItemKind::Consent => "acknowledge".to_owned(),
            ItemKind::Rating => {
                if let Some(scale) = &item.scale {
                    parameters = format!("start={} end={} step=1", scale.min, scale.max);
                    let scale_path = format!("{path}.scale");
                    self.lose_text(&scale.min_label, &scale_path, "minLabel");
                    self.lose_text(&scale.max_label, &scale_path, "maxLabel");
                }
                "range".to_owned()
            }
            ItemKind::Section | ItemKind::LikertGrid => "begin_group".to_owned(),
        };
        let group = matches!(item.kind, ItemKind::Section | ItemKind::LikertGrid);
        if item.kind == ItemKind::LikertGrid {
            appearance = "field-list".to_owned();
        }
        self.rows.push(SurveyRow {
            kind,
            name: item.id.clone(),
            label,
            hint,
            // A grid's rows are the questions: they carry its required and its checks.
            required: if group {
                String::new()
            } else {
                required.clone()
            },
            relevant,
            constraint: if group {
                String::new()
            } else {
                constraint.clone()
            },
            constraint_message: if group {
                BTreeMap::new()
            } else {
                constraint_message.clone()
            },
            appearance,
            parameters,
            code,
        });
        if item.kind == ItemKind::LikertGrid {
            for (index, row) in item.rows.iter().enumerate() {
                let label = self.text(&row.text, &format!("{path}.rows[{index}]"), "text");
                self.rows.push(SurveyRow {
                    kind: format!("select_one {list}"),
                    name: row.id.clone(),
                    label,
                    required: required.clone(),
                    constraint: constraint.clone(),
                    constraint_message: constraint_message.clone(),
                    appearance: "likert".to_owned(),
                    ..SurveyRow::default()
                });
            }
        }
        if item.kind == ItemKind::Section {
            for (index, child) in item.items.iter().enumerate() {
                self.item(&format!("{path}.items[{index}]"), child);
            }
        }
        if group {
            self.rows.push(end_group());
        }
    }

    /// The item's checks as one constraint and the message of the first written check; every
    /// check XLSForm cannot state, and every other check's message, is a loss.
    fn constraint(&mut self, item: &Item, path: &str) -> (String, BTreeMap<String, String>) {
        let mut written: Vec<(usize, String)> = Vec::new();
        for (index, rule) in item.validation.iter().enumerate() {
            match expr::write_check(&rule.check, item.kind) {
                Some(expression) => written.push((index, expression)),
                None => self.lose(
                    format!("{path}.validation[{index}]"),
                    LossKind::Validation {
                        check: check_name(&rule.check).to_owned(),
                    },
                ),
            }
        }
        let Some(&(first, _)) = written.first() else {
            return (String::new(), BTreeMap::new());
        };
        let constraint = if written.len() == 1 {
            written
                .first()
                .map(|(_, expression)| expression.clone())
                .unwrap_or_default()
        } else {
            written
                .iter()
                .map(|(_, expression)| format!("({expression})"))
                .collect::<Vec<_>>()
                .join(" and ")
        };
        let kept = item
            .validation
            .get(first)
            .map(|rule| rule.message.clone())
            .unwrap_or_default();
        // One message per constraint: the others are lost, unless they say the same.
        for &(index, _) in written.iter().skip(1) {
            if let Some(rule) = item.validation.get(index)
                && rule.message.0 != kept.0
            {
                self.lose(
                    format!("{path}.validation[{index}].message"),
                    LossKind::ValidationMessage,
                );
            }
        }
        let message = self.text(&kept, &format!("{path}.validation[{first}]"), "message");
        (constraint, message)
    }

    fn settings(&mut self) {
        let settings = &self.survey.settings;
        if settings.presentation != Presentation::Page {
            self.lose(
                "settings.presentation",
                LossKind::Setting {
                    setting: "presentation".to_owned(),
                },
            );
        }
        // ODK would post its own XML to an endpoint that expects coform's or FHIR's JSON.
        if settings.submission.is_some() {
            self.lose(
                "settings.submission",
                LossKind::Setting {
                    setting: "submission".to_owned(),
                },
            );
        }
        if !settings.require_approved.is_empty() {
            self.lose(
                "settings.requireApproved",
                LossKind::Setting {
                    setting: "requireApproved".to_owned(),
                },
            );
        }
        if !settings.require_sign_off.is_empty() {
            self.lose(
                "settings.requireSignOff",
                LossKind::Setting {
                    setting: "requireSignOff".to_owned(),
                },
            );
        }
    }

    /// The three sheets as an .xlsx workbook.
    fn workbook(&self) -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        // The fastest deflate level: packing is then no longer most of the export's time, and
        // the workbook grows by a few percent (its text is mostly shared strings).
        workbook.set_zip_compression_level(1);
        // A fixed creation time: the same survey gives the same bytes.
        let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
        workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
        let survey = workbook.add_worksheet();
        survey.set_name("survey")?;
        write_sheet(survey, self.survey_table())?;
        if !self.choices.is_empty() {
            let choices = workbook.add_worksheet();
            choices.set_name("choices")?;
            write_sheet(choices, self.choices_table())?;
        }
        let settings = workbook.add_worksheet();
        settings.set_name("settings")?;
        let table = vec![
            self.settings
                .iter()
                .map(|(name, _)| Value::Text((*name).to_owned()))
                .collect(),
            self.settings
                .iter()
                .map(|(_, value)| Value::Text(value.clone()))
                .collect(),
        ];
        write_sheet(settings, table)?;
        workbook.save_to_buffer()
    }

    /// The survey sheet: a column for each field any row uses, translated fields in every
    /// language as soon as one language has them (pyxform warns otherwise).
    fn survey_table(&self) -> Vec<Vec<Value>> {
        let mut headers = Vec::new();
        let mut columns: Vec<CellOf<'_>> = Vec::new();
        for (header, column) in SURVEY_COLUMNS {
            match column {
                Column::Plain(field, always) => {
                    if always || self.rows.iter().any(|row| !field(row).is_empty()) {
                        headers.push(header.to_owned());
                        columns.push(Box::new(move |row| field(row).clone()));
                    }
                }
                Column::Translated(field, always) => {
                    if always || self.rows.iter().any(|row| !field(row).is_empty()) {
                        for language in &self.languages {
                            headers.push(format!("{header}::{}", super::language_header(language)));
                            columns.push(Box::new(move |row| {
                                field(row).get(*language).cloned().unwrap_or_default()
                            }));
                        }
                    }
                }
            }
        }
        let mut table = vec![headers.into_iter().map(Value::Text).collect()];
        for row in &self.rows {
            table.push(
                columns
                    .iter()
                    .map(|value| Value::Text(value(row)))
                    .collect(),
            );
        }
        table
    }

    /// The choices sheet: list, code, label in every language, then system and score when
    /// any option has one.
    fn choices_table(&self) -> Vec<Vec<Value>> {
        let has_system = self.choices.iter().any(|row| !row.system.is_empty());
        let has_score = self.choices.iter().any(|row| row.score.is_some());
        let mut header = vec![
            Value::Text("list_name".to_owned()),
            Value::Text("name".to_owned()),
        ];
        for language in &self.languages {
            header.push(Value::Text(format!(
                "label::{}",
                super::language_header(language)
            )));
        }
        if has_system {
            header.push(Value::Text("system".to_owned()));
        }
        if has_score {
            header.push(Value::Text("score".to_owned()));
        }
        let mut table = vec![header];
        for row in &self.choices {
            let mut cells = vec![Value::Text(row.list.clone()), Value::Text(row.name.clone())];
            for language in &self.languages {
                cells.push(Value::Text(
                    row.label.get(*language).cloned().unwrap_or_default(),
                ));
            }
            if has_system {
                cells.push(Value::Text(row.system.clone()));
            }
            if has_score {
                cells.push(row.score.clone().unwrap_or(Value::Text(String::new())));
            }
            table.push(cells);
        }
        table
    }
}

/// How a column's cell is taken from a row.
type CellOf<'a> = Box<dyn Fn(&SurveyRow) -> String + 'a>;

/// A column of the survey sheet: one field, or one field in every language; written when
/// some row uses it, or always.
enum Column {
    Plain(fn(&SurveyRow) -> &String, bool),
    Translated(fn(&SurveyRow) -> &BTreeMap<String, String>, bool),
}

/// The survey sheet's columns, in order.
const SURVEY_COLUMNS: [(&str, Column); 11] = [
    ("type", Column::Plain(|row| &row.kind, true)),
    ("name", Column::Plain(|row| &row.name, true)),
    ("label", Column::Translated(|row| &row.label, true)),
    ("hint", Column::Translated(|row| &row.hint, false)),
    ("required", Column::Plain(|row| &row.required, false)),
    ("relevant", Column::Plain(|row| &row.relevant, false)),
    ("constraint", Column::Plain(|row| &row.constraint, false)),
    (
        "constraint_message",
        Column::Translated(|row| &row.constraint_message, false),
    ),
    ("appearance", Column::Plain(|row| &row.appearance, false)),
    ("parameters", Column::Plain(|row| &row.parameters, false)),
    ("code", Column::Plain(|row| &row.code, false)),
];

fn end_group() -> SurveyRow {
    SurveyRow {
        kind: "end_group".to_owned(),
        ..SurveyRow::default()
    }
}

/// The name of a check, as losses give it.
fn check_name(check: &Check) -> &'static str {
    match check {
        Check::Range { .. } => "range",
        Check::Length { .. } => "length",
        Check::Pattern { .. } => "pattern",
        Check::AnswerCount { .. } => "answerCount",
    }
}

/// The most characters an Excel cell holds.
const CELL_LIMIT: usize = 32_767;

/// Writes a table into a sheet; its strings are moved into the sheet, not copied.
fn write_sheet(sheet: &mut Worksheet, table: Vec<Vec<Value>>) -> Result<(), XlsxError> {
    for (row, cells) in table.into_iter().enumerate() {
        let Ok(row) = u32::try_from(row) else {
            break;
        };
        for (column, value) in cells.into_iter().enumerate() {
            let Ok(column) = u16::try_from(column) else {
                break;
            };
            match value {
                Value::Text(text) if text.is_empty() => {}
                Value::Text(mut text) => {
                    // No survey string comes near Excel's limit; cut rather than fail. A text
                    // of no more bytes than the limit has no more characters either.
                    if text.len() > CELL_LIMIT
                        && let Some((end, _)) = text.char_indices().nth(CELL_LIMIT)
                    {
                        text.truncate(end);
                    }
                    sheet.write_string(row, column, text)?;
                }
                Value::Number(number) => {
                    sheet.write_number(row, column, number)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::runtime_word;

    #[test]
    fn yes_and_no_come_from_the_runtime_words() {
        assert_eq!(runtime_word("es", "answer-yes"), "Sí");
        assert_eq!(runtime_word("es-PR", "answer-no"), "No");
        assert_eq!(runtime_word("so", "answer-yes"), "Yes");
    }
}
