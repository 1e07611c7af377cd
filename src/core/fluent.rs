//! Survey messages through Fluent: parse one pattern, list its variables, resolve it.
//!
//! A survey stores each respondent-visible string as the *value* of a Fluent message, per
//! language. To parse one, it is wrapped as `m = <pattern>` with its continuation lines
//! indented; errors are mapped back to byte ranges of the stored pattern. Resolution walks the
//! language chain (the language, its fallbacks, the source language) and uses the first
//! language whose pattern parses and formats without error, so a respondent never sees an
//! empty label. Placeables are bidi-isolated (U+2068 … U+2069) so that a piped answer in one
//! script cannot reorder the text around it.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::core::answer::{Answer, Answers};
use crate::core::issue::Span;
use crate::core::limits::MAX_FLUENT_NESTING;
use crate::core::model::{ItemKind, LocalizedText, Survey};

/// The Fluent id given to the wrapped pattern.
const WRAP_PREFIX: &str = "m = ";
/// Indentation added to each continuation line when wrapping.
const WRAP_INDENT: &str = "    ";

/// What is wrong with a pattern, located in the pattern's own bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternProblem {
    /// Not valid Fluent; `detail` is fluent-syntax's description of the error kind.
    Syntax {
        /// Where in the pattern.
        span: Span,
        /// The parser's description (for experts; the UI words the problem itself).
        detail: String,
    },
    /// Valid Fluent, but not allowed in a survey string (references, terms, functions,
    /// attributes).
    Unsupported {
        /// Where in the pattern.
        span: Span,
        /// What was found.
        detail: String,
    },
}

/// The text of a pattern that is one line of plain text: no placeable, no line break, and no
/// whitespace at either end. Fluent reads such a pattern as exactly its characters, so it
/// needs no parsing; `None` for any other pattern. Most survey strings are like this, and a
/// 1000-item survey in eight languages has tens of thousands of them to resolve or export.
pub fn literal(pattern: &str) -> Option<&str> {
    let plain = !pattern.is_empty()
        && !pattern.starts_with(char::is_whitespace)
        && !pattern.ends_with(char::is_whitespace)
        && !pattern
            .bytes()
            .any(|byte| matches!(byte, b'{' | b'}' | b'\n' | b'\r'));
    plain.then_some(pattern)
}

/// Where fluent-syntax 0.12 would panic on `source` instead of reporting an error: an escape
/// sequence in a string literal cut short by a character of more than one byte, such as
/// `{ "\é" }` or `{ "\u1é" }` (projectfluent/fluent-rs#389, open). Such an escape is invalid
/// Fluent anyway, so callers report it as a syntax error at the returned byte offset instead
/// of parsing. Found by `make fuzz`. Also where the parser would exhaust its stack: placeables
/// (or call arguments) nested deeper than [`MAX_FLUENT_NESTING`]. `None` for every other source.
///
/// A string literal is taken to start at a `"` inside braces, so text in a select variant with
/// a quote and then a backslash before a non-ASCII character on one line is refused too: rare,
/// and refused with a clear error rather than a crash.
pub fn unparseable_escape(source: &str) -> Option<usize> {
    unparseable(source, false).map(|(at, _)| at)
}

/// What [`unparseable_escape`] finds, with the syntax error it is reported as:
/// `InvalidEscapeSequence` or `TooDeeplyNested`. `file` reads `source` as a whole `.ftl` file:
/// comment lines are passed over, and each entry (a line starting with a letter or `-`)
/// starts again at the top level.
pub fn unparseable(source: &str, file: bool) -> Option<(usize, &'static str)> {
    const ESCAPE: &str = "InvalidEscapeSequence";
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut at = 0;
    while at < bytes.len() {
        if file && (at == 0 || bytes[at - 1] == b'\n') {
            match bytes[at] {
                b'#' => {
                    at += bytes[at..]
                        .iter()
                        .position(|byte| *byte == b'\n')
                        .unwrap_or(bytes.len() - at);
                    continue;
                }
                byte if byte.is_ascii_alphabetic() || byte == b'-' => {
                    depth = 0;
                    in_string = false;
                }
                _ => {}
            }
        }
        match (in_string, bytes[at]) {
            (true, b'"' | b'\n') => in_string = false,
            (true, b'\\') => {
                let length = match bytes.get(at + 1) {
                    Some(next) if !next.is_ascii() => return Some((at, ESCAPE)),
                    Some(b'u') => 4,
                    Some(b'U') => 6,
                    _ => {
                        at += 2;
                        continue;
                    }
                };
                let digits = bytes[at + 2..]
                    .iter()
                    .take(length)
                    .take_while(|byte| byte.is_ascii_hexdigit())
                    .count();
                if digits < length
                    && bytes
                        .get(at + 2 + digits)
                        .is_some_and(|byte| !byte.is_ascii())
                {
                    return Some((at, ESCAPE));
                }
                at += 2 + digits;
                continue;
            }
            (false, b'{') | (false, b'(') if depth > 0 || bytes[at] == b'{' => {
                depth += 1;
                if depth > MAX_FLUENT_NESTING {
                    return Some((at, "TooDeeplyNested"));
                }
            }
            (false, b'}') => depth = depth.saturating_sub(1),
            (false, b')') if depth > 0 => depth -= 1,
            (false, b'"') if depth > 0 => in_string = true,
            _ => {}
        }
        at += 1;
    }
    None
}

