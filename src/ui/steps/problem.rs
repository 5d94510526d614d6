//! Step 1: the problem, who has it, how it is handled, what it is worth; the classroom exercise.

use crate::i18n::PageMsg;
use crate::ui::fields::{lens, text_field};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ProblemStep() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="fields">
            {text_field("problem-statement", PageMsg::ProblemStatement, Some(PageMsg::ProblemStatementHint), true, lens!(problem.statement))}
            {text_field("problem-who", PageMsg::ProblemWho, None, false, lens!(problem.who))}
            {text_field("problem-current", PageMsg::ProblemCurrent, None, true, lens!(problem.current_handling))}
            {text_field("problem-value", PageMsg::ProblemValue, Some(PageMsg::ProblemValueHint), true, lens!(problem.value))}
        </div>
        <section class="exercise" aria-labelledby="exercise-heading">
            <h2 id="exercise-heading">{state.text(PageMsg::ExerciseHeading)}</h2>
            {text_field("exercise-problem", PageMsg::ExerciseProblem, None, true, lens!(problem.exercise_problem))}
            {text_field("exercise-impact", PageMsg::ExerciseImpact, None, true, lens!(problem.exercise_impact))}
        </section>
    }
}
