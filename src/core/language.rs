//! Choosing a language: the user's preferences negotiated against what is available.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The best of `available` for someone who prefers `requested` (most preferred first), or
/// `default` when nothing matches. `es-PR` matches `es`, `ar-EG` matches `ar`, and so on.
pub fn negotiate(requested: &[String], available: &[&str], default: &str) -> String {
    let parse = |tags: &mut dyn Iterator<Item = &str>| -> Vec<LanguageIdentifier> {
        tags.filter_map(|tag| tag.parse().ok()).collect()
    };
    let requested = parse(&mut requested.iter().map(String::as_str));
    let available_ids = parse(&mut available.iter().copied());
    let default_id: Option<LanguageIdentifier> = default.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available_ids,
        default_id.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|chosen| {
            // Return the tag as the survey spells it, not as unic-langid normalises it.
            available
                .iter()
                .find(|tag| tag.parse::<LanguageIdentifier>().ok().as_ref() == Some(*chosen))
        })
        .map_or_else(|| default.to_owned(), |tag| (*tag).to_owned())
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    fn pick(requested: &[&str], available: &[&str]) -> String {
        let requested: Vec<String> = requested.iter().map(|tag| (*tag).to_owned()).collect();
        negotiate(&requested, available, "en")
    }

    #[test]
    fn regional_preference_matches_the_language() {
        assert_eq!(pick(&["es-PR", "en"], &["en", "es", "ar"]), "es");
        assert_eq!(pick(&["ar-EG"], &["en", "es", "ar"]), "ar");
    }

    #[test]
    fn a_chinese_browser_in_china_gets_simplified_chinese() {
        let interface = ["en", "es", "ar", "zh-Hans", "vi", "ht"];
        assert_eq!(pick(&["zh-CN", "en"], &interface), "zh-Hans");
        assert_eq!(pick(&["zh"], &interface), "zh-Hans");
        assert_eq!(pick(&["vi-VN"], &interface), "vi");
        assert_eq!(pick(&["ht-HT", "fr"], &interface), "ht");
    }

    #[test]
    fn exact_regional_variant_wins() {
        assert_eq!(pick(&["es-PR"], &["en", "es", "es-PR"]), "es-PR");
    }

    #[test]
    fn order_of_preference_is_kept() {
        assert_eq!(pick(&["so", "ar", "es"], &["en", "es", "ar"]), "ar");
    }

    #[test]
    fn nothing_matching_gives_the_default() {
        assert_eq!(pick(&["so", "vi"], &["en", "es"]), "en");
        assert_eq!(pick(&["not a tag!"], &["en", "es"]), "en");
    }
}

/// The name of a language in that language ("Español", "العربية"), for language switchers;
/// `None` for languages not in the table (the tag is shown instead).
pub fn autonym(tag: &str) -> Option<&'static str> {
    let language = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let name = match language.as_str() {
        "am" => "አማርኛ",
        "ar" => "العربية",
        "bn" => "বাংলা",
        "de" => "Deutsch",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "ha" => "Hausa",
        "he" => "עברית",
        "hi" => "हिन्दी",
        "ht" => "Kreyòl ayisyen",
        "hmn" => "Hmoob",
        "it" => "Italiano",
        "ja" => "日本語",
        "km" => "ខ្មែរ",
        "ko" => "한국어",
        "lo" => "ລາວ",
        "my" => "မြန်မာ",
        "ne" => "नेपाली",
        "pa" => "ਪੰਜਾਬੀ",
        "pl" => "Polski",
        "ps" => "پښتو",
        "pt" => "Português",
        "ru" => "Русский",
        "so" => "Soomaali",
        "sw" => "Kiswahili",
        "ta" => "தமிழ்",
        "th" => "ไทย",
        "ti" => "ትግርኛ",
        "tl" | "fil" => "Tagalog",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ur" => "اردو",
        "vi" => "Tiếng Việt",
        "yo" => "Yorùbá",
        "zh" => "中文",
        _ => return None,
    };
    Some(name)
}

#[cfg(test)]
mod autonym_tests {
    use super::autonym;

    #[test]
    fn regional_tags_use_the_language_name_and_unknown_tags_have_none() {
        assert_eq!(autonym("es-PR"), Some("Español"));
        assert_eq!(autonym("ar"), Some("العربية"));
        assert_eq!(autonym("xx"), None);
    }
}

/// Why a language cannot be added to a survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageProblem {
    /// The text is not a BCP-47 language tag.
    InvalidTag,
    /// The survey already offers the language.
    AlreadyOffered,
    /// A fallback names a language the survey does not offer, or itself.
    BadFallback {
        /// The tag at fault.
        tag: String,
    },
}

