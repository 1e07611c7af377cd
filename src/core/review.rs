//! Co-design: comment threads and wording suggestions on any string in any language, review
//! rounds carried by files instead of a server, and per-language sign-off.
//!
//! A thread is addressed by the Fluent message id of its string (`item--age--hint`,
//! `list--yes-no--y`) and a language, not by position, so a thread stays on its string when
//! items move and still finds it in another copy of the survey. Every thread, reply, outcome
//! and sign-off carries a [`Stamp`]: the display name and role someone chose on their device,
//! and when. Ids are made by the shell (random), so merging review files is a union by id and
//! importing the same file twice adds nothing.
//!
//! A suggestion records the text it was written against (`base`). When the current text
//! differs, the suggestion conflicts: it is shown beside the current text and never applied.
//! A sign-off records a fingerprint of all of its language's strings; any later change to
//! them makes the fingerprint differ, which clears the sign-off.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::core::edit::Edit;
use crate::core::model::{Author, Role, Survey};
use crate::core::translation::{self, Message};

/// The value of the `format` field that marks a review package or review file.
pub const REVIEW_FORMAT_NAME: &str = "coform.review";
/// The review file format version this build reads and writes.
pub const REVIEW_FORMAT_VERSION: u32 = 1;

/// A person as they named themselves on their device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    /// Display name (no account: whatever the person typed).
    pub name: String,
    /// The part they play.
    pub role: Role,
}

/// Who did something, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Stamp {
    /// Display name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// When (RFC 3339, UTC).
    pub at: String,
}

impl Stamp {
    /// A stamp for a person at a moment.
    pub fn new(person: &Person, at: &str) -> Self {
        Stamp {
            name: person.name.clone(),
            role: person.role,
            at: at.to_owned(),
        }
    }
}

/// The co-design record of a survey: threads and sign-offs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Review {
    /// Comment threads and suggestions, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub threads: Vec<Thread>,
    /// Sign-offs, one per language at most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sign_offs: Vec<SignOff>,
    /// Set in a copy opened from a review package: the content hash of the survey as it was
    /// sent. The builder then works as a reviewer's: text edits become suggestions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewing: Option<String>,
}

impl Review {
    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        self.threads.is_empty() && self.sign_offs.is_empty() && self.reviewing.is_none()
    }

    /// The thread with this id.
    pub fn thread(&self, id: &str) -> Option<&Thread> {
        self.threads.iter().find(|thread| thread.id == id)
    }
}

/// A comment or a suggested wording on one string in one language, with its replies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Thread {
    /// Unique id.
    pub id: String,
    /// The Fluent message id of the string.
    pub message: String,
    /// The language the comment is about.
    pub language: String,
    /// Who opened it, and when.
    pub opened: Stamp,
    /// The comment (for a suggestion, why; may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// The suggested wording, when the thread is a suggestion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Suggestion>,
    /// Replies, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
    /// How it ended, once it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// A suggested wording and the text it was written against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Suggestion {
    /// The text as the reviewer saw it (empty when there was none).
    pub base: String,
    /// The wording proposed.
    pub text: String,
}

/// A reply in a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reply {
    /// Unique id.
    pub id: String,
    /// Who wrote it, and when.
    pub by: Stamp,
    /// The reply.
    pub text: String,
}

/// How a thread ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Outcome {
    /// Accepted, rejected or resolved.
    pub kind: OutcomeKind,
    /// Who ended it, and when.
    pub by: Stamp,
    /// Why (required when rejecting a suggestion).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The ways a thread ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum OutcomeKind {
    /// The suggested wording was applied.
    Accepted,
    /// The suggestion was turned down, with a reason.
    Rejected,
    /// The comment was dealt with.
    Resolved,
}

impl OutcomeKind {
    /// Its name in locale ids (`outcome-<name>`) and test ids.
    pub fn name(self) -> &'static str {
        match self {
            OutcomeKind::Accepted => "accepted",
            OutcomeKind::Rejected => "rejected",
            OutcomeKind::Resolved => "resolved",
        }
    }
}

