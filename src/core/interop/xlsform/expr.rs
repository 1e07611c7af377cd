//! XLSForm expressions (XPath as ODK writes it) to and from coform conditions and checks.
//!
//! Only the forms coform itself writes are read, by a small recursive-descent parser:
//!
//! | coform                          | XLSForm                                    |
//! |---------------------------------|--------------------------------------------|
//! | `equals` (code, text, number)   | `${a} = 'x'`, `${a} = 3`                   |
//! | `equals` yes/no, consent        | `${a} = 'yes'` / `'no'`, `${a} = 'OK'`     |
//! | `equals` date                   | `${a} = date('2024-01-31')`                |
//! | `notEquals`                     | `(${a} != '' and ${a} != 'x')`             |
//! | `lessThan` … `greaterOrEqual`   | `${a} < 3`, `<=`, `>`, `>=`                |
//! | `includes`                      | `selected(${a}, 'x')`                      |
//! | `answered` / `notAnswered`      | `${a} != ''` / `${a} = ''`                 |
//! | `all` / `any` / `not`           | `and` / `or` / `not(…)`, nested in `( )`   |
//! | empty `all` / empty `any`       | `true()` / `false()`                       |
//!
//! coform's `notEquals` holds only for an answer given, while XPath's `!=` also holds for an
//! empty answer: so `notEquals` is written with its `!= ''` guard, and a bare `${a} != 'x'`
//! from another tool reads as `not(equals)`, which means the same as XPath's.
//!
//! Checks on the answer (`.`) are the constraint: `. >= 3`, `. <= 10`,
//! `string-length(.) <= 10`, `regex(., '…')`, `count-selected(.) <= 2`. Beside these, a
//! reader also meets `string-length(${a}) > 0` and `count-selected(${a}) > 0` for answered.

use serde_json::Number;

use crate::core::model::{Check, Comparison, Condition, ItemKind, Literal, Operator};

/// The value an `acknowledge` question (coform's consent) holds once acknowledged.
pub(super) const ACKNOWLEDGED: &str = "OK";
/// The code of "yes" in the yes/no list coform writes for its yes/no questions.
pub(super) const YES: &str = "yes";
/// The code of "no" in that list.
pub(super) const NO: &str = "no";

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// A condition as an XLSForm expression, or `None` when it cannot be written (a comparison
/// with an item that is not a question of the form, or a value XLSForm cannot compare with).
/// `kind` gives the type of each item a condition may name.
pub(super) fn write_condition(
    condition: &Condition,
    kind: &dyn Fn(&str) -> Option<ItemKind>,
) -> Option<String> {
    match condition {
        Condition::All(conditions) if conditions.is_empty() => Some("true()".to_owned()),
        Condition::Any(conditions) if conditions.is_empty() => Some("false()".to_owned()),
        Condition::All(conditions) => join(conditions, " and ", kind),
        Condition::Any(conditions) => join(conditions, " or ", kind),
        Condition::Not(inner) => Some(format!("not({})", write_condition(inner, kind)?)),
        Condition::Compare(comparison) => write_comparison(comparison, kind),
    }
}

/// The members of an `and` or `or`, each group in parentheses so that its nesting is kept.
fn join(
    conditions: &[Condition],
    separator: &str,
    kind: &dyn Fn(&str) -> Option<ItemKind>,
) -> Option<String> {
    let mut parts = Vec::with_capacity(conditions.len());
    for condition in conditions {
        let written = write_condition(condition, kind)?;
        let grouped = matches!(condition, Condition::All(c) | Condition::Any(c) if c.len() > 1);
        parts.push(if grouped {
            format!("({written})")
        } else {
            written
        });
    }
    Some(parts.join(separator))
}

