//! The validation rules of one item: the checks that fit its type (range, length, pattern,
//! answer count), their bounds, and the message the respondent reads in the edited language.

use leptos::prelude::*;

use crate::core::edit::{Address, item_at};
use crate::core::logic_edit::{CheckKind, bound_text, parse_range_bound};
use crate::core::model::{Check, Item, ItemKind, ValidationRule};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// Which bound of a check a field edits.
#[derive(Clone, Copy, PartialEq)]
enum Bound {
    Min,
    Max,
}

/// The validation rule editor.
#[component]
pub fn ValidationRuleEditor(
    /// The editor.
    editor: EditorState,
    /// Where the item is.
    at: Signal<Address>,
    /// The item's type (the editor is rebuilt when it changes).
    kind: ItemKind,
    /// The language whose messages are edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let rules = {
        Memo::new(move |_| {
            editor.survey.with(|s| {
                s.as_ref()
                    .and_then(|s| item_at(s, &at.get()))
                    .map(|item| item.validation.clone())
                    .unwrap_or_default()
            })
        })
    };
    // One row per rule and kind: rebuilt when a rule is added or removed, not on typing.
    let shape = Memo::new(move |_| {
        rules.with(|rules| {
            rules
                .iter()
                .map(|rule| CheckKind::of(&rule.check))
                .collect::<Vec<_>>()
        })
    });
    let change = {
        move |index: usize, change: &dyn Fn(&mut ValidationRule)| {
            editor.change_item(&at.get_untracked(), |item: &mut Item| {
                if let Some(rule) = item.validation.get_mut(index) {
                    change(rule);
                }
            });
        }
    };
    let add = {
        move |check: CheckKind| {
            editor.change_item(&at.get_untracked(), |item| {
                item.validation.push(ValidationRule {
                    check: check.empty(),
                    message: Default::default(),
                })
            });
        }
    };
    let remove = {
        move |index: usize| {
            editor.change_item(&at.get_untracked(), |item| {
                if index < item.validation.len() {
                    item.validation.remove(index);
                }
            });
        }
    };
    let rows = move || {
        shape
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, check)| {
                rule_row(
                    editor,
                    index,
                    check,
                    kind,
                    rules,
                    change,
                    remove,
                    language,
                    ui_language,
                )
            })
            .collect_view()
    };
    let offered = CheckKind::for_kind(kind);
    view! {
        <fieldset class="rule-editor" data-testid="validation-rules">
            <legend>{t("rules-heading")}</legend>
            <ol>{rows}</ol>
            {offered.is_empty().then(|| view! { <p class="hint">{t("rules-none-apply")}</p> })}
            <div class="rule-actions">
                {offered.into_iter().map(|check| {
                    view! {
                        <button type="button" data-testid=format!("add-rule-{}", check.name()) on:click=move |_| add(check)>
                            {move || tr(&BUILDER, &ui_language.get(), &format!("add-rule-{}", check.name()))}
                        </button>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// One rule: its bounds or pattern, its message, and a remove button.
#[allow(clippy::too_many_arguments)]
fn rule_row(
    editor: EditorState,
    index: usize,
    check: CheckKind,
    kind: ItemKind,
    rules: Memo<Vec<ValidationRule>>,
    change: impl Fn(usize, &dyn Fn(&mut ValidationRule)) + Clone + 'static,
    remove: impl Fn(usize) + 'static,
    language: RwSignal<String>,
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: String| move || tr(&BUILDER, &ui_language.get(), &id);
    let rule = move || rules.with(|rules| rules.get(index).cloned());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let bound_value = move |bound: Bound| {
        rule()
            .map(|rule| match rule.check {
                Check::Range { min, max } => {
                    bound_text(if bound == Bound::Min { &min } else { &max })
                }
                Check::Length { min, max } | Check::AnswerCount { min, max } => {
                    let value = if bound == Bound::Min { min } else { max };
                    value.map(|n| n.to_string()).unwrap_or_default()
                }
                Check::Pattern { regex } => regex,
            })
            .unwrap_or_default()
    };
    let set_bound = {
        let change = change.clone();
        move |bound: Bound, typed: String| {
            let ui = ui_language.get_untracked();
            let not_a_number = || {
                tr_args(
                    &BUILDER,
                    &ui,
                    "rule-not-a-number",
                    &args(&[("value", typed.clone())]),
                )
            };
            match check {
                CheckKind::Range => match parse_range_bound(kind, &typed) {
                    Ok(value) => {
                        problem.set(None);
                        change(index, &|rule| {
                            if let Check::Range { min, max } = &mut rule.check {
                                *if bound == Bound::Min { min } else { max } = value.clone();
                            }
                        });
                    }
                    Err(_) => problem.set(Some(not_a_number())),
                },
                CheckKind::Length | CheckKind::AnswerCount => {
                    let trimmed = typed.trim();
                    let value = if trimmed.is_empty() {
                        None
                    } else if let Ok(number) = trimmed.parse::<u32>() {
                        Some(number)
                    } else {
                        problem.set(Some(not_a_number()));
                        return;
                    };
                    problem.set(None);
                    change(index, &|rule| {
                        if let Check::Length { min, max } | Check::AnswerCount { min, max } =
                            &mut rule.check
                        {
                            *if bound == Bound::Min { min } else { max } = value;
                        }
                    });
                }
                CheckKind::Pattern => change(index, &|rule| {
                    rule.check = Check::Pattern {
                        regex: typed.clone(),
                    }
                }),
            }
        }
    };
    let input_type = if check == CheckKind::Range && kind == ItemKind::Date {
        "date"
    } else {
        "text"
    };
    let bound_field = {
        let set_bound = set_bound.clone();
        move |bound: Bound| {
            let set_bound = set_bound.clone();
            let which = if bound == Bound::Min { "min" } else { "max" };
            let id = format!("rule-{index}-{which}");
            view! {
                <label for=id.clone()>{t(format!("rule-{}-{which}", check.name()))}</label>
                <input id=id type=input_type inputmode=(input_type == "text").then_some("decimal")
                    data-testid=format!("rule-{which}") prop:value=move || bound_value(bound)
                    aria-describedby=format!("rule-{index}-problem")
                    on:change=move |event| set_bound(bound, event_target_value(&event)) />
            }
        }
    };
    let fields = if check == CheckKind::Pattern {
        let id = format!("rule-{index}-pattern");
        view! {
            <label for=id.clone()>{t("rule-pattern".to_owned())}</label>
            <input id=id type="text" class="code" data-testid="rule-pattern" spellcheck="false"
                prop:value=move || bound_value(Bound::Min)
                on:input=move |event| set_bound(Bound::Min, event_target_value(&event)) />
        }
        .into_any()
    } else {
        view! { {bound_field(Bound::Min)} {bound_field(Bound::Max)} }.into_any()
    };
    let message_id = format!("rule-{index}-message");
    let message = move || {
        rule()
            .and_then(|rule| rule.message.get(&language.get()).map(str::to_owned))
            .unwrap_or_default()
    };
    let set_message = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let tag = language.get_untracked();
        let author = editor.author();
        change(index, &|rule| {
            rule.message.write(&author, &tag, &text);
        });
    };
    view! {
        <li class="rule" data-testid="rule" data-check=check.name()>
            <p class="rule-kind">{t(format!("rule-kind-{}", check.name()))}</p>
            {fields}
            <p id=format!("rule-{index}-problem") class="field-error" role="alert">{move || problem.get()}</p>
            <label for=message_id.clone()>
                {move || tr_args(&BUILDER, &ui_language.get(), "rule-message", &args(&[("language", language.get())]))}
            </label>
            <textarea id=message_id data-testid="rule-message" rows="2" lang=move || language.get()
                prop:value=message on:input=set_message></textarea>
            <button type="button" data-testid="remove-rule" on:click=move |_| remove(index)>{t("remove-rule".to_owned())}</button>
        </li>
    }
}
