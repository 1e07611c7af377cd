//! Plain-language hints for question texts: counts, readability scores and simple warnings.
//!
//! Clinic staff and patient advisors write the questions of health surveys for communities
//! where many people read with difficulty. This module measures a text the way the classic
//! readability formulas do (sentences, words, syllables) and turns the result into [`Hint`]s:
//! a sentence that is too long, a long word, a reading grade above the limit, or a question that
//! asks two things at once. Everything here is data; the shell words each hint for people in
//! their own language.
//!
//! Texts may be Fluent patterns. Before counting, a pattern is reduced to the plain text a
//! respondent would read: a select expression keeps only its default variant (`*[other]`), and
//! a variable, term or function placeable counts as one short placeholder word.
//!
//! # Formulas and their sources
//!
//! English, with `W` words, `S` sentences and `Y` syllables:
//!
//! - Flesch reading ease = 206.835 − 1.015 (W / S) − 84.6 (Y / W). Flesch, R. (1948), "A new
//!   readability yardstick", *Journal of Applied Psychology* 32(3): 221–233; the formula as
//!   usually written is on <https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests>.
//! - Flesch–Kincaid grade level = 0.39 (W / S) + 11.8 (Y / W) − 15.59. Kincaid, J. P.,
//!   Fishburne, R. P., Rogers, R. L. and Chissom, B. S. (1975), *Derivation of new readability
//!   formulas for Navy enlisted personnel*, Research Branch Report 8-75, Naval Technical Training
//!   Command (same Wikipedia page).
//!
//! Spanish:
//!
//! - Fernández Huerta reading ease = 206.84 − 0.60 P − 1.02 F, where P is syllables per 100 words
//!   and F is **words per sentence**. Fernández Huerta, J. (1959), "Medidas sencillas de
//!   lecturabilidad", *Consigna* 214: 29–32. The formula is usually quoted with F as *sentences
//!   per 100 words*, which makes shorter sentences score as harder. Gwillim Law pointed out the
//!   error (LINGUIST List 22.2332, 2011, <https://linguistlist.org/issues/22/22-2332/>): the
//!   formula adapts Flesch's, whose 1.015 multiplies words per sentence, and 1.02 is that
//!   coefficient rounded. We use the corrected form, as legible.es does
//!   (<https://legible.es/blog/lecturabilidad-fernandez-huerta/>).
//! - The school grade comes from Fernández Huerta's published scale, as reproduced by legible.es
//!   and by the INFLESZ program: 90–100 4º grado, 80–90 5º, 70–80 6º, 60–70 7º u 8º,
//!   50–60 preuniversitario, 30–50 cursos selectivos, 0–30 universitario (especialización).
//!   See [`Readability::FernandezHuerta`] for how the named stages map to numbers.
//! - Szigriszt-Pazos perspicuity = 206.835 − 62.3 (Y / W) − (W / S). Szigriszt Pazos, F. (1993),
//!   *Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad*, doctoral
//!   thesis, Universidad Complutense de Madrid
//!   (<https://legible.es/blog/perspicuidad-szigriszt-pazos/>); its scale for patient texts is
//!   INFLESZ (Barrio-Cantalejo, I. M. et al. (2008), *Anales Sis San Navarra* 31(2): 135–152).
//!
//! # Counting
//!
//! Sentences end at `.`, `!`, `?` or `…` followed by a space or the end of the text, so `2.5`
//! and `www.example.org` stay whole; a period after a title ("Dr.") or before a lower-case word
//! ("e.g. pain") does not end one either. `¿` and `¡` open a sentence and do not end one. A text
//! with no terminator is one sentence. Words are the whitespace-separated pieces with a letter or a
//! digit, trimmed of punctuation; a hyphenated word is one word. Following Flesch's counting
//! rules, numbers, links and placeholders count as words of one syllable.
//!
//! Syllables are counted by rule, not from a dictionary. The Spanish counter follows the
//! orthographic rules of diphthongs, triphthongs and hiatus and is exact for ordinary words. The
//! English counter is a heuristic over vowel groups; it does not know syncopated words such as
//! *every* or *different*, which Flesch counts with their shorter pronunciation.

