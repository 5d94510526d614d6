//! What a plan carries for the classroom: the worked example it started from, and the assignment
//! an instructor writes into a template for the class.

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
