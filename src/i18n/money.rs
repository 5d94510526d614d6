//! Amounts of money in the plan's currency.

use super::num;
use crate::plan::Currency;

/// An amount as people write it in `currency`: its symbol before the number, thousands grouped,
/// and its own decimals, kept to the cent when there are any (`₩12,000`, `$3.50`, `$40`, `-€2.25`).
/// With no currency, the plain number with at most `plain_decimals` decimals, as before a currency
/// is chosen; an em dash when it is not finite.
pub fn money(value: f64, currency: Option<Currency>, plain_decimals: usize) -> String {
    let Some(currency) = currency else { return num(value, plain_decimals) };
    if !value.is_finite() {
        return "—".to_string();
    }
    let decimals = currency.decimals();
    let text = num(value.abs(), decimals);
    let text = match text.split_once('.') {
        Some((whole, cents)) => format!("{whole}.{cents:0<decimals$}"),
        None => text,
    };
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { "-" } else { "" };
    format!("{sign}{}{text}", currency.symbol())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_currency_has_its_symbol_and_decimals() {
        assert_eq!(money(12000.0, Some(Currency::Krw), 2), "₩12,000");
        assert_eq!(money(1234.56, Some(Currency::Krw), 2), "₩1,235");
        assert_eq!(money(3.5, Some(Currency::Usd), 2), "$3.50");
        assert_eq!(money(40.0, Some(Currency::Usd), 2), "$40");
        assert_eq!(money(1_000_000.5, Some(Currency::Eur), 2), "€1,000,000.50");
        assert_eq!(money(-2.25, Some(Currency::Eur), 2), "-€2.25");
        assert_eq!(money(-0.001, Some(Currency::Usd), 2), "$0");
        assert_eq!(money(f64::NAN, Some(Currency::Usd), 2), "—");
        assert_eq!(money(1234.5678, None, 2), "1,234.57");
        assert_eq!(money(1234.5678, None, 4), "1,234.5678");
    }
}
