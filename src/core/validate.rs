//! `validate(&Survey) -> Vec<Issue>`: every problem of a survey at once, each located.
//!
//! The checks never stop at the first problem and never panic: ids, references and their
//! order, cycles, choice lists, settings that do not fit an item's type, languages and their
//! fallback chains, audience variables, every message in every language (missing, not valid
//! Fluent, or using a variable the survey does not define), validation checks, version and
//! content hash.
//!
//! `runnable(&Survey) -> Vec<Issue>` is the respondent runtime's subset: only what would keep
//! a survey from running, reported exactly as `validate` reports it.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::core::definition::content_hash;
use crate::core::fluent::{self, PatternProblem};
use crate::core::issue::{Issue, IssueKind, Location};
use crate::core::limits::MAX_TEXT_BYTES;
use crate::core::logic::comparisons;
use crate::core::logic_edit::{CheckKind, operator_applies};
use crate::core::model::{
    Check, Condition, Item, ItemKind, Literal, LocalizedText, Operator, Status, Survey,
};
use crate::core::translation;

/// Every problem of the survey, in document order.
pub fn validate(survey: &Survey) -> Vec<Issue> {
    check::<true>(survey)
}

/// The problems that keep the respondent runtime from running a survey, in document order:
/// ids (invalid or duplicate), languages and their fallback chains, audience variables,
/// choice lists, items without their choices or rows, references that are unknown, later or
/// cyclic, messages that are not valid Fluent, use a variable the survey does not define or are
/// missing in the source language, inverted ranges, an empty survey, an invalid endpoint.
///
/// Each is the issue [`validate`] reports for it, at the same place; the quality checks (the
/// version, the content hash, translations and settings that do not fit, patterns) are left
/// to the builder, which checked them before publishing. The runtime's reader links only this.
pub fn runnable(survey: &Survey) -> Vec<Issue> {
    check::<false>(survey)
}

/// The checks: all of them when `FULL`, else only [`runnable`]'s (the others are not compiled
/// into a binary that calls only [`runnable`]).
fn check<const FULL: bool>(survey: &Survey) -> Vec<Issue> {
    let mut validator = Validator::<FULL>::new(survey);
    validator.metadata();
    validator.languages();
    validator.audience();
    validator.choice_lists();
    validator.pages();
    validator.cycles();
    validator.settings_of_survey();
    validator.issues
}

/// Whether `id` is a valid variable name: an ASCII letter, then letters, digits or `_`
/// (the rule shared by XLSForm, REDCap and Fluent variables).
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && id.len() <= 64
}

/// Whether `code` is a valid choice code: letters, digits, `-` and `_`.
pub fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// What a condition or a piped variable may refer to: an answerable item or grid row.
#[derive(Clone, Copy)]
struct Target<'s> {
    /// Position in respondent order (grid rows share their grid's).
    order: usize,
    /// The type the answer has (a grid row answers like a single choice).
    kind: ItemKind,
    /// The choice list, for choice items and grid rows.
    choices: Option<&'s str>,
}

/// Which variables a message may use.
#[derive(Clone, Copy)]
enum Scope {
    /// Audience variables only (titles, option labels, audience texts).
    AudienceOnly,
    /// Audience variables and answers of items before this position.
    Before(usize),
}

struct Validator<'s, const FULL: bool> {
    survey: &'s Survey,
    issues: Vec<Issue>,
    declared_languages: Vec<&'s str>,
    /// Declared languages with a valid tag: the ones every message must exist in (an invalid
    /// tag is reported once, not once per message).
    message_languages: Vec<&'s str>,
    audience_ids: HashSet<&'s str>,
    targets: HashMap<&'s str, Target<'s>>,
    /// Dependency edges (item → item it reads), for cycle detection.
    edges: Vec<(&'s str, String, String)>,
}

