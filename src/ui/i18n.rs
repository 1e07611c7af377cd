//! The interface's own words, from the Fluent files in `locales/`, compiled into the binary.
//!
//! Bundles are not `Sync`, so they live in a thread-local cache rather than in signals; a
//! component keeps the language tag in a signal and calls [`tr`] inside its reactive closures.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// One Fluent file in every interface language.
pub struct Catalog {
    /// Distinguishes catalogs in the cache.
    pub name: &'static str,
    /// (language tag, Fluent source) pairs; English first, the last resort.
    pub sources: &'static [(&'static str, &'static str)],
}

/// The builder's interface.
pub static BUILDER: Catalog = Catalog {
    name: "builder",
    sources: &[
        ("en", include_str!("../../locales/en/builder.ftl")),
        ("es", include_str!("../../locales/es/builder.ftl")),
        ("ar", include_str!("../../locales/ar/builder.ftl")),
        ("zh-Hans", include_str!("../../locales/zh-Hans/builder.ftl")),
        ("vi", include_str!("../../locales/vi/builder.ftl")),
        ("ht", include_str!("../../locales/ht/builder.ftl")),
    ],
};

/// The respondent runtime's own words (buttons, markers, errors).
pub static RESPOND: Catalog = Catalog {
    name: "respond",
    sources: &[
        ("en", include_str!("../../locales/en/respond.ftl")),
        ("es", include_str!("../../locales/es/respond.ftl")),
        ("ar", include_str!("../../locales/ar/respond.ftl")),
        ("zh-Hans", include_str!("../../locales/zh-Hans/respond.ftl")),
        ("vi", include_str!("../../locales/vi/respond.ftl")),
        ("ht", include_str!("../../locales/ht/respond.ftl")),
    ],
};

/// Right-to-left interface languages.
const RTL: [&str; 4] = ["ar", "he", "fa", "ur"];

impl Catalog {
    /// The interface languages of this catalog.
    pub fn languages(&self) -> Vec<&'static str> {
        self.sources.iter().map(|(tag, _)| *tag).collect()
    }
}

/// Writing direction of an interface language, as the HTML `dir` value.
pub fn direction(tag: &str) -> &'static str {
    let language = tag.split('-').next().unwrap_or(tag);
    if RTL.contains(&language) {
        "rtl"
    } else {
        "ltr"
    }
}

/// A message in `language` (falling back to English), with no arguments.
pub fn tr(catalog: &Catalog, language: &str, id: &str) -> String {
    tr_args(catalog, language, id, &FluentArgs::new())
}

/// A message in `language` (falling back to English), with arguments.
pub fn tr_args(catalog: &Catalog, language: &str, id: &str, args: &FluentArgs) -> String {
    let primary = language.split('-').next().unwrap_or(language);
    for tag in [language, primary, "en"] {
        let Some(bundle) = bundle(catalog, tag) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
    }
    // A missing id is a bug caught by tests/locales.rs; show the id rather than nothing.
    id.to_owned()
}

/// Arguments from (name, value) pairs of text.
pub fn args<'a>(pairs: &[(&'a str, String)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, FluentValue::from(value.clone()));
    }
    args
}

/// Parsed bundles by (catalog name, language tag).
type BundleCache = HashMap<(&'static str, String), Rc<FluentBundle<FluentResource>>>;

thread_local! {
    static BUNDLES: RefCell<BundleCache> = RefCell::new(HashMap::new());
}

fn bundle(catalog: &Catalog, tag: &str) -> Option<Rc<FluentBundle<FluentResource>>> {
    let key = (catalog.name, tag.to_owned());
    if let Some(found) = BUNDLES.with(|bundles| bundles.borrow().get(&key).cloned()) {
        return Some(found);
    }
    let (_, source) = catalog
        .sources
        .iter()
        .find(|(language, _)| *language == tag)?;
    let resource = match FluentResource::try_new((*source).to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Interface strings interpolate ids and paths that are left-to-right; isolate them.
    bundle.set_use_isolating(true);
    // A broken or repeated message must not take the rest of the file down with it
    // (tests/locales.rs keeps the files clean).
    bundle.add_resource_overriding(resource);
    let bundle = Rc::new(bundle);
    BUNDLES.with(|bundles| bundles.borrow_mut().insert(key, bundle.clone()));
    Some(bundle)
}
