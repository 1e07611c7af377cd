//! The size floor of a respondent runtime on this project's fixed stack (Leptos 0.8 CSR,
//! fluent-bundle, serde_json): a page that reads a published definition pasted into a text
//! box, checks it as the runtime does, and shows its title resolved through Fluent. It has no
//! items, logic, drafts, submission or kiosk: whatever a real runtime adds comes on top of
//! this. `bench/floor.sh` builds it as the release bundles are built and prints its gzip size.

#[cfg(target_arch = "wasm32")]
fn main() {
    use coform::core::definition::import_published;
    use coform::core::fluent::{Context, Resolver};
    use coform::core::validate::runnable;
    use leptos::prelude::*;

    leptos::mount::mount_to_body(|| {
        let source = RwSignal::new(String::new());
        let shown = RwSignal::new(String::new());
        let open = move |_| {
            let text = source.get_untracked();
            let title = match import_published(&text) {
                Ok(survey) if runnable(&survey).is_empty() => {
                    let language = survey.source_language.clone();
                    let resolver = Resolver::new(&survey, &language, &Context::default());
                    resolver.resolve_or(&survey.metadata.title, &survey.metadata.id)
                }
                Ok(_) => String::from("refused"),
                Err(error) => error.to_string(),
            };
            shown.set(title);
        };
        view! {
            <textarea aria-label="definition" on:input=move |event| source.set(event_target_value(&event))></textarea>
            <button on:click=open>"open"</button>
            <h1>{move || shown.get()}</h1>
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("a browser-only size probe: build it with bench/floor.sh");
}
