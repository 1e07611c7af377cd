//! Show-if and required-if logic: evaluation over answers, and the items a condition reads.

use crate::core::answer::{Answer, Answers};
use crate::core::model::{Comparison, Condition, Literal, Operator};

/// Whether a condition holds for the answers given so far.
///
/// A comparison with an answer that is missing, declined or of another type is false (except
/// `notAnswered`), so an item depending on an unanswered question stays hidden.
pub fn evaluate(condition: &Condition, answers: &Answers) -> bool {
    match condition {
        Condition::All(conditions) => conditions.iter().all(|c| evaluate(c, answers)),
        Condition::Any(conditions) => conditions.iter().any(|c| evaluate(c, answers)),
        Condition::Not(condition) => !evaluate(condition, answers),
        Condition::Compare(comparison) => compare(comparison, answers),
    }
}

/// Every comparison in a condition, in document order, with its JSON path below the
/// condition (such as `.all[1].compare`).
pub fn comparisons(condition: &Condition) -> Vec<(String, &Comparison)> {
    let mut out = Vec::new();
    collect(condition, String::new(), &mut out);
    out
}

fn collect<'a>(condition: &'a Condition, path: String, out: &mut Vec<(String, &'a Comparison)>) {
    match condition {
        Condition::All(conditions) => {
            for (index, c) in conditions.iter().enumerate() {
                collect(c, format!("{path}.all[{index}]"), out);
            }
        }
        Condition::Any(conditions) => {
            for (index, c) in conditions.iter().enumerate() {
                collect(c, format!("{path}.any[{index}]"), out);
            }
        }
        Condition::Not(c) => collect(c, format!("{path}.not"), out),
        Condition::Compare(comparison) => out.push((format!("{path}.compare"), comparison)),
    }
}

fn compare(comparison: &Comparison, answers: &Answers) -> bool {
    let answer = answers
        .get(&comparison.item)
        .filter(|answer| answer.is_given());
    match comparison.op {
        Operator::Answered => answer.is_some(),
        Operator::NotAnswered => answer.is_none(),
        op => {
            let (Some(answer), Some(value)) = (answer, comparison.value.as_ref()) else {
                return false;
            };
            match op {
                Operator::Equals => equals(answer, value),
                Operator::NotEquals => !equals(answer, value),
                Operator::Includes => includes(answer, value),
                _ => order(answer, value).is_some_and(|ordering| match op {
                    Operator::LessThan => ordering.is_lt(),
                    Operator::LessOrEqual => ordering.is_le(),
                    Operator::GreaterThan => ordering.is_gt(),
                    _ => ordering.is_ge(),
                }),
            }
        }
    }
}

fn equals(answer: &Answer, value: &Literal) -> bool {
    match (answer, value) {
        (Answer::Number(number), Literal::Number(literal)) => {
            literal.as_f64().is_some_and(|literal| *number == literal)
        }
        (Answer::Bool(answer), Literal::Bool(literal)) => answer == literal,
        (
            Answer::Text(text) | Answer::Date(text) | Answer::Choice(text),
            Literal::Text(literal),
        ) => text == literal,
        (Answer::Choices(codes), Literal::Text(literal)) => {
            codes.len() == 1 && codes[0] == *literal
        }
        _ => false,
    }
}

fn includes(answer: &Answer, value: &Literal) -> bool {
    match (answer, value) {
        (Answer::Choices(codes), Literal::Text(code)) => codes.contains(code),
        (Answer::Choice(chosen), Literal::Text(code)) => chosen == code,
        _ => false,
    }
}

fn order(answer: &Answer, value: &Literal) -> Option<std::cmp::Ordering> {
    match (answer, value) {
        (Answer::Number(number), Literal::Number(literal)) => {
            number.partial_cmp(&literal.as_f64()?)
        }
        // ISO dates (YYYY-MM-DD) order as strings.
        (Answer::Date(date), Literal::Text(literal)) => Some(date.as_str().cmp(literal.as_str())),
        _ => None,
    }
}