use std::collections::BTreeSet;

/// Stands for a Fluent placeable that a respondent sees as one word, such as `{ $name }`.
///
/// The object replacement character cannot appear in ordinary prose, so a word that contains
/// it is known to be a placeholder and never flagged as long.
const PLACEHOLDER: char = '\u{FFFC}';

/// The fewest words for which a reading grade is worth a hint. The formulas were made for
/// samples of about 100 words; below a handful of words one word decides the grade.
const GRADE_MIN_WORDS: usize = 5;

/// Counts of a plain text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextStats {
    /// Sentences that contain at least one word.
    pub sentences: usize,
    /// Words, numbers, links and placeholders.
    pub words: usize,
    /// Syllables of all words; 0 for a language without a syllable counter.
    pub syllables: usize,
    /// Words in the longest sentence.
    pub longest_sentence_words: usize,
}

/// The readability of a text, by the formula for its language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Readability {
    /// English: Flesch–Kincaid grade level (Kincaid et al. 1975) and Flesch reading ease
    /// (Flesch 1948).
    FleschKincaid {
        /// A United States school grade; can be below 1 or above 12.
        grade: f64,
        /// About 0 (very hard) to 100 (very easy); can fall outside that range.
        ease: f64,
    },
    /// Spanish: Fernández Huerta (1959) reading ease, with the school grade its published scale
    /// gives, and Szigriszt-Pazos perspicuity (1993).
    ///
    /// The scale names grades 4 to 8 and then three stages after them. We map
    /// *preuniversitario* (50–60) to 13, the first grade past secondary school, *cursos
    /// selectivos* (30–50) to 14 and *universitario (especialización)* (below 30) to 16, the
    /// grade of a university graduate on the Flesch–Kincaid scale. The band 60–70 ("7º u 8º")
    /// maps to 8, its upper grade, the cautious choice; it still passes the default limit.
    FernandezHuerta {
        /// Fernández Huerta reading ease, in the corrected form described in the module header.
        ease: f64,
        /// The school grade of the band `ease` falls in.
        grade: u8,
        /// Szigriszt-Pazos perspicuity, the score INFLESZ interprets.
        perspicuity: f64,
    },
}

impl Readability {
    /// A school grade comparable across languages: the Flesch–Kincaid grade for English and
    /// the grade of Fernández Huerta's scale for Spanish.
    pub fn grade(&self) -> f64 {
        match *self {
            Self::FleschKincaid { grade, .. } => grade,
            Self::FernandezHuerta { grade, .. } => f64::from(grade),
        }
    }
}

/// One plain-language hint about one text.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Hint {
    /// A sentence has more than `limit` words.
    LongSentence {
        /// Words in the sentence.
        words: usize,
        /// The most words a sentence should have.
        limit: usize,
    },
    /// A long word, by syllables or letters: in English 4 or more syllables or 13 or more
    /// letters, in Spanish 5 or more syllables or 14 or more letters, in other languages 15 or
    /// more letters. Each word is reported once. Numbers, links and placeholders are never
    /// long, and languages written without spaces between words (Chinese, Japanese, Thai…) get
    /// neither this hint nor [`Hint::LongSentence`], since spaces do not find their words.
    LongWord {
        /// The word as written.
        word: String,
    },
    /// The text's school grade ([`Readability::grade`]) is above the limit. Not given for a
    /// text of fewer than five words, whose grade one long word decides ("Gender?" would be
    /// grade 8.4); [`Hint::LongWord`] names that word instead.
    ReadingGrade {
        /// The grade of the text.
        grade: f64,
        /// The highest grade allowed.
        limit: f64,
    },
    /// A question seems to ask about two things joined by a conjunction, such as "sad and
    /// lonely", so a respondent who is one but not the other cannot answer. A heuristic.
    DoubleBarrelled {
        /// The conjunction, in lower case.
        conjunction: String,
    },
}

/// The limits the hints apply.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// The most words a sentence should have.
    pub sentence_words: usize,
    /// The highest school grade a text should need.
    pub grade: f64,
}

