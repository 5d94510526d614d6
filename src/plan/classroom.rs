//! What a plan carries for the classroom: the worked example it started from, the assignment an
//! instructor writes into a template for the class, and the instructor's comments on a student's
//! plan.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// The worked example a plan started from, in the language it was opened in. Its links carry
/// only what differs from that example (`crate::share`, format 3), and the class board groups
/// plans by it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExampleOrigin {
    /// The example's key, e.g. `"fare"` (see [`super::examples::keys`]).
    pub key: String,
    pub lang: Lang,
}

/// The assignment of a classroom template: what to do, by when, and what to hand in. Students see
/// it as a banner on their copy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assignment {
    pub task: String,
    /// The due date as the date input gives it, `YYYY-MM-DD`; empty when none is set.
    pub due: String,
    pub hand_in: String,
}

impl Assignment {
    /// Whether nothing is written: the plan has no assignment, and its JSON leaves it out.
    pub fn is_empty(&self) -> bool {
        [&self.task, &self.due, &self.hand_in].iter().all(|s| s.trim().is_empty())
    }
}

/// An instructor's comment on one field of a plan (or on a whole step), brought to the student's
/// own copy by a feedback link. The student's text is never changed by it; they mark it done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Comment {
    /// Unique among a plan's comments, so a feedback link opened twice adds each comment once.
    pub id: String,
    /// The step's slug (`Step::slug`), or empty for the plan as a whole.
    pub step: String,
    /// The field's label as the report names it, in the instructor's language; empty for the
    /// whole step.
    pub field: String,
    pub text: String,
    pub created_ms: u64,
    pub done: bool,
}

impl Comment {
    /// The step the comment is on, if it names one this build knows.
    pub fn step(&self) -> Option<super::Step> {
        super::Step::from_slug(&self.step)
    }
}

/// Adds `comments` that `plan` does not have yet (by id), and says how many were new; the plan's
/// own text is never touched.
pub fn merge_comments(plan: &mut super::Plan, comments: &[Comment]) -> usize {
    let mut added = 0;
    for comment in comments {
        if !plan.comments.iter().any(|c| c.id == comment.id) {
            plan.comments.push(Comment { done: false, ..comment.clone() });
            added += 1;
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_adds_each_comment_once_and_changes_no_text() {
        let mut plan = super::super::Plan::new("p", "Mine", 0);
        plan.problem.statement = "My words.".into();
        let c =
            |id: &str| Comment { id: id.into(), step: "problem".into(), text: "Say who.".into(), ..Comment::default() };
        assert_eq!(merge_comments(&mut plan, &[c("a"), c("b")]), 2);
        plan.comments[0].done = true;
        assert_eq!(merge_comments(&mut plan, &[c("a"), c("c")]), 1, "a link opened twice adds nothing twice");
        assert!(plan.comments[0].done, "a comment marked done stays done");
        assert_eq!(plan.problem.statement, "My words.");
        assert_eq!(plan.comments[2].step(), Some(super::super::Step::Problem));
    }
}
