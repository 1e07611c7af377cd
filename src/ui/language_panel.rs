//! The survey's languages: add one by BCP-47 tag (its own name shown as you type), set the
//! source language, each language's writing direction and fallback chain, and remove one
//! after a confirmation. Every change is one undoable edit.

use leptos::prelude::*;

use crate::core::edit::Edit;
use crate::core::language::{
    LanguageProblem, add_language, canonical_tag, parse_fallback, remove_language,
    set_source_language,
};
use crate::core::model::{Direction, Survey};
use crate::ui::browser::language_autonym;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};

/// A language's own name: the browser's, else coform's table, else the tag.
pub fn language_name(tag: &str) -> String {
    language_autonym(tag)
        .or_else(|| crate::core::language::autonym(tag).map(str::to_owned))
        .unwrap_or_else(|| tag.to_owned())
}

/// The languages panel.
#[component]
pub fn LanguagePanel(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let new_tag = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let confirming: RwSignal<Option<String>> = RwSignal::new(None);
    let fallback_problem: RwSignal<Option<(String, String)>> = RwSignal::new(None);

    let replace = move |change: &dyn Fn(&Survey) -> Survey| {
        let Some(new) = editor.survey.with_untracked(|s| s.as_ref().map(change)) else {
            return;
        };
        editor.edit(Edit::ReplaceSurvey(Box::new(new)));
    };
    let problem_text = move |problem: &LanguageProblem| {
        let ui = ui_language.get_untracked();
        match problem {
            LanguageProblem::InvalidTag => tr(&BUILDER, &ui, "language-invalid-tag"),
            LanguageProblem::AlreadyOffered => tr(&BUILDER, &ui, "language-already-offered"),
            LanguageProblem::BadFallback { tag } => tr_args(
                &BUILDER,
                &ui,
                "language-bad-fallback",
                &args(&[("tag", tag.clone())]),
            ),
        }
    };
    let add = move || {
        let typed = new_tag.get_untracked();
        let result = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| add_language(s, &typed)));
        match result {
            Some(Ok(survey)) => {
                editor.edit(Edit::ReplaceSurvey(Box::new(survey)));
                new_tag.set(String::new());
                problem.set(None);
            }
            Some(Err(error)) => problem.set(Some(problem_text(&error))),
            None => {}
        }
    };
    let preview_name = move || {
        canonical_tag(&new_tag.get()).map(|tag| {
            tr_args(
                &BUILDER,
                &ui_language.get(),
                "language-add-preview",
                &args(&[("name", language_name(&tag)), ("tag", tag)]),
            )
        })
    };
    // A memo: the rows are rebuilt when the languages change, not on every edit.
    let rows = Memo::new(move |_| {
        editor.survey.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.languages
                        .iter()
                        .map(|l| {
                            (
                                l.tag.clone(),
                                l.direction,
                                l.fallback.join(", "),
                                l.tag == s.source_language,
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });

    view! {
        <section class="language-panel" aria-labelledby="languages-heading" data-testid="language-panel">
            <h2 id="languages-heading">{t("languages-heading")}</h2>
            <ul class="language-rows">
                {move || rows.get().into_iter().map(|(tag, direction, fallback, is_source)| {
                    let ui = ui_language.get();
                    let name = language_name(&tag);
                    let (tag_dir, tag_fb, tag_src, tag_rm, tag_confirm) = (tag.clone(), tag.clone(), tag.clone(), tag.clone(), tag.clone());
                    let direction_id = format!("direction-{tag}");
                    let fallback_id = format!("fallback-{tag}");
                    let fallback_error = {
                        let tag = tag.clone();
                        move || fallback_problem.get().filter(|(t, _)| *t == tag).map(|(_, text)| text)
                    };
                    view! {
                        <li data-testid="language-row" data-tag=tag.clone()>
                            <span class="language-name" lang=tag.clone()>{name}</span>" "
                            <code>{tag.clone()}</code>
                            {is_source.then(|| view! { <strong class="source-badge" data-testid="source-badge">{tr(&BUILDER, &ui, "language-source")}</strong> })}
                            <label for=direction_id.clone()>{tr(&BUILDER, &ui, "language-direction")}</label>
                            <select id=direction_id data-testid="language-direction" on:change=move |event| {
                                let rtl = event_target_value(&event) == "rtl";
                                replace(&|s| {
                                    let mut s = s.clone();
                                    if let Some(l) = s.languages.iter_mut().find(|l| l.tag == tag_dir) {
                                        l.direction = if rtl { Direction::Rtl } else { Direction::Ltr };
                                    }
                                    s
                                });
                            }>
                                <option value="ltr" selected=direction == Direction::Ltr>{tr(&BUILDER, &ui, "direction-ltr")}</option>
                                <option value="rtl" selected=direction == Direction::Rtl>{tr(&BUILDER, &ui, "direction-rtl")}</option>
                            </select>
                            {(!is_source).then(|| view! {
                                <label for=fallback_id.clone()>{tr(&BUILDER, &ui, "language-fallback")}</label>
                                <input id=fallback_id type="text" class="code" data-testid="language-fallback" prop:value=fallback.clone()
                                    on:change=move |event| {
                                        let typed = event_target_value(&event);
                                        let result = editor.survey.with_untracked(|s| s.as_ref().map(|s| parse_fallback(s, &tag_fb, &typed)));
                                        match result {
                                            Some(Ok(chain)) => {
                                                fallback_problem.set(None);
                                                replace(&|s| {
                                                    let mut s = s.clone();
                                                    if let Some(l) = s.languages.iter_mut().find(|l| l.tag == tag_fb) {
                                                        l.fallback = chain.clone();
                                                    }
                                                    s
                                                });
                                            }
                                            Some(Err(error)) => fallback_problem.set(Some((tag_fb.clone(), problem_text(&error)))),
                                            None => {}
                                        }
                                    } />
                                <p class="field-problem" role="alert" data-testid="fallback-problem">{fallback_error}</p>
                                <button type="button" data-testid="language-make-source" on:click=move |_| replace(&|s| set_source_language(s, &tag_src))>
                                    {tr(&BUILDER, &ui, "language-make-source")}
                                </button>
                                <button type="button" class="danger" data-testid="language-remove" on:click=move |_| confirming.set(Some(tag_rm.clone()))>
                                    {tr(&BUILDER, &ui, "language-remove")}
                                </button>
                            })}
                            <Show when={let tag = tag_confirm.clone(); move || confirming.get().as_deref() == Some(tag.as_str())}>
                                {
                                    let (tag_yes, name) = (tag_confirm.clone(), language_name(&tag_confirm));
                                    view! {
                                        <div role="alertdialog" aria-labelledby="remove-question" class="confirm" data-testid="language-remove-confirm">
                                            <p id="remove-question">{tr_args(&BUILDER, &ui_language.get_untracked(), "language-remove-question", &args(&[("name", name)]))}</p>
                                            <button type="button" class="danger" data-testid="language-remove-yes" on:click=move |_| {
                                                replace(&|s| remove_language(s, &tag_yes));
                                                confirming.set(None);
                                            }>{tr(&BUILDER, &ui_language.get_untracked(), "language-remove-yes")}</button>
                                            <button type="button" data-testid="language-remove-no" on:click=move |_| confirming.set(None)>
                                                {tr(&BUILDER, &ui_language.get_untracked(), "cancel")}
                                            </button>
                                        </div>
                                    }
                                }
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="language-add" on:submit=move |event| { event.prevent_default(); add(); }>
                <label for="new-language">{t("language-add-label")}</label>
                <input id="new-language" type="text" class="code" data-testid="language-new-tag" autocomplete="off"
                    aria-describedby="new-language-help new-language-preview"
                    prop:value=move || new_tag.get() on:input=move |event| { new_tag.set(event_target_value(&event)); problem.set(None); } />
                <p id="new-language-help" class="help">{t("language-add-help")}</p>
                <p id="new-language-preview" class="help" data-testid="language-new-name" aria-live="polite">{preview_name}</p>
                <button type="submit" data-testid="language-add">{t("language-add")}</button>
                <p class="field-problem" role="alert" data-testid="language-problem">{move || problem.get()}</p>
            </form>
        </section>
    }
}
