//! Calculators opened from the start page, without a plan (`#/calc/<tool>`).
//!
//! A scratch calculation works on a plan that lives only in memory: the calculators read and
//! write it exactly as they do an open plan, and nothing is stored until the person chooses
//! "Save into a plan". Saving copies the calculator's inputs, and only those, into a new plan or
//! an existing one.

use crate::lang::Lang;
use crate::plan::calc_inputs::{blend_items, blend_weights, set_blend_weights};
use crate::plan::{Objective, ObjectiveStrategy, Plan};
use crate::route::Tool;

/// The id of the scratch plan. It is never stored under it: saving copies into another plan.
pub const SCRATCH_ID: &str = "scratch";

/// The blend's two objectives, as the blend calculator names its two scores.
pub fn blend_objective_names(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::En => ["Quality", "Engagement"],
        Lang::Ko => ["품질", "참여"],
    }
}

/// A fresh scratch plan: empty, but for the two objectives the blend weighs (quality first,
/// engagement second, with equal weights), so the blend's weights have somewhere to live.
pub fn scratch_plan(lang: Lang, now_ms: u64) -> Plan {
    let mut plan = Plan::new(SCRATCH_ID, "", now_ms);
    plan.goals.objectives =
        blend_objective_names(lang).map(|name| Objective { name: name.to_string(), ..Objective::default() }).to_vec();
    plan.goals.strategy = Some(ObjectiveStrategy::SeparateModels);
    plan
}

/// Why a scratch calculation cannot go into a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveRefused {
    /// The blend weighs `blend` objectives, and the chosen plan has `plan` (neither none, when
    /// the blend's are added, nor the same number, when their weights are set).
    BlendObjectiveCount { plan: usize, blend: usize },
}

impl SaveRefused {
    /// What the person reads, with what to do instead.
    pub fn message(self, lang: Lang) -> String {
        let SaveRefused::BlendObjectiveCount { plan, blend } = self;
        match lang {
            Lang::En => format!(
                "That plan has {plan} objectives, and this blend weighs {blend}. Choose a plan with {blend} objectives or \
                 none (the blend's are added), or a new plan; nothing was changed."
            ),
            Lang::Ko => format!(
                "그 계획의 세부 목표는 {plan}개인데, 이 혼합은 {blend}개에 가중치를 줍니다. 세부 목표가 {blend}개이거나 \
                 없는 계획(없으면 혼합의 세부 목표를 더합니다), 또는 새 계획을 고르세요. 아무것도 바뀌지 않았습니다."
            ),
        }
    }
}

