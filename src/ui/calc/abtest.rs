//! A/B test planner: users per variant by a named formula, the power that size has under the
//! others, how many whole weeks the test runs, the smallest effect the traffic detects, and the
//! sample-ratio check of a running test; all from the plan's `abtest`.

use super::{num_field, num_field_with, section_lens, NumSpec, Unit};
use crate::calc::abtest::{self, AbTestError, Correction, Formula, Method, LONG_TEST_WEEKS};
use crate::i18n::{self, count, pct, Lang, PageMsg};
use crate::plan::calc_inputs::{
    ab_inputs, ab_plan, ab_variants, detect_weeks, effective_abtest, srm, srm_arms, AbField, AbInputError, AbInputs,
    MAX_VARIANTS,
};
use crate::plan::{AbTestSection, Plan, Step};
use crate::route::Page;
use crate::ui::fields::{keep_one_line, one_line};
use crate::ui::state::use_state;
use crate::ui::step_nav::page_href;
use leptos::prelude::*;

/// A test longer than this is not worth planning: the page says the effect is too small to
/// detect, and what the traffic can detect instead.
const ABSURD_WEEKS: u64 = 52;

const FORMULAS: [(Formula, &str, PageMsg); 3] = [
    (Formula::EvanMiller, "evan_miller", PageMsg::CalcAbFormulaMiller),
    (Formula::Pooled, "pooled", PageMsg::CalcAbFormulaPooled),
    (Formula::Unpooled, "unpooled", PageMsg::CalcAbFormulaUnpooled),
];

/// Changes the effective section (the example copied in on the first edit).
fn edit_abtest(change: impl FnOnce(&mut AbTestSection) + 'static) {
    use_state().edit(move |p| {
        let mut s = effective_abtest(&p.abtest);
        change(&mut s);
        p.abtest = s;
    });
}

/// The smallest lift the traffic detects in the chosen weeks, or `None` when no lift is.
fn detectable(i: &AbInputs, weeks: f64) -> Option<f64> {
    abtest::detectable_effect(i.method, i.baseline, i.alpha, i.power, i.per_variant_in(weeks)).ok()
}

