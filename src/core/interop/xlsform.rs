//! XLSForm workbooks (.xlsx, as pyxform 4.x, ODK and KoboToolbox read them), in and out.
//!
//! Export writes the `survey`, `choices` and `settings` sheets, and lists what XLSForm cannot
//! carry. Import reads coform's own workbooks back, and XLSForms written by people and other
//! tools, with a notice at the cell (`survey!C7`) of everything left out or changed.
//!
//! | coform                          | XLSForm                                                  |
//! |---------------------------------|----------------------------------------------------------|
//! | metadata id, version, title     | settings `form_id`, `version`, `form_title` (source language only) |
//! | source language                 | settings `default_language` (`English (en)`)             |
//! | survey / item codes             | `code` column: `system|code`, several separated by spaces |
//! | page                            | `begin_group` … `end_group`, appearance `field-list`     |
//! | section                         | `begin_group` … `end_group` without appearance            |
//! | text, hint (each language)      | `label::English (en)`, `hint::English (en)`: the language's own name and its tag |
//! | showIf / required / requiredIf  | `relevant` / `required` `yes` / `required` expression    |
//! | validation (+ first message)    | `constraint` / `constraint_message::English (en)`        |
//! | note, date, integer, decimal    | `note`, `date`, `integer`, `decimal`                     |
//! | shortText / longText            | `text` / `text` with appearance `multiline`              |
//! | singleChoice (dropdown)         | `select_one list` (appearance `minimal`)                 |
//! | multipleChoice / ranking        | `select_multiple list` / `rank list`                     |
//! | yesNo                           | `select_one yes_no`, a list of the codes `yes` and `no` labelled with the respondent runtime's own words |
//! | rating                          | `range`, parameters `start=1 end=5 step=1`               |
//! | likertGrid                      | a `field-list` group inside the page's group, holding one `select_one list` per row (named by the row's own id, so conditions and piping keep naming it) with appearance `likert` |
//! | consent                         | `acknowledge` (its value is `OK` once agreed)            |
//! | choice option code, system, score | choices `name`, `system`, `score`                      |
//!
//! Piped answers are `${name}`, and a literal `${` in text is written with an invisible word
//! joiner (U+2060) between `$` and `{`, so that it refers to nothing; conditions and checks
//! are written and read by `expr` (which also says how coform's `notEquals` differs from
//! XPath's `!=`). Everything else is a loss: descriptions, placeholders, units, scale labels,
//! translated titles, sensitive-question handling, "none of these" exclusivity, radio
//! appearance, code displays, every check's message but the first, conditions XLSForm cannot
//! state (such as a consent that is "no"), runtime settings, and the losses every format
//! shares.
//!
//! Import reads the forms coform writes the same way back, and beyond them:
//! - A language named without a tag (`label::French`, `label::Français`) is found by name; one
//!   coform cannot name gets a private-use tag (`qaa`…) and a notice; plain `label` columns
//!   are the `default_language` (English, with a notice, when the form does not say).
//! - A top-level group is a page; questions outside any top-level group go on a page of
//!   their own, one per run of such questions (`page_1`, `page_2`…), so that a form without
//!   groups is one page. A group inside a page is a section, or a Likert grid when it is a
//!   `field-list` whose members are all `select_one` over one list with appearance `likert`
//!   and nothing of their own but a label and the same `required`. A repeat is read as a
//!   section, with a notice.
//! - A `select_one` over a list whose codes are exactly `yes` and `no` (with no system or
//!   score), used only by such questions, is a yes/no question and the list is not kept (so
//!   coform's own single choice over such a list comes back as yes/no: the export says so).
//! - Types coform lacks are read as the nearest type (`time` as short text, `dateTime` as a
//!   date, a `range` that is not a whole-number scale as a decimal) or left out (`calculate`,
//!   `geopoint`, media…), form metadata rows (`start`, `deviceid`…) are left out, and names
//!   coform cannot use as ids are changed: each with its notice.

mod expr;
mod read;
mod write;

use crate::core::interop::{Exported, Imported, ReadError};
use crate::core::model::{Coding, Survey};

/// Whether a zip is an .xlsx workbook (holds `xl/workbook.xml`).
pub fn is_workbook(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .is_ok_and(|archive| archive.index_for_name("xl/workbook.xml").is_some())
}

/// Writes the survey as an XLSForm workbook, with what XLSForm cannot carry.
///
/// The workbook is the same bytes for the same survey: its creation time is fixed.
pub fn export(survey: &Survey) -> Exported {
    write::export(survey)
}

/// Reads an XLSForm workbook, coform's own or another tool's.
pub fn import(bytes: &[u8]) -> Result<Imported, ReadError> {
    read::import(bytes)
}

/// An invisible word joiner written between `$` and `{` in literal text: XLSForm has no
/// escape for `${`, which pyxform and ODK read as a reference to a question (refusing the form
/// when there is no such question), so literal text `${x}` is written `$\u{2060}{x}`, which
/// shows the same, and read back as `${x}`.
const DOLLAR_BRACE: &str = "$\u{2060}{";

