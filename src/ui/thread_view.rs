//! One comment thread or suggestion: who opened it and when, the comment, the suggested
//! wording as a word diff against the text it was written for, a conflict mark when the
//! text changed since, replies, and the actions: reply, accept, reject with a reason,
//! resolve. Every action is an edit through the editor, so undo works.

use leptos::prelude::*;

use crate::core::review::{self, Reply, Stamp, Thread};
use crate::ui::browser::format_date_time;
use crate::ui::builder_app::role_message;
use crate::ui::crypto::random_uuid;
use crate::ui::editor_state::EditorState;
use crate::ui::i18n::{BUILDER, args, tr, tr_args};
use crate::ui::word_diff::WordDiff;

/// "Name (role), date" in the interface language.
pub fn stamp_text(ui: &str, stamp: &Stamp) -> String {
    tr_args(
        &BUILDER,
        ui,
        "review-stamp",
        &args(&[
            ("name", stamp.name.clone()),
            ("role", tr(&BUILDER, ui, role_message(stamp.role))),
            ("date", format_date_time(ui, &stamp.at)),
        ]),
    )
}

/// A stamp for the person at this device, now (named by their role until they give a name).
pub fn my_stamp(editor: EditorState, ui: &str) -> Stamp {
    let fallback = tr(&BUILDER, ui, role_message(editor.role.get_untracked()));
    editor.stamp(&fallback)
}

/// A thread.
#[component]
pub fn ThreadView(
    /// The editor.
    editor: EditorState,
    /// The interface language.
    ui_language: RwSignal<String>,
    /// The thread as it is now.
    thread: Thread,
    /// The current text of its string in its language.
    current: String,
    /// Whether the person here may accept, reject and resolve (not in a reviewer's copy).
    can_decide: bool,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(&BUILDER, &ui_language.get(), id);
    let reply_text = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let id = thread.id.clone();
    let conflict = thread
        .suggestion
        .as_ref()
        .is_some_and(|s| s.base != current)
        && thread.outcome.is_none();
    let open = thread.outcome.is_none();
    let language = thread.language.clone();

    let act = move |make: &dyn Fn(
        &crate::core::model::Survey,
        Stamp,
    ) -> Result<crate::core::edit::Edit, review::ReviewError>| {
        let ui = ui_language.get_untracked();
        let stamp = my_stamp(editor, &ui);
        let result = editor
            .survey
            .with_untracked(|s| s.as_ref().map(|s| make(s, stamp)));
        match result {
            Some(Ok(edit)) => {
                editor.edit(edit);
                problem.set(None);
            }
            Some(Err(error)) => problem.set(Some(review_error_text(&ui, &error))),
            None => {}
        }
    };
    let id_reply = id.clone();
    let send_reply = move |_| {
        let text = reply_text.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        let thread = id_reply.clone();
        act(&move |s, by| {
            review::reply(
                s,
                &thread,
                Reply {
                    id: random_uuid(),
                    by,
                    text: text.clone(),
                },
            )
        });
        reply_text.set(String::new());
    };
    let id_accept = id.clone();
    let accept = move |_| {
        let thread = id_accept.clone();
        act(&move |s, by| review::accept(s, &thread, by));
    };
    let id_reject = id.clone();
    let reject = move |_| {
        let thread = id_reject.clone();
        let why = reason.get_untracked();
        act(&move |s, by| review::reject(s, &thread, by, &why));
    };
    let id_resolve = id.clone();
    let resolve = move |_| {
        let thread = id_resolve.clone();
        act(&move |s, by| review::resolve(s, &thread, by));
    };

    let opened = thread.opened.clone();
    let suggestion = thread.suggestion.clone();
    let outcome = thread.outcome.clone();
    let is_suggestion = suggestion.is_some();
    let reason_id = format!("reason-{id}");
    let reply_id = format!("reply-{id}");
    view! {
        <article class="thread" class:closed=!open class:conflict=conflict data-testid="thread" data-thread-id=id.clone()
            data-kind=if is_suggestion { "suggestion" } else { "comment" }>
            <p class="thread-by">{move || stamp_text(&ui_language.get(), &opened)}</p>
            {(!thread.comment.is_empty()).then(|| view! { <p class="thread-comment" lang=language.clone() data-testid="thread-comment">{thread.comment.clone()}</p> })}
            {suggestion.map(|s| view! {
                <div class="suggestion">
                    <p class="label">{t("review-suggested-wording")}</p>
                    <WordDiff old=s.base.clone() new=s.text.clone() language=language.clone() />
                    {conflict.then(|| view! {
                        <p class="conflict" role="note" data-testid="thread-conflict">{t("review-conflict")}</p>
                        <p class="label">{t("review-current-text")}</p>
                        <p lang=language.clone()>{current.clone()}</p>
                    })}
                </div>
            })}
            <ul class="replies">
                {thread.replies.iter().map(|r| {
                    let by = r.by.clone();
                    view! { <li data-testid="thread-reply"><span class="thread-by">{move || stamp_text(&ui_language.get(), &by)}</span> <span>{r.text.clone()}</span></li> }
                }).collect_view()}
            </ul>
            {outcome.map(|o| {
                let by = o.by.clone();
                let kind = o.kind;
                view! {
                    <p class="outcome" data-testid="thread-outcome" data-outcome=kind.name()>
                        {move || tr_args(&BUILDER, &ui_language.get(), &format!("outcome-{}", kind.name()), &args(&[("by", stamp_text(&ui_language.get(), &by))]))}
                        {(!o.reason.is_empty()).then(|| view! { <span class="reason">{o.reason.clone()}</span> })}
                    </p>
                }
            })}
            {open.then(|| view! {
                <div class="thread-actions">
                    <label for=reply_id.clone()>{t("review-reply-label")}</label>
                    <textarea id=reply_id.clone() data-testid="reply-text" rows="2"
                        prop:value=move || reply_text.get()
                        on:input=move |event| reply_text.set(event_target_value(&event))></textarea>
                    <button type="button" data-testid="send-reply" on:click=send_reply>{t("review-reply")}</button>
                    {can_decide.then(|| view! {
                        {is_suggestion.then(|| view! {
                            <button type="button" data-testid="accept-suggestion" disabled=conflict on:click=accept>{t("review-accept")}</button>
                            <label for=reason_id.clone()>{t("review-reject-reason")}</label>
                            <input id=reason_id.clone() type="text" data-testid="reject-reason"
                                prop:value=move || reason.get()
                                on:input=move |event| reason.set(event_target_value(&event)) />
                            <button type="button" data-testid="reject-suggestion" on:click=reject>{t("review-reject")}</button>
                        })}
                        <button type="button" data-testid="resolve-thread" on:click=resolve>{t("review-resolve")}</button>
                    })}
                </div>
            })}
            <Show when=move || problem.with(Option::is_some)>
                <p role="alert" class="problem" data-testid="thread-problem">{move || problem.get()}</p>
            </Show>
        </article>
    }
}

