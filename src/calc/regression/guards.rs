//! Post-processing guards against catastrophic predictions, and their effect on a file's errors.
//!
//! A guard is applied in a fixed order, each part to the result of the one before: the fallback
//! (a prediction outside the band is replaced), the cap relative to the rule estimate, the floor,
//! the cap. The floor and the cap are last so they always hold.

use super::metrics::{metrics, share_within, RegressionError, RegressionMetrics, Tolerance};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What replaces a prediction outside the band.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fallback {
    /// A fixed value (a typical fare, say).
    Value(f64),
    /// The row's rule estimate (distance × rate, say).
    Rule,
}

/// Post-processing rules; an empty guard changes nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Guard {
    /// Predictions below it are raised to it.
    pub floor: Option<f64>,
    /// Predictions above it are lowered to it.
    pub cap: Option<f64>,
    /// Predictions above this multiple of the rule estimate are lowered to it.
    pub rule_multiple: Option<f64>,
    /// Predictions below `band_low` or above `band_high` (either may be unset) are replaced by
    /// the fallback.
    pub band_low: Option<f64>,
    pub band_high: Option<f64>,
    pub fallback: Option<Fallback>,
}

/// Why a guard cannot be applied.
#[derive(Clone, Debug, PartialEq)]
pub enum GuardError {
    /// A limit is NaN or infinite, or the multiple is not positive.
    NotFinite,
    /// The floor is above the cap.
    FloorAboveCap,
    /// The band's low end is above its high end, or it has no fallback.
    BadBand,
    /// The rule multiple or the rule fallback needs a rule estimate column.
    NeedsRule,
    Rows(RegressionError),
}