impl Default for Limits {
    /// 20 words a sentence and grade 8: health-literacy guidance asks for patient materials at
    /// a 6th to 8th grade reading level.
    fn default() -> Self {
        Self {
            sentence_words: 20,
            grade: 8.0,
        }
    }
}

/// Counts the sentences, words and syllables of `text`, a plain text or Fluent pattern.
///
/// `language` is a BCP 47 tag; its primary subtag chooses the syllable counter (`en` or `es`).
/// Other languages get no syllable count.
pub fn stats(text: &str, language: &str) -> TextStats {
    tally(&sentences(&plain(text)), Language::of(language))
}

/// The syllables of one word in `language` (a BCP 47 tag): the English heuristic or the Spanish
/// orthographic count, at least 1 for a word. A number, a link or a placeholder counts as one
/// syllable; punctuation alone, or a language without a counter, gives 0.
pub fn syllables(word: &str, language: &str) -> usize {
    let language = Language::of(language);
    word.split_whitespace()
        .filter_map(Token::classify)
        .map(|token| token.syllables(language))
        .sum()
}

/// The readability of `text` in `language`, or `None` when the language has no formula here
/// (only English and Spanish do) or the text has no words.
pub fn readability(text: &str, language: &str) -> Option<Readability> {
    readability_of(&stats(text, language), language)
}

/// The readability formulas applied to counts made elsewhere, such as published counts.
/// `None` when `language` has no formula or there are no words.
pub fn readability_of(stats: &TextStats, language: &str) -> Option<Readability> {
    if stats.words == 0 {
        return None;
    }
    // Counts are far below 2^52, so the conversions are exact.
    let words = stats.words as f64;
    let words_per_sentence = words / stats.sentences.max(1) as f64;
    let syllables_per_word = stats.syllables as f64 / words;
    match Language::of(language) {
        Language::English => Some(Readability::FleschKincaid {
            grade: 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59,
            ease: 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        }),
        Language::Spanish => {
            let ease = 206.84 - 0.60 * (100.0 * syllables_per_word) - 1.02 * words_per_sentence;
            Some(Readability::FernandezHuerta {
                ease,
                grade: huerta_grade(ease),
                perspicuity: 206.835 - 62.3 * syllables_per_word - words_per_sentence,
            })
        }
        Language::Unspaced | Language::Other => None,
    }
}

/// The plain-language hints for `text` in `language`, in this order: long sentences (in text
/// order), long words (first occurrence of each), the reading grade, a double-barrelled
/// question.
pub fn hints(text: &str, language: &str, limits: &Limits) -> Vec<Hint> {
    let tagged = Language::of(language);
    let sentences = sentences(&plain(text));
    // Without spaces between words, a "word" found by spaces is a whole phrase, so the
    // word-based hints would be wrong rather than merely rough.
    let spaced = tagged != Language::Unspaced;
    let mut hints: Vec<Hint> = sentences
        .iter()
        .filter(|sentence| spaced && sentence.tokens.len() > limits.sentence_words)
        .map(|sentence| Hint::LongSentence {
            words: sentence.tokens.len(),
            limit: limits.sentence_words,
        })
        .collect();
    let mut seen = BTreeSet::new();
    for token in sentences.iter().flat_map(|sentence| &sentence.tokens) {
        if token.is_long(tagged) && seen.insert(token.text.to_lowercase()) {
            hints.push(Hint::LongWord {
                word: token.text.clone(),
            });
        }
    }
    let counts = tally(&sentences, tagged);
    let grade = readability_of(&counts, language).map(|r| r.grade());
    let enough_words = counts.words >= GRADE_MIN_WORDS;
    if let Some(grade) = grade.filter(|grade| enough_words && *grade > limits.grade) {
        hints.push(Hint::ReadingGrade {
            grade,
            limit: limits.grade,
        });
    }
    if let Some(conjunction) = double_barrelled(&sentences, tagged) {
        hints.push(Hint::DoubleBarrelled { conjunction });
    }
    hints
}

/// The languages this module knows, by the primary subtag of a BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Language {
    English,
    Spanish,
    /// Written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese,
    /// Tibetan.
    Unspaced,
    Other,
}

