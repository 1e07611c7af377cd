//! Word between builder tabs of this browser about the drafts they have open, over a
//! `BroadcastChannel`: a tab that opens a draft asks whether another has it open, and a tab
//! that saves a draft says so with the new revision. The revision check in
//! [`crate::ui::drafts::save`] is what keeps tabs from overwriting each other; this only
//! tells people sooner. Where the browser has no channel, nothing is said, and the check still
//! holds.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::ui::crypto::random_uuid;

const CHANNEL: &str = "coform-drafts";

/// What one tab tells the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A tab opened this draft.
    Opened {
        /// The draft's id.
        draft: String,
    },
    /// The answer to `Opened`: this tab has the draft open too.
    AlsoOpen {
        /// The draft's id.
        draft: String,
    },
    /// A tab saved this draft as this revision.
    Saved {
        /// The draft's id.
        draft: String,
        /// The revision now stored.
        revision: u64,
    },
}

impl Message {
    /// The message on the wire, after the sending tab's id: `<tab> opened <draft>`,
    /// `<tab> also-open <draft>`, `<tab> saved <revision> <draft>` (ids have no spaces; a
    /// plain line keeps serde's enum machinery out of the builder's wasm).
    fn write(&self, tab: &str) -> String {
        match self {
            Message::Opened { draft } => format!("{tab} opened {draft}"),
            Message::AlsoOpen { draft } => format!("{tab} also-open {draft}"),
            Message::Saved { draft, revision } => format!("{tab} saved {revision} {draft}"),
        }
    }

    /// The sending tab and its message, if the line is one.
    fn read(line: &str) -> Option<(&str, Message)> {
        let mut words = line.splitn(3, ' ');
        let tab = words.next()?;
        let kind = words.next()?;
        let rest = words.next()?;
        let message = match kind {
            "opened" => Message::Opened {
                draft: rest.to_owned(),
            },
            "also-open" => Message::AlsoOpen {
                draft: rest.to_owned(),
            },
            "saved" => {
                let (revision, draft) = rest.split_once(' ')?;
                Message::Saved {
                    draft: draft.to_owned(),
                    revision: revision.parse().ok()?,
                }
            }
            _ => return None,
        };
        Some((tab, message))
    }
}

struct Channel {
    tab: String,
    channel: web_sys::BroadcastChannel,
    _listener: Closure<dyn Fn(web_sys::MessageEvent)>,
}

thread_local! {
    static CHANNEL_OF_THIS_TAB: RefCell<Option<Channel>> = const { RefCell::new(None) };
}

/// Starts listening: `receive` gets every message another tab sends. Call once.
pub fn listen(receive: impl Fn(Message) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let tab = random_uuid();
    let this_tab = tab.clone();
    let listener =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if let Some(line) = event.data().as_string()
                && let Some((tab, message)) = Message::read(&line)
                && tab != this_tab
            {
                receive(message);
            }
        });
    channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    CHANNEL_OF_THIS_TAB.with(|slot| {
        *slot.borrow_mut() = Some(Channel {
            tab,
            channel,
            _listener: listener,
        });
    });
}

/// Tells the other tabs (nothing happens before [`listen`], or without a channel).
pub fn tell(message: Message) {
    CHANNEL_OF_THIS_TAB.with(|slot| {
        if let Some(channel) = slot.borrow().as_ref() {
            let line = message.write(&channel.tab);
            // A closed channel only means no other tab hears; the revision check still holds.
            let _ = channel
                .channel
                .post_message(&wasm_bindgen::JsValue::from_str(&line));
        }
    });
}
