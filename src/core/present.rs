//! What a respondent sees: a page's items resolved in one language and context, with show-if
//! evaluated. The UI renders these plain values; it holds no survey logic of its own.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use crate::core::edit::Address;
use crate::core::fluent::{Context, Resolver};
use crate::core::logic::evaluate;
use crate::core::model::{Appearance, Direction, Item, ItemKind, LocalizedText, Survey, WayOut};

/// A page ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct PresentedPage {
    /// Page id.
    pub id: String,
    /// Page heading, when it has one.
    pub title: Option<String>,
    /// Visible items, in order.
    pub items: Vec<PresentedItem>,
    /// Zero-based index of this page among all pages.
    pub index: usize,
    /// Number of pages in the survey.
    pub count: usize,
    /// The language tag used, and its direction.
    pub language: String,
    /// Writing direction of the language.
    pub direction: Direction,
}

/// An item ready to render: every text resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PresentedItem {
    /// Item id (the variable name).
    pub id: String,
    /// Item type.
    pub kind: ItemKind,
    /// The question (never empty: the id when no language has a text).
    pub text: String,
    /// Help under the question.
    pub hint: Option<String>,
    /// Placeholder for an empty field.
    pub placeholder: Option<String>,
    /// Unit beside a number.
    pub unit: Option<String>,
    /// An answer is needed now (required, or required-if holds).
    pub required: bool,
    /// Radio buttons or drop-down, for a single choice.
    pub appearance: Appearance,
    /// Options of a choice item or the columns of a grid.
    pub options: Vec<PresentedOption>,
    /// Rating scale points and end labels.
    pub scale: Option<PresentedScale>,
    /// Statements of a Likert grid.
    pub rows: Vec<(String, String)>,
    /// Visible children of a section.
    pub children: Vec<PresentedItem>,
    /// Content note, reason and way out of a sensitive item.
    pub sensitive: Option<PresentedSensitive>,
}

/// One option.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PresentedOption {
    /// Stored code.
    pub code: String,
    /// Label in the chosen language.
    pub label: String,
    /// Clears the other options of a multiple choice.
    pub exclusive: bool,
}

/// The points of a rating scale.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PresentedScale {
    /// Lowest point.
    pub min: i64,
    /// Highest point.
    pub max: i64,
    /// Label of the lowest point.
    pub min_label: Option<String>,
    /// Label of the highest point.
    pub max_label: Option<String>,
}

/// Trauma-informed texts of a sensitive item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PresentedSensitive {
    /// Shown before the question.
    pub content_note: Option<String>,
    /// Why the question is asked.
    pub why_we_ask: Option<String>,
    /// The way past the question.
    pub way_out: WayOut,
}

/// The scale used by a rating item that declares none.
pub const DEFAULT_SCALE: (i64, i64) = (1, 5);

/// Page `index` in `language` for `context`, or `None` when there is no such page.
pub fn present_page(
    survey: &Survey,
    index: usize,
    language: &str,
    context: &Context,
) -> Option<PresentedPage> {
    let page = survey.pages.get(index)?;
    let resolver = Resolver::new(survey, language, context);
    let chain_language = resolver
        .chain()
        .next()
        .unwrap_or(&survey.source_language)
        .to_owned();
    let presenter = Presenter {
        survey,
        resolver: &resolver,
        context,
        options: RefCell::new(HashMap::new()),
    };
    Some(PresentedPage {
        id: page.id.clone(),
        title: presenter.optional(&page.title),
        items: presenter.items(&page.items),
        index,
        count: survey.pages.len(),
        direction: survey.direction(&chain_language),
        language: chain_language,
    })
}

/// The survey title in `language`.
pub fn survey_title(survey: &Survey, language: &str, context: &Context) -> String {
    Resolver::new(survey, language, context).resolve_or(&survey.metadata.title, &survey.metadata.id)
}

/// Whether an item needs an answer given the answers so far.
pub fn is_required(item: &Item, context: &Context) -> bool {
    item.required
        || item
            .required_if
            .as_ref()
            .is_some_and(|condition| evaluate(condition, &context.answers))
}

struct Presenter<'a> {
    survey: &'a Survey,
    resolver: &'a Resolver,
    context: &'a Context,
    /// The options of each choice list, resolved once: a page often asks many questions on
    /// the same list.
    options: RefCell<HashMap<&'a str, Vec<PresentedOption>>>,
}

