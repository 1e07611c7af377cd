//! Translation: every respondent-visible string of a survey as a message with a stable id,
//! the state of each language's translation (missing, draft, needs review, approved, stale),
//! completeness per language, variables a translation adds or drops, plural categories of a
//! language, and the publish gate.
//!
//! A string is addressed by a [`TextKey`] (its place in the survey), and named outside the
//! survey by a Fluent message id built from the ids around it (`item--age--hint`), which is
//! what translators' files use. A translation is stale when the fingerprint of the source
//! pattern it recorded differs from the current source pattern's.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::core::edit::Address;
use crate::core::fluent;
use crate::core::model::{Item, LocalizedText, Role, Survey, Translation, TranslationStatus};

/// Where a string lives in a survey.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextKey {
    /// The survey title.
    SurveyTitle,
    /// The survey description.
    SurveyDescription,
    /// A page title.
    PageTitle {
        /// Page index.
        page: usize,
    },
    /// A text of an item.
    Item {
        /// The item.
        at: Address,
        /// Which of its texts.
        field: ItemField,
    },
    /// The label of an option of a choice list.
    Option {
        /// List index.
        list: usize,
        /// Option index.
        option: usize,
    },
    /// The question asked for an audience variable.
    AudienceQuestion {
        /// Variable index.
        variable: usize,
    },
    /// The label of a value of an audience variable.
    AudienceValue {
        /// Variable index.
        variable: usize,
        /// Value index.
        value: usize,
    },
}

/// One of the texts of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemField {
    /// The question, note or section title.
    Text,
    /// Help under the question.
    Hint,
    /// Placeholder of an empty field.
    Placeholder,
    /// Unit beside a number.
    Unit,
    /// Word for the lowest point of a rating scale.
    MinLabel,
    /// Word for the highest point of a rating scale.
    MaxLabel,
    /// A statement of a Likert grid.
    Row(usize),
    /// The message of a validation rule.
    Rule(usize),
    /// The content note before a sensitive question.
    ContentNote,
    /// Why a sensitive question is asked.
    WhyWeAsk,
}

impl ItemField {
    /// Its name in message ids and in locale ids (`translate-field-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            ItemField::Text => "text",
            ItemField::Hint => "hint",
            ItemField::Placeholder => "placeholder",
            ItemField::Unit => "unit",
            ItemField::MinLabel => "min-label",
            ItemField::MaxLabel => "max-label",
            ItemField::Row(_) => "row",
            ItemField::Rule(_) => "rule",
            ItemField::ContentNote => "content-note",
            ItemField::WhyWeAsk => "why-we-ask",
        }
    }
}

/// A translatable string: where it is, its message id, and where it sits for filtering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Its place in the survey.
    pub key: TextKey,
    /// Its Fluent message id in translators' files.
    pub id: String,
    /// The page it is on, for strings of pages and items.
    pub page: Option<usize>,
    /// The id of the outermost section it is in (or the section itself).
    pub section: Option<String>,
    /// The id of its item, for item texts.
    pub item: Option<String>,
}

/// Where one language's translation of a string stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// No text in this language.
    Missing,
    /// Written, not checked.
    Draft,
    /// Must be looked at.
    NeedsReview,
    /// Checked and accepted.
    Approved,
}

impl Standing {
    /// Its name in locale ids (`status-<name>`) and test ids.
    pub fn name(self) -> &'static str {
        match self {
            Standing::Missing => "missing",
            Standing::Draft => "draft",
            Standing::NeedsReview => "needs-review",
            Standing::Approved => "approved",
        }
    }
}

/// A translation's standing, whether its source changed since, and who last changed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    /// Missing, draft, needs review or approved.
    pub standing: Standing,
    /// The source text changed after this translation was made.
    pub stale: bool,
    /// The role that last changed it, when recorded.
    pub by: Option<Role>,
}

impl State {
    /// Whether the translation is complete for publishing: approved and not stale.
    pub fn is_done(&self) -> bool {
        self.standing == Standing::Approved && !self.stale
    }
}

/// How far one language has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Completeness {
    /// Strings to translate (those with a source text).
    pub total: usize,
    /// Strings with a text in this language.
    pub translated: usize,
    /// Strings approved and not stale.
    pub approved: usize,
    /// Strings whose source changed after translation.
    pub stale: usize,
    /// Strings marked as needing review.
    pub needs_review: usize,
}

