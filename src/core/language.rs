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
