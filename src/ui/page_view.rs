//! The items of the current screen as the respondent sees them, bound to the session.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::core::present::{PresentedItem, PresentedPage};
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
    // Each item is keyed by its shape (everything but its words): an answer that shows or
    // hides items adds or removes only those, a change of shape (such as required-if) rebuilds
    // only that item, and a new language rewrites the words in place. Focus stays where it is.
    let shown: Memo<(Vec<PresentedItem>, HashMap<PresentedItem, PresentedItem>)> =
        Memo::new(move |_| {
            page.with(|page| {
                let items = page.iter().flat_map(|page| &page.items);
                let shapes: Vec<PresentedItem> = items.clone().map(shape).collect();
                let by_shape = shapes.iter().cloned().zip(items.cloned()).collect();
                (shapes, by_shape)
            })
        });
    let keys = move || shown.with(|(shapes, _)| shapes.clone());
    view! {
        <section class="page" data-testid="page">
            {move || page.with(|page| page.as_ref().and_then(|page| page.title.clone())).map(|title| view! { <h2>{title}</h2> })}
            <For each=keys key=PresentedItem::clone let:key>
                {
                    let first = shown.with_untracked(|(_, items)| items.get(&key).cloned());
                    first.map(|first| {
                        let item = Memo::new(move |previous: Option<&PresentedItem>| {
                            shown
                                .with(|(_, items)| items.get(&key).cloned())
                                .or_else(|| previous.cloned())
                                .unwrap_or_else(|| first.clone())
                        });
                        view! { <ItemControl item=item session=session /> }
                    })
                }
            </For>
        </section>
    }
}

/// An item without its words: what its controls are built from.
fn shape(item: &PresentedItem) -> PresentedItem {
    let blank = |text: &Option<String>| text.as_ref().map(|_| String::new());
    PresentedItem {
        id: item.id.clone(),
        kind: item.kind,
        text: String::new(),
        hint: blank(&item.hint),
        placeholder: blank(&item.placeholder),
        unit: blank(&item.unit),
        required: item.required,
        appearance: item.appearance,
        options: item
            .options
            .iter()
            .map(|option| crate::core::present::PresentedOption {
                label: String::new(),
                ..option.clone()
            })
            .collect(),
        scale: item
            .scale
            .as_ref()
            .map(|scale| crate::core::present::PresentedScale {
                min_label: blank(&scale.min_label),
                max_label: blank(&scale.max_label),
                ..scale.clone()
            }),
        rows: item
            .rows
            .iter()
            .map(|(id, _)| (id.clone(), String::new()))
            .collect(),
        children: item.children.iter().map(shape).collect(),
        sensitive: item.sensitive.as_ref().map(|sensitive| {
            crate::core::present::PresentedSensitive {
                content_note: blank(&sensitive.content_note),
                why_we_ask: blank(&sensitive.why_we_ask),
                way_out: sensitive.way_out,
            }
        }),
    }
}