impl<'a> Presenter<'a> {
    fn optional(&self, text: &crate::core::model::LocalizedText) -> Option<String> {
        if text.is_empty() {
            return None;
        }
        self.resolver.resolve(text).map(|resolved| resolved.text)
    }

    fn items(&self, items: &'a [Item]) -> Vec<PresentedItem> {
        items
            .iter()
            .filter(|item| {
                item.show_if
                    .as_ref()
                    .is_none_or(|condition| evaluate(condition, &self.context.answers))
            })
            .map(|item| self.item(item))
            .collect()
    }

    fn item(&self, item: &'a Item) -> PresentedItem {
        let options = item
            .choices
            .as_deref()
            .and_then(|id| {
                if let Some(known) = self.options.borrow().get(id) {
                    return Some(known.clone());
                }
                let list = self.survey.choice_list(id)?;
                let options: Vec<PresentedOption> = list
                    .options
                    .iter()
                    .map(|option| PresentedOption {
                        code: option.code.clone(),
                        label: self.resolver.resolve_or(&option.label, &option.code),
                        exclusive: option.exclusive,
                    })
                    .collect();
                self.options.borrow_mut().insert(id, options.clone());
                Some(options)
            })
            .unwrap_or_default();
        let scale = (item.kind == ItemKind::Rating).then(|| match &item.scale {
            Some(scale) => PresentedScale {
                min: scale.min,
                max: scale.max,
                min_label: self.optional(&scale.min_label),
                max_label: self.optional(&scale.max_label),
            },
            None => PresentedScale {
                min: DEFAULT_SCALE.0,
                max: DEFAULT_SCALE.1,
                min_label: None,
                max_label: None,
            },
        });
        PresentedItem {
            id: item.id.clone(),
            kind: item.kind,
            text: self.resolver.resolve_or(&item.text, &item.id),
            hint: self.optional(&item.hint),
            placeholder: self.optional(&item.placeholder),
            unit: self.optional(&item.unit),
            required: is_required(item, self.context),
            appearance: item.appearance.unwrap_or(Appearance::Radio),
            options,
            scale,
            rows: item
                .rows
                .iter()
                .map(|row| (row.id.clone(), self.resolver.resolve_or(&row.text, &row.id)))
                .collect(),
            children: self.items(&item.items),
            sensitive: item.sensitive.as_ref().map(|sensitive| PresentedSensitive {
                content_note: self.optional(&sensitive.content_note),
                why_we_ask: self.optional(&sensitive.why_we_ask),
                way_out: sensitive.way_out,
            }),
        }
    }
}

/// One line of the builder's outline: every item, visible or not, with its text resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OutlineRow {
    /// Where the item is, for editing it.
    pub address: Address,
    /// Item id.
    pub id: String,
    /// Item type.
    pub kind: ItemKind,
    /// Zero-based page index.
    pub page: usize,
    /// Nesting depth (0 for page-level items).
    pub depth: usize,
    /// The item text in the chosen language.
    pub text: String,
    /// The item is always required.
    pub required: bool,
    /// The item has a show-if condition.
    pub conditional: bool,
}

/// Every item of the survey in order, resolved in `language` for `context`.
pub fn outline(survey: &Survey, language: &str, context: &Context) -> Vec<OutlineRow> {
    let resolver = Resolver::new(survey, language, context);
    outline_with(survey, &mut |id, text| resolver.resolve_or(text, id))
}

/// The outline with each item's text given by `text(id, text)`.
fn outline_with(
    survey: &Survey,
    text: &mut dyn FnMut(&str, &LocalizedText) -> String,
) -> Vec<OutlineRow> {
    let mut rows = Vec::new();
    for (page, content) in survey.pages.iter().enumerate() {
        outline_items(text, &content.items, page, &mut Vec::new(), &mut rows);
    }
    rows
}

fn outline_items(
    text: &mut dyn FnMut(&str, &LocalizedText) -> String,
    items: &[Item],
    page: usize,
    path: &mut Vec<usize>,
    rows: &mut Vec<OutlineRow>,
) {
    let depth = path.len();
    for (index, item) in items.iter().enumerate() {
        path.push(index);
        rows.push(OutlineRow {
            address: Address {
                page,
                path: path.clone(),
            },
            id: item.id.clone(),
            kind: item.kind,
            page,
            depth,
            text: text(&item.id, &item.text),
            required: item.required,
            conditional: item.show_if.is_some(),
        });
        outline_items(text, &item.items, page, path, rows);
        path.pop();
    }
}

