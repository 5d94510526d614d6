//! The decision calculators, one file each, usable inside their lifecycle step and on a page of
//! their own. Each reads and writes the open plan through `use_state()`; the maths is in
//! `crate::calc`, the texts and number wording in `crate::i18n`, and this module only holds what
//! the four share: number fields, "not defined" figures and the page frame.

mod abtest;
mod blend;
mod chart;
mod drift;
mod errors;
mod file_drop;
mod scratch;
mod table_input;
mod threshold;
mod tradeoff;

pub use abtest::AbTestPlanner;
pub use blend::BlendCalculator;
pub use drift::DriftCheck;
pub use errors::ErrorsCalculator;
pub use scratch::ScratchCalcPage;
pub use threshold::ThresholdCalculator;
pub use tradeoff::TradeoffCalculator;

use crate::i18n::{self, Lang, PageMsg};
use crate::plan::{Currency, Plan};
use crate::route::{Page, Tool};
use crate::ui::codec_gate::load;
use crate::ui::deferred::{deferred, Body};
use crate::ui::state::use_state;
use crate::ui::step_nav::page_href;
use leptos::html;
use leptos::prelude::*;
#[cfg(mlplan_split)]
use leptos::wasm_split::wasm_split;

/// A calculator opened inside a step page, loaded with the `tools` chunk. Here rather than in
/// [`super::chunks`], which holds the step bodies that embed it.
#[component]
pub fn InlineCalculator(tool: Tool) -> impl IntoView {
    deferred(move || async move { load!(inline_calc_body(tool)) })
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn inline_calc_body(tool: Tool) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || calculator(tool)))
}

/// The calculator itself, for its own page and for its place inside a lifecycle step.
pub fn calculator(tool: Tool) -> AnyView {
    match tool {
        Tool::Threshold => view! { <ThresholdCalculator/> }.into_any(),
        Tool::Tradeoff => view! { <TradeoffCalculator/> }.into_any(),
        Tool::Blend => view! { <BlendCalculator/> }.into_any(),
        Tool::AbTest => view! { <AbTestPlanner/> }.into_any(),
        Tool::Errors => view! { <ErrorsCalculator/> }.into_any(),
        Tool::Drift => view! { <DriftCheck/> }.into_any(),
    }
}

/// A calculator on a page of its own: heading, what it answers, the calculator, and the way back
/// to the lifecycle step it belongs to.
#[component]
pub fn CalcPage(tool: Tool) -> impl IntoView {
    let state = use_state();
    let step = tool.step();
    view! {
        {calc_head(tool, None)}
        {calculator(tool)}
        <p class="calc-back">
            <a href=move || page_href(Page::Step(step)) data-testid="calc-back">
                {move || i18n::back_to_step(state.lang.get(), state.t(i18n::step_name(step)))}
            </a>
        </p>
    }
}

/// Adds `line` to a plan's text on a line of its own, unless the text already holds it: what a
/// calculator writes into a step ("write this guard into the constraints") is never doubled.
pub(crate) fn add_line_once(text: &mut String, line: &str) {
    if text.contains(line) {
        return;
    }
    if !text.trim().is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

/// A calculator page's heading and what the calculator answers, with an extra note under them.
fn calc_head(tool: Tool, note: Option<AnyView>) -> impl IntoView {
    let state = use_state();
    let (title, intro) = match tool {
        Tool::Threshold => (PageMsg::CalcThresholdTitle, PageMsg::CalcThresholdIntro),
        Tool::Tradeoff => (PageMsg::CalcTradeoffTitle, PageMsg::CalcTradeoffIntro),
        Tool::Blend => (PageMsg::CalcBlendTitle, PageMsg::CalcBlendIntro),
        Tool::AbTest => (PageMsg::CalcAbTitle, PageMsg::CalcAbIntro),
        Tool::Errors => (PageMsg::CalcErrorsTitle, PageMsg::CalcErrorsIntro),
        Tool::Drift => (PageMsg::CalcDriftTitle, PageMsg::CalcDriftIntro),
    };
    view! {
        <header class="step-head">
            <p class="step-pos">{state.text(PageMsg::Calculators)}</p>
            <h1 id="page-heading">{state.text(title)}</h1>
            <p class="guide">{state.text(intro)}</p>
            {note}
        </header>
    }
}

// ---------------------------------------------------------------------------------------------------
// Number wording
// ---------------------------------------------------------------------------------------------------

/// A value for an `<input type=number>`: no separators, float noise rounded away.
fn input_text(value: f64) -> String {
    let rounded = (value * 1e9).round() / 1e9;
    let text = format!("{rounded}");
    if text == "-0" {
        "0".to_string()
    } else {
        text
    }
}

/// "not defined" in the user's language, for a figure whose denominator is zero.
pub(crate) fn undefined(lang: Lang) -> &'static str {
    lang.t(PageMsg::CalcUndefined)
}

pub(crate) fn opt(lang: Lang, value: Option<f64>, f: impl Fn(f64) -> String) -> String {
    value.filter(|v| v.is_finite()).map(f).unwrap_or_else(|| undefined(lang).to_string())
}

// ---------------------------------------------------------------------------------------------------
// Number fields
// ---------------------------------------------------------------------------------------------------

/// The unit written after a number field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Percent,
    Points,
    Ms,
    Qps,
    Mb,
    PerDay,
    /// The plan's currency symbol (none when the plan has no currency).
    Money,
    Weeks,
}

impl Unit {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            // Symbols, the same in every language.
            Unit::Percent => "%",
            Unit::Ms => "ms",
            Unit::Mb => "MB",
            Unit::Points => lang.t(PageMsg::UnitPoints),
            Unit::Qps => lang.t(PageMsg::UnitQps),
            Unit::PerDay => lang.t(PageMsg::UnitPerDay),
            Unit::Money => "",
            Unit::Weeks => lang.t(PageMsg::CalcAbWeeksUnit),
        }
    }
}

