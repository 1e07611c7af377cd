//! coform: co-designed, multilingual survey instruments.
//!
//! [`core`] is the pure core (model, logic, messages, validation, the portable definition);
//! [`ui`] is the browser shell (Leptos components), compiled only for WebAssembly. The
//! builder and the respondent runtime are two binaries over this one library.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