/// The text of every item and grid row in `language`, by id: how the builder names an
/// earlier answer in its pickers and condition sentences.
pub fn answer_labels(
    survey: &Survey,
    language: &str,
    context: &Context,
) -> BTreeMap<String, String> {
    let resolver = Resolver::new(survey, language, context);
    answer_labels_with(survey, &mut |id, text| resolver.resolve_or(text, id))
}

/// The answer labels with each text given by `text(id, text)`.
fn answer_labels_with(
    survey: &Survey,
    text: &mut dyn FnMut(&str, &LocalizedText) -> String,
) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::new();
    for item in survey.items() {
        labels
            .entry(item.id.clone())
            .or_insert_with(|| text(&item.id, &item.text));
        for row in &item.rows {
            labels
                .entry(row.id.clone())
                .or_insert_with(|| text(&row.id, &row.text));
        }
    }
    labels
}

/// Item texts resolved once and kept from one edit to the next, for the builder's outline and
/// pickers: a text is resolved again only when its patterns in the language chain changed, or
/// when it names a variable and the arguments changed (the audience values, which items take
/// an answer); everything is resolved again when the language chain changed.
/// [`ResolvedTexts::outline`] equals [`outline`] and [`ResolvedTexts::answer_labels`] equals
/// [`answer_labels`]; with answers in the context (which piped texts depend on) nothing is kept.
#[derive(Default)]
pub struct ResolvedTexts {
    /// The language chain, the arguments and the resolver made for them (on first need).
    environment: Option<(Vec<String>, Arguments, Option<Resolver>)>,
    /// By item or grid-row id.
    texts: HashMap<String, Kept>,
}

/// One resolved text and what it was resolved from.
struct Kept {
    /// The patterns of the chain's languages (the only ones resolving reads).
    patterns: Vec<Option<String>>,
    /// Whether a pattern may name a variable (has a `$`): only then do arguments matter.
    variables: bool,
    resolved: String,
}

/// What a resolver's arguments are made of, without answers (see [`Resolver::new`]): the
/// audience values, and the ids of the items that take an answer (in name order: the order of
/// items does not change the arguments).
#[derive(PartialEq)]
struct Arguments {
    audience: Vec<(String, String)>,
    answerable: Vec<String>,
}

/// The audience values a resolver uses: the context's, else each variable's default.
fn audience_values<'s>(
    survey: &'s Survey,
    context: &'s Context,
) -> impl Iterator<Item = (&'s str, &'s str)> {
    survey.audience.iter().map(|variable| {
        let value = context
            .audience
            .get(&variable.id)
            .unwrap_or(&variable.default);
        (variable.id.as_str(), value.as_str())
    })
}

/// The ids a resolver has an argument for (items that take an answer, and grid rows), sorted.
fn answerable_ids(survey: &Survey) -> Vec<&str> {
    let mut ids: Vec<&str> = survey
        .items()
        .into_iter()
        .filter(|item| item.kind.takes_answer())
        .flat_map(|item| {
            let rows = (item.kind == ItemKind::LikertGrid).then_some(&item.rows);
            std::iter::once(item.id.as_str())
                .chain(rows.into_iter().flatten().map(|row| row.id.as_str()))
        })
        .collect();
    ids.sort_unstable();
    ids
}

impl Arguments {
    /// Whether these are still the arguments, compared in place (no copies on each edit).
    fn hold(&self, survey: &Survey, context: &Context) -> bool {
        self.audience
            .iter()
            .map(|(id, value)| (id.as_str(), value.as_str()))
            .eq(audience_values(survey, context))
            && self
                .answerable
                .iter()
                .map(String::as_str)
                .eq(answerable_ids(survey))
    }

