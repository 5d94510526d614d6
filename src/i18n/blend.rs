//! The objective blend's texts with values.

use super::{num, Lang};

/// How far an item moved in the ranking.
pub fn rank_moved(lang: Lang, from: usize, to: usize) -> String {
    match lang {
        Lang::En => format!("from {from} to {to}"),
        Lang::Ko => format!("{from}위 → {to}위"),
    }
}

/// An objective's name in the blend: as written, or by its position while it has none.
pub fn blend_objective(lang: Lang, name: &str, index: usize) -> String {
    match (name.trim(), lang) {
        ("", Lang::En) => format!("Objective {}", index + 1),
        ("", Lang::Ko) => format!("세부 목표 {}", index + 1),
        (name, _) => name.to_string(),
    }
}

/// Which item comes first, with each objective's share of the weights: "quality 60 %,
/// engagement 40 %". `shares` are already scaled to sum to 1.
pub fn blend_leader(lang: Lang, shares: &[(String, f64)], top: &str) -> String {
    let list = shares.iter().map(|(name, w)| format!("{name} {} %", num(w * 100.0, 0))).collect::<Vec<_>>().join(", ");
    match lang {
        Lang::En => format!("With the weights at {list}, “{top}” comes first."),
        Lang::Ko => format!("가중치를 {list}로 두면 “{top}”이(가) 1위가 됩니다."),
    }
}

/// Where the weights are kept: one per objective, in the goals.
pub fn blend_saved(lang: Lang, objectives: usize) -> String {
    match lang {
        Lang::En => format!(
            "Saved in your goals: one weight for each of the {objectives} objectives, and the items below with their scores."
        ),
        Lang::Ko => format!("목표 단계에 저장됩니다. 세부 목표 {objectives}개에 하나씩 가중치를 두고, 아래 항목과 점수도 함께 저장합니다."),
    }
}

/// Why nothing is kept: blending needs two or more objectives, and the plan has `objectives`.
pub fn blend_not_saved(lang: Lang, objectives: usize) -> String {
    match lang {
        Lang::En => format!(
            "Your plan has {}. A blend needs two or more; add them on the goals step. Until then this is a sandbox with \
             two sample objectives, and nothing here is saved.",
            match objectives {
                0 => "no objectives yet".to_string(),
                1 => "one objective".to_string(),
                n => format!("{n} objectives"),
            }
        ),
        Lang::Ko => format!(
            "이 계획의 세부 목표는 {objectives}개입니다. 혼합하려면 두 개 이상이 필요하니 목표 단계에서 더하세요. 그때까지는 \
             예시 세부 목표 두 개로 연습하는 화면이고, 여기서 바꾼 것은 저장되지 않습니다."
        ),
    }
}

/// The weights do not add up to 1: what that means for the ranking.
pub fn blend_sum(lang: Lang, sum: f64) -> String {
    if sum <= 0.0 {
        return match lang {
            Lang::En => {
                "Every weight is 0, so nothing decides the order. Make them sum to 1 to start from equal shares."
            }
            Lang::Ko => "모든 가중치가 0이라 순서를 정할 기준이 없습니다. 합을 1로 맞추면 같은 비율에서 시작합니다.",
        }
        .to_string();
    }
    let sum = num(sum, 3);
    match lang {
        Lang::En => format!(
            "The weights add up to {sum}, not 1. The ranking reads each as its share of the total; make them sum to 1 so \
             the saved weights read as shares too."
        ),
        Lang::Ko => format!(
            "가중치의 합이 1이 아니라 {sum}입니다. 순위는 각 가중치를 합계에 대한 비율로 읽습니다. 저장된 가중치도 비율로 \
             읽히도록 합을 1로 맞추세요."
        ),
    }
}
