//! Step 1: the problem, who has it, how it is handled, what it is worth; the classroom exercise.

use crate::i18n::Msg;
use crate::ui::fields::{lens, text_field};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ProblemStep() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="fields">
            {text_field("problem-statement", Msg::ProblemStatement, Some(Msg::ProblemStatementHint), true, lens!(problem.statement))}
            {text_field("problem-who", Msg::ProblemWho, None, false, lens!(problem.who))}
            {text_field("problem-current", Msg::ProblemCurrent, None, true, lens!(problem.current_handling))}
            {text_field("problem-value", Msg::ProblemValue, Some(Msg::ProblemValueHint), true, lens!(problem.value))}
        </div>
        <section class="exercise" aria-labelledby="exercise-heading">
            <h2 id="exercise-heading">{state.text(Msg::ExerciseHeading)}</h2>
            {text_field("exercise-problem", Msg::ExerciseProblem, None, true, lens!(problem.exercise_problem))}
            {text_field("exercise-impact", Msg::ExerciseImpact, None, true, lens!(problem.exercise_impact))}
        </section>
    }
}