/// Literal text as XLSForm text that holds no reference (see [`DOLLAR_BRACE`]).
fn literal(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("${") {
        std::borrow::Cow::Owned(text.replace("${", DOLLAR_BRACE))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How a language is named in column headers and `default_language`: `Español (es)`, the
/// language's own name and its tag (the tag alone names it when coform has no name for it).
fn language_header(tag: &str) -> String {
    let name = crate::core::language::autonym(tag).unwrap_or(tag);
    format!("{name} ({tag})")
}

/// Languages named in English, for headers that give a name without a tag (`label::French`);
/// names in the language itself are found with [`crate::core::language::autonym`].
const ENGLISH_NAMES: [(&str, &str); 44] = [
    ("amharic", "am"),
    ("arabic", "ar"),
    ("bangla", "bn"),
    ("bengali", "bn"),
    ("burmese", "my"),
    ("chinese", "zh"),
    ("dari", "prs"),
    ("english", "en"),
    ("farsi", "fa"),
    ("filipino", "fil"),
    ("french", "fr"),
    ("german", "de"),
    ("haitian creole", "ht"),
    ("hausa", "ha"),
    ("hebrew", "he"),
    ("hindi", "hi"),
    ("hmong", "hmn"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("khmer", "km"),
    ("kinyarwanda", "rw"),
    ("korean", "ko"),
    ("lao", "lo"),
    ("nepali", "ne"),
    ("pashto", "ps"),
    ("persian", "fa"),
    ("polish", "pl"),
    ("portuguese", "pt"),
    ("punjabi", "pa"),
    ("russian", "ru"),
    ("somali", "so"),
    ("spanish", "es"),
    ("swahili", "sw"),
    ("tagalog", "tl"),
    ("tamil", "ta"),
    ("thai", "th"),
    ("tigrinya", "ti"),
    ("turkish", "tr"),
    ("ukrainian", "uk"),
    ("urdu", "ur"),
    ("vietnamese", "vi"),
    ("yoruba", "yo"),
    ("zulu", "zu"),
    ("kreyol", "ht"),
];

/// The tag a language header names: the tag in parentheses (`English (en)`), a bare tag
/// (`en`), or a language name coform knows in English or in the language itself
/// (`French`, `Français`). `None` when the name is none of these.
fn language_tag(name: &str) -> Option<String> {
    let name = name.trim();
    if let Some(open) = name.rfind('(')
        && let Some(inside) = name.get(open + 1..).and_then(|rest| rest.strip_suffix(')'))
    {
        return crate::core::language::canonical_tag(inside);
    }
    let lower = name.to_lowercase();
    // A bare two- or three-letter tag, or one with a script or region (`pt-BR`).
    let primary = lower.split('-').next().unwrap_or_default();
    if (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && let Some(tag) = crate::core::language::canonical_tag(name)
    {
        return Some(tag);
    }
    ENGLISH_NAMES.iter().find_map(|(english, tag)| {
        let autonym = crate::core::language::autonym(tag).map(str::to_lowercase);
        (lower == *english || autonym.as_deref() == Some(lower.as_str())).then(|| (*tag).to_owned())
    })
}

/// Codes as the `code` column holds them: `system|code`, separated by spaces. `None` for a
/// coding that cannot be written so (a system with a space or `|`, a code with a space).
fn write_coding(coding: &Coding) -> Option<String> {
    let plain = |text: &str| !text.is_empty() && !text.contains(char::is_whitespace);
    (plain(&coding.system) && plain(&coding.code) && !coding.system.contains('|'))
        .then(|| format!("{}|{}", coding.system, coding.code))
}

/// The codings of a `code` cell; `Err` with the first part that is not `system|code`.
fn read_codings(cell: &str) -> Result<Vec<Coding>, String> {
    cell.split_whitespace()
        .map(|part| match part.split_once('|') {
            Some((system, code)) if !system.is_empty() && !code.is_empty() => Ok(Coding {
                system: system.to_owned(),
                code: code.to_owned(),
                display: None,
            }),
            _ => Err(part.to_owned()),
        })
        .collect()
}

/// A spreadsheet column's letters (0 → `A`, 26 → `AA`).
fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut rest = u64::from(column) + 1;
    while rest > 0 {
        let digit = ((rest - 1) % 26) as u8;
        letters.push(char::from(b'A' + digit));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A cell's location as the notices give it: `survey!C7` (row and column from 0).
fn cell(sheet: &str, row: u32, column: u32) -> String {
    format!("{sheet}!{}{}", column_letters(column), u64::from(row) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_headers_name_their_tag() {
        assert_eq!(language_header("es"), "Español (es)");
        assert_eq!(language_header("xx"), "xx (xx)");
        for (name, tag) in [
            ("English (en)", "en"),
            ("Español (es)", "es"),
            ("Chinese (zh-hans)", "zh-Hans"),
            ("French", "fr"),
            ("français", "fr"),
            ("es", "es"),
            ("pt-BR", "pt-BR"),
        ] {
            assert_eq!(language_tag(name).as_deref(), Some(tag), "{name}");
        }
        assert_eq!(language_tag("Klingon"), None);
        assert_eq!(language_tag("Default"), None);
    }

    #[test]
    fn codings_read_back_as_written() {
        let coding = Coding {
            system: "http://loinc.org".into(),
            code: "44249-1".into(),
            display: None,
        };
        let cell = write_coding(&coding).expect("writable");
        assert_eq!(cell, "http://loinc.org|44249-1");
        assert_eq!(
            read_codings(&format!("{cell}  {cell}")),
            Ok(vec![coding.clone(), coding])
        );
        assert_eq!(read_codings("loinc 1"), Err("loinc".to_owned()));
    }

    #[test]
    fn cells_are_named_like_a_spreadsheet() {
        assert_eq!(cell("survey", 0, 0), "survey!A1");
        assert_eq!(cell("choices", 6, 27), "choices!AB7");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
