//! Survey strings between Fluent and formats that hold plain text with their own piping
//! syntax (`${name}` in XLSForm, `{name}` in SurveyJS, `[name]` in REDCap).
//!
//! [`plain`] writes a Fluent pattern as such text: the default variant of every select, and
//! each variable in the target's syntax (or, for a target without piping, as `[name]`),
//! saying which of the two it had to do so the export can report it. [`pattern`] reads such
//! text back as a Fluent pattern: literal braces escaped, piped names as `{ $name }`.

use fluent_syntax::ast;

/// A Fluent pattern written as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plain {
    /// The text.
    pub text: String,
    /// A select (plural or audience variants) was flattened to its default variant.
    pub flattened: bool,
    /// A variable was written without the target's piping (the target has none).
    pub unpiped: bool,
}

/// How a target writes a piped answer: the text before and after the variable's name, such
/// as `${` and `}`. `None` for a target that cannot pipe.
pub type Piping = Option<(&'static str, &'static str)>;

/// XLSForm's `${name}`.
pub const XLSFORM: Piping = Some(("${", "}"));
/// SurveyJS's `{name}`.
pub const SURVEYJS: Piping = Some(("{", "}"));
/// REDCap's `[name]`.
pub const REDCAP: Piping = Some(("[", "]"));

/// A stored Fluent pattern as plain text for a target (see the module documentation). A
/// pattern that does not parse is written as it stands.
pub fn plain(pattern: &str, piping: Piping) -> Plain {
    if let Some(literal) = crate::core::fluent::literal(pattern) {
        return Plain {
            text: literal.to_owned(),
            flattened: false,
            unpiped: false,
        };
    }
    if crate::core::fluent::unparseable_escape(pattern).is_some() {
        return Plain {
            text: pattern.to_owned(),
            flattened: false,
            unpiped: false,
        };
    }
    let source = crate::core::fluent::as_message("m", pattern);
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
    let value = resource.body.iter().find_map(|entry| match entry {
        ast::Entry::Message(message) => message.value.as_ref(),
        _ => None,
    });
    let mut out = Plain {
        text: String::new(),
        flattened: false,
        unpiped: false,
    };
    match value {
        Some(value) => write_pattern(value, piping, &mut out),
        None => out.text = pattern.to_owned(),
    }
    out
}

fn write_pattern(pattern: &ast::Pattern<&str>, piping: Piping, out: &mut Plain) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                write_expression(expression, piping, out)
            }
        }
    }
}

fn write_expression(expression: &ast::Expression<&str>, piping: Piping, out: &mut Plain) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            out.flattened = true;
            if let Some(variant) = variants.iter().find(|v| v.default).or(variants.first()) {
                write_pattern(&variant.value, piping, out);
            }
        }
        ast::Expression::Inline(inline) => write_inline(inline, piping, out),
    }
}

fn write_inline(inline: &ast::InlineExpression<&str>, piping: Piping, out: &mut Plain) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => out.text.push_str(&unescape(value)),
        ast::InlineExpression::NumberLiteral { value } => out.text.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            let (open, close) = piping.unwrap_or(("[", "]"));
            out.unpiped |= piping.is_none();
            out.text.push_str(open);
            out.text.push_str(id.name);
            out.text.push_str(close);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            if let Some(first) = arguments.positional.first() {
                write_inline(first, piping, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            write_expression(expression, piping, out)
        }
        ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. } => out.text.push_str(id.name),
    }
}

/// The value of a Fluent string literal (`\"`, `\\`, `\uXXXX` and `\UXXXXXX` unescaped).
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(digits @ ('u' | 'U')) => {
                let width = if digits == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(width).collect();
                if let Some(decoded) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(decoded);
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Plain text as a Fluent pattern: braces and line-leading `[`, `*` and `.` escaped as
/// string literals, so the text shows exactly as written. No piping is read.
pub fn escape(text: &str) -> String {
    if !needs_escape(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut line_start = true;
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if line_start => {
                out.push_str("{\"");
                out.push(c);
                out.push_str("\"}");
            }
            _ => out.push(c),
        }
        line_start = c == '\n' || (line_start && c == ' ');
    }
    out
}

/// Whether [`escape`] changes `text`: a brace, or `[`, `*` or `.` first on a line (after
/// spaces). Most texts need nothing, and reading a large survey escapes every one.
fn needs_escape(text: &str) -> bool {
    let mut line_start = true;
    for byte in text.bytes() {
        match byte {
            b'{' | b'}' => return true,
            b'[' | b'*' | b'.' if line_start => return true,
            _ => {}
        }
        line_start = byte == b'\n' || (line_start && byte == b' ');
    }
    false
}

