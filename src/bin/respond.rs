//! The respondent runtime's wasm entry point (served as `respond.html`). It links only what a
//! respondent's phone needs: no builder components, no builder strings.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(coform::ui::respondent_app::RespondentApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the respondent runtime runs in a browser: build it with `make serve`");
}
