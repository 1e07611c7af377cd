//! Plain-language hints: syllable counts against dictionary counts, readability scores against
//! worked examples, and the hints for question texts in English, Spanish and Fluent, all from
//! the fixtures in `tests/fixtures/readability/`.

mod common;

use coform::core::readability::{
    Hint, Limits, Readability, TextStats, hints, readability, readability_of, stats, syllables,
};

#[test]
fn english_syllables_match_dictionary_counts() {
    check_syllables("syllables.en.txt", "en");
}

#[test]
fn spanish_syllables_follow_the_orthographic_rules() {
    check_syllables("syllables.es.txt", "es");
}

#[test]
fn english_scores_match_published_examples() {
    check("reference.en.txt");
}

#[test]
fn spanish_scores_match_worked_examples() {
    check("reference.es.txt");
}

#[test]
fn english_questions_get_plain_language_hints() {
    check("hints.en.txt");
}

#[test]
fn spanish_questions_get_plain_language_hints() {
    check("hints.es.txt");
}

#[test]
fn fluent_patterns_count_what_a_respondent_reads() {
    check("fluent.txt");
}

#[test]
fn other_languages_get_counts_and_long_words_but_no_score() {
    check("other.txt");
}

#[test]
fn numbers_are_one_syllable_and_unknown_languages_have_none() {
    assert_eq!((syllables("2024", "en"), syllables("2024", "es")), (1, 1));
    assert_eq!(syllables("bonjour", "fr"), 0);
}

#[test]
fn default_limits_follow_health_literacy_guidance() {
    let expected = Limits {
        sentence_words: 20,
        grade: 8.0,
    };
    assert_eq!(Limits::default(), expected);
}

/// Every `word count` line of a syllable fixture, compared exactly; all mismatches are reported
/// together.
fn check_syllables(name: &str, language: &str) {
    let text = common::read(&common::fixtures().join("readability").join(name));
    let entries: Vec<(&str, usize)> = text
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (word, count) = line
                .split_once(' ')
                .unwrap_or_else(|| panic!("{name}: `{line}` is not `word count`"));
            let count = count
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("{name}: `{line}`"));
            (word, count)
        })
        .collect();
    assert!(entries.len() >= 30, "{name} should list at least 30 words");
    let wrong: Vec<String> = entries
        .iter()
        .filter(|(word, count)| syllables(word, language) != *count)
        .map(|(word, count)| format!("{word}: {} (dictionary {count})", syllables(word, language)))
        .collect();
    assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
}

/// Checks every block of a text fixture: a blank line separates blocks, `#` starts a comment,
/// `key: value` sets a field and an indented line continues the previous value. A block has a
/// `language` and a `text` (or published `counts`), and any of `stats`, `ease`, `grade`,
/// `perspicuity`, `readability: none`, `limits` with `hint` lines or `hints: none`.
fn check(name: &str) {
    let blocks = blocks(name);
    assert!(!blocks.is_empty(), "{name} has no examples");
    for (line, fields) in blocks {
        let context = format!("{name}, example at line {line}");
        let field = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, value)| value.as_str())
        };
        let language = field("language").unwrap_or_else(|| panic!("{context}: no language"));
        let text = field("text");
        let score = match (text, field("counts")) {
            (Some(text), _) => {
                let counted = stats(text, language);
                if let Some(expected) = field("stats") {
                    assert_eq!(counted, parse_stats(expected, &counted), "{context}: stats");
                }
                readability(text, language)
            }
            (None, Some(counts)) => {
                readability_of(&parse_stats(counts, &TextStats::default()), language)
            }
            (None, None) => panic!("{context}: no text or counts"),
        };
        if field("readability") == Some("none") {
            assert_eq!(score, None, "{context}: readability");
        }
        for key in ["ease", "grade", "perspicuity"] {
            if let Some(published) = field(key) {
                let ours = figure(score, key).unwrap_or_else(|| panic!("{context}: no {key}"));
                let tolerance = precision(published);
                let published: f64 = published.parse().expect("a number");
                assert!(
                    (ours - published).abs() <= tolerance,
                    "{context}: {key} is {ours}, published {published} (±{tolerance})"
                );
            }
        }
        let expected: Vec<&str> = fields
            .iter()
            .filter(|(key, value)| key == "hint" || (key == "hints" && value != "none"))
            .map(|(_, value)| value.as_str())
            .collect();
        if !expected.is_empty() || field("hints") == Some("none") {
            let limits = field("limits").map_or_else(Limits::default, |limits| {
                let (words, grade) = limits.split_once(' ').expect("limits: words grade");
                Limits {
                    sentence_words: words.parse().expect("sentence words"),
                    grade: grade.parse().expect("grade"),
                }
            });
            let text = text.unwrap_or_else(|| panic!("{context}: hints need a text"));
            let found: Vec<String> = hints(text, language, &limits)
                .iter()
                .map(describe)
                .collect();
            assert_eq!(found, expected, "{context}: hints");
        }
    }
}