impl<'s, const FULL: bool> Validator<'s, FULL> {
    fn new(survey: &'s Survey) -> Self {
        let mut declared_languages: Vec<&str> = Vec::new();
        for language in &survey.languages {
            if !declared_languages.contains(&language.tag.as_str()) {
                declared_languages.push(&language.tag);
            }
        }
        let mut targets = HashMap::new();
        for (order, item) in survey.items().into_iter().enumerate() {
            let choices = item.choices.as_deref();
            if item.kind.takes_answer() {
                targets.entry(item.id.as_str()).or_insert(Target {
                    order,
                    kind: item.kind,
                    choices,
                });
            }
            if item.kind == ItemKind::LikertGrid {
                for row in &item.rows {
                    targets.entry(row.id.as_str()).or_insert(Target {
                        order,
                        kind: ItemKind::SingleChoice,
                        choices,
                    });
                }
            }
        }
        let message_languages = declared_languages
            .iter()
            .copied()
            .filter(|tag| is_valid_language_tag(tag))
            .collect();
        Validator {
            survey,
            issues: Vec::new(),
            declared_languages,
            message_languages,
            audience_ids: survey.audience.iter().map(|v| v.id.as_str()).collect(),
            targets,
            edges: Vec::new(),
        }
    }

    fn push(&mut self, kind: IssueKind, location: Location) {
        self.issues.push(Issue { kind, location });
    }

    fn at(path: &str, item: Option<&str>) -> Location {
        Location {
            path: path.to_owned(),
            item: item.map(str::to_owned),
            ..Location::default()
        }
    }

    fn metadata(&mut self) {
        let metadata = &self.survey.metadata;
        self.text(
            &metadata.title,
            format_args!("metadata.title"),
            None,
            true,
            Scope::AudienceOnly,
        );
        self.text(
            &metadata.description,
            format_args!("metadata.description"),
            None,
            false,
            Scope::AudienceOnly,
        );
        if !FULL {
            return;
        }
        if semver::Version::parse(&metadata.version).is_err() {
            self.push(
                IssueKind::InvalidVersion {
                    version: metadata.version.clone(),
                },
                Self::at("metadata.version", None),
            );
        }
        match (&metadata.content_hash, metadata.status) {
            (None, Status::Published) => {
                self.push(
                    IssueKind::MissingContentHash,
                    Self::at("metadata.contentHash", None),
                );
            }
            (Some(found), _) => {
                let expected = content_hash(self.survey);
                if *found != expected {
                    self.push(
                        IssueKind::ContentHashMismatch { expected },
                        Self::at("metadata.contentHash", None),
                    );
                }
            }
            (None, _) => {}
        }
    }

    fn languages(&mut self) {
        let mut seen = HashSet::new();
        for (index, language) in self.survey.languages.iter().enumerate() {
            let path = format!("languages[{index}]");
            if !is_valid_language_tag(&language.tag) {
                self.push(
                    IssueKind::InvalidLanguageTag {
                        tag: language.tag.clone(),
                    },
                    Self::at(&format!("{path}.tag"), None),
                );
            }
            if !seen.insert(language.tag.as_str()) {
                self.push(
                    IssueKind::DuplicateLanguage {
                        tag: language.tag.clone(),
                    },
                    Self::at(&format!("{path}.tag"), None),
                );
            }
            for (position, fallback) in language.fallback.iter().enumerate() {
                let fallback_path = format!("{path}.fallback[{position}]");
                if *fallback == language.tag {
                    self.push(
                        IssueKind::FallbackCycle {
                            tag: language.tag.clone(),
                        },
                        Self::at(&fallback_path, None),
                    );
                } else if !self.declared_languages.contains(&fallback.as_str()) {
                    self.push(
                        IssueKind::UnknownLanguage {
                            tag: fallback.clone(),
                        },
                        Self::at(&fallback_path, None),
                    );
                }
            }
        }
        if !self
            .declared_languages
            .contains(&self.survey.source_language.as_str())
        {
            self.push(
                IssueKind::UnknownLanguage {
                    tag: self.survey.source_language.clone(),
                },
                Self::at("sourceLanguage", None),
            );
        }
    }

