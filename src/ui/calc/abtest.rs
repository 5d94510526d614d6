//! A/B test planner: users per variant and how long the test runs, from the plan's `abtest`.

use super::{num_field, section_lens, NumSpec, Unit};
use crate::calc::abtest::AbTestError;
use crate::i18n::{self, count, PageMsg};
use crate::plan::calc_inputs::{ab_plan, effective_abtest, AbField, AbInputError};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AbTestPlanner() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| effective_abtest(&p.abtest))));
    let result = Memo::new(move |_| section.get().map(|s| ab_plan(&s)));
    let relative = Memo::new(move |_| section.get().is_some_and(|s| s.mde_relative));
    let set_relative = move |rel: bool| {
        state.edit(move |p| {
            let mut s = effective_abtest(&p.abtest);
            s.mde_relative = rel;
            p.abtest = s;
        })
    };
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
    let answer = move || {
        let lang = state.lang.get();
        match result.get() {
            None => ().into_any(),
            Some(Ok(plan)) => view! {
                <div class="calc-answer" data-testid="ab-result">
                    <p class="calc-big">
                        <data data-testid="ab-sample-size" value=plan.per_variant.to_string()>{count(plan.per_variant)}</data>
                        " " <span>{state.t(PageMsg::CalcAbUsersPerVariant)}</span>
                    </p>
                    <p data-testid="ab-duration">{i18n::ab_test_length(lang, plan.per_variant, plan.total, plan.days, plan.duration)}</p>
                </div>
            }
            .into_any(),
            Some(Err(e)) => view! {
                <div class="notice error" role="alert" data-testid="ab-error">
                    <p>{state.t(error_msg(e))}</p>
                    <p class="hint">{state.t(PageMsg::CalcAbErrorSafe)}</p>
                </div>
            }
            .into_any(),
        }
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
                        prop:checked=move || !relative.get() on:change=move |_| set_relative(false)/>
                        {state.text(PageMsg::CalcAbAbsolute)}</label>
                    <label><input type="radio" name="ab-effect-kind" data-testid="ab-relative"
                        prop:checked=move || relative.get() on:change=move |_| set_relative(true)/>
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
            </div>
            <p class="hint">{state.text(PageMsg::CalcAbNote)}</p>
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
