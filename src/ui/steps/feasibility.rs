//! Step 2: is ML the right tool? Five signals and seven red flags, each answered yes / no / unsure
//! with a note, under the verdict they lead to, which updates as the answers change.

use crate::i18n::{Lang, PageMsg};
use crate::plan::{Answer, FeasibilitySection, Plan, Tri};
use crate::review::{self, Condition, Effect, Question, Verdict, VERDICT_RULES};
use crate::ui::fields::{answer_field, Place};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The answer to one question.
#[derive(Clone, Copy)]
struct QuestionPlace(Question);

fn answer_mut(q: Question, f: &mut FeasibilitySection) -> &mut Answer {
    match q {
        Question::Pattern => &mut f.pattern,
        Question::Objective => &mut f.objective,
        Question::Complexity => &mut f.complexity,
        Question::Data => &mut f.data,
        Question::Repetition => &mut f.repetition,
        Question::Unethical => &mut f.unethical,
        Question::Simple => &mut f.simple,
        Question::BadData => &mut f.bad_data,
        Question::LabelIssues => &mut f.label_issues,
        Question::Catastrophic => &mut f.catastrophic,
        Question::ExplainAll => &mut f.explain_all,
        Question::NotCostEffective => &mut f.not_cost_effective,
    }
}

impl Place for QuestionPlace {
    type Target = Answer;
    fn get<'a>(&self, plan: &'a Plan) -> Option<&'a Answer> {
        Some(self.0.answer(&plan.feasibility))
    }
    fn get_mut<'a>(&self, plan: &'a mut Plan) -> Option<&'a mut Answer> {
        Some(answer_mut(self.0, &mut plan.feasibility))
    }
}

fn question(q: Question) -> impl IntoView {
    answer_field(
        format!("q-{}", q.key()),
        move |l| q.label(l),
        move |l| q.prompt(l),
        move |l| q.hint(l),
        QuestionPlace(q),
    )
}

#[component]
pub fn FeasibilityStep() -> impl IntoView {
    let state = use_state();
    let group =
        |red: bool| Question::ALL.into_iter().filter(move |q| q.is_red_flag() == red).map(question).collect_view();
    view! {
        <VerdictPanel/>
        <section class="question-group" aria-labelledby="signals-heading">
            <h2 id="signals-heading">{state.text(PageMsg::SignalsHeading)}</h2>
            <p class="hint">{state.text(PageMsg::SignalsHint)}</p>
            <div class="fields">{group(false)}</div>
        </section>
        <section class="question-group" aria-labelledby="flags-heading">
            <h2 id="flags-heading">{state.text(PageMsg::RedFlagsHeading)}</h2>
            <p class="hint">{state.text(PageMsg::RedFlagsHint)}</p>
            <div class="fields">{group(true)}</div>
        </section>
    }
}

fn tri_word(lang: Lang, value: Option<Tri>) -> &'static str {
    lang.t(match value {
        Some(Tri::Yes) => PageMsg::FieldYes,
        Some(Tri::No) => PageMsg::FieldNo,
        Some(Tri::Unsure) => PageMsg::FieldUnsure,
        None => PageMsg::FieldNotAnswered,
    })
}

fn condition_text(lang: Lang, c: Condition) -> String {
    match c {
        Condition::Answered(q, v) => format!("{}: {}", q.label(lang), tri_word(lang, Some(v))),
        Condition::NothingAnswered => lang.t(PageMsg::CondNothingAnswered).to_string(),
        Condition::SomeUnanswered { decisive: true } => lang.t(PageMsg::CondSomeUnanswered).to_string(),
        Condition::SomeUnanswered { decisive: false } => lang.t(PageMsg::CondSomeUnansweredCaveat).to_string(),
        Condition::AnyUnsure { decisive: true } => lang.t(PageMsg::CondAnyUnsure).to_string(),
        Condition::AnyUnsure { decisive: false } => lang.t(PageMsg::CondAnyUnsureCaveat).to_string(),
        Condition::Always => lang.t(PageMsg::CondAlways).to_string(),
    }
}

fn effect_text(lang: Lang, e: Effect) -> &'static str {
    match e {
        Effect::Decide(kind) => kind.title(lang),
        Effect::Caveat => lang.t(PageMsg::EffectCaveat),
    }
}

