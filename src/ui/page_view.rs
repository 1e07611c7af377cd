//! One page of the survey as the respondent sees it.

use leptos::prelude::*;

use crate::core::present::PresentedPage;
use crate::ui::i18n::{RESPOND, args, tr_args};
use crate::ui::item_control::ItemControl;

/// A page: its heading, progress and items.
#[component]
pub fn PageView(
    /// The page, resolved in the respondent's language.
    page: PresentedPage,
) -> impl IntoView {
    let progress = tr_args(
        &RESPOND,
        &page.language,
        "page-progress",
        &args(&[
            ("current", (page.index + 1).to_string()),
            ("total", page.count.to_string()),
        ]),
    );
    view! {
        <section class="page" data-testid="page" data-page-id=page.id.clone()>
            <p class="progress" data-testid="progress">{progress}</p>
            {page.title.map(|title| view! { <h2>{title}</h2> })}
            {page.items.into_iter().map(|item| view! { <ItemControl item=item language=page.language.clone() /> }).collect_view()}
        </section>
    }
}