impl Language {
    fn of(tag: &str) -> Self {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Self::English
        } else if primary.eq_ignore_ascii_case("es") {
            Self::Spanish
        } else if ["zh", "ja", "th", "lo", "km", "my", "bo"]
            .iter()
            .any(|unspaced| primary.eq_ignore_ascii_case(unspaced))
        {
            Self::Unspaced
        } else {
            Self::Other
        }
    }
}

/// The kinds of word a text has; only real words have syllables to count and can be long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Link,
    Placeholder,
}

/// One word of a sentence, trimmed of the punctuation around it.
#[derive(Debug, Clone)]
struct Token {
    text: String,
    kind: Kind,
}

impl Token {
    /// The word a whitespace-separated piece of text holds, or `None` for punctuation alone.
    fn classify(raw: &str) -> Option<Self> {
        let text = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != PLACEHOLDER);
        let kind = if text.contains(PLACEHOLDER) {
            Kind::Placeholder
        } else if raw.contains("://") || text.starts_with("www.") || is_email(text) {
            Kind::Link
        } else if text.chars().any(char::is_alphabetic) {
            Kind::Word
        } else if text.chars().any(|c| c.is_ascii_digit()) {
            Kind::Number
        } else {
            return None;
        };
        Some(Self {
            text: text.to_owned(),
            kind,
        })
    }

    fn syllables(&self, language: Language) -> usize {
        let count = match language {
            Language::English => english_syllables,
            Language::Spanish => spanish_syllables,
            Language::Unspaced | Language::Other => return 0,
        };
        if self.kind != Kind::Word {
            return 1;
        }
        // Apostrophes join a contraction into one word ("don't"); any other mark inside a word,
        // such as the hyphen of "full-length", separates parts that are counted on their own.
        self.text
            .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .map(|part| {
                let letters: Vec<char> = part
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .flat_map(char::to_lowercase)
                    .collect();
                if letters.is_empty() {
                    0
                } else {
                    count(&letters).max(1)
                }
            })
            .sum()
    }

    fn is_long(&self, language: Language) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        match language {
            Language::English => letters >= 13 || self.syllables(language) >= 4,
            Language::Spanish => letters >= 14 || self.syllables(language) >= 5,
            Language::Other => letters >= 15,
            Language::Unspaced => false,
        }
    }
}

/// Whether `text` looks like an e-mail address: an "@" with a dot after it. (A lone "@", as in
/// the gender-neutral "amig@s", is a word.)
fn is_email(text: &str) -> bool {
    text.split_once('@')
        .is_some_and(|(name, domain)| !name.is_empty() && domain.contains('.'))
}

/// One sentence: its text (for the question checks) and its words.
#[derive(Debug, Clone)]
struct Sentence {
    text: String,
    tokens: Vec<Token>,
}

impl Sentence {
    /// Whether the sentence is a question: it ends with `?`, perhaps inside quotes or brackets.
    fn is_question(&self) -> bool {
        self.text
            .trim_end_matches(|c: char| c.is_whitespace() || is_closing(c))
            .ends_with('?')
    }
}

