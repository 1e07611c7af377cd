//! The few browser facts and effects the shell needs: URL parameters, preferred languages,
//! the document's language and direction, and downloading a text file.

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