    fn audience(&mut self) {
        let mut seen = HashSet::new();
        for (index, variable) in self.survey.audience.iter().enumerate() {
            let path = format!("audience[{index}]");
            self.check_id(&variable.id, &format!("{path}.id"), None, &mut seen);
            let values: Vec<&str> = variable.values.iter().map(|v| v.value.as_str()).collect();
            if values.is_empty() || !values.contains(&variable.default.as_str()) {
                self.push(
                    IssueKind::InvalidAudience {
                        id: variable.id.clone(),
                    },
                    Self::at(&format!("{path}.default"), None),
                );
            }
            self.text(
                &variable.question,
                format_args!("{path}.question"),
                None,
                true,
                Scope::AudienceOnly,
            );
            let mut seen_values = HashSet::new();
            for (position, value) in variable.values.iter().enumerate() {
                let value_path = format!("{path}.values[{position}]");
                if !is_valid_code(&value.value)
                    || value.value.starts_with(|c: char| !c.is_ascii_alphabetic())
                {
                    self.push(
                        IssueKind::InvalidId {
                            id: value.value.clone(),
                        },
                        Self::at(&format!("{value_path}.value"), None),
                    );
                }
                if !seen_values.insert(value.value.as_str()) {
                    self.push(
                        IssueKind::DuplicateId {
                            id: value.value.clone(),
                        },
                        Self::at(&format!("{value_path}.value"), None),
                    );
                }
                self.text(
                    &value.label,
                    format_args!("{value_path}.label"),
                    None,
                    true,
                    Scope::AudienceOnly,
                );
            }
        }
    }

    fn choice_lists(&mut self) {
        let mut seen = HashSet::new();
        for (index, list) in self.survey.choice_lists.iter().enumerate() {
            let path = format!("choiceLists[{index}]");
            self.check_id(&list.id, &format!("{path}.id"), None, &mut seen);
            if list.options.is_empty() {
                self.push(
                    IssueKind::EmptyChoiceList {
                        id: list.id.clone(),
                    },
                    Self::at(&format!("{path}.options"), None),
                );
            }
            let mut codes = HashSet::new();
            for (position, option) in list.options.iter().enumerate() {
                let option_path = format!("{path}.options[{position}]");
                if !is_valid_code(&option.code) {
                    self.push(
                        IssueKind::InvalidCode {
                            code: option.code.clone(),
                        },
                        Self::at(&format!("{option_path}.code"), None),
                    );
                } else if !codes.insert(option.code.as_str()) {
                    self.push(
                        IssueKind::DuplicateCode {
                            code: option.code.clone(),
                        },
                        Self::at(&format!("{option_path}.code"), None),
                    );
                }
                self.text(
                    &option.label,
                    format_args!("{option_path}.label"),
                    None,
                    true,
                    Scope::AudienceOnly,
                );
            }
        }
    }

    fn pages(&mut self) {
        let mut page_ids = HashSet::new();
        // Item ids, grid row ids and audience variable ids share one namespace: all are
        // Fluent variables.
        let mut item_ids: HashSet<&str> = HashSet::new();
        for variable in &self.survey.audience {
            item_ids.insert(variable.id.as_str());
        }
        let mut order = 0;
        if self.survey.items().is_empty() {
            self.push(IssueKind::EmptySurvey, Self::at("pages", None));
        }
        for (index, page) in self.survey.pages.iter().enumerate() {
            let path = format!("pages[{index}]");
            self.check_id(&page.id, &format!("{path}.id"), None, &mut page_ids);
            self.text(
                &page.title,
                format_args!("{path}.title"),
                None,
                false,
                Scope::Before(order),
            );
            if let Some(condition) = &page.show_if {
                self.condition(condition, &format!("{path}.showIf"), None, order);
            }
            self.items(&page.items, &path, &mut order, &mut item_ids);
        }
    }

