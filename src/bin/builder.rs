//! The builder's wasm entry point (served as `index.html`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(coform::ui::builder_app::BuilderApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the builder runs in a browser: build it with `make serve`");
}
