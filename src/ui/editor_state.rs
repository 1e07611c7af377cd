//! The builder's one state object: the survey being edited and its undo history. Every change
//! goes through [`EditorState::edit`], so undo/redo, validation and autosave see one stream of
//! model edits.
//!
//! Autosave writes the draft at most `SAVE_DELAY` after a change, however long the typing goes
//! on (a save is scheduled by the first change after the last one, not pushed back by each
//! change), and one save at a time. Each save expects the revision this tab last read or wrote,
//! so a draft saved meanwhile by another tab is never overwritten: the tab is told, and chooses
//! to load the other tab's version or keep its own as a new draft.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::definition::export;
use crate::core::edit::{Address, Edit, EditError, History, item_at};
use crate::core::model::{Author, Item, Role, Status, Survey};
use crate::core::present::ResolvedTexts;
use crate::core::review::{Person, Stamp};
use crate::ui::crypto::random_uuid;
use crate::ui::drafts::{self, DraftError, DraftSummary};
use crate::ui::respond_session::now;
use crate::ui::tabs::{self, Message};

/// Changes are saved this long after the first change since the last save (well within a
/// second, however long the typing goes on).
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
    /// The browser's storage is full: changes are kept in this tab only. The detail is technical.
    Full(String),
    /// The browser keeps nothing for this page (private mode, blocked storage): changes are
    /// kept in this tab only. The detail is technical.
    Unavailable(String),
    /// Another tab saved this draft meanwhile: this tab's changes are not saved until the
    /// person chooses (see [`TabConflict`]).
    Conflict,
}

impl SaveState {
    /// Whether changes are at risk: kept in this tab only.
    pub fn at_risk(&self) -> bool {
        matches!(
            self,
            SaveState::Full(_) | SaveState::Unavailable(_) | SaveState::Conflict
        )
    }
}

