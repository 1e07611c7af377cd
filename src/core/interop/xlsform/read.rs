//! Import: an XLSForm workbook (coform's own, or ODK's and Kobo's) as a survey, with a
//! notice at the cell of everything left out or changed (see the parent module for the
//! mapping, and for how groups become pages, sections and Likert grids).
//!
//! The reading goes in passes: the three sheets as cells; the languages from the column
//! headers; the choice lists; the survey rows as a tree of groups; then every question's
//! coform id and type (so that expressions can name them); then the pages and items.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use super::expr::{self, Form};
use super::{DOLLAR_BRACE, cell, language_tag, read_codings};
use crate::core::interop::text::{self, XLSFORM};
use crate::core::interop::{Imported, Notice, NoticeKind, ReadError};
use crate::core::model::{
    Appearance, ChoiceList, ChoiceOption, Coding, Condition, Format, GridRow, Item, ItemKind,
    Language, LocalizedText, Metadata, Page, RatingScale, Settings, Status, Survey, ValidationRule,
};
use crate::core::validate::{is_valid_code, is_valid_id};

/// The three sheets, by the order notices are sorted in.
const SURVEY: &str = "survey";
const CHOICES: &str = "choices";
const SETTINGS: &str = "settings";

pub(super) fn import(bytes: &[u8]) -> Result<Imported, ReadError> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|error| ReadError::Syntax {
        location: "file".to_owned(),
        detail: format!("not a zip archive: {error}"),
    })?;
    if archive.index_for_name("xl/workbook.xml").is_none() {
        return Err(ReadError::Invalid {
            location: "xl/workbook.xml".to_owned(),
            detail: "a zip archive without a workbook: not an .xlsx file".to_owned(),
        });
    }
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|error| ReadError::Syntax {
        location: "xl/workbook.xml".to_owned(),
        detail: error.to_string(),
    })?;
    let names = workbook.sheet_names();
    let find = |wanted: &str| {
        names
            .iter()
            .find(|name| name.trim().eq_ignore_ascii_case(wanted))
            .cloned()
    };
    let survey_name = find(SURVEY).ok_or_else(|| ReadError::Invalid {
        location: SURVEY.to_owned(),
        detail: "the workbook has no survey sheet".to_owned(),
    })?;
    let survey = Sheet::read(&mut workbook, &survey_name, SURVEY)?;
    let choices = match find(CHOICES) {
        Some(name) => Sheet::read(&mut workbook, &name, CHOICES)?,
        None => Sheet::empty(CHOICES),
    };
    let settings = match find(SETTINGS) {
        Some(name) => Sheet::read(&mut workbook, &name, SETTINGS)?,
        None => Sheet::empty(SETTINGS),
    };
    Importer::default().run(&survey, &choices, &settings)
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/// The most cells a sheet may hold (a large form has some tens of thousands): a workbook is
/// compressed, so its size alone does not bound what it unpacks to.
const MAX_CELLS: usize = 500_000;

/// How deep groups may nest; deeper groups are read as if their rows were not there, so a
/// hostile file cannot exhaust the stack of the passes that walk the tree.
const MAX_NESTING: usize = 32;

/// A sheet's non-empty cells, as text, by (row, column) from 0.
struct Sheet {
    name: &'static str,
    cells: BTreeMap<(u32, u32), String>,
}

impl Sheet {
    fn empty(name: &'static str) -> Self {
        Sheet {
            name,
            cells: BTreeMap::new(),
        }
    }

    /// Reads the cells one by one (a sparse sheet costs only its cells, however far apart).
    fn read(
        workbook: &mut Xlsx<Cursor<&[u8]>>,
        sheet: &str,
        name: &'static str,
    ) -> Result<Self, ReadError> {
        let error = |error: calamine::XlsxError| ReadError::Syntax {
            location: name.to_owned(),
            detail: error.to_string(),
        };
        let mut reader = workbook.worksheet_cells_reader(sheet).map_err(error)?;
        let mut cells = BTreeMap::new();
        while let Some(found) = reader.next_cell().map_err(error)? {
            if cells.len() >= MAX_CELLS {
                return Err(ReadError::Invalid {
                    location: name.to_owned(),
                    detail: format!("more than {MAX_CELLS} cells"),
                });
            }
            let text = match found.get_value() {
                DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
                    text.clone()
                }
                DataRef::SharedString(text) => (*text).to_owned(),
                DataRef::Int(number) => number.to_string(),
                DataRef::Float(number) => float_text(*number),
                DataRef::Bool(value) => value.to_string(),
                DataRef::DateTime(date) => float_text(date.as_f64()),
                DataRef::Error(_) | DataRef::Empty => continue,
            };
            let text = text.trim();
            if !text.is_empty() {
                cells.insert(found.get_position(), text.to_owned());
            }
        }
        Ok(Sheet { name, cells })
    }

    /// The header row: the first row with a cell.
    fn header_row(&self) -> u32 {
        self.cells.keys().next().map_or(0, |(row, _)| *row)
    }

    /// The header cells, by column.
    fn headers(&self) -> Vec<(u32, &str)> {
        let header = self.header_row();
        self.cells
            .range((header, 0)..=(header, u32::MAX))
            .map(|((_, column), text)| (*column, text.as_str()))
            .collect()
    }

    /// The rows below the header, each as its cells by column.
    fn rows(&self) -> Vec<Row> {
        let header = self.header_row();
        let mut rows: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
        for ((row, column), text) in self.cells.range((header.saturating_add(1), 0)..) {
            rows.entry(*row).or_default().insert(*column, text.clone());
        }
        rows.into_iter()
            .map(|(line, cells)| Row { line, cells })
            .collect()
    }

    /// Whether any cell below the header in `column` has text.
    fn used(&self, column: u32) -> bool {
        let header = self.header_row();
        self.cells
            .keys()
            .any(|(row, col)| *col == column && *row > header)
    }
}

/// A number cell as text: whole numbers without a fraction (`1`, not `1.0`).
fn float_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        number.to_string()
    }
}

/// A row below the header.
#[derive(Debug, Clone)]
struct Row {
    line: u32,
    cells: BTreeMap<u32, String>,
}

impl Row {
    fn get(&self, column: Option<u32>) -> &str {
        column
            .and_then(|column| self.cells.get(&column))
            .map_or("", String::as_str)
    }
}

// ---------------------------------------------------------------------------------------------
// Column headers
// ---------------------------------------------------------------------------------------------

/// What a column header names.
#[derive(Debug, Clone, PartialEq)]
enum Field {
    Type,
    Name,
    ListName,
    Label(Option<String>),
    Hint(Option<String>),
    ConstraintMessage(Option<String>),
    Required,
    Relevant,
    Constraint,
    Appearance,
    Parameters,
    Code,
    System,
    Score,
    Other,
}