/// The canonical spelling of a BCP-47 tag (`es-pr` → `es-PR`, `zh-hans` → `zh-Hans`), or
/// `None` when the text is not a language tag.
pub fn canonical_tag(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.contains(char::is_whitespace) {
        return None;
    }
    let id: LanguageIdentifier = text.parse().ok()?;
    if id.language.is_empty() {
        return None;
    }
    Some(id.to_string())
}

/// The writing direction a language is usually written in, from its script (or, when the
/// tag names none, its language's usual script).
pub fn usual_direction(tag: &str) -> crate::core::model::Direction {
    use crate::core::model::Direction;
    let Ok(id) = tag.parse::<LanguageIdentifier>() else {
        return Direction::Ltr;
    };
    if let Some(script) = id.script {
        return match script.as_str() {
            "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg" => Direction::Rtl,
            _ => Direction::Ltr,
        };
    }
    match id.language.as_str() {
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" | "dv" | "ug" | "sd" | "ckb" | "syr" => {
            Direction::Rtl
        }
        _ => Direction::Ltr,
    }
}

/// The survey with a language added: its direction from its script, falling back to the
/// language without its region when the survey has it (`es-PR` → `es`).
pub fn add_language(
    survey: &crate::core::model::Survey,
    text: &str,
) -> Result<crate::core::model::Survey, LanguageProblem> {
    let tag = canonical_tag(text).ok_or(LanguageProblem::InvalidTag)?;
    if survey
        .languages
        .iter()
        .any(|language| language.tag.eq_ignore_ascii_case(&tag))
    {
        return Err(LanguageProblem::AlreadyOffered);
    }
    let mut out = survey.clone();
    let base = tag.split('-').next().unwrap_or(&tag).to_owned();
    let fallback = if base != tag && survey.language(&base).is_some() {
        vec![base]
    } else {
        Vec::new()
    };
    out.languages.push(crate::core::model::Language {
        direction: usual_direction(&tag),
        tag,
        fallback,
    });
    Ok(out)
}

/// The survey without a language: its texts in every string, its place in fallback chains
/// and in the publish gate. The source language cannot be removed (the survey is returned
/// unchanged).
pub fn remove_language(
    survey: &crate::core::model::Survey,
    tag: &str,
) -> crate::core::model::Survey {
    let mut out = survey.clone();
    if tag == survey.source_language {
        return out;
    }
    out.languages.retain(|language| language.tag != tag);
    for language in &mut out.languages {
        language.fallback.retain(|fallback| fallback != tag);
    }
    out.settings.require_approved.retain(|gated| gated != tag);
    for message in crate::core::translation::messages(survey) {
        if let Some(text) = crate::core::translation::text_mut(&mut out, &message.key) {
            text.0.remove(tag);
            text.1.remove(tag);
        }
    }
    out
}

/// The survey with another source language: the new source's texts lose their translation
/// state (they are now what others are translated from), and the new source leaves the
/// publish gate.
pub fn set_source_language(
    survey: &crate::core::model::Survey,
    tag: &str,
) -> crate::core::model::Survey {
    let mut out = survey.clone();
    if survey.language(tag).is_none() {
        return out;
    }
    out.source_language = tag.to_owned();
    out.settings.require_approved.retain(|gated| gated != tag);
    if let Some(language) = out.languages.iter_mut().find(|l| l.tag == tag) {
        language.fallback.clear();
    }
    for message in crate::core::translation::messages(survey) {
        if let Some(text) = crate::core::translation::text_mut(&mut out, &message.key) {
            text.1.remove(tag);
        }
    }
    out
}

/// Reads a fallback chain typed as tags separated by spaces or commas; each must be a
/// language of the survey other than `tag` itself.
pub fn parse_fallback(
    survey: &crate::core::model::Survey,
    tag: &str,
    text: &str,
) -> Result<Vec<String>, LanguageProblem> {
    let mut chain = Vec::new();
    for part in text
        .split([',', ' ', '،', '，', '、'])
        .filter(|part| !part.is_empty())
    {
        let found = canonical_tag(part)
            .and_then(|canonical| survey.language(&canonical).map(|l| l.tag.clone()))
            .filter(|found| found != tag)
            .ok_or_else(|| LanguageProblem::BadFallback {
                tag: part.to_owned(),
            })?;
        if !chain.contains(&found) {
            chain.push(found);
        }
    }
    Ok(chain)
}