fn write_comparison(
    comparison: &Comparison,
    kind: &dyn Fn(&str) -> Option<ItemKind>,
) -> Option<String> {
    let item_kind = kind(&comparison.item)?;
    let field = format!("${{{}}}", comparison.item);
    let value = || -> Option<String> { write_literal(comparison.value.as_ref()?, item_kind) };
    Some(match comparison.op {
        Operator::Answered => format!("{field} != ''"),
        Operator::NotAnswered => format!("{field} = ''"),
        Operator::Equals => format!("{field} = {}", value()?),
        Operator::NotEquals => format!("({field} != '' and {field} != {})", value()?),
        Operator::LessThan => format!("{field} < {}", value()?),
        Operator::LessOrEqual => format!("{field} <= {}", value()?),
        Operator::GreaterThan => format!("{field} > {}", value()?),
        Operator::GreaterOrEqual => format!("{field} >= {}", value()?),
        Operator::Includes => match comparison.value.as_ref()? {
            Literal::Text(code) => format!("selected({field}, {})", quote(code)?),
            _ => return None,
        },
    })
}

/// A literal compared with an answer of an item of type `kind`.
fn write_literal(literal: &Literal, kind: ItemKind) -> Option<String> {
    match (literal, kind) {
        (Literal::Bool(true), ItemKind::YesNo) => quote(YES),
        (Literal::Bool(false), ItemKind::YesNo) => quote(NO),
        (Literal::Bool(true), ItemKind::Consent) => quote(ACKNOWLEDGED),
        // An acknowledge question is acknowledged or empty: never "false".
        (Literal::Bool(_), _) => None,
        (Literal::Number(number), _) => Some(number.to_string()),
        (Literal::Text(text), ItemKind::Date) => Some(format!("date({})", quote(text)?)),
        (Literal::Text(text), _) => quote(text),
    }
}

/// An XPath string literal: in single quotes, or double quotes when the text holds a single
/// quote; `None` when it holds both (XPath 1.0 has no escape).
pub(super) fn quote(text: &str) -> Option<String> {
    if !text.contains('\'') {
        Some(format!("'{text}'"))
    } else if !text.contains('"') {
        Some(format!("\"{text}\""))
    } else {
        None
    }
}

