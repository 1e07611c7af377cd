//! SurveyJS form JSON (survey-core 2.x), in and out.
//!
//! What maps to what (coform → SurveyJS, and back):
//!
//! | coform | SurveyJS |
//! | --- | --- |
//! | title, description | `title`, `description` |
//! | source language | the `default` entry of every localisable string; when it is not English, also its own tag's entry and the survey `locale` (see below) |
//! | presentation `question` | `questionsOnPageMode: "questionPerPage"` |
//! | page | page `{name, title, visibleIf, elements}` |
//! | section | `panel` `{name, title, description, visibleIf, elements}` |
//! | note | `html`, its text HTML-escaped (see below) |
//! | shortText, longText | `text`, `comment` (`placeholder`) |
//! | integer, decimal, date | `text` with `inputType` `number` (+ `step: 1` for integers) or `date` |
//! | singleChoice | `radiogroup`, or `dropdown` for the drop-down appearance |
//! | multipleChoice | `checkbox`; exclusive options as choices with `isExclusive` |
//! | yesNo | `boolean` |
//! | consent | `boolean` with `renderAs: "checkbox"` |
//! | rating | `rating` `{rateMin, rateMax, minRateDescription, maxRateDescription}` |
//! | likertGrid | `matrix` (columns = the choice list, rows = the grid rows) |
//! | ranking | `ranking` |
//! | hint | `description` |
//! | options | `choices: [{value: code, text}]` (inline: SurveyJS has no shared lists; the reader shares identical ones again) |
//! | show-if, required-if | `visibleIf`, `requiredIf` expressions |
//! | range, length, pattern, answer count | `numeric`, `text`, `regex`, `answercount` validators with their message as `text`; a date range as the question's `min`/`max` with `minErrorText`/`maxErrorText` |
//! | a literal `{` in plain text | `{` and an invisible word joiner (U+2060), so SurveyJS pipes nothing into it; read back as `{` |
//! | piping `{ $name }` | `{name}`; a Likert grid row's answer `{grid.row}`; an audience variable outside a select, which SurveyJS has no value for, `[name]` (a [`LossKind::Piping`] loss) |
//!
//! Languages: a localisable string is `{"default": …, "es": …}` with coform's tags as the
//! SurveyJS locale codes. SurveyJS takes `default` to be its default locale, English unless
//! the application changes it, so for a survey whose source language is not English the
//! source text is written both as `default` (what every locale falls back to) and under its
//! own tag, and the survey's `locale` names the source language so SurveyJS starts in it; the
//! reader takes `locale` as the source language (English when absent).
//!
//! Notes are `html` questions because SurveyJS has no plain static-text element. survey-core
//! neither sanitises `html` nor encodes answers piped into it, so untrusted text must never
//! become markup: every `<`, `>`, `&`, quote and brace is written as a character reference
//! (braces too, so SurveyJS finds no `{name}` to pipe raw answers into), line breaks as
//! `<br>`, and answers piped into a note are left out (a [`LossKind::Piping`] loss). Every
//! other string is plain text, which SurveyJS renders as text.
//!
//! SurveyJS has no place for terminology codes, option systems and scores (a custom property
//! would need `Serializer.addProperty` in every application that loads the file, and
//! survey-core reports it as an unknown property otherwise), nor for units, sensitive-question
//! handling, fallbacks or the co-design record: each is a [`Loss`]. The survey's id, version
//! and status have no place either; the reader makes an id from the title.
//!
//! The reader takes real SurveyJS JSON: `pages`, or `elements` (or the older `questions`)
//! without pages; strings or locale maps; the question types above (others as the nearest
//! coform type, or skipped); the expressions coform can hold (comparisons, `contains`,
//! `anyof`, `allof`, `noneof`, `empty`, `notempty`, `and`, `or`, `!`, parentheses). What it
//! does not read is a [`Notice`] with the JSON path where it is.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Number;

use crate::core::interop::text;
use crate::core::interop::{
    Exported, Imported, Loss, LossKind, Notice, NoticeKind, ReadError, common_losses, dedup,
};
use crate::core::language::{canonical_tag, usual_direction};
use crate::core::model::{
    Appearance, Check, ChoiceList, ChoiceOption, Comparison, Condition, FORMAT_VERSION, GridRow,
    Item, ItemKind, Language, Literal, LocalizedText, Metadata, Operator, Page, Presentation,
    RatingScale, Settings, Status, Survey, ValidationRule,
};
use crate::core::validate::{is_valid_code, is_valid_id};

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/// Writes the survey as SurveyJS JSON, with what SurveyJS cannot carry.
pub fn export(survey: &Survey) -> Exported {
    let mut writer = Writer::new(survey);
    let json = writer.survey();
    writer.list_losses();
    let mut losses = common_losses(survey);
    losses.extend(dedup(writer.losses));
    let mut bytes = crate::core::json::to_pretty(&json, 1 << 20);
    bytes.push(b'\n');
    Exported { bytes, losses }
}

/// How a string is written: plain text with `{name}` piping, or escaped HTML without piping.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Plain,
    Html,
}

/// What an item or grid row is, for writing conditions on it.
#[derive(Clone, Copy)]
struct Target<'s> {
    kind: ItemKind,
    /// The grid a row belongs to.
    grid: Option<&'s str>,
}

struct Writer<'s> {
    survey: &'s Survey,
    losses: Vec<Loss>,
    targets: HashMap<&'s str, Target<'s>>,
}

impl<'s> Writer<'s> {
    fn new(survey: &'s Survey) -> Self {
        let mut targets = HashMap::new();
        for item in survey.items() {
            targets.insert(
                item.id.as_str(),
                Target {
                    kind: item.kind,
                    grid: None,
                },
            );
            for row in &item.rows {
                targets.insert(
                    row.id.as_str(),
                    Target {
                        kind: ItemKind::SingleChoice,
                        grid: Some(item.id.as_str()),
                    },
                );
            }
        }
        Writer {
            survey,
            losses: Vec::new(),
            targets,
        }
    }

    fn lose(&mut self, path: impl Into<String>, kind: LossKind) {
        self.losses.push(Loss {
            path: path.into(),
            kind,
        });
    }

    fn survey(&mut self) -> Json {
        let survey = self.survey;
        let mut root = Obj::default();
        root.opt(
            "title",
            self.text(&survey.metadata.title, "metadata.title", Mode::Plain),
        );
        root.opt(
            "description",
            self.text(
                &survey.metadata.description,
                "metadata.description",
                Mode::Plain,
            ),
        );
        if survey.source_language != "en" {
            root.str("locale", &survey.source_language);
        }
        if survey.settings.presentation == Presentation::Question {
            root.str("questionsOnPageMode", "questionPerPage");
        }
        if !survey.metadata.codes.is_empty() {
            self.lose("metadata.codes", LossKind::Codes);
        }
        if survey.settings.submission.is_some() {
            self.lose(
                "settings.submission",
                LossKind::Setting {
                    setting: "submission".into(),
                },
            );
        }
        if !survey.settings.require_approved.is_empty() {
            self.lose(
                "settings.requireApproved",
                LossKind::Setting {
                    setting: "requireApproved".into(),
                },
            );
        }
        if !survey.settings.require_sign_off.is_empty() {
            self.lose(
                "settings.requireSignOff",
                LossKind::Setting {
                    setting: "requireSignOff".into(),
                },
            );
        }
        let mut pages = Vec::new();
        for (index, page) in survey.pages.iter().enumerate() {
            let path = format!("pages[{index}]");
            let mut out = Obj::default();
            out.str("name", &page.id);
            out.opt(
                "title",
                self.text(&page.title, &format!("{path}.title"), Mode::Plain),
            );
            if let Some(condition) = &page.show_if {
                out.opt(
                    "visibleIf",
                    self.condition(condition, &format!("{path}.showIf")),
                );
            }
            out.put("elements", self.elements(&page.items, &path));
            pages.push(out.done());
        }
        root.put("pages", Json::Array(pages));
        root.done()
    }

    fn elements(&mut self, items: &[Item], path: &str) -> Json {
        Json::Array(
            items
                .iter()
                .enumerate()
                .map(|(index, item)| self.element(item, &format!("{path}.items[{index}]")))
                .collect(),
        )
    }

