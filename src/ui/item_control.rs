//! One item rendered with native, labelled controls bound to the session's answers.
//!
//! Every control has a visible label tied to it (`<label for>` or a `<fieldset>` with a
//! `<legend>`); errors appear next to the field, are linked with `aria-describedby` and
//! announced (`role="alert"`). Survey text is always inserted as text nodes, never as markup.
//!
//! The controls are built once for the item's shape (its type, options, rows, which texts it
//! has); its words follow the item in place, so switching the language rewrites text nodes
//! instead of rebuilding every control of the page. Each item reads its own answer through one
//! memo, so answering one question re-runs that question's controls, not every control of
//! the page.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::core::answer::Answer;
use crate::core::flow::{FieldErrorKind, toggle_choice};
use crate::core::fluent::{Context, Resolver};
use crate::core::model::{Appearance, ItemKind, WayOut};
use crate::core::present::{PresentedItem, PresentedOption};
use crate::ui::i18n::{RESPOND, args, tr, tr_args};
use crate::ui::respond_session::RespondSession;

/// One item, bound to the session.
#[component]
pub fn ItemControl(
    /// The item, resolved in the respondent's language. Its shape (everything but its words)
    /// stays as it was when the control was built; the words follow it.
    item: Memo<PresentedItem>,
    /// The respondent's session.
    session: RespondSession,
) -> AnyView {
    let words = item;
    let item = item.get_untracked();
    let id = item.id.clone();
    let field_id = format!("q-{id}");
    let language = move || session.language.get();
    let answer = answer_memo(session, id.clone());
    let declined = Memo::new(move |_| answer.with(|answer| *answer == Some(Answer::Declined)));
    let text = move || words.with(|item| item.text.clone());
    let hint = item.hint.as_ref().map(|_| {
        let hint = move || words.with(|item| item.hint.clone().unwrap_or_default());
        view! { <p class="hint" id=format!("{field_id}-hint")>{hint}</p> }
    });
    let placeholder = move || words.with(|item| item.placeholder.clone());
    let described_by = {
        let mut ids = Vec::new();
        if item.hint.is_some() {
            ids.push(format!("{field_id}-hint"));
        }
        ids.push(format!("{field_id}-error"));
        ids.join(" ")
    };
    let required_marker = (item.required && item.sensitive.is_none())
        .then(|| view! { <span class="required">" (" {move || tr(&RESPOND, &language(), "required-marker")} ")"</span> });
    let sensitive = item.sensitive.clone().map(|sensitive| {
        let id = id.clone();
        let note = move || {
            words.with(|item| {
                item.sensitive
                    .as_ref()
                    .and_then(|s| s.content_note.clone())
                    .unwrap_or_default()
            })
        };
        let why = move || {
            words.with(|item| {
                item.sensitive
                    .as_ref()
                    .and_then(|s| s.why_we_ask.clone())
                    .unwrap_or_default()
            })
        };
        view! {
            <div class="sensitive">
                {sensitive.content_note.map(|_| view! {
                    <p class="content-note"><strong>{move || tr(&RESPOND, &language(), "content-note")}": "</strong>{note}</p>
                })}
                {sensitive.why_we_ask.map(|_| view! {
                    <details class="why-we-ask"><summary>{move || tr(&RESPOND, &language(), "why-we-ask")}</summary><p>{why}</p></details>
                })}
                {match sensitive.way_out {
                    WayOut::PreferNotToAnswer => view! {
                        <label class="choice way-out">
                            <input type="checkbox" data-testid=format!("decline-{id}")
                                prop:checked=move || declined.get()
                                on:change=move |event| {
                                    let on = event_target_checked(&event);
                                    session.answer(&id, on.then_some(Answer::Declined));
                                } />
                            " " {move || tr(&RESPOND, &language(), "prefer-not-to-answer")}
                        </label>
                    }.into_any(),
                    WayOut::Skip => view! { <p class="way-out">{move || tr(&RESPOND, &language(), "skip-allowed")}</p> }.into_any(),
                }}
            </div>
        }
    });
    let errors = error_list(session, id.clone(), format!("{field_id}-error"));

    let body = match item.kind {
        ItemKind::Note => {
            return view! { <p class="note" data-testid="item" data-item-id=id>{text}</p> }
                .into_any();
        }
        ItemKind::Section => {
            let children = item
                .children
                .into_iter()
                .enumerate()
                .map(|(index, child)| {
                    let child = Memo::new(move |previous: Option<&PresentedItem>| {
                        words
                            .with(|item| item.children.get(index).cloned())
                            .or_else(|| previous.cloned())
                            .unwrap_or_else(|| child.clone())
                    });
                    view! { <ItemControl item=child session=session /> }
                })
                .collect_view();
            return view! {
                <fieldset class="section" data-testid="item" data-item-id=id>
                    <legend>{text}</legend>
                    {hint}
                    {children}
                </fieldset>
            }
            .into_any();
        }
        ItemKind::ShortText | ItemKind::LongText => Body::Single({
            let initial = text_of(session, &id);
            let on_input = {
                let id = id.clone();
                move |event: leptos::ev::Event| {
                    let value = event_target_value(&event);
                    session.answer(&id, (!value.is_empty()).then_some(Answer::Text(value)));
                }
            };
            if item.kind == ItemKind::ShortText {
                view! {
                    <input type="text" id=field_id.clone() name=id.clone() prop:value=initial placeholder=placeholder
                        aria-describedby=described_by.clone() prop:disabled=move || declined.get() on:input=on_input />
                }.into_any()
            } else {
                view! {
                    <textarea id=field_id.clone() name=id.clone() rows="4" prop:value=initial placeholder=placeholder
                        aria-describedby=described_by.clone() prop:disabled=move || declined.get() on:input=on_input></textarea>
                }.into_any()
            }
        }),
        ItemKind::Integer | ItemKind::Decimal => Body::Single({
            let initial = session
                .answers
                .with_untracked(|answers| match answers.get(&id) {
                    Some(Answer::Number(number)) => number.to_string(),
                    _ => String::new(),
                });
            let (step, mode) = if item.kind == ItemKind::Integer {
                ("1", "numeric")
            } else {
                ("any", "decimal")
            };
            let on_input = {
                let id = id.clone();
                move |event: leptos::ev::Event| {
                    let value = event_target_value(&event);
                    let number = value
                        .trim()
                        .replace(',', ".")
                        .parse::<f64>()
                        .ok()
                        .filter(|n| n.is_finite());
                    session.answer(&id, number.map(Answer::Number));
                }
            };
            view! {
                <span class="number">
                    <input type="number" id=field_id.clone() name=id.clone() step=step inputmode=mode prop:value=initial
                        placeholder=placeholder aria-describedby=described_by.clone()
                        prop:disabled=move || declined.get() on:input=on_input />
                    {item.unit.as_ref().map(|_| {
                        let unit = move || words.with(|item| item.unit.clone().unwrap_or_default());
                        view! { <span class="unit">{unit}</span> }
                    })}
                </span>
            }.into_any()
        }),
        ItemKind::Date => Body::Single({
            let initial = session
                .answers
                .with_untracked(|answers| match answers.get(&id) {
                    Some(Answer::Date(date)) => date.clone(),
                    _ => String::new(),
                });
            let id_for_input = id.clone();
            view! {
                <input type="date" id=field_id.clone() name=id.clone() prop:value=initial aria-describedby=described_by.clone()
                    prop:disabled=move || declined.get()
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        session.answer(&id_for_input, (!value.is_empty()).then_some(Answer::Date(value)));
                    } />
            }.into_any()
        }),
        ItemKind::SingleChoice if item.appearance == Appearance::Dropdown => Body::Single({
            let current = move || {
                answer.with(|answer| match answer {
                    Some(Answer::Choice(code)) => code.clone(),
                    _ => String::new(),
                })
            };
            let id_for_change = id.clone();
            view! {
                <select id=field_id.clone() name=id.clone() aria-describedby=described_by.clone() prop:value=current
                    prop:disabled=move || declined.get()
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        session.answer(&id_for_change, (!value.is_empty()).then_some(Answer::Choice(value)));
                    }>
                    <option value="">"—"</option>
                    {item.options.iter().enumerate().map(|(index, option)| view! { <option value=option.code.clone()>{option_label(words, index)}</option> }).collect_view()}
                </select>
            }.into_any()
        }),
        ItemKind::SingleChoice | ItemKind::MultipleChoice => {
            let multiple = item.kind == ItemKind::MultipleChoice;
            // Inserted one by one: collecting would sort them first, a sort the runtime
            // otherwise has no use for.
            let mut exclusive = BTreeSet::new();
            for option in item.options.iter().filter(|o| o.exclusive) {
                exclusive.insert(option.code.clone());
            }
            let options = item
                .options
                .iter()
                .enumerate()
                .map(|(index, option)| {
                    let label = option_label(words, index);
                    let choice = Choice {
                        id: &id,
                        answer,
                        option,
                        label,
                    };
                    choice_input(session, choice, multiple, exclusive.clone(), declined)
                })
                .collect_view();
            Body::Grouped(options.into_any())
        }
        ItemKind::YesNo => {
            let options = [(true, "answer-yes"), (false, "answer-no")].map(|(value, word)| {
                let id = id.clone();
                let checked = move || answer.with(|answer| *answer == Some(Answer::Bool(value)));
                view! {
                    <label class="choice">
                        <input type="radio" name=id.clone() value=if value { "yes" } else { "no" } prop:checked=checked
                            prop:disabled=move || declined.get()
                            on:change=move |_| session.answer(&id, Some(Answer::Bool(value))) />
                        " " {move || tr(&RESPOND, &language(), word)}
                    </label>
                }
            });
            Body::Grouped(options.into_iter().collect_view().into_any())
        }
        ItemKind::Consent => Body::Single({
            let checked = move || answer.with(|answer| *answer == Some(Answer::Bool(true)));
            let id_for_change = id.clone();
            view! {
                <label class="choice">
                    <input type="checkbox" id=field_id.clone() name=id.clone() prop:checked=checked aria-describedby=described_by.clone()
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            session.answer(&id_for_change, on.then_some(Answer::Bool(true)));
                        } />
                    " " {move || tr(&RESPOND, &language(), "consent-agree")}
                </label>
            }.into_any()
        }),
        ItemKind::Rating => {
            let scale = item
                .scale
                .clone()
                .unwrap_or(crate::core::present::PresentedScale {
                    min: 1,
                    max: 5,
                    min_label: None,
                    max_label: None,
                });
            let (min, max) = (scale.min, scale.max);
            let caption = move || {
                tr_args(
                    &RESPOND,
                    &language(),
                    "rating-scale",
                    &args(&[("min", min.to_string()), ("max", max.to_string())]),
                )
            };
            let points = (scale.min..=scale.max).map(|point| {
                let id = id.clone();
                let checked = move || answer.with(|answer| *answer == Some(Answer::Number(point as f64)));
                view! {
                    <label class="point">
                        <input type="radio" name=id.clone() value=point.to_string() prop:checked=checked
                            prop:disabled=move || declined.get()
                            on:change=move |_| session.answer(&id, Some(Answer::Number(point as f64))) />
                        <span>{point.to_string()}</span>
                    </label>
                }
            }).collect_view();
            Body::Grouped(view! {
                <p class="scale-caption">{caption}</p>
                <div class="scale">
                    {scale.min_label.map(|_| view! { <span class="scale-end">{scale_label(words, false)}</span> })}
                    <div class="points">{points}</div>
                    {scale.max_label.map(|_| view! { <span class="scale-end">{scale_label(words, true)}</span> })}
                </div>
            }.into_any())
        }
        ItemKind::LikertGrid => {
            let rows = item
                .rows
                .iter()
                .enumerate()
                .map(|(row, (row_id, _))| {
                    let row_answer = answer_memo(session, row_id.clone());
                    let options = item
                        .options
                        .iter()
                        .enumerate()
                        .map(|(index, option)| {
                            let label = option_label(words, index);
                            let choice = Choice {
                                id: row_id,
                                answer: row_answer,
                                option,
                                label,
                            };
                            choice_input(session, choice, false, BTreeSet::new(), declined)
                        })
                        .collect_view();
                    let row_errors = row_error(session, row_id.clone());
                    let text = move || {
                        words.with(|item| {
                            item.rows
                                .get(row)
                                .map(|(_, text)| text.clone())
                                .unwrap_or_default()
                        })
                    };
                    view! {
                        <fieldset class="grid-row" data-row-id=row_id.clone()>
                            <legend>{text}</legend>
                            {row_errors}
                            <div class="grid-options">{options}</div>
                        </fieldset>
                    }
                })
                .collect_view();
            Body::Grouped(rows.into_any())
        }
        ItemKind::Ranking => Body::Grouped(ranking(session, words, answer).into_any()),
    };
    match body {
        Body::Single(control) => view! {
            <div class="item" data-testid="item" data-item-id=id>
                <label for=field_id class="question">{text}{required_marker}</label>
                {hint}
                {sensitive}
                {control}
                {errors}
            </div>
        }
        .into_any(),
        Body::Grouped(controls) => fieldset(
            &id,
            view! { {text}{required_marker} },
            hint,
            sensitive,
            errors,
            &described_by,
            controls,
        ),
    }
}

