//! One item rendered with native, labelled controls, by type.
//!
//! Every control has a visible label tied to it (`<label for>` or a `<fieldset>` with a
//! `<legend>`), so screen readers announce the question with the control. Survey text is
//! always inserted as text nodes, never as markup.

use leptos::prelude::*;

use crate::core::model::{Appearance, ItemKind, WayOut};
use crate::core::present::PresentedItem;
use crate::ui::i18n::{RESPOND, args, tr, tr_args};

/// One item.
#[component]
pub fn ItemControl(
    /// The item, resolved in the respondent's language.
    item: PresentedItem,
    /// The language tag of the texts, for the runtime's own words.
    language: String,
) -> AnyView {
    let field_id = format!("q-{}", item.id);
    let hint_id = format!("{field_id}-hint");
    let described_by = item.hint.as_ref().map(|_| hint_id.clone());
    let required_marker = item.required.then(|| {
        view! { <span class="required">" (" {tr(&RESPOND, &language, "required-marker")} ")"</span> }
    });
    let hint = item
        .hint
        .clone()
        .map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> });
    let sensitive = item.sensitive.clone().map(|sensitive| {
        let way_out = match sensitive.way_out {
            WayOut::Skip => tr(&RESPOND, &language, "skip-question"),
            WayOut::PreferNotToAnswer => tr(&RESPOND, &language, "prefer-not-to-answer"),
        };
        view! {
            <div class="sensitive">
                {sensitive.content_note.map(|note| view! {
                    <p class="content-note"><strong>{tr(&RESPOND, &language, "content-note")}": "</strong>{note}</p>
                })}
                {sensitive.why_we_ask.map(|why| view! {
                    <details class="why-we-ask"><summary>{tr(&RESPOND, &language, "why-we-ask")}</summary><p>{why}</p></details>
                })}
                <label class="way-out"><input type="checkbox" name=format!("{}-declined", item.id) />" " {way_out}</label>
            </div>
        }
    });
    let name = item.id.clone();
    let control = match item.kind {
        ItemKind::Note => return view! { <p class="note" data-testid="item" data-item-id=item.id.clone()>{item.text}</p> }.into_any(),
        ItemKind::Section => {
            let children = item
                .children
                .into_iter()
                .map(|child| view! { <ItemControl item=child language=language.clone() /> })
                .collect_view();
            return view! {
                <fieldset class="section" data-testid="item" data-item-id=item.id.clone()>
                    <legend>{item.text}</legend>
                    {hint}
                    {children}
                </fieldset>
            }
            .into_any();
        }
        ItemKind::ShortText => view! {
            <input type="text" id=field_id.clone() name=name placeholder=item.placeholder.clone() aria-describedby=described_by.clone() required=item.required />
        }.into_any(),
        ItemKind::LongText => view! {
            <textarea id=field_id.clone() name=name rows="4" placeholder=item.placeholder.clone() aria-describedby=described_by.clone() required=item.required></textarea>
        }.into_any(),
        ItemKind::Integer | ItemKind::Decimal => {
            let step = if item.kind == ItemKind::Integer { "1" } else { "any" };
            let mode = if item.kind == ItemKind::Integer { "numeric" } else { "decimal" };
            view! {
                <span class="number">
                    <input type="number" id=field_id.clone() name=name step=step inputmode=mode placeholder=item.placeholder.clone() aria-describedby=described_by.clone() required=item.required />
                    {item.unit.clone().map(|unit| view! { <span class="unit">{unit}</span> })}
                </span>
            }.into_any()
        }
        ItemKind::Date => view! {
            <input type="date" id=field_id.clone() name=name aria-describedby=described_by.clone() required=item.required />
        }.into_any(),
        ItemKind::SingleChoice if item.appearance == Appearance::Dropdown => view! {
            <select id=field_id.clone() name=name aria-describedby=described_by.clone() required=item.required>
                <option value="">"—"</option>
                {item.options.iter().map(|option| view! { <option value=option.code.clone()>{option.label.clone()}</option> }).collect_view()}
            </select>
        }.into_any(),
        ItemKind::SingleChoice | ItemKind::MultipleChoice => {
            let kind = if item.kind == ItemKind::SingleChoice { "radio" } else { "checkbox" };
            return fieldset(&item, hint, sensitive, required_marker, item.options.iter().map(|option| {
                view! {
                    <label class="choice">
                        <input type=kind name=item.id.clone() value=option.code.clone() data-exclusive=option.exclusive.then_some("true") />
                        " " {option.label.clone()}
                    </label>
                }
            }).collect_view().into_any());
        }
        ItemKind::YesNo => {
            let options = [("yes", "answer-yes"), ("no", "answer-no")].map(|(value, id)| view! {
                <label class="choice"><input type="radio" name=item.id.clone() value=value />" " {tr(&RESPOND, &language, id)}</label>
            });
            return fieldset(&item, hint, sensitive, required_marker, options.into_iter().collect_view().into_any());
        }
        ItemKind::Consent => view! {
            <label class="choice"><input type="checkbox" id=field_id.clone() name=name required=item.required />" " {tr(&RESPOND, &language, "consent-agree")}</label>
        }.into_any(),
        ItemKind::Rating => {
            let scale = item.scale.clone().unwrap_or(crate::core::present::PresentedScale { min: 1, max: 5, min_label: None, max_label: None });
            let caption = tr_args(&RESPOND, &language, "rating-scale", &args(&[("min", scale.min.to_string()), ("max", scale.max.to_string())]));
            let points = (scale.min..=scale.max).map(|point| view! {
                <label class="point"><input type="radio" name=item.id.clone() value=point.to_string() />" " {point.to_string()}</label>
            }).collect_view();
            return fieldset(&item, hint, sensitive, required_marker, view! {
                <p class="scale-caption">{caption}</p>
                <div class="scale">
                    {scale.min_label.map(|label| view! { <span class="scale-end">{label}</span> })}
                    {points}
                    {scale.max_label.map(|label| view! { <span class="scale-end">{label}</span> })}
                </div>
            }.into_any());
        }
        ItemKind::LikertGrid => {
            let header = item.options.iter().map(|option| view! { <th scope="col">{option.label.clone()}</th> }).collect_view();
            let rows = item.rows.iter().map(|(row_id, text)| {
                let cells = item.options.iter().map(|option| view! {
                    <td><input type="radio" name=row_id.clone() value=option.code.clone() aria-label=format!("{text}: {}", option.label) /></td>
                }).collect_view();
                view! { <tr><th scope="row">{text.clone()}</th>{cells}</tr> }
            }).collect_view();
            return fieldset(&item, hint, sensitive, required_marker, view! {
                <div class="grid-scroll"><table class="likert"><thead><tr><td></td>{header}</tr></thead><tbody>{rows}</tbody></table></div>
            }.into_any());
        }
        ItemKind::Ranking => {
            return fieldset(&item, hint, sensitive, required_marker, view! {
                <p class="scale-caption">{tr(&RESPOND, &language, "ranking-hint")}</p>
                <ol class="ranking">
                    {item.options.iter().map(|option| view! { <li data-code=option.code.clone()>{option.label.clone()}</li> }).collect_view()}
                </ol>
            }.into_any());
        }
    };
    view! {
        <div class="item" data-testid="item" data-item-id=item.id.clone()>
            <label for=field_id class="question">{item.text}{required_marker}</label>
            {hint}
            {sensitive}
            {control}
        </div>
    }
    .into_any()
}

/// A group of related controls under the question as its legend.
fn fieldset(
    item: &PresentedItem,
    hint: Option<impl IntoView + 'static>,
    sensitive: Option<impl IntoView + 'static>,
    required_marker: Option<impl IntoView + 'static>,
    controls: AnyView,
) -> AnyView {
    view! {
        <fieldset class="item" data-testid="item" data-item-id=item.id.clone()>
            <legend class="question">{item.text.clone()}{required_marker}</legend>
            {hint}
            {sensitive}
            {controls}
        </fieldset>
    }
    .into_any()
}
