//! Plain-language hints for one text in one language: its reading grade where a published
//! formula exists for the language, and long sentences, long words and questions that may
//! ask two things at once. Hints advise; they never block.

use leptos::prelude::*;

use crate::core::readability::{Hint, Limits, hints, readability};
use crate::ui::browser::format_number;
use crate::ui::i18n::{BUILDER, args, tr_args};

/// The hints for a text.
#[component]
pub fn PlainLanguageHints(
    /// The interface language.
    ui_language: RwSignal<String>,
    /// The text (a Fluent pattern).
    #[prop(into)]
    text: Signal<String>,
    /// Its language.
    #[prop(into)]
    language: Signal<String>,
) -> impl IntoView {
    let lines = move || {
        let ui = ui_language.get();
        let lang = language.get();
        let text = text.get();
        let mut lines = Vec::new();
        if let Some(score) = readability(&text, &lang) {
            lines.push((
                "grade",
                tr_args(
                    &BUILDER,
                    &ui,
                    "hint-reading-grade",
                    &args(&[("grade", format_number(&ui, score.grade().round()))]),
                ),
            ));
        }
        for hint in hints(&text, &lang, &Limits::default()) {
            let line = match hint {
                Hint::LongSentence { words, limit } => (
                    "long-sentence",
                    tr_args(
                        &BUILDER,
                        &ui,
                        "hint-long-sentence",
                        &args(&[("words", words.to_string()), ("limit", limit.to_string())]),
                    ),
                ),
                Hint::LongWord { word } => (
                    "long-word",
                    tr_args(&BUILDER, &ui, "hint-long-word", &args(&[("word", word)])),
                ),
                Hint::ReadingGrade { grade, limit } => (
                    "reading-grade",
                    tr_args(
                        &BUILDER,
                        &ui,
                        "hint-grade-above",
                        &args(&[
                            ("grade", format_number(&ui, grade.round())),
                            ("limit", format_number(&ui, limit)),
                        ]),
                    ),
                ),
                Hint::DoubleBarrelled { conjunction } => (
                    "double-barrelled",
                    tr_args(
                        &BUILDER,
                        &ui,
                        "hint-double-barrelled",
                        &args(&[("word", conjunction)]),
                    ),
                ),
            };
            lines.push(line);
        }
        lines
    };
    view! {
        <ul class="plain-language-hints" data-testid="plain-language-hints">
            {move || lines().into_iter().map(|(kind, text)| view! { <li data-testid="hint" data-hint=kind>{text}</li> }).collect_view()}
        </ul>
    }
}