/// A header as pyxform reads it: a column name, with `::language` for translated columns
/// (`label::English (en)`, also `label:English`), and `bind::`/`body::`/`control::`
/// prefixes before the names they group.
fn field(header: &str) -> Field {
    let header = header.trim();
    let mut parts: Vec<&str> = header.split("::").collect();
    if parts.len() == 1
        && let Some((base, language)) = header.split_once(':')
        && matches!(
            base.trim().to_lowercase().as_str(),
            "label" | "hint" | "constraint_message" | "constraint message" | "required_message"
        )
    {
        parts = vec![base, language];
    }
    if parts.len() > 1
        && matches!(
            parts.first().map(|p| p.trim().to_lowercase()).as_deref(),
            Some("bind" | "body" | "control")
        )
    {
        parts.remove(0);
    }
    let base = parts
        .first()
        .map(|p| p.trim().to_lowercase())
        .unwrap_or_default();
    let language = (parts.len() > 1).then(|| parts[1..].join("::").trim().to_owned());
    let plain = |field: Field| {
        if language.is_none() {
            field
        } else {
            Field::Other
        }
    };
    match base.as_str() {
        "type" => plain(Field::Type),
        "name" => plain(Field::Name),
        "list_name" | "list name" => plain(Field::ListName),
        "label" | "caption" => Field::Label(language),
        "hint" => Field::Hint(language),
        "constraint_message" | "constraint message" | "jr:constraintmsg" => {
            Field::ConstraintMessage(language)
        }
        "required" => plain(Field::Required),
        "relevant" | "relevance" => plain(Field::Relevant),
        "constraint" => plain(Field::Constraint),
        "appearance" => plain(Field::Appearance),
        "parameters" => plain(Field::Parameters),
        "code" => plain(Field::Code),
        "system" => plain(Field::System),
        "score" => plain(Field::Score),
        _ => Field::Other,
    }
}

/// Where each field of a sheet is; translated fields by language name as written.
#[derive(Debug, Default)]
struct Columns {
    kind: Option<u32>,
    name: Option<u32>,
    list_name: Option<u32>,
    label: Vec<(u32, Option<String>)>,
    hint: Vec<(u32, Option<String>)>,
    constraint_message: Vec<(u32, Option<String>)>,
    required: Option<u32>,
    relevant: Option<u32>,
    constraint: Option<u32>,
    appearance: Option<u32>,
    parameters: Option<u32>,
    code: Option<u32>,
    system: Option<u32>,
    score: Option<u32>,
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// What a `type` cell says.
#[derive(Debug, Clone, PartialEq)]
enum Spec {
    /// A question coform has, with its choice list.
    Question(ItemKind, Option<String>),
    /// A question read as another type (`time` as short text).
    ReadAs(ItemKind, String),
    BeginGroup,
    EndGroup,
    BeginRepeat,
    EndRepeat,
    /// Form metadata (`start`, `deviceid`…): not a question.
    Metadata(String),
    /// A question type coform cannot approximate.
    Skipped(String),
}

/// The `type` cell, and whether it adds `or_other` to a select.
fn spec(cell: &str) -> (Spec, bool) {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
    let word = |index: usize| lower.get(index).map_or("", String::as_str);
    let original = |index: usize| words.get(index).map(|w| (*w).to_owned());
    let or_other = lower.last().is_some_and(|last| last == "or_other") && words.len() > 2;
    let select = |kind: ItemKind, list_at: usize| {
        (
            Spec::Question(kind, original(list_at)),
            or_other && words.len() == list_at + 2,
        )
    };
    match (word(0), word(1)) {
        ("begin" | "begin_group", "group") | ("begin_group", "") => (Spec::BeginGroup, false),
        ("end" | "end_group", "group") | ("end_group", "") => (Spec::EndGroup, false),
        ("begin" | "begin_repeat", "repeat") | ("begin_repeat", "") => (Spec::BeginRepeat, false),
        ("end" | "end_repeat", "repeat") | ("end_repeat", "") => (Spec::EndRepeat, false),
        ("select_one" | "select1", _) if words.len() >= 2 => select(ItemKind::SingleChoice, 1),
        ("select", "one") if words.len() >= 3 => select(ItemKind::SingleChoice, 2),
        ("select_multiple", _) if words.len() >= 2 => select(ItemKind::MultipleChoice, 1),
        ("select", "multiple") if words.len() >= 3 => select(ItemKind::MultipleChoice, 2),
        ("select", "all") if word(2) == "that" && word(3) == "apply" && words.len() >= 5 => {
            select(ItemKind::MultipleChoice, 4)
        }
        ("rank", _) if words.len() == 2 => (Spec::Question(ItemKind::Ranking, original(1)), false),
        ("note", "") => (Spec::Question(ItemKind::Note, None), false),
        ("text" | "string", "") => (Spec::Question(ItemKind::ShortText, None), false),
        ("integer" | "int", "") => (Spec::Question(ItemKind::Integer, None), false),
        ("decimal", "") => (Spec::Question(ItemKind::Decimal, None), false),
        ("date", "") => (Spec::Question(ItemKind::Date, None), false),
        ("acknowledge" | "trigger", "") => (Spec::Question(ItemKind::Consent, None), false),
        ("range", "") => (Spec::Question(ItemKind::Rating, None), false),
        ("time", "") => (Spec::ReadAs(ItemKind::ShortText, cell.to_owned()), false),
        ("datetime", "") => (Spec::ReadAs(ItemKind::Date, cell.to_owned()), false),
        (
            "start" | "end" | "today" | "deviceid" | "subscriberid" | "simserial" | "phonenumber"
            | "username" | "email" | "audit" | "start-geopoint" | "background-audio" | "instanceid",
            "",
        ) => (Spec::Metadata(cell.to_owned()), false),
        _ => (Spec::Skipped(cell.to_owned()), false),
    }
}

// ---------------------------------------------------------------------------------------------
// The survey tree
// ---------------------------------------------------------------------------------------------

#[derive(Debug)]
enum Node {
    Question(Row, ItemKind, Option<String>),
    Group {
        row: Row,
        repeat: bool,
        children: Vec<Node>,
    },
}

impl Node {
    fn row(&self) -> &Row {
        match self {
            Node::Question(row, ..) | Node::Group { row, .. } => row,
        }
    }
}

/// A notice with where it sorts: sheet, row, column.
type Sorted = ((u8, u32, u32), Notice);

#[derive(Default)]
struct Importer {
    notices: Vec<Sorted>,
    /// Language tag of each language name as headers write it (`None` for plain columns).
    tags: HashMap<Option<String>, String>,
    /// Languages in the order their columns come.
    languages: Vec<String>,
    survey_columns: Columns,
    /// Choice lists by name in the file, in order, with their coform id.
    lists: Vec<(String, ChoiceList)>,
    /// The coform code of each choice value, by list name in the file.
    codes: HashMap<String, HashMap<String, String>>,
    /// Lists read as yes/no questions (by name in the file).
    yes_no: HashSet<String>,
    /// Groups read as Likert grids (by row).
    grids: HashSet<u32>,
    /// The coform id of each named row (by row).
    ids: HashMap<u32, String>,
    /// The coform type of each question (by row).
    kinds: HashMap<u32, ItemKind>,
    /// Questions a condition or a piped answer may name: by name in the file, the coform id,
    /// type and list (name in the file).
    questions: HashMap<String, (String, ItemKind, Option<String>)>,
    /// The coform ids of `questions`, for piping to look up in every text.
    question_ids: HashSet<String>,
}

impl Importer {
    fn notice(&mut self, sheet: &str, row: u32, column: u32, kind: NoticeKind) {
        let rank = match sheet {
            SURVEY => 0,
            CHOICES => 1,
            _ => 2,
        };
        self.notices.push((
            (rank, row, column),
            Notice {
                location: cell(sheet, row, column),
                kind,
            },
        ));
    }