impl fmt::Display for GuardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GuardError::NotFinite => write!(f, "a guard limit is not a finite number"),
            GuardError::FloorAboveCap => write!(f, "the floor is above the cap"),
            GuardError::BadBand => write!(f, "the band is inverted or has no fallback"),
            GuardError::NeedsRule => write!(f, "the guard needs a rule estimate column"),
            GuardError::Rows(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for GuardError {}

impl Guard {
    /// True when no part is set.
    pub fn is_empty(&self) -> bool {
        self.floor.is_none() && self.cap.is_none() && self.rule_multiple.is_none() && !self.has_band()
    }

    fn has_band(&self) -> bool {
        self.band_low.is_some() || self.band_high.is_some()
    }

    fn outside_band(&self, value: f64) -> bool {
        self.band_low.is_some_and(|low| value < low) || self.band_high.is_some_and(|high| value > high)
    }

    fn uses_rule(&self) -> bool {
        self.rule_multiple.is_some() || (self.has_band() && self.fallback == Some(Fallback::Rule))
    }

    fn validate(&self, has_rule: bool) -> Result<(), GuardError> {
        let limits = [self.floor, self.cap, self.rule_multiple, self.band_low, self.band_high];
        let fallback = match self.fallback {
            Some(Fallback::Value(v)) => Some(v),
            _ => None,
        };
        if limits.into_iter().chain([fallback]).flatten().any(|v| !v.is_finite())
            || self.rule_multiple.is_some_and(|m| m <= 0.0)
        {
            return Err(GuardError::NotFinite);
        }
        if let (Some(floor), Some(cap)) = (self.floor, self.cap) {
            if floor > cap {
                return Err(GuardError::FloorAboveCap);
            }
        }
        let inverted = matches!((self.band_low, self.band_high), (Some(low), Some(high)) if low > high);
        if self.has_band() && (inverted || self.fallback.is_none()) {
            return Err(GuardError::BadBand);
        }
        if self.uses_rule() && !has_rule {
            return Err(GuardError::NeedsRule);
        }
        Ok(())
    }

    /// One guarded prediction; `rule` is the row's rule estimate, when the file has one.
    fn one(&self, predicted: f64, rule: Option<f64>) -> f64 {
        let mut value = predicted;
        if let Some(fallback) = self.fallback.filter(|_| self.outside_band(value)) {
            value = match fallback {
                Fallback::Value(v) => v,
                Fallback::Rule => rule.unwrap_or(value),
            };
        }
        if let (Some(multiple), Some(rule)) = (self.rule_multiple, rule) {
            value = value.min(multiple * rule);
        }
        if let Some(floor) = self.floor {
            value = value.max(floor);
        }
        if let Some(cap) = self.cap {
            value = value.min(cap);
        }
        value
    }

    /// The guarded predictions. `rule`, when given, has one estimate per prediction.
    pub fn apply(&self, predicted: &[f64], rule: Option<&[f64]>) -> Result<Vec<f64>, GuardError> {
        self.validate(rule.is_some())?;
        if let Some(rule) = rule {
            if rule.len() != predicted.len() {
                return Err(GuardError::Rows(RegressionError::LengthMismatch {
                    actual: rule.len(),
                    predicted: predicted.len(),
                }));
            }
        }
        Ok(predicted.iter().enumerate().map(|(i, &p)| self.one(p, rule.map(|r| r[i]))).collect())
    }

    /// What the guard does to a file's errors.
    pub fn effect(
        &self,
        actual: &[f64],
        predicted: &[f64],
        rule: Option<&[f64]>,
        tolerance: Tolerance,
    ) -> Result<GuardEffect, GuardError> {
        let before = metrics(actual, predicted).map_err(GuardError::Rows)?;
        let guarded = self.apply(predicted, rule)?;
        let after = metrics(actual, &guarded).map_err(GuardError::Rows)?;
        Ok(GuardEffect {
            changed: predicted.iter().zip(&guarded).filter(|(p, g)| p != g).count(),
            before,
            after,
            within_before: share_within(actual, predicted, tolerance).unwrap_or(0.0),
            within_after: share_within(actual, &guarded, tolerance).unwrap_or(0.0),
        })
    }
}

/// A guard's effect on one file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GuardEffect {
    /// How many predictions the guard changed.
    pub changed: usize,
    pub before: RegressionMetrics,
    pub after: RegressionMetrics,
    /// Shares within the tolerance before and after.
    pub within_before: f64,
    pub within_after: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTUAL: [f64; 4] = [8_000.0, 12_000.0, 30_000.0, 9_000.0];
    const PREDICTED: [f64; 4] = [8_500.0, 100_000_000.0, 28_000.0, -400.0];
    const RULE: [f64; 4] = [7_800.0, 11_000.0, 31_000.0, 9_500.0];

    #[test]
    fn floor_and_cap_clamp_and_always_hold() {
        let guard = Guard { floor: Some(3_000.0), cap: Some(200_000.0), ..Guard::default() };
        assert_eq!(guard.apply(&PREDICTED, None).unwrap(), [8_500.0, 200_000.0, 28_000.0, 3_000.0]);
        let effect = guard.effect(&ACTUAL, &PREDICTED, None, Tolerance::Relative(0.1)).unwrap();
        assert_eq!(effect.changed, 2);
        assert!(effect.after.max_error < effect.before.max_error);
        assert_eq!(effect.within_before, 0.5);
    }

    #[test]
    fn rule_multiple_and_rule_fallback_use_the_row_estimate() {
        let multiple = Guard { rule_multiple: Some(2.0), ..Guard::default() };
        assert_eq!(multiple.apply(&PREDICTED, Some(&RULE)).unwrap()[1], 22_000.0);
        let band = Guard {
            band_low: Some(1_000.0),
            band_high: Some(1_000_000.0),
            fallback: Some(Fallback::Rule),
            ..Guard::default()
        };
        assert_eq!(band.apply(&PREDICTED, Some(&RULE)).unwrap(), [8_500.0, 11_000.0, 28_000.0, 9_500.0]);
        let fixed = Guard { band_low: Some(1_000.0), fallback: Some(Fallback::Value(10_000.0)), ..Guard::default() };
        assert_eq!(fixed.apply(&PREDICTED, None).unwrap()[3], 10_000.0);
    }

    #[test]
    fn bad_guards_are_errors() {
        let needs_rule = Guard { rule_multiple: Some(2.0), ..Guard::default() };
        assert_eq!(needs_rule.apply(&PREDICTED, None), Err(GuardError::NeedsRule));
        let inverted = Guard { floor: Some(5.0), cap: Some(1.0), ..Guard::default() };
        assert_eq!(inverted.apply(&PREDICTED, None), Err(GuardError::FloorAboveCap));
        let no_fallback = Guard { band_high: Some(1.0), ..Guard::default() };
        assert_eq!(no_fallback.apply(&PREDICTED, None), Err(GuardError::BadBand));
        let nan = Guard { cap: Some(f64::NAN), ..Guard::default() };
        assert_eq!(nan.apply(&PREDICTED, None), Err(GuardError::NotFinite));
        assert_eq!(
            Guard::default().apply(&PREDICTED, Some(&RULE[..2])),
            Err(GuardError::Rows(RegressionError::LengthMismatch { actual: 2, predicted: 4 }))
        );
        assert!(Guard::default().is_empty());
    }
}