/// A check as the constraint expression on `.`, or `None` when XLSForm cannot state it.
pub(super) fn write_check(check: &Check, kind: ItemKind) -> Option<String> {
    let bound = |subject: &str, op: &str, literal: &Literal| -> Option<String> {
        let value = match (literal, kind) {
            (Literal::Number(number), _) => number.to_string(),
            (Literal::Text(date), ItemKind::Date) => format!("date({})", quote(date)?),
            _ => return None,
        };
        Some(format!("{subject} {op} {value}"))
    };
    let pair = |first: Option<String>, second: Option<String>| match (first, second) {
        (Some(a), Some(b)) => Some(format!("{a} and {b}")),
        (a, b) => a.or(b),
    };
    let count = |subject: &str, min: Option<u32>, max: Option<u32>| {
        pair(
            min.map(|min| format!("{subject} >= {min}")),
            max.map(|max| format!("{subject} <= {max}")),
        )
    };
    match check {
        Check::Range { min, max } => {
            let min = match min {
                Some(min) => Some(bound(".", ">=", min)?),
                None => None,
            };
            let max = match max {
                Some(max) => Some(bound(".", "<=", max)?),
                None => None,
            };
            pair(min, max)
        }
        Check::Length { min, max } => count("string-length(.)", *min, *max),
        Check::AnswerCount { min, max } => count("count-selected(.)", *min, *max),
        Check::Pattern { regex } => Some(format!(
            "regex(., {})",
            quote(&crate::core::interop::text::anchored(regex))?
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// An expression as parsed: what was written, before it is given coform's meaning.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    /// A parenthesised expression: kept, because parentheses separate validation rules.
    Group(Box<Expr>),
    Compare {
        left: Operand,
        op: CmpOp,
        right: Value,
    },
    Selected {
        operand: Operand,
        value: Value,
    },
    Regex {
        operand: Operand,
        pattern: String,
    },
    /// `true()` or `false()`.
    Bool(bool),
}

/// What an expression compares: a question, the current answer, or a function of one.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Operand {
    /// `${name}`
    Field(String),
    /// `.`
    Current,
    /// `string-length(…)`
    StringLength(Box<Operand>),
    /// `count-selected(…)`
    CountSelected(Box<Operand>),
}

/// A constant.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Value {
    Text(String),
    Number(Number),
    /// `date('…')`
    Date(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator with its sides swapped (`3 < x` is `x > 3`).
    fn flipped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Field(String),
    Dot,
    Text(String),
    Number(String),
    Name(String),
    Open,
    Close,
    Comma,
    Minus,
    Op(CmpOp),
}

fn tokens(text: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        let next = chars.get(at + 1).copied();
        match c {
            _ if c.is_whitespace() => at += 1,
            '$' if next == Some('{') => {
                let end = (at + 2..chars.len()).find(|&i| chars.get(i) == Some(&'}'))?;
                out.push(Token::Field(chars.get(at + 2..end)?.iter().collect()));
                at = end + 1;
            }
            '\'' | '"' => {
                let end = (at + 1..chars.len()).find(|&i| chars.get(i) == Some(&c))?;
                out.push(Token::Text(chars.get(at + 1..end)?.iter().collect()));
                at = end + 1;
            }
            '.' if !next.is_some_and(|n| n.is_ascii_digit()) => {
                out.push(Token::Dot);
                at += 1;
            }
            _ if c.is_ascii_digit() || c == '.' => {
                let end = (at..chars.len())
                    .find(|&i| {
                        !chars
                            .get(i)
                            .is_some_and(|d| d.is_ascii_digit() || *d == '.')
                    })
                    .unwrap_or(chars.len());
                out.push(Token::Number(chars.get(at..end)?.iter().collect()));
                at = end;
            }
            _ if c.is_alphabetic() || c == '_' => {
                let end = (at..chars.len())
                    .find(|&i| {
                        !chars
                            .get(i)
                            .is_some_and(|d| d.is_alphanumeric() || matches!(d, '_' | '-' | ':'))
                    })
                    .unwrap_or(chars.len());
                out.push(Token::Name(chars.get(at..end)?.iter().collect()));
                at = end;
            }
            '(' => {
                out.push(Token::Open);
                at += 1;
            }
            ')' => {
                out.push(Token::Close);
                at += 1;
            }
            ',' => {
                out.push(Token::Comma);
                at += 1;
            }
            '-' => {
                out.push(Token::Minus);
                at += 1;
            }
            '=' => {
                out.push(Token::Op(CmpOp::Eq));
                at += 1;
            }
            '!' if next == Some('=') => {
                out.push(Token::Op(CmpOp::Ne));
                at += 2;
            }
            '<' | '>' => {
                let or_equal = next == Some('=');
                out.push(Token::Op(match (c, or_equal) {
                    ('<', false) => CmpOp::Lt,
                    ('<', true) => CmpOp::Le,
                    ('>', false) => CmpOp::Gt,
                    _ => CmpOp::Ge,
                }));
                at += if or_equal { 2 } else { 1 };
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Parses an expression of the forms in the module documentation; `None` for anything else.
pub(super) fn parse(text: &str) -> Option<Expr> {
    let mut parser = Parser {
        tokens: tokens(text)?,
        at: 0,
        depth: 0,
    };
    let expr = parser.or()?;
    (parser.at == parser.tokens.len()).then_some(expr)
}

/// How deep parentheses may nest, so a hostile cell cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn expect(&mut self, token: &Token) -> Option<()> {
        (self.next()? == *token).then_some(())
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Name(name)) if name == word)
    }

    fn nested<T>(&mut self, inner: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let out = inner(self);
        self.depth -= 1;
        out
    }

    fn or(&mut self) -> Option<Expr> {
        let mut members = vec![self.and()?];
        while self.keyword("or") {
            self.at += 1;
            members.push(self.and()?);
        }
        Some(if members.len() == 1 {
            members.pop()?
        } else {
            Expr::Or(members)
        })
    }

    fn and(&mut self) -> Option<Expr> {
        let mut members = vec![self.unary()?];
        while self.keyword("and") {
            self.at += 1;
            members.push(self.unary()?);
        }
        Some(if members.len() == 1 {
            members.pop()?
        } else {
            Expr::And(members)
        })
    }

    fn unary(&mut self) -> Option<Expr> {
        match self.peek()? {
            Token::Name(name) if name == "not" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let inner = self.nested(Self::or)?;
                self.expect(&Token::Close)?;
                Some(Expr::Not(Box::new(inner)))
            }
            Token::Open => {
                self.at += 1;
                let inner = self.nested(Self::or)?;
                self.expect(&Token::Close)?;
                Some(Expr::Group(Box::new(inner)))
            }
            Token::Name(name) if name == "true" || name == "false" => {
                let value = name == "true";
                self.at += 1;
                self.expect(&Token::Open)?;
                self.expect(&Token::Close)?;
                Some(Expr::Bool(value))
            }
            Token::Name(name) if name == "selected" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let operand = self.operand()?;
                self.expect(&Token::Comma)?;
                let value = self.value()?;
                self.expect(&Token::Close)?;
                Some(Expr::Selected { operand, value })
            }
            Token::Name(name) if name == "regex" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let operand = self.operand()?;
                self.expect(&Token::Comma)?;
                let Token::Text(pattern) = self.next()? else {
                    return None;
                };
                self.expect(&Token::Close)?;
                Some(Expr::Regex { operand, pattern })
            }
            _ => self.comparison(),
        }
    }

    fn comparison(&mut self) -> Option<Expr> {
        let start = self.at;
        if let Some(left) = self.operand() {
            let Token::Op(op) = self.next()? else {
                return None;
            };
            let right = self.value()?;
            return Some(Expr::Compare { left, op, right });
        }
        self.at = start;
        let left = self.value()?;
        let Token::Op(op) = self.next()? else {
            return None;
        };
        let right = self.operand()?;
        Some(Expr::Compare {
            left: right,
            op: op.flipped(),
            right: left,
        })
    }

    fn operand(&mut self) -> Option<Operand> {
        match self.peek()? {
            Token::Field(name) => {
                let name = name.trim().to_owned();
                self.at += 1;
                Some(Operand::Field(name))
            }
            Token::Dot => {
                self.at += 1;
                Some(Operand::Current)
            }
            Token::Name(name) if name == "string-length" || name == "count-selected" => {
                let length = name == "string-length";
                self.at += 1;
                self.expect(&Token::Open)?;
                let inner = self.nested(Self::operand)?;
                self.expect(&Token::Close)?;
                Some(if length {
                    Operand::StringLength(Box::new(inner))
                } else {
                    Operand::CountSelected(Box::new(inner))
                })
            }
            _ => None,
        }
    }

    fn value(&mut self) -> Option<Value> {
        match self.next()? {
            Token::Text(text) => Some(Value::Text(text)),
            Token::Number(digits) => Some(Value::Number(number(&digits)?)),
            Token::Minus => match self.next()? {
                Token::Number(digits) => Some(Value::Number(number(&format!("-{digits}"))?)),
                _ => None,
            },
            Token::Name(name) if name == "date" => {
                self.expect(&Token::Open)?;
                let Token::Text(date) = self.next()? else {
                    return None;
                };
                self.expect(&Token::Close)?;
                Some(Value::Date(date))
            }
            _ => None,
        }
    }
}