/// Copies what `tool` works on from the scratch plan into `into`, leaving the rest of `into` as
/// it was. The threshold, trade-off and A/B calculators each have a section of their own,
/// copied whole; the blend copies its weights and items, adding its objectives to a plan that has
/// none.
pub fn save_into(tool: Tool, scratch: &Plan, into: &mut Plan) -> Result<(), SaveRefused> {
    match tool {
        Tool::Threshold => into.threshold = scratch.threshold.clone(),
        Tool::Tradeoff => into.tradeoff = scratch.tradeoff.clone(),
        Tool::AbTest => into.abtest = scratch.abtest.clone(),
        Tool::Errors => into.errors = scratch.errors.clone(),
        Tool::Drift => into.drift = scratch.drift.clone(),
        Tool::Blend => {
            let blend = scratch.goals.objectives.len();
            let plan = into.goals.objectives.len();
            if plan == 0 {
                into.goals.objectives = scratch.goals.objectives.clone();
            } else if plan != blend {
                return Err(SaveRefused::BlendObjectiveCount { plan, blend });
            }
            if let Some(weights) = blend_weights(&scratch.goals) {
                set_blend_weights(&mut into.goals, &weights);
            }
            into.goals.blend_items = blend_items(&scratch.goals).unwrap_or_default();
            into.goals.strategy.get_or_insert(ObjectiveStrategy::SeparateModels);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::blend::Item;

    fn edited_scratch() -> Plan {
        let mut s = scratch_plan(Lang::En, 5);
        s.threshold.threshold = Some(0.73);
        s.threshold.cost_false_negative = Some(40.0);
        s.tradeoff.peak_qps = Some(900.0);
        s.abtest.baseline_rate = Some(0.12);
        s.errors.tolerance = Some(0.2);
        s.drift.limit = Some(0.2);
        set_blend_weights(&mut s.goals, &[0.7, 0.3]);
        s.goals.blend_items = vec![Item { title: "Mine".into(), scores: vec![0.1, 0.9] }];
        s
    }

    #[test]
    fn a_scratch_plan_holds_the_blend_objectives_in_the_language() {
        let ko = scratch_plan(Lang::Ko, 1);
        assert_eq!(ko.id, SCRATCH_ID);
        assert_eq!(ko.goals.objectives.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["품질", "참여"]);
        assert_eq!(blend_weights(&ko.goals), Some(vec![0.5, 0.5]));
        assert_eq!(ko.threshold, Plan::new("x", "", 1).threshold, "the calculators start from their examples");
    }

    #[test]
    fn each_calculator_copies_its_own_section_and_nothing_else() {
        let scratch = edited_scratch();
        for tool in [Tool::Threshold, Tool::Tradeoff, Tool::AbTest, Tool::Errors, Tool::Drift] {
            let mut into = Plan::new("p1", "Mine", 9);
            into.problem.statement = "kept".into();
            save_into(tool, &scratch, &mut into).unwrap();
            assert_eq!(into.problem.statement, "kept");
            assert_eq!((into.id.as_str(), into.title.as_str()), ("p1", "Mine"));
            assert_eq!(into.threshold == scratch.threshold, tool == Tool::Threshold, "{tool:?}");
            assert_eq!(into.tradeoff == scratch.tradeoff, tool == Tool::Tradeoff, "{tool:?}");
            assert_eq!(into.abtest == scratch.abtest, tool == Tool::AbTest, "{tool:?}");
            assert_eq!(into.errors == scratch.errors, tool == Tool::Errors, "{tool:?}");
            assert_eq!(into.drift == scratch.drift, tool == Tool::Drift, "{tool:?}");
            assert!(into.goals.objectives.is_empty(), "{tool:?}");
        }
    }

    #[test]
    fn the_blend_adds_its_objectives_to_an_empty_plan_or_weights_two() {
        let scratch = edited_scratch();
        let mut empty = Plan::new("p1", "", 9);
        save_into(Tool::Blend, &scratch, &mut empty).unwrap();
        assert_eq!(empty.goals.objectives.len(), 2);
        assert_eq!(blend_weights(&empty.goals), Some(vec![0.7, 0.3]));
        assert_eq!(empty.goals.blend_items, scratch.goals.blend_items, "the items go with the weights");

        let mut two = Plan::new("p2", "", 9);
        two.goals.objectives = vec![Objective::default(), Objective::default()];
        two.goals.objectives[0].name = "Fewer misses".into();
        save_into(Tool::Blend, &scratch, &mut two).unwrap();
        assert_eq!(two.goals.objectives[0].name, "Fewer misses", "names stay");
        assert_eq!(two.goals.objectives[1].weight, Some(0.3));
        assert_eq!(two.goals.strategy, Some(ObjectiveStrategy::SeparateModels));

        let mut three = Plan::new("p3", "", 9);
        three.goals.objectives = vec![Objective::default(); 3];
        let before = three.clone();
        let refused = SaveRefused::BlendObjectiveCount { plan: 3, blend: 2 };
        assert_eq!(save_into(Tool::Blend, &scratch, &mut three), Err(refused));
        assert_eq!(three, before, "a refused save changes nothing");
        assert!(refused.message(Lang::En).contains("3 objectives"));
        assert!(refused.message(Lang::Ko).contains("3개"));
    }
}
