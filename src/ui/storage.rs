//! The device's local storage, with failures as data: storage denied (private mode, policy)
//! and a full quota are told apart so the runtime can warn instead of losing answers silently.

/// Why something could not be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no storage to this page.
    Unavailable,
    /// The write was refused (usually a full quota).
    WriteFailed,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// The stored text under `key`.
pub fn load(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok().flatten()
}

/// The value stored under `key`, read by `parse`. Text that is there but cannot be read
/// (damaged, or written by an incompatible version) is never overwritten: it is moved, as
/// found, to `<key>:unreadable` (see [`UNREADABLE_SUFFIX`]) and reported on the console,
/// and the caller starts afresh.
pub fn load_parsed<T>(key: &str, parse: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    let text = load(key)?;
    let parsed = parse(&text);
    if parsed.is_none() {
        let aside = format!("{key}{UNREADABLE_SUFFIX}");
        if save(&aside, &text).is_ok() {
            remove(key);
        }
        web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(&format!(
            "coform: stored data under {key:?} could not be read; it was set aside under {aside:?}"
        )));
    }
    parsed
}

/// Appended to a key to name where its unreadable value is set aside.
pub const UNREADABLE_SUFFIX: &str = ":unreadable";

/// Stores `value` under `key`.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(key, value)
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes `key`.
pub fn remove(key: &str) {
    if let Ok(storage) = storage() {
        // Removing a missing key is not an error; a failure leaves stale data that restore
        // checks against the survey's content hash anyway.
        let _ = storage.remove_item(key);
    }
}