    fn element(&mut self, item: &Item, path: &str) -> Json {
        let mut out = Obj::default();
        let kind = item.kind;
        let type_name = match kind {
            ItemKind::Note => "html",
            ItemKind::ShortText | ItemKind::Integer | ItemKind::Decimal | ItemKind::Date => "text",
            ItemKind::LongText => "comment",
            ItemKind::SingleChoice if item.appearance == Some(Appearance::Dropdown) => "dropdown",
            ItemKind::SingleChoice => "radiogroup",
            ItemKind::MultipleChoice => "checkbox",
            ItemKind::YesNo | ItemKind::Consent => "boolean",
            ItemKind::Rating => "rating",
            ItemKind::LikertGrid => "matrix",
            ItemKind::Ranking => "ranking",
            ItemKind::Section => "panel",
        };
        out.str("type", type_name);
        out.str("name", &item.id);
        let text_path = format!("{path}.text");
        if kind == ItemKind::Note {
            out.opt("html", self.text(&item.text, &text_path, Mode::Html));
            if !item.hint.is_empty() {
                self.lose(format!("{path}.hint"), field("hint"));
            }
        } else {
            out.opt("title", self.text(&item.text, &text_path, Mode::Plain));
            out.opt(
                "description",
                self.text(&item.hint, &format!("{path}.hint"), Mode::Plain),
            );
        }
        match kind {
            ItemKind::Integer => {
                out.str("inputType", "number");
                out.put("step", Json::Number(1.into()));
            }
            ItemKind::Decimal => out.str("inputType", "number"),
            ItemKind::Date => out.str("inputType", "date"),
            ItemKind::Consent => out.str("renderAs", "checkbox"),
            _ => {}
        }
        let has_placeholder = matches!(type_name, "text" | "comment" | "dropdown");
        if has_placeholder {
            out.opt(
                "placeholder",
                self.text(
                    &item.placeholder,
                    &format!("{path}.placeholder"),
                    Mode::Plain,
                ),
            );
        } else if !item.placeholder.is_empty() {
            self.lose(format!("{path}.placeholder"), field("placeholder"));
        }
        if !item.unit.is_empty() {
            self.lose(format!("{path}.unit"), field("unit"));
        }
        match kind {
            ItemKind::SingleChoice | ItemKind::MultipleChoice | ItemKind::Ranking => {
                let exclusive = kind == ItemKind::MultipleChoice;
                out.opt("choices", self.choices(item.choices.as_deref(), exclusive));
            }
            ItemKind::LikertGrid => {
                out.opt("columns", self.choices(item.choices.as_deref(), false));
                let rows = item
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(index, row)| {
                        let mut out = Obj::default();
                        out.str("value", &row.id);
                        out.opt(
                            "text",
                            self.text(
                                &row.text,
                                &format!("{path}.rows[{index}].text"),
                                Mode::Plain,
                            ),
                        );
                        out.done()
                    })
                    .collect();
                out.put("rows", Json::Array(rows));
            }
            ItemKind::Rating => {
                if let Some(scale) = &item.scale {
                    out.put("rateMin", Json::Number(scale.min.into()));
                    out.put("rateMax", Json::Number(scale.max.into()));
                    out.opt(
                        "minRateDescription",
                        self.text(
                            &scale.min_label,
                            &format!("{path}.scale.minLabel"),
                            Mode::Plain,
                        ),
                    );
                    out.opt(
                        "maxRateDescription",
                        self.text(
                            &scale.max_label,
                            &format!("{path}.scale.maxLabel"),
                            Mode::Plain,
                        ),
                    );
                }
            }
            _ => {}
        }
        if item.required {
            out.put("isRequired", Json::Bool(true));
        }
        if let Some(condition) = &item.required_if {
            out.opt(
                "requiredIf",
                self.condition(condition, &format!("{path}.requiredIf")),
            );
        }
        if let Some(condition) = &item.show_if {
            out.opt(
                "visibleIf",
                self.condition(condition, &format!("{path}.showIf")),
            );
        }
        self.validation(item, path, &mut out);
        if item.sensitive.is_some() {
            self.lose(format!("{path}.sensitive"), LossKind::Sensitive);
        }
        if !item.codes.is_empty() {
            self.lose(format!("{path}.codes"), LossKind::Codes);
        }
        if kind == ItemKind::Section {
            out.put("elements", self.elements(&item.items, path));
        }
        out.done()
    }

    fn choices(&mut self, list: Option<&str>, exclusive: bool) -> Option<Json> {
        let survey = self.survey;
        let (index, list) = survey
            .choice_lists
            .iter()
            .enumerate()
            .find(|(_, candidate)| Some(candidate.id.as_str()) == list)?;
        let choices = list
            .options
            .iter()
            .enumerate()
            .map(|(position, option)| {
                let mut out = Obj::default();
                out.str("value", &option.code);
                out.opt(
                    "text",
                    self.text(
                        &option.label,
                        &format!("choiceLists[{index}].options[{position}].label"),
                        Mode::Plain,
                    ),
                );
                if exclusive && option.exclusive {
                    out.put("isExclusive", Json::Bool(true));
                }
                out.done()
            })
            .collect();
        Some(Json::Array(choices))
    }

    /// Losses of the choice lists themselves: codes' systems, scores, and exclusivity that no
    /// multiple choice carries.
    fn list_losses(&mut self) {
        self.losses
            .extend(crate::core::interop::option_losses(self.survey));
    }

    fn validation(&mut self, item: &Item, path: &str, out: &mut Obj) {
        let mut validators = Vec::new();
        let mut date_range = false;
        for (index, rule) in item.validation.iter().enumerate() {
            let rule_path = format!("{path}.validation[{index}]");
            let message = self.text(&rule.message, &format!("{rule_path}.message"), Mode::Plain);
            let mut validator = Obj::default();
            match &rule.check {
                Check::Range { min, max } if item.kind.is_numeric() => {
                    let number = |value: &Option<Literal>| match value {
                        Some(Literal::Number(number)) => Ok(Some(number.clone())),
                        None => Ok(None),
                        Some(_) => Err(()),
                    };
                    let (Ok(min), Ok(max)) = (number(min), number(max)) else {
                        self.lose(rule_path, check_loss(&rule.check));
                        continue;
                    };
                    validator.str("type", "numeric");
                    validator.opt("minValue", min.map(Json::Number));
                    validator.opt("maxValue", max.map(Json::Number));
                }
                Check::Range { min, max } if item.kind == ItemKind::Date && !date_range => {
                    let date = |value: &Option<Literal>| match value {
                        Some(Literal::Text(date)) => Ok(Some(date.clone())),
                        None => Ok(None),
                        Some(_) => Err(()),
                    };
                    let (Ok(min), Ok(max)) = (date(min), date(max)) else {
                        self.lose(rule_path, check_loss(&rule.check));
                        continue;
                    };
                    // survey-core checks a date question's own min and max, each with its
                    // message; there is no date validator.
                    date_range = true;
                    if let Some(min) = min {
                        out.str("min", &min);
                        out.opt("minErrorText", message.clone());
                    }
                    if let Some(max) = max {
                        out.str("max", &max);
                        out.opt("maxErrorText", message.clone());
                    }
                    continue;
                }
                Check::Length { min, max } if item.kind.is_text() => {
                    validator.str("type", "text");
                    validator.opt("minLength", min.map(|n| Json::Number(n.into())));
                    validator.opt("maxLength", max.map(|n| Json::Number(n.into())));
                }
                Check::Pattern { regex } if item.kind.is_text() => {
                    validator.str("type", "regex");
                    validator.str("regex", &text::anchored(regex));
                }
                Check::AnswerCount { min, max }
                    if matches!(item.kind, ItemKind::MultipleChoice | ItemKind::Ranking) =>
                {
                    validator.str("type", "answercount");
                    validator.opt("minCount", min.map(|n| Json::Number(n.into())));
                    validator.opt("maxCount", max.map(|n| Json::Number(n.into())));
                }
                check => {
                    self.lose(rule_path, check_loss(check));
                    continue;
                }
            }
            validator.opt("text", message);
            validators.push(validator.done());
        }
        if !validators.is_empty() {
            out.put("validators", Json::Array(validators));
        }
    }

    /// A localisable string: `default` for the source language, the tag for the others.
    fn text(&mut self, text: &LocalizedText, path: &str, mode: Mode) -> Option<Json> {
        let survey = self.survey;
        let mut out = Obj::default();
        for language in &survey.languages {
            let tag = language.tag.as_str();
            let Some(pattern) = text.get(tag).filter(|pattern| !pattern.is_empty()) else {
                continue;
            };
            let written = match mode {
                Mode::Plain => self.piped(pattern),
                Mode::Html => text::plain(pattern, None),
            };
            if written.flattened {
                self.lose(
                    format!("{path}.{tag}"),
                    LossKind::Variants {
                        language: tag.into(),
                    },
                );
            }
            if written.unpiped {
                self.lose(
                    format!("{path}.{tag}"),
                    LossKind::Piping {
                        language: tag.into(),
                    },
                );
            }
            let value = match mode {
                Mode::Plain => written.text,
                Mode::Html => html_escape(&written.text),
            };
            if tag == survey.source_language {
                out.str("default", &value);
                if tag != "en" {
                    out.str(tag, &value);
                }
            } else {
                out.str(tag, &value);
            }
        }
        (!out.0.is_empty()).then(|| out.done())
    }

    /// A pattern as SurveyJS text: a question's answer piped as `{name}`, a Likert grid row's
    /// as `{grid.row}` (a matrix's value is an object by row), and any other variable (an
    /// audience variable outside a select, which SurveyJS has no value for) as `[name]`,
    /// marked unpiped.
    fn piped(&self, pattern: &str) -> text::Plain {
        const OPEN: &str = "\u{e000}";
        const CLOSE: &str = "\u{e001}";
        let mut written = text::plain(pattern, Some((OPEN, CLOSE)));
        if !written.text.contains(OPEN) && !written.text.contains('{') {
            return written;
        }
        let mut out = String::with_capacity(written.text.len());
        let mut rest = written.text.as_str();
        while let Some(start) = rest.find(OPEN) {
            out.push_str(&literal_braces(&rest[..start]));
            let after = &rest[start + OPEN.len()..];
            let (name, tail) = after.split_once(CLOSE).unwrap_or((after, ""));
            match self.targets.get(name) {
                Some(Target {
                    grid: Some(grid), ..
                }) => out.push_str(&format!("{{{grid}.{name}}}")),
                Some(_) => out.push_str(&format!("{{{name}}}")),
                None => {
                    written.unpiped = true;
                    out.push_str(&format!("[{name}]"));
                }
            }
            rest = tail;
        }
        out.push_str(&literal_braces(rest));
        written.text = out;
        written
    }

    /// A condition as a SurveyJS expression, or a loss when it cannot be one.
    fn condition(&mut self, condition: &Condition, path: &str) -> Option<Json> {
        match self.expression(condition) {
            Some(expression) => Some(Json::String(expression)),
            None => {
                self.lose(path, LossKind::Condition);
                None
            }
        }
    }

    fn expression(&self, condition: &Condition) -> Option<String> {
        let group = |conditions: &[Condition], joiner: &str| -> Option<String> {
            let parts = conditions
                .iter()
                .map(|c| {
                    let written = self.expression(c)?;
                    Some(match c {
                        Condition::All(inner) | Condition::Any(inner) if inner.len() > 1 => {
                            format!("({written})")
                        }
                        _ => written,
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some(parts.join(joiner))
        };
        match condition {
            Condition::All(conditions) if conditions.is_empty() => Some("true".into()),
            Condition::Any(conditions) if conditions.is_empty() => Some("false".into()),
            Condition::All(conditions) => group(conditions, " and "),
            Condition::Any(conditions) => group(conditions, " or "),
            Condition::Not(inner) => Some(format!("!({})", self.expression(inner)?)),
            Condition::Compare(comparison) => self.comparison(comparison),
        }
    }

    fn comparison(&self, comparison: &Comparison) -> Option<String> {
        let target = self.targets.get(comparison.item.as_str()).copied()?;
        let name = match target.grid {
            Some(grid) => format!("{{{grid}.{}}}", comparison.item),
            None => format!("{{{}}}", comparison.item),
        };
        let multiple = matches!(target.kind, ItemKind::MultipleChoice | ItemKind::Ranking);
        let value = comparison.value.as_ref();
        let literal = || value.map(surveyjs_literal);
        let answer = || {
            if multiple {
                value.map(|v| format!("[{}]", surveyjs_literal(v)))
            } else {
                literal()
            }
        };
        Some(match comparison.op {
            Operator::Answered => format!("{name} notempty"),
            Operator::NotAnswered => format!("{name} empty"),
            Operator::Equals => format!("{name} = {}", answer()?),
            // SurveyJS's `!=` holds for an unanswered question; coform's does not.
            Operator::NotEquals => format!("({name} notempty and {name} != {})", answer()?),
            Operator::LessThan => format!("{name} < {}", literal()?),
            Operator::LessOrEqual => format!("{name} <= {}", literal()?),
            Operator::GreaterThan => format!("{name} > {}", literal()?),
            Operator::GreaterOrEqual => format!("{name} >= {}", literal()?),
            // `contains` on a text answer matches part of it, so a single choice is compared.
            Operator::Includes if multiple => format!("{name} contains {}", literal()?),
            Operator::Includes => format!("{name} = {}", literal()?),
        })
    }
}

fn field(name: &str) -> LossKind {
    LossKind::Text { field: name.into() }
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

fn surveyjs_literal(literal: &Literal) -> String {
    match literal {
        Literal::Bool(value) => value.to_string(),
        Literal::Number(number) => number.to_string(),
        Literal::Text(text) => format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'")),
    }
}

/// An invisible word joiner written after a literal `{` in plain text: SurveyJS has no escape
/// for braces and replaces `{name}` by the answer to `name` wherever it is, so literal text
/// `{name}` is written `{\u{2060}name}`, which shows the same and names no question, and is
/// read back as `{name}`.
const BRACE: &str = "{\u{2060}";

/// Literal plain text with every brace written as [`BRACE`].
fn literal_braces(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('{') {
        std::borrow::Cow::Owned(text.replace('{', BRACE))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Text as HTML that shows it literally: markup characters, quotes and braces as character
/// references, line breaks as `<br>`, and the piping sentinels left as they are.
pub(crate) fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            '[' => out.push_str("&#91;"),
            ']' => out.push_str("&#93;"),
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// HTML as the text it shows: `<br>` as line breaks, other tags left out (`true` in the
/// second place when there were any), character references decoded. Characters decoded from
/// references that a target would read as piping are given as `literal` wants them.
pub(crate) fn html_text(
    html: &str,
    literal: &dyn Fn(char) -> Option<&'static str>,
) -> (String, bool) {
    let mut out = String::with_capacity(html.len());
    let mut markup = false;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let tag = rest[1..end]
                .trim()
                .trim_end_matches('/')
                .trim()
                .to_ascii_lowercase();
            if tag == "br" {
                out.push('\n');
            } else {
                markup = true;
            }
            rest = &rest[end + 1..];
            continue;
        }
        if c == '&'
            && let Some((decoded, length)) = entity(rest)
        {
            match literal(decoded) {
                Some(stand_in) => out.push_str(stand_in),
                None => out.push(decoded),
            }
            rest = &rest[length..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    (out, markup)
}

/// The character a reference at the start of `text` stands for, and the reference's length.
fn entity(text: &str) -> Option<(char, usize)> {
    let end = text.find(';').filter(|end| *end <= 10)?;
    let name = &text[1..end];
    let decoded = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(value)?
        }
    };
    Some((decoded, end + 1))
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/// Reads SurveyJS JSON as a survey, with notices for what coform does not read.
pub fn import(text: &str) -> Result<Imported, ReadError> {
    let json: Json = serde_json::from_str(text).map_err(|error| ReadError::Syntax {
        location: format!("line {}, column {}", error.line(), error.column()),
        detail: strip_position(&error.to_string()),
    })?;
    let Json::Object(root) = &json else {
        return Err(invalid("", "a SurveyJS survey is a JSON object"));
    };
    let mut reader = Reader::default();
    let source = match get(root, "locale") {
        Some(Json::String(locale)) if !locale.is_empty() => reader.tag(locale, "locale"),
        _ => "en".to_owned(),
    };
    reader.source = source.clone();
    reader.languages.push(source.clone());
    // The pages, or the elements of a survey without pages (as one page).
    let pages: Vec<(String, Option<&Obj>, &[Json])> = match (get(root, "pages"), elements_of(root))
    {
        (Some(Json::Array(pages)), _) => {
            let mut out = Vec::new();
            for (index, page) in pages.iter().enumerate() {
                let location = format!("pages[{index}]");
                let Json::Object(page) = page else {
                    return Err(invalid(&location, "a page is a JSON object"));
                };
                let elements = match elements_of(page) {
                    Some((_, Json::Array(elements))) => elements.as_slice(),
                    Some((name, _)) => {
                        return Err(invalid(
                            &format!("{location}.{name}"),
                            "elements are an array",
                        ));
                    }
                    None => &[],
                };
                out.push((location, Some(page), elements));
            }
            out
        }
        (Some(_), _) => return Err(invalid("pages", "pages are an array")),
        (None, Some((_, Json::Array(elements)))) => {
            vec![(String::new(), None, elements.as_slice())]
        }
        (None, Some((name, _))) => return Err(invalid(name, "elements are an array")),
        (None, None) => return Err(invalid("", "a SurveyJS survey has pages or elements")),
    };
    // First every question's name, type and codes, so that conditions and piping can refer
    // to questions further on.
    for (location, _, elements) in &pages {
        reader.scan(elements, &join(location, "elements"))?;
    }
    reader.answers = reader
        .known
        .values()
        .filter(|known| known.kind.takes_answer())
        .flat_map(|known| {
            std::iter::once(known.id.clone()).chain(known.rows.iter().map(|(_, id)| id.clone()))
        })
        .collect();
    for (name, value) in &root.0 {
        match name.as_str() {
            "title" | "description" | "locale" | "pages" => {}
            "elements" | "questions" if get(root, "pages").is_none() => {}
            "questionsOnPageMode" if matches!(value, Json::String(mode) if mode == "questionPerPage" || mode == "standard") =>
                {}
            _ => reader.ignore(name, name),
        }
    }
    let title = reader.text(get(root, "title"), "title", Mode::Plain);
    let description = reader.text(get(root, "description"), "description", Mode::Plain);
    let mut survey_pages = Vec::new();
    let mut page_ids = HashSet::new();
    for (index, (location, page, elements)) in pages.iter().enumerate() {
        let name = page.and_then(|page| match get(page, "name") {
            Some(Json::String(name)) => Some(name.as_str()),
            _ => None,
        });
        let wanted = name.map_or_else(|| format!("page_{}", index + 1), sanitize_id);
        let id = unique(&wanted, &page_ids);
        page_ids.insert(id.clone());
        if let Some(name) = name.filter(|name| *name != id) {
            reader.notice(
                &join(location, "name"),
                NoticeKind::Renamed {
                    from: name.into(),
                    to: id.clone(),
                },
            );
        }
        let mut out = Page {
            id,
            title: LocalizedText::default(),
            show_if: None,
            items: Vec::new(),
        };
        if let Some(page) = page {
            out.title = reader.text(get(page, "title"), &join(location, "title"), Mode::Plain);
            out.show_if = reader.expression(get(page, "visibleIf"), &join(location, "visibleIf"));
            for (name, _) in &page.0 {
                if !matches!(
                    name.as_str(),
                    "name" | "title" | "visibleIf" | "elements" | "questions"
                ) {
                    reader.ignore(&join(location, name), name);
                }
            }
        }
        out.items = reader.items(elements, &join(location, "elements"));
        survey_pages.push(out);
    }
    let source_title = title.get(&source).map(str::to_owned).unwrap_or_default();
    let mut survey = Survey::blank(&slug(&source_title), &source, usual_direction(&source));
    survey.format_version = FORMAT_VERSION;
    survey.metadata = Metadata {
        id: survey.metadata.id.clone(),
        title,
        description,
        version: "0.1.0".into(),
        status: Status::Draft,
        content_hash: None,
        codes: Vec::new(),
    };
    survey.languages = reader
        .languages
        .iter()
        .map(|tag| Language {
            tag: tag.clone(),
            direction: usual_direction(tag),
            fallback: Vec::new(),
        })
        .collect();
    survey.choice_lists = std::mem::take(&mut reader.lists);
    survey.pages = survey_pages;
    if matches!(get(root, "questionsOnPageMode"), Some(Json::String(mode)) if mode == "questionPerPage")
    {
        survey.settings = Settings {
            presentation: Presentation::Question,
            ..Settings::default()
        };
    }
    Ok(Imported {
        survey,
        notices: reader.notices,
    })
}

/// What the first pass learns about a question.
#[derive(Debug, Clone)]
struct Known {
    /// Its coform id.
    id: String,
    /// Its coform type.
    kind: ItemKind,
    /// Its choice values as written and the codes they became.
    codes: Vec<(String, String)>,
    /// A matrix's rows as written and the ids they became.
    rows: Vec<(String, String)>,
}

#[derive(Default)]
struct Reader {
    source: String,
    languages: Vec<String>,
    notices: Vec<Notice>,
    /// Language keys already read, as written, with the tag each became.
    tags: HashMap<String, String>,
    /// By element location.
    known: HashMap<String, Known>,
    /// Question names as written, to their element location.
    names: HashMap<String, String>,
    /// Every id given out (items, grid rows).
    ids: HashSet<String>,
    lists: Vec<ChoiceList>,
    /// The ids piping may name (questions that take an answer, matrix rows), once the first
    /// pass is done.
    answers: HashSet<String>,
}

fn join(location: &str, name: &str) -> String {
    if location.is_empty() {
        name.to_owned()
    } else {
        format!("{location}.{name}")
    }
}

fn invalid(location: &str, detail: &str) -> ReadError {
    ReadError::Invalid {
        location: location.to_owned(),
        detail: detail.to_owned(),
    }
}

fn get<'j>(object: &'j Obj, name: &str) -> Option<&'j Json> {
    object
        .0
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// A container's elements (`elements`, or the older `questions`) with the name it used.
fn elements_of(object: &Obj) -> Option<(&'static str, &Json)> {
    get(object, "elements")
        .map(|elements| ("elements", elements))
        .or_else(|| get(object, "questions").map(|elements| ("questions", elements)))
}

fn type_of(element: &Obj) -> &str {
    match get(element, "type") {
        Some(Json::String(kind)) => kind.as_str(),
        _ => "",
    }
}

/// The coform type a SurveyJS element becomes, and whether that is only the nearest one.
fn kind_of(element: &Obj) -> Option<(ItemKind, bool)> {
    let input = match get(element, "inputType") {
        Some(Json::String(input)) => input.as_str(),
        _ => "text",
    };
    let step_one =
        matches!(get(element, "step"), Some(Json::Number(step)) if step.as_f64() == Some(1.0));
    Some(match type_of(element) {
        "text" => match input {
            "text" => (ItemKind::ShortText, false),
            "number" if step_one => (ItemKind::Integer, false),
            "number" => (ItemKind::Decimal, false),
            "date" => (ItemKind::Date, false),
            _ => (ItemKind::ShortText, true),
        },
        "comment" => (ItemKind::LongText, false),
        "radiogroup" | "dropdown" => (ItemKind::SingleChoice, false),
        "checkbox" => (ItemKind::MultipleChoice, false),
        "tagbox" => (ItemKind::MultipleChoice, true),
        "boolean" => match get(element, "renderAs") {
            Some(Json::String(render)) if render == "checkbox" => (ItemKind::Consent, false),
            _ => (ItemKind::YesNo, false),
        },
        "rating" => (ItemKind::Rating, false),
        "matrix" => (ItemKind::LikertGrid, false),
        "ranking" => (ItemKind::Ranking, false),
        "html" => (ItemKind::Note, false),
        "panel" => (ItemKind::Section, false),
        _ => return None,
    })
}

/// The properties the reader takes for an element of this SurveyJS type.
fn read_properties(element: &Obj) -> &'static [&'static str] {
    const QUESTION: &[&str] = &[
        "type",
        "name",
        "title",
        "description",
        "isRequired",
        "requiredIf",
        "visibleIf",
        "validators",
    ];
    match type_of(element) {
        "text" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "inputType",
            "step",
            "placeholder",
            "min",
            "max",
            "minErrorText",
            "maxErrorText",
        ],
        "comment" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "placeholder",
        ],
        "radiogroup" | "ranking" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "choices",
        ],
        "dropdown" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "choices",
            "placeholder",
        ],
        "checkbox" | "tagbox" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "choices",
            "showNoneItem",
            "noneText",
        ],
        "boolean" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "renderAs",
        ],
        "rating" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "rateMin",
            "rateMax",
            "minRateDescription",
            "maxRateDescription",
        ],
        "matrix" => &[
            "type",
            "name",
            "title",
            "description",
            "isRequired",
            "requiredIf",
            "visibleIf",
            "validators",
            "columns",
            "rows",
        ],
        "html" => &["type", "name", "html", "visibleIf"],
        "panel" => &[
            "type",
            "name",
            "title",
            "description",
            "visibleIf",
            "elements",
            "questions",
        ],
        _ => QUESTION,
    }
}

