//! Prints one worked example plan as JSON, for seeding browser tests and fixtures:
//! `cargo run --example print_example -- example-eta-en`.

fn main() {
    let id = std::env::args().nth(1).unwrap_or_else(|| "example-eta-en".to_string());
    match mlplan::plan::examples::all().into_iter().find(|p| p.id == id) {
        Some(plan) => println!("{}", serde_json::to_string_pretty(&plan).expect("plans serialise")),
        None => {
            eprintln!("no example with id {id}");
            std::process::exit(2);
        }
    }
}