    fn items(
        &mut self,
        items: &'s [Item],
        parent_path: &str,
        order: &mut usize,
        ids: &mut HashSet<&'s str>,
    ) {
        for (index, item) in items.iter().enumerate() {
            let path = format!("{parent_path}.items[{index}]");
            let here = *order;
            *order += 1;
            let id = Some(item.id.as_str());
            self.check_id(&item.id, &format!("{path}.id"), id, ids);
            for (position, row) in item.rows.iter().enumerate() {
                self.check_id(&row.id, &format!("{path}.rows[{position}].id"), id, ids);
            }
            self.settings(item, &path);
            self.text(
                &item.text,
                format_args!("{path}.text"),
                id,
                true,
                Scope::Before(here),
            );
            self.text(
                &item.hint,
                format_args!("{path}.hint"),
                id,
                false,
                Scope::Before(here),
            );
            self.text(
                &item.placeholder,
                format_args!("{path}.placeholder"),
                id,
                false,
                Scope::Before(here),
            );
            self.text(
                &item.unit,
                format_args!("{path}.unit"),
                id,
                false,
                Scope::Before(here),
            );
            if let Some(scale) = &item.scale {
                if scale.min >= scale.max {
                    self.push(
                        IssueKind::InvalidRange,
                        Self::at(&format!("{path}.scale"), id),
                    );
                }
                self.text(
                    &scale.min_label,
                    format_args!("{path}.scale.minLabel"),
                    id,
                    false,
                    Scope::Before(here),
                );
                self.text(
                    &scale.max_label,
                    format_args!("{path}.scale.maxLabel"),
                    id,
                    false,
                    Scope::Before(here),
                );
            }
            for (position, row) in item.rows.iter().enumerate() {
                self.text(
                    &row.text,
                    format_args!("{path}.rows[{position}].text"),
                    id,
                    true,
                    Scope::Before(here),
                );
            }
            if let Some(sensitive) = &item.sensitive {
                self.text(
                    &sensitive.content_note,
                    format_args!("{path}.sensitive.contentNote"),
                    id,
                    false,
                    Scope::Before(here),
                );
                self.text(
                    &sensitive.why_we_ask,
                    format_args!("{path}.sensitive.whyWeAsk"),
                    id,
                    false,
                    Scope::Before(here),
                );
            }
            if let Some(condition) = &item.show_if {
                self.condition(condition, &format!("{path}.showIf"), id, here);
            }
            if let Some(condition) = &item.required_if {
                self.condition(condition, &format!("{path}.requiredIf"), id, here);
            }
            self.checks(item, &path);
            self.items(&item.items, &path, order, ids);
        }
    }

    fn check_id(
        &mut self,
        id: &'s str,
        path: &str,
        item: Option<&str>,
        seen: &mut HashSet<&'s str>,
    ) {
        if !is_valid_id(id) {
            self.push(
                IssueKind::InvalidId { id: id.to_owned() },
                Self::at(path, item),
            );
        } else if !seen.insert(id) {
            self.push(
                IssueKind::DuplicateId { id: id.to_owned() },
                Self::at(path, item),
            );
        }
    }

    /// Settings present that the item type does not use, and settings the type needs.
    fn settings(&mut self, item: &'s Item, path: &str) {
        let kind = item.kind;
        let id = Some(item.id.as_str());
        let not_applicable = |validator: &mut Self, setting: &str| {
            validator.push(
                IssueKind::SettingNotApplicable {
                    setting: setting.to_owned(),
                    item_type: kind.json_name().to_owned(),
                },
                Self::at(&format!("{path}.{setting}"), id),
            );
        };
        if FULL && !kind.takes_answer() {
            if item.required {
                not_applicable(self, "required");
            }
            if item.required_if.is_some() {
                not_applicable(self, "requiredIf");
            }
            if item.sensitive.is_some() {
                not_applicable(self, "sensitive");
            }
        }
        if FULL && item.choices.is_some() && !kind.uses_choices() {
            not_applicable(self, "choices");
        }
        if FULL && item.appearance.is_some() && kind != ItemKind::SingleChoice {
            not_applicable(self, "appearance");
        }
        if FULL && !item.unit.is_empty() && !matches!(kind, ItemKind::Integer | ItemKind::Decimal) {
            not_applicable(self, "unit");
        }
        if FULL
            && !item.placeholder.is_empty()
            && !matches!(
                kind,
                ItemKind::ShortText | ItemKind::LongText | ItemKind::Integer | ItemKind::Decimal
            )
        {
            not_applicable(self, "placeholder");
        }
        if FULL && item.scale.is_some() && kind != ItemKind::Rating {
            not_applicable(self, "scale");
        }
        if FULL && !item.rows.is_empty() && kind != ItemKind::LikertGrid {
            not_applicable(self, "rows");
        }
        if FULL && !item.items.is_empty() && kind != ItemKind::Section {
            not_applicable(self, "items");
        }
        if kind.uses_choices() {
            match item.choices.as_deref() {
                None => self.push(IssueKind::MissingChoiceList, Self::at(path, id)),
                Some(list) if self.survey.choice_list(list).is_none() => self.push(
                    IssueKind::UnknownChoiceList {
                        id: list.to_owned(),
                    },
                    Self::at(&format!("{path}.choices"), id),
                ),
                Some(_) => {}
            }
        }
        if kind == ItemKind::LikertGrid && item.rows.is_empty() {
            self.push(IssueKind::MissingRows, Self::at(path, id));
        }
    }

