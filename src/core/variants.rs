//! Guided Fluent variants: a pattern that is one select expression, read as a list of
//! (key, wording) pairs that a form can edit without showing Fluent syntax, and written back.
//!
//! The builder offers two ways in: plural variants on a number (one variant per CLDR
//! category the language has, from [`crate::core::translation::plural_categories`]) and
//! audience variants (one per value of an audience variable, its default marked). Anything
//! else stays in the raw Fluent view.

use fluent_syntax::ast;

use crate::core::fluent;
use crate::core::model::AudienceVariable;
use crate::core::translation::plural_categories;

/// A pattern that is exactly one select expression on a variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantForm {
    /// The variable selected on, without `$`.
    pub variable: String,
    /// The variants, in order.
    pub variants: Vec<Variant>,
}

/// One variant of a select expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Its key: a plural category, an audience value, or a number.
    pub key: String,
    /// Its wording, as a stored pattern (empty when blank).
    pub pattern: String,
    /// Whether it is the default (`*`) variant.
    pub default: bool,
}

/// What an empty variant is written as: Fluent does not allow a variant without a value.
const EMPTY_VARIANT: &str = "{ \"\" }";

/// Reads a pattern as variants, when it is one select expression on a variable.
pub fn read(pattern: &str) -> Option<VariantForm> {
    let resource = fluent::parse_pattern(pattern).ok()?;
    let value = resource.entries().find_map(|entry| match entry {
        ast::Entry::Message(message) => message.value.as_ref(),
        _ => None,
    })?;
    let [ast::PatternElement::Placeable { expression }] = value.elements.as_slice() else {
        return None;
    };
    let ast::Expression::Select { selector, variants } = expression else {
        return None;
    };
    let ast::InlineExpression::VariableReference { id } = selector else {
        return None;
    };
    Some(VariantForm {
        variable: id.name.to_owned(),
        variants: variants
            .iter()
            .map(|variant| {
                let pattern = fluent::pattern_source(&variant.value);
                Variant {
                    key: match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    },
                    pattern: if pattern == EMPTY_VARIANT {
                        String::new()
                    } else {
                        pattern
                    },
                    default: variant.default,
                }
            })
            .collect(),
    })
}

/// Writes variants as a stored pattern.
pub fn write(form: &VariantForm) -> String {
    let mut out = format!("{{ ${} ->", form.variable);
    for variant in &form.variants {
        out.push('\n');
        out.push_str(if variant.default { "   *[" } else { "    [" });
        out.push_str(&variant.key);
        out.push_str("] ");
        let pattern = if variant.pattern.trim().is_empty() {
            EMPTY_VARIANT
        } else {
            variant.pattern.as_str()
        };
        for (index, line) in pattern.split('\n').enumerate() {
            if index > 0 {
                out.push_str("\n        ");
            }
            out.push_str(line);
        }
    }
    out.push_str("\n}");
    out
}

/// Plural variants on the number `variable` for every category `language` has, each
/// starting from `wording` (`other` is the default).
pub fn plural(wording: &str, variable: &str, language: &str) -> VariantForm {
    VariantForm {
        variable: variable.to_owned(),
        variants: plural_categories(language)
            .into_iter()
            .map(|category| Variant {
                key: category.to_owned(),
                pattern: wording.to_owned(),
                default: category == "other",
            })
            .collect(),
    }
}

/// Variants on an audience variable, one per value, each starting from `wording`; the
/// variable's default value is the default variant.
pub fn audience(wording: &str, variable: &AudienceVariable) -> VariantForm {
    let has_default = variable
        .values
        .iter()
        .any(|value| value.value == variable.default);
    VariantForm {
        variable: variable.id.clone(),
        variants: variable
            .values
            .iter()
            .enumerate()
            .map(|(index, value)| Variant {
                key: value.value.clone(),
                pattern: wording.to_owned(),
                default: if has_default {
                    value.value == variable.default
                } else {
                    index == 0
                },
            })
            .collect(),
    }
}
