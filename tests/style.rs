//! The dark colors are written twice in `style/main.css`: for the system's dark mode (a media
//! query) and for a chosen dark scheme (an attribute selector), which cannot share one rule.
//! `light-dark()` would need them once, but a browser without it (Safari before 17.5, which
//! older iPhones keep) would then show no colors at all. So both blocks must say the same, and
//! cover every color the light block sets.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

/// The style sheet without its comments.
fn main_css() -> String {
    let mut css = fs::read_to_string("style/main.css").expect("style/main.css");
    while let Some(start) = css.find("/*") {
        let end = css[start..].find("*/").expect("every comment ends") + start + 2;
        css.replace_range(start..end, "");
    }
    css
}

/// The declarations of the first rule after `selector`, trimmed, in order.
fn declarations<'a>(css: &'a str, selector: &str) -> Vec<&'a str> {
    let at = css.find(selector).unwrap_or_else(|| panic!("main.css has no {selector}"));
    let body = &css[at..];
    let open = body.find('{').expect("a rule body");
    let close = body.find('}').expect("the rule's end");
    body[open + 1..close].split(';').map(str::trim).filter(|d| !d.is_empty()).collect()
}

/// The custom property names a list of declarations sets.
fn properties<'a>(declarations: &[&'a str]) -> Vec<&'a str> {
    declarations
        .iter()
        .filter_map(|d| d.split_once(':'))
        .map(|(name, _)| name.trim())
        .filter(|n| n.starts_with("--"))
        .collect()
}

#[test]
fn both_dark_blocks_agree_and_cover_every_light_color() {
    let css = main_css();
    let system = declarations(&css, ":root:not([data-scheme=\"light\"])");
    let chosen = declarations(&css, ":root[data-scheme=\"dark\"]");
    assert_eq!(system, chosen, "the system-dark and chosen-dark blocks differ");
    assert!(chosen.contains(&"color-scheme: dark"));

    // Every color the light block sets has a dark value; the font stacks and sizes need none.
    let light = declarations(&css, ":root {");
    let colors: Vec<&str> = light
        .iter()
        .filter(|d| d.contains('#'))
        .filter_map(|d| d.split_once(':'))
        .map(|(name, _)| name.trim())
        .collect();
    assert!(colors.len() >= 10, "the light palette was found: {colors:?}");
    assert_eq!(colors, properties(&chosen), "the dark palette sets the light palette's colors, in its order");
}
