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