/// One language signed off as ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignOff {
    /// The language.
    pub language: String,
    /// Who signed off, and when.
    pub by: Stamp,
    /// The fingerprint of the language's strings when signed ([`strings_fingerprint`]).
    pub strings: String,
}

/// Whether a language is signed off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOffState<'r> {
    /// Nobody signed it off.
    None,
    /// Signed off, and nothing changed since.
    Valid(&'r SignOff),
    /// Signed off, then its strings changed: the sign-off no longer counts.
    Cleared(&'r SignOff),
}

/// Why a review action or file was refused; nothing changes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[non_exhaustive]
pub enum ReviewError {
    /// No thread has that id.
    #[error("no thread {id}")]
    NoSuchThread {
        /// The id asked for.
        id: String,
    },
    /// The thread is about a string the survey no longer has.
    #[error("the survey has no string {message}")]
    NoSuchString {
        /// The message id.
        message: String,
    },
    /// The text changed after the suggestion was written; it is not applied blindly.
    #[error("the text changed after the suggestion was made")]
    Conflict,
    /// The thread already has an outcome.
    #[error("the thread is already closed")]
    Closed,
    /// The thread is a comment, not a suggestion.
    #[error("the thread has no suggestion")]
    NotASuggestion,
    /// A rejection needs a reason.
    #[error("a rejection needs a reason")]
    ReasonMissing,
    /// Only staff and patient advisors sign off.
    #[error("only staff and patient advisors sign off")]
    CannotSignOff,
    /// The file is not JSON.
    #[error("not valid JSON at line {line}, column {column}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file is JSON but not a review file.
    #[error("not a coform review file")]
    NotAReview,
    /// The file's format version is newer than this build reads.
    #[error("review format version {found} is not supported")]
    UnsupportedVersion {
        /// The version found.
        found: u64,
    },
    /// A field is missing, unknown or of the wrong type.
    #[error("{path}: invalid at line {line}, column {column}")]
    Invalid {
        /// JSON path of the problem.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The review is of another survey.
    #[error("the review is of survey {found}, not {expected}")]
    OtherSurvey {
        /// The id in the file.
        found: String,
        /// The id of the open survey.
        expected: String,
    },
    /// A review package was expected (it carries the survey) but this file has none.
    #[error("the file carries no survey")]
    NoSurvey,
}

/// A review package (staff to reviewers: the survey, no threads) or a review file
/// (reviewer to staff: the threads, no survey).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewFile {
    /// Always `coform.review`.
    pub format: String,
    /// The review format version.
    pub format_version: u32,
    /// The id of the survey reviewed.
    pub survey_id: String,
    /// The survey's version when the package was made.
    pub survey_version: String,
    /// The content hash of the survey as sent for review.
    pub content_hash: String,
    /// Who made the file.
    pub by: Stamp,
    /// The survey, in a package.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<Box<Survey>>,
    /// The threads and sign-offs, in a review file.
    #[serde(default, skip_serializing_if = "Review::is_empty")]
    pub review: Review,
}

/// What merging review files added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// New threads.
    pub threads: usize,
    /// New replies on threads already here.
    pub replies: usize,
    /// Outcomes recorded on threads that were still open here.
    pub outcomes: usize,
    /// New sign-offs.
    pub sign_offs: usize,
    /// New suggestions whose text changed meanwhile (shown as conflicting).
    pub conflicts: usize,
}

impl MergeReport {
    /// Whether the merge added anything.
    pub fn is_empty(&self) -> bool {
        self.threads + self.replies + self.outcomes + self.sign_offs == 0
    }
}

/// The string a message id names, if the survey has it.
pub fn find_message(survey: &Survey, id: &str) -> Option<Message> {
    translation::messages(survey)
        .into_iter()
        .find(|message| message.id == id)
}

