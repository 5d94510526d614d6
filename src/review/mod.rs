//! Plan checks: the feasibility verdict and the plan review rules. Plain data in, plain data out;
//! every text comes in English and Korean.
//!
//! - [`verdict()`] reads the feasibility step and answers "is ML the right tool?" with a
//!   [`Verdict`]: a [`VerdictKind`], the questions that caused it and the next [`Action`]s. Its rule
//!   table is documented in [`verdict`](mod@verdict).
//! - [`review()`] reads the whole plan and returns [`Finding`]s, ordered by step, then gravest first.
//!   Each finding names its rule, its [`Severity`], the [`Step`](crate::plan::Step) where the user
//!   fixes it, and renders its message with [`Finding::message`].
//!
//! # Review rule catalogue
//!
//! Severity means: **error**, the plan is not sound until it is fixed (a finished plan has none);
//! **warning**, a real gap; **info**, worth a look, fine in a draft. Rules that concern list entries
//! (objectives, sources, risks, metric links) report one finding naming all the entries, and
//! plan-level gaps report one finding per section rather than one per field, so a brand-new plan
//! gets about a dozen findings, not hundreds.
//!
//! | id | severity | step | fires when | why it matters |
//! |---|---|---|---|---|
//! | `problem_statement_empty` | error | problem | the problem statement is blank | every later step builds on the problem |
//! | `problem_value_missing` | warning | problem | no value is stated | a project is worth its value to the business, not its interest |
//! | `verdict_not_advisable` | error | feasibility | the feasibility verdict is "not advisable" | the plan's own answers say not to build ML |
//! | `feasibility_open` | warning | feasibility | a question is unanswered or "unsure" | open answers can still flip the verdict |
//! | `goal_missing` | error | goals | the goal is blank | objectives need a purpose to serve |
//! | `objectives_missing` | warning | goals | there are no objectives | a model trains on concrete objectives, not on a goal |
//! | `objective_without_metric` | warning | goals | an objective has no metric | nobody can tell whether it is met |
//! | `objective_without_label_scenario` | warning | goals | an objective has no label scenario | where labels come from shapes the whole data plan |
//! | `proxy_label_without_note` | info | goals | a proxy-label objective has no label note | proxies mislead in ways worth writing down |
//! | `strategy_missing` | info | goals | two or more objectives, no strategy | conflicting objectives need a decision on how they combine |
//! | `combined_loss_without_weights` | warning | goals | two or more objectives, combined loss, a weight missing | unweighted, the larger loss silently dominates |
//! | `separate_models_without_weights` | warning | goals | two or more objectives, separate models, a weight missing | the blend needs a weight per model |
//! | `weights_not_normalised` | info | goals | all weights given but their sum is off 1 by more than 0.01 | weights summing to 1 read as shares |
//! | `data_missing` | error | data | no source and no collection plan | a model learns only from data |
//! | `label_plan_missing` | warning | data | an objective is "no data" or "unlabelled", with no label note and no collection plan | labels do not appear by themselves |
//! | `source_privacy_unstated` | info | data | a source has no privacy note | personal data limits storage and external tools |
//! | `catastrophic_without_guards` | error | constraints | "catastrophic" is yes and no guard is written | one wild prediction must never reach people |
//! | `explain_all_without_interpretability` | warning | constraints | "explain every decision" is yes, interpretability blank | explanations need an audience and a form |
//! | `schedule_missing` | warning | constraints | the schedule is blank | a deadline separates now from later |
//! | `risk_register_empty` | warning | constraints | no risks listed | every ML project has risks |
//! | `risk_without_mitigation` | warning | constraints | a risk has no mitigation | a named risk without a response is not managed |
//! | `severe_risk_without_owner` | warning | constraints | likelihood 3 and impact 3 (of 3), no owner | the worst risks need someone watching |
//! | `threshold_without_costs` | warning | constraints | a threshold is set without both error costs | a threshold is justified by what each error costs |
//! | `baseline_missing` | error | baseline | no baseline kind, description or "compared with" | without one nothing shows the model is better |
//! | `rules_first_without_rule_baseline` | warning | baseline | verdict "rules first" but the baseline is not rule-based | the rule system is the bar to beat |
//! | `baseline_without_score` | warning | baseline | a baseline exists but has no score | "better" needs a number |
//! | `baseline_without_margin` | info | baseline | a score but no margin | decide up front how much better is worth deploying |
//! | `metric_links_missing` | warning | metrics | no metric links | the model must move a business number |
//! | `business_metric_unlinked` | warning | metrics | a business metric has no model metric | nothing the model does is known to move it |
//! | `monitoring_nothing_watched` | warning | monitoring | nothing is watched | drift goes unnoticed |
//! | `retrain_trigger_missing` | warning | monitoring | something is watched but no retraining trigger | watching needs a point where you act |
//! | `prediction_use_missing` | info | business | how predictions are used is blank | customer-facing and internal use tolerate errors differently |

pub mod rules;
mod texts;
pub mod verdict;

pub use rules::{review, rule, Detail, Finding, Item, ItemKind, Rule, Severity, RULES, WEIGHT_SUM_TOLERANCE};
pub use texts::ReviewMsg;
pub use verdict::{
    open_questions, question_text, unanswered, verdict, Action, Condition, Effect, Question, Verdict, VerdictKind,
    VerdictRule, VERDICT_RULES,
};