impl Completeness {
    /// Approved strings as a whole percentage, rounded down (100 only when all are).
    pub fn approved_percent(&self) -> u32 {
        percent(self.approved, self.total)
    }

    /// Translated strings as a whole percentage, rounded down.
    pub fn translated_percent(&self) -> u32 {
        percent(self.translated, self.total)
    }
}

fn percent(part: usize, total: usize) -> u32 {
    if total == 0 {
        return 100;
    }
    u32::try_from(part * 100 / total).unwrap_or(100)
}

/// The fingerprint of a source pattern recorded with a translation: 16 hex digits of its
/// SHA-256.
pub fn fingerprint(pattern: &str) -> String {
    let digest = Sha256::digest(pattern.as_bytes());
    digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Every string of the survey that has a source-language text, in survey order.
pub fn messages(survey: &Survey) -> Vec<Message> {
    let mut out = Vec::new();
    let source = survey.source_language.as_str();
    let has = |text: &LocalizedText| text.get(source).is_some_and(|t| !t.trim().is_empty());
    let mut push = |key: TextKey, id: String, page, section: Option<&str>, item: Option<&str>| {
        out.push(Message {
            key,
            id,
            page,
            section: section.map(str::to_owned),
            item: item.map(str::to_owned),
        });
    };
    if has(&survey.metadata.title) {
        push(
            TextKey::SurveyTitle,
            "survey--title".into(),
            None,
            None,
            None,
        );
    }
    if has(&survey.metadata.description) {
        push(
            TextKey::SurveyDescription,
            "survey--description".into(),
            None,
            None,
            None,
        );
    }
    for (v, variable) in survey.audience.iter().enumerate() {
        if has(&variable.question) {
            push(
                TextKey::AudienceQuestion { variable: v },
                format!("audience--{}", variable.id),
                None,
                None,
                None,
            );
        }
        for (i, value) in variable.values.iter().enumerate() {
            if has(&value.label) {
                push(
                    TextKey::AudienceValue {
                        variable: v,
                        value: i,
                    },
                    format!("audience--{}--{}", variable.id, value.value),
                    None,
                    None,
                    None,
                );
            }
        }
    }
    for (p, page) in survey.pages.iter().enumerate() {
        if has(&page.title) {
            push(
                TextKey::PageTitle { page: p },
                format!("page--{}", page.id),
                Some(p),
                None,
                None,
            );
        }
        let mut stack: Vec<(Vec<usize>, &Item, Option<&str>)> = page
            .items
            .iter()
            .enumerate()
            .rev()
            .map(|(i, item)| (vec![i], item, None))
            .collect();
        while let Some((path, item, section)) = stack.pop() {
            let section = section.or(if item.kind == crate::core::model::ItemKind::Section {
                Some(item.id.as_str())
            } else {
                None
            });
            let at = Address {
                page: p,
                path: path.clone(),
            };
            for (field, text) in item_texts(item) {
                if has(text) {
                    let id = match field {
                        ItemField::Text => format!("item--{}", item.id),
                        ItemField::Row(r) => format!("item--{}--row--{}", item.id, item.rows[r].id),
                        ItemField::Rule(r) => format!("item--{}--rule-{}", item.id, r + 1),
                        other => format!("item--{}--{}", item.id, other.name()),
                    };
                    push(
                        TextKey::Item {
                            at: at.clone(),
                            field,
                        },
                        id,
                        Some(p),
                        section,
                        Some(&item.id),
                    );
                }
            }
            for (i, child) in item.items.iter().enumerate().rev() {
                let mut child_path = path.clone();
                child_path.push(i);
                stack.push((child_path, child, section));
            }
        }
    }
    for (l, list) in survey.choice_lists.iter().enumerate() {
        for (o, option) in list.options.iter().enumerate() {
            if has(&option.label) {
                push(
                    TextKey::Option { list: l, option: o },
                    format!("list--{}--{}", list.id, option.code),
                    None,
                    None,
                    None,
                );
            }
        }
    }
    out
}

/// Every string of the survey that has a source-language text, in the order of
/// [`messages`], without building message ids: for questions about all strings at once.
pub fn texts(survey: &Survey) -> Vec<&LocalizedText> {
    fn items<'s>(list: &'s [Item], source: &str, out: &mut Vec<&'s LocalizedText>) {
        for item in list {
            out.extend(
                item_texts(item)
                    .into_iter()
                    .map(|(_, text)| text)
                    .filter(|text| has_source(text, source)),
            );
            items(&item.items, source, out);
        }
    }
    let source = survey.source_language.as_str();
    let mut out = Vec::new();
    out.push(&survey.metadata.title);
    out.push(&survey.metadata.description);
    for variable in &survey.audience {
        out.push(&variable.question);
        out.extend(variable.values.iter().map(|value| &value.label));
    }
    out.retain(|text| has_source(text, source));
    for page in &survey.pages {
        if has_source(&page.title, source) {
            out.push(&page.title);
        }
        items(&page.items, source, &mut out);
    }
    for list in &survey.choice_lists {
        out.extend(
            list.options
                .iter()
                .map(|option| &option.label)
                .filter(|text| has_source(text, source)),
        );
    }
    out
}

