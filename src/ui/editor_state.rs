//! The builder's one state object: the survey being edited and its undo history. Every change
//! goes through [`EditorState::edit`], so undo/redo, validation and (later) autosave see one
//! stream of model edits.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::definition::export;
use crate::core::edit::{Address, Edit, History, item_at};
use crate::core::model::{Author, Item, Role, Status, Survey};
use crate::core::present::ResolvedTexts;
use crate::core::review::{Person, Stamp};
use crate::ui::crypto::random_uuid;
use crate::ui::drafts::{self, DraftSummary};
use crate::ui::respond_session::now;

/// Changes are saved this long after the last one (well within a second).
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// How long after the last change [`EditorState::settled`] moves: long enough that typing
/// (a keystroke every 100 ms or more) never waits for what follows it, short enough that the
/// issues and the preview look current as soon as the hand stops.
const SETTLE_DELAY: Duration = Duration::from_millis(150);

/// Whether the work is safe in the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the survey was opened.
    Unchanged,
    /// A save is waiting or under way.
    Saving,
    /// Every change is saved.
    Saved,
    /// Saving failed; the reason is technical detail.
    Failed(String),
}

/// The survey being edited, its history and the selected item.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The survey (none until one is open).
    pub survey: RwSignal<Option<Survey>>,
    /// The item being edited.
    pub selected: RwSignal<Option<Address>>,
    /// The page being edited: new items go at its end when no item is selected.
    pub page: RwSignal<usize>,
    /// Whether undo and redo have something to do.
    pub can_undo: RwSignal<bool>,
    /// Whether redo has something to do.
    pub can_redo: RwSignal<bool>,
    /// The draft the survey is saved as.
    pub draft_id: RwSignal<String>,
    /// Whether the work is saved.
    pub save_state: RwSignal<SaveState>,
    /// The role of the person at this device: recorded with every translation they change.
    pub role: RwSignal<Role>,
    /// The display name of the person at this device: recorded with every comment,
    /// suggestion, outcome, sign-off and publication.
    pub person_name: RwSignal<String>,
    /// Moves once changes pause (`SETTLE_DELAY` after the last edit, undo, redo or opening).
    /// What reads the whole survey and need not follow each keystroke (validation,
    /// completeness, the live preview) follows this signal and reads the survey untracked.
    pub settled: RwSignal<u64>,
    /// Item texts resolved for the outline and the answer pickers, kept between edits and
    /// shared by them, so an edit resolves only the texts it changed.
    pub texts: StoredValue<ResolvedTexts, LocalStorage>,
    history: StoredValue<History>,
    /// Counts scheduled saves, so only the latest one runs.
    save_generation: StoredValue<u64>,
    /// Counts scheduled settles, so only the latest one moves `settled`.
    settle_generation: StoredValue<u64>,
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
            page: RwSignal::new(0),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            draft_id: RwSignal::new(random_uuid()),
            save_state: RwSignal::new(SaveState::Unchanged),
            role: RwSignal::new(Role::Staff),
            person_name: RwSignal::new(String::new()),
            settled: RwSignal::new(0),
            texts: StoredValue::new_local(ResolvedTexts::default()),
            history: StoredValue::new(History::default()),
            save_generation: StoredValue::new(0),
            settle_generation: StoredValue::new(0),
        }
    }

    /// Opens a survey as a new draft, replacing the current one and its history.
    pub fn open(&self, survey: Survey) {
        self.open_draft(random_uuid(), survey);
    }

    /// Opens a saved draft.
    pub fn open_draft(&self, draft_id: String, survey: Survey) {
        self.draft_id.set(draft_id);
        self.save_state.set(SaveState::Unchanged);
        self.history.set_value(History::default());
        self.selected.set(None);
        self.page.set(0);
        self.survey.set(Some(survey));
        self.refresh();
        self.schedule_settle();
    }

    /// Applies an edit; false when it does not apply (the survey is unchanged). A published
    /// version is read-only: only its frame (to start a new draft) and its co-design record
    /// change. A reviewer's copy changes only its co-design record: a reviewer's wording
    /// becomes a suggestion.
    pub fn edit(&self, edit: Edit) -> bool {
        let reviewing = self
            .survey
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.review.reviewing.is_some()));
        let allowed = match edit {
            Edit::ReplaceReview(_) => true,
            Edit::ReplaceFrame { .. } => !reviewing,
            _ => !reviewing && !self.is_published(),
        };
        if !allowed {
            return false;
        }
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
        if applied {
            self.schedule_save();
            self.schedule_settle();
        }
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

    /// Changes the survey's frame (metadata, languages, audience, settings) as one edit.
    pub fn change_frame(&self, change: impl FnOnce(&mut Survey)) -> bool {
        let Some(mut frame) = self.survey.with_untracked(|s| {
            s.as_ref().map(|s| Survey {
                pages: Vec::new(),
                choice_lists: Vec::new(),
                ..s.clone()
            })
        }) else {
            return false;
        };
        change(&mut frame);
        self.edit(Edit::ReplaceFrame {
            frame: Box::new(frame),
        })
    }

    /// Who is typing: the role at this device and the survey's source language, recorded
    /// with every translation changed.
    pub fn author(&self) -> Author {
        Author {
            source_language: self
                .survey
                .with_untracked(|s| s.as_ref().map(|s| s.source_language.clone()))
                .unwrap_or_default(),
            role: self.role.get_untracked(),
            name: Some(self.person_name.get_untracked()).filter(|name| !name.trim().is_empty()),
        }
    }

    /// Whether the open survey is a published version (read-only).
    pub fn is_published(&self) -> bool {
        self.survey.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| s.metadata.status == Status::Published)
        })
    }

    /// Whether the open survey is a reviewer's copy from a review package.
    pub fn is_reviewing(&self) -> bool {
        self.survey
            .with(|s| s.as_ref().is_some_and(|s| s.review.reviewing.is_some()))
    }

    /// The person at this device: the name they gave (or, until they give one, their role's
    /// name chosen by the caller) and their role.
    pub fn person(&self, fallback_name: &str) -> Person {
        let name = self.person_name.get_untracked();
        Person {
            name: if name.trim().is_empty() {
                fallback_name.to_owned()
            } else {
                name.trim().to_owned()
            },
            role: self.role.get_untracked(),
        }
    }

    /// A stamp for something the person at this device does now.
    pub fn stamp(&self, fallback_name: &str) -> Stamp {
        Stamp::new(&self.person(fallback_name), &now())
    }

    /// The ids of the survey's choice lists, in order.
    pub fn choice_list_ids(&self) -> Vec<String> {
        self.survey.with(|survey| {
            survey
                .iter()
                .flat_map(|survey| survey.choice_lists.iter().map(|list| list.id.clone()))
                .collect()
        })
    }

    /// Undoes the last step.
    pub fn undo(&self) {
        self.replay(History::undo);
    }

    /// Redoes the last undone step.
    pub fn redo(&self) {
        self.replay(History::redo);
    }

    /// Undo or redo, then what follows any change: selection, buttons, autosave.
    fn replay(&self, step: fn(&mut History, &mut Survey) -> bool) {
        self.survey.update(|survey| {
            if let Some(survey) = survey {
                self.history.update_value(|history| {
                    step(history, survey);
                });
            }
        });
        self.keep_selection_valid();
        self.refresh();
        self.schedule_save();
        self.schedule_settle();
    }

    /// Moves `settled` shortly, once changes pause.
    fn schedule_settle(&self) {
        self.settle_generation
            .update_value(|generation| *generation += 1);
        let scheduled = self.settle_generation.get_value();
        let editor = *self;
        set_timeout(
            move || {
                if editor.settle_generation.try_get_value() == Some(scheduled) {
                    editor.settled.try_update(|count| *count += 1);
                }
            },
            SETTLE_DELAY,
        );
    }

    /// Saves the draft shortly, once changes pause.
    fn schedule_save(&self) {
        self.save_state.set(SaveState::Saving);
        self.save_generation
            .update_value(|generation| *generation += 1);
        let scheduled = self.save_generation.get_value();
        let editor = *self;
        set_timeout(
            move || {
                if editor.save_generation.get_value() == scheduled {
                    leptos::task::spawn_local(async move { editor.save_now().await });
                }
            },
            SAVE_DELAY,
        );
    }

    /// Saves the draft now.
    pub async fn save_now(self) {
        let Some((summary, json)) = self.survey.with_untracked(|survey| {
            let survey = survey.as_ref()?;
            let title = survey
                .metadata
                .title
                .get(&survey.source_language)
                .unwrap_or_default()
                .to_owned();
            Some((
                DraftSummary {
                    id: self.draft_id.get_untracked(),
                    title,
                    updated_at: now(),
                },
                export(survey),
            ))
        }) else {
            return;
        };
        let scheduled = self.save_generation.get_value();
        let result = drafts::save(&summary, &json).await;
        // A newer change may have been made meanwhile; its own save reports then.
        if self.save_generation.get_value() == scheduled {
            self.save_state.set(match result {
                Ok(()) => SaveState::Saved,
                Err(drafts::DraftError::Unavailable(reason)) => SaveState::Failed(reason),
            });
        }
    }

    /// Selects an item, and its page.
    pub fn select(&self, at: Address) {
        self.page.set(at.page);
        self.selected.set(Some(at));
    }

    fn keep_selection_valid(&self) {
        let pages = self
            .survey
            .with_untracked(|s| s.as_ref().map_or(0, |s| s.pages.len()));
        if self.page.get_untracked() >= pages {
            self.page.set(pages.saturating_sub(1));
        }
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
