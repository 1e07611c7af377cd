//! Answers given by a respondent, as the logic and the message resolver see them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The answers so far, by item id (Likert grid rows by row id).
pub type Answers = BTreeMap<String, Answer>;

/// One answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum Answer {
    /// Short or long text.
    Text(String),
    /// Integer, decimal or rating.
    Number(f64),
    /// A date as `YYYY-MM-DD`.
    Date(String),
    /// The code of one option (single choice, one Likert grid row).
    Choice(String),
    /// Codes of several options (multiple choice), or all codes in order (ranking).
    Choices(Vec<String>),
    /// Yes/no or consent.
    Bool(bool),
    /// The respondent chose "prefer not to answer".
    Declined,
}

impl Answer {
    /// Whether the answer counts as given: a declined answer, an empty text or an empty
    /// selection does not.
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Text(text) | Answer::Date(text) | Answer::Choice(text) => {
                !text.trim().is_empty()
            }
            Answer::Choices(codes) => !codes.is_empty(),
            Answer::Number(number) => number.is_finite(),
            Answer::Bool(_) => true,
            Answer::Declined => false,
        }
    }
}