fn has_source(text: &LocalizedText, source: &str) -> bool {
    text.get(source).is_some_and(|t| !t.trim().is_empty())
}

/// Every text of an item with its field, in the order a translator reads them.
fn item_texts(item: &Item) -> Vec<(ItemField, &LocalizedText)> {
    let mut texts = vec![
        (ItemField::Text, &item.text),
        (ItemField::Hint, &item.hint),
        (ItemField::Placeholder, &item.placeholder),
        (ItemField::Unit, &item.unit),
    ];
    if let Some(scale) = &item.scale {
        texts.push((ItemField::MinLabel, &scale.min_label));
        texts.push((ItemField::MaxLabel, &scale.max_label));
    }
    for (r, row) in item.rows.iter().enumerate() {
        texts.push((ItemField::Row(r), &row.text));
    }
    if let Some(sensitive) = &item.sensitive {
        texts.push((ItemField::ContentNote, &sensitive.content_note));
        texts.push((ItemField::WhyWeAsk, &sensitive.why_we_ask));
    }
    for (r, rule) in item.validation.iter().enumerate() {
        texts.push((ItemField::Rule(r), &rule.message));
    }
    texts
}

/// The string at a key.
pub fn text<'s>(survey: &'s Survey, key: &TextKey) -> Option<&'s LocalizedText> {
    Some(match key {
        TextKey::SurveyTitle => &survey.metadata.title,
        TextKey::SurveyDescription => &survey.metadata.description,
        TextKey::PageTitle { page } => &survey.pages.get(*page)?.title,
        TextKey::Item { at, field } => {
            let item = crate::core::edit::item_at(survey, at)?;
            match field {
                ItemField::Text => &item.text,
                ItemField::Hint => &item.hint,
                ItemField::Placeholder => &item.placeholder,
                ItemField::Unit => &item.unit,
                ItemField::MinLabel => &item.scale.as_ref()?.min_label,
                ItemField::MaxLabel => &item.scale.as_ref()?.max_label,
                ItemField::Row(r) => &item.rows.get(*r)?.text,
                ItemField::Rule(r) => &item.validation.get(*r)?.message,
                ItemField::ContentNote => &item.sensitive.as_ref()?.content_note,
                ItemField::WhyWeAsk => &item.sensitive.as_ref()?.why_we_ask,
            }
        }
        TextKey::Option { list, option } => {
            &survey.choice_lists.get(*list)?.options.get(*option)?.label
        }
        TextKey::AudienceQuestion { variable } => &survey.audience.get(*variable)?.question,
        TextKey::AudienceValue { variable, value } => {
            &survey.audience.get(*variable)?.values.get(*value)?.label
        }
    })
}

/// The string at a key, to change it.
pub fn text_mut<'s>(survey: &'s mut Survey, key: &TextKey) -> Option<&'s mut LocalizedText> {
    Some(match key {
        TextKey::SurveyTitle => &mut survey.metadata.title,
        TextKey::SurveyDescription => &mut survey.metadata.description,
        TextKey::PageTitle { page } => &mut survey.pages.get_mut(*page)?.title,
        TextKey::Item { at, field } => {
            let item = crate::core::edit::item_at_mut(survey, at)?;
            match field {
                ItemField::Text => &mut item.text,
                ItemField::Hint => &mut item.hint,
                ItemField::Placeholder => &mut item.placeholder,
                ItemField::Unit => &mut item.unit,
                ItemField::MinLabel => &mut item.scale.as_mut()?.min_label,
                ItemField::MaxLabel => &mut item.scale.as_mut()?.max_label,
                ItemField::Row(r) => &mut item.rows.get_mut(*r)?.text,
                ItemField::Rule(r) => &mut item.validation.get_mut(*r)?.message,
                ItemField::ContentNote => &mut item.sensitive.as_mut()?.content_note,
                ItemField::WhyWeAsk => &mut item.sensitive.as_mut()?.why_we_ask,
            }
        }
        TextKey::Option { list, option } => {
            &mut survey
                .choice_lists
                .get_mut(*list)?
                .options
                .get_mut(*option)?
                .label
        }
        TextKey::AudienceQuestion { variable } => &mut survey.audience.get_mut(*variable)?.question,
        TextKey::AudienceValue { variable, value } => {
            &mut survey
                .audience
                .get_mut(*variable)?
                .values
                .get_mut(*value)?
                .label
        }
    })
}