/// A value written in SurveyJS (a choice value, a row value) as text.
fn value_text(value: &Json) -> Option<String> {
    match value {
        Json::String(text) => Some(text.clone()),
        Json::Number(number) => Some(number.to_string()),
        Json::Bool(value) => Some(value.to_string()),
        _ => None,
    }
}

/// A choice or row as written: its value and its text (absent when it is a bare value).
fn item_value(value: &Json) -> Option<(String, Option<&Json>, Option<&Obj>)> {
    match value {
        Json::Object(object) => {
            let text = get(object, "value").and_then(value_text)?;
            Some((text, get(object, "text"), Some(object)))
        }
        other => Some((value_text(other)?, None, None)),
    }
}

/// A name as a coform id: letters, digits and `_`, starting with a letter.
pub(crate) fn sanitize_id(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.insert_str(0, "q_");
    }
    out.truncate(60);
    out
}

/// A value as a coform choice code: letters, digits, `-` and `_`.
fn sanitize_code(value: &str) -> String {
    let out: String = value
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    if out.is_empty() { "option".into() } else { out }
}

/// `wanted`, or `wanted_2`, `wanted_3`… whichever is not yet taken.
pub(crate) fn unique(wanted: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted}_{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| wanted.to_owned())
}

/// A survey id from a title: lowercase ASCII letters and digits joined by `-`.
pub(crate) fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "imported".into()
    } else {
        out
    }
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

