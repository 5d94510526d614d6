//! The app binary: Trunk builds it for the browser and mounts the interface.

#[cfg(target_arch = "wasm32")]
fn main() {
    mlplan::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("mlplan runs in the browser: build and serve it with the README's first command.");
    std::process::exit(2);
}