/// A number as written (`3`, `-2`, `.5`, `7.`) as a JSON number, written the way coform's
/// own JSON holds it (an integer stays an integer).
pub(super) fn number(digits: &str) -> Option<Number> {
    let (sign, rest) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let rest = rest.trim();
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let rest = if rest.starts_with('.') {
        format!("0{rest}")
    } else {
        rest.to_owned()
    };
    serde_json::from_str(&format!("{sign}{rest}")).ok()
}

// ---------------------------------------------------------------------------------------------
// Reading as coform
// ---------------------------------------------------------------------------------------------

/// What reading an expression needs to know about the form: the coform id and type of each
/// question name, and the coform code of each choice value.
pub(super) trait Form {
    /// The coform id and type of the question named `name` in the file.
    fn question(&self, name: &str) -> Option<(String, ItemKind)>;
    /// The coform code of the choice value `value` of the question named `name` in the file.
    fn code(&self, name: &str, value: &str) -> String;
}

/// An expression as a coform condition, or `None` when it is not one coform can read.
pub(super) fn to_condition(expr: &Expr, form: &dyn Form) -> Option<Condition> {
    match expr {
        Expr::Bool(true) => Some(Condition::All(Vec::new())),
        Expr::Bool(false) => Some(Condition::Any(Vec::new())),
        Expr::Group(inner) => to_condition(inner, form),
        Expr::Not(inner) => Some(Condition::Not(Box::new(to_condition(inner, form)?))),
        Expr::Or(members) => Some(Condition::Any(
            members
                .iter()
                .map(|member| to_condition(member, form))
                .collect::<Option<_>>()?,
        )),
        Expr::And(members) => {
            let mut out = Vec::with_capacity(members.len());
            let mut index = 0;
            while let Some(member) = members.get(index) {
                // `${a} != '' and ${a} != 'x'` is coform's notEquals (see the module docs).
                if let Some(folded) = members
                    .get(index + 1)
                    .and_then(|next| not_equals(member, next, form))
                {
                    out.push(folded);
                    index += 2;
                    continue;
                }
                out.push(to_condition(member, form)?);
                index += 1;
            }
            Some(if out.len() == 1 {
                out.pop()?
            } else {
                Condition::All(out)
            })
        }
        Expr::Selected { operand, value } => {
            let Operand::Field(name) = operand else {
                return None;
            };
            let (item, kind) = form.question(name)?;
            let Value::Text(text) = value else {
                return None;
            };
            if kind == ItemKind::YesNo {
                return compare(item, Operator::Equals, yes_no(text)?);
            }
            if !kind.uses_choices() {
                return None;
            }
            compare(
                item,
                Operator::Includes,
                Literal::Text(form.code(name, text)),
            )
        }
        Expr::Compare { left, op, right } => comparison(left, *op, right, form),
        Expr::Regex { .. } => None,
    }
}