fn tally(sentences: &[Sentence], language: Language) -> TextStats {
    let tokens = || sentences.iter().flat_map(|sentence| &sentence.tokens);
    TextStats {
        sentences: sentences.len(),
        words: tokens().count(),
        syllables: tokens().map(|token| token.syllables(language)).sum(),
        longest_sentence_words: sentences
            .iter()
            .map(|sentence| sentence.tokens.len())
            .max()
            .unwrap_or(0),
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// Whether `text` ends with a title that takes a period in English or Spanish, such as "Dr.".
fn ends_with_title(text: &str) -> bool {
    const TITLES: [&str; 13] = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "sra", "srta", "dra", "lic", "ud", "uds",
    ];
    let word = text
        .trim_end_matches(|c: char| is_terminator(c) || is_closing(c))
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    TITLES.contains(&word.as_str())
}

/// Splits plain text into sentences with at least one word.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if !is_terminator(c) {
            continue;
        }
        // A run such as "?!" or "..." or '."' ends one sentence, not several.
        let mut periods_only = c == '.';
        while let Some(&next) = chars.peek() {
            if !is_terminator(next) && !is_closing(next) {
                break;
            }
            periods_only &= next == '.' || is_closing(next);
            current.push(next);
            chars.next();
        }
        // Only a terminator before a space or the end ends a sentence, so decimals (2.5),
        // addresses (www.example.org) and times (10.30) stay whole.
        if !chars.peek().is_none_or(|next| next.is_whitespace()) {
            continue;
        }
        // A period after a title ("Dr. Lee") or before a lower-case word ("e.g. pain") is an
        // abbreviation, not the end of a sentence.
        let lower_case_follows = chars
            .clone()
            .find(|next| !next.is_whitespace())
            .is_some_and(char::is_lowercase);
        if periods_only && (lower_case_follows || ends_with_title(&current)) {
            continue;
        }
        pieces.push(std::mem::take(&mut current));
    }
    pieces.push(current);
    pieces
        .into_iter()
        .map(|text| Sentence {
            tokens: text
                .split_whitespace()
                .filter_map(Token::classify)
                .collect(),
            text,
        })
        .filter(|sentence| !sentence.tokens.is_empty())
        .collect()
}

/// The conjunction of the first question that seems to join two things, if any.
///
/// A conjunction counts when it stands between two words, outside parentheses. "and/or" is a
/// single word and never counts, and an English question with "either" offers a choice on
/// purpose. In Spanish only the part after the last `¿` is the question, so an introduction
/// before it ("En el último mes, ¿…?") is not read as part of it.
fn double_barrelled(sentences: &[Sentence], language: Language) -> Option<String> {
    let conjunctions: &[&str] = match language {
        Language::English => &["and", "or"],
        Language::Spanish => &["y", "e", "o", "u", "ni"],
        Language::Unspaced | Language::Other => return None,
    };
    for sentence in sentences.iter().filter(|sentence| sentence.is_question()) {
        let question = match sentence.text.rsplit_once('¿') {
            Some((_, question)) if language == Language::Spanish => question,
            _ => sentence.text.as_str(),
        };
        // (lower-case word, inside parentheses, is a word of letters)
        let mut words: Vec<(String, bool, bool)> = Vec::new();
        let mut depth = 0usize;
        for raw in question.split_whitespace() {
            let opening = raw
                .chars()
                .take_while(|c| !c.is_alphanumeric())
                .filter(|&c| c == '(')
                .count();
            let inside = depth + opening > 0;
            depth = (depth + raw.matches('(').count()).saturating_sub(raw.matches(')').count());
            if let Some(token) = Token::classify(raw) {
                words.push((token.text.to_lowercase(), inside, token.kind == Kind::Word));
            }
        }
        if language == Language::English && words.iter().any(|(word, ..)| word == "either") {
            continue;
        }
        for window in words.windows(3) {
            let [(_, _, before), (word, inside, _), (_, _, after)] = window else {
                continue;
            };
            if *before && *after && !*inside && conjunctions.contains(&word.as_str()) {
                return Some(word.clone());
            }
        }
    }
    None
}

/// The grade Fernández Huerta's scale gives a reading ease; see [`Readability::FernandezHuerta`].
fn huerta_grade(ease: f64) -> u8 {
    if ease >= 90.0 {
        4
    } else if ease >= 80.0 {
        5
    } else if ease >= 70.0 {
        6
    } else if ease >= 60.0 {
        8
    } else if ease >= 50.0 {
        13
    } else if ease >= 30.0 {
        14
    } else {
        16
    }
}

// Fluent patterns to plain text.

/// The plain text of a Fluent pattern, as a respondent would read it by default.
///
/// A select expression keeps its default variant; a string or number literal keeps its value;
/// any other placeable (variable, term, message reference, function call) becomes one
/// placeholder word. Braces that do not pair up are dropped.
fn plain(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len());
    reduce(&chars, &mut out);
    out
}

fn reduce(chars: &[char], out: &mut String) {
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        match c {
            '{' => match closing_brace(chars, at) {
                Some(end) => {
                    placeable(chars.get(at + 1..end).unwrap_or_default(), out);
                    at = end + 1;
                }
                None => at += 1,
            },
            '}' => at += 1,
            _ => {
                out.push(c);
                at += 1;
            }
        }
    }
}