impl Reader {
    fn notice(&mut self, location: &str, kind: NoticeKind) {
        self.notices.push(Notice {
            location: location.to_owned(),
            kind,
        });
    }

    fn ignore(&mut self, location: &str, name: &str) {
        self.notice(location, NoticeKind::Ignored { name: name.into() });
    }

    /// A locale code as a language tag, with a notice the first time one is not a tag as
    /// written.
    fn tag(&mut self, key: &str, location: &str) -> String {
        if let Some(tag) = self.tags.get(key) {
            return tag.clone();
        }
        let tag = canonical_tag(key).unwrap_or_else(|| key.to_owned());
        if tag != key {
            self.notice(
                location,
                NoticeKind::Language {
                    found: key.into(),
                    tag: tag.clone(),
                },
            );
        }
        self.tags.insert(key.to_owned(), tag.clone());
        tag
    }

    /// First pass: names, types, codes and rows of every element, renamed where needed.
    fn scan(&mut self, elements: &[Json], location: &str) -> Result<(), ReadError> {
        for (index, element) in elements.iter().enumerate() {
            let here = format!("{location}[{index}]");
            let Json::Object(element) = element else {
                return Err(invalid(&here, "an element is a JSON object"));
            };
            let Some((kind, _)) = kind_of(element) else {
                continue;
            };
            let name = match get(element, "name") {
                Some(value) => value_text(value).unwrap_or_default(),
                None => String::new(),
            };
            let wanted = if name.is_empty() {
                format!("{}_{}", type_of(element), self.known.len() + 1)
            } else if is_valid_id(&name) {
                name.clone()
            } else {
                sanitize_id(&name)
            };
            let id = unique(&wanted, &self.ids);
            self.ids.insert(id.clone());
            if id != name {
                self.notice(
                    &join(&here, "name"),
                    NoticeKind::Renamed {
                        from: name.clone(),
                        to: id.clone(),
                    },
                );
            }
            let choices_name = if kind == ItemKind::LikertGrid {
                "columns"
            } else {
                "choices"
            };
            let mut codes = Vec::new();
            let mut taken = HashSet::new();
            if let Some(Json::Array(choices)) = get(element, choices_name) {
                for (position, choice) in choices.iter().enumerate() {
                    let Some((value, _, _)) = item_value(choice) else {
                        continue;
                    };
                    let wanted = if is_valid_code(&value) {
                        value.clone()
                    } else {
                        sanitize_code(&value)
                    };
                    let code = unique(&wanted, &taken);
                    taken.insert(code.clone());
                    if code != value {
                        self.notice(
                            &format!("{here}.{choices_name}[{position}].value"),
                            NoticeKind::Renamed {
                                from: value.clone(),
                                to: code.clone(),
                            },
                        );
                    }
                    codes.push((value, code));
                }
            }
            let mut rows = Vec::new();
            if kind == ItemKind::LikertGrid
                && let Some(Json::Array(written)) = get(element, "rows")
            {
                {
                    for (position, row) in written.iter().enumerate() {
                        let Some((value, _, _)) = item_value(row) else {
                            continue;
                        };
                        let wanted = if is_valid_id(&value) {
                            value.clone()
                        } else {
                            sanitize_id(&value)
                        };
                        let row_id = unique(&wanted, &self.ids);
                        self.ids.insert(row_id.clone());
                        if row_id != value {
                            self.notice(
                                &format!("{here}.rows[{position}].value"),
                                NoticeKind::Renamed {
                                    from: value.clone(),
                                    to: row_id.clone(),
                                },
                            );
                        }
                        rows.push((value, row_id));
                    }
                }
            }
            if !name.is_empty() {
                self.names.entry(name).or_insert_with(|| here.clone());
            }
            self.known.insert(
                here.clone(),
                Known {
                    id,
                    kind,
                    codes,
                    rows,
                },
            );
            if kind == ItemKind::Section
                && let Some((list, Json::Array(children))) = elements_of(element)
            {
                self.scan(children, &format!("{here}.{list}"))?;
            }
        }
        Ok(())
    }