fn compare(item: String, op: Operator, value: Literal) -> Option<Condition> {
    Some(Condition::Compare(Comparison {
        item,
        op,
        value: Some(value),
    }))
}

fn presence(item: String, op: Operator) -> Option<Condition> {
    Some(Condition::Compare(Comparison {
        item,
        op,
        value: None,
    }))
}

fn yes_no(text: &str) -> Option<Literal> {
    match text {
        YES => Some(Literal::Bool(true)),
        NO => Some(Literal::Bool(false)),
        _ => None,
    }
}

/// `${a} != ''` then `${a} != v` (the same question): coform's notEquals.
fn not_equals(first: &Expr, second: &Expr, form: &dyn Form) -> Option<Condition> {
    let (
        Expr::Compare {
            left: Operand::Field(a),
            op: CmpOp::Ne,
            right: Value::Text(empty),
        },
        Expr::Compare {
            left: Operand::Field(b),
            op: CmpOp::Ne,
            right,
        },
    ) = (first, second)
    else {
        return None;
    };
    if a != b || !empty.is_empty() || matches!(right, Value::Text(t) if t.is_empty()) {
        return None;
    }
    let (item, kind) = form.question(a)?;
    compare(item, Operator::NotEquals, literal(right, kind, a, form)?)
}

fn comparison(left: &Operand, op: CmpOp, right: &Value, form: &dyn Form) -> Option<Condition> {
    let zero = matches!(right, Value::Number(n) if n.as_f64() == Some(0.0));
    let one = matches!(right, Value::Number(n) if n.as_f64() == Some(1.0));
    match left {
        Operand::Field(name) => {
            let (item, kind) = form.question(name)?;
            if matches!(right, Value::Text(t) if t.is_empty()) {
                return match op {
                    CmpOp::Eq => presence(item, Operator::NotAnswered),
                    CmpOp::Ne => presence(item, Operator::Answered),
                    _ => None,
                };
            }
            let value = literal(right, kind, name, form)?;
            let op = match op {
                CmpOp::Eq => Operator::Equals,
                // XPath's != also holds for an empty answer: not(equals) says the same.
                CmpOp::Ne => {
                    return Some(Condition::Not(Box::new(compare(
                        item,
                        Operator::Equals,
                        value,
                    )?)));
                }
                CmpOp::Lt => Operator::LessThan,
                CmpOp::Le => Operator::LessOrEqual,
                CmpOp::Gt => Operator::GreaterThan,
                CmpOp::Ge => Operator::GreaterOrEqual,
            };
            if op.is_ordering() && !(kind.is_numeric() || kind == ItemKind::Date) {
                return None;
            }
            compare(item, op, value)
        }
        // string-length(${a}) > 0, count-selected(${a}) >= 1 and the like: answered or not.
        Operand::StringLength(inner) | Operand::CountSelected(inner) => {
            let Operand::Field(name) = inner.as_ref() else {
                return None;
            };
            let (item, _) = form.question(name)?;
            match (op, zero, one) {
                (CmpOp::Gt | CmpOp::Ne, true, _) | (CmpOp::Ge, _, true) => {
                    presence(item, Operator::Answered)
                }
                (CmpOp::Eq | CmpOp::Le, true, _) | (CmpOp::Lt, _, true) => {
                    presence(item, Operator::NotAnswered)
                }
                _ => None,
            }
        }
        Operand::Current => None,
    }
}