    fn ignored(&mut self, sheet: &str, row: u32, column: u32, name: &str) {
        self.notice(
            sheet,
            row,
            column,
            NoticeKind::Ignored {
                name: name.to_owned(),
            },
        );
    }

    fn run(
        mut self,
        survey: &Sheet,
        choices: &Sheet,
        settings: &Sheet,
    ) -> Result<Imported, ReadError> {
        let settings = self.settings(settings);
        self.survey_columns = self.columns(survey);
        let header = survey.header_row();
        if self.survey_columns.kind.is_none() || self.survey_columns.name.is_none() {
            let missing = if self.survey_columns.kind.is_none() {
                "type"
            } else {
                "name"
            };
            return Err(ReadError::Invalid {
                location: cell(SURVEY, header, 0),
                detail: format!("the survey sheet has no {missing} column"),
            });
        }
        let choice_columns = self.columns(choices);
        if !choices.cells.is_empty()
            && (choice_columns.list_name.is_none() || choice_columns.name.is_none())
        {
            let missing = if choice_columns.list_name.is_none() {
                "list_name"
            } else {
                "name"
            };
            return Err(ReadError::Invalid {
                location: cell(CHOICES, choices.header_row(), 0),
                detail: format!("the choices sheet has no {missing} column"),
            });
        }
        self.languages(survey, &choice_columns, choices, &settings);
        self.choices(choices, &choice_columns);
        let tree = self.tree(survey);
        self.identify(&tree, false);
        self.yes_no_lists(&tree);
        self.types(&tree, false);
        self.question_ids = self.questions.values().map(|(id, ..)| id.clone()).collect();
        let pages = self.pages(tree);
        let source = self
            .tags
            .get(&settings.default_language)
            .cloned()
            .filter(|tag| self.languages.contains(tag))
            .or_else(|| self.languages.first().cloned())
            .unwrap_or_else(|| "en".to_owned());
        let mut title = LocalizedText::default();
        if let Some(form_title) = settings.title.as_deref().or(settings.id.as_deref()) {
            // Literal `${` as coform writes it (`DOLLAR_BRACE`).
            let form_title = form_title.replace(DOLLAR_BRACE, "${");
            title.0.insert(source.clone(), text::escape(&form_title));
        }
        let languages = self
            .languages
            .iter()
            .map(|tag| Language {
                tag: tag.clone(),
                direction: crate::core::language::usual_direction(tag),
                fallback: Vec::new(),
            })
            .collect();
        let choice_lists = self
            .lists
            .iter()
            .filter(|(name, _)| !self.yes_no.contains(name))
            .map(|(_, list)| list.clone())
            .collect();
        let survey = Survey {
            format: Format::CoformSurvey,
            format_version: crate::core::model::FORMAT_VERSION,
            metadata: Metadata {
                id: settings.id.clone().unwrap_or_else(|| "survey".to_owned()),
                title,
                description: LocalizedText::default(),
                version: settings.version.clone(),
                status: Status::Draft,
                content_hash: None,
                codes: settings.codes.clone(),
            },
            source_language: source,
            languages,
            audience: Vec::new(),
            choice_lists,
            pages,
            settings: Settings::default(),
            review: crate::core::review::Review::default(),
            changelog: Vec::new(),
        };
        let mut notices = self.notices;
        notices.sort_by_key(|(key, _)| *key);
        Ok(Imported {
            survey,
            notices: notices.into_iter().map(|(_, notice)| notice).collect(),
        })
    }

    // -----------------------------------------------------------------------------------------
    // Settings, columns, languages, choices
    // -----------------------------------------------------------------------------------------

    fn settings(&mut self, sheet: &Sheet) -> SettingsRead {
        let mut out = SettingsRead {
            version: "0.1.0".to_owned(),
            ..SettingsRead::default()
        };
        let header = sheet.header_row();
        let values = header.saturating_add(1);
        for (column, name) in sheet.headers() {
            let Some(value) = sheet.cells.get(&(values, column)).cloned() else {
                continue;
            };
            match name.trim().to_lowercase().as_str() {
                "form_title" | "title" => out.title = Some(value),
                "form_id" | "id_string" => {
                    let id = form_id(&value);
                    if id != value {
                        self.notice(
                            SETTINGS,
                            values,
                            column,
                            NoticeKind::Renamed {
                                from: value.clone(),
                                to: id.clone(),
                            },
                        );
                    }
                    out.id = Some(id);
                }
                "version" => {
                    if semver::Version::parse(&value).is_ok() {
                        out.version = value;
                    } else {
                        self.ignored(SETTINGS, values, column, "version");
                    }
                }
                "default_language" => {
                    out.default_language = Some(value);
                    out.default_language_at = (values, column);
                }
                "code" => match read_codings(&value) {
                    Ok(codes) => out.codes = codes,
                    Err(_) => self.ignored(SETTINGS, values, column, "code"),
                },
                _ => self.ignored(SETTINGS, header, column, name),
            }
        }
        out
    }

