//! One string in the translation editor: where it is, the source text, and the target
//! language's text, either as a plain field, as guided variants (one field per plural
//! category or audience value), or as raw Fluent. Shows its status, who last changed it,
//! whether its source changed since, and any problem as you type (a syntax error with its
//! line and column, a variable added or dropped).

use leptos::prelude::*;

use crate::core::edit::Edit;
use crate::core::fluent::{self, PatternProblem};
use crate::core::model::{Role, TranslationStatus};
use crate::core::translation::{self, Standing, TextKey};
use crate::core::variants::{self, VariantForm};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// One translatable string.
#[component]
pub fn TranslationRow(
    /// The editor.
    editor: EditorState,
    /// Where the string is.
    key: TextKey,
    /// Its message id.
    id: String,
    /// What to call it: item id and field, in words.
    context: String,
    /// The language translated into.
    language: String,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let raw = RwSignal::new(false);
    let row_id = StoredValue::new(id.clone());
    let key = StoredValue::new(key);
    let lang = StoredValue::new(language.clone());
    let current = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref().and_then(|s| {
                let text = translation::text(s, &key.read_value())?;
                let source = text.get(&s.source_language).unwrap_or_default().to_owned();
                let target = text.get(&lang.read_value()).unwrap_or_default().to_owned();
                let state = translation::state(s, text, &lang.read_value());
                let source_language = s.source_language.clone();
                let source_dir = s.direction(&source_language).as_html();
                let target_dir = s.direction(&lang.read_value()).as_html();
                let (added, dropped) = if target.trim().is_empty() {
                    (Vec::new(), Vec::new())
                } else {
                    translation::variable_differences(s, &source, &target)
                };
                let numbers: Vec<String> = fluent::parse_pattern(&source)
                    .map(|resource| fluent::variables(&resource, &source))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(name, _)| name)
                    .filter(|name| s.item(name).is_some_and(|item| item.kind.is_numeric()))
                    .collect();
                let audience: Vec<String> = s.audience.iter().map(|a| a.id.clone()).collect();
                Some(Snapshot {
                    source,
                    source_language,
                    source_dir,
                    target,
                    target_dir,
                    standing: state.standing,
                    stale: state.stale,
                    by: state.by,
                    added,
                    dropped,
                    numbers,
                    audience,
                })
            })
        })
    });
    let set = move |pattern: String, status: TranslationStatus| {
        let author = editor.author();
        let new = editor.survey.with_untracked(|s| {
            s.as_ref().and_then(|s| {
                let text = translation::text(s, &key.read_value())?;
                Some(translation::translated(
                    s,
                    text,
                    &lang.read_value(),
                    &pattern,
                    status,
                    &author,
                ))
            })
        });
        if let Some(text) = new {
            editor.edit(Edit::ReplaceText {
                key: key.get_value(),
                text,
            });
        }
    };
    let target = move || current.with(|c| c.as_ref().map(|c| c.target.clone()).unwrap_or_default());
    let form = move || {
        let target = target();
        if raw.get() {
            None
        } else {
            variants::read(&target)
        }
    };
    // Variants start from the translation so far, or from the source text.
    let starting_wording = move || {
        let wording = target();
        if wording.is_empty() {
            current.with_untracked(|c| c.as_ref().map(|c| c.source.clone()).unwrap_or_default())
        } else {
            wording
        }
    };
    let add_plural = move |variable: String| {
        let wording = starting_wording();
        set(
            variants::write(&variants::plural(&wording, &variable, &lang.read_value())),
            TranslationStatus::Draft,
        );
        raw.set(false);
    };
    let add_audience = move |variable: String| {
        let wording = starting_wording();
        let form = editor.survey.with_untracked(|s| {
            s.as_ref().and_then(|s| {
                s.audience
                    .iter()
                    .find(|a| a.id == variable)
                    .map(|a| variants::audience(&wording, a))
            })
        });
        if let Some(form) = form {
            set(variants::write(&form), TranslationStatus::Draft);
            raw.set(false);
        }
    };
    let problems = move || {
        let ui = ui_language.get();
        let Some(c) = current.get() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if !c.target.trim().is_empty()
            && let Err(found) = fluent::parse_pattern(&c.target)
        {
            for problem in found {
                let span = match &problem {
                    PatternProblem::Syntax { span, .. }
                    | PatternProblem::Unsupported { span, .. } => span,
                };
                let before = &c.target[..span.start.min(c.target.len())];
                let line = before.matches('\n').count() + 1;
                let column = before
                    .rsplit('\n')
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .count()
                    + 1;
                let id = match problem {
                    PatternProblem::Syntax { .. } => "translation-syntax-error",
                    PatternProblem::Unsupported { .. } => "translation-unsupported",
                };
                out.push(tr_args(
                    &BUILDER,
                    &ui,
                    id,
                    &args(&[("line", line.to_string()), ("column", column.to_string())]),
                ));
            }
        }
        for name in c.added {
            out.push(tr_args(
                &BUILDER,
                &ui,
                "issue-translation-adds-variable",
                &args(&[("name", name)]),
            ));
        }
        for name in c.dropped {
            out.push(tr_args(
                &BUILDER,
                &ui,
                "issue-translation-drops-variable",
                &args(&[("name", name)]),
            ));
        }
        out
    };
    let role_name = crate::ui::builder_app::role_message;
    let target_id = format!("target-{id}");
    let label_id = format!("label-{id}");
    let language_attr = language.clone();

    view! {
        <li class="translation-row" data-testid="translation-row" data-id=id.clone()
            data-standing=move || current.with(|c| c.as_ref().map(|c| c.standing.name()).unwrap_or_default())
            data-stale=move || current.with(|c| c.as_ref().is_some_and(|c| c.stale).to_string())>
            <p class="translation-context" id=label_id.clone()><code>{context}</code></p>
            <div class="translation-source" data-testid="translation-source"
                lang=move || current.with(|c| c.as_ref().map(|c| c.source_language.clone()).unwrap_or_default())
                dir=move || current.with(|c| c.as_ref().map(|c| c.source_dir).unwrap_or("ltr"))>
                {move || current.with(|c| c.as_ref().map(|c| c.source.clone()).unwrap_or_default())}
            </div>
            <div class="translation-target">
                <Show when=move || form().is_some() fallback=move || view! {
                    <label class="visually-hidden" for=target_id.clone()>{move || tr_args(&BUILDER, &ui_language.get(), "translation-target-label", &args(&[("language", lang.get_value())]))}</label>
                    <textarea id=target_id.clone() rows=move || rows_for(&target()).to_string() data-testid="translation-target" lang=language_attr.clone()
                        dir=move || current.with(|c| c.as_ref().map(|c| c.target_dir).unwrap_or("ltr"))
                        aria-describedby=label_id.clone()
                        prop:value=target on:input=move |event| set(event_target_value(&event), TranslationStatus::Draft)></textarea>
                }>
                    {move || form().map(|form: VariantForm| {
                        let ui = ui_language.get();
                        let variable = form.variable.clone();
                        form.variants.iter().enumerate().map(|(index, variant)| {
                            let input_id = format!("variant-{}-{}-{index}", row_id.read_value(), lang.read_value());
                            let on_audience = current.with_untracked(|c| c.as_ref().is_some_and(|c| c.audience.contains(&variable)));
                            let key_name = if !on_audience && PLURAL_CATEGORIES.contains(&variant.key.as_str()) {
                                tr(&BUILDER, &ui, &format!("plural-{}", variant.key))
                            } else {
                                variant.key.clone()
                            };
                            let label = tr_args(&BUILDER, &ui, "variant-label", &args(&[("variable", variable.clone()), ("key", key_name)]));
                            let base = form.clone();
                            view! {
                                <label for=input_id.clone()>{label}{variant.default.then(|| format!(" ({})", tr(&BUILDER, &ui, "variant-default")))}</label>
                                <input id=input_id type="text" data-testid="variant-input" data-key=variant.key.clone()
                                    lang=lang.get_value() prop:value=variant.pattern.clone()
                                    on:input=move |event| {
                                        let mut changed = base.clone();
                                        changed.variants[index].pattern = event_target_value(&event);
                                        set(variants::write(&changed), TranslationStatus::Draft);
                                    } />
                            }
                        }).collect_view()
                    })}
                </Show>
            </div>
            <div class="translation-tools">
                {move || current.with(|c| c.as_ref().map(|c| c.numbers.clone()).unwrap_or_default()).into_iter().map(|variable| {
                    let (name, attribute) = (variable.clone(), variable.clone());
                    view! { <button type="button" data-testid="add-plural" data-variable=attribute on:click=move |_| add_plural(name.clone())>
                        {move || tr_args(&BUILDER, &ui_language.get(), "add-plural-variants", &args(&[("variable", variable.clone())]))}
                    </button> }
                }).collect_view()}
                {move || current.with(|c| c.as_ref().map(|c| c.audience.clone()).unwrap_or_default()).into_iter().map(|variable| {
                    let (name, attribute) = (variable.clone(), variable.clone());
                    view! { <button type="button" data-testid="add-audience" data-variable=attribute on:click=move |_| add_audience(name.clone())>
                        {move || tr_args(&BUILDER, &ui_language.get(), "add-audience-variants", &args(&[("variable", variable.clone())]))}
                    </button> }
                }).collect_view()}
                <Show when=move || raw.get() || variants::read(&target()).is_some()>
                <button type="button" data-testid="raw-toggle" aria-pressed=move || raw.get().to_string() on:click=move |_| raw.update(|r| *r = !*r)>
                        {move || tr(&BUILDER, &ui_language.get(), "translation-raw")}
                    </button>
                </Show>
                <button type="button" data-testid="translation-approve"
                    disabled=move || current.with(|c| c.as_ref().is_none_or(|c| c.target.trim().is_empty() || (c.standing == Standing::Approved && !c.stale)))
                    on:click=move |_| set(target(), TranslationStatus::Approved)>
                    {move || tr(&BUILDER, &ui_language.get(), "translation-approve")}
                </button>
                <button type="button" data-testid="translation-needs-review"
                    disabled=move || current.with(|c| c.as_ref().is_none_or(|c| c.target.trim().is_empty() || c.standing == Standing::NeedsReview))
                    on:click=move |_| set(target(), TranslationStatus::NeedsReview)>
                    {move || tr(&BUILDER, &ui_language.get(), "translation-mark-review")}
                </button>
            </div>
            <p class="translation-state" data-testid="translation-state">
                {move || {
                    let ui = ui_language.get();
                    current.get().map(|c| {
                        let mut parts = vec![tr(&BUILDER, &ui, &format!("status-{}", c.standing.name()))];
                        if c.stale { parts.push(tr(&BUILDER, &ui, "status-stale")); }
                        if let Some(by) = c.by { parts.push(tr_args(&BUILDER, &ui, "changed-by", &args(&[("role", tr(&BUILDER, &ui, role_name(by)))]))); }
                        parts.join(" · ")
                    })
                }}
            </p>
            <ul class="translation-problems" aria-live="polite">
                {move || problems().into_iter().map(|text| view! { <li class="field-problem" data-testid="translation-problem">{text}</li> }).collect_view()}
            </ul>
        </li>
    }
}

/// Rows for a text field: enough for the text (about 45 characters a row), 2 to 10.
fn rows_for(text: &str) -> usize {
    let lines: usize = text
        .split('\n')
        .map(|line| line.chars().count() / 45 + 1)
        .sum();
    lines.clamp(2, 10)
}

/// The CLDR plural categories, which have names in the interface (`plural-<category>`).
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What a row shows, computed in one pass over the survey.
#[derive(Clone, PartialEq)]
struct Snapshot {
    source: String,
    source_language: String,
    source_dir: &'static str,
    target: String,
    target_dir: &'static str,
    standing: Standing,
    stale: bool,
    by: Option<Role>,
    added: Vec<String>,
    dropped: Vec<String>,
    numbers: Vec<String>,
    audience: Vec<String>,
}