#[component]
pub fn AbTestPlanner() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| effective_abtest(&p.abtest))));
    let result = Memo::new(move |_| section.get().map(|s| ab_plan(&s)));
    let inputs = Memo::new(move |_| section.get().and_then(|s| ab_inputs(&s).ok()));
    let weeks = Memo::new(move |_| {
        section.with(|s| s.as_ref().map_or(crate::plan::calc_inputs::DEFAULT_DETECT_WEEKS, detect_weeks))
    });
    let relative = Memo::new(move |_| section.get().is_some_and(|s| s.mde_relative));
    let correction = Memo::new(move |_| section.get().map(|s| s.correction).unwrap_or_default());
    let one_sided = Memo::new(move |_| section.get().is_some_and(|s| s.one_sided));
    let variants = Memo::new(move |_| section.with(|s| s.as_ref().map_or(2, ab_variants)));
    // Variants, correction, sides and the level per comparison, when they differ from the plain test.
    let design = Memo::new(move |_| {
        let i = inputs.get()?;
        (i.variants > 2 || i.one_sided).then(|| (i.variants, correction.get(), i.one_sided, i.comparison_level()))
    });
    let method = Memo::new(move |_| {
        section.get().map(|s| Method { formula: s.formula, continuity: s.continuity }).unwrap_or_default()
    });
    let effect_field = move || {
        if relative.get() {
            num_field(
                NumSpec::new("ab-mde", PageMsg::CalcAbEffectRelative).percent().step("any"),
                section_lens!(abtest, effective_abtest, mde),
            )
            .into_any()
        } else {
            num_field(
                NumSpec::new("ab-mde", PageMsg::CalcAbEffectAbsolute).percent().unit(Unit::Points).step("any"),
                section_lens!(abtest, effective_abtest, mde),
            )
            .into_any()
        }
    };
    let too_small = move |lang: Lang| {
        let i = inputs.get()?;
        let w = weeks.get();
        Some(view! { <p data-testid="ab-too-small">{i18n::ab_too_small(lang, w, detectable(&i, w), i.baseline)}</p> })
    };
    let answer = move || {
        let lang = state.lang.get();
        match result.get() {
            None => ().into_any(),
            Some(Ok(plan)) if plan.weeks > ABSURD_WEEKS => {
                view! { <div class="calc-answer" data-testid="ab-result">{too_small(lang)}</div> }.into_any()
            }
            Some(Ok(plan)) => view! {
                <div class="calc-answer" data-testid="ab-result">
                    <p class="calc-big">
                        <data data-testid="ab-sample-size" value=plan.per_variant.to_string()>{count(plan.per_variant)}</data>
                        " " <span>{state.t(PageMsg::CalcAbUsersPerVariant)}</span>
                    </p>
                    <p data-testid="ab-users">{i18n::ab_users(lang, plan.per_variant, plan.total, plan.variants, method.get())}</p>
                    {design.get().map(|d| view! { <p data-testid="ab-level">{i18n::ab_level(lang, d.0, d.1, d.2, d.3)}</p> })}
                    <p data-testid="ab-duration">{i18n::ab_weeks(lang, plan.weeks, plan.days)}</p>
                    {(plan.weeks > LONG_TEST_WEEKS).then(|| view! {
                        <p class="notice warn" data-testid="ab-long">{i18n::ab_long(lang, plan.weeks)}</p>
                    })}
                </div>
            }
            .into_any(),
            Some(Err(AbInputError::Invalid(AbTestError::TooLarge))) => {
                view! { <div class="calc-answer" data-testid="ab-result">{too_small(lang)}</div> }.into_any()
            }
            Some(Err(e)) => view! {
                <div class="notice error" role="alert" data-testid="ab-error">
                    <p>{state.t(error_msg(e))}</p>
                    <p class="hint">{state.t(PageMsg::CalcAbErrorSafe)}</p>
                </div>
            }
            .into_any(),
        }
    };
    let from_traffic = move || {
        let lang = state.lang.get();
        let i = inputs.get()?;
        let w = weeks.get();
        let text = match detectable(&i, w) {
            Some(effect) => i18n::ab_detectable(lang, w, i.per_variant_in(w), effect, i.baseline),
            None => i18n::ab_too_small(lang, w, None, i.baseline),
        };
        Some(view! { <p data-testid="ab-mde-from-traffic">{text}</p> })
    };
    let others = move || {
        let lang = state.lang.get();
        let (Some(i), Some(Ok(plan))) = (inputs.get(), result.get()) else { return ().into_any() };
        let rows = Method::all()
            .filter(|m| *m != i.method)
            .map(|m| {
                let power = abtest::power_at(m, i.baseline, i.effect, i.alpha, plan.per_variant as f64).ok();
                view! {
                    <tr>
                        <th scope="row">{i18n::formula_name(lang, m)}</th>
                        <td class="num">{power.map(pct).unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2>{state.text(PageMsg::CalcAbOthersHeading)}</h2>
            <p class="hint">{state.text(PageMsg::CalcAbOthersHint)}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label=state.text(PageMsg::CalcAbOthersHeading)>
                <table class="calc-table" data-testid="ab-power-others">
                    <thead><tr>
                        <th scope="col">{state.text(PageMsg::CalcAbFormula)}</th>
                        <th scope="col">{state.text(PageMsg::CalcAbPowerCol)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="calc calc-ab" data-testid="abtest-calculator">
            <div class="calc-answer-region" aria-live="polite">{answer}</div>
            <div class="calc-grid">
                {num_field(NumSpec::new("ab-baseline", PageMsg::CalcAbBaseline).percent().range(0.0, 1.0),
                    section_lens!(abtest, effective_abtest, baseline_rate))}
                <fieldset class="calc-choice">
                    <legend>{state.text(PageMsg::CalcAbEffectKind)}</legend>
                    <label><input type="radio" name="ab-effect-kind" data-testid="ab-absolute"
                        prop:checked=move || !relative.get() on:change=move |_| edit_abtest(|s| s.mde_relative = false)/>
                        {state.text(PageMsg::CalcAbAbsolute)}</label>
                    <label><input type="radio" name="ab-effect-kind" data-testid="ab-relative"
                        prop:checked=move || relative.get() on:change=move |_| edit_abtest(|s| s.mde_relative = true)/>
                        {state.text(PageMsg::CalcAbRelative)}</label>
                </fieldset>
                {effect_field}
                {num_field(NumSpec::new("ab-alpha", PageMsg::CalcAbAlpha).range(0.0, 1.0).step("0.01"),
                    section_lens!(abtest, effective_abtest, alpha))}
                {num_field(NumSpec::new("ab-power", PageMsg::CalcAbPower).range(0.0, 1.0).step("0.01"),
                    section_lens!(abtest, effective_abtest, power))}
                {num_field(NumSpec::new("ab-traffic", PageMsg::CalcAbTraffic).unit(Unit::PerDay).min(0.0).step("1"),
                    section_lens!(abtest, effective_abtest, daily_traffic))}
                {num_field(NumSpec::new("ab-share", PageMsg::CalcAbShare).percent().range(0.0, 1.0),
                    section_lens!(abtest, effective_abtest, share_in_test))}
                <div class="field">
                    <label for="ab-formula">{state.text(PageMsg::CalcAbFormula)}</label>
                    <select id="ab-formula" data-testid="ab-formula" on:change=move |ev| {
                        let key = event_target_value(&ev);
                        if let Some((formula, _, _)) = FORMULAS.iter().find(|(_, k, _)| *k == key) {
                            let formula = *formula;
                            edit_abtest(move |s| s.formula = formula);
                        }
                    }>
                        {FORMULAS.map(|(formula, key, label)| view! {
                            <option value=key selected=move || method.get().formula == formula>{state.text(label)}</option>
                        })}
                    </select>
                    <label class="check">
                        <input type="checkbox" id="ab-continuity" data-testid="ab-continuity"
                            prop:checked=move || method.get().continuity
                            on:change=move |ev| { let on = event_target_checked(&ev); edit_abtest(move |s| s.continuity = on) }/>
                        {state.text(PageMsg::CalcAbContinuity)}
                    </label>
                    <label class="check">
                        <input type="checkbox" id="ab-one-sided" data-testid="ab-one-sided"
                            prop:checked=move || one_sided.get()
                            on:change=move |ev| { let on = event_target_checked(&ev); edit_abtest(move |s| s.one_sided = on) }/>
                        {state.text(PageMsg::CalcAbOneSided)}
                    </label>
                </div>
                {num_field(NumSpec::new("ab-variants", PageMsg::CalcAbVariants).range(2.0, f64::from(MAX_VARIANTS)).step("1"),
                    section_lens!(abtest, effective_abtest, variants))}
                {move || (variants.get() > 2).then(|| view! {
                    <div class="field">
                        <label for="ab-correction">{state.text(PageMsg::CalcAbCorrection)}</label>
                        <select id="ab-correction" data-testid="ab-correction" on:change=move |ev| {
                            let sidak = event_target_value(&ev) == "sidak";
                            edit_abtest(move |s| s.correction = if sidak { Correction::Sidak } else { Correction::Bonferroni });
                        }>
                            <option value="bonferroni" selected=move || correction.get() == Correction::Bonferroni>"Bonferroni"</option>
                            <option value="sidak" selected=move || correction.get() == Correction::Sidak>"Šidák"</option>
                        </select>
                    </div>
                })}
            </div>
            <p class="hint">{state.text(PageMsg::CalcAbNote)}</p>
            <div class="calc-grid">
                {num_field(NumSpec::new("ab-weeks", PageMsg::CalcAbWeeks).unit(Unit::Weeks).range(1.0, 104.0).step("1"),
                    crate::ui::calc::NumLens {
                        read: |p| Some(detect_weeks(&effective_abtest(&p.abtest))),
                        write: |p, v| {
                            let mut s = effective_abtest(&p.abtest);
                            s.detect_weeks = v;
                            p.abtest = s;
                        },
                    })}
            </div>
            <div aria-live="polite">{from_traffic}</div>
            {others}
            <Guidance/>
            <SampleRatioCheck/>
        </section>
    }
}

/// What to settle before the test starts: no peeking, a guardrail metric, and the business
/// metric the test's metric should move (the plan's ties on the metrics step).
#[component]
fn Guidance() -> impl IntoView {
    let state = use_state();
    let guardrail =
        Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| p.abtest.guardrail.clone()).unwrap_or_default()));
    let ties = move || {
        if state.on_scratch() {
            return ().into_any();
        }
        let lang = state.lang.get();
        let links = state.plan.with(|p| p.as_ref().map(|p| p.metrics.links.clone()).unwrap_or_default());
        let filled: Vec<_> = links
            .iter()
            .filter(|l| !(l.model_metric.trim().is_empty() && l.business_metric.trim().is_empty()))
            .collect();
        let lead = if filled.is_empty() { PageMsg::CalcAbNoBusinessLinks } else { PageMsg::CalcAbBusinessLinks };
        let items = filled
            .into_iter()
            .map(|l| view! { <li>{i18n::metric_tie(lang, &l.model_metric, &l.business_metric)}</li> })
            .collect_view();
        view! {
            <p data-testid="ab-business-ties">{state.t(lead)}</p>
            <ul class="ties">{items}</ul>
            <p><a href=move || page_href(Page::Step(Step::Metrics))>{state.text(PageMsg::CalcAbToMetrics)}</a></p>
        }
        .into_any()
    };
    view! {
        <section class="ab-guidance" data-testid="ab-guidance">
            <h2>{state.text(PageMsg::CalcAbGuideHeading)}</h2>
            <p data-testid="ab-peeking">{state.text(PageMsg::CalcAbPeeking)}</p>
            <div class="field">
                <label for="ab-guardrail">{state.text(PageMsg::CalcAbGuardrail)}</label>
                <p class="hint" id="ab-guardrail-hint">{state.text(PageMsg::CalcAbGuardrailHint)}</p>
                <textarea id="ab-guardrail" data-testid="ab-guardrail" class="one-line" rows="1" aria-describedby="ab-guardrail-hint"
                    prop:value=move || guardrail.get()
                    on:keydown=move |ev| keep_one_line(&ev)
                    on:input=move |ev| {
                        let text = one_line(event_target_value(&ev));
                        edit_abtest(move |s| s.guardrail = text);
                    }></textarea>
            </div>
            {ties}
        </section>
    }
}

/// The arms of the sample-ratio check, written back whole so every arm keeps its place.
fn set_arm(p: &mut Plan, index: usize, count: Option<Option<f64>>, share: Option<Option<f64>>) {
    let mut s = effective_abtest(&p.abtest);
    let arms = srm_arms(&s);
    s.srm_counts = arms.iter().map(|a| a.0).collect();
    s.srm_shares = arms.iter().map(|a| a.1).collect();
    if let Some(c) = count {
        s.srm_counts[index] = c;
    }
    if let Some(sh) = share {
        s.srm_shares[index] = sh;
    }
    p.abtest = s;
}

/// Counts seen in each arm against the planned shares: the chi-square check of the split.
#[component]
fn SampleRatioCheck() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| effective_abtest(&p.abtest))));
    let arms = Memo::new(move |_| section.with(|s| s.as_ref().map_or(2, |s| srm_arms(s).len())));
    let check = Memo::new(move |_| section.with(|s| s.as_ref().map(srm)));
    let add_arm = move |_| {
        edit_abtest(|s| {
            let mut arms = srm_arms(s);
            let even = arms.windows(2).all(|w| w[0].1 == w[1].1);
            arms.push((None, None));
            let share = 1.0 / arms.len() as f64;
            s.srm_counts = arms.iter().map(|a| a.0).collect();
            s.srm_shares = arms.iter().map(|a| if even { Some(share) } else { a.1 }).collect();
        })
    };
    let rows = move || {
        (0..arms.get())
            .map(|i| {
                view! {
                    <tr>
                        <th scope="row">{move || format!("{} {}", state.t(PageMsg::CalcAbSrmArm), i + 1)}</th>
                        <td>{num_field_with(format!("srm-count-{i}"), NumSpec::new("", PageMsg::CalcAbSrmCount).min(0.0).step("1").testid("srm-count"),
                            move |p| srm_arms(&effective_abtest(&p.abtest)).get(i).and_then(|a| a.0),
                            move |p, v| set_arm(p, i, Some(v), None))}</td>
                        <td>{num_field_with(format!("srm-share-{i}"), NumSpec::new("", PageMsg::CalcAbSrmShare).min(0.0).testid("srm-share"),
                            move |p| srm_arms(&effective_abtest(&p.abtest)).get(i).and_then(|a| a.1),
                            move |p, v| set_arm(p, i, None, Some(v)))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let result = move || {
        let lang = state.lang.get();
        match check.get() {
            Some(Ok(c)) => view! {
                <p data-testid="srm-result" data-mismatch=c.mismatch.to_string() class:notice=c.mismatch class:error=c.mismatch>
                    {i18n::srm_result(lang, &c)}
                </p>
            }
            .into_any(),
            Some(Err(problem)) => view! { <p class="hint" data-testid="srm-problem">{i18n::srm_problem(lang, problem)}</p> }.into_any(),
            None => ().into_any(),
        }
    };
    view! {
        <section class="srm" data-testid="srm-check">
            <h2 id="srm-heading">{state.text(PageMsg::CalcAbSrmHeading)}</h2>
            <p class="hint">{state.text(PageMsg::CalcAbSrmHint)}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="srm-heading">
                <table class="calc-table srm-arms">
                    <thead><tr>
                        <th scope="col">{state.text(PageMsg::CalcAbSrmArm)}</th>
                        <th scope="col">{state.text(PageMsg::CalcAbSrmCount)}</th>
                        <th scope="col">{state.text(PageMsg::CalcAbSrmShare)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button type="button" data-testid="srm-add-arm" on:click=add_arm>{state.text(PageMsg::CalcAbSrmAddArm)}</button>
            <div aria-live="polite">{result}</div>
        </section>
    }
}

fn error_msg(e: AbInputError) -> PageMsg {
    match e {
        AbInputError::Missing(field) => match field {
            AbField::Baseline => PageMsg::CalcAbMissingBaseline,
            AbField::Effect => PageMsg::CalcAbMissingEffect,
            AbField::Alpha => PageMsg::CalcAbMissingAlpha,
            AbField::Power => PageMsg::CalcAbMissingPower,
            AbField::Traffic => PageMsg::CalcAbMissingTraffic,
            AbField::Share => PageMsg::CalcAbErrShare,
        },
        AbInputError::Invalid(e) => match e {
            AbTestError::BaselineOutOfRange => PageMsg::CalcAbErrBaseline,
            AbTestError::EffectNotUsable => PageMsg::CalcAbErrEffect,
            AbTestError::TargetOutOfRange => PageMsg::CalcAbErrTarget,
            AbTestError::AlphaOutOfRange => PageMsg::CalcAbErrAlpha,
            AbTestError::PowerOutOfRange => PageMsg::CalcAbErrPower,
            AbTestError::TrafficNotPositive => PageMsg::CalcAbErrTraffic,
            AbTestError::ShareOutOfRange => PageMsg::CalcAbErrShare,
            AbTestError::TooFewVariants | AbTestError::TooLarge => PageMsg::CalcAbErrTooLarge,
            AbTestError::TooFewCases => PageMsg::CalcAbErrCases,
            AbTestError::SdNotPositive => PageMsg::CalcAbErrSd,
        },
    }
}
