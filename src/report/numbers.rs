//! The number formats of the report's texts, which the builder and its labels share. A leaf of its
//! own, apart from the Markdown writer: the labels need these, the document reads the labels and
//! the writer reads the document, so the formats there made a cycle.

/// A number as people write it: thousands grouped with commas, at most four decimals, no
/// trailing zeros (`6,000,000`, `0.7`, `0.005`); an em dash when it is not finite.
pub(super) fn number(x: f64) -> String {
    crate::i18n::num(x, 4)
}

/// An amount of money in the plan's currency (`₩4,000,000`), or as [`number`] when it has none.
pub(super) fn amount(x: f64, currency: Option<crate::plan::Currency>) -> String {
    crate::i18n::money(x, currency, 4)
}

/// A share as a percentage: `0.42` is `42%`.
pub(super) fn percent(x: f64) -> String {
    format!("{}%", number(x * 100.0))
}
