//! Shared choice lists, edited in one place: pick a list (or create one), then change its
//! options' codes, labels in the edited language, and "none of these" exclusivity; add,
//! reorder and remove options. Every item that uses the list sees the change.

use leptos::prelude::*;

use crate::core::edit::{Edit, new_choice_list, new_option};
use crate::core::model::ChoiceList;
use crate::core::validate::is_valid_code;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::messages::id_problem as id_problem_words;

/// The choice list editor.
#[component]
pub fn ChoiceListEditor(
    /// The editor.
    editor: EditorState,
    /// The language whose labels are edited.
    language: RwSignal<String>,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let chosen = RwSignal::new(0_usize);
    let lists = move || editor.choice_list_ids();
    let list = Memo::new(move |_| {
        editor.survey.with(|survey| {
            survey
                .as_ref()
                .and_then(|s| s.choice_lists.get(chosen.get()))
                .cloned()
        })
    });
    let replace = move |change: &dyn Fn(&mut ChoiceList)| {
        let Some(mut updated) = list.get_untracked() else {
            return;
        };
        change(&mut updated);
        editor.edit(Edit::ReplaceChoiceList {
            index: chosen.get_untracked(),
            list: updated,
        });
    };
    let create = move |_| {
        let Some(created) = editor
            .survey
            .with_untracked(|survey| survey.as_ref().map(new_choice_list))
        else {
            return;
        };
        let index = editor
            .survey
            .with_untracked(|survey| survey.as_ref().map_or(0, |s| s.choice_lists.len()));
        if editor.edit(Edit::InsertChoiceList {
            index,
            list: created,
        }) {
            chosen.set(index);
        }
    };
    // One row per option; rebuilt when the number of options changes, not on every keystroke.
    let count =
        Memo::new(move |_| list.with(|list| list.as_ref().map_or(0, |list| list.options.len())));
    let rows = move || {
        (0..count.get()).map(|index| {
            let option = move || list.with(|list| list.as_ref().and_then(|list| list.options.get(index)).cloned());
            let code = move || option().map(|o| o.code).unwrap_or_default();
            let label = move || option().and_then(|o| o.label.get(&language.get()).map(str::to_owned)).unwrap_or_default();
            let exclusive = move || option().is_some_and(|o| o.exclusive);
            let code_problem: RwSignal<Option<String>> = RwSignal::new(None);
            view! {
                <li data-testid="option">
                    <label class="visually-hidden" for=format!("option-code-{index}")>{t("option-code")}</label>
                    <input id=format!("option-code-{index}") class="option-code" data-testid="option-code" prop:value=code
                        on:change=move |event| {
                            let value = event_target_value(&event);
                            let taken = list.with_untracked(|list| list.as_ref().is_some_and(|list| list.options.iter().enumerate().any(|(i, o)| i != index && o.code == value)));
                            if !is_valid_code(&value) || taken {
                                code_problem.set(Some(tr_args(&BUILDER, &ui_language.get_untracked(), if taken { "issue-duplicate-code" } else { "issue-invalid-code" }, &args(&[("code", value)]))));
                                return;
                            }
                            code_problem.set(None);
                            replace(&|list| list.options[index].code = value.clone());
                        } />
                    <label class="visually-hidden" for=format!("option-label-{index}")>{move || tr_args(&BUILDER, &ui_language.get(), "option-label", &args(&[("language", language.get())]))}</label>
                    <input id=format!("option-label-{index}") class="option-label" data-testid="option-label" prop:value=label lang=move || language.get()
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            let tag = language.get_untracked();
                            let author = editor.author();
                            replace(&|list| list.options[index].label.write(&author, &tag, &value));
                        } />
                    <label class="choice">
                        <input type="checkbox" data-testid="option-exclusive" prop:checked=exclusive
                            on:change=move |event| { let on = event_target_checked(&event); replace(&|list| list.options[index].exclusive = on); } />
                        " " {t("option-exclusive")}
                    </label>
                    <button type="button" data-testid="option-up" disabled=index == 0 on:click=move |_| replace(&|list| list.options.swap(index, index - 1))>{t("move-up")}</button>
                    <button type="button" data-testid="option-remove" on:click=move |_| replace(&|list| { list.options.remove(index); })>{t("option-remove")}</button>
                    <p class="field-error" role="alert">{move || code_problem.get()}</p>
                </li>
            }
        }).collect_view()
    };
    let id_problem: RwSignal<Option<String>> = RwSignal::new(None);
    let rename = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let index = chosen.get_untracked();
        let taken = lists()
            .iter()
            .enumerate()
            .any(|(i, id)| i != index && *id == value);
        let problem =
            id_problem_words(&ui_language.get_untracked(), &value, taken, "list-id-taken");
        if problem.is_some() {
            id_problem.set(problem);
            return;
        }
        id_problem.set(None);
        editor.edit(Edit::RenameChoiceList { index, id: value });
    };
    let list_id = move || list.with(|list| list.as_ref().map(|l| l.id.clone()).unwrap_or_default());
    view! {
        <section class="choice-lists" aria-labelledby="lists-heading" data-testid="choice-lists">
            <h2 id="lists-heading">{t("lists-heading")}</h2>
            <div class="toolbar">
                <label>
                    <span>{t("lists-choose")}</span>
                    <select data-testid="list-choose" prop:value=move || chosen.get().to_string()
                        on:change=move |event| chosen.set(event_target_value(&event).parse().unwrap_or(0))>
                        {move || lists().into_iter().enumerate().map(|(index, id)| view! { <option value=index.to_string()>{id}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="list-new" on:click=create>{t("lists-new")}</button>
            </div>
            <Show when=move || list.with(Option::is_some)>
                <label for="list-id">{t("list-id")}</label>
                <input id="list-id" type="text" class="code" data-testid="list-id" aria-describedby="list-id-problem"
                    prop:value=list_id on:change=rename />
                <p id="list-id-problem" class="field-error" role="alert">{move || id_problem.get()}</p>
            </Show>
            <ol class="options">{rows}</ol>
            <button type="button" data-testid="option-add" disabled=move || list.with(Option::is_none)
                on:click=move |_| replace(&|list| { let option = new_option(list); list.options.push(option); })>{t("option-add")}</button>
        </section>
    }
}