/// The current pattern of a string in a language ("" when it has none).
pub fn current_text(survey: &Survey, message: &Message, language: &str) -> String {
    translation::text(survey, &message.key)
        .and_then(|text| text.get(language))
        .unwrap_or_default()
        .to_owned()
}

/// A new comment thread.
pub fn comment(id: &str, message: &str, language: &str, by: Stamp, text: &str) -> Thread {
    Thread {
        id: id.to_owned(),
        message: message.to_owned(),
        language: language.to_owned(),
        opened: by,
        comment: text.trim().to_owned(),
        suggestion: None,
        replies: Vec::new(),
        outcome: None,
    }
}

/// A new suggestion thread, written against the string's current text.
pub fn suggest(
    survey: &Survey,
    id: &str,
    message: &Message,
    language: &str,
    by: Stamp,
    wording: &str,
    why: &str,
) -> Thread {
    let mut thread = comment(id, &message.id, language, by, why);
    thread.suggestion = Some(Suggestion {
        base: current_text(survey, message, language),
        text: wording.to_owned(),
    });
    thread
}

/// Whether a suggestion was written against a text that has changed since (or whose
/// string is gone). Comments never conflict.
pub fn conflicts(survey: &Survey, thread: &Thread) -> bool {
    let Some(suggestion) = &thread.suggestion else {
        return false;
    };
    match find_message(survey, &thread.message) {
        Some(message) => current_text(survey, &message, &thread.language) != suggestion.base,
        None => true,
    }
}

/// The edit that adds a thread (one undo step).
pub fn add_thread(survey: &Survey, thread: Thread) -> Edit {
    let mut review = survey.review.clone();
    review.threads.push(thread);
    Edit::ReplaceReview(Box::new(review))
}

/// The edit that adds a reply to a thread.
pub fn reply(survey: &Survey, thread: &str, reply: Reply) -> Result<Edit, ReviewError> {
    let mut review = survey.review.clone();
    thread_mut(&mut review, thread)?.replies.push(reply);
    Ok(Edit::ReplaceReview(Box::new(review)))
}

/// The edit that accepts a suggestion: its wording is written through the normal text
/// path (recording the role and, for a translation, a draft state), and the thread is
/// closed, in one undo step. A conflicting suggestion is refused.
pub fn accept(survey: &Survey, thread: &str, by: Stamp) -> Result<Edit, ReviewError> {
    let found = open_thread(survey, thread)?;
    let Some(suggestion) = &found.suggestion else {
        return Err(ReviewError::NotASuggestion);
    };
    let message = find_message(survey, &found.message).ok_or(ReviewError::NoSuchString {
        message: found.message.clone(),
    })?;
    if conflicts(survey, found) {
        return Err(ReviewError::Conflict);
    }
    let mut text = translation::text(survey, &message.key)
        .cloned()
        .unwrap_or_default();
    let author = Author {
        source_language: survey.source_language.clone(),
        role: by.role,
        name: Some(by.name.clone()),
    };
    text.write(&author, &found.language, &suggestion.text);
    let close = close(survey, thread, OutcomeKind::Accepted, by, "")?;
    Ok(Edit::Batch(vec![
        Edit::ReplaceText {
            key: message.key,
            text,
        },
        close,
    ]))
}

/// The edit that rejects a suggestion, with a reason.
pub fn reject(survey: &Survey, thread: &str, by: Stamp, reason: &str) -> Result<Edit, ReviewError> {
    let found = open_thread(survey, thread)?;
    if found.suggestion.is_none() {
        return Err(ReviewError::NotASuggestion);
    }
    if reason.trim().is_empty() {
        return Err(ReviewError::ReasonMissing);
    }
    close(survey, thread, OutcomeKind::Rejected, by, reason.trim())
}