    /// A sheet's columns; every column coform does not read, and holds text, is a notice.
    fn columns(&mut self, sheet: &Sheet) -> Columns {
        let mut columns = Columns::default();
        let header = sheet.header_row();
        for (column, name) in sheet.headers() {
            let slot = |slot: &mut Option<u32>| {
                if slot.is_none() {
                    *slot = Some(column);
                    true
                } else {
                    false
                }
            };
            let kept = match (field(name), sheet.name) {
                (Field::Type, SURVEY) => slot(&mut columns.kind),
                (Field::Name, _) => slot(&mut columns.name),
                (Field::ListName, CHOICES) => slot(&mut columns.list_name),
                (Field::Label(language), _) => {
                    columns.label.push((column, language));
                    true
                }
                (Field::Hint(language), SURVEY) => {
                    columns.hint.push((column, language));
                    true
                }
                (Field::ConstraintMessage(language), SURVEY) => {
                    columns.constraint_message.push((column, language));
                    true
                }
                (Field::Required, SURVEY) => slot(&mut columns.required),
                (Field::Relevant, SURVEY) => slot(&mut columns.relevant),
                (Field::Constraint, SURVEY) => slot(&mut columns.constraint),
                (Field::Appearance, SURVEY) => slot(&mut columns.appearance),
                (Field::Parameters, SURVEY) => slot(&mut columns.parameters),
                (Field::Code, SURVEY) => slot(&mut columns.code),
                (Field::System, CHOICES) => slot(&mut columns.system),
                (Field::Score, CHOICES) => slot(&mut columns.score),
                _ => false,
            };
            if !kept && sheet.used(column) {
                self.ignored(sheet.name, header, column, name);
            }
        }
        columns
    }

