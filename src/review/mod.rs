//! Plan checks: the feasibility verdict and the plan review rules.

pub mod verdict;

pub use verdict::{question_text, verdict, Action, Question, Verdict, VerdictKind, VerdictRule, VERDICT_RULES};
