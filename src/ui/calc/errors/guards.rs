//! The guards section of the regression-error calculator: a floor, a cap, a multiple of the rule
//! estimate and a fallback outside a trusted range, their effect on the file's predictions at
//! once, and "write this guard into the plan's constraints".

use super::ValueFormat;
use crate::calc::columns::Role;
use crate::calc::regression::{Fallback, GuardEffect, GuardError, Tolerance};
use crate::i18n::{self, count, pct, PageMsg};
use crate::plan::calc_inputs::DEFAULT_RELATIVE_TOLERANCE;
use crate::plan::{ErrorsSection, GuardResult, Plan};
use crate::ui::calc::file_drop::result_table;
use crate::ui::calc::table_input::Loaded;
use crate::ui::calc::{add_line_once, num_field, NumLens, NumSpec, Unit};
use crate::ui::state::use_state;
use leptos::prelude::*;

const EFFECT_HEAD: [PageMsg; 3] = [PageMsg::CalcErrorsFigure, PageMsg::CalcErrorsWithout, PageMsg::CalcErrorsWithGuard];

fn guard_error_msg(e: &GuardError) -> PageMsg {
    match e {
        GuardError::NotFinite | GuardError::Rows(_) => PageMsg::CalcErrorsGuardNotFinite,
        GuardError::FloorAboveCap => PageMsg::CalcErrorsGuardFloorAboveCap,
        GuardError::BadBand => PageMsg::CalcErrorsGuardBadBand,
        GuardError::NeedsRule => PageMsg::CalcErrorsGuardNeedsRule,
    }
}

fn result_of(e: &GuardEffect) -> GuardResult {
    GuardResult {
        changed: e.changed as u64,
        rmse_before: e.before.rmse,
        rmse_after: e.after.rmse,
        max_before: e.before.max_error,
        max_after: e.after.max_error,
        within_before: e.within_before,
        within_after: e.within_after,
    }
}

/// The guard's sentence, with what it did when the figures are known, for the Constraints step.
fn constraints_sentence(plan: &Plan, lang: crate::i18n::Lang, format: ValueFormat) -> Option<String> {
    let e = &plan.errors;
    let guard = i18n::guard_text(lang, &e.guard, |v| format.text(v))?;
    let effect = e
        .guard_result
        .as_ref()
        .zip(e.result.as_ref())
        .map(|(g, r)| i18n::guard_effect_text(lang, r.rows, g, |v| format.text(v)));
    Some(effect.map_or(guard.clone(), |effect| format!("{guard} {effect}")))
}

/// A number field over one part of the guard, in the file's unit.
fn guard_field(id: &'static str, label: PageMsg, money: bool, lens: NumLens) -> impl IntoView {
    guard_field_with(id, id, label, money, lens)
}

/// As [`guard_field`], with a test id of its own (the cap's, which outside checks name).
fn guard_field_with(
    id: &'static str,
    testid: &'static str,
    label: PageMsg,
    money: bool,
    lens: NumLens,
) -> impl IntoView {
    let spec = NumSpec::new(id, label).testid(testid);
    num_field(if money { spec.unit(Unit::Money) } else { spec }, lens)
}

