//! mlplan: a browser workbench for designing machine-learning projects.
//!
//! The domain (`plan`, `calc`, `share`, `review`, `report`, `canvas`, `class`, `files`, `qr`,
//! `i18n`, `lang`, `route`, `order`) is plain Rust and is tested natively.
//! `store` holds the plan library over a key-value trait, with the localStorage adapter compiled
//! for the browser only; `ui` is the Leptos interface, also browser-only.

pub mod calc;
pub mod canvas;
pub mod class;
pub mod files;
pub mod i18n;
pub mod lang;
pub mod order;
pub mod plan;
pub mod qr;
pub mod report;
pub mod review;
pub mod route;
pub mod scratch;
pub mod share;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;