/// A constant compared with the answer of a question of type `kind`, as coform holds it.
fn literal(value: &Value, kind: ItemKind, name: &str, form: &dyn Form) -> Option<Literal> {
    match (value, kind) {
        (Value::Text(text), ItemKind::YesNo) => yes_no(text),
        (Value::Text(text), ItemKind::Consent) => {
            (text == ACKNOWLEDGED).then_some(Literal::Bool(true))
        }
        (Value::Text(text) | Value::Date(text), ItemKind::Date) => {
            crate::core::validate::is_iso_date(text).then(|| Literal::Text(text.clone()))
        }
        (Value::Text(text), _) if kind.is_numeric() => Some(Literal::Number(number(text)?)),
        (Value::Number(number), _) if kind.is_numeric() => Some(Literal::Number(number.clone())),
        (Value::Text(text), _) if kind.uses_choices() => Some(Literal::Text(form.code(name, text))),
        // Choice values written as numbers (`${q} = 1`) are codes.
        (Value::Number(number), _) if kind.uses_choices() => {
            Some(Literal::Text(form.code(name, &number.to_string())))
        }
        (Value::Text(text), _) if kind.is_text() => Some(Literal::Text(text.clone())),
        _ => None,
    }
}

/// A constraint as coform checks, or `None` when it is not made of checks coform has.
///
/// Parenthesised groups joined by `and` are one check each (coform writes several checks this
/// way); bare comparisons next to each other on the same measure (`. >= 0 and . <= 120`) make
/// one check with both bounds.
pub(super) fn to_checks(expr: &Expr, kind: ItemKind) -> Option<Vec<Check>> {
    let members: Vec<&Expr> = match expr {
        Expr::And(members) => members.iter().collect(),
        other => vec![other],
    };
    let mut checks: Vec<Check> = Vec::new();
    // Whether the last check came from bare comparisons, so the next bare one may join it.
    let mut open = false;
    for member in members {
        match member {
            Expr::Group(inner) => {
                let parts: Vec<&Expr> = match inner.as_ref() {
                    Expr::And(parts) => parts.iter().collect(),
                    other => vec![other],
                };
                let mut check: Option<Check> = None;
                for part in parts {
                    check = Some(merge(check, atom(part, kind)?)?);
                }
                checks.push(check?);
                open = false;
            }
            other => {
                let atom = atom(other, kind)?;
                if open
                    && let Some(last) = checks.last_mut()
                    && let Some(joined) = merge(Some(last.clone()), atom.clone())
                {
                    *last = joined;
                    continue;
                }
                checks.push(atom);
                open = true;
            }
        }
    }
    Some(checks)
}

