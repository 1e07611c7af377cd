//! Kiosk encryption with the browser's WebCrypto: a key derived from the staff passphrase with
//! PBKDF2-SHA-256 (600,000 iterations, as OWASP recommends), then AES-256-GCM with a fresh
//! random nonce per record. The key never leaves WebCrypto (it is not extractable).

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

use crate::core::session::Sealed;

/// PBKDF2 iterations for new vaults.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// Why encryption or decryption failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CryptoError {
    /// WebCrypto is missing (an insecure context, or a very old browser).
    Unavailable,
    /// The data does not open with this key: a wrong passphrase, or damaged data.
    WrongKeyOrDamaged,
}

fn subtle() -> Result<(web_sys::Crypto, web_sys::SubtleCrypto), CryptoError> {
    let crypto = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

/// `count` random bytes from the browser's CSPRNG.
pub fn random_bytes(count: usize) -> Result<Vec<u8>, CryptoError> {
    let (crypto, _) = subtle()?;
    let mut bytes = vec![0_u8; count];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

/// A random UUID (version 4), used as response ids and idempotency keys.
pub fn random_uuid() -> String {
    subtle()
        .map(|(crypto, _)| crypto.random_uuid())
        .unwrap_or_default()
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect::<Array>()
        .into()
}

async fn resolve(
    promise: Result<js_sys::Promise, JsValue>,
    error: CryptoError,
) -> Result<JsValue, CryptoError> {
    JsFuture::from(promise.map_err(|_| error)?)
        .await
        .map_err(|_| error)
}

/// The AES-GCM key for a passphrase and salt.
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let (_, subtle) = subtle()?;
    let material = Uint8Array::from(passphrase.as_bytes());
    let base = resolve(
        subtle.import_key_with_str("raw", &material, "PBKDF2", false, &usages(&["deriveKey"])),
        CryptoError::Unavailable,
    )
    .await?;
    let algorithm = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let target = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = resolve(
        subtle.derive_key_with_object_and_object(
            &algorithm,
            base.unchecked_ref(),
            &target,
            false,
            &usages(&["encrypt", "decrypt"]),
        ),
        CryptoError::Unavailable,
    )
    .await?;
    Ok(key.unchecked_into())
}

/// Seals `plaintext` with a fresh nonce.
pub async fn seal(key: &CryptoKey, plaintext: &[u8]) -> Result<Sealed, CryptoError> {
    let (_, subtle) = subtle()?;
    let iv = random_bytes(12)?;
    let algorithm = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv.as_slice()).into()),
    ]);
    let sealed = resolve(
        subtle.encrypt_with_object_and_u8_array(&algorithm, key, plaintext),
        CryptoError::Unavailable,
    )
    .await?;
    Ok(Sealed {
        iv: to_base64(&iv),
        data: to_base64(&js_sys::Uint8Array::new(&sealed).to_vec()),
    })
}

/// Opens a sealed record.
pub async fn open(key: &CryptoKey, sealed: &Sealed) -> Result<Vec<u8>, CryptoError> {
    let (_, subtle) = subtle()?;
    let iv = from_base64(&sealed.iv).ok_or(CryptoError::WrongKeyOrDamaged)?;
    let data = from_base64(&sealed.data).ok_or(CryptoError::WrongKeyOrDamaged)?;
    let algorithm = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv.as_slice()).into()),
    ]);
    let plain = resolve(
        subtle.decrypt_with_object_and_u8_array(&algorithm, key, &data),
        CryptoError::WrongKeyOrDamaged,
    )
    .await?;
    Ok(js_sys::Uint8Array::new(&plain).to_vec())
}

/// Base64 of bytes, for salts: the browser's `btoa` over the bytes as Latin-1 characters
/// (so the runtime links no base64 code).
pub fn to_base64(bytes: &[u8]) -> String {
    let binary: String = bytes.iter().copied().map(char::from).collect();
    web_sys::window()
        .and_then(|window| window.btoa(&binary).ok())
        .unwrap_or_default()
}

/// Bytes of base64, for salts (`None` when it is not base64), by the browser's `atob`.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    web_sys::window()?
        .atob(text)
        .ok()?
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}
