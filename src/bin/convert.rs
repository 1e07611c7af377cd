//! The builder's converter, a wasm binary run in a web worker (`convert-worker.js`, written
//! by `scripts/build.sh`). It holds the FHIR, XLSForm, REDCap and SurveyJS converters, which
//! the builder's own bundle leaves out; the builder fetches this the first time someone
//! exports or opens a file of another format. The messages are `core::interop::wire`'s.

#[cfg(target_arch = "wasm32")]
mod worker {
    use coform::core::interop::wire;
    use wasm_bindgen::prelude::*;

    /// Exports a survey (coform JSON) in the format named `format`: `[bytes, losses JSON]`,
    /// or a thrown message when the request itself is wrong.
    #[wasm_bindgen]
    pub fn export_file(survey: &str, format: &str) -> Result<js_sys::Array, JsError> {
        let exported = wire::export(survey, format).map_err(|error| JsError::new(&error.0))?;
        let reply = js_sys::Array::new();
        reply.push(&js_sys::Uint8Array::from(exported.bytes.as_slice()));
        reply.push(&JsValue::from_str(&wire::export_losses(&exported.losses)));
        Ok(reply)
    }

    /// Reads a file of any format coform reads: the import reply as JSON text.
    #[wasm_bindgen]
    pub fn import_file(bytes: &[u8]) -> String {
        wire::import_reply(bytes)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the converter runs in the builder's web worker: build it with `make serve`");
}
