//! The items of the current screen as the respondent sees them, bound to the session.

use leptos::prelude::*;

use crate::core::present::PresentedPage;
use crate::ui::item_control::ItemControl;
use crate::ui::respond_session::RespondSession;

/// The items of one screen (a page, or one of its questions).
#[component]
pub fn PageView(
    /// The page resolved in the respondent's language; in question mode, only the current item.
    page: Signal<Option<PresentedPage>>,
    /// The respondent's session.
    session: RespondSession,
) -> impl IntoView {
    // Each item is keyed by everything it shows, so typing into one field re-renders only
    // the items whose wording depends on that answer, and focus stays where it is.
    let items = move || page.get().map(|page| page.items).unwrap_or_default();
    view! {
        <section class="page" data-testid="page">
            {move || page.get().and_then(|page| page.title).map(|title| view! { <h2>{title}</h2> })}
            <For each=items key=|item| format!("{item:?}") let:item>
                <ItemControl item=item session=session />
            </For>
        </section>
    }
}