/// Questions with their answers.
type Answers = Vec<(Question, Option<Tri>)>;

/// The answers that decided the verdict, then those that only add caveats.
#[derive(PartialEq)]
struct Explained {
    verdict: Verdict,
    causes: Answers,
    caveats: Answers,
}

/// A list of questions and their answers under a heading, or nothing when the list is empty.
fn answer_list(heading: PageMsg, testid: &'static str, answers: Answers) -> Option<impl IntoView> {
    let state = use_state();
    let lang = move || state.lang.get();
    (!answers.is_empty()).then(|| {
        view! {
            <h3>{state.text(heading)}</h3>
            <ul class="causes" data-testid=testid>
                {answers.into_iter().map(|(q, value)| view! {
                    <li data-question=q.key()>
                        <span class="cause-name">{move || q.label(lang())}</span>
                        ": "
                        {move || tri_word(lang(), value)}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// The verdict, live: what it is, why, and what to do next; the rule table on demand.
#[component]
fn VerdictPanel() -> impl IntoView {
    let state = use_state();
    let verdict: Memo<Option<Explained>> = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref().map(|p| {
                let f = &p.feasibility;
                let verdict = review::verdict(f);
                let with_answers = |qs: &[Question]| qs.iter().map(|q| (*q, q.answer(f).value)).collect();
                // Before any answer every question is a cause; the explanation already says so.
                let nothing_answered = verdict.causes.len() == Question::ALL.len();
                let causes = if nothing_answered { Vec::new() } else { with_answers(&verdict.causes) };
                Explained { caveats: with_answers(&verdict.caveats), causes, verdict }
            })
        })
    });
    let kind = move || verdict.with(|v| v.as_ref().map(|e| e.verdict.kind));
    let lang = move || state.lang.get();
    view! {
        <section class="verdict" data-testid="feasibility-verdict" aria-labelledby="verdict-heading"
            data-verdict=move || kind().map(|k| k.slug())>
            <h2 id="verdict-heading">{state.text(PageMsg::VerdictHeading)}</h2>
            <p class="verdict-title" role="status">{move || kind().map(|k| k.title(lang()))}</p>
            <p>{move || kind().map(|k| k.explanation(lang()))}</p>
            {move || {
                let causes = verdict.with(|v| v.as_ref().map(|e| e.causes.clone()).unwrap_or_default());
                answer_list(PageMsg::VerdictCauses, "verdict-causes", causes)
            }}
            {move || {
                let caveats = verdict.with(|v| v.as_ref().map(|e| e.caveats.clone()).unwrap_or_default());
                answer_list(PageMsg::VerdictCaveats, "verdict-caveats", caveats)
            }}
            <h3>{state.text(PageMsg::VerdictActions)}</h3>
            <ul class="actions" data-testid="verdict-actions">
                {move || {
                    let actions = verdict.with(|v| v.as_ref().map(|e| e.verdict.actions.clone()).unwrap_or_default());
                    actions.into_iter().map(|a| view! { <li data-action=a.slug()>{move || a.text(lang())}</li> }).collect_view()
                }}
            </ul>
            <details class="more rules">
                <summary>{state.text(PageMsg::VerdictHowDecided)}</summary>
                <p>{state.text(PageMsg::VerdictHowDecidedIntro)}</p>
                // It scrolls sideways on a phone, so it takes focus for the keyboard.
                <div class="table-scroll" tabindex="0" role="region" aria-label=state.text(PageMsg::VerdictHowDecided)>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">"#"</th>
                                <th scope="col">{state.text(PageMsg::RuleWhen)}</th>
                                <th scope="col">{state.text(PageMsg::RuleLeadsTo)}</th>
                                <th scope="col">{state.text(PageMsg::RuleWhy)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {VERDICT_RULES.iter().enumerate().map(|(i, r)| view! {
                                <tr data-rule=r.id>
                                    <td>{i + 1}</td>
                                    <td>{move || condition_text(lang(), r.condition)}</td>
                                    <td>{move || effect_text(lang(), r.effect)}</td>
                                    <td>{move || r.explanation.text(lang())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
