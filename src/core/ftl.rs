//! Translators' files: one language of a survey as a Fluent `.ftl` file, and back.
//!
//! Export writes every string as a message named by its id (`item--age--hint`), preceded by
//! comments a translator needs: where the string is, the source text, and its status. A
//! missing translation is written with the source text as its value, so the file is complete
//! Fluent that a translator overwrites.
//!
//! Import is all or nothing. A file that is not valid Fluent is rejected with the line and
//! column of its first error, and nothing changes. Otherwise each message whose value differs
//! from what export would write becomes that language's new text, marked "needs review" and
//! attributed to a translator; ids the survey does not have are reported with their line;
//! every other string is left exactly as it was. An archive is a zip of one `<tag>.ftl` per
//! translated language, read and written the same way.

use std::io::{Cursor, Read, Write};

use fluent_syntax::ast;

use crate::core::edit::Edit;
use crate::core::fluent;
use crate::core::model::{Role, Survey, TranslationStatus};
use crate::core::translation::{self, Standing, TextKey};

/// The largest translators' file or archive read, in bytes.
pub const MAX_FTL_BYTES: usize = 8 * 1024 * 1024;

/// Why a translators' file was not imported; the survey is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FtlError {
    /// Not valid Fluent.
    #[error("not valid Fluent at line {line}, column {column}: {detail}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// The parser's description of the error kind.
        detail: String,
    },
    /// The file says it is for another language.
    #[error("the file is for {found}, not {expected}")]
    WrongLanguage {
        /// The language the file names.
        found: String,
        /// The language it was imported into.
        expected: String,
    },
    /// The language is not a translated language of the survey.
    #[error("{language} is not a translated language of this survey")]
    UnknownLanguage {
        /// The tag.
        language: String,
    },
    /// The file is not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotText,
    /// The file is larger than [`MAX_FTL_BYTES`].
    #[error("the file is {bytes} bytes, more than the {limit} bytes coform reads")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The archive is not a zip file.
    #[error("not a zip archive")]
    NotAnArchive,
    /// A file of an archive could not be imported.
    #[error("{file}: {error}")]
    InFile {
        /// The file's name in the archive.
        file: String,
        /// What is wrong with it.
        error: Box<FtlError>,
    },
}

/// A message id in a file that names no string of the survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMessage {
    /// The id.
    pub id: String,
    /// The 1-based line it is on.
    pub line: usize,
    /// The file it is in (for archives).
    pub file: Option<String>,
}

/// What an import would change.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// One edit per changed string (apply them as one step).
    pub edits: Vec<Edit>,
    /// The ids of the changed strings, with their language.
    pub changed: Vec<(String, String)>,
    /// Ids the survey does not have.
    pub unknown: Vec<UnknownMessage>,
}

/// One language as a `.ftl` file.
pub fn export_language(survey: &Survey, language: &str) -> String {
    let source = survey.source_language.as_str();
    let mut out = String::new();
    out.push_str("# coform translators' file\n");
    out.push_str(&format!(
        "# survey: {} {}\n",
        survey.metadata.id, survey.metadata.version
    ));
    out.push_str(&format!("# language: {language}\n"));
    out.push_str(&format!("# source-language: {source}\n"));
    out.push_str("# Translate the text after each \"=\"; keep every { $name } as it is.\n");
    out.push_str("# Lines starting with # are notes; they are not read back.\n");
    let mut page_heading: Option<usize> = None;
    for message in translation::messages(survey) {
        let Some(text) = translation::text(survey, &message.key) else {
            continue;
        };
        if message.page.is_some() && message.page != page_heading {
            page_heading = message.page;
            if let Some(page) = message.page.and_then(|p| survey.pages.get(p)) {
                out.push_str(&format!("\n## page {}\n", page.id));
            }
        }
        out.push('\n');
        out.push_str(&format!("# {}\n", context(survey, &message.key)));
        let source_pattern = text.get(source).unwrap_or_default();
        for (index, line) in source_pattern.split('\n').enumerate() {
            if index == 0 {
                out.push_str(&format!("# {source}: {line}\n"));
            } else {
                out.push_str(&format!("#     {line}\n"));
            }
        }
        let state = translation::state(survey, text, language);
        let stale = if state.stale { ", stale" } else { "" };
        out.push_str(&format!("# status: {}{stale}\n", state.standing.name()));
        out.push_str(&fluent::as_message(
            &message.id,
            &exported_value(survey, text, language),
        ));
    }
    out
}