/// The state of one language's translation of a string.
pub fn state(survey: &Survey, text: &LocalizedText, language: &str) -> State {
    if text
        .get(language)
        .is_none_or(|pattern| pattern.trim().is_empty())
    {
        return State {
            standing: Standing::Missing,
            stale: false,
            by: None,
        };
    }
    match text.translation(language) {
        None => State {
            standing: Standing::Draft,
            stale: false,
            by: None,
        },
        Some(translation) => {
            let stale = match (&translation.source, text.get(&survey.source_language)) {
                (Some(recorded), Some(source)) => *recorded != fingerprint(source),
                _ => false,
            };
            State {
                standing: match translation.status {
                    TranslationStatus::Draft => Standing::Draft,
                    TranslationStatus::NeedsReview => Standing::NeedsReview,
                    TranslationStatus::Approved => Standing::Approved,
                },
                stale,
                by: translation.by,
            }
        }
    }
}

/// How far a language has got over every string of the survey.
pub fn completeness(survey: &Survey, language: &str) -> Completeness {
    let mut counts = Completeness::default();
    for message in messages(survey) {
        let Some(text) = self::text(survey, &message.key) else {
            continue;
        };
        let state = state(survey, text, language);
        counts.total += 1;
        if state.standing != Standing::Missing {
            counts.translated += 1;
        }
        if state.is_done() {
            counts.approved += 1;
        }
        if state.stale {
            counts.stale += 1;
        }
        if state.standing == Standing::NeedsReview {
            counts.needs_review += 1;
        }
    }
    counts
}

/// [`completeness`] of every translated language at once, in the survey's language order:
/// one pass over the strings, each source fingerprint computed at most once.
pub fn completeness_all(survey: &Survey) -> Vec<(String, Completeness)> {
    let mut out: Vec<(String, Completeness)> = survey
        .translated_languages()
        .map(|tag| (tag.to_owned(), Completeness::default()))
        .collect();
    for message in messages(survey) {
        let Some(text) = self::text(survey, &message.key) else {
            continue;
        };
        let mut source_fingerprint: Option<String> = None;
        for (tag, counts) in &mut out {
            counts.total += 1;
            let Some(pattern) = text.get(tag) else {
                continue;
            };
            if pattern.trim().is_empty() {
                continue;
            }
            counts.translated += 1;
            let Some(translation) = text.translation(tag) else {
                continue;
            };
            let stale = match (&translation.source, text.get(&survey.source_language)) {
                (Some(recorded), Some(source)) => {
                    *recorded != *source_fingerprint.get_or_insert_with(|| fingerprint(source))
                }
                _ => false,
            };
            if stale {
                counts.stale += 1;
            }
            match translation.status {
                TranslationStatus::Approved if !stale => counts.approved += 1,
                TranslationStatus::NeedsReview => counts.needs_review += 1,
                _ => {}
            }
        }
    }
    out
}

/// A string with one language's translation set: the pattern (removed when empty), with
/// the given status and role, and the fingerprint of the current source text.
pub fn translated(
    survey: &Survey,
    text: &LocalizedText,
    language: &str,
    pattern: &str,
    status: TranslationStatus,
    by: &crate::core::model::Author,
) -> LocalizedText {
    let mut out = text.clone();
    if pattern.is_empty() {
        out.0.remove(language);
        out.1.remove(language);
        return out;
    }
    out.0.insert(language.to_owned(), pattern.to_owned());
    out.1.insert(
        language.to_owned(),
        Translation {
            status,
            by: Some(by.role),
            name: by.name.clone(),
            source: text.get(&survey.source_language).map(fingerprint),
        },
    );
    out
}

