//! A condition built without code: pick an earlier question, a comparison that fits its
//! type and a value from its options; combine them in groups (all, any, none, not all). The
//! condition is read back as a sentence in the interface language. Used for show-if and
//! required-if on items and show-if on pages.
//!
//! The controls are rebuilt only when the tree's shape changes (a condition added or
//! removed), so choosing a value or typing a number keeps the keyboard where it is.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::fluent::Context;
use crate::core::logic::comparisons;
use crate::core::logic_edit::{
    Combinator, NodePath, Source, add_to, as_group, bound_text, new_comparison, node, node_mut,
    operators_for, parse_range_bound, remove, retarget, set_combinator, set_operator,
};
use crate::core::model::{Comparison, Condition, ItemKind, Literal, Operator};
use crate::core::present::option_labels;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// Everything a node of the tree needs, shared by all of them.
#[derive(Clone, Copy)]
struct Tree {
    editor: EditorState,
    condition: Signal<Option<Condition>>,
    on_change: Callback<Option<Condition>>,
    sources: Signal<Vec<Source>>,
    labels: Signal<BTreeMap<String, String>>,
    language: RwSignal<String>,
    ui_language: RwSignal<String>,
    audience: RwSignal<BTreeMap<String, String>>,
    name: &'static str,
}

/// The condition editor.
#[component]
pub fn ConditionEditor(
    /// The editor (for the survey the condition refers to).
    editor: EditorState,
    /// The condition as it is now.
    #[prop(into)]
    condition: Signal<Option<Condition>>,
    /// Called with the changed condition (none when it is removed).
    on_change: Callback<Option<Condition>>,
    /// The earlier answers the condition may compare.
    #[prop(into)]
    sources: Signal<Vec<Source>>,
    /// The text of each item and grid row in the preview language, by id.
    #[prop(into)]
    labels: Signal<BTreeMap<String, String>>,
    /// The language option labels are shown in.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// Chosen audience values (option labels may depend on them).
    audience: RwSignal<BTreeMap<String, String>>,
    /// `show-if`, `required-if` or `page-show-if`: names the messages and test ids.
    name: &'static str,
) -> impl IntoView {
    let tree = Tree {
        editor,
        condition,
        on_change,
        sources,
        labels,
        language,
        ui_language,
        audience,
        name,
    };
    let t = move |id: String| move || tr(&BUILDER, &ui_language.get(), &id);
    let shape = Memo::new(move |_| condition.with(|c| c.as_ref().map(shape_of)));
    let add_first = move |_| {
        let first = editor.survey.with_untracked(|survey| {
            let survey = survey.as_ref()?;
            let source = sources.with_untracked(|s| s.first().cloned())?;
            Some(new_comparison(survey, &source))
        });
        if let Some(first) = first {
            tree.change(|root| add_to(root, &[], first));
        }
    };
    let no_sources = move || sources.with(Vec::is_empty);
    let sentence = move || {
        condition.with(|c| {
            c.as_ref().map(|c| {
                let ui = ui_language.get();
                tr_args(
                    &BUILDER,
                    &ui,
                    &format!("{name}-sentence"),
                    &args(&[("condition", tree.sentence(&ui, c))]),
                )
            })
        })
    };
    view! {
        <fieldset class="condition-editor" data-testid=name>
            <legend>{t(format!("{name}-heading"))}</legend>
            {move || match shape.get() {
                None => view! {
                    <button type="button" data-testid=format!("{name}-add") disabled=no_sources on:click=add_first>
                        {t(format!("{name}-add"))}
                    </button>
                    <Show when=no_sources>
                        <p class="hint">{t("condition-no-sources".to_owned())}</p>
                    </Show>
                }.into_any(),
                Some(shape) => {
                    let root_is_group = matches!(shape, Shape::Group(_));
                    view! {
                        {tree.node_view(Vec::new(), shape)}
                        {(!root_is_group).then(|| tree.add_buttons(Vec::new()))}
                    }.into_any()
                }
            }}
            <p class="condition-sentence" data-testid=format!("{name}-sentence") aria-live="polite">{sentence}</p>
        </fieldset>
    }
}

/// The text of every item and grid row in the preview language and audience, by id: how the
/// condition pickers and sentences name earlier answers.
pub fn answer_labels_memo(
    editor: EditorState,
    language: RwSignal<String>,
    audience: RwSignal<BTreeMap<String, String>>,
) -> Memo<BTreeMap<String, String>> {
    // Texts are kept between edits (and shared with the outline), so typing in one label
    // resolves that label, not all.
    let texts = editor.texts;
    Memo::new(move |_| {
        let context = Context {
            audience: audience.get(),
            answers: BTreeMap::new(),
        };
        let language = language.get();
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    texts
                        .try_update_value(|texts| texts.answer_labels(s, &language, &context))
                        .unwrap_or_default()
                })
                .unwrap_or_default()
        })
    })
}