/// How an item's controls are labelled.
enum Body {
    /// One control, labelled by `<label for>`.
    Single(AnyView),
    /// Several controls, grouped in a `<fieldset>` with the question as its `<legend>`.
    Grouped(AnyView),
}

/// The answer to `id` (an item or a grid row): the one reactive value its controls read, so
/// an answer elsewhere does not re-run them.
fn answer_memo(session: RespondSession, id: String) -> Memo<Option<Answer>> {
    Memo::new(move |_| session.answers.with(|answers| answers.get(&id).cloned()))
}

/// The label of option `index`, following the item's words.
fn option_label(words: Memo<PresentedItem>, index: usize) -> impl Fn() -> String + Copy {
    move || {
        words.with(|item| {
            item.options
                .get(index)
                .map(|option| option.label.clone())
                .unwrap_or_default()
        })
    }
}

/// The label at one end of a rating scale, following the item's words.
fn scale_label(words: Memo<PresentedItem>, max: bool) -> impl Fn() -> String + Copy {
    move || {
        words.with(|item| {
            item.scale
                .as_ref()
                .and_then(|scale| {
                    if max {
                        scale.max_label.clone()
                    } else {
                        scale.min_label.clone()
                    }
                })
                .unwrap_or_default()
        })
    }
}

fn text_of(session: RespondSession, id: &str) -> String {
    session
        .answers
        .with_untracked(|answers| match answers.get(id) {
            Some(Answer::Text(text)) => text.clone(),
            _ => String::new(),
        })
}

