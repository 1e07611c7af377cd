//! Versions: publishing freezes a survey under a semantic version, with its content hash,
//! date and a changelog entry; the builder proposes the version from what changed since the
//! last one; any two versions can be compared.
//!
//! The proposal follows what a change means for the data collected. Removing an item,
//! changing its type or removing an answer code breaks comparison with earlier answers
//! (major). Adding items or options, changing logic or any wording respondents read changes
//! the instrument without breaking earlier data (minor). Anything else (settings, metadata,
//! translation states) is a patch.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::model::{Item, Status, Survey};
use crate::core::review::{SignOffState, Stamp, sign_off_state};
use crate::core::translation::{self, Blocker};

/// One published version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChangelogEntry {
    /// Its semantic version.
    pub version: String,
    /// Its content hash.
    pub content_hash: String,
    /// Who published it, and when.
    pub by: Stamp,
    /// What kind of change it was.
    pub bump: Bump,
    /// What changed, in the publisher's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The kind of change a version is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum Bump {
    /// Nothing respondents see changed.
    Patch,
    /// Items, options, wording or logic changed; earlier answers still compare.
    Minor,
    /// Items or answer codes removed or retyped: earlier answers may not compare.
    Major,
}

impl Bump {
    /// Its name in locale ids (`bump-<name>`) and test ids.
    pub fn name(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// Every kind, smallest first.
    pub const ALL: [Bump; 3] = [Bump::Patch, Bump::Minor, Bump::Major];
}

/// What changed between two versions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionDiff {
    /// Ids of items only in the newer version.
    pub added: Vec<String>,
    /// Ids of items only in the older version.
    pub removed: Vec<String>,
    /// Ids of items in both whose place in the order changed.
    pub moved: Vec<String>,
    /// Ids of items whose type changed.
    pub retyped: Vec<String>,
    /// Ids of items whose show-if, required-if, required flag or validation changed.
    pub logic: Vec<String>,
    /// Answer codes added, as `list--code`.
    pub codes_added: Vec<String>,
    /// Answer codes removed, as `list--code`.
    pub codes_removed: Vec<String>,
    /// Strings whose text changed, per language.
    pub texts: Vec<TextChange>,
    /// Languages added or removed.
    pub languages: Vec<String>,
}

impl VersionDiff {
    /// Whether nothing changed that the diff tracks.
    pub fn is_empty(&self) -> bool {
        *self == VersionDiff::default()
    }
}

/// One string's change in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChange {
    /// The message id.
    pub message: String,
    /// The language.
    pub language: String,
    /// The words, kept, removed and added, in order.
    pub words: Vec<WordChange>,
}

/// A run of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordChange {
    /// Kept, removed or added.
    pub kind: WordKind,
    /// The text of the run, spaces included.
    pub text: String,
}

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// In both.
    Same,
    /// Only in the older text.
    Removed,
    /// Only in the newer text.
    Added,
}

/// Why a version could not be published; nothing changes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PublishError {
    /// The gate or the survey's problems stop it.
    #[error("{} blockers", .0.len())]
    Blocked(Vec<Blocker>),
    /// The version is not a semantic version.
    #[error("{version} is not a semantic version")]
    NotAVersion {
        /// What was given.
        version: String,
    },
    /// The version is not after the last one published.
    #[error("{version} is not after {last}")]
    NotAfter {
        /// What was given.
        version: String,
        /// The last published.
        last: String,
    },
}

/// Word-level differences between two texts.
pub fn word_diff(old: &str, new: &str) -> Vec<WordChange> {
    let old_words = words(old);
    let new_words = words(new);
    let mut out: Vec<WordChange> = Vec::new();
    for change in diff::slice(&old_words, &new_words) {
        let (kind, text) = match change {
            diff::Result::Both(text, _) => (WordKind::Same, *text),
            diff::Result::Left(text) => (WordKind::Removed, *text),
            diff::Result::Right(text) => (WordKind::Added, *text),
        };
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => out.push(WordChange {
                kind,
                text: text.to_owned(),
            }),
        }
    }
    out
}