/// The edit that resolves a thread (a comment dealt with, or a suggestion set aside).
pub fn resolve(survey: &Survey, thread: &str, by: Stamp) -> Result<Edit, ReviewError> {
    open_thread(survey, thread)?;
    close(survey, thread, OutcomeKind::Resolved, by, "")
}

/// Open threads on each item, by item id: its own strings, and the options of the list it
/// offers. For the counts in the builder's outline.
pub fn open_counts(survey: &Survey) -> std::collections::BTreeMap<String, usize> {
    let mut by_message: std::collections::BTreeMap<&str, usize> = Default::default();
    for thread in survey.review.threads.iter().filter(|t| t.outcome.is_none()) {
        *by_message.entry(thread.message.as_str()).or_default() += 1;
    }
    let mut counts = std::collections::BTreeMap::new();
    if by_message.is_empty() {
        return counts;
    }
    for message in translation::messages(survey) {
        if let (Some(n), Some(item)) = (by_message.get(message.id.as_str()), &message.item) {
            *counts.entry(item.clone()).or_default() += n;
        }
    }
    for item in survey.items() {
        let Some(list) = item
            .choices
            .as_deref()
            .and_then(|id| survey.choice_list(id))
        else {
            continue;
        };
        let on_options: usize = list
            .options
            .iter()
            .filter_map(|option| {
                by_message
                    .get(format!("list--{}--{}", list.id, option.code).as_str())
                    .copied()
            })
            .sum();
        if on_options > 0 {
            *counts.entry(item.id.clone()).or_default() += on_options;
        }
    }
    counts
}

/// The strings a review of one item covers: its own, then the options it offers.
pub fn item_messages(survey: &Survey, item: &str) -> Vec<Message> {
    let messages = translation::messages(survey);
    let list = survey
        .item(item)
        .and_then(|found| found.choices.as_deref())
        .map(|id| format!("list--{id}--"));
    messages
        .into_iter()
        .filter(|message| {
            message.item.as_deref() == Some(item)
                || list
                    .as_deref()
                    .is_some_and(|prefix| message.id.starts_with(prefix))
        })
        .collect()
}

/// Merges review files into a review: threads, replies and sign-offs new by id are added;
/// an outcome is recorded on a thread still open here. Returns what was added.
pub fn merge(survey: &Survey, incoming: &Review) -> (Review, MergeReport) {
    let mut review = survey.review.clone();
    let mut report = MergeReport::default();
    for thread in &incoming.threads {
        match review.threads.iter_mut().find(|t| t.id == thread.id) {
            None => {
                if conflicts(survey, thread) && thread.outcome.is_none() {
                    report.conflicts += 1;
                }
                review.threads.push(thread.clone());
                report.threads += 1;
            }
            Some(here) => {
                for reply in &thread.replies {
                    if !here.replies.iter().any(|r| r.id == reply.id) {
                        here.replies.push(reply.clone());
                        report.replies += 1;
                    }
                }
                here.replies.sort_by(|a, b| a.by.at.cmp(&b.by.at));
                if here.outcome.is_none() && thread.outcome.is_some() {
                    here.outcome = thread.outcome.clone();
                    report.outcomes += 1;
                }
            }
        }
    }
    for sign_off in &incoming.sign_offs {
        if !review.sign_offs.contains(sign_off) {
            let newer = review
                .sign_offs
                .iter()
                .find(|s| s.language == sign_off.language)
                .is_none_or(|s| s.by.at < sign_off.by.at);
            if newer {
                review.sign_offs.retain(|s| s.language != sign_off.language);
                review.sign_offs.push(sign_off.clone());
                report.sign_offs += 1;
            }
        }
    }
    (review, report)
}

