//! Decision calculators, one file each. Plain Rust (std and serde only), tested natively against
//! outside references.
//!
//! - `threshold`: scores and labels in, confusion counts, curves and threshold decisions out; also a
//!   binormal teaching model that answers the same questions analytically.
//! - `abtest`: sample size per variant for a conversion-rate A/B test, and how long it will run.
//! - `tradeoff`: speed versus accuracy across candidate models under latency, load and budget.
//! - `blend`: ranking by a weighted blend of two objectives, and what moves when the weight changes.
//! - `regression`: error figures on own predictions and post-processing guards against
//!   catastrophic ones.
//! - `drift`: how far one period's values moved from a reference period's (KS test, PSI).
//! - `normal`: the normal distribution functions the others share.
//! - `axis`: nice ticks and ranges for the charts the calculators draw.
//!
//! The calculators know nothing of the plan; [`crate::plan::calc_inputs`] turns a plan's sections
//! into their inputs.

pub mod abtest;
pub mod axis;
pub mod blend;
pub mod columns;
pub mod drift;
pub mod normal;
pub mod regression;
pub mod threshold;
pub mod tradeoff;