    /// Second pass: the items of a container.
    fn items(&mut self, elements: &[Json], location: &str) -> Vec<Item> {
        let mut out = Vec::new();
        for (index, element) in elements.iter().enumerate() {
            let here = format!("{location}[{index}]");
            let Json::Object(element) = element else {
                continue;
            };
            if let Some(item) = self.item(element, &here) {
                out.push(item);
            }
        }
        out
    }

    fn item(&mut self, element: &Obj, here: &str) -> Option<Item> {
        let found = type_of(element).to_owned();
        let Some(known) = self.known.get(here).cloned() else {
            self.notice(here, NoticeKind::Skipped { found });
            return None;
        };
        if kind_of(element).is_some_and(|(_, nearest)| nearest) {
            let found = match get(element, "inputType") {
                Some(Json::String(input)) if found == "text" => format!("text/{input}"),
                _ => found.clone(),
            };
            self.notice(
                here,
                NoticeKind::ItemType {
                    found,
                    read_as: known.kind.json_name().into(),
                },
            );
        }
        let properties = read_properties(element);
        for (name, _) in &element.0 {
            if !properties.contains(&name.as_str()) {
                self.ignore(&join(here, name), name);
            }
        }
        let mut item = Item::new(&known.id, known.kind);
        let at = |name: &str| join(here, name);
        if known.kind == ItemKind::Note {
            item.text = self.text(get(element, "html"), &at("html"), Mode::Html);
        } else {
            item.text = match get(element, "title") {
                Some(title) => self.text(Some(title), &at("title"), Mode::Plain),
                // SurveyJS shows the name of a question without a title.
                None => self.text(get(element, "name"), &at("name"), Mode::Plain),
            };
            item.hint = self.text(get(element, "description"), &at("description"), Mode::Plain);
        }
        if properties.contains(&"placeholder") {
            item.placeholder =
                self.text(get(element, "placeholder"), &at("placeholder"), Mode::Plain);
        }
        if type_of(element) == "dropdown" {
            item.appearance = Some(Appearance::Dropdown);
        }
        item.required = matches!(get(element, "isRequired"), Some(Json::Bool(true)));
        item.required_if = self.expression(get(element, "requiredIf"), &at("requiredIf"));
        item.show_if = self.expression(get(element, "visibleIf"), &at("visibleIf"));
        match known.kind {
            ItemKind::SingleChoice | ItemKind::MultipleChoice | ItemKind::Ranking => {
                let mut options = self.options(get(element, "choices"), &known, &at("choices"));
                if known.kind == ItemKind::MultipleChoice
                    && matches!(get(element, "showNoneItem"), Some(Json::Bool(true)))
                {
                    let taken: HashSet<String> = options.iter().map(|o| o.code.clone()).collect();
                    let mut label =
                        self.text(get(element, "noneText"), &at("noneText"), Mode::Plain);
                    if label.is_empty() {
                        label = LocalizedText::from_pairs([(self.source.as_str(), "None")]);
                    }
                    options.push(ChoiceOption {
                        code: unique("none", &taken),
                        label,
                        exclusive: true,
                        system: None,
                        score: None,
                    });
                } else if get(element, "noneText").is_some() {
                    self.ignore(&at("noneText"), "noneText");
                }
                item.choices = Some(self.list(options, &known.id));
            }
            ItemKind::LikertGrid => {
                let options = self.options(get(element, "columns"), &known, &at("columns"));
                item.choices = Some(self.list(options, &known.id));
                if let Some(Json::Array(rows)) = get(element, "rows") {
                    let mut ids = known.rows.iter();
                    for (position, row) in rows.iter().enumerate() {
                        let Some((value, text, _)) = item_value(row) else {
                            self.ignore(&format!("{here}.rows[{position}]"), "rows");
                            continue;
                        };
                        let Some((_, id)) = ids.next() else { continue };
                        let location = format!("{here}.rows[{position}].text");
                        let mut text = self.text(text, &location, Mode::Plain);
                        if text.is_empty() {
                            text =
                                LocalizedText::from_pairs([(self.source.as_str(), value.as_str())]);
                        }
                        item.rows.push(GridRow {
                            id: id.clone(),
                            text,
                        });
                    }
                }
            }
            ItemKind::Rating => {
                let number = |name: &str, default: i64| match get(element, name) {
                    Some(Json::Number(number)) => number.as_i64().unwrap_or(default),
                    _ => default,
                };
                item.scale = Some(RatingScale {
                    min: number("rateMin", 1),
                    max: number("rateMax", 5),
                    min_label: self.text(
                        get(element, "minRateDescription"),
                        &at("minRateDescription"),
                        Mode::Plain,
                    ),
                    max_label: self.text(
                        get(element, "maxRateDescription"),
                        &at("maxRateDescription"),
                        Mode::Plain,
                    ),
                });
            }
            ItemKind::Section => {
                if let Some((list, Json::Array(children))) = elements_of(element) {
                    item.items = self.items(children, &at(list));
                }
            }
            _ => {}
        }
        self.validators(element, here, &mut item);
        Some(item)
    }