/// Parses one pattern. On success returns the resource holding message `m`.
pub fn parse_pattern(pattern: &str) -> Result<FluentResource, Vec<PatternProblem>> {
    if let Some((at, detail)) = unparseable(pattern, false) {
        let end = pattern[at + 1..]
            .char_indices()
            .nth(1)
            .map_or(pattern.len(), |(offset, _)| at + 1 + offset);
        return Err(vec![PatternProblem::Syntax {
            span: Span { start: at, end },
            detail: detail.to_owned(),
        }]);
    }
    let wrapped = wrap(pattern);
    match FluentResource::try_new(wrapped) {
        Ok(resource) => match unsupported(&resource, pattern) {
            Some(problem) => Err(vec![problem]),
            None => Ok(resource),
        },
        Err((_, errors)) => Err(errors
            .into_iter()
            .map(|error| PatternProblem::Syntax {
                span: Span {
                    start: unwrap_offset(pattern, error.pos.start),
                    end: unwrap_offset(pattern, error.pos.end),
                },
                detail: format!("{:?}", error.kind),
            })
            .collect()),
    }
}

/// A parsed pattern written back as a stored pattern (continuation lines unindented), in
/// Fluent's canonical layout: what [`normalize`] and translators' file import store.
pub fn pattern_source(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "m" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let serialized = fluent_syntax::serializer::serialize(&resource);
    let body = serialized.strip_prefix("m =").unwrap_or(&serialized);
    let body = body.strip_suffix('\n').unwrap_or(body);
    let (first, rest) = match body.strip_prefix('\n') {
        Some(block) => ("", block),
        None => match body.strip_prefix(' ') {
            Some(inline) => inline.split_once('\n').unwrap_or((inline, "")),
            None => (body, ""),
        },
    };
    let mut out = first.to_owned();
    for line in rest.split('\n').filter(|_| !rest.is_empty()) {
        if !out.is_empty() || !first.is_empty() {
            out.push('\n');
        }
        out.push_str(line.strip_prefix(WRAP_INDENT).unwrap_or(line));
    }
    out
}

/// A pattern in Fluent's canonical layout (the pattern itself when it does not parse), so
/// that two spellings of the same message compare equal.
pub fn normalize(pattern: &str) -> String {
    match parse_pattern(pattern) {
        Ok(resource) => message_value(&resource).map_or_else(String::new, pattern_source),
        Err(_) => pattern.to_owned(),
    }
}

/// The pattern as the value of message `id` in a `.ftl` file: `id = ` and the pattern, its
/// continuation lines indented.
pub fn as_message(id: &str, pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + id.len() + 8);
    out.push_str(id);
    out.push_str(" = ");
    for (index, line) in pattern.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
            out.push_str(WRAP_INDENT);
        }
        out.push_str(line);
    }
    out.push('\n');
    out
}

/// The variables a pattern uses, each with the span of its first `$name` in the pattern.
pub fn variables(resource: &FluentResource, pattern: &str) -> Vec<(String, Span)> {
    let mut names = BTreeSet::new();
    if let Some(value) = message_value(resource) {
        collect_pattern_variables(value, &mut names);
    }
    names
        .into_iter()
        .map(|name| {
            let needle = format!("${name}");
            let start = find_variable(pattern, &needle).unwrap_or(0);
            let span = Span {
                start,
                end: start + needle.len(),
            };
            (name.to_owned(), span)
        })
        .collect()
}

/// What the wording depends on besides the language: audience values and earlier answers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// Chosen audience values by variable id; unset variables take their default.
    pub audience: BTreeMap<String, String>,
    /// Answers so far, for piping.
    pub answers: Answers,
}