/// Of every label, those a condition editor or an answer picker shows: the answers it offers
/// (`sources`) and the items its `conditions` name. Typing in the text of an item it does not
/// show then leaves it (and the options built from it) as it is.
pub fn shown_labels(
    all: Memo<BTreeMap<String, String>>,
    sources: Memo<Vec<Source>>,
    conditions: Signal<Vec<Condition>>,
) -> Memo<BTreeMap<String, String>> {
    Memo::new(move |_| {
        all.with(|all| {
            let mut shown = BTreeMap::new();
            let mut keep = |id: &String| {
                if let Some(label) = all.get(id) {
                    shown.insert(id.clone(), label.clone());
                }
            };
            sources.with(|sources| sources.iter().for_each(|source| keep(&source.id)));
            conditions.with(|conditions| {
                for condition in conditions {
                    for (_, comparison) in comparisons(condition) {
                        keep(&comparison.item);
                    }
                }
            });
            shown
        })
    })
}

/// The structure of a condition without its values: the controls depend only on this.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Compare,
    Group(Vec<Shape>),
    Negated(Box<Shape>),
}

fn shape_of(condition: &Condition) -> Shape {
    if let Some((_, inside)) = as_group(condition) {
        let children = match node(condition, &inside) {
            Some(Condition::All(children) | Condition::Any(children)) => {
                children.iter().map(shape_of).collect()
            }
            _ => Vec::new(),
        };
        return Shape::Group(children);
    }
    match condition {
        Condition::Not(inner) => Shape::Negated(Box::new(shape_of(inner))),
        _ => Shape::Compare,
    }
}

fn path_key(path: &[usize]) -> String {
    path.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join("-")
}

impl Tree {
    /// Applies a change to the whole condition and reports it.
    fn change(&self, change: impl FnOnce(Option<Condition>) -> Option<Condition>) {
        let current = self.condition.get_untracked();
        self.on_change.run(change(current));
    }

    /// Changes the condition in place (it exists).
    fn update(&self, change: impl FnOnce(&mut Condition)) {
        self.change(|root| {
            root.map(|mut root| {
                change(&mut root);
                root
            })
        });
    }

    /// Changes the condition in place with the survey at hand. The change is worked out while
    /// the survey is read and reported after, since reporting it writes the survey.
    fn update_with_survey(&self, change: impl FnOnce(&crate::core::model::Survey, &mut Condition)) {
        let changed = self.editor.survey.with_untracked(|survey| {
            let survey = survey.as_ref()?;
            let mut root = self.condition.get_untracked()?;
            change(survey, &mut root);
            Some(root)
        });
        if changed.is_some() {
            self.on_change.run(changed);
        }
    }

    fn comparison(&self, path: &[usize]) -> Option<Comparison> {
        self.condition
            .with(|c| match c.as_ref().and_then(|c| node(c, path)) {
                Some(Condition::Compare(comparison)) => Some(comparison.clone()),
                _ => None,
            })
    }

    fn source(&self, id: &str) -> Option<Source> {
        self.sources
            .with(|sources| sources.iter().find(|source| source.id == id).cloned())
    }

    fn node_view(&self, path: NodePath, shape: Shape) -> AnyView {
        match shape {
            Shape::Compare => self.comparison_view(path),
            Shape::Group(children) => self.group_view(path, children),
            Shape::Negated(inner) => self.negated_view(path, *inner),
        }
    }

    fn add_buttons(&self, path: NodePath) -> impl IntoView + use<> {
        let tree = *self;
        let ui = self.ui_language;
        let group_path = path.clone();
        let add = move |nested: bool, path: NodePath| {
            let added = tree.editor.survey.with_untracked(|survey| {
                let survey = survey.as_ref()?;
                let source = tree.sources.with_untracked(|s| s.first().cloned())?;
                let comparison = new_comparison(survey, &source);
                Some(if nested {
                    Condition::Any(vec![comparison])
                } else {
                    comparison
                })
            });
            if let Some(added) = added {
                tree.change(|root| add_to(root, &path, added));
            }
        };
        view! {
            <div class="condition-actions">
                <button type="button" data-testid="add-condition" on:click=move |_| add(false, path.clone())>
                    {move || tr(&BUILDER, &ui.get(), "condition-add")}
                </button>
                <button type="button" data-testid="add-condition-group" on:click=move |_| add(true, group_path.clone())>
                    {move || tr(&BUILDER, &ui.get(), "condition-add-group")}
                </button>
            </div>
        }
    }