/// A review package for reviewers: the survey without its threads or sign-offs.
pub fn package(survey: &Survey, by: Stamp) -> ReviewFile {
    let mut sent = survey.clone();
    sent.review = Review::default();
    ReviewFile {
        format: REVIEW_FORMAT_NAME.to_owned(),
        format_version: REVIEW_FORMAT_VERSION,
        survey_id: survey.metadata.id.clone(),
        survey_version: survey.metadata.version.clone(),
        content_hash: crate::core::definition::content_hash(&sent),
        by,
        survey: Some(Box::new(sent)),
        review: Review::default(),
    }
}

/// The survey a reviewer works on, from a package: marked as a reviewer's copy.
pub fn open_package(file: &ReviewFile) -> Result<Survey, ReviewError> {
    let mut survey = file
        .survey
        .as_deref()
        .cloned()
        .ok_or(ReviewError::NoSurvey)?;
    survey.review = Review {
        reviewing: Some(file.content_hash.clone()),
        ..Review::default()
    };
    Ok(survey)
}

/// A reviewer's review file: their copy's threads and sign-offs, without the survey.
pub fn review_file(survey: &Survey, by: Stamp) -> ReviewFile {
    let mut review = survey.review.clone();
    let content_hash = review.reviewing.take().unwrap_or_default();
    ReviewFile {
        format: REVIEW_FORMAT_NAME.to_owned(),
        format_version: REVIEW_FORMAT_VERSION,
        survey_id: survey.metadata.id.clone(),
        survey_version: survey.metadata.version.clone(),
        content_hash,
        by,
        survey: None,
        review,
    }
}

/// Writes a review file or package as JSON.
pub fn export_file(file: &ReviewFile) -> String {
    let mut json = serde_json::to_string_pretty(file).unwrap_or_default();
    json.push('\n');
    json
}

/// Whether a text is a coform review package or review file (by its `format` marker), so
/// the builder's "Open a file" can tell it from a survey in any format.
pub fn is_review_file(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Marker {
        format: Option<String>,
    }
    // The substring test spares parsing a large survey twice on open.
    text.trim_start().starts_with('{')
        && text.contains(REVIEW_FORMAT_NAME)
        && serde_json::from_str::<Marker>(text)
            .is_ok_and(|marker| marker.format.as_deref() == Some(REVIEW_FORMAT_NAME))
}

/// Reads a review file or package, with located errors.
pub fn import_file(json: &str) -> Result<ReviewFile, ReviewError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|error| ReviewError::Syntax {
            line: error.line(),
            column: error.column(),
        })?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(REVIEW_FORMAT_NAME) {
        return Err(ReviewError::NotAReview);
    }
    match value
        .get("formatVersion")
        .and_then(serde_json::Value::as_u64)
    {
        Some(version) if version >= 1 && version <= u64::from(REVIEW_FORMAT_VERSION) => {}
        found => {
            return Err(ReviewError::UnsupportedVersion {
                found: found.unwrap_or(0),
            });
        }
    }
    serde_json::from_str(json).map_err(|error| ReviewError::Invalid {
        path: crate::core::json_path::path_at(json, error.line(), error.column()),
        line: error.line(),
        column: error.column(),
    })
}

/// Merges review files into the open survey: the edit to apply (one undo step) and what
/// it adds. Files of another survey are refused before anything changes.
pub fn import_reviews(
    survey: &Survey,
    files: &[ReviewFile],
) -> Result<(Edit, MergeReport), ReviewError> {
    if let Some(other) = files
        .iter()
        .find(|file| file.survey_id != survey.metadata.id)
    {
        return Err(ReviewError::OtherSurvey {
            found: other.survey_id.clone(),
            expected: survey.metadata.id.clone(),
        });
    }
    let mut merged = survey.clone();
    let mut total = MergeReport::default();
    for file in files {
        let (review, report) = merge(&merged, &file.review);
        merged.review = review;
        total.threads += report.threads;
        total.replies += report.replies;
        total.outcomes += report.outcomes;
        total.sign_offs += report.sign_offs;
        total.conflicts += report.conflicts;
    }
    // The reviewer's own marker never comes across.
    merged.review.reviewing = survey.review.reviewing.clone();
    Ok((Edit::ReplaceReview(Box::new(merged.review)), total))
}

