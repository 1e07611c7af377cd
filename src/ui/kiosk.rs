//! Kiosk mode: responses kept encrypted on the device for staff to export later. The key,
//! derived from the staff passphrase, stays in memory while the kiosk is unlocked.

use std::cell::RefCell;

use web_sys::CryptoKey;

use crate::core::session::{KIOSK_CHECK_TEXT, KioskVault};
use crate::ui::crypto::{self, CryptoError, PBKDF2_ITERATIONS};
use crate::ui::storage;

thread_local! {
    static UNLOCKED: RefCell<Option<CryptoKey>> = const { RefCell::new(None) };
}

/// Why the kiosk could not be unlocked or used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskError {
    /// WebCrypto is missing.
    Unavailable,
    /// The passphrase does not open the vault.
    WrongPassphrase,
    /// The vault could not be written (storage full or denied).
    StorageFailed,
    /// No key: the kiosk is locked.
    Locked,
}

impl From<CryptoError> for KioskError {
    fn from(error: CryptoError) -> Self {
        match error {
            CryptoError::Unavailable => KioskError::Unavailable,
            CryptoError::WrongKeyOrDamaged => KioskError::WrongPassphrase,
        }
    }
}

/// The stored vault, if any.
pub fn vault(key: &str) -> Option<KioskVault> {
    // An unreadable vault is set aside, never replaced by a new one over it.
    storage::load_parsed(key, |text| serde_json::from_str(text).ok())
}

/// Unlocks the vault with the passphrase, creating the vault when there is none.
pub async fn unlock(storage_key: &str, passphrase: &str) -> Result<(), KioskError> {
    let key = match vault(storage_key) {
        Some(existing) => {
            let salt = crypto::from_base64(&existing.salt).ok_or(KioskError::WrongPassphrase)?;
            let key = crypto::derive_key(passphrase, &salt, existing.iterations).await?;
            crypto::open(&key, &existing.check).await?;
            key
        }
        None => {
            let salt = crypto::random_bytes(16)?;
            let key = crypto::derive_key(passphrase, &salt, PBKDF2_ITERATIONS).await?;
            let check = crypto::seal(&key, KIOSK_CHECK_TEXT.as_bytes()).await?;
            let created = KioskVault {
                salt: crypto::to_base64(&salt),
                iterations: PBKDF2_ITERATIONS,
                check,
                records: Vec::new(),
            };
            write(storage_key, &created)?;
            key
        }
    };
    UNLOCKED.with(|unlocked| *unlocked.borrow_mut() = Some(key));
    Ok(())
}

/// Whether the kiosk is unlocked in this page.
pub fn is_unlocked() -> bool {
    UNLOCKED.with(|unlocked| unlocked.borrow().is_some())
}

/// Encrypts one response into the vault.
pub async fn keep(storage_key: &str, response_json: &str) -> Result<(), KioskError> {
    let key = UNLOCKED
        .with(|unlocked| unlocked.borrow().clone())
        .ok_or(KioskError::Locked)?;
    let sealed = crypto::seal(&key, response_json.as_bytes()).await?;
    let mut stored = vault(storage_key).ok_or(KioskError::Locked)?;
    stored.records.push(sealed);
    write(storage_key, &stored)
}

/// Decrypts every stored response with a passphrase (asked again for each export).
pub async fn open_all(storage_key: &str, passphrase: &str) -> Result<Vec<String>, KioskError> {
    let stored = vault(storage_key).ok_or(KioskError::WrongPassphrase)?;
    let salt = crypto::from_base64(&stored.salt).ok_or(KioskError::WrongPassphrase)?;
    let key = crypto::derive_key(passphrase, &salt, stored.iterations).await?;
    crypto::open(&key, &stored.check).await?;
    let mut out = Vec::with_capacity(stored.records.len());
    for record in &stored.records {
        let plain = crypto::open(&key, record).await?;
        out.push(String::from_utf8_lossy(&plain).into_owned());
    }
    Ok(out)
}

fn write(storage_key: &str, vault: &KioskVault) -> Result<(), KioskError> {
    let text = serde_json::to_string(vault).unwrap_or_default();
    storage::save(storage_key, &text).map_err(|_| KioskError::StorageFailed)
}