    fn checks(&mut self, item: &'s Item, path: &str) {
        let kind = item.kind;
        let id = Some(item.id.as_str());
        for (index, rule) in item.validation.iter().enumerate() {
            let rule_path = format!("{path}.validation[{index}]");
            let check_kind = CheckKind::of(&rule.check);
            let (name, fits) = (check_kind.name(), check_kind.applies(kind));
            if FULL && !fits {
                self.push(
                    IssueKind::CheckNotApplicable {
                        check: name.to_owned(),
                        item_type: kind.json_name().to_owned(),
                    },
                    Self::at(&format!("{rule_path}.check"), id),
                );
            }
            let inverted = match &rule.check {
                Check::Range { min, max } => {
                    let bound_fits = |bound: &Option<Literal>| match bound {
                        None => true,
                        Some(Literal::Number(_)) => kind != ItemKind::Date,
                        Some(Literal::Text(date)) => kind == ItemKind::Date && is_iso_date(date),
                        Some(Literal::Bool(_)) => false,
                    };
                    if FULL && fits && (!bound_fits(min) || !bound_fits(max)) {
                        self.push(
                            IssueKind::ValueMismatch {
                                item_type: kind.json_name().to_owned(),
                            },
                            Self::at(&format!("{rule_path}.check.range"), id),
                        );
                    }
                    match (min, max) {
                        (Some(Literal::Number(min)), Some(Literal::Number(max))) => {
                            min.as_f64() > max.as_f64()
                        }
                        (Some(Literal::Text(min)), Some(Literal::Text(max))) => min > max,
                        _ => false,
                    }
                }
                Check::Length { min, max } | Check::AnswerCount { min, max } => {
                    matches!((min, max), (Some(min), Some(max)) if min > max)
                }
                Check::Pattern { regex } => {
                    if regex.len() > MAX_TEXT_BYTES {
                        self.push(
                            IssueKind::TextTooLong {
                                limit: MAX_TEXT_BYTES,
                            },
                            Self::at(&format!("{rule_path}.check.pattern.regex"), id),
                        );
                    } else if FULL && let Err(error) = regex_lite::Regex::new(regex) {
                        self.push(
                            IssueKind::InvalidPattern {
                                detail: error.to_string(),
                            },
                            Self::at(&format!("{rule_path}.check.pattern.regex"), id),
                        );
                    }
                    false
                }
            };
            if inverted {
                self.push(
                    IssueKind::InvalidRange,
                    Self::at(&format!("{rule_path}.check"), id),
                );
            }
            self.text(
                &rule.message,
                format_args!("{rule_path}.message"),
                id,
                true,
                Scope::Before(usize::MAX),
            );
        }
    }

    fn condition(&mut self, condition: &Condition, path: &str, item: Option<&'s str>, here: usize) {
        for (suffix, comparison) in comparisons(condition) {
            let comparison_path = format!("{path}{suffix}");
            let location = Self::at(&comparison_path, item);
            let Some(target) = self.targets.get(comparison.item.as_str()).copied() else {
                let kind = match self.survey.item(&comparison.item) {
                    // A note or section exists but has no answer to compare.
                    Some(found) => IssueKind::OperatorMismatch {
                        operator: comparison.op.json_name().to_owned(),
                        item_type: found.kind.json_name().to_owned(),
                    },
                    None => IssueKind::UnknownItem {
                        id: comparison.item.clone(),
                    },
                };
                self.push(kind, location);
                continue;
            };
            if let Some(from) = item {
                self.edges
                    .push((from, comparison.item.clone(), comparison_path.clone()));
            }
            if item == Some(comparison.item.as_str()) {
                // Reported by the cycle check.
            } else if target.order >= here {
                self.push(
                    IssueKind::ForwardReference {
                        id: comparison.item.clone(),
                    },
                    location.clone(),
                );
            }
            self.comparison_fits(comparison.op, comparison.value.as_ref(), target, location);
        }
    }