/// Where an optional number lives in the plan: how to read it and how to change it.
#[derive(Clone, Copy)]
pub(crate) struct NumLens {
    pub read: fn(&Plan) -> Option<f64>,
    pub write: fn(&mut Plan, Option<f64>),
}

/// How a number field looks: its id, label, unit word, and the scale between what is typed and
/// what is stored (100 for a percentage stored as a share).
#[derive(Clone, Copy)]
pub(crate) struct NumSpec {
    pub id: &'static str,
    pub label: PageMsg,
    pub unit: Option<Unit>,
    pub scale: f64,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub step: &'static str,
    pub testid: Option<&'static str>,
}

impl NumSpec {
    pub const fn new(id: &'static str, label: PageMsg) -> Self {
        NumSpec { id, label, unit: None, scale: 1.0, min: None, max: None, step: "any", testid: None }
    }
    pub const fn unit(mut self, unit: Unit) -> Self {
        self.unit = Some(unit);
        self
    }
    pub const fn percent(mut self) -> Self {
        self.scale = 100.0;
        self.unit = Some(Unit::Percent);
        self
    }
    pub const fn range(mut self, min: f64, max: f64) -> Self {
        self.min = Some(min);
        self.max = Some(max);
        self
    }
    pub const fn min(mut self, min: f64) -> Self {
        self.min = Some(min);
        self
    }
    pub const fn testid(mut self, testid: &'static str) -> Self {
        self.testid = Some(testid);
        self
    }
    pub const fn step(mut self, step: &'static str) -> Self {
        self.step = step;
        self
    }
}

/// A labelled number input bound to the plan. An empty field stores `None`; text that is not a
/// finite number is left on screen and not stored (the plan never holds NaN). The field is only
/// rewritten from the plan when the plan's value differs from what it shows, so typing "0.50" is
/// not turned into "0.5" under the caret.
pub(crate) fn num_field(spec: NumSpec, lens: NumLens) -> impl IntoView {
    num_field_with(spec.id.to_string(), spec, lens.read, lens.write)
}

/// As `num_field`, with any id and accessors (e.g. for row `i` of a table).
pub(crate) fn num_field_with(
    id: String,
    spec: NumSpec,
    read: impl Fn(&Plan) -> Option<f64> + Send + Sync + Copy + 'static,
    write: impl Fn(&mut Plan, Option<f64>) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let state = use_state();
    let input: NodeRef<html::Input> = NodeRef::new();
    let stored = Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(read)));
    let scale = spec.scale;
    Effect::new(move |_| {
        let value = stored.get();
        let Some(el) = input.get() else { return };
        let shown = el.value().trim().parse::<f64>().ok().map(|v| v / scale);
        let same = match (shown, value) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-12 * b.abs().max(1.0),
            (None, None) => true,
            _ => false,
        };
        if !same {
            el.set_value(&value.map(|v| input_text(v * scale)).unwrap_or_default());
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let text = text.trim();
        let value = if text.is_empty() {
            None
        } else {
            match text.parse::<f64>() {
                Ok(v) if v.is_finite() => Some(v / scale),
                _ => return,
            }
        };
        state.edit(move |p| write(p, value));
    };
    let unit = spec.unit;
    view! {
        <div class="field calc-num">
            <label for=id.clone()>{state.text(spec.label)}</label>
            <span class="calc-num-input">
                <input node_ref=input id=id type="number" data-testid=spec.testid inputmode="decimal" step=spec.step
                    min=spec.min.map(|m| input_text(m * scale)) max=spec.max.map(|m| input_text(m * scale))
                    on:input=on_input/>
                {unit.map(|u| view! { <span class="unit">{move || match u {
                    Unit::Money => state.currency().map_or("", Currency::symbol),
                    _ => u.text(state.lang.get()),
                }}</span> })}
            </span>
        </div>
    }
}

/// A lens over a field of a section, with the section first replaced by what the page shows
/// (`effective`), so the first edit of an untouched section keeps the example around it.
macro_rules! section_lens {
    ($section:ident, $effective:path, $field:ident) => {
        $crate::ui::calc::NumLens {
            read: |p| $effective(&p.$section).$field,
            write: |p, v| {
                let mut s = $effective(&p.$section);
                s.$field = v;
                p.$section = s;
            },
        }
    };
}
pub(crate) use section_lens;

/// The plan's currency, for every cost in it: a choice beside the costs of each calculator that
/// has them (`id` tells the two apart on a page).
pub(crate) fn currency_field(id: &'static str) -> impl IntoView {
    let state = use_state();
    let options = [
        (None, PageMsg::CurrencyNone),
        (Some(Currency::Krw), PageMsg::CurrencyKrw),
        (Some(Currency::Usd), PageMsg::CurrencyUsd),
        (Some(Currency::Eur), PageMsg::CurrencyEur),
    ];
    let key = |c: Option<Currency>| {
        c.map_or("none", |c| match c {
            Currency::Krw => "krw",
            Currency::Usd => "usd",
            Currency::Eur => "eur",
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let currency = Currency::ALL.into_iter().find(|c| key(Some(*c)) == chosen);
        state.edit(move |p| p.currency = currency);
    };
    view! {
        <div class="field calc-num">
            <label for=id>{state.text(PageMsg::CurrencyField)}</label>
            <select id=id data-testid="plan-currency" on:change=on_change>
                {options.into_iter().map(|(c, label)| view! {
                    <option value=key(c) selected=move || state.currency() == c>{state.text(label)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