/// Plain text with piped answers in a target's syntax (such as `${age}`) as a Fluent pattern:
/// each piped name whose `known` is true becomes `{ $name }`, everything else is escaped
/// literal text.
pub fn pattern(text: &str, piping: Piping, known: &dyn Fn(&str) -> bool) -> String {
    let Some((open, close)) = piping else {
        return escape(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let after = &rest[start + open.len()..];
        let name = after
            .find(close)
            .map(|end| &after[..end])
            .filter(|name| is_identifier(name) && known(name));
        match name {
            Some(name) => {
                out.push_str(&escape(&rest[..start]));
                out.push_str("{ $");
                out.push_str(name);
                out.push_str(" }");
                rest = &after[name.len() + close.len()..];
            }
            None => {
                let literal_end = start + open.len();
                out.push_str(&escape(&rest[..literal_end]));
                rest = &rest[literal_end..];
            }
        }
    }
    out.push_str(&escape(rest));
    out
}

/// A coform pattern (matched against the whole answer) as a pattern for engines that match
/// anywhere (JavaScript, XPath `regex()`): kept when it is anchored at both ends without a
/// top-level alternative, else wrapped in `^(?:…)$`.
pub fn anchored(regex: &str) -> String {
    if is_anchored(regex) {
        regex.to_owned()
    } else {
        format!("^(?:{regex})$")
    }
}

/// The inverse of [`anchored`]: a pattern matched anywhere as a coform pattern matched
/// against the whole answer. The wrapper [`anchored`] adds is taken off again, an anchored
/// pattern is kept, and any other is widened to find the pattern anywhere.
pub fn whole_match(regex: &str) -> String {
    if let Some(inner) = regex
        .strip_prefix("^(?:")
        .and_then(|rest| rest.strip_suffix(")$"))
        .filter(|inner| balanced(inner))
    {
        return inner.to_owned();
    }
    if is_anchored(regex) {
        regex.to_owned()
    } else {
        format!("(?s:.*)(?:{regex})(?s:.*)")
    }
}

/// `^…$` with no `|` (so `^a|b$`, which is `^a` or `b$`, does not count).
fn is_anchored(regex: &str) -> bool {
    regex.starts_with('^')
        && regex.ends_with('$')
        && !regex.ends_with("\\$")
        && !regex.contains('|')
}

/// Whether a pattern's unescaped parentheses, outside character classes, pair up.
fn balanced(regex: &str) -> bool {
    let mut depth = 0i32;
    let mut escaped = false;
    let mut in_class = false;
    for c in regex.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => in_class = true,
            ']' => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_flattens_selects_and_pipes_variables() {
        let pattern = "{ $count ->\n    [one] One person lives with { $name }\n   *[other] { $count } people\n}";
        let written = plain(pattern, XLSFORM);
        assert_eq!(written.text, "${count} people");
        assert!(written.flattened);
        assert!(!written.unpiped);
        let fhir = plain("Hello { $name }, {\"{\"}ok{\"}\"}", None);
        assert_eq!(fhir.text, "Hello [name], {ok}");
        assert!(fhir.unpiped && !fhir.flattened);
    }

    #[test]
    fn pattern_reads_piping_and_escapes_the_rest() {
        let known = |name: &str| name == "age";
        assert_eq!(
            pattern("Age ${age} {x} ${other}", XLSFORM, &known),
            "Age { $age } {\"{\"}x{\"}\"} ${\"{\"}other{\"}\"}"
        );
        assert_eq!(pattern("[age] years", REDCAP, &known), "{ $age } years");
        assert_eq!(escape("* star\n. dot"), "{\"*\"} star\n{\".\"} dot");
    }

    #[test]
    fn patterns_anchor_for_find_anywhere_engines_and_back() {
        for regex in [
            "[0-9]{5}",
            "^[0-9]{5}$",
            "a|b",
            "^a|b$",
            "^(x)|(y)$",
            "(a)(b)",
            "^\\d+$",
        ] {
            assert_eq!(whole_match(&anchored(regex)), regex, "{regex}");
        }
        assert_eq!(anchored("^a|b$"), "^(?:^a|b$)$");
        assert_eq!(anchored("^\\d+$"), "^\\d+$");
        assert_eq!(whole_match("abc"), "(?s:.*)(?:abc)(?s:.*)");
        assert_eq!(whole_match("^(?:a)|(b)$"), "(?s:.*)(?:^(?:a)|(b)$)(?s:.*)");
    }

    #[test]
    fn escaped_text_is_read_back_by_fluent_as_written() {
        for text in ["{a} [b] *c", "50% {", "line\n[x] y", "café ü 😀"] {
            let pattern = escape(text);
            assert_eq!(plain(&pattern, None).text, text, "{pattern}");
        }
    }
}
