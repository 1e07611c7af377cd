//! The few browser facts and effects the shell needs: URL parameters, preferred languages,
//! the document's language and direction, and downloading a text file.

use std::collections::HashMap;

use wasm_bindgen::JsCast;

/// A query parameter of the page URL, such as `survey` in `respond.html?survey=…`.
pub fn query_parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

thread_local! {
    /// Validation patterns compiled so far (`None`: the browser does not read the pattern).
    static PATTERNS: std::cell::RefCell<Vec<(String, Option<js_sys::RegExp>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `text` matches a validation pattern as a whole, by the browser's own regular
/// expressions (so the runtime links no regex engine): `None` when the pattern does not
/// compile. A pattern is compiled once, in Unicode mode, or without it when only that fails
/// (a pattern such as `\d{3}\-\d{4}` escapes more than Unicode mode allows).
pub fn pattern_matches(pattern: &str, text: &str) -> Option<bool> {
    PATTERNS.with_borrow_mut(|patterns| {
        let index = match patterns.iter().position(|(known, _)| known == pattern) {
            Some(index) => index,
            None => {
                let anchored = format!("^(?:{pattern})$");
                let compiled =
                    compile_regexp(&anchored, "u").or_else(|| compile_regexp(&anchored, ""));
                patterns.push((pattern.to_owned(), compiled));
                patterns.len() - 1
            }
        };
        patterns[index].1.as_ref().map(|regex| regex.test(text))
    })
}

/// `new RegExp(source, flags)`, or `None` where that throws.
fn compile_regexp(source: &str, flags: &str) -> Option<js_sys::RegExp> {
    // The constructor is called through `Reflect.construct`, which reports the SyntaxError.
    let constructor = js_sys::RegExp::new("", "").constructor();
    let arguments = js_sys::Array::of2(&source.into(), &flags.into());
    js_sys::Reflect::construct(&constructor, &arguments)
        .ok()?
        .dyn_into()
        .ok()
}

/// Sets `<html lang dir>`, so screen readers pronounce the text in the right language and the
/// layout mirrors for right-to-left scripts.
pub fn set_document_language(tag: &str, direction: &str) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    // Setting an attribute on the root element cannot fail for these names.
    let _ = root.set_attribute("lang", tag);
    let _ = root.set_attribute("dir", direction);
}

/// Why a text file could not be downloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No response (offline, blocked, bad address).
    Network,
    /// A response with an error status, such as 404.
    Status(u16),
}

/// Downloads a text file relative to the page.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response.text().await.map_err(|_| FetchError::Network)
}

/// The element with this id, if it is an HTML element.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
    let encoded = js_sys::encode_uri_component(text);
    anchor.set_href(&format!("data:{mime};charset=utf-8,{encoded}"));
    anchor.set_download(file_name);
    anchor.click();
}