    /// The language of every translated column: the tag its header names, or for plain
    /// columns the settings' `default_language`; a name coform cannot read as a tag gets a
    /// private-use tag (`qaa`, `qab`…) and a notice.
    fn languages(
        &mut self,
        survey: &Sheet,
        choice_columns: &Columns,
        choices: &Sheet,
        settings: &SettingsRead,
    ) {
        let mut named: Vec<(Option<String>, &'static str, u32, u32)> = Vec::new();
        let survey_header = survey.header_row();
        let columns = &self.survey_columns;
        for (column, language) in columns
            .label
            .iter()
            .chain(&columns.hint)
            .chain(&columns.constraint_message)
        {
            named.push((language.clone(), SURVEY, survey_header, *column));
        }
        for (column, language) in &choice_columns.label {
            named.push((language.clone(), CHOICES, choices.header_row(), *column));
        }
        // Columns in sheet order, so the languages come in the order the file gives them.
        named.sort_by_key(|(_, sheet, _, column)| (*sheet != SURVEY, *column));
        let default_tag = settings.default_language.as_deref().and_then(language_tag);
        if let (Some(name), None) = (&settings.default_language, &default_tag) {
            let (row, column) = settings.default_language_at;
            let tag = self.private_tag();
            self.notice(
                SETTINGS,
                row,
                column,
                NoticeKind::Language {
                    found: name.clone(),
                    tag: tag.clone(),
                },
            );
            self.tags.insert(Some(name.clone()), tag);
        }
        let default_tag = settings
            .default_language
            .as_ref()
            .and_then(|name| self.tags.get(&Some(name.clone())).cloned())
            .or(default_tag);
        for (language, sheet, row, column) in named {
            if self.tags.contains_key(&language) {
                continue;
            }
            let tag = match &language {
                None => match &default_tag {
                    Some(tag) => tag.clone(),
                    None => {
                        // A form in one unnamed language: English is the likeliest guess.
                        let tag = if self.languages.iter().any(|t| t == "en") {
                            self.private_tag()
                        } else {
                            "en".to_owned()
                        };
                        self.notice(
                            sheet,
                            row,
                            column,
                            NoticeKind::Language {
                                found: "default".to_owned(),
                                tag: tag.clone(),
                            },
                        );
                        tag
                    }
                },
                Some(name) => match language_tag(name) {
                    Some(tag) => tag,
                    None => {
                        let tag = self.private_tag();
                        self.notice(
                            sheet,
                            row,
                            column,
                            NoticeKind::Language {
                                found: name.clone(),
                                tag: tag.clone(),
                            },
                        );
                        tag
                    }
                },
            };
            if !self.languages.contains(&tag) {
                self.languages.push(tag.clone());
            }
            self.tags.insert(language, tag);
        }
        if let Some(name) = &settings.default_language
            && let Some(tag) = self.tags.get(&Some(name.clone())).cloned()
            && !self.languages.contains(&tag)
        {
            // A default language with no column: the first language is the source instead.
            let (row, column) = settings.default_language_at;
            self.ignored(SETTINGS, row, column, "default_language");
        }
        if self.languages.is_empty() {
            // No text column at all: the survey still needs a source language.
            self.languages.push("en".to_owned());
        }
    }

    /// The next ISO 639 private-use tag not yet taken (`qaa` to `qtz`).
    fn private_tag(&self) -> String {
        let taken: HashSet<&String> = self.tags.values().chain(&self.languages).collect();
        (b'a'..=b't')
            .flat_map(|second| (b'a'..=b'z').map(move |third| (second, third)))
            .map(|(second, third)| format!("q{}{}", char::from(second), char::from(third)))
            .find(|tag| !taken.contains(tag))
            .unwrap_or_else(|| "qtz".to_owned())
    }

    /// Translated cells of a row as a localized text: plain text with `${name}` piping. A
    /// piped name that is not a question coform keeps is left as text, with a notice.
    fn text(
        &mut self,
        sheet: &'static str,
        row: &Row,
        columns: &[(u32, Option<String>)],
        piping: bool,
    ) -> LocalizedText {
        let mut out = LocalizedText::default();
        for (column, language) in columns {
            let Some(tag) = self.tags.get(language).cloned() else {
                continue;
            };
            let cell = row.get(Some(*column));
            if cell.is_empty() || out.0.contains_key(&tag) {
                continue;
            }
            let mut rewritten = String::with_capacity(cell.len());
            let mut rest = cell;
            while let Some(start) = rest.find("${") {
                rewritten.push_str(&rest[..start]);
                let after = &rest[start + 2..];
                let Some(end) = after.find('}') else {
                    rewritten.push_str(&rest[start..]);
                    rest = "";
                    break;
                };
                let name = after[..end].trim();
                match self.questions.get(name).filter(|_| piping) {
                    Some((id, ..)) => rewritten.push_str(&format!("${{{id}}}")),
                    None => {
                        self.ignored(sheet, row.line, *column, &format!("${{{name}}}"));
                        rewritten.push_str(&rest[start..start + 2 + end + 1]);
                    }
                }
                rest = &after[end + 1..];
            }
            rewritten.push_str(rest);
            let ids = &self.question_ids;
            let known = |name: &str| piping && ids.contains(name);
            let mut pattern = text::pattern(&rewritten, XLSFORM, &known);
            // Literal `${` as coform writes it (`DOLLAR_BRACE`), its brace escaped by now.
            let escaped = DOLLAR_BRACE.replace('{', "{\"{\"}");
            if pattern.contains(&escaped) {
                pattern = pattern.replace(&escaped, "${\"{\"}");
            }
            out.0.insert(tag, pattern);
        }
        out
    }

    fn choices(&mut self, sheet: &Sheet, columns: &Columns) {
        let mut list_ids: HashSet<String> = HashSet::new();
        for row in sheet.rows() {
            let list = row.get(columns.list_name).to_owned();
            let name = row.get(columns.name).to_owned();
            if list.is_empty() && name.is_empty() {
                continue;
            }
            if list.is_empty() || name.is_empty() {
                let (missing, column) = if list.is_empty() {
                    ("list_name", columns.list_name)
                } else {
                    ("name", columns.name)
                };
                self.ignored(CHOICES, row.line, column.unwrap_or(0), missing);
                continue;
            }
            if !self.lists.iter().any(|(known, _)| *known == list) {
                let id = unique(&sanitize_id(&list), &list_ids);
                list_ids.insert(id.clone());
                if id != list {
                    self.notice(
                        CHOICES,
                        row.line,
                        columns.list_name.unwrap_or(0),
                        NoticeKind::Renamed {
                            from: list.clone(),
                            to: id.clone(),
                        },
                    );
                }
                self.lists.push((
                    list.clone(),
                    ChoiceList {
                        id,
                        options: Vec::new(),
                    },
                ));
            }
            let code = sanitize_code(&name);
            if code != name {
                self.notice(
                    CHOICES,
                    row.line,
                    columns.name.unwrap_or(0),
                    NoticeKind::Renamed {
                        from: name.clone(),
                        to: code.clone(),
                    },
                );
            }
            self.codes
                .entry(list.clone())
                .or_default()
                .entry(name)
                .or_insert_with(|| code.clone());
            let label = self.text(CHOICES, &row, &columns.label, false);
            let system = Some(row.get(columns.system).to_owned()).filter(|s| !s.is_empty());
            let score_cell = row.get(columns.score);
            let score = if score_cell.is_empty() {
                None
            } else {
                let score = expr::number(score_cell);
                if score.is_none() {
                    self.ignored(CHOICES, row.line, columns.score.unwrap_or(0), "score");
                }
                score
            };
            if let Some((_, target)) = self.lists.iter_mut().find(|(known, _)| *known == list) {
                target.options.push(ChoiceOption {
                    code,
                    label,
                    exclusive: false,
                    system,
                    score,
                });
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // The survey rows
    // -----------------------------------------------------------------------------------------

    /// The survey rows as a tree of groups; rows coform does not keep are notices here.
    fn tree(&mut self, sheet: &Sheet) -> Vec<Node> {
        let type_column = self.survey_columns.kind;
        let name_column = self.survey_columns.name;
        let mut stack: Vec<(Row, bool, Vec<Node>)> = Vec::new();
        let mut top: Vec<Node> = Vec::new();
        // Groups opened beyond MAX_NESTING, whose end rows are then passed over too.
        let mut too_deep = 0usize;
        fn close(stack: &mut Vec<(Row, bool, Vec<Node>)>, top: &mut Vec<Node>) {
            if let Some((row, repeat, children)) = stack.pop() {
                let node = Node::Group {
                    row,
                    repeat,
                    children,
                };
                match stack.last_mut() {
                    Some((_, _, siblings)) => siblings.push(node),
                    None => top.push(node),
                }
            }
        }
        for row in sheet.rows() {
            let cell = row.get(type_column).to_owned();
            let at = type_column.unwrap_or(0);
            if cell.is_empty() {
                // A row with text but no type (a comment, or a mistake): left out.
                let name = row.get(name_column);
                let columns = &self.survey_columns;
                let labelled = columns
                    .label
                    .iter()
                    .any(|(c, _)| !row.get(Some(*c)).is_empty());
                if !name.is_empty() || labelled {
                    let what = if name.is_empty() { "row" } else { name }.to_owned();
                    self.ignored(SURVEY, row.line, at, &what);
                }
                continue;
            }
            let (spec, or_other) = spec(&cell);
            if or_other {
                self.ignored(SURVEY, row.line, at, "or_other");
            }
            let push =
                |node: Node, stack: &mut Vec<(Row, bool, Vec<Node>)>, top: &mut Vec<Node>| {
                    match stack.last_mut() {
                        Some((_, _, siblings)) => siblings.push(node),
                        None => top.push(node),
                    }
                };
            match spec {
                Spec::BeginGroup | Spec::BeginRepeat if stack.len() >= MAX_NESTING => {
                    too_deep += 1;
                    self.ignored(SURVEY, row.line, at, &cell);
                }
                Spec::EndGroup | Spec::EndRepeat if too_deep > 0 => too_deep -= 1,
                Spec::BeginGroup => stack.push((row, false, Vec::new())),
                Spec::BeginRepeat => {
                    self.notice(
                        SURVEY,
                        row.line,
                        at,
                        NoticeKind::ItemType {
                            found: cell.clone(),
                            read_as: ItemKind::Section.json_name().to_owned(),
                        },
                    );
                    stack.push((row, true, Vec::new()));
                }
                Spec::EndGroup | Spec::EndRepeat => {
                    if stack.is_empty() {
                        self.ignored(SURVEY, row.line, at, &cell);
                    } else {
                        close(&mut stack, &mut top);
                    }
                }
                Spec::Question(kind, list) => {
                    push(Node::Question(row, kind, list), &mut stack, &mut top)
                }
                Spec::ReadAs(kind, found) => {
                    self.notice(
                        SURVEY,
                        row.line,
                        at,
                        NoticeKind::ItemType {
                            found,
                            read_as: kind.json_name().to_owned(),
                        },
                    );
                    push(Node::Question(row, kind, None), &mut stack, &mut top);
                }
                // Left out: an expression or a piped answer naming them is then a notice too.
                Spec::Metadata(found) => self.ignored(SURVEY, row.line, at, &found),
                Spec::Skipped(found) => {
                    self.notice(SURVEY, row.line, at, NoticeKind::Skipped { found })
                }
            }
        }
        // Groups left open at the end close there, as if their end rows were written.
        while !stack.is_empty() {
            close(&mut stack, &mut top);
        }
        top
    }

    /// Gives every row its coform id (renaming names coform cannot use, with a notice) and
    /// finds the groups that are Likert grids.
    fn identify(&mut self, nodes: &[Node], nested: bool) {
        let mut taken: HashSet<String> = self.ids.values().cloned().collect();
        for node in nodes {
            let row = node.row();
            let column = self.survey_columns.name.unwrap_or(0);
            let name = row.get(self.survey_columns.name).to_owned();
            let base = if name.is_empty() {
                match node {
                    Node::Group { .. } => "group".to_owned(),
                    Node::Question(..) => "item".to_owned(),
                }
            } else {
                sanitize_id(&name)
            };
            let id = if name.is_empty() {
                numbered(&base, &taken, 1)
            } else {
                unique(&base, &taken)
            };
            if id != name {
                self.notice(
                    SURVEY,
                    row.line,
                    column,
                    NoticeKind::Renamed {
                        from: name.clone(),
                        to: id.clone(),
                    },
                );
            }
            taken.insert(id.clone());
            self.ids.insert(row.line, id);
            if let Node::Group {
                row,
                repeat,
                children,
            } = node
            {
                if nested && !repeat && self.is_grid(row, children) {
                    self.grids.insert(row.line);
                }
                self.identify(children, true);
                taken = self.ids.values().cloned().collect();
            }
        }
    }

    /// A `field-list` group whose members are all `select_one` over one list with appearance
    /// `likert` and nothing of their own but a label and the same `required`.
    fn is_grid(&self, row: &Row, children: &[Node]) -> bool {
        let columns = &self.survey_columns;
        if !has_token(row.get(columns.appearance), "field-list") || children.is_empty() {
            return false;
        }
        let mut list: Option<&Option<String>> = None;
        let mut required: Option<&str> = None;
        children.iter().all(|child| {
            let Node::Question(child_row, ItemKind::SingleChoice, child_list) = child else {
                return false;
            };
            let same_list = *list.get_or_insert(child_list) == child_list;
            let same_required = *required.get_or_insert(child_row.get(columns.required))
                == child_row.get(columns.required);
            let bare = [
                columns.relevant,
                columns.constraint,
                columns.code,
                columns.parameters,
            ]
            .into_iter()
            .chain(columns.hint.iter().map(|(c, _)| Some(*c)))
            .all(|column| child_row.get(column).is_empty());
            same_list
                && same_required
                && bare
                && child_row.get(columns.appearance).trim() == "likert"
        })
    }

    /// The lists read as yes/no questions: codes exactly `yes` and `no`, no system or score,
    /// used only by `select_one` questions that are not grid rows.
    fn yes_no_lists(&mut self, tree: &[Node]) {
        let mut users: HashMap<String, bool> = HashMap::new();
        fn walk(
            nodes: &[Node],
            in_grid: bool,
            grids: &HashSet<u32>,
            users: &mut HashMap<String, bool>,
        ) {
            for node in nodes {
                match node {
                    Node::Question(_, kind, Some(list)) => {
                        let fits = *kind == ItemKind::SingleChoice && !in_grid;
                        let entry = users.entry(list.clone()).or_insert(true);
                        *entry = *entry && fits;
                    }
                    Node::Question(..) => {}
                    Node::Group { row, children, .. } => {
                        walk(children, grids.contains(&row.line), grids, users)
                    }
                }
            }
        }
        walk(tree, false, &self.grids, &mut users);
        for (name, list) in &self.lists {
            let codes: Vec<&str> = list.options.iter().map(|o| o.code.as_str()).collect();
            let plain = list
                .options
                .iter()
                .all(|o| o.system.is_none() && o.score.is_none());
            if codes == [expr::YES, expr::NO] && plain && users.get(name) == Some(&true) {
                self.yes_no.insert(name.clone());
            }
        }
    }

    /// The coform type of every question, and the questions expressions and piping may name.
    fn types(&mut self, nodes: &[Node], in_grid: bool) {
        let (appearance, parameters) = (
            self.survey_columns.appearance,
            self.survey_columns.parameters,
        );
        let mut found = Vec::new();
        for node in nodes {
            match node {
                Node::Question(row, kind, list) => {
                    let appearance = row.get(appearance);
                    let kind = match kind {
                        ItemKind::ShortText if has_token(appearance, "multiline") => {
                            ItemKind::LongText
                        }
                        ItemKind::SingleChoice
                            if !in_grid
                                && list.as_ref().is_some_and(|l| self.yes_no.contains(l)) =>
                        {
                            ItemKind::YesNo
                        }
                        ItemKind::Rating if range(row.get(parameters)).is_none() => {
                            ItemKind::Decimal
                        }
                        other => *other,
                    };
                    found.push((row.clone(), kind, list.clone()));
                }
                Node::Group { row, children, .. } => {
                    let grid = self.grids.contains(&row.line);
                    self.types(children, grid);
                }
            }
        }
        for (row, kind, list) in found {
            self.kinds.insert(row.line, kind);
            let name = row.get(self.survey_columns.name).to_owned();
            if let Some(id) = self.ids.get(&row.line).cloned()
                && kind.takes_answer()
                && !name.is_empty()
            {
                self.questions.entry(name).or_insert((id, kind, list));
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Pages and items
    // -----------------------------------------------------------------------------------------

    /// Top-level groups as pages; questions between them on pages of their own.
    fn pages(&mut self, tree: Vec<Node>) -> Vec<Page> {
        let mut pages: Vec<Page> = Vec::new();
        let mut run: Option<Page> = None;
        let mut generated = 0;
        let taken: HashSet<String> = self.ids.values().cloned().collect();
        for node in tree {
            match node {
                Node::Group {
                    row,
                    repeat: false,
                    children,
                } => {
                    pages.extend(run.take());
                    let page = self.page(&row, children);
                    pages.push(page);
                }
                other => {
                    if run.is_none() {
                        let mut id;
                        loop {
                            generated += 1;
                            id = format!("page_{generated}");
                            if !taken.contains(&id) && !pages.iter().any(|p| p.id == id) {
                                break;
                            }
                        }
                        run = Some(Page {
                            id,
                            title: LocalizedText::default(),
                            show_if: None,
                            items: Vec::new(),
                        });
                    }
                    let item = self.item(other);
                    if let Some(page) = run.as_mut() {
                        page.items.push(item);
                    }
                }
            }
        }
        pages.extend(run);
        pages
    }

    fn page(&mut self, row: &Row, children: Vec<Node>) -> Page {
        let columns = &self.survey_columns;
        let labels = columns.label.clone();
        let leftovers: Vec<(Option<u32>, &str)> = vec![
            (columns.required, "required"),
            (columns.constraint, "constraint"),
            (columns.code, "code"),
            (columns.parameters, "parameters"),
        ];
        let hints: Vec<u32> = columns.hint.iter().map(|(c, _)| *c).collect();
        let appearance = columns.appearance;
        for (column, name) in leftovers {
            if !row.get(column).is_empty() {
                self.ignored(SURVEY, row.line, column.unwrap_or(0), name);
            }
        }
        for column in hints {
            if !row.get(Some(column)).is_empty() {
                self.ignored(SURVEY, row.line, column, "hint");
            }
        }
        let shown = row.get(appearance);
        if !shown.is_empty() && shown != "field-list" {
            self.ignored(SURVEY, row.line, appearance.unwrap_or(0), "appearance");
        }
        let title = self.text(SURVEY, row, &labels, true);
        let show_if = self.condition(row, self.survey_columns.relevant);
        let items = children.into_iter().map(|child| self.item(child)).collect();
        Page {
            id: self.ids.get(&row.line).cloned().unwrap_or_default(),
            title,
            show_if,
            items,
        }
    }

    fn item(&mut self, node: Node) -> Item {
        let columns = &self.survey_columns;
        let (labels, hints) = (columns.label.clone(), columns.hint.clone());
        let relevant = columns.relevant;
        let code_column = columns.code;
        let row = node.row().clone();
        let id = self.ids.get(&row.line).cloned().unwrap_or_default();
        let text = self.text(SURVEY, &row, &labels, true);
        let hint = self.text(SURVEY, &row, &hints, true);
        let show_if = self.condition(&row, relevant);
        let codes = self.codes(&row, code_column);
        match node {
            Node::Group {
                row: group,
                children,
                ..
            } => {
                let grid = self.grids.contains(&group.line);
                let mut item = Item::new(
                    &id,
                    if grid {
                        ItemKind::LikertGrid
                    } else {
                        ItemKind::Section
                    },
                );
                item.text = text;
                item.hint = hint;
                item.show_if = show_if;
                item.codes = codes;
                let columns = &self.survey_columns;
                for (column, name) in [
                    (columns.required, "required"),
                    (columns.constraint, "constraint"),
                    (columns.parameters, "parameters"),
                ] {
                    if !group.get(column).is_empty() {
                        self.ignored(SURVEY, group.line, column.unwrap_or(0), name);
                    }
                }
                let appearance_column = self.survey_columns.appearance;
                let appearance = group.get(appearance_column);
                if !appearance.is_empty() && appearance != "field-list" {
                    self.ignored(
                        SURVEY,
                        group.line,
                        appearance_column.unwrap_or(0),
                        "appearance",
                    );
                }
                if grid {
                    let mut list = None;
                    let mut first = None;
                    for child in &children {
                        if let Node::Question(child_row, _, child_list) = child {
                            list = list.or_else(|| child_list.clone());
                            first = first.or_else(|| Some(child_row.clone()));
                            let text = self.text(SURVEY, child_row, &labels, true);
                            item.rows.push(GridRow {
                                id: self.ids.get(&child_row.line).cloned().unwrap_or_default(),
                                text,
                            });
                        }
                    }
                    item.choices = list.map(|list| self.list_id(&list));
                    if let Some(first) = first {
                        self.required(&mut item, &first);
                    }
                } else {
                    item.items = children.into_iter().map(|child| self.item(child)).collect();
                }
                item
            }
            Node::Question(row, _, list) => {
                let kind = self
                    .kinds
                    .get(&row.line)
                    .copied()
                    .unwrap_or(ItemKind::ShortText);
                let mut item = Item::new(&id, kind);
                item.text = text;
                item.hint = hint;
                item.show_if = show_if;
                item.codes = codes;
                if kind.uses_choices() {
                    item.choices = list.as_deref().map(|list| self.list_id(list));
                }
                self.required(&mut item, &row);
                self.validation(&mut item, &row);
                self.appearance(&mut item, &row);
                self.parameters(&mut item, &row);
                item
            }
        }
    }

    /// The coform id of a list named in a `select` type.
    fn list_id(&self, name: &str) -> String {
        self.lists
            .iter()
            .find(|(known, _)| known == name)
            .map_or_else(|| sanitize_id(name), |(_, list)| list.id.clone())
    }

    fn codes(&mut self, row: &Row, column: Option<u32>) -> Vec<Coding> {
        let cell = row.get(column);
        if cell.is_empty() {
            return Vec::new();
        }
        read_codings(cell).unwrap_or_else(|_| {
            self.ignored(SURVEY, row.line, column.unwrap_or(0), "code");
            Vec::new()
        })
    }

    /// A `relevant` (or other condition) cell as a condition; one coform cannot read is a
    /// notice, and the item is then always shown.
    fn condition(&mut self, row: &Row, column: Option<u32>) -> Option<Condition> {
        let cell = row.get(column);
        if cell.is_empty() {
            return None;
        }
        let form = Names(self);
        let condition = expr::parse(cell).and_then(|parsed| expr::to_condition(&parsed, &form));
        if condition.is_none() {
            self.notice(
                SURVEY,
                row.line,
                column.unwrap_or(0),
                NoticeKind::Expression {
                    expression: cell.to_owned(),
                },
            );
        }
        condition
    }

    fn required(&mut self, item: &mut Item, row: &Row) {
        let column = self.survey_columns.required;
        match row.get(column).to_lowercase().as_str() {
            "" | "no" | "false" | "false()" | "0" | "n" => {}
            "yes" | "true" | "true()" | "1" | "y" => item.required = true,
            _ => item.required_if = self.condition(row, column),
        }
    }

    fn validation(&mut self, item: &mut Item, row: &Row) {
        let column = self.survey_columns.constraint;
        let cell = row.get(column);
        if cell.is_empty() {
            return;
        }
        let messages = self.survey_columns.constraint_message.clone();
        let message = self.text(SURVEY, row, &messages, true);
        match expr::parse(cell).and_then(|parsed| expr::to_checks(&parsed, item.kind)) {
            Some(checks) => {
                // One message per constraint in XLSForm: every check shows it.
                item.validation = checks
                    .into_iter()
                    .map(|check| ValidationRule {
                        check,
                        message: message.clone(),
                    })
                    .collect();
            }
            None => self.notice(
                SURVEY,
                row.line,
                column.unwrap_or(0),
                NoticeKind::Expression {
                    expression: cell.to_owned(),
                },
            ),
        }
    }

    fn appearance(&mut self, item: &mut Item, row: &Row) {
        let column = self.survey_columns.appearance;
        let cell = row.get(column);
        let understood = |token: &str| match item.kind {
            ItemKind::LongText => token == "multiline",
            ItemKind::SingleChoice => token == "minimal",
            _ => false,
        };
        if item.kind == ItemKind::SingleChoice && has_token(cell, "minimal") {
            item.appearance = Some(Appearance::Dropdown);
        }
        if cell.split_whitespace().any(|token| !understood(token)) {
            self.ignored(SURVEY, row.line, column.unwrap_or(0), "appearance");
        }
    }

    fn parameters(&mut self, item: &mut Item, row: &Row) {
        let column = self.survey_columns.parameters;
        let cell = row.get(column);
        let at = column.unwrap_or(0);
        let kind_column = self.survey_columns.kind.unwrap_or(0);
        let Some(scale) = (item.kind == ItemKind::Rating)
            .then(|| range(cell))
            .flatten()
        else {
            if row
                .get(self.survey_columns.kind)
                .trim()
                .eq_ignore_ascii_case("range")
            {
                // A range coform's whole-number scales cannot hold: read as a number.
                self.notice(
                    SURVEY,
                    row.line,
                    kind_column,
                    NoticeKind::ItemType {
                        found: "range".to_owned(),
                        read_as: item.kind.json_name().to_owned(),
                    },
                );
            } else if !cell.is_empty() {
                self.ignored(SURVEY, row.line, at, "parameters");
            }
            return;
        };
        item.scale = Some(RatingScale {
            min: scale.0,
            max: scale.1,
            min_label: LocalizedText::default(),
            max_label: LocalizedText::default(),
        });
        if scale.2 {
            self.ignored(SURVEY, row.line, at, "parameters");
        }
    }
}

/// The settings that matter.
#[derive(Debug, Default)]
struct SettingsRead {
    title: Option<String>,
    id: Option<String>,
    version: String,
    default_language: Option<String>,
    default_language_at: (u32, u32),
    codes: Vec<Coding>,
}

/// The questions as expressions see them.
struct Names<'a>(&'a Importer);

impl Form for Names<'_> {
    fn question(&self, name: &str) -> Option<(String, ItemKind)> {
        self.0
            .questions
            .get(name)
            .map(|(id, kind, _)| (id.clone(), *kind))
    }

    fn code(&self, name: &str, value: &str) -> String {
        self.0
            .questions
            .get(name)
            .and_then(|(_, _, list)| self.0.codes.get(list.as_ref()?)?.get(value))
            .cloned()
            .unwrap_or_else(|| value.to_owned())
    }
}

/// A `range`'s parameters as a whole-number scale from `start` to `end` (pyxform's defaults
/// 1 and 10) with step 1, and whether other parameters were left out; `None` when the range
/// is not such a scale.
fn range(cell: &str) -> Option<(i64, i64, bool)> {
    let (mut start, mut end, mut step) = (1i64, 10i64, 1i64);
    let mut other = false;
    for part in cell.split([' ', ';', ',']).filter(|part| !part.is_empty()) {
        let (key, value) = part.split_once('=')?;
        let value: i64 = value.trim().parse().ok()?;
        match key.trim().to_lowercase().as_str() {
            "start" => start = value,
            "end" => end = value,
            "step" => step = value,
            _ => other = true,
        }
    }
    (step == 1 && start <= end).then_some((start, end, other))
}

fn has_token(cell: &str, token: &str) -> bool {
    cell.split_whitespace().any(|t| t == token)
}

/// A name as a coform id: characters other than letters, digits and `_` become `_`, and a
/// name not starting with a letter gets `q_` before it.
fn sanitize_id(name: &str) -> String {
    let mut id: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id = format!("q_{id}");
    }
    let id: String = id.chars().take(60).collect();
    if is_valid_id(&id) { id } else { "q".to_owned() }
}

/// A choice value as a coform code: characters other than letters, digits, `-` and `_`
/// become `_`.
fn sanitize_code(name: &str) -> String {
    if is_valid_code(name) {
        return name.to_owned();
    }
    let code: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if code.is_empty() {
        "_".to_owned()
    } else {
        code
    }
}

/// A form id as a coform survey id: letters, digits, `-`, `_` and `.`.
fn form_id(name: &str) -> String {
    let id: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if id.is_empty() {
        "survey".to_owned()
    } else {
        id
    }
}

/// `base`, or `base_2`, `base_3`… the first not taken.
fn unique(base: &str, taken: &HashSet<String>) -> String {
    if taken.contains(base) {
        numbered(base, taken, 2)
    } else {
        base.to_owned()
    }
}

/// `base_<first>`, `base_<first + 1>`… the first not taken.
fn numbered(base: &str, taken: &HashSet<String>, first: u32) -> String {
    (first..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_read_as_pyxform_spells_them() {
        let question = |kind, list: Option<&str>| Spec::Question(kind, list.map(str::to_owned));
        for (cell, expected, or_other) in [
            (
                "select_one yes_no",
                question(ItemKind::SingleChoice, Some("yes_no")),
                false,
            ),
            (
                "select one colours",
                question(ItemKind::SingleChoice, Some("colours")),
                false,
            ),
            (
                "select_one list or_other",
                question(ItemKind::SingleChoice, Some("list")),
                true,
            ),
            (
                "select_multiple fruit",
                question(ItemKind::MultipleChoice, Some("fruit")),
                false,
            ),
            (
                "select all that apply f",
                question(ItemKind::MultipleChoice, Some("f")),
                false,
            ),
            (
                "rank things",
                question(ItemKind::Ranking, Some("things")),
                false,
            ),
            ("begin group", Spec::BeginGroup, false),
            ("begin_group", Spec::BeginGroup, false),
            ("end group", Spec::EndGroup, false),
            ("begin repeat", Spec::BeginRepeat, false),
            ("end_repeat", Spec::EndRepeat, false),
            ("trigger", question(ItemKind::Consent, None), false),
            (
                "dateTime",
                Spec::ReadAs(ItemKind::Date, "dateTime".into()),
                false,
            ),
            ("deviceid", Spec::Metadata("deviceid".into()), false),
            ("geopoint", Spec::Skipped("geopoint".into()), false),
            (
                "select_one_from_file a.csv",
                Spec::Skipped("select_one_from_file a.csv".into()),
                false,
            ),
        ] {
            assert_eq!(spec(cell), (expected, or_other), "{cell}");
        }
    }

    #[test]
    fn headers_read_with_their_language() {
        assert_eq!(
            field("label::English (en)"),
            Field::Label(Some("English (en)".into()))
        );
        assert_eq!(field("Label"), Field::Label(None));
        assert_eq!(field("label:Español"), Field::Label(Some("Español".into())));
        assert_eq!(field("bind::relevant"), Field::Relevant);
        assert_eq!(field("media::image::English (en)"), Field::Other);
        assert_eq!(field("list name"), Field::ListName);
    }

    #[test]
    fn names_become_valid_unique_ids() {
        let taken: HashSet<String> = ["age".to_owned(), "age_2".to_owned()].into();
        assert_eq!(sanitize_id("first-name"), "first_name");
        assert_eq!(sanitize_id("1st"), "q_1st");
        assert_eq!(unique("age", &taken), "age_3");
        assert_eq!(unique("name", &taken), "name");
        assert_eq!(sanitize_code("1.5"), "1_5");
        assert_eq!(range("start=0 end=10 step=1"), Some((0, 10, false)));
        assert_eq!(range("start=0 end=1 step=0.1"), None);
        assert_eq!(range(""), Some((1, 10, false)));
    }
}