    fn of(survey: &Survey, context: &Context) -> Self {
        Arguments {
            audience: audience_values(survey, context)
                .map(|(id, value)| (id.to_owned(), value.to_owned()))
                .collect(),
            answerable: answerable_ids(survey)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }
}

impl ResolvedTexts {
    /// [`outline`], resolving only the texts that changed since the last call.
    pub fn outline(
        &mut self,
        survey: &Survey,
        language: &str,
        context: &Context,
    ) -> Vec<OutlineRow> {
        self.prepare(survey, language, context);
        let Some((chain, _, resolver)) = self.environment.as_mut() else {
            return outline(survey, language, context);
        };
        let texts = &mut self.texts;
        outline_with(survey, &mut |id, text| {
            kept(texts, chain, resolver, survey, language, context, id, text)
        })
    }

    /// [`answer_labels`], resolving only the texts that changed since the last call.
    pub fn answer_labels(
        &mut self,
        survey: &Survey,
        language: &str,
        context: &Context,
    ) -> BTreeMap<String, String> {
        self.prepare(survey, language, context);
        let Some((chain, _, resolver)) = self.environment.as_mut() else {
            return answer_labels(survey, language, context);
        };
        let texts = &mut self.texts;
        answer_labels_with(survey, &mut |id, text| {
            kept(texts, chain, resolver, survey, language, context, id, text)
        })
    }

    /// Forgets what the environment's changes make stale; everything when answers are given
    /// (then nothing is kept).
    fn prepare(&mut self, survey: &Survey, language: &str, context: &Context) {
        if !context.answers.is_empty() {
            self.environment = None;
            self.texts.clear();
            return;
        }
        let chain = survey.language_chain(language);
        match &mut self.environment {
            Some((kept_chain, arguments, resolver)) if *kept_chain == chain => {
                if !arguments.hold(survey, context) {
                    *arguments = Arguments::of(survey, context);
                    *resolver = None;
                    self.texts.retain(|_, kept| !kept.variables);
                }
            }
            _ => {
                self.environment = Some((chain, Arguments::of(survey, context), None));
                self.texts.clear();
            }
        }
    }
}

/// The kept resolution of `text`, or a new one.
#[allow(clippy::too_many_arguments)]
fn kept(
    texts: &mut HashMap<String, Kept>,
    chain: &[String],
    resolver: &mut Option<Resolver>,
    survey: &Survey,
    language: &str,
    context: &Context,
    id: &str,
    text: &LocalizedText,
) -> String {
    if let Some(kept) = texts.get(id)
        && kept
            .patterns
            .iter()
            .map(Option::as_deref)
            .eq(chain.iter().map(|tag| text.get(tag)))
    {
        return kept.resolved.clone();
    }
    let resolver = resolver.get_or_insert_with(|| Resolver::new(survey, language, context));
    let resolved = resolver.resolve_or(text, id);
    let patterns: Vec<Option<String>> = chain
        .iter()
        .map(|tag| text.get(tag).map(str::to_owned))
        .collect();
    let variables = patterns
        .iter()
        .flatten()
        .any(|pattern| pattern.contains('$'));
    texts.insert(
        id.to_owned(),
        Kept {
            patterns,
            variables,
            resolved: resolved.clone(),
        },
    );
    resolved
}

/// The label of each option of a list in `language`, by code.
pub fn option_labels(
    survey: &Survey,
    list: &str,
    language: &str,
    context: &Context,
) -> Vec<(String, String)> {
    let resolver = Resolver::new(survey, language, context);
    survey
        .choice_list(list)
        .map(|list| {
            list.options
                .iter()
                .map(|option| {
                    (
                        option.code.clone(),
                        resolver.resolve_or(&option.label, &option.code),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An audience question ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedAudience {
    /// The variable id.
    pub id: String,
    /// The question, such as "Who is answering?".
    pub question: String,
    /// The value used when none is chosen.
    pub default: String,
    /// (value, label) pairs in order.
    pub values: Vec<(String, String)>,
}

/// Every audience question of the survey in `language`.
pub fn audience_questions(
    survey: &Survey,
    language: &str,
    context: &Context,
) -> Vec<PresentedAudience> {
    let resolver = Resolver::new(survey, language, context);
    survey
        .audience
        .iter()
        .map(|variable| PresentedAudience {
            id: variable.id.clone(),
            question: resolver.resolve_or(&variable.question, &variable.id),
            default: variable.default.clone(),
            values: variable
                .values
                .iter()
                .map(|value| {
                    (
                        value.value.clone(),
                        resolver.resolve_or(&value.label, &value.value),
                    )
                })
                .collect(),
        })
        .collect()
}