/// One option offered for an answer.
struct Choice<'a, L> {
    /// The item or grid row answered.
    id: &'a str,
    /// Its answer.
    answer: Memo<Option<Answer>>,
    option: &'a PresentedOption,
    /// The option's label, following the item's words.
    label: L,
}

/// A radio button or checkbox for one option, bound to answer `id`.
fn choice_input<L: Fn() -> String + Send + Sync + 'static>(
    session: RespondSession,
    choice: Choice<'_, L>,
    multiple: bool,
    exclusive: BTreeSet<String>,
    declined: Memo<bool>,
) -> impl IntoView + use<L> {
    let Choice {
        id,
        answer,
        option,
        label,
    } = choice;
    let code = option.code.clone();
    let checked = {
        let code = code.clone();
        move || {
            answer.with(|answer| match answer {
                Some(Answer::Choice(chosen)) => *chosen == code,
                Some(Answer::Choices(chosen)) => chosen.contains(&code),
                _ => false,
            })
        }
    };
    let on_change = {
        let (id, code) = (id.to_owned(), code.clone());
        move |_| {
            if multiple {
                let chosen = session
                    .answers
                    .with_untracked(|answers| match answers.get(&id) {
                        Some(Answer::Choices(chosen)) => chosen.clone(),
                        _ => Vec::new(),
                    });
                let next = toggle_choice(&chosen, &code, &exclusive);
                session.answer(&id, (!next.is_empty()).then_some(Answer::Choices(next)));
            } else {
                session.answer(&id, Some(Answer::Choice(code.clone())));
            }
        }
    };
    view! {
        <label class="choice">
            <input type=if multiple { "checkbox" } else { "radio" } name=id.to_owned() value=code prop:checked=checked
                prop:disabled=move || declined.get() on:change=on_change />
            " " {label}
        </label>
    }
}