    fn remove_button(&self, path: NodePath) -> impl IntoView + use<> {
        let tree = *self;
        let ui = self.ui_language;
        view! {
            <button type="button" class="remove" data-testid="remove-condition"
                on:click=move |_| tree.change(|root| root.and_then(|root| remove(root, &path)))>
                {move || tr(&BUILDER, &ui.get(), "condition-remove")}
            </button>
        }
    }

    fn group_view(&self, path: NodePath, children: Vec<Shape>) -> AnyView {
        let tree = *self;
        let ui = self.ui_language;
        let id = format!("{}-{}-combinator", self.name, path_key(&path));
        let combinator = {
            let path = path.clone();
            move || {
                tree.condition.with(|c| {
                    c.as_ref()
                        .and_then(|c| node(c, &path))
                        .and_then(as_group)
                        .map_or("all", |(combinator, _)| combinator.name())
                })
            }
        };
        let set = {
            let path = path.clone();
            move |event: leptos::ev::Event| {
                let name = event_target_value(&event);
                if let Some(chosen) = Combinator::ALL.into_iter().find(|c| c.name() == name) {
                    tree.update(|root| set_combinator(root, &path, chosen));
                }
            }
        };
        let inside = self.condition.with_untracked(|c| {
            c.as_ref()
                .and_then(|c| node(c, &path))
                .and_then(as_group)
                .map(|(_, inside)| inside)
                .unwrap_or_default()
        });
        let rows = children
            .into_iter()
            .enumerate()
            .map(|(index, child)| {
                let mut child_path = path.clone();
                child_path.extend(inside.iter().copied());
                child_path.push(index);
                view! { <li>{tree.node_view(child_path, child)}</li> }
            })
            .collect_view();
        view! {
            <div class="condition-group" data-testid="condition-group" role="group" aria-labelledby=id.clone()>
                <label id=id.clone()>
                    <span>{move || tr(&BUILDER, &ui.get(), "condition-combinator")}</span>
                    <select data-testid="condition-combinator" prop:value=combinator on:change=set>
                        {Combinator::ALL.into_iter().map(|c| view! {
                            <option value=c.name()>{move || tr(&BUILDER, &ui.get(), &format!("combinator-{}", c.name()))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <ul class="condition-children">{rows}</ul>
                {self.add_buttons(path.clone())}
                {self.remove_button(path)}
            </div>
        }
        .into_any()
    }

    fn negated_view(&self, path: NodePath, inner: Shape) -> AnyView {
        let ui = self.ui_language;
        let mut inner_path = path.clone();
        inner_path.push(0);
        view! {
            <div class="condition-group" data-testid="condition-not" role="group">
                <p>{move || tr(&BUILDER, &ui.get(), "condition-not")}</p>
                {self.node_view(inner_path, inner)}
                {self.remove_button(path)}
            </div>
        }
        .into_any()
    }

    fn comparison_view(&self, path: NodePath) -> AnyView {
        let tree = *self;
        let ui = self.ui_language;
        let key = format!("{}-{}", self.name, path_key(&path));
        let target_id = {
            let path = path.clone();
            move || tree.comparison(&path).map(|c| c.item).unwrap_or_default()
        };
        let op_name = {
            let path = path.clone();
            move || {
                tree.comparison(&path)
                    .map_or("", |c| operator_name(c.op))
                    .to_owned()
            }
        };
        // The value control depends on the answer type and whether the operator takes one.
        let control = {
            let path = path.clone();
            Memo::new(move |_| {
                let comparison = tree.comparison(&path)?;
                let source = tree.source(&comparison.item);
                Some((
                    source.as_ref().map(|s| s.kind),
                    source.and_then(|s| s.choices),
                    comparison.op.takes_value(),
                ))
            })
        };
        let choose_item = {
            let path = path.clone();
            move |event: leptos::ev::Event| {
                let Some(source) = tree.source(&event_target_value(&event)) else {
                    return;
                };
                tree.update_with_survey(|survey, root| retarget(survey, root, &path, &source));
            }
        };
        let choose_op = {
            let path = path.clone();
            move |event: leptos::ev::Event| {
                let name = event_target_value(&event);
                let Some(op) = Operator::ALL
                    .into_iter()
                    .find(|op| operator_name(*op) == name)
                else {
                    return;
                };
                let source = tree.comparison(&path).and_then(|c| tree.source(&c.item));
                tree.update_with_survey(|survey, root| {
                    set_operator(survey, root, &path, source.as_ref(), op)
                });
            }
        };
        let item_options = {
            let target_id = target_id.clone();
            move || {
                let current = target_id();
                let labels = tree.labels.get();
                let mut options: Vec<(String, String)> = tree.sources.with(|sources| {
                    sources
                        .iter()
                        .map(|s| {
                            let label = labels.get(&s.id).cloned().unwrap_or_default();
                            (s.id.clone(), format!("{label} ({})", s.id))
                        })
                        .collect()
                });
                // A question deleted, moved later or renamed stays visible, flagged.
                if !current.is_empty() && !options.iter().any(|(id, _)| *id == current) {
                    let missing = tr_args(
                        &BUILDER,
                        &ui.get(),
                        "condition-missing-item",
                        &args(&[("id", current.clone())]),
                    );
                    options.insert(0, (current.clone(), missing));
                }
                options
                    .into_iter()
                    .map(|(id, label)| {
                        // Options are rebuilt as texts change; the chosen one stays chosen.
                        let chosen = id == current;
                        view! { <option value=id selected=chosen>{label}</option> }
                    })
                    .collect_view()
            }
        };
        let operator_options = {
            let target_id = target_id.clone();
            let path = path.clone();
            move || {
                let kind = tree.source(&target_id()).map(|s| s.kind);
                let mut offered = kind.map(operators_for).unwrap_or_default();
                let current = tree.comparison(&path).map(|c| c.op);
                if let Some(current) = current.filter(|op| !offered.contains(op)) {
                    offered.insert(0, current);
                }
                offered
                    .into_iter()
                    .map(|op| {
                        view! {
                            <option value=operator_name(op) selected=Some(op) == current>
                                {move || tr(&BUILDER, &ui.get(), &format!("operator-{}", operator_name(op)))}
                            </option>
                        }
                    })
                    .collect_view()
            }
        };
        let value_control = {
            let path = path.clone();
            move || {
                control.get().and_then(|(kind, choices, takes_value)| {
                    takes_value.then(|| tree.value_view(path.clone(), kind, choices))
                })
            }
        };
        view! {
            <div class="condition-row" data-testid="condition">
                <label class="visually-hidden" for=format!("{key}-item")>{move || tr(&BUILDER, &ui.get(), "condition-item")}</label>
                <select id=format!("{key}-item") class="answer-picker" data-testid="condition-item" prop:value=target_id on:change=choose_item>
                    {item_options}
                </select>
                <label class="visually-hidden" for=format!("{key}-operator")>{move || tr(&BUILDER, &ui.get(), "condition-operator")}</label>
                <select id=format!("{key}-operator") data-testid="condition-operator" prop:value=op_name on:change=choose_op>
                    {operator_options}
                </select>
                {value_control}
                {self.remove_button(path)}
            </div>
        }
        .into_any()
    }

    fn value_view(
        &self,
        path: NodePath,
        kind: Option<ItemKind>,
        choices: Option<String>,
    ) -> AnyView {
        let tree = *self;
        let ui = self.ui_language;
        let id = format!("{}-{}-value", self.name, path_key(&path));
        let label = view! {
            <label class="visually-hidden" for=id.clone()>{move || tr(&BUILDER, &ui.get(), "condition-value")}</label>
        };
        let current = {
            let path = path.clone();
            move || {
                tree.comparison(&path)
                    .and_then(|c| c.value)
                    .map(|value| bound_text(&Some(value)))
                    .unwrap_or_default()
            }
        };
        let set = move |value: Option<Literal>| {
            let path = path.clone();
            if let Some(value) = value {
                tree.update(|root| {
                    if let Some(Condition::Compare(comparison)) = node_mut(root, &path) {
                        comparison.value = Some(value);
                    }
                });
            }
        };
        match kind {
            Some(ItemKind::YesNo | ItemKind::Consent) => view! {
                {label}
                <select id=id data-testid="condition-value" prop:value=current
                    on:change=move |event| set(Some(Literal::Bool(event_target_value(&event) == "true")))>
                    <option value="true">{move || tr(&BUILDER, &ui.get(), "value-yes")}</option>
                    <option value="false">{move || tr(&BUILDER, &ui.get(), "value-no")}</option>
                </select>
            }
            .into_any(),
            Some(kind) if choices.is_some() && kind.uses_choices() => {
                let list = choices.unwrap_or_default();
                let current_code = current.clone();
                let options = move || {
                    let chosen = current_code();
                    let context = Context {
                        audience: tree.audience.get(),
                        answers: BTreeMap::new(),
                    };
                    let language = tree.language.get();
                    tree.editor
                        .survey
                        .with(|survey| {
                            survey
                                .as_ref()
                                .map(|s| option_labels(s, &list, &language, &context))
                        })
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(code, label)| {
                            let selected = code == chosen;
                            view! { <option value=code selected=selected>{label}</option> }
                        })
                        .collect_view()
                };
                view! {
                    {label}
                    <select id=id data-testid="condition-value" prop:value=current
                        on:change=move |event| set(Some(Literal::Text(event_target_value(&event))))>
                        {options}
                    </select>
                }
                .into_any()
            }
            Some(kind) if kind.is_numeric() => view! {
                {label}
                <input id=id type="number" step="any" data-testid="condition-value" prop:value=current
                    on:change=move |event| set(parse_range_bound(kind, &event_target_value(&event)).ok().flatten()) />
            }
            .into_any(),
            Some(ItemKind::Date) => view! {
                {label}
                <input id=id type="date" data-testid="condition-value" prop:value=current
                    on:change=move |event| set(Some(Literal::Text(event_target_value(&event)))) />
            }
            .into_any(),
            _ => view! {
                {label}
                <input id=id type="text" data-testid="condition-value" prop:value=current
                    on:input=move |event| set(Some(Literal::Text(event_target_value(&event)))) />
            }
            .into_any(),
        }
    }

    /// The condition in words, in the interface language.
    fn sentence(&self, ui: &str, condition: &Condition) -> String {
        if let Some((combinator, inside)) = as_group(condition) {
            let children = match node(condition, &inside) {
                Some(Condition::All(children) | Condition::Any(children)) => children.as_slice(),
                _ => &[],
            };
            let joiner = match combinator {
                Combinator::All | Combinator::NotAll => "condition-and",
                Combinator::Any | Combinator::NoneOf => "condition-or",
            };
            let parts: Vec<String> = children
                .iter()
                .map(|child| {
                    let words = self.sentence(ui, child);
                    if as_group(child).is_some() {
                        tr_args(&BUILDER, ui, "condition-nested", &args(&[("inner", words)]))
                    } else {
                        words
                    }
                })
                .collect();
            let joined = parts
                .into_iter()
                .reduce(|left, right| {
                    tr_args(
                        &BUILDER,
                        ui,
                        joiner,
                        &args(&[("left", left), ("right", right)]),
                    )
                })
                .unwrap_or_default();
            return match combinator {
                Combinator::All | Combinator::Any => joined,
                Combinator::NoneOf | Combinator::NotAll => tr_args(
                    &BUILDER,
                    ui,
                    "condition-negated",
                    &args(&[("inner", joined)]),
                ),
            };
        }
        match condition {
            Condition::Not(inner) => tr_args(
                &BUILDER,
                ui,
                "condition-negated",
                &args(&[("inner", self.sentence(ui, inner))]),
            ),
            Condition::Compare(comparison) => {
                let item = self
                    .labels
                    .with_untracked(|labels| labels.get(&comparison.item).cloned())
                    .unwrap_or_else(|| comparison.item.clone());
                let value = comparison
                    .value
                    .as_ref()
                    .map(|value| self.value_words(ui, &comparison.item, value))
                    .unwrap_or_default();
                tr_args(
                    &BUILDER,
                    ui,
                    &format!("sentence-{}", operator_name(comparison.op)),
                    &args(&[("item", item), ("value", value)]),
                )
            }
            _ => String::new(),
        }
    }

    /// A compared value as the respondent would see it: an option's label, yes or no.
    fn value_words(&self, ui: &str, item: &str, value: &Literal) -> String {
        match value {
            Literal::Bool(true) => tr(&BUILDER, ui, "value-yes"),
            Literal::Bool(false) => tr(&BUILDER, ui, "value-no"),
            Literal::Number(number) => number.to_string(),
            Literal::Text(text) => {
                let list = self.source(item).and_then(|source| source.choices);
                let context = Context {
                    audience: self.audience.get_untracked(),
                    answers: BTreeMap::new(),
                };
                let language = self.language.get_untracked();
                list.and_then(|list| {
                    self.editor.survey.with_untracked(|survey| {
                        survey.as_ref().and_then(|s| {
                            option_labels(s, &list, &language, &context)
                                .into_iter()
                                .find(|(code, _)| code == text)
                                .map(|(_, label)| label)
                        })
                    })
                })
                .unwrap_or_else(|| text.clone())
            }
        }
    }
}

/// An operator's name in message ids and option values.
fn operator_name(op: Operator) -> &'static str {
    op.json_name()
}