/// What another tab is doing with the draft open here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabConflict {
    /// Another tab has this draft open too (said when this tab opened it).
    AlsoOpen,
    /// Another tab saved this draft since this tab read it: this tab no longer saves it.
    ChangedElsewhere,
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
    /// What another tab is doing with this draft, if anything.
    pub conflict: RwSignal<Option<TabConflict>>,
    /// Why the last edit was refused, when it would have taken the survey over a limit (the
    /// survey is unchanged); cleared by the next edit that applies.
    pub refused: RwSignal<Option<EditError>>,
    /// Moves when the stored drafts change other than by this tab's saves (drafts set aside
    /// at start), so the drafts list reads them again.
    pub drafts_changed: RwSignal<u64>,
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
    /// Counts changes, so a save knows whether it wrote the latest one.
    save_generation: StoredValue<u64>,
    /// The revision of the draft this tab last read or wrote.
    revision: StoredValue<u64>,
    /// A save is scheduled (a timer runs).
    save_scheduled: StoredValue<bool>,
    /// A save is writing.
    save_writing: StoredValue<bool>,
    /// A change came while a save was writing: write again when it ends.
    save_again: StoredValue<bool>,
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
            conflict: RwSignal::new(None),
            drafts_changed: RwSignal::new(0),
            refused: RwSignal::new(None),
            role: RwSignal::new(Role::Staff),
            person_name: RwSignal::new(String::new()),
            settled: RwSignal::new(0),
            texts: StoredValue::new_local(ResolvedTexts::default()),
            history: StoredValue::new(History::default()),
            save_generation: StoredValue::new(0),
            revision: StoredValue::new(0),
            save_scheduled: StoredValue::new(false),
            save_writing: StoredValue::new(false),
            save_again: StoredValue::new(false),
            settle_generation: StoredValue::new(0),
        }
    }

    /// Listens to the other builder tabs of this browser. Call once, for the editor of the page.
    pub fn listen_to_other_tabs(&self) {
        let editor = *self;
        tabs::listen(move |message| editor.hear(message));
    }

    fn hear(&self, message: Message) {
        let Some(mine) = self.draft_id.try_get_untracked() else {
            return;
        };
        let open = self.survey.with_untracked(Option::is_some);
        match message {
            Message::Opened { draft } if draft == mine && open => {
                tabs::tell(Message::AlsoOpen { draft });
            }
            Message::AlsoOpen { draft }
                if draft == mine && self.conflict.get_untracked().is_none() =>
            {
                self.conflict.set(Some(TabConflict::AlsoOpen));
            }
            Message::Saved { draft, revision }
                if draft == mine && revision != self.revision.get_value() =>
            {
                self.conflict.set(Some(TabConflict::ChangedElsewhere));
            }
            _ => {}
        }
    }

    /// Opens a survey as a new draft, replacing the current one and its history.
    pub fn open(&self, survey: Survey) {
        self.open_draft(random_uuid(), survey, 0);
    }

    /// Opens a saved draft, stored as `revision`, and asks the other tabs whether they have it
    /// open too. A change not yet saved in the draft open before is written first.
    pub fn open_draft(&self, draft_id: String, survey: Survey, revision: u64) {
        tabs::tell(Message::Opened {
            draft: draft_id.clone(),
        });
        self.replace_draft(draft_id, survey, revision);
    }

    fn replace_draft(&self, draft_id: String, survey: Survey, revision: u64) {
        if self.save_scheduled.get_value()
            && !self.save_state.get_untracked().at_risk()
            && let Some((summary, json)) = self.snapshot()
        {
            let expected = self.revision.get_value();
            leptos::task::spawn_local(async move {
                // The draft being left: a failure here has no screen left to show on, and
                // the change is at most SAVE_DELAY old.
                let _ = drafts::save(&summary, &json, expected).await;
            });
        }
        // A save still scheduled belongs to the draft being left.
        self.save_generation
            .update_value(|generation| *generation += 1);
        self.save_scheduled.set_value(false);
        self.revision.set_value(revision);
        self.conflict.set(None);
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
        let mut outcome = None;
        self.survey.update(|survey| {
            if let Some(survey) = survey {
                outcome = self
                    .history
                    .try_update_value(|history| history.apply(survey, edit, now_ms()));
            }
        });
        self.refresh();
        let applied = matches!(outcome, Some(Ok(())));
        match outcome {
            Some(Err(refusal @ EditError::OverLimit { .. })) => self.refused.set(Some(refusal)),
            Some(Ok(())) if self.refused.with_untracked(Option::is_some) => self.refused.set(None),
            _ => {}
        }
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

    /// Saves the draft within `SAVE_DELAY`: the first change after a save schedules it, and
    /// the changes that follow ride along, so steady typing never postpones it.
    fn schedule_save(&self) {
        self.save_generation
            .update_value(|generation| *generation += 1);
        if self.conflict.get_untracked() == Some(TabConflict::ChangedElsewhere) {
            self.save_state.set(SaveState::Conflict);
            return;
        }
        self.save_state.set(SaveState::Saving);
        if self.save_scheduled.get_value() {
            return;
        }
        self.save_scheduled.set_value(true);
        let editor = *self;
        let draft = self.draft_id.get_untracked();
        set_timeout(
            move || {
                // A draft opened meanwhile took over; its own changes schedule their save.
                if editor.save_scheduled.try_get_value() == Some(true)
                    && editor.draft_id.try_get_untracked().as_deref() == Some(draft.as_str())
                {
                    leptos::task::spawn_local(async move { editor.save_now().await });
                }
            },
            SAVE_DELAY,
        );
    }

    /// The draft's summary and JSON as they are now.
    fn snapshot(&self) -> Option<(DraftSummary, String)> {
        self.survey.with_untracked(|survey| {
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
                    revision: self.revision.get_value(),
                },
                export(survey),
            ))
        })
    }

    /// Saves the draft now (one save at a time: a change made while one writes is written
    /// when it ends).
    pub async fn save_now(self) {
        self.save_scheduled.set_value(false);
        if self.save_writing.get_value() {
            self.save_again.set_value(true);
            return;
        }
        self.save_writing.set_value(true);
        loop {
            self.save_again.set_value(false);
            if self.conflict.get_untracked() == Some(TabConflict::ChangedElsewhere) {
                self.save_state.set(SaveState::Conflict);
                break;
            }
            let generation = self.save_generation.get_value();
            let Some((summary, json)) = self.snapshot() else {
                break;
            };
            let draft = summary.id.clone();
            let result = drafts::save(&summary, &json, self.revision.get_value()).await;
            if self.draft_id.try_get_untracked().as_deref() != Some(draft.as_str()) {
                // Another draft was opened while this one was written.
                break;
            }
            match result {
                Ok(revision) => {
                    self.revision.set_value(revision);
                    tabs::tell(Message::Saved { draft, revision });
                    // A newer change may have been made meanwhile; its own save reports then.
                    if self.save_generation.get_value() == generation {
                        self.save_state.set(SaveState::Saved);
                    }
                }
                Err(DraftError::Conflict) => {
                    self.conflict.set(Some(TabConflict::ChangedElsewhere));
                    self.save_state.set(SaveState::Conflict);
                    break;
                }
                Err(DraftError::Full(detail)) => self.save_state.set(SaveState::Full(detail)),
                Err(DraftError::Unavailable(detail)) => {
                    self.save_state.set(SaveState::Unavailable(detail))
                }
            }
            if !self.save_again.get_value() {
                break;
            }
        }
        self.save_writing.set_value(false);
    }

    /// Loads the version of this draft another tab saved, dropping this tab's unsaved changes
    /// (the person chose so).
    pub async fn load_other_tabs_version(self) {
        let id = self.draft_id.get_untracked();
        if let Ok(Some(stored)) = drafts::load(&id).await
            && let Ok(survey) = crate::core::definition::import(&stored.json)
        {
            // The other tab knows the draft is open here; asking again would only repeat it.
            self.replace_draft(id, survey, stored.revision);
        }
    }

    /// Keeps this tab's survey as a new draft of its own, leaving the other tab's draft as it is.
    pub fn keep_as_new_draft(&self) {
        self.draft_id.set(random_uuid());
        self.revision.set_value(0);
        self.conflict.set(None);
        self.schedule_save();
    }

    /// Tries the last save again (after storage was freed, say).
    pub fn retry_save(&self) {
        self.schedule_save();
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
