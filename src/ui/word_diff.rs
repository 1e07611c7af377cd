//! A word-level difference between two texts: removed words struck through, added words
//! marked, both announced to screen readers by their element (`del`, `ins`).

use leptos::prelude::*;

use crate::core::versions::{WordChange, WordKind, word_diff};

/// The words of `old` and `new`, kept, removed and added, in order.
#[component]
pub fn WordDiff(
    /// The older text.
    old: String,
    /// The newer text.
    new: String,
    /// Its language tag, so the words are read in their language.
    language: String,
) -> impl IntoView {
    let runs = word_diff(&old, &new);
    view! {
        <p class="word-diff" lang=language data-testid="word-diff">
            {runs.into_iter().map(|WordChange { kind, text }| match kind {
                WordKind::Same => view! { <span>{text}</span> }.into_any(),
                WordKind::Removed => view! { <del data-testid="word-removed">{text}</del> }.into_any(),
                WordKind::Added => view! { <ins data-testid="word-added">{text}</ins> }.into_any(),
            }).collect_view()}
        </p>
    }
}