/// Options in order with buttons to move each; the order becomes the answer once confirmed
/// or changed.
fn ranking(
    session: RespondSession,
    words: Memo<PresentedItem>,
    answer: Memo<Option<Answer>>,
) -> impl IntoView + use<> {
    let (id, default_order) = words.with_untracked(|item| {
        let codes: Vec<String> = item.options.iter().map(|o| o.code.clone()).collect();
        (item.id.clone(), codes)
    });
    let order = {
        let default_order = default_order.clone();
        move || {
            answer.with(|answer| match answer {
                Some(Answer::Choices(codes)) if codes.len() == default_order.len() => codes.clone(),
                _ => default_order.clone(),
            })
        }
    };
    let language = move || session.language.get();
    let order_for_rows = order.clone();
    let move_to = {
        let id = id.clone();
        let order = order.clone();
        move |from: usize, to: usize| {
            let mut codes = order();
            if to < codes.len() {
                codes.swap(from, to);
                session.answer(&id, Some(Answer::Choices(codes)));
            }
        }
    };
    let confirm = {
        let id = id.clone();
        move |_| session.answer(&id, Some(Answer::Choices(order())))
    };
    view! {
        <p class="scale-caption">{move || tr(&RESPOND, &language(), "ranking-hint")}</p>
        <ol class="ranking">
            {move || {
                let codes = order_for_rows();
                let count = codes.len();
                let labels: Vec<(String, String)> = words.with(|item| {
                    item.options.iter().map(|o| (o.code.clone(), o.label.clone())).collect()
                });
                codes.into_iter().enumerate().map(|(index, code)| {
                    let label = labels.iter().find(|(c, _)| *c == code).map(|(_, l)| l.clone()).unwrap_or(code.clone());
                    let (up, down) = (move_to.clone(), move_to.clone());
                    let up_label = tr_args(&RESPOND, &language(), "ranking-up", &args(&[("label", label.clone())]));
                    let down_label = tr_args(&RESPOND, &language(), "ranking-down", &args(&[("label", label.clone())]));
                    view! {
                        <li data-code=code>
                            <span class="rank-label">{label.clone()}</span>
                            <button type="button" aria-label=up_label disabled=index == 0 on:click=move |_| up(index, index.wrapping_sub(1))>"↑"</button>
                            <button type="button" aria-label=down_label disabled=index + 1 == count on:click=move |_| down(index, index + 1)>"↓"</button>
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
        <button type="button" class="secondary" on:click=confirm>{move || tr(&RESPOND, &language(), "ranking-confirm")}</button>
    }
}

/// The errors shown for an item, announced when they appear.
fn error_list(session: RespondSession, id: String, element_id: String) -> impl IntoView + use<> {
    let messages = move || {
        let language = session.language.get();
        session.errors.with(|errors| {
            errors
                .iter()
                .filter(|error| error.item == id)
                .map(|error| error_message(session, &language, &error.item, &error.kind))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="field-errors" id=element_id role="alert">
            {move || messages().into_iter().map(|message| view! { <p class="field-error">{message}</p> }).collect_view()}
        </div>
    }
}

fn row_error(session: RespondSession, row_id: String) -> impl IntoView + use<> {
    let message = move || {
        let language = session.language.get();
        session.errors.with(|errors| {
            errors
                .iter()
                .find(|error| error.item == row_id)
                .map(|error| error_message(session, &language, &error.item, &error.kind))
        })
    };
    view! { <div class="field-errors" role="alert">{move || message().map(|m| view! { <p class="field-error">{m}</p> })}</div> }
}

/// The words for a field error: the survey's own message for a failed rule, the runtime's
/// words otherwise.
pub fn error_message(
    session: RespondSession,
    language: &str,
    item_id: &str,
    kind: &FieldErrorKind,
) -> String {
    match kind {
        FieldErrorKind::Required => tr(&RESPOND, language, "error-required"),
        FieldErrorKind::NotWholeNumber => tr(&RESPOND, language, "error-whole-number"),
        FieldErrorKind::InvalidDate => tr(&RESPOND, language, "error-invalid-date"),
        FieldErrorKind::Rule(index) => session.survey.with(|survey| {
            let context = Context {
                audience: session.audience.get_untracked(),
                answers: session.answers.get_untracked(),
            };
            let resolver = Resolver::new(survey, language, &context);
            survey
                .item(item_id)
                .and_then(|item| item.validation.get(*index))
                .and_then(|rule| resolver.resolve(&rule.message))
                .map_or_else(
                    || tr(&RESPOND, language, "error-answer-invalid"),
                    |resolved| resolved.text,
                )
        }),
    }
}

/// A group of related controls under the question as its legend.
fn fieldset(
    id: &str,
    legend: impl IntoView + 'static,
    hint: Option<impl IntoView + 'static>,
    sensitive: Option<impl IntoView + 'static>,
    errors: impl IntoView + 'static,
    described_by: &str,
    controls: AnyView,
) -> AnyView {
    view! {
        <fieldset class="item" data-testid="item" data-item-id=id.to_owned() aria-describedby=described_by.to_owned()>
            <legend class="question">{legend}</legend>
            {hint}
            {sensitive}
            {controls}
            {errors}
        </fieldset>
    }
    .into_any()
}
