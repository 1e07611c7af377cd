//! The browser shell: Leptos components over the pure core, plus the few browser effects
//! (URL, languages, `<html lang dir>`, downloads) in `browser.rs`. Compiled only for wasm.

pub mod audience_picker;
pub mod audience_screen;
pub mod browser;
pub mod builder_app;
pub mod choice_list_editor;
pub mod condition_editor;
pub mod crypto;
pub mod done_screen;
pub mod draft_list;
pub mod drafts;
pub mod editor_state;
pub mod editor_toolbar;
pub mod grid_rows_editor;
pub mod i18n;
pub mod issue_panel;
pub mod item_control;
pub mod item_editor;
pub mod item_list;
pub mod kiosk;
pub mod kiosk_gate;
pub mod language_switch;
pub mod load;
pub mod messages;
pub mod outbox;
pub mod page_editor;
pub mod page_view;
pub mod preview_pane;
pub mod respond_session;
pub mod respondent_app;
pub mod storage;
pub mod survey_details;
pub mod survey_screen;
pub mod validation_rule_editor;
