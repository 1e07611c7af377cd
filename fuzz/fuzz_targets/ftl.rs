//! Fuzzes the `ftl` importer: see `coform::core::fuzz`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = coform::core::fuzz::run("ftl", data);
});