    fn comparison_fits(
        &mut self,
        op: Operator,
        value: Option<&Literal>,
        target: Target<'s>,
        location: Location,
    ) {
        let kind = target.kind;
        let operator_fits = operator_applies(op, kind);
        if !operator_fits {
            self.push(
                IssueKind::OperatorMismatch {
                    operator: op.json_name().to_owned(),
                    item_type: kind.json_name().to_owned(),
                },
                location,
            );
            return;
        }
        let Some(value) = value else {
            if op.takes_value() {
                self.push(IssueKind::MissingValue, location);
            }
            return;
        };
        if !op.takes_value() {
            self.push(IssueKind::UnexpectedValue, location);
            return;
        }
        let value_fits = match value {
            Literal::Bool(_) => matches!(kind, ItemKind::YesNo | ItemKind::Consent),
            Literal::Number(_) => kind.is_numeric(),
            Literal::Text(text) => {
                if kind.uses_choices() {
                    target
                        .choices
                        .and_then(|list| self.survey.choice_list(list))
                        .is_some_and(|list| list.options.iter().any(|o| o.code == *text))
                } else if kind == ItemKind::Date {
                    is_iso_date(text)
                } else {
                    kind.is_text()
                }
            }
        };
        if !value_fits {
            self.push(
                IssueKind::ValueMismatch {
                    item_type: kind.json_name().to_owned(),
                },
                location,
            );
        }
    }

    /// Checks one localized string: languages present, Fluent syntax, variables.
    fn text(
        &mut self,
        text: &LocalizedText,
        // Formatted only for an issue: most texts have none, and a survey has thousands.
        path: std::fmt::Arguments<'_>,
        item: Option<&'s str>,
        required: bool,
        scope: Scope,
    ) {
        if !required && text.is_empty() {
            return;
        }
        let source = self.survey.source_language.as_str();
        for language in self.message_languages.clone() {
            // A message missing in a translation falls back at run time; in the source
            // language there is nothing to show.
            if (FULL || language == source)
                && text
                    .get(language)
                    .is_none_or(|pattern| pattern.trim().is_empty())
            {
                self.push(
                    IssueKind::MissingMessage,
                    Location {
                        path: format!("{path}.{language}"),
                        item: item.map(str::to_owned),
                        language: Some(language.to_owned()),
                        span: None,
                    },
                );
            }
        }
        // The source pattern's answer variables, read once for all its translations (`None`
        // inside when it does not parse: then translations are not compared).
        let mut source_variables: Option<Option<BTreeSet<String>>> = None;
        for (language, pattern) in &text.0 {
            let location = |span| Location {
                path: format!("{path}.{language}"),
                item: item.map(str::to_owned),
                language: Some(language.clone()),
                span,
            };
            if !self.declared_languages.contains(&language.as_str()) {
                self.push(
                    IssueKind::UnknownLanguage {
                        tag: language.clone(),
                    },
                    location(None),
                );
                continue;
            }
            if pattern.trim().is_empty() {
                continue;
            }
            // Too long to show or check: reported, and not parsed.
            if pattern.len() > MAX_TEXT_BYTES {
                self.push(
                    IssueKind::TextTooLong {
                        limit: MAX_TEXT_BYTES,
                    },
                    location(None),
                );
                continue;
            }
            // Plain text (most strings) parses cleanly and uses no variable.
            let variables = match fluent::literal(pattern) {
                Some(_) => Vec::new(),
                None => match fluent::parse_pattern(pattern) {
                    Ok(resource) => fluent::variables(&resource, pattern),
                    Err(problems) => {
                        for problem in problems {
                            let (kind, span) = match problem {
                                PatternProblem::Syntax { span, detail } => {
                                    (IssueKind::FluentSyntax { detail }, span)
                                }
                                PatternProblem::Unsupported { span, detail } => {
                                    (IssueKind::UnsupportedFluent { detail }, span)
                                }
                            };
                            self.push(kind, location(Some(span)));
                        }
                        continue;
                    }
                },
            };
            for (name, span) in variables.iter().cloned() {
                if self.audience_ids.contains(name.as_str()) {
                    continue;
                }
                let target = self.targets.get(name.as_str()).copied();
                let kind = match (target, scope) {
                    (Some(target), Scope::Before(here)) => {
                        if let Some(from) = item {
                            self.edges
                                .push((from, name.clone(), format!("{path}.{language}")));
                        }
                        if item == Some(name.as_str()) || target.order < here {
                            // Self-references are reported by the cycle check.
                            continue;
                        }
                        IssueKind::ForwardReference { id: name }
                    }
                    _ => IssueKind::UnknownVariable { name },
                };
                self.push(kind, location(Some(span)));
            }
            if !FULL || language == source {
                continue;
            }
            let Some(source_pattern) = text.get(source) else {
                continue;
            };
            let survey = self.survey;
            let Some(source_names) = source_variables
                .get_or_insert_with(|| translation::answer_variables(survey, source_pattern))
            else {
                continue;
            };
            let names: BTreeSet<String> = variables
                .iter()
                .map(|(name, _)| name)
                .filter(|name| !survey.audience.iter().any(|variable| variable.id == **name))
                .cloned()
                .collect();
            for name in names.difference(source_names) {
                let span = variables
                    .iter()
                    .find(|(found, _)| found == name)
                    .map(|(_, span)| *span);
                self.push(
                    IssueKind::TranslationAddsVariable { name: name.clone() },
                    location(span),
                );
            }
            for name in source_names.difference(&names) {
                self.push(
                    IssueKind::TranslationDropsVariable { name: name.clone() },
                    location(None),
                );
            }
        }
    }