/// The blocks of a fixture, each with the line it starts on and its fields in order.
fn blocks(name: &str) -> Vec<(usize, Vec<(String, String)>)> {
    let text = common::read(&common::fixtures().join("readability").join(name));
    let mut blocks: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    let mut current: Vec<(String, String)> = Vec::new();
    let mut start = 0;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push((start, std::mem::take(&mut current)));
            }
        } else if line.starts_with('#') {
            continue;
        } else if line.starts_with([' ', '\t']) {
            let (_, value) = current
                .last_mut()
                .unwrap_or_else(|| panic!("{name}:{}: continuation of nothing", index + 1));
            value.push('\n');
            value.push_str(line);
        } else {
            let (key, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("{name}:{}: not `key: value`", index + 1));
            if current.is_empty() {
                start = index + 1;
            }
            current.push((key.to_owned(), value.trim_start().to_owned()));
        }
    }
    if !current.is_empty() {
        blocks.push((start, current));
    }
    blocks
}

/// `sentences words syllables [longest]`; without a longest sentence, the counted one is kept.
fn parse_stats(counts: &str, counted: &TextStats) -> TextStats {
    let numbers: Vec<usize> = counts
        .split_whitespace()
        .map(|number| number.parse().expect("a count"))
        .collect();
    match numbers[..] {
        [sentences, words, syllables] => TextStats {
            sentences,
            words,
            syllables,
            longest_sentence_words: counted.longest_sentence_words,
        },
        [sentences, words, syllables, longest_sentence_words] => TextStats {
            sentences,
            words,
            syllables,
            longest_sentence_words,
        },
        _ => panic!("stats are `sentences words syllables [longest]`, not `{counts}`"),
    }
}

/// One figure of a readability result, by fixture key.
fn figure(score: Option<Readability>, key: &str) -> Option<f64> {
    let score = score?;
    match (key, score) {
        ("grade", _) => Some(score.grade()),
        ("ease", Readability::FleschKincaid { ease, .. })
        | ("ease", Readability::FernandezHuerta { ease, .. }) => Some(ease),
        ("perspicuity", Readability::FernandezHuerta { perspicuity, .. }) => Some(perspicuity),
        _ => None,
    }
}

/// Half a unit of the last published digit: "116" is within 0.5, "24.4" within 0.05.
fn precision(published: &str) -> f64 {
    let decimals = published
        .split_once('.')
        .map_or(0, |(_, digits)| digits.len());
    0.5 / 10f64.powi(i32::try_from(decimals).expect("few decimals"))
}

fn describe(hint: &Hint) -> String {
    match hint {
        Hint::LongSentence { words, limit } => format!("long-sentence {words} {limit}"),
        Hint::LongWord { word } => format!("long-word {word}"),
        Hint::ReadingGrade { grade, limit } => format!("reading-grade {grade:.1} {limit}"),
        Hint::DoubleBarrelled { conjunction } => format!("double-barrelled {conjunction}"),
        other => format!("{other:?}"),
    }
}
