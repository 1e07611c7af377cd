//! The builder's one state object: the survey being edited and its undo history. Every change
//! goes through [`EditorState::edit`], so undo/redo, validation and (later) autosave see one
//! stream of model edits.

use leptos::prelude::*;

use crate::core::edit::{Address, Edit, History, item_at};
use crate::core::model::{Item, Survey};

/// The survey being edited, its history and the selected item.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The survey (none until one is open).
    pub survey: RwSignal<Option<Survey>>,
    /// The item being edited.
    pub selected: RwSignal<Option<Address>>,
    /// Whether undo and redo have something to do.
    pub can_undo: RwSignal<bool>,
    /// Whether redo has something to do.
    pub can_redo: RwSignal<bool>,
    history: StoredValue<History>,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl EditorState {
    /// An editor with no survey open.
    pub fn new() -> Self {
        EditorState {
            survey: RwSignal::new(None),
            selected: RwSignal::new(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            history: StoredValue::new(History::default()),
        }
    }

    /// Opens a survey, replacing the current one and its history.
    pub fn open(&self, survey: Survey) {
        self.history.set_value(History::default());
        self.selected.set(None);
        self.survey.set(Some(survey));
        self.refresh();
    }

    /// Applies an edit; false when it does not apply (the survey is unchanged).
    pub fn edit(&self, edit: Edit) -> bool {
        let mut applied = false;
        self.survey.update(|survey| {
            if let Some(survey) = survey {
                applied = self
                    .history
                    .try_update_value(|history| history.apply(survey, edit, now_ms()).is_ok())
                    .unwrap_or(false);
            }
        });
        self.refresh();
        applied
    }

    /// Replaces the item at `at` with a changed copy.
    pub fn change_item(&self, at: &Address, change: impl FnOnce(&mut Item)) -> bool {
        let Some(mut item) = self
            .survey
            .with_untracked(|survey| survey.as_ref().and_then(|s| item_at(s, at)).cloned())
        else {
            return false;
        };
        change(&mut item);
        self.edit(Edit::ReplaceItem {
            at: at.clone(),
            item: Box::new(item),
        })
    }

    /// Undoes the last step.
    pub fn undo(&self) {
        self.survey.update(|survey| {
            if let Some(survey) = survey {
                self.history.update_value(|history| {
                    history.undo(survey);
                });
            }
        });
        self.keep_selection_valid();
        self.refresh();
    }

    /// Redoes the last undone step.
    pub fn redo(&self) {
        self.survey.update(|survey| {
            if let Some(survey) = survey {
                self.history.update_value(|history| {
                    history.redo(survey);
                });
            }
        });
        self.keep_selection_valid();
        self.refresh();
    }

    fn keep_selection_valid(&self) {
        let valid = self.selected.with_untracked(|selected| {
            selected.as_ref().is_none_or(|at| {
                self.survey
                    .with_untracked(|s| s.as_ref().and_then(|s| item_at(s, at)).is_some())
            })
        });
        if !valid {
            self.selected.set(None);
        }
    }

    fn refresh(&self) {
        let (undo, redo) = self
            .history
            .with_value(|history| (history.can_undo(), history.can_redo()));
        self.can_undo.set(undo);
        self.can_redo.set(redo);
    }
}

impl Default for EditorState {
    fn default() -> Self {
        Self::new()
    }
}
