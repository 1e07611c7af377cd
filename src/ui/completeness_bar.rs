//! How far each translated language has got, always in view: approved strings as a
//! percentage and as counts, with translated, stale and needs-review counts, written in the
//! interface language's number format.

use leptos::prelude::*;

use crate::core::translation::completeness_all;
use crate::ui::browser::{format_number, format_percent};
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr_args};
use crate::ui::language_panel::language_name;

/// The completeness bar.
#[component]
pub fn CompletenessBar(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
) -> impl IntoView {
    // Every string of every language is counted, so the figures follow edits once they
    // pause rather than on every keystroke.
    let figures = Memo::new(move |_| {
        editor.settled.track();
        editor
            .survey
            .with_untracked(|s| s.as_ref().map(completeness_all).unwrap_or_default())
    });
    view! {
        <ul class="completeness" data-testid="completeness" aria-label=move || tr_args(&BUILDER, &ui_language.get(), "completeness-label", &args(&[]))>
            {move || figures.get().into_iter().map(|(tag, counts)| {
                let ui = ui_language.get();
                let number = |n: usize| format_number(&ui, n as f64);
                let percent = counts.approved_percent();
                let summary = tr_args(&BUILDER, &ui, "completeness-summary", &args(&[
                    ("approved", number(counts.approved)),
                    ("total", number(counts.total)),
                    ("translated", number(counts.translated)),
                    ("stale", number(counts.stale)),
                    ("review", number(counts.needs_review)),
                ]));
                view! {
                    <li data-testid="completeness-language" data-tag=tag.clone() data-percent=percent.to_string()>
                        <span lang=tag.clone()>{language_name(&tag)}</span>" "
                        <progress max="100" value=percent.to_string() aria-hidden="true"></progress>" "
                        <strong data-testid="completeness-percent">{format_percent(&ui, percent)}</strong>" "
                        <span class="help">{summary}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