/// The index of the `}` that closes the `{` at `open`, skipping nested placeables and string
/// literals (which may contain braces).
fn closing_brace(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (index, &c) in chars.iter().enumerate().skip(open) {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' if depth > 0 => in_string = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

/// Writes the plain text of one placeable's content (between its braces).
fn placeable(inner: &[char], out: &mut String) {
    if let Some(arrow) = top_level_arrow(inner) {
        let variants = inner.get(arrow + 2..).unwrap_or_default();
        if let Some(body) = default_variant(variants) {
            out.push(' ');
            reduce(body, out);
            out.push(' ');
        }
        return;
    }
    let text: String = inner.iter().collect();
    let text = text.trim();
    if let Some(literal) = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    {
        // A string literal is how Fluent writes special characters, such as `{ "{" }`.
        out.push_str(&literal.replace("\\\"", "\"").replace("\\\\", "\\"));
    } else if !text.is_empty() && text.parse::<f64>().is_ok() {
        out.push_str(text);
    } else {
        out.push(' ');
        out.push(PLACEHOLDER);
        out.push(' ');
    }
}

/// The index of the `->` of a select expression, outside nested placeables and strings.
fn top_level_arrow(inner: &[char]) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    for (index, pair) in inner.windows(2).enumerate() {
        let &[c, next] = pair else {
            continue;
        };
        match c {
            '"' if depth == 0 => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => depth = depth.saturating_sub(1),
            '-' if depth == 0 && !in_string && next == '>' => return Some(index),
            _ => {}
        }
    }
    None
}

/// The body of the default variant (`*[key] body`), or of the first variant when none is
/// marked default.
fn default_variant(variants: &[char]) -> Option<&[char]> {
    // (default?, body start, key start) of each variant, in order.
    let mut found: Vec<(bool, usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(&c) = variants.get(at) {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '[' if depth == 0 => {
                if let Some(body) = variant_key_end(variants, at) {
                    let default = at > 0 && variants.get(at - 1) == Some(&'*');
                    let key_start = if default { at - 1 } else { at };
                    found.push((default, body, key_start));
                    at = body;
                    continue;
                }
            }
            _ => {}
        }
        at += 1;
    }
    let chosen = found
        .iter()
        .position(|(default, ..)| *default)
        .or(if found.is_empty() { None } else { Some(0) })?;
    let (_, start, _) = *found.get(chosen)?;
    let end = found
        .get(chosen + 1)
        .map_or(variants.len(), |(_, _, key_start)| *key_start);
    variants.get(start..end)
}

/// If `[` at `open` starts a variant key such as `[one]` or `[ 0 ]`, the index after its `]`.
fn variant_key_end(chars: &[char], open: usize) -> Option<usize> {
    let close = open
        + 1
        + chars
            .get(open + 1..)?
            .iter()
            .position(|&c| c == ']' || c == '[' || c == '\n')?;
    if chars.get(close) != Some(&']') {
        return None;
    }
    let key: String = chars.get(open + 1..close)?.iter().collect();
    let key = key.trim();
    let valid = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    valid.then_some(close + 1)
}

// English syllables.

fn is_plain_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn is_accented_vowel(c: char) -> bool {
    matches!(
        c,
        'à' | 'á'
            | 'â'
            | 'ä'
            | 'è'
            | 'é'
            | 'ê'
            | 'ë'
            | 'ì'
            | 'í'
            | 'î'
            | 'ï'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'ö'
            | 'ù'
            | 'ú'
            | 'û'
            | 'ü'
    )
}

/// Syllables of one English word (lower-case letters) by vowel groups and common endings.
fn english_syllables(word: &[char]) -> usize {
    let at = |index: usize| word.get(index).copied().unwrap_or(' ');
    let length = word.len();
    let vowel: Vec<bool> = (0..length)
        .map(|index| {
            let c = at(index);
            match c {
                // "u" after "q" is a glide, as in question and quite.
                'u' if index > 0 && at(index - 1) == 'q' => false,
                // "y" before a vowel is a consonant at the start of a word or after a vowel
                // (yes, beyond, player) and a vowel otherwise (day, happy, trying).
                'y' => {
                    let before_vowel = is_plain_vowel(at(index + 1));
                    let after_vowel_or_start = index == 0 || is_plain_vowel(at(index - 1));
                    !(before_vowel && after_vowel_or_start)
                }
                _ => is_plain_vowel(c) || is_accented_vowel(c),
            }
        })
        .collect();
    let is_vowel = |index: usize| vowel.get(index).copied().unwrap_or(false);

    let mut count = 0;
    let mut index = 0;
    while index < length {
        if !is_vowel(index) {
            index += 1;
            continue;
        }
        let first_group = count == 0;
        count += 1;
        index += 1;
        while is_vowel(index) {
            if english_hiatus(word, index, first_group) {
                count += 1;
            }
            index += 1;
        }
    }

    // A final "e" after a consonant is silent (time, questionnaire), except in a syllabic
    // "-le" or "-re" after another consonant (table, little, acre).
    let lone_e = |index: usize| at(index) == 'e' && index > 0 && !is_vowel(index - 1);
    let syllabic = |index: usize| {
        let consonant = index.checked_sub(1).map_or(' ', at);
        let before = index.checked_sub(2);
        matches!(consonant, 'l' | 'r')
            && before.is_some_and(|before| !is_vowel(before) && at(before) != consonant)
    };
    if count > 1 && length >= 2 {
        let last = length - 1;
        if lone_e(last) && !syllabic(last) {
            count -= 1;
        } else if at(last) == 's' && lone_e(last - 1) && !syllabic(last - 1) {
            // "-es" is its own syllable after a sibilant (boxes, wishes, places, pages) and
            // silent otherwise (makes, times).
            let consonant = at(last - 2);
            let sibilant = matches!(consonant, 's' | 'x' | 'z' | 'c' | 'g')
                || (consonant == 'h' && length >= 4 && matches!(at(last - 3), 'c' | 's'));
            if !sibilant {
                count -= 1;
            }
        } else if at(last) == 'd' && lone_e(last - 1) && !syllabic(last - 1) {
            // "-ed" is its own syllable after "t" or "d" (wanted, needed) and silent otherwise
            // (helped, smiled).
            if !matches!(at(last - 2), 't' | 'd') {
                count -= 1;
            }
        } else if let Some(stem) = silent_e_before_suffix(word) {
            // The silent "e" of a stem stays silent before a consonant suffix (lonely,
            // careful, statement).
            if lone_e(stem) && !syllabic(stem) {
                count -= 1;
            }
        }
    }
    count
}

/// The index of the last letter of the stem, when `word` ends with a suffix that begins with a
/// consonant and leaves the stem's silent "e" silent.
fn silent_e_before_suffix(word: &[char]) -> Option<usize> {
    const SUFFIXES: [&str; 6] = ["ly", "ful", "ment", "ments", "ness", "less"];
    let text: String = word.iter().collect();
    SUFFIXES.iter().find_map(|suffix| {
        let stem = text.strip_suffix(suffix)?;
        // A stem of three letters or more can have a syllable before its final "e" (lone, care);
        // "re" in "rely" is a syllable of its own.
        let stem_length = stem.chars().count();
        (stem_length >= 3).then(|| stem_length - 1)
    })
}

/// Whether the vowel at `index` starts a new syllable although the letter before it is also a
/// vowel: the pairs English pronounces apart (Austral-i-an, usu-al, cre-ate, i-de-a, be-ing).
fn english_hiatus(word: &[char], index: usize, first_group: bool) -> bool {
    let at = |index: usize| word.get(index).copied().unwrap_or(' ');
    let current = at(index);
    let Some(previous_index) = index.checked_sub(1) else {
        return false;
    };
    let previous = at(previous_index);
    let before = previous_index.checked_sub(1).map_or(' ', at);
    let rest: String = word.get(index + 1..).unwrap_or_default().iter().collect();
    // The "i" of a final "-ing" after a vowel: being, doing, trying, continuing.
    if current == 'i' && rest == "ng" {
        return true;
    }
    match (previous, current) {
        // -tial, -cial, -sion, -tion, -gion, -xious are one syllable; media, radio, reptilian
        // are two.
        ('i', 'a') => !matches!(before, 'c' | 't' | 's' | 'g'),
        ('i', 'o') => !matches!(before, 'c' | 't' | 's' | 'g' | 'x'),
        ('i', 'u' | 'i') | ('u', 'o') => true,
        // quiet, diet, client; -ier and -iest after the first syllable (earlier, happiest).
        ('i', 'e') => {
            let later = !first_group && (rest == "r" || rest == "st");
            let soft = matches!(before, 'c' | 't' | 's' | 'g');
            later || (!soft && (rest == "t" || rest == "nt"))
        }
        // usual, actual; not guard, language.
        ('u', 'a') => !matches!(before, 'q' | 'g'),
        // fluent, cruel, duet, influence; not true, guess, Tuesday.
        ('u', 'e') => {
            !matches!(before, 'q' | 'g') && matches!(rest.chars().next(), Some('n' | 'l' | 't'))
        }
        // idea, area at the end of a word, though not a one-syllable sea or tea; the Latin stem
        // creat- (create, created, creation) but not creature.
        ('e', 'a') => {
            (rest.is_empty() && !first_group)
                || (before == 'r'
                    && previous_index >= 2
                    && at(previous_index - 2) == 'c'
                    && rest.starts_with('t')
                    && !rest.starts_with("tu"))
        }
        _ => false,
    }
}

// Spanish syllables.

/// The role a Spanish vowel letter plays in diphthongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanishVowel {
    /// a, e, o, with or without an accent.
    Strong,
    /// i, u, ü and a final y, unaccented; the letter tells i from u for "ii" and "uu".
    Weak(char),
    /// í, ú: an accented weak vowel is always its own syllable (día, país, río).
    Stressed,
}