/// A resolved string and the language it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The text to show.
    pub text: String,
    /// The language tag whose pattern gave the text.
    pub language: String,
    /// True when the text came from a language later in the chain than the first.
    pub fell_back: bool,
}

/// Resolves survey strings in one language, with its fallback chain, for one context.
pub struct Resolver {
    chain: Vec<(String, FluentBundle<FluentResource>)>,
    args: FluentArgs<'static>,
}

/// Text shown for a piped answer that has not been given yet.
pub const UNANSWERED_PLACEHOLDER: &str = "…";

impl Resolver {
    /// A resolver for `language` (falling back along its chain) in `context`.
    pub fn new(survey: &Survey, language: &str, context: &Context) -> Self {
        let chain: Vec<(String, FluentBundle<FluentResource>)> = survey
            .language_chain(language)
            .into_iter()
            .map(|tag| {
                let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new(vec![langid]);
                bundle.set_use_isolating(true);
                (tag, bundle)
            })
            .collect();
        let mut resolver = Resolver {
            chain,
            args: FluentArgs::new(),
        };
        resolver.args = resolver.arguments(survey, context);
        resolver
    }

    /// The language tags tried, in order.
    pub fn chain(&self) -> impl Iterator<Item = &str> {
        self.chain.iter().map(|(tag, _)| tag.as_str())
    }

    /// Resolves a string: the first language of the chain whose pattern parses and formats
    /// cleanly. When none does, the first that formats at all; `None` when no language has
    /// the string.
    pub fn resolve(&self, text: &LocalizedText) -> Option<Resolved> {
        self.resolve_with(text, &self.args)
    }

    /// Resolves a string, or returns `fallback` (such as the item id) so a label is never empty.
    pub fn resolve_or(&self, text: &LocalizedText, fallback: &str) -> String {
        self.resolve(text)
            .map_or_else(|| fallback.to_owned(), |resolved| resolved.text)
    }

    fn resolve_with(&self, text: &LocalizedText, args: &FluentArgs) -> Option<Resolved> {
        let mut best_effort: Option<Resolved> = None;
        for (position, (tag, bundle)) in self.chain.iter().enumerate() {
            let Some(pattern) = text.get(tag) else {
                continue;
            };
            if let Some(literal) = literal(pattern) {
                // What formatting it would give: the text itself, without errors.
                return Some(Resolved {
                    text: literal.to_owned(),
                    language: tag.clone(),
                    fell_back: position > 0,
                });
            }
            let Ok(resource) = parse_pattern(pattern) else {
                continue;
            };
            let Some(value) = message_value(&resource) else {
                continue;
            };
            let mut errors = Vec::new();
            let formatted = bundle.format_pattern(value, Some(args), &mut errors);
            let resolved = Resolved {
                text: formatted.into_owned(),
                language: tag.clone(),
                fell_back: position > 0,
            };
            if resolved.text.trim().is_empty() {
                continue;
            }
            if errors.is_empty() {
                return Some(resolved);
            }
            best_effort.get_or_insert(resolved);
        }
        best_effort
    }

    /// The Fluent arguments: audience values, then every answerable item by id.
    fn arguments(&self, survey: &Survey, context: &Context) -> FluentArgs<'static> {
        // Gathered first and set in name order: `FluentArgs` is a sorted list, so setting a
        // thousand item ids in survey order would shift it a thousand times. A stable sort
        // keeps the later of two equal names last, so it wins as it did when set in turn.
        let mut args: Vec<(String, FluentValue<'static>)> = Vec::new();
        for variable in &survey.audience {
            let value = context
                .audience
                .get(&variable.id)
                .cloned()
                .unwrap_or_else(|| variable.default.clone());
            args.push((variable.id.clone(), FluentValue::String(Cow::Owned(value))));
        }
        // Option labels are resolved without arguments: labels do not pipe answers.
        let plain = FluentArgs::new();
        for item in survey.items() {
            let mut ids: Vec<&str> = vec![item.id.as_str()];
            if item.kind == ItemKind::LikertGrid {
                ids.extend(item.rows.iter().map(|row| row.id.as_str()));
            }
            for id in ids {
                if !item.kind.takes_answer() {
                    continue;
                }
                let label = |code: &str| -> String {
                    item.choices
                        .as_deref()
                        .and_then(|list| survey.choice_list(list))
                        .and_then(|list| list.options.iter().find(|option| option.code == code))
                        .and_then(|option| self.resolve_with(&option.label, &plain))
                        .map_or_else(|| code.to_owned(), |resolved| resolved.text)
                };
                let value: FluentValue<'static> = match context.answers.get(id) {
                    Some(Answer::Number(number)) => FluentValue::from(*number),
                    Some(Answer::Text(text)) | Some(Answer::Date(text)) => {
                        FluentValue::String(Cow::Owned(text.clone()))
                    }
                    Some(Answer::Choice(code)) => FluentValue::String(Cow::Owned(label(code))),
                    Some(Answer::Choices(codes)) => {
                        let labels: Vec<String> = codes.iter().map(|code| label(code)).collect();
                        FluentValue::String(Cow::Owned(labels.join(", ")))
                    }
                    // Identifiers, so that a select expression can branch on them.
                    Some(Answer::Bool(true)) => FluentValue::String(Cow::Borrowed("yes")),
                    Some(Answer::Bool(false)) => FluentValue::String(Cow::Borrowed("no")),
                    Some(Answer::Declined) | None => {
                        FluentValue::String(Cow::Borrowed(UNANSWERED_PLACEHOLDER))
                    }
                };
                args.push((id.to_owned(), value));
            }
        }
        args.sort_by(|a, b| a.0.cmp(&b.0));
        let mut sorted = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            sorted.set(name, value);
        }
        sorted
    }
}