/// The locale id explaining a refused review action.
pub fn review_error_id(error: &review::ReviewError) -> &'static str {
    use review::ReviewError;
    match error {
        ReviewError::Conflict => "review-error-conflict",
        ReviewError::Closed => "review-error-closed",
        ReviewError::ReasonMissing => "review-error-reason",
        ReviewError::CannotSignOff => "review-error-sign-off-role",
        ReviewError::NoSuchString { .. } => "review-error-string-gone",
        ReviewError::OtherSurvey { .. } => "review-error-other-survey",
        ReviewError::NoSurvey => "review-error-no-survey",
        ReviewError::Syntax { .. } | ReviewError::Invalid { .. } => "review-error-broken",
        ReviewError::NotAReview => "review-error-not-review",
        ReviewError::UnsupportedVersion { .. } => "review-error-version",
        _ => "review-error-other",
    }
}

/// A refused review action or file, explained in the interface language with its place.
pub fn review_error_text(ui: &str, error: &review::ReviewError) -> String {
    use review::ReviewError;
    let values = match error {
        ReviewError::Syntax { line, column } => vec![
            ("line", line.to_string()),
            ("column", column.to_string()),
            ("path", String::new()),
        ],
        ReviewError::Invalid { path, line, column } => vec![
            ("line", line.to_string()),
            ("column", column.to_string()),
            ("path", path.clone()),
        ],
        ReviewError::OtherSurvey { found, expected } => {
            vec![("found", found.clone()), ("expected", expected.clone())]
        }
        ReviewError::UnsupportedVersion { found } => vec![("found", found.to_string())],
        _ => Vec::new(),
    };
    tr_args(&BUILDER, ui, review_error_id(error), &args(&values))
}