/// One comparison on the answer as a check with one bound (or a pattern).
fn atom(expr: &Expr, kind: ItemKind) -> Option<Check> {
    match expr {
        Expr::Regex {
            operand: Operand::Current,
            pattern,
        } => Some(Check::Pattern {
            regex: crate::core::interop::text::whole_match(pattern),
        }),
        Expr::Compare { left, op, right } => {
            let step = |min: bool| -> i64 {
                match (op, min) {
                    (CmpOp::Gt, true) => 1,
                    (CmpOp::Lt, false) => -1,
                    _ => 0,
                }
            };
            let is_min = match op {
                CmpOp::Ge | CmpOp::Gt => true,
                CmpOp::Le | CmpOp::Lt => false,
                _ => return None,
            };
            let count = |value: &Value| -> Option<u32> {
                let Value::Number(number) = value else {
                    return None;
                };
                let bound = number.as_i64()?.checked_add(step(is_min))?;
                u32::try_from(bound).ok()
            };
            match left {
                Operand::Current => {
                    let literal = match (right, kind) {
                        (Value::Date(date) | Value::Text(date), ItemKind::Date)
                            if crate::core::validate::is_iso_date(date)
                                && matches!(op, CmpOp::Ge | CmpOp::Le) =>
                        {
                            Literal::Text(date.clone())
                        }
                        (Value::Number(number), _) if kind.is_numeric() => {
                            let strict = matches!(op, CmpOp::Gt | CmpOp::Lt);
                            if strict {
                                // `. > 3` on whole numbers is `. >= 4`; on decimals it has
                                // no inclusive bound.
                                if kind != ItemKind::Integer {
                                    return None;
                                }
                                let bound = number.as_i64()?.checked_add(step(is_min))?;
                                Literal::Number(bound.into())
                            } else {
                                Literal::Number(number.clone())
                            }
                        }
                        _ => return None,
                    };
                    Some(if is_min {
                        Check::Range {
                            min: Some(literal),
                            max: None,
                        }
                    } else {
                        Check::Range {
                            min: None,
                            max: Some(literal),
                        }
                    })
                }
                Operand::StringLength(inner) if **inner == Operand::Current => {
                    let bound = Some(count(right)?);
                    Some(if is_min {
                        Check::Length {
                            min: bound,
                            max: None,
                        }
                    } else {
                        Check::Length {
                            min: None,
                            max: bound,
                        }
                    })
                }
                Operand::CountSelected(inner) if **inner == Operand::Current => {
                    let bound = Some(count(right)?);
                    Some(if is_min {
                        Check::AnswerCount {
                            min: bound,
                            max: None,
                        }
                    } else {
                        Check::AnswerCount {
                            min: None,
                            max: bound,
                        }
                    })
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Two one-sided checks on the same measure as one check with both bounds; `None` when they
/// do not combine (different measures, or the same bound twice).
fn merge(check: Option<Check>, next: Check) -> Option<Check> {
    let Some(check) = check else {
        return Some(next);
    };
    fn both<T>(a: Option<T>, b: Option<T>) -> Option<Option<T>> {
        match (a, b) {
            (Some(_), Some(_)) => None,
            (a, b) => Some(a.or(b)),
        }
    }
    match (check, next) {
        (Check::Range { min, max }, Check::Range { min: m, max: x }) => Some(Check::Range {
            min: both(min, m)?,
            max: both(max, x)?,
        }),
        (Check::Length { min, max }, Check::Length { min: m, max: x }) => Some(Check::Length {
            min: both(min, m)?,
            max: both(max, x)?,
        }),
        (Check::AnswerCount { min, max }, Check::AnswerCount { min: m, max: x }) => {
            Some(Check::AnswerCount {
                min: both(min, m)?,
                max: both(max, x)?,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sample;

    impl Form for Sample {
        fn question(&self, name: &str) -> Option<(String, ItemKind)> {
            let kind = match name {
                "age" => ItemKind::Integer,
                "yn" => ItemKind::YesNo,
                "ok" => ItemKind::Consent,
                "fruit" => ItemKind::MultipleChoice,
                "when" => ItemKind::Date,
                "name" => ItemKind::ShortText,
                _ => return None,
            };
            Some((name.to_owned(), kind))
        }

        fn code(&self, _name: &str, value: &str) -> String {
            value.to_owned()
        }
    }

    fn read(text: &str) -> Option<Condition> {
        to_condition(&parse(text)?, &Sample)
    }

    fn kind(name: &str) -> Option<ItemKind> {
        Sample.question(name).map(|(_, kind)| kind)
    }

    #[test]
    fn every_condition_form_reads_back_as_written() {
        for text in [
            "${age} > 3",
            "${age} <= -2.5",
            "${yn} = 'yes' or ${yn} = 'no'",
            "${ok} = 'OK'",
            "(${fruit} != '' and ${fruit} != 'apple')",
            "selected(${fruit}, 'pear') and not(${name} = '')",
            "${when} >= date('2024-01-31')",
            "(${age} > 1 or ${age} < 0) and ${name} != ''",
            "true()",
            "false()",
        ] {
            let condition = read(text).unwrap_or_else(|| panic!("{text} does not read"));
            let written = write_condition(&condition, &kind);
            assert_eq!(written.as_deref(), Some(text), "{condition:?}");
        }
    }

    #[test]
    fn other_tools_forms_read_with_the_same_meaning() {
        let age = |op, value: i64| {
            Condition::Compare(Comparison {
                item: "age".into(),
                op,
                value: Some(Literal::Number(value.into())),
            })
        };
        assert_eq!(
            read("${age} != 3"),
            Some(Condition::Not(Box::new(age(Operator::Equals, 3))))
        );
        assert_eq!(read("3 < ${age}"), Some(age(Operator::GreaterThan, 3)));
        assert_eq!(
            read("string-length(${name}) > 0"),
            Some(Condition::Compare(Comparison {
                item: "name".into(),
                op: Operator::Answered,
                value: None
            }))
        );
        for unread in [
            "${age} + 1 > 3",
            "${bmi} > 25",
            "${age} = ${age}",
            "${name} > 'b'",
            "${ok} = 'no'",
            "selected(${age}, '1')",
            "${age} > 3 and",
            "((((",
            &"(".repeat(10_000),
            &format!("{}${{age}} > 1{}", "not(".repeat(5_000), ")".repeat(5_000)),
        ] {
            assert_eq!(read(unread), None, "{unread}");
        }
    }

    #[test]
    fn checks_group_by_parentheses_and_join_bounds_side_by_side() {
        let checks = |text: &str, kind| to_checks(&parse(text).expect("parses"), kind);
        assert_eq!(
            checks(". >= 0 and . <= 120", ItemKind::Integer),
            Some(vec![Check::Range {
                min: Some(Literal::Number(0.into())),
                max: Some(Literal::Number(120.into()))
            }])
        );
        assert_eq!(
            checks("(. >= 0) and (. <= 120)", ItemKind::Integer).map(|c| c.len()),
            Some(2)
        );
        assert_eq!(
            checks(". > 0 and . < 10", ItemKind::Integer),
            Some(vec![Check::Range {
                min: Some(Literal::Number(1.into())),
                max: Some(Literal::Number(9.into()))
            }])
        );
        assert_eq!(checks(". > 0.5", ItemKind::Decimal), None);
        assert_eq!(
            checks(
                "regex(., '^(?:[a-z]+)$') and string-length(.) <= 5",
                ItemKind::ShortText
            ),
            Some(vec![
                Check::Pattern {
                    regex: "[a-z]+".into()
                },
                Check::Length {
                    min: None,
                    max: Some(5)
                }
            ])
        );
        assert_eq!(
            checks("regex(., '[0-9]')", ItemKind::ShortText),
            Some(vec![Check::Pattern {
                regex: "(?s:.*)(?:[0-9])(?s:.*)".into()
            }])
        );
    }

    #[test]
    fn checks_write_as_constraints_that_read_back() {
        for (check, kind) in [
            (
                Check::Range {
                    min: Some(Literal::Number(
                        serde_json::from_str("0.5").expect("number"),
                    )),
                    max: Some(Literal::Number(100.into())),
                },
                ItemKind::Decimal,
            ),
            (
                Check::Range {
                    min: Some(Literal::Text("2020-01-01".into())),
                    max: None,
                },
                ItemKind::Date,
            ),
            (
                Check::Pattern {
                    regex: "^[0-9 +()-]{7,20}$".into(),
                },
                ItemKind::ShortText,
            ),
            (
                Check::Pattern {
                    regex: "a|b".into(),
                },
                ItemKind::ShortText,
            ),
            (
                Check::AnswerCount {
                    min: Some(1),
                    max: Some(3),
                },
                ItemKind::MultipleChoice,
            ),
        ] {
            let written = write_check(&check, kind).expect("writes");
            assert_eq!(
                to_checks(&parse(&written).expect("parses"), kind),
                Some(vec![check]),
                "{written}"
            );
        }
    }
}