fn wrap(pattern: &str) -> String {
    let mut wrapped = String::with_capacity(pattern.len() + WRAP_PREFIX.len() + 16);
    wrapped.push_str(WRAP_PREFIX);
    for (index, line) in pattern.split('\n').enumerate() {
        if index > 0 {
            wrapped.push('\n');
            wrapped.push_str(WRAP_INDENT);
        }
        wrapped.push_str(line);
    }
    wrapped.push('\n');
    wrapped
}

/// Maps a byte offset in the wrapped source back to the stored pattern.
fn unwrap_offset(pattern: &str, wrapped_offset: usize) -> usize {
    let mut wrapped_line_start = WRAP_PREFIX.len();
    let mut pattern_line_start = 0;
    for (index, line) in pattern.split('\n').enumerate() {
        if index > 0 {
            wrapped_line_start += 1 + WRAP_INDENT.len();
            pattern_line_start += 1;
        }
        let line_end = wrapped_line_start + line.len();
        if wrapped_offset <= line_end {
            let within = wrapped_offset.saturating_sub(wrapped_line_start);
            return pattern_line_start + within.min(line.len());
        }
        wrapped_line_start = line_end;
        pattern_line_start += line.len();
    }
    pattern.len()
}

fn message_value(resource: &FluentResource) -> Option<&ast::Pattern<&str>> {
    resource.entries().find_map(|entry| match entry {
        ast::Entry::Message(message) => message.value.as_ref(),
        _ => None,
    })
}

/// Reports the first construct that survey strings do not allow, if any.
fn unsupported(resource: &FluentResource, pattern: &str) -> Option<PatternProblem> {
    let whole = Span {
        start: 0,
        end: pattern.len(),
    };
    let mut entries = resource.entries();
    let message = match (entries.next(), entries.next()) {
        (Some(ast::Entry::Message(message)), None) => message,
        _ => {
            return Some(PatternProblem::Unsupported {
                span: whole,
                detail: "more than one message".to_owned(),
            });
        }
    };
    if !message.attributes.is_empty() {
        return Some(PatternProblem::Unsupported {
            span: find_span(pattern, "."),
            detail: "attribute".to_owned(),
        });
    }
    let mut found = None;
    if let Some(value) = &message.value {
        find_unsupported(value, &mut found);
    }
    found.map(|(detail, needle)| PatternProblem::Unsupported {
        span: find_span(pattern, &needle),
        detail,
    })
}

fn find_unsupported(pattern: &ast::Pattern<&str>, found: &mut Option<(String, String)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            find_unsupported_expression(expression, found);
        }
    }
}

fn find_unsupported_expression(
    expression: &ast::Expression<&str>,
    found: &mut Option<(String, String)>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            find_unsupported_inline(selector, found);
            for variant in variants {
                find_unsupported(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => find_unsupported_inline(inline, found),
    }
}

fn find_unsupported_inline(
    inline: &ast::InlineExpression<&str>,
    found: &mut Option<(String, String)>,
) {
    if found.is_some() {
        return;
    }
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => {
            *found = Some(("message reference".to_owned(), id.name.to_owned()));
        }
        ast::InlineExpression::TermReference { id, .. } => {
            *found = Some(("term reference".to_owned(), format!("-{}", id.name)));
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            *found = Some(("function".to_owned(), id.name.to_owned()));
        }
        ast::InlineExpression::Placeable { expression } => {
            find_unsupported_expression(expression, found);
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::VariableReference { .. } => {}
    }
}

fn collect_pattern_variables<'a>(pattern: &ast::Pattern<&'a str>, names: &mut BTreeSet<&'a str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_variables(expression, names);
        }
    }
}