    fn settings_of_survey(&mut self) {
        if let Some(submission) = &self.survey.settings.submission {
            let endpoint = submission.endpoint.trim();
            if endpoint.len() > MAX_TEXT_BYTES {
                self.push(
                    IssueKind::TextTooLong {
                        limit: MAX_TEXT_BYTES,
                    },
                    Self::at("settings.submission.endpoint", None),
                );
                return;
            }
            let valid = (endpoint.starts_with("https://") || endpoint.starts_with("http://"))
                && !endpoint.chars().any(char::is_whitespace);
            if !valid {
                self.push(
                    IssueKind::InvalidEndpoint {
                        endpoint: submission.endpoint.clone(),
                    },
                    Self::at("settings.submission.endpoint", None),
                );
            }
        }
    }

    /// Items that depend on themselves, directly or through others.
    fn cycles(&mut self) {
        let mut graph: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        let mut first_path: HashMap<&str, &str> = HashMap::new();
        for (from, to, path) in &self.edges {
            graph.entry(from).or_default().insert(to.as_str());
            first_path.entry(from).or_insert(path.as_str());
        }
        let mut reported: HashSet<Vec<String>> = HashSet::new();
        let mut found = Vec::new();
        let mut nodes: Vec<&str> = graph.keys().copied().collect();
        nodes.sort_unstable();
        for start in nodes {
            // Everything reachable from `start`; if `start` is among it, the component is a cycle.
            let mut seen: BTreeSet<&str> = BTreeSet::new();
            let mut stack: Vec<&str> = graph.get(start).into_iter().flatten().copied().collect();
            while let Some(node) = stack.pop() {
                if seen.insert(node) {
                    stack.extend(graph.get(node).into_iter().flatten().copied());
                }
            }
            if !seen.contains(start) {
                continue;
            }
            // In name order already: `seen` is ordered.
            let members: Vec<String> = seen
                .iter()
                .filter(|node| reaches(&graph, node, start))
                .map(|node| (*node).to_owned())
                .collect();
            if reported.insert(members.clone()) {
                let path = first_path
                    .get(members[0].as_str())
                    .copied()
                    .unwrap_or("pages");
                found.push((members, path.to_owned()));
            }
        }
        for (members, path) in found {
            let item = members.first().cloned();
            self.push(
                IssueKind::DependencyCycle { ids: members },
                Location {
                    path,
                    item,
                    ..Location::default()
                },
            );
        }
    }
}

fn reaches(graph: &HashMap<&str, BTreeSet<&str>>, from: &str, to: &str) -> bool {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut stack = vec![from];
    while let Some(node) = stack.pop() {
        if node == to {
            return true;
        }
        if seen.insert(node) {
            stack.extend(graph.get(node).into_iter().flatten().copied());
        }
    }
    false
}

/// Whether a tag is a well-formed BCP-47 language tag, as unic-langid reads them.
fn is_valid_language_tag(tag: &str) -> bool {
    !tag.contains('_')
        && tag
            .parse::<unic_langid::LanguageIdentifier>()
            .is_ok_and(|langid| langid.language.as_str() != "und")
}

/// Whether a text is a calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> { text.get(range)?.parse().ok() };
    match (digits(0..4), digits(5..7), digits(8..10)) {
        (Some(year), Some(month), Some(day)) => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let days = match month {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&day)
        }
        _ => false,
    }
}