    fn options(
        &mut self,
        choices: Option<&Json>,
        known: &Known,
        location: &str,
    ) -> Vec<ChoiceOption> {
        let Some(Json::Array(choices)) = choices else {
            return Vec::new();
        };
        let mut codes = known.codes.iter();
        let mut out = Vec::new();
        for (position, choice) in choices.iter().enumerate() {
            let here = format!("{location}[{position}]");
            let Some((value, text, object)) = item_value(choice) else {
                self.ignore(&here, "choices");
                continue;
            };
            let Some((_, code)) = codes.next() else {
                continue;
            };
            let mut label = self.text(text, &join(&here, "text"), Mode::Plain);
            if label.is_empty() {
                label = LocalizedText::from_pairs([(self.source.as_str(), value.as_str())]);
            }
            let exclusive =
                object.is_some_and(|o| matches!(get(o, "isExclusive"), Some(Json::Bool(true))));
            if let Some(object) = object {
                for (name, _) in &object.0 {
                    if !matches!(name.as_str(), "value" | "text" | "isExclusive") {
                        self.ignore(&join(&here, name), name);
                    }
                }
            }
            out.push(ChoiceOption {
                code: code.clone(),
                label,
                exclusive: exclusive && known.kind == ItemKind::MultipleChoice,
                system: None,
                score: None,
            });
        }
        out
    }

    /// The id of a list with exactly these options: an earlier one, or a new one.
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

    fn validators(&mut self, element: &Obj, here: &str, item: &mut Item) {
        let text = type_of(element) == "text";
        let date_min = get(element, "min").filter(|_| text).and_then(value_text);
        let date_max = get(element, "max").filter(|_| text).and_then(value_text);
        if date_min.is_some() || date_max.is_some() {
            let mut message = self.text(
                get(element, "minErrorText"),
                &join(here, "minErrorText"),
                Mode::Plain,
            );
            if message.is_empty() {
                message = self.text(
                    get(element, "maxErrorText"),
                    &join(here, "maxErrorText"),
                    Mode::Plain,
                );
            }
            let literal = |value: String| match (item.kind, serde_json::from_str::<Number>(&value))
            {
                (ItemKind::Date, _) | (_, Err(_)) => Literal::Text(value),
                (_, Ok(number)) => Literal::Number(number),
            };
            item.validation.push(ValidationRule {
                check: Check::Range {
                    min: date_min.map(literal),
                    max: date_max.map(literal),
                },
                message,
            });
        }
        let Some(validators) = get(element, "validators") else {
            return;
        };
        let Json::Array(validators) = validators else {
            self.ignore(&join(here, "validators"), "validators");
            return;
        };
        for (index, validator) in validators.iter().enumerate() {
            let location = format!("{here}.validators[{index}]");
            let Json::Object(validator) = validator else {
                self.ignore(&location, "validators");
                continue;
            };
            let number = |name: &str| match get(validator, name) {
                Some(Json::Number(number)) => Some(number.clone()),
                Some(Json::String(text)) => serde_json::from_str::<Number>(text).ok(),
                _ => None,
            };
            let count = |name: &str| {
                number(name)
                    .and_then(|n| n.as_u64())
                    .and_then(|n| u32::try_from(n).ok())
            };
            let (check, read): (Check, &[&str]) = match type_of(validator) {
                "numeric" => (
                    Check::Range {
                        min: number("minValue").map(Literal::Number),
                        max: number("maxValue").map(Literal::Number),
                    },
                    &["type", "text", "minValue", "maxValue"],
                ),
                "text" => (
                    Check::Length {
                        min: count("minLength"),
                        max: count("maxLength"),
                    },
                    &["type", "text", "minLength", "maxLength"],
                ),
                "answercount" => (
                    Check::AnswerCount {
                        min: count("minCount"),
                        max: count("maxCount"),
                    },
                    &["type", "text", "minCount", "maxCount"],
                ),
                "regex" => {
                    let regex = match get(validator, "regex") {
                        Some(Json::String(regex)) => text::whole_match(regex),
                        _ => String::new(),
                    };
                    if regex_lite::Regex::new(&regex).is_err() {
                        self.ignore(&location, "regexvalidator");
                        continue;
                    }
                    (Check::Pattern { regex }, &["type", "text", "regex"])
                }
                other => {
                    let name = format!("{other}validator");
                    self.ignore(&location, &name);
                    continue;
                }
            };
            for (name, _) in &validator.0 {
                if !read.contains(&name.as_str()) {
                    self.ignore(&join(&location, name), name);
                }
            }
            let message = self.text(
                get(validator, "text"),
                &join(&location, "text"),
                Mode::Plain,
            );
            item.validation.push(ValidationRule { check, message });
        }
    }

    /// A localisable string: a plain string (the source language) or a map of locales.
    fn text(&mut self, value: Option<&Json>, location: &str, mode: Mode) -> LocalizedText {
        let mut out = LocalizedText::default();
        let Some(value) = value else {
            return out;
        };
        let source = self.source.clone();
        let entries: Vec<(String, String)> = match value {
            Json::String(text) => vec![(source.clone(), text.clone())],
            Json::Object(map) => {
                let mut entries = Vec::new();
                let mut own_source = None;
                for (key, text) in &map.0 {
                    let Json::String(text) = text else {
                        self.ignore(&join(location, key), key);
                        continue;
                    };
                    if key == "default" {
                        entries.push((source.clone(), text.clone()));
                        continue;
                    }
                    let tag = self.tag(key, &join(location, key));
                    if tag == source {
                        own_source = Some(text.clone());
                        continue;
                    }
                    if !self.languages.contains(&tag) {
                        self.languages.push(tag.clone());
                    }
                    entries.push((tag, text.clone()));
                }
                // The source language under its own tag is what SurveyJS shows when the
                // survey's locale is set to it.
                if let Some(text) = own_source {
                    entries.retain(|(tag, _)| *tag != source);
                    entries.insert(0, (source.clone(), text));
                }
                entries
            }
            Json::Number(number) => vec![(source.clone(), number.to_string())],
            _ => {
                self.ignore(location, location.rsplit('.').next().unwrap_or(location));
                return out;
            }
        };
        for (tag, written) in entries {
            if written.is_empty() {
                continue;
            }
            let pattern = self.pattern(&written, location, mode);
            out.0.insert(tag, pattern);
        }
        out
    }

    fn pattern(&mut self, written: &str, location: &str, mode: Mode) -> String {
        match mode {
            Mode::Plain => {
                let rows = self.piped_rows(written);
                let names = &self.answers;
                let pattern = text::pattern(&rows, text::SURVEYJS, &|name| names.contains(name));
                // A literal brace as coform writes it (`BRACE`), escaped by now.
                let escaped = BRACE.replace('{', "{\"{\"}");
                if pattern.contains(&escaped) {
                    pattern.replace(&escaped, "{\"{\"}")
                } else {
                    pattern
                }
            }
            Mode::Html => {
                // Braces decoded from references are text, not piping.
                let (plain, markup) = html_text(written, &|c| match c {
                    '{' => Some("\u{E002}"),
                    '}' => Some("\u{E003}"),
                    _ => None,
                });
                if markup {
                    self.ignore(location, "markup");
                }
                let names = &self.answers;
                text::pattern(&plain, text::SURVEYJS, &|name| names.contains(name))
                    .replace('\u{E002}', "{\"{\"}")
                    .replace('\u{E003}', "{\"}\"}")
            }
        }
    }