pub(super) fn guards_section(
    loaded: RwSignal<Option<Loaded>>,
    section: Memo<ErrorsSection>,
    tolerance: Memo<Option<Tolerance>>,
    format: Memo<ValueFormat>,
) -> impl IntoView {
    let state = use_state();
    let guard = Memo::new(move |_| section.with(|s| s.guard));
    let effect = Memo::new(move |_| {
        let guard = guard.get();
        let loaded = loaded.get()?;
        let (actual, predicted) = (loaded.table.values(Role::Actual), loaded.table.values(Role::Predicted));
        let rule = Some(loaded.table.values(Role::Rule)).filter(|r| !r.is_empty());
        let t = tolerance.get().unwrap_or(Tolerance::Relative(DEFAULT_RELATIVE_TOLERANCE));
        (!guard.is_empty()).then(|| guard.effect(actual, predicted, rule, t))
    });
    // The plan keeps what the guard did to the file in view, for the report and the sentence.
    Effect::new(move |_| {
        let kept = match effect.get() {
            Some(Ok(e)) => Some(result_of(&e)),
            Some(Err(_)) => None,
            None if loaded.with(Option::is_some) => None,
            None => return,
        };
        if section.with_untracked(|s| s.guard_result != kept) {
            state.edit(move |p| p.errors.guard_result = kept);
        }
    });
    // A guard wrong in itself is said at once, rows or not; one that needs rows waits for them.
    let problem = Memo::new(move |_| match effect.get() {
        Some(Err(e)) => Some(e),
        _ => guard.get().apply(&[], Some(&[])).err(),
    });
    let fallback_kind = RwSignal::new(match guard.get_untracked().fallback {
        None => "none",
        Some(Fallback::Value(_)) => "value",
        Some(Fallback::Rule) => "rule",
    });
    let set_fallback = move |kind: String| {
        let kind = match kind.as_str() {
            "value" => "value",
            "rule" => "rule",
            _ => "none",
        };
        fallback_kind.set(kind);
        state.edit(move |p| {
            p.errors.guard.fallback = match kind {
                "rule" => Some(Fallback::Rule),
                "value" => p.errors.guard.fallback.filter(|f| matches!(f, Fallback::Value(_))),
                _ => None,
            }
        });
    };
    let saved = RwSignal::new(false);
    let save = move |_| {
        let lang = state.lang.get_untracked();
        let format = format.get_untracked();
        state.edit(move |p| {
            if let Some(sentence) = constraints_sentence(p, lang, format) {
                add_line_once(&mut p.constraints.guards, &sentence);
            }
        });
        saved.set(true);
    };
    let fields = move || {
        let money = format.get().money;
        view! {
            {guard_field("errors-guard-floor", PageMsg::CalcErrorsGuardFloor, money,
                NumLens { read: |p| p.errors.guard.floor, write: |p, v| p.errors.guard.floor = v })}
            {guard_field_with("errors-guard-cap", "guard-max", PageMsg::CalcErrorsGuardCap, money,
                NumLens { read: |p| p.errors.guard.cap, write: |p, v| p.errors.guard.cap = v })}
            {num_field(NumSpec::new("errors-guard-rule", PageMsg::CalcErrorsGuardRule).min(0.0).testid("errors-guard-rule"),
                NumLens { read: |p| p.errors.guard.rule_multiple, write: |p, v| p.errors.guard.rule_multiple = v })}
            {guard_field("errors-guard-band-low", PageMsg::CalcErrorsGuardBandLow, money,
                NumLens { read: |p| p.errors.guard.band_low, write: |p, v| p.errors.guard.band_low = v })}
            {guard_field("errors-guard-band-high", PageMsg::CalcErrorsGuardBandHigh, money,
                NumLens { read: |p| p.errors.guard.band_high, write: |p, v| p.errors.guard.band_high = v })}
        }
    };
    let fallback_value = move || {
        let money = format.get().money;
        (fallback_kind.get() == "value").then(|| {
            guard_field(
                "errors-guard-fallback-value",
                PageMsg::CalcErrorsFallbackAmount,
                money,
                NumLens {
                    read: |p| match p.errors.guard.fallback {
                        Some(Fallback::Value(v)) => Some(v),
                        _ => None,
                    },
                    write: |p, v| p.errors.guard.fallback = v.map(Fallback::Value),
                },
            )
        })
    };
    let effect_view = move || {
        let lang = state.lang.get();
        let f = format.get();
        match effect.get() {
            Some(Ok(e)) => {
                let row = |label: PageMsg, before: String, after: String, id: &'static str| {
                    view! {
                        <tr>
                            <th scope="row">{lang.t(label)}</th>
                            <td>{before}</td>
                            <td data-testid=id>{after}</td>
                        </tr>
                    }
                };
                let body = view! {
                    {row(PageMsg::CalcErrorsChanged, count(0), count(e.changed as u64), "errors-guard-changed")}
                    {row(PageMsg::CalcErrorsMax, f.text(e.before.max_error), f.text(e.after.max_error), "errors-guard-max")}
                    {row(PageMsg::CalcErrorsRmse, f.text(e.before.rmse), f.text(e.after.rmse), "errors-guard-rmse")}
                    {row(PageMsg::CalcErrorsWithin, pct(e.within_before), pct(e.within_after), "errors-guard-within")}
                };
                view! {
                    <div data-testid="guard-effect" data-max-error-before=e.before.max_error.to_string()
                        data-max-error-after=e.after.max_error.to_string()>
                        {result_table("errors-guard-effect", PageMsg::CalcErrorsGuardEffect, &EFFECT_HEAD, body)}
                    </div>
                }
                .into_any()
            }
            None if !guard.get().is_empty() && problem.get().is_none() => {
                view! { <p class="hint" data-testid="errors-guard-no-rows">{lang.t(PageMsg::CalcErrorsGuardNoRows)}</p> }.into_any()
            }
            _ => ().into_any(),
        }
    };
    view! {
        <section class="calc-guards" aria-labelledby="errors-guards-heading" data-testid="errors-guards">
            <h2 id="errors-guards-heading">{state.text(PageMsg::CalcErrorsGuardsHeading)}</h2>
            <p class="hint">{state.text(PageMsg::CalcErrorsGuardsIntro)}</p>
            <div class="calc-inputs">
                {fields}
                <div class="field">
                    <label for="errors-guard-fallback">{state.text(PageMsg::CalcErrorsGuardFallback)}</label>
                    <select id="errors-guard-fallback" data-testid="errors-guard-fallback"
                        on:change=move |ev| set_fallback(event_target_value(&ev))>
                        <option value="none" selected=move || fallback_kind.get() == "none">{state.text(PageMsg::CalcErrorsFallbackNone)}</option>
                        <option value="value" selected=move || fallback_kind.get() == "value">{state.text(PageMsg::CalcErrorsFallbackValue)}</option>
                        <option value="rule" selected=move || fallback_kind.get() == "rule">{state.text(PageMsg::CalcErrorsFallbackRule)}</option>
                    </select>
                </div>
                {fallback_value}
            </div>
            {move || problem.get().map(|e| view! {
                <p class="notice error" role="alert" data-testid="errors-guard-error">{state.t(guard_error_msg(&e))}</p>
            })}
            {effect_view}
            {move || (!guard.get().is_empty() && problem.get().is_none()).then(|| view! {
                <p>
                    <button type="button" data-testid="errors-guard-save" on:click=save>{state.text(PageMsg::CalcErrorsGuardSave)}</button>
                </p>
            })}
            {move || saved.get().then(|| view! {
                <p class="notice" role="status" data-testid="errors-guard-saved">{state.t(PageMsg::CalcErrorsGuardSaved)}</p>
            })}
        </section>
    }
}