/// Reads a `.ftl` file of one language back: what it changes, or why it cannot be read.
pub fn import_language(survey: &Survey, language: &str, file: &str) -> Result<Imported, FtlError> {
    if file.len() > MAX_FTL_BYTES {
        return Err(FtlError::TooLarge {
            bytes: file.len(),
            limit: MAX_FTL_BYTES,
        });
    }
    if language == survey.source_language || survey.language(language).is_none() {
        return Err(FtlError::UnknownLanguage {
            language: language.to_owned(),
        });
    }
    if let Some(found) = declared_language(file)
        && found != language
    {
        return Err(FtlError::WrongLanguage {
            found,
            expected: language.to_owned(),
        });
    }
    if let Some((at, detail)) = crate::core::fluent::unparseable(file, true) {
        let (line, column) = line_column(file, at);
        return Err(FtlError::Syntax {
            line,
            column,
            detail: detail.to_owned(),
        });
    }
    let resource = match fluent_syntax::parser::parse(file) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let first = errors
                .iter()
                .min_by_key(|error| error.pos.start)
                .map(|error| (error.pos.start, format!("{:?}", error.kind)))
                .unwrap_or((0, String::new()));
            let (line, column) = line_column(file, first.0);
            return Err(FtlError::Syntax {
                line,
                column,
                detail: first.1,
            });
        }
    };
    let messages = translation::messages(survey);
    // Looked up by id, and each entry's line found once: a file may hold many thousands.
    let by_id: std::collections::HashMap<&str, &translation::Message> = messages
        .iter()
        .rev()
        .map(|message| (message.id.as_str(), message))
        .collect();
    let lines = message_lines(file);
    let mut imported = Imported {
        edits: Vec::new(),
        changed: Vec::new(),
        unknown: Vec::new(),
    };
    for entry in &resource.body {
        let (id, value) = match entry {
            ast::Entry::Message(message) => (message.id.name.to_owned(), message.value.as_ref()),
            ast::Entry::Term(term) => (format!("-{}", term.id.name), Some(&term.value)),
            _ => continue,
        };
        let Some(message) = by_id.get(id.as_str()).copied() else {
            imported.unknown.push(UnknownMessage {
                line: lines.get(id.as_str()).copied().unwrap_or(1),
                id,
                file: None,
            });
            continue;
        };
        let Some(text) = translation::text(survey, &message.key) else {
            continue;
        };
        let new_pattern = value.map(fluent::pattern_source).unwrap_or_default();
        let unchanged = fluent::normalize(&exported_value(survey, text, language));
        if new_pattern == unchanged || new_pattern.trim().is_empty() {
            continue;
        }
        imported.edits.push(Edit::ReplaceText {
            key: message.key.clone(),
            text: translation::translated(
                survey,
                text,
                language,
                &new_pattern,
                TranslationStatus::NeedsReview,
                // A file says nothing of who wrote it, only that a translator did.
                &crate::core::model::Author {
                    source_language: survey.source_language.clone(),
                    role: Role::Translator,
                    name: None,
                },
            ),
        });
        imported
            .changed
            .push((language.to_owned(), message.id.clone()));
    }
    Ok(imported)
}

/// Every translated language as a zip of `<tag>.ftl` files.
pub fn export_archive(survey: &Survey) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for language in &survey.languages {
        if language.tag == survey.source_language {
            continue;
        }
        // Writing into memory cannot fail for want of space; a failure leaves the file out.
        if writer
            .start_file(format!("{}.ftl", language.tag), options)
            .is_ok()
        {
            let _ = writer.write_all(export_language(survey, &language.tag).as_bytes());
        }
    }
    writer.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// Reads an archive of `<tag>.ftl` files back; all or nothing: one bad file rejects it all.