/// A fingerprint of every string of a language: message ids and patterns, in survey order.
pub fn strings_fingerprint(survey: &Survey, language: &str) -> String {
    let mut hasher = Sha256::new();
    for message in translation::messages(survey) {
        hasher.update(message.id.as_bytes());
        hasher.update([0]);
        hasher.update(current_text(survey, &message, language).as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Whether a language is signed off, and by whom.
pub fn sign_off_state<'s>(survey: &'s Survey, language: &str) -> SignOffState<'s> {
    match survey
        .review
        .sign_offs
        .iter()
        .find(|s| s.language == language)
    {
        None => SignOffState::None,
        Some(sign_off) if sign_off.strings == strings_fingerprint(survey, language) => {
            SignOffState::Valid(sign_off)
        }
        Some(sign_off) => SignOffState::Cleared(sign_off),
    }
}

/// The edit that signs a language off as it is now.
pub fn sign_off(survey: &Survey, language: &str, by: Stamp) -> Result<Edit, ReviewError> {
    if by.role == Role::Translator {
        return Err(ReviewError::CannotSignOff);
    }
    let mut review = survey.review.clone();
    review.sign_offs.retain(|s| s.language != language);
    review.sign_offs.push(SignOff {
        language: language.to_owned(),
        by,
        strings: strings_fingerprint(survey, language),
    });
    Ok(Edit::ReplaceReview(Box::new(review)))
}

fn thread_mut<'r>(review: &'r mut Review, id: &str) -> Result<&'r mut Thread, ReviewError> {
    review
        .threads
        .iter_mut()
        .find(|thread| thread.id == id)
        .ok_or(ReviewError::NoSuchThread { id: id.to_owned() })
}

fn open_thread<'s>(survey: &'s Survey, id: &str) -> Result<&'s Thread, ReviewError> {
    let thread = survey
        .review
        .thread(id)
        .ok_or(ReviewError::NoSuchThread { id: id.to_owned() })?;
    if thread.outcome.is_some() {
        return Err(ReviewError::Closed);
    }
    Ok(thread)
}

fn close(
    survey: &Survey,
    thread: &str,
    kind: OutcomeKind,
    by: Stamp,
    reason: &str,
) -> Result<Edit, ReviewError> {
    let mut review = survey.review.clone();
    thread_mut(&mut review, thread)?.outcome = Some(Outcome {
        kind,
        by,
        reason: reason.to_owned(),
    });
    Ok(Edit::ReplaceReview(Box::new(review)))
}

/// What a sensitive question lacks in one language, for the trauma-informed checklist. (The
/// way past the question is part of the model, so a sensitive item always has one.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SensitiveGap {
    /// No "why we ask" text.
    WhyWeAsk,
    /// No content note before the question.
    ContentNote,
}

impl SensitiveGap {
    /// Its name in locale ids (`sensitive-missing-<name>`) and test ids.
    pub fn name(self) -> &'static str {
        match self {
            SensitiveGap::WhyWeAsk => "why-we-ask",
            SensitiveGap::ContentNote => "content-note",
        }
    }
}

/// What a sensitive item lacks in a language (nothing for an item not marked sensitive).
pub fn sensitive_gaps(item: &crate::core::model::Item, language: &str) -> Vec<SensitiveGap> {
    let Some(sensitive) = &item.sensitive else {
        return Vec::new();
    };
    let blank = |text: &crate::core::model::LocalizedText| {
        text.get(language).is_none_or(|t| t.trim().is_empty())
    };
    let mut gaps = Vec::new();
    if blank(&sensitive.why_we_ask) {
        gaps.push(SensitiveGap::WhyWeAsk);
    }
    if blank(&sensitive.content_note) {
        gaps.push(SensitiveGap::ContentNote);
    }
    gaps
}