/// A text cut into runs of whitespace and runs of everything else, in order: the pieces a
/// word diff compares.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (index, character) in text.char_indices() {
        let space = character.is_whitespace();
        if in_space.is_some_and(|was| was != space) {
            out.push(&text[start..index]);
            start = index;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Everything that changed from `old` to `new`.
pub fn compare(old: &Survey, new: &Survey) -> VersionDiff {
    let mut diff = VersionDiff::default();
    let old_items = old.items();
    let new_items = new.items();
    let old_ids: Vec<&str> = old_items.iter().map(|item| item.id.as_str()).collect();
    let new_ids: Vec<&str> = new_items.iter().map(|item| item.id.as_str()).collect();
    diff.added = new_ids
        .iter()
        .filter(|id| !old_ids.contains(id))
        .map(|id| (*id).to_owned())
        .collect();
    diff.removed = old_ids
        .iter()
        .filter(|id| !new_ids.contains(id))
        .map(|id| (*id).to_owned())
        .collect();
    // An item moved when it is in both but outside the longest run of common items kept
    // in order: the items a diff of the two orders deletes and inserts again.
    let old_common: Vec<&str> = old_ids
        .iter()
        .copied()
        .filter(|id| new_ids.contains(id))
        .collect();
    let new_common: Vec<&str> = new_ids
        .iter()
        .copied()
        .filter(|id| old_ids.contains(id))
        .collect();
    for change in ::diff::slice(&old_common, &new_common) {
        if let ::diff::Result::Right(id) = change {
            diff.moved.push((*id).to_owned());
        }
    }
    for item in &new_items {
        let Some(before) = old_items.iter().find(|o| o.id == item.id) else {
            continue;
        };
        if before.kind != item.kind {
            diff.retyped.push(item.id.clone());
        }
        if logic_of(before) != logic_of(item) {
            diff.logic.push(item.id.clone());
        }
    }
    diff.codes_added = codes_only_in(new, old);
    diff.codes_removed = codes_only_in(old, new);
    for language in &new.languages {
        if old.language(&language.tag).is_none() {
            diff.languages.push(language.tag.clone());
        }
    }
    for language in &old.languages {
        if new.language(&language.tag).is_none() {
            diff.languages.push(language.tag.clone());
        }
    }
    let old_messages = translation::messages(old);
    for message in translation::messages(new) {
        let after = translation::text(new, &message.key);
        let before = old_messages
            .iter()
            .find(|m| m.id == message.id)
            .and_then(|m| translation::text(old, &m.key));
        for language in &new.languages {
            let tag = language.tag.as_str();
            let new_text = after.and_then(|t| t.get(tag)).unwrap_or_default();
            let old_text = before.and_then(|t| t.get(tag)).unwrap_or_default();
            // Texts of added items are covered by "added".
            if new_text != old_text && before.is_some() {
                diff.texts.push(TextChange {
                    message: message.id.clone(),
                    language: tag.to_owned(),
                    words: word_diff(old_text, new_text),
                });
            }
        }
    }
    diff
}

/// The kind of change from the last published version to this one.
pub fn propose(previous: Option<&Survey>, current: &Survey) -> Bump {
    let Some(previous) = previous else {
        return Bump::Minor;
    };
    let diff = compare(previous, current);
    if !diff.removed.is_empty() || !diff.retyped.is_empty() || !diff.codes_removed.is_empty() {
        Bump::Major
    } else if !diff.is_empty() {
        Bump::Minor
    } else {
        Bump::Patch
    }
}

/// The version after `last` for a kind of change (`1.0.0` and minor give `1.1.0`). A last
/// version that is not semantic starts again from `1.0.0`.
pub fn next_version(last: &str, bump: Bump) -> String {
    let Ok(mut version) = semver::Version::parse(last) else {
        return "1.0.0".to_owned();
    };
    version.pre = semver::Prerelease::EMPTY;
    version.build = semver::BuildMetadata::EMPTY;
    match bump {
        Bump::Major => {
            version.major += 1;
            version.minor = 0;
            version.patch = 0;
        }
        Bump::Minor => {
            version.minor += 1;
            version.patch = 0;
        }
        Bump::Patch => version.patch += 1,
    }
    version.to_string()
}

/// The version the builder proposes: the first is the draft's own version (or 1.0.0 when it
/// is below that), later ones follow the last entry of the changelog.
pub fn proposed_version(previous: Option<&Survey>, current: &Survey) -> (Bump, String) {
    let bump = propose(previous, current);
    match current.changelog.last() {
        Some(last) => (bump, next_version(&last.version, bump)),
        None => match semver::Version::parse(&current.metadata.version) {
            Ok(version) if version.major >= 1 => (bump, version.to_string()),
            _ => (bump, "1.0.0".to_owned()),
        },
    }
}

/// Every blocker: the translation gate's, then each language the sign-off gate names that
/// is not signed off (or whose sign-off was cleared by a later change).
pub fn blockers(survey: &Survey) -> Vec<Blocker> {
    let mut blockers = translation::publish_blockers(survey);
    for language in &survey.settings.require_sign_off {
        if survey.language(language).is_none() {
            blockers.push(Blocker::UnknownLanguage {
                language: language.clone(),
            });
        } else if !matches!(sign_off_state(survey, language), SignOffState::Valid(_)) {
            blockers.push(Blocker::NotSignedOff {
                language: language.clone(),
            });
        }
    }
    blockers
}

/// Freezes the survey as a published version: version, status, content hash, and a
/// changelog entry. The draft's co-design record stays with the draft (the caller keeps
/// it); [`published_definition`] gives what is handed out.
pub fn freeze(
    survey: &Survey,
    version: &str,
    bump: Bump,
    by: Stamp,
    note: &str,
) -> Result<Survey, PublishError> {
    let blockers = blockers(survey);
    if !blockers.is_empty() {
        return Err(PublishError::Blocked(blockers));
    }
    let parsed = semver::Version::parse(version).map_err(|_| PublishError::NotAVersion {
        version: version.to_owned(),
    })?;
    if let Some(last) = survey.changelog.last()
        && semver::Version::parse(&last.version).is_ok_and(|last| parsed <= last)
    {
        return Err(PublishError::NotAfter {
            version: version.to_owned(),
            last: last.version.clone(),
        });
    }
    let mut frozen = survey.clone();
    frozen.metadata.version = parsed.to_string();
    frozen.metadata.status = Status::Published;
    frozen.metadata.content_hash = None;
    let hash = crate::core::definition::content_hash(&frozen);
    frozen.metadata.content_hash = Some(hash.clone());
    frozen.changelog.push(ChangelogEntry {
        version: parsed.to_string(),
        content_hash: hash,
        by,
        bump,
        note: note.trim().to_owned(),
    });
    Ok(frozen)
}

/// What a published version hands out: the survey without its co-design record.
pub fn published_definition(survey: &Survey) -> Survey {
    let mut out = survey.clone();
    out.review = Default::default();
    out
}

/// A new draft from a published version: status draft, no content hash; the version
/// stays until the next publish proposes one.
pub fn new_draft(survey: &Survey) -> Survey {
    let mut draft = survey.clone();
    draft.metadata.status = Status::Draft;
    draft.metadata.content_hash = None;
    draft
}

/// The answer codes of `survey`'s lists that `other` does not have, as `list--code`.
fn codes_only_in(survey: &Survey, other: &Survey) -> Vec<String> {
    let mut codes = Vec::new();
    for list in &survey.choice_lists {
        let there = other.choice_list(&list.id);
        for option in &list.options {
            if there.is_none_or(|t| !t.options.iter().any(|o| o.code == option.code)) {
                codes.push(format!("{}--{}", list.id, option.code));
            }
        }
    }
    codes
}

fn logic_of(item: &Item) -> String {
    serde_json::to_string(&(
        &item.show_if,
        &item.required_if,
        item.required,
        &item
            .validation
            .iter()
            .map(|rule| &rule.check)
            .collect::<Vec<_>>(),
    ))
    .unwrap_or_default()
}