/// Offers bytes as a file download named `file_name` (through a Blob URL, since a data URL
/// of binary content would need encoding).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The bytes of the first file chosen in a file input.
pub async fn read_chosen_bytes(input: &web_sys::HtmlInputElement) -> Option<Vec<u8>> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A whole number written the way the interface language writes numbers (the browser's
/// `Intl.NumberFormat`: `1,234`, `1.234`, `١٬٢٣٤`…).
pub fn format_number(language: &str, number: f64) -> String {
    with_number_format(language, false, |format| {
        format
            .format()
            .call1(format, &number.into())
            .ok()
            .and_then(|value| value.as_string())
    })
    .unwrap_or_else(|| number.to_string())
}

/// A percentage (`percent` out of 100) written for the interface language (`87 %`, `٨٧٪`…).
pub fn format_percent(language: &str, percent: u32) -> String {
    with_number_format(language, true, |format| {
        format
            .format()
            .call1(format, &(f64::from(percent) / 100.0).into())
            .ok()
            .and_then(|value| value.as_string())
    })
    .unwrap_or_else(|| format!("{percent}%"))
}

thread_local! {
    /// The browser's number formats, by language and whether for percentages: making one
    /// loads its locale data, which costs far more than formatting with it.
    static NUMBER_FORMATS: std::cell::RefCell<HashMap<(String, bool), js_sys::Intl::NumberFormat>> =
        std::cell::RefCell::new(HashMap::new());
    /// Languages' own names, by tag (see [`language_autonym`]).
    static AUTONYMS: std::cell::RefCell<HashMap<String, Option<String>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Calls `with` on the number format for `language` (a percentage format when `percent`).
fn with_number_format<T>(
    language: &str,
    percent: bool,
    with: impl FnOnce(&js_sys::Intl::NumberFormat) -> Option<T>,
) -> Option<T> {
    NUMBER_FORMATS.with_borrow_mut(|formats| {
        let format = formats
            .entry((language.to_owned(), percent))
            .or_insert_with(|| {
                let locales = js_sys::Array::of1(&language.into());
                let options = js_sys::Object::new();
                if percent {
                    let _ = js_sys::Reflect::set(&options, &"style".into(), &"percent".into());
                }
                js_sys::Intl::NumberFormat::new(&locales, &options)
            });
        with(format)
    })
}

/// A date and time (an ISO 8601 string) written for the interface language, or the string
/// itself when the browser cannot read it.
pub fn format_date_time(language: &str, iso: &str) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let locales = js_sys::Array::of1(&language.into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|value| value.as_string())
        .unwrap_or_else(|| iso.to_owned())
}

/// The name of a language in that language, from the browser's `Intl.DisplayNames` (which
/// knows every CLDR language, so nothing is bundled); `None` when the browser has no name.
/// Asked once per tag: the answer does not change while the page is open.
pub fn language_autonym(tag: &str) -> Option<String> {
    if let Some(known) = AUTONYMS.with_borrow(|names| names.get(tag).cloned()) {
        return known;
    }
    let name = ask_autonym(tag);
    AUTONYMS.with_borrow_mut(|names| names.insert(tag.to_owned(), name.clone()));
    name
}

fn ask_autonym(tag: &str) -> Option<String> {
    let locales = js_sys::Array::of1(&tag.into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"language".into());
    let _ = js_sys::Reflect::set(&options, &"fallback".into(), &"none".into());
    let constructor = js_sys::Reflect::get(
        &js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?,
        &"DisplayNames".into(),
    )
    .ok()?;
    let constructor: js_sys::Function = constructor.dyn_into().ok()?;
    let names =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&locales, &options)).ok()?;
    // A browser without data for the language answers in its default locale instead: that
    // name is not the language's own, so it is not used.
    let resolved: js_sys::Function = js_sys::Reflect::get(&names, &"resolvedOptions".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let locale = js_sys::Reflect::get(&resolved.call0(&names).ok()?, &"locale".into())
        .ok()?
        .as_string()?;
    let base = |tag: &str| {
        tag.split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    if base(&locale) != base(tag) {
        return None;
    }
    let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let name = of.call1(&names, &tag.into()).ok()?.as_string()?;
    (!name.is_empty() && name != tag).then_some(name)
}

/// The file input an event came from.
pub fn file_input(event: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    event.target()?.dyn_into().ok()
}

/// The text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// Moves keyboard focus to the first element matching a CSS selector, if there is one.
pub fn focus_first(selector: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Registers the service worker that keeps the runtime working offline once loaded.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_service_worker =
        js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false);
    if has_service_worker {
        // A failed registration only means no offline support; the page works regardless.
        let _ = window.navigator().service_worker().register("sw.js");
    }
}

/// Every query parameter of the page URL.
pub fn query_parameters() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|window| window.location().search().ok()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for pair in search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
    {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |text: &str| {
            js_sys::decode_uri_component(&text.replace('+', " "))
                .ok()
                .and_then(|decoded| decoded.as_string())
                .unwrap_or_else(|| text.to_owned())
        };
        out.push((decode(name), decode(value)));
    }
    out
}

/// The name and text of every file chosen in a file input.
pub async fn read_chosen_files(input: &web_sys::HtmlInputElement) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(files) = input.files() else {
        return out;
    };
    for index in 0..files.length() {
        let Some(file) = files.get(index) else {
            continue;
        };
        if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await
            && let Some(text) = text.as_string()
        {
            out.push((file.name(), text));
        }
    }
    out
}
