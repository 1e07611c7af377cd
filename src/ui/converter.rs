//! The builder's converter: FHIR, XLSForm, REDCap and SurveyJS export and import, run in a web
//! worker that is started the first time it is needed.
//!
//! The converters and their libraries are as large as the rest of the builder, and most
//! sessions never use them, so they are a binary of their own (`src/bin/convert.rs`, loaded
//! by `convert-worker.js`); running them off the main thread also keeps the page responsive
//! while a large workbook is read. The messages are `core::interop::wire`'s. Components reach
//! the converter through [`use_converter`], so a component test can provide one that calls the
//! core directly.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::interop::{Exported, Format, Imported, ReadError, wire};

/// A conversion under way.
pub type Pending<T> = Pin<Box<dyn Future<Output = T>>>;

/// What an import gives: the file read, or why it could not be (both from the converter).
pub type ImportOutcome = Result<(Format, Imported), ReadError>;

/// The converter could not answer: it failed to load (offline, an old cached page) or sent
/// something this build cannot read. The survey being edited is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertFailure(pub String);

/// The two conversions, as plain function pointers so the converter can be provided as
/// context (see [`use_converter`]).
#[derive(Debug, Clone, Copy)]
pub struct Converter {
    /// Exports a survey, given as coform JSON, in a format.
    pub export: fn(String, Format) -> Pending<Result<Exported, ConvertFailure>>,
    /// Reads a file of any format coform reads.
    pub import: fn(Vec<u8>) -> Pending<Result<ImportOutcome, ConvertFailure>>,
}

impl Converter {
    /// The converter in its web worker (what the builder uses).
    pub const WORKER: Converter = Converter {
        export: worker_export,
        import: worker_import,
    };
}

/// The converter provided as context, or the web worker when none is.
pub fn use_converter() -> Converter {
    use_context::<Converter>().unwrap_or(Converter::WORKER)
}

/// Where the worker script is, next to the page.
const WORKER_SCRIPT: &str = "convert-worker.js";

/// The running worker and the requests waiting for its answer.
struct Channel {
    worker: web_sys::Worker,
    waiting: Rc<RefCell<HashMap<u32, (js_sys::Function, js_sys::Function)>>>,
    next_id: Cell<u32>,
    /// Set when the worker failed (to load, say): the next request starts a new one.
    failed: Rc<Cell<bool>>,
    // The handlers live as long as the worker.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CHANNEL: RefCell<Option<Rc<Channel>>> = const { RefCell::new(None) };
}

fn worker_export(survey: String, format: Format) -> Pending<Result<Exported, ConvertFailure>> {
    Box::pin(async move {
        let message = js_sys::Object::new();
        set(&message, "op", &"export".into());
        set(&message, "survey", &survey.into());
        set(&message, "format", &format.name().into());
        let answer = request(&message).await?;
        let bytes = get(&answer, "bytes")
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| ConvertFailure("an export without its file".to_owned()))?
            .to_vec();
        let losses = get(&answer, "losses").as_string().unwrap_or_default();
        let losses =
            wire::read_export_losses(&losses).map_err(|error| ConvertFailure(error.to_string()))?;
        Ok(Exported { bytes, losses })
    })
}

fn worker_import(bytes: Vec<u8>) -> Pending<Result<ImportOutcome, ConvertFailure>> {
    Box::pin(async move {
        let message = js_sys::Object::new();
        set(&message, "op", &"import".into());
        set(
            &message,
            "bytes",
            &js_sys::Uint8Array::from(bytes.as_slice()).into(),
        );
        let answer = request(&message).await?;
        let reply = get(&answer, "reply").as_string().unwrap_or_default();
        wire::read_import_reply(&reply).map_err(|error| ConvertFailure(error.to_string()))
    })
}

/// Sends one request to the worker (starting it if needed) and waits for its answer.
async fn request(message: &js_sys::Object) -> Result<JsValue, ConvertFailure> {
    let channel = channel()?;
    let id = channel.next_id.get();
    channel.next_id.set(id.wrapping_add(1));
    set(message, "id", &id.into());
    let waiting = channel.waiting.clone();
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        waiting.borrow_mut().insert(id, (resolve, reject));
    });
    if let Err(error) = channel.worker.post_message(message) {
        channel.waiting.borrow_mut().remove(&id);
        return Err(ConvertFailure(describe(&error)));
    }
    wasm_bindgen_futures::JsFuture::from(answer)
        .await
        .map_err(|error| ConvertFailure(describe(&error)))
}

/// The running worker, started now if it is not.
fn channel() -> Result<Rc<Channel>, ConvertFailure> {
    if let Some(channel) = CHANNEL.with(|cell| cell.borrow().clone())
        && !channel.failed.get()
    {
        return Ok(channel);
    }
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(WORKER_SCRIPT, &options)
        .map_err(|error| ConvertFailure(describe(&error)))?;
    let waiting: Rc<RefCell<HashMap<u32, (js_sys::Function, js_sys::Function)>>> = Rc::default();
    let on_message = {
        let waiting = waiting.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let Some(id) = get(&data, "id").as_f64() else {
                return;
            };
            let Some((resolve, reject)) = waiting.borrow_mut().remove(&(id as u32)) else {
                return;
            };
            let failure = get(&data, "failure");
            if failure.is_undefined() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            } else {
                let _ = reject.call1(&JsValue::NULL, &failure);
            }
        })
    };
    // A worker that fails to load (offline before it was ever fetched, say) fails every
    // request waiting, and the next request starts a new one. (The error is a plain `Event`
    // when the script cannot be loaded, an `ErrorEvent` when it throws.)
    let failed = Rc::new(Cell::new(false));
    let on_error = {
        let waiting = waiting.clone();
        let failed = failed.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            let message = get(&event, "message");
            let message = if message.is_string() {
                message
            } else {
                JsValue::from_str("the converter could not be loaded")
            };
            for (_, (_, reject)) in waiting.borrow_mut().drain() {
                let _ = reject.call1(&JsValue::NULL, &message);
            }
            failed.set(true);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let channel = Rc::new(Channel {
        worker,
        waiting,
        next_id: Cell::new(1),
        failed,
        _on_message: on_message,
        _on_error: on_error,
    });
    CHANNEL.with(|cell| *cell.borrow_mut() = Some(channel.clone()));
    Ok(channel)
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// A readable description of a thrown value or an error event's message.
fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
        })
        .unwrap_or_else(|| "the converter did not answer".to_owned())
}
