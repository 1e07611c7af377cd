//! The browser shell: Leptos components over the pure core, plus the few browser effects
//! (URL, languages, `<html lang dir>`, downloads) in `browser.rs`. Compiled only for wasm.

pub mod audience_picker;
pub mod browser;
pub mod builder_app;
pub mod i18n;
pub mod issue_panel;
pub mod item_control;
pub mod item_list;
pub mod load;
pub mod messages;
pub mod page_view;
pub mod respondent_app;