fn collect_expression_variables<'a>(
    expression: &ast::Expression<&'a str>,
    names: &mut BTreeSet<&'a str>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline_variables(selector, names);
            for variant in variants {
                collect_pattern_variables(&variant.value, names);
            }
        }
        ast::Expression::Inline(inline) => collect_inline_variables(inline, names),
    }
}

fn collect_inline_variables<'a>(
    inline: &ast::InlineExpression<&'a str>,
    names: &mut BTreeSet<&'a str>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression_variables(expression, names);
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                collect_inline_variables(argument, names);
            }
            for argument in &arguments.named {
                collect_inline_variables(&argument.value, names);
            }
        }
        _ => {}
    }
}

/// The first `$name` not followed by more identifier characters.
fn find_variable(pattern: &str, needle: &str) -> Option<usize> {
    pattern.match_indices(needle).find_map(|(start, _)| {
        let next = pattern[start + needle.len()..].chars().next();
        match next {
            Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-' => None,
            _ => Some(start),
        }
    })
}

fn find_span(pattern: &str, needle: &str) -> Span {
    match pattern.find(needle) {
        Some(start) => Span {
            start,
            end: start + needle.len(),
        },
        None => Span {
            start: 0,
            end: pattern.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// fluent-syntax 0.12 panics on these (a crash of the builder and the runtime, found by
    /// `make fuzz`); coform reports them as syntax errors at the escape instead.
    #[test]
    fn an_escape_cut_by_a_multibyte_character_is_a_syntax_error_not_a_panic() {
        for (pattern, at) in [
            (r#"{ "\u1é" }"#, 3),
            (r#"{ "\é" }"#, 3),
            (r#"Say { "ok" } then { "\U12ǔ" }"#, 21),
            (r#"Rnd { "\u14E9" } and { "\u1պ14E9" }"#, 24),
        ] {
            assert_eq!(unparseable_escape(pattern), Some(at), "{pattern}");
            let problems = parse_pattern(pattern).err().unwrap_or_default();
            assert!(
                matches!(problems.as_slice(), [PatternProblem::Syntax { span, .. }] if span.start == at),
                "{pattern}: {problems:?}"
            );
            assert_eq!(
                crate::core::interop::text::plain(pattern, None).text,
                pattern
            );
        }
        // Escapes that fluent-syntax reads, and backslashes in text, are left to it.
        for pattern in [
            r#"{ "\u00E9" } { "\U01F600" } { "\\" } { "\"" }"#,
            r"C:\é and \u1é in text",
            r#"{ "\u1" }"#,
        ] {
            assert_eq!(unparseable_escape(pattern), None, "{pattern}");
        }
    }

    /// What `literal` lets through is what parsing reads: the same text, nothing else.
    #[test]
    fn literal_patterns_read_as_themselves() {
        let samples = [
            "Question 2: Option?",
            "[not a variant]",
            "*[nor this]",
            ".attribute-like",
            "a = b",
            "# not a comment",
            "-term-like",
            "$not_a_variable",
            "back\\slash and \\u0041",
            "tab\tinside",
            "كم يومًا في الأسبوع",
            "\u{2068}isolated\u{2069}",
            "x",
        ];
        for sample in samples {
            assert_eq!(literal(sample), Some(sample));
            let resource = parse_pattern(sample).unwrap_or_else(|problems| {
                panic!("{sample:?} does not parse: {problems:?}");
            });
            let value = message_value(&resource).map(|value| value.elements.as_slice());
            match value {
                Some([ast::PatternElement::TextElement { value }]) => assert_eq!(*value, sample),
                other => panic!("{sample:?} reads as {other:?}"),
            }
        }
        for not_literal in [
            "",
            " lead",
            "trail ",
            "{ $x }",
            "a }",
            "two\nlines",
            "cr\r",
            "\u{a0}nbsp",
        ] {
            assert_eq!(literal(not_literal), None, "{not_literal:?}");
        }
    }

    #[test]
    fn offsets_map_back_through_the_indentation() {
        let pattern = "a\nbc\nd";
        // Wrapped: "m = a\n    bc\n    d\n"; "c" is at wrapped offset 11.
        assert_eq!(&wrap(pattern)[11..12], "c");
        assert_eq!(unwrap_offset(pattern, 11), 3);
        assert_eq!(&pattern[3..4], "c");
    }
}