/// The variables a translation uses that its source does not, and those of the source it
/// drops. Audience variables are left out: each language may adapt its wording to them.
/// Patterns that do not parse give nothing (their syntax error is reported instead).
pub fn variable_differences(
    survey: &Survey,
    source: &str,
    translation: &str,
) -> (Vec<String>, Vec<String>) {
    let (Some(source), Some(target)) = (
        answer_variables(survey, source),
        answer_variables(survey, translation),
    ) else {
        return (Vec::new(), Vec::new());
    };
    (
        target.difference(&source).cloned().collect(),
        source.difference(&target).cloned().collect(),
    )
}

/// The variables a pattern uses that are not audience variables (answers piped in); `None`
/// when the pattern does not parse.
pub fn answer_variables(survey: &Survey, pattern: &str) -> Option<BTreeSet<String>> {
    if fluent::literal(pattern).is_some() {
        return Some(BTreeSet::new());
    }
    let resource = fluent::parse_pattern(pattern).ok()?;
    Some(
        fluent::variables(&resource, pattern)
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| !survey.audience.iter().any(|variable| variable.id == *name))
            .collect(),
    )
}

/// The CLDR plural categories a language uses for cardinal numbers, in CLDR order: Arabic
/// has six, Russian four, English two, Chinese one. Read from the plural rules Fluent
/// itself uses, by trying numbers that reach every category.
pub fn plural_categories(language: &str) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(langid) = language.parse::<unic_langid::LanguageIdentifier>() else {
        return vec!["other"];
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return vec!["other"];
    };
    let mut seen = BTreeSet::new();
    let mut samples: Vec<String> = (0..=200).map(|n| n.to_string()).collect();
    samples.extend(
        [
            "1000", "10000", "100000", "1000000", "0.5", "1.5", "2.5", "0.0", "1.0", "2.0",
        ]
        .map(str::to_owned),
    );
    for sample in &samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            seen.insert(match category {
                PluralCategory::ZERO => 0,
                PluralCategory::ONE => 1,
                PluralCategory::TWO => 2,
                PluralCategory::FEW => 3,
                PluralCategory::MANY => 4,
                PluralCategory::OTHER => 5,
            });
        }
    }
    const NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let mut categories: Vec<&'static str> = seen.into_iter().map(|i| NAMES[i]).collect();
    if !categories.contains(&"other") {
        categories.push("other");
    }
    categories
}

/// What stops a survey from being published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// The survey has problems that must be fixed first.
    Problems {
        /// How many.
        count: usize,
    },
    /// A language the gate names is not offered by the survey.
    UnknownLanguage {
        /// The tag.
        language: String,
    },
    /// A string of a gated language is not approved (or is stale).
    NotApproved {
        /// The language.
        language: String,
        /// The string.
        message: Message,
        /// Its state.
        state: State,
    },
    /// A language the sign-off gate names is not signed off, or changed since.
    NotSignedOff {
        /// The language.
        language: String,
    },
}

/// Everything that stops the survey from being published: the validation problems, then
/// every string of each language the gate names that is not approved.
pub fn publish_blockers(survey: &Survey) -> Vec<Blocker> {
    let mut blockers = Vec::new();
    let problems = crate::core::validate::validate(survey)
        .iter()
        .filter(|issue| {
            issue.severity(&survey.source_language) == crate::core::issue::Severity::Error
        })
        .count();
    if problems > 0 {
        blockers.push(Blocker::Problems { count: problems });
    }
    let messages = messages(survey);
    for language in &survey.settings.require_approved {
        if survey.language(language).is_none() {
            blockers.push(Blocker::UnknownLanguage {
                language: language.clone(),
            });
            continue;
        }
        if *language == survey.source_language {
            continue;
        }
        for message in &messages {
            let Some(text) = text(survey, &message.key) else {
                continue;
            };
            let state = state(survey, text, language);
            if !state.is_done() {
                blockers.push(Blocker::NotApproved {
                    language: language.clone(),
                    message: message.clone(),
                    state,
                });
            }
        }
    }
    blockers
}

/// The survey as published: status published, content hash set. `Err` with the blockers
/// when the gate or the survey's problems stop it.
pub fn publish(survey: &Survey) -> Result<Survey, Vec<Blocker>> {
    let blockers = publish_blockers(survey);
    if !blockers.is_empty() {
        return Err(blockers);
    }
    let mut published = survey.clone();
    published.metadata.status = crate::core::model::Status::Published;
    published.metadata.content_hash = None;
    published.metadata.content_hash = Some(crate::core::definition::content_hash(&published));
    Ok(published)
}