pub fn import_archive(survey: &Survey, bytes: &[u8]) -> Result<Imported, FtlError> {
    if bytes.len() > MAX_FTL_BYTES {
        return Err(FtlError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FTL_BYTES,
        });
    }
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| FtlError::NotAnArchive)?;
    let mut all = Imported {
        edits: Vec::new(),
        changed: Vec::new(),
        unknown: Vec::new(),
    };
    let mut total = 0usize;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|_| FtlError::NotAnArchive)?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_owned();
        let in_file = |error: FtlError| FtlError::InFile {
            file: name.clone(),
            error: Box::new(error),
        };
        total = total.saturating_add(usize::try_from(entry.size()).unwrap_or(usize::MAX));
        if total > MAX_FTL_BYTES {
            return Err(FtlError::TooLarge {
                bytes: total,
                limit: MAX_FTL_BYTES,
            });
        }
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .map_err(|_| in_file(FtlError::NotText))?;
        let base = name.rsplit('/').next().unwrap_or(&name);
        let Some(language) = base.strip_suffix(".ftl") else {
            continue;
        };
        let imported = import_language(survey, language, &text).map_err(in_file)?;
        all.edits.extend(imported.edits);
        all.changed.extend(imported.changed);
        all.unknown
            .extend(imported.unknown.into_iter().map(|unknown| UnknownMessage {
                file: Some(name.clone()),
                ..unknown
            }));
    }
    Ok(all)
}

/// What export writes as a message's value: the translation, or the source text when the
/// translation is missing.
fn exported_value(
    survey: &Survey,
    text: &crate::core::model::LocalizedText,
    language: &str,
) -> String {
    let state = translation::state(survey, text, language);
    let pattern = if state.standing == Standing::Missing {
        text.get(&survey.source_language)
    } else {
        text.get(language)
    };
    pattern.unwrap_or_default().to_owned()
}

/// Where a string is, for the note above it: `item age · hint`, `list yes_no · option no`.
fn context(survey: &Survey, key: &TextKey) -> String {
    match key {
        TextKey::SurveyTitle => "survey · title".to_owned(),
        TextKey::SurveyDescription => "survey · description".to_owned(),
        TextKey::PageTitle { page } => format!(
            "page {} · title",
            survey.pages.get(*page).map_or("", |p| p.id.as_str())
        ),
        TextKey::Item { at, field } => {
            let item = crate::core::edit::item_at(survey, at);
            let id = item.map_or("", |item| item.id.as_str());
            let kind = item.map_or("", |item| item.kind.json_name());
            format!("item {id} ({kind}) · {}", field.name())
        }
        TextKey::Option { list, option } => {
            let list = survey.choice_lists.get(*list);
            let code = list
                .and_then(|l| l.options.get(*option))
                .map_or("", |o| o.code.as_str());
            format!(
                "list {} · option {code}",
                list.map_or("", |l| l.id.as_str())
            )
        }
        TextKey::AudienceQuestion { variable } => format!(
            "audience {} · question",
            survey.audience.get(*variable).map_or("", |v| v.id.as_str())
        ),
        TextKey::AudienceValue { variable, value } => {
            let variable = survey.audience.get(*variable);
            format!(
                "audience {} · value {}",
                variable.map_or("", |v| v.id.as_str()),
                variable
                    .and_then(|v| v.values.get(*value))
                    .map_or("", |v| v.value.as_str())
            )
        }
    }
}

/// The language a file names in its `# language:` note, if any.
fn declared_language(file: &str) -> Option<String> {
    file.lines()
        .take_while(|line| line.starts_with('#') || line.trim().is_empty())
        .find_map(|line| line.strip_prefix("# language:"))
        .map(|tag| tag.trim().to_owned())
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut boundary = offset;
    while !text.is_char_boundary(boundary) {
        boundary -= 1;
    }
    let before = &text[..boundary];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The 1-based line where each message starts, by id (the first, when an id is repeated).
fn message_lines(file: &str) -> std::collections::HashMap<&str, usize> {
    let mut lines = std::collections::HashMap::new();
    for (index, line) in file.lines().enumerate() {
        let id = line
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .next()
            .unwrap_or_default();
        if !id.is_empty() && line[id.len()..].trim_start().starts_with('=') {
            lines.entry(id).or_insert(index + 1);
        }
    }
    lines
}