    /// Text with each matrix row piped as `{matrix.row}` written `{row_id}` (the row's
    /// coform id, which [`Reader::answers`] holds), for [`text::pattern`].
    fn piped_rows<'t>(&self, written: &'t str) -> std::borrow::Cow<'t, str> {
        if !written.contains('.') {
            return std::borrow::Cow::Borrowed(written);
        }
        let mut out = String::with_capacity(written.len());
        let mut rest = written;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let row = after.find('}').and_then(|end| {
                let name = &after[..end];
                let (matrix, _) = name.split_once('.')?;
                self.names.get(matrix)?;
                let (id, ..) = self.target(name)?;
                Some((id, end))
            });
            match row {
                Some((id, end)) => {
                    out.push('{');
                    out.push_str(&id);
                    out.push('}');
                    rest = &after[end + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        std::borrow::Cow::Owned(out)
    }

    /// A `visibleIf` or `requiredIf` expression as a condition, or a notice.
    fn expression(&mut self, value: Option<&Json>, location: &str) -> Option<Condition> {
        let value = value?;
        let Json::String(expression) = value else {
            self.ignore(location, location.rsplit('.').next().unwrap_or(location));
            return None;
        };
        if expression.trim().is_empty() {
            return None;
        }
        match parse_expression(expression).and_then(|tree| self.condition(&tree)) {
            Some(condition) => Some(simplify(condition)),
            None => {
                self.notice(
                    location,
                    NoticeKind::Expression {
                        expression: expression.clone(),
                    },
                );
                None
            }
        }
    }

    /// The question or matrix row an expression names, with what it is.
    fn target(&self, name: &str) -> Option<(String, ItemKind, &Known)> {
        if let Some(known) = self.names.get(name).and_then(|at| self.known.get(at)) {
            return Some((known.id.clone(), known.kind, known));
        }
        let (matrix, row) = name.split_once('.')?;
        let known = self.names.get(matrix).and_then(|at| self.known.get(at))?;
        let (_, id) = known.rows.iter().find(|(value, _)| value == row)?;
        Some((id.clone(), ItemKind::SingleChoice, known))
    }

    fn condition(&self, tree: &Expr) -> Option<Condition> {
        Some(match tree {
            Expr::And(parts) => Condition::All(
                parts
                    .iter()
                    .map(|p| self.condition(p))
                    .collect::<Option<_>>()?,
            ),
            Expr::Or(parts) => Condition::Any(
                parts
                    .iter()
                    .map(|p| self.condition(p))
                    .collect::<Option<_>>()?,
            ),
            Expr::Not(inner) => Condition::Not(Box::new(self.condition(inner)?)),
            Expr::Empty(name, empty) => {
                let (item, _, _) = self.target(name)?;
                compare(
                    &item,
                    if *empty {
                        Operator::NotAnswered
                    } else {
                        Operator::Answered
                    },
                    None,
                )
            }
            Expr::Compare(name, op, value) => self.comparison(name, op, value)?,
        })
    }

    fn comparison(&self, name: &str, op: &str, value: &Value) -> Option<Condition> {
        let (item, kind, known) = self.target(name)?;
        let code = |text: &str| {
            known
                .codes
                .iter()
                .find(|(written, _)| written == text)
                .map_or_else(|| text.to_owned(), |(_, code)| code.clone())
        };
        let multiple = matches!(kind, ItemKind::MultipleChoice | ItemKind::Ranking);
        let choice = kind.uses_choices() || kind == ItemKind::LikertGrid;
        let literal = |value: &Value| -> Option<Literal> {
            match (value, kind) {
                (Value::Bool(b), ItemKind::YesNo | ItemKind::Consent) => Some(Literal::Bool(*b)),
                (Value::Number(n), kind) if kind.is_numeric() => Some(Literal::Number(n.clone())),
                (Value::Text(t), kind) if kind.is_numeric() => {
                    serde_json::from_str::<Number>(t).ok().map(Literal::Number)
                }
                (Value::Text(t), _) if choice => Some(Literal::Text(code(t))),
                (Value::Number(n), _) if choice => Some(Literal::Text(code(&n.to_string()))),
                (Value::Text(t), ItemKind::ShortText | ItemKind::LongText | ItemKind::Date) => {
                    Some(Literal::Text(t.clone()))
                }
                _ => None,
            }
        };
        let list = |value: &Value| -> Option<Vec<Literal>> {
            match value {
                Value::List(values) => values.iter().map(literal).collect(),
                single => Some(vec![literal(single)?]),
            }
        };
        let each = |op: Operator, values: Vec<Literal>| -> Vec<Condition> {
            values
                .into_iter()
                .map(|v| compare(&item, op, Some(v)))
                .collect()
        };
        let operator = match op {
            "=" | "==" | "equal" => Operator::Equals,
            "!=" | "<>" | "notequal" => Operator::NotEquals,
            "<" | "less" => Operator::LessThan,
            "<=" | "lessorequal" => Operator::LessOrEqual,
            ">" | "greater" => Operator::GreaterThan,
            ">=" | "greaterorequal" => Operator::GreaterOrEqual,
            "contains" | "contain" | "*=" if multiple => {
                return Some(compare(&item, Operator::Includes, Some(literal(value)?)));
            }
            "notcontains" | "notcontain" if multiple => {
                return Some(Condition::Not(Box::new(compare(
                    &item,
                    Operator::Includes,
                    Some(literal(value)?),
                ))));
            }
            "anyof" if multiple => {
                return Some(Condition::Any(each(Operator::Includes, list(value)?)));
            }
            "anyof" if choice => return Some(Condition::Any(each(Operator::Equals, list(value)?))),
            "allof" if multiple => {
                return Some(Condition::All(each(Operator::Includes, list(value)?)));
            }
            "noneof" if multiple => {
                return Some(Condition::Not(Box::new(Condition::Any(each(
                    Operator::Includes,
                    list(value)?,
                )))));
            }
            "noneof" if choice => {
                return Some(Condition::Not(Box::new(Condition::Any(each(
                    Operator::Equals,
                    list(value)?,
                )))));
            }
            _ => return None,
        };
        let value = match (value, multiple) {
            // A multiple choice equals a list of one code when exactly that code is chosen.
            (Value::List(values), true) if values.len() == 1 => literal(&values[0])?,
            (Value::List(_), _) | (_, true) => return None,
            (single, false) => literal(single)?,
        };
        if operator.is_ordering() && !(kind.is_numeric() || kind == ItemKind::Date) {
            return None;
        }
        let comparison = compare(&item, operator, Some(value));
        Some(if operator == Operator::NotEquals {
            // SurveyJS's `!=` holds for an unanswered question.
            Condition::Any(vec![
                compare(&item, Operator::NotAnswered, None),
                comparison,
            ])
        } else {
            comparison
        })
    }
}

fn compare(item: &str, op: Operator, value: Option<Literal>) -> Condition {
    Condition::Compare(Comparison {
        item: item.to_owned(),
        op,
        value,
    })
}

/// A condition tidied: nested groups of the same kind merged, groups of one unwrapped, and
/// "answered and (unanswered or X)" read as X where X already needs an answer.
pub(crate) fn simplify(condition: Condition) -> Condition {
    match condition {
        Condition::Not(inner) => Condition::Not(Box::new(simplify(*inner))),
        Condition::All(parts) => {
            let mut flat = Vec::new();
            for part in parts.into_iter().map(simplify) {
                match part {
                    Condition::All(inner) => flat.extend(inner),
                    other => flat.push(other),
                }
            }
            let answered: Vec<String> = flat
                .iter()
                .filter_map(|part| match part {
                    Condition::Compare(c) if c.op == Operator::Answered => Some(c.item.clone()),
                    _ => None,
                })
                .collect();
            let mut implied = BTreeSet::new();
            for part in &mut flat {
                if let Condition::Any(options) = part
                    && let [Condition::Compare(none), Condition::Compare(other)] =
                        options.as_slice()
                    && none.op == Operator::NotAnswered
                    && none.item == other.item
                    && answered.contains(&none.item)
                    && other.op != Operator::NotAnswered
                    && other.op != Operator::Answered
                {
                    implied.insert(other.item.clone());
                    *part = Condition::Compare(other.clone());
                }
            }
            flat.retain(|part| {
                !matches!(part, Condition::Compare(c) if c.op == Operator::Answered && implied.contains(&c.item))
            });
            if flat.len() == 1 {
                flat.pop().unwrap_or(Condition::All(Vec::new()))
            } else {
                Condition::All(flat)
            }
        }
        Condition::Any(parts) => {
            let mut flat = Vec::new();
            for part in parts.into_iter().map(simplify) {
                match part {
                    Condition::Any(inner) => flat.extend(inner),
                    other => flat.push(other),
                }
            }
            if flat.len() == 1 {
                flat.pop().unwrap_or(Condition::Any(Vec::new()))
            } else {
                Condition::Any(flat)
            }
        }
        compare @ Condition::Compare(_) => compare,
    }
}

// ---------------------------------------------------------------------------------------------
// SurveyJS expressions
// ---------------------------------------------------------------------------------------------

/// An expression as far as coform reads them.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    /// `{name} empty` (true) or `{name} notempty` (false).
    Empty(String, bool),
    /// `{name} op value`.
    Compare(String, String, Value),
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(Number),
    Bool(bool),
    List(Vec<Value>),
    /// A `{variable}`.
    Raw(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Var(String),
    Text(String),
    Number(Number),
    Word(String),
    Symbol(&'static str),
}

fn tokenize(input: &str) -> Option<Vec<Token>> {
    const SYMBOLS: [&str; 16] = [
        "&&", "||", "<=", ">=", "==", "!=", "<>", "*=", "=", "<", ">", "!", "(", ")", "[", "]",
    ];
    let mut tokens = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start();
        let Some(c) = rest.chars().next() else {
            return Some(tokens);
        };
        if c == '{' {
            let end = rest.find('}')?;
            tokens.push(Token::Var(rest[1..end].trim().to_owned()));
            rest = &rest[end + 1..];
        } else if c == '\'' || c == '"' {
            let mut text = String::new();
            let mut chars = rest[1..].char_indices();
            let mut end = None;
            while let Some((index, ch)) = chars.next() {
                if ch == '\\' {
                    if let Some((_, escaped)) = chars.next() {
                        text.push(escaped);
                    }
                } else if ch == c {
                    end = Some(index + 1 + ch.len_utf8());
                    break;
                } else {
                    text.push(ch);
                }
            }
            tokens.push(Token::Text(text));
            rest = &rest[end?..];
        } else if c == ',' {
            tokens.push(Token::Symbol(","));
            rest = &rest[1..];
        } else if let Some(symbol) = SYMBOLS.iter().find(|s| rest.starts_with(**s)) {
            tokens.push(Token::Symbol(symbol));
            rest = &rest[symbol.len()..];
        } else if c.is_ascii_digit()
            || (c == '-' && rest[1..].starts_with(|d: char| d.is_ascii_digit()))
        {
            let end = rest[1..]
                .find(|d: char| !(d.is_ascii_digit() || d == '.'))
                .map_or(rest.len(), |end| end + 1);
            tokens.push(Token::Number(serde_json::from_str(&rest[..end]).ok()?));
            rest = &rest[end..];
        } else if c.is_alphabetic() || c == '_' {
            let end = rest
                .find(|d: char| !(d.is_alphanumeric() || d == '_'))
                .unwrap_or(rest.len());
            tokens.push(Token::Word(rest[..end].to_owned()));
            rest = &rest[end..];
        } else {
            return None;
        }
    }
}

/// Parses the expressions coform can hold; `None` for anything else.
fn parse_expression(input: &str) -> Option<Expr> {
    let tokens = tokenize(input)?;
    let mut parser = Parser {
        tokens,
        at: 0,
        depth: 0,
    };
    let expr = parser.or()?;
    (parser.at == parser.tokens.len()).then_some(expr)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    /// Negations and parentheses open here: bounded, so no input overflows the stack.
    depth: usize,
}

/// The deepest nesting of negations and parentheses read.
const MAX_DEPTH: usize = 64;

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn word(&self, words: &[&str]) -> bool {
        match self.peek() {
            Some(Token::Word(word)) => words.contains(&word.to_ascii_lowercase().as_str()),
            Some(Token::Symbol(symbol)) => words.contains(symbol),
            _ => false,
        }
    }

    fn or(&mut self) -> Option<Expr> {
        let mut parts = vec![self.and()?];
        while self.word(&["or", "||"]) {
            self.at += 1;
            parts.push(self.and()?);
        }
        Some(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Or(parts)
        })
    }

    fn and(&mut self) -> Option<Expr> {
        let mut parts = vec![self.unary()?];
        while self.word(&["and", "&&"]) {
            self.at += 1;
            parts.push(self.unary()?);
        }
        Some(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::And(parts)
        })
    }

    fn unary(&mut self) -> Option<Expr> {
        self.depth += 1;
        let expr = if self.depth > MAX_DEPTH {
            None
        } else {
            self.unary_inner()
        };
        self.depth -= 1;
        expr
    }

    fn unary_inner(&mut self) -> Option<Expr> {
        if self.word(&["!", "negate"]) {
            self.at += 1;
            return Some(Expr::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some(&Token::Symbol("(")) {
            self.at += 1;
            let inner = self.or()?;
            if self.next()? != Token::Symbol(")") {
                return None;
            }
            return Some(inner);
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Option<Expr> {
        let left = self.operand()?;
        if self.word(&["empty", "notempty"]) {
            let Token::Word(word) = self.next()? else {
                return None;
            };
            let Value::Raw(name) = left else { return None };
            return Some(Expr::Empty(name, word.eq_ignore_ascii_case("empty")));
        }
        let op = match self.next()? {
            Token::Symbol(symbol) => symbol.to_owned(),
            Token::Word(word) => word.to_ascii_lowercase(),
            _ => return None,
        };
        let right = self.operand()?;
        match (left, right) {
            (Value::Raw(_), Value::Raw(_)) => None,
            (Value::Raw(name), value) => Some(Expr::Compare(name, op, value)),
            (value, Value::Raw(name)) => {
                let flipped = match op.as_str() {
                    "<" => ">",
                    ">" => "<",
                    "<=" => ">=",
                    ">=" => "<=",
                    "=" | "==" | "!=" | "<>" => op.as_str(),
                    _ => return None,
                };
                Some(Expr::Compare(name, flipped.to_owned(), value))
            }
            _ => None,
        }
    }

    /// A `{variable}` (as `Raw`), a constant or a list of constants.
    fn operand(&mut self) -> Option<Value> {
        match self.next()? {
            Token::Var(name) => Some(Value::Raw(name)),
            Token::Text(text) => Some(Value::Text(text)),
            Token::Number(number) => Some(Value::Number(number)),
            Token::Word(word) if word.eq_ignore_ascii_case("true") => Some(Value::Bool(true)),
            Token::Word(word) if word.eq_ignore_ascii_case("false") => Some(Value::Bool(false)),
            Token::Symbol("[") => {
                let mut values = Vec::new();
                if self.peek() == Some(&Token::Symbol("]")) {
                    self.at += 1;
                    return Some(Value::List(values));
                }
                loop {
                    let value = self.operand()?;
                    if matches!(value, Value::List(_)) {
                        return None;
                    }
                    values.push(value);
                    match self.next()? {
                        Token::Symbol(",") => continue,
                        Token::Symbol("]") => return Some(Value::List(values)),
                        _ => return None,
                    }
                }
            }
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Ordered JSON
// ---------------------------------------------------------------------------------------------

/// JSON that keeps its objects' key order, so the export reads in SurveyJS's own order and
/// the reader meets languages in the file's order (serde_json's map sorts its keys).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Obj),
}

/// A JSON object's members, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Obj(pub(crate) Vec<(String, Json)>);

impl Obj {
    fn put(&mut self, name: &str, value: Json) {
        self.0.push((name.to_owned(), value));
    }

    fn str(&mut self, name: &str, value: &str) {
        self.put(name, Json::String(value.to_owned()));
    }

    fn opt(&mut self, name: &str, value: Option<Json>) {
        if let Some(value) = value {
            self.put(name, value);
        }
    }

    fn done(self) -> Json {
        Json::Object(self)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(value) => serializer.serialize_bool(*value),
            Json::Number(number) => number.serialize(serializer),
            Json::String(text) => serializer.serialize_str(text),
            Json::Array(values) => {
                let mut seq = serializer.serialize_seq(Some(values.len()))?;
                for value in values {
                    seq.serialize_element(value)?;
                }
                seq.end()
            }
            Json::Object(object) => {
                let mut map = serializer.serialize_map(Some(object.0.len()))?;
                for (name, value) in &object.0 {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("JSON")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Json, E> {
        Ok(Json::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Json, E> {
        Ok(Json::Number(value.into()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Json, E> {
        Ok(Json::Number(value.into()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Json, E> {
        Ok(Number::from_f64(value).map_or(Json::Null, Json::Number))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Json, E> {
        Ok(Json::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Json, E> {
        Ok(Json::String(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut values = Vec::new();
        while let Some(value) = seq.next_element()? {
            values.push(value);
        }
        Ok(Json::Array(values))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members: Vec<(String, Json)> = Vec::new();
        while let Some((name, value)) = map.next_entry::<String, Json>()? {
            // A repeated key: the last one counts, as in JavaScript.
            members.retain(|(existing, _)| *existing != name);
            members.push((name, value));
        }
        Ok(Json::Object(Obj(members)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_parse_into_trees() {
        assert_eq!(
            parse_expression("{a} = 'x' and !({b} contains 1 or {c} notempty)"),
            Some(Expr::And(vec![
                Expr::Compare("a".into(), "=".into(), Value::Text("x".into())),
                Expr::Not(Box::new(Expr::Or(vec![
                    Expr::Compare("b".into(), "contains".into(), Value::Number(1.into())),
                    Expr::Empty("c".into(), false),
                ]))),
            ]))
        );
        assert_eq!(parse_expression("{a} = "), None);
        assert_eq!(parse_expression("age({b}) > 3"), None);
    }

    #[test]
    fn html_escaping_round_trips() {
        let text = "a <b> & \"c\" {d} [e]\nf";
        let escaped = html_escape(text);
        assert!(!escaped.contains(['<', '{', '"']) || escaped.contains("<br>"));
        assert_eq!(html_text(&escaped, &|_| None), (text.to_owned(), false));
        assert_eq!(html_text("<b>x</b>", &|_| None), ("x".to_owned(), true));
    }
}
