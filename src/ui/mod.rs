//! The browser shell: Leptos components over the pure core.