/// Syllables of one Spanish word (lower-case letters): one per vowel nucleus, where a weak
/// unaccented vowel next to another vowel forms a diphthong or triphthong with it.
fn spanish_syllables(word: &[char]) -> usize {
    use SpanishVowel::{Stressed, Strong, Weak};
    let at = |index: usize| word.get(index).copied().unwrap_or(' ');
    let is_vowel_letter = |c: char| "aeiouáéíóúü".contains(c);
    let mut count = 0;
    // The nucleus being built: whether it has a strong vowel, its length and its last vowel.
    let mut nucleus: Option<(bool, usize, SpanishVowel)> = None;
    for index in 0..word.len() {
        let c = at(index);
        let previous = index.checked_sub(1).map_or(' ', at);
        let next = at(index + 1);
        let vowel = match c {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'à' | 'è' | 'ò' => Some(Strong),
            'í' | 'ú' => Some(Stressed),
            'i' | 'ü' => Some(Weak(c)),
            // The "u" of "que", "qui", "gue", "gui" is silent (queso, guitarra); "ü" is not.
            'u' if matches!(previous, 'q' | 'g') && matches!(next, 'e' | 'i' | 'é' | 'í') => None,
            'u' => Some(Weak('u')),
            // "y" before a vowel is a consonant (yo, ayer); otherwise it is a vowel (y, hoy, muy).
            'y' if !is_vowel_letter(next) => Some(Weak('y')),
            _ => None,
        };
        let Some(vowel) = vowel else {
            nucleus = None;
            continue;
        };
        let joins = nucleus.is_some_and(|(has_strong, length, last)| {
            let diphthong = match (last, vowel) {
                (Stressed, _) | (_, Stressed) | (Strong, Strong) => false,
                (Weak(a), Weak(b)) => a != b,
                _ => true,
            };
            // A nucleus holds one strong vowel at most and three vowels at most (buey, Uruguay).
            diphthong && !(vowel == Strong && has_strong) && length < 3
        });
        nucleus = match nucleus {
            Some((has_strong, length, _)) if joins => {
                Some((has_strong || vowel == Strong, length + 1, vowel))
            }
            _ => {
                count += 1;
                Some((vowel == Strong, 1, vowel))
            }
        };
    }
    count
}
