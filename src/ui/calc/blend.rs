//! Objective blend: sample items ranked by w·quality + (1−w)·engagement; moving w re-ranks them
//! and shows what moved. The items are a sandbox on this page; w is kept in the plan's objectives.

use super::num;
use crate::calc::blend::{self, Item};
use crate::calc::plan_inputs::{blend_weight, set_blend_weight};
use crate::i18n::{Lang, Msg};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The weight before any is chosen.
const DEFAULT_WEIGHT: f64 = 0.5;

fn sample_items(lang: Lang) -> Vec<Item> {
    let titles: [&str; 6] = match lang {
        Lang::En => [
            "Ten photos you won't believe",
            "A careful guide to renting your first flat",
            "Local council budget, explained",
            "Celebrity spotted at the market",
            "How the new bus routes change your commute",
            "Quiz: which pasta are you?",
        ],
        Lang::Ko => [
            "믿기 힘든 사진 10장",
            "첫 자취방 구하기, 꼼꼼한 안내",
            "우리 구 예산, 쉽게 풀어 보기",
            "시장에 나타난 연예인",
            "새 버스 노선이 출퇴근길을 바꾸는 법",
            "퀴즈: 나와 닮은 파스타는?",
        ],
    };
    let scores = [(0.20, 0.95), (0.90, 0.35), (0.80, 0.20), (0.30, 0.80), (0.70, 0.55), (0.25, 0.70)];
    titles
        .iter()
        .zip(scores)
        .map(|(t, (quality, engagement))| Item { title: (*t).to_string(), quality, engagement })
        .collect()
}

#[component]
pub fn BlendCalculator() -> impl IntoView {
    let state = use_state();
    let items = RwSignal::new(sample_items(state.lang.get_untracked()));
    let stored = Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(|p| blend_weight(&p.goals))));
    let weight = RwSignal::new(stored.get_untracked().unwrap_or(DEFAULT_WEIGHT));
    // The weight before the current gesture (a drag, a key press, typing), to show what moved.
    let from = RwSignal::new(weight.get_untracked());
    let in_gesture = RwSignal::new(false);
    let objectives = Memo::new(move |_| {
        state.plan.with(|p| p.as_ref().map(|p| p.goals.objectives.iter().map(|o| o.name.clone()).collect::<Vec<_>>()))
    });

    let set_weight = move |w: f64| {
        if !(0.0..=1.0).contains(&w) {
            return;
        }
        if !in_gesture.get_untracked() {
            from.set(weight.get_untracked());
            in_gesture.set(true);
        }
        weight.set(w);
        if objectives.with_untracked(|o| o.as_ref().is_some_and(|o| o.len() == 2)) {
            state.edit(move |p| {
                set_blend_weight(&mut p.goals, w);
            });
        }
    };
    let end_gesture = move |_| in_gesture.set(false);
    let on_input = move |ev: leptos::ev::Event| {
        if let Ok(w) = event_target_value(&ev).trim().parse::<f64>() {
            set_weight(w);
        }
    };

    let ranking = Memo::new(move |_| {
        items.with(|list| {
            let w = weight.get();
            let ranked = blend::rank(list, w).unwrap_or_default();
            let moves = blend::moves(list, from.get(), w).unwrap_or_default();
            ranked
                .into_iter()
                .map(|r| {
                    let moved = moves.iter().find(|m| m.index == r.index).map(|m| m.from_rank);
                    (r.index, r.rank, r.blended, moved)
                })
                .collect::<Vec<_>>()
        })
    });

    let list = move || {
        let lang = state.lang.get();
        items.with(|list| {
            ranking
                .get()
                .into_iter()
                .map(|(index, rank, blended, moved)| {
                    let item = &list[index];
                    let (arrow, class, note) = match moved {
                        Some(from_rank) if from_rank > rank => ("↑", "up", moved_text(lang, from_rank, rank)),
                        Some(from_rank) => ("↓", "down", moved_text(lang, from_rank, rank)),
                        None => ("", "", String::new()),
                    };
                    view! {
                        <li class=format!("blend-item {class}") data-testid="blend-item" data-index=index.to_string()>
                            <span class="blend-rank">{rank}</span>
                            <span class="blend-title">{item.title.clone()}</span>
                            <span class="blend-score">{num(blended, 3)}</span>
                            <span class="blend-move" data-testid="blend-move">
                                <span aria-hidden="true">{arrow}</span>
                                " " {note}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let edit_item = move |index: usize, field: u8, ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        items.update(|list| {
            let Some(item) = list.get_mut(index) else { return };
            match field {
                0 => item.title = text,
                _ => {
                    let Ok(v) = text.trim().parse::<f64>() else { return };
                    if !v.is_finite() {
                        return;
                    }
                    if field == 1 {
                        item.quality = v;
                    } else {
                        item.engagement = v;
                    }
                }
            }
        });
        from.set(weight.get_untracked());
    };
    let item_rows = move || {
        let count = items.with(Vec::len);
        (0..count)
            .map(|i| {
                let (title, quality, engagement) = items.with_untracked(|l| {
                    let it = &l[i];
                    (it.title.clone(), it.quality.to_string(), it.engagement.to_string())
                });
                let label = move |m: Msg| format!("{} {}", state.t(m), i + 1);
                view! {
                    <tr>
                        <td><input type="text" aria-label=move || label(Msg::CalcBlendItemTitle) prop:value=title
                            on:input=move |ev| edit_item(i, 0, ev)/></td>
                        <td><input type="number" step="0.05" min="0" max="1" aria-label=move || label(Msg::CalcBlendQuality)
                            prop:value=quality on:input=move |ev| edit_item(i, 1, ev)/></td>
                        <td><input type="number" step="0.05" min="0" max="1" aria-label=move || label(Msg::CalcBlendEngagement)
                            prop:value=engagement on:input=move |ev| edit_item(i, 2, ev)/></td>
                    </tr>
                }
            })
            .collect_view()
    };

    let saved_note = move || {
        let lang = state.lang.get();
        match objectives.get() {
            Some(o) if o.len() == 2 => saved_text(lang, &o[0], &o[1], weight.get()),
            Some(o) => not_saved_text(lang, o.len()),
            None => String::new(),
        }
    };

    view! {
        <section class="calc calc-blend" data-testid="blend-calculator">
            <div class="calc-answer" aria-live="polite">
                <p data-testid="blend-sentence">{move || {
                    let lang = state.lang.get();
                    let top = ranking.get().first().map(|r| r.0);
                    let title = top.and_then(|i| items.with(|l| l.get(i).map(|it| it.title.clone()))).unwrap_or_default();
                    blend_sentence(lang, weight.get(), &title)
                }}</p>
            </div>
            <div class="calc-slider">
                <label for="blend-weight">{state.text(Msg::CalcBlendWeight)}</label>
                <div class="slider-row">
                    <input id="blend-weight" type="range" min="0" max="1" step="0.05" data-testid="blend-weight"
                        aria-describedby="blend-weight-hint"
                        prop:value=move || weight.get().to_string() on:input=on_input on:change=end_gesture/>
                    <input type="number" min="0" max="1" step="0.05" data-testid="blend-weight-number"
                        aria-label=state.text(Msg::CalcBlendWeight)
                        prop:value=move || format!("{}", (weight.get() * 1000.0).round() / 1000.0)
                        on:input=on_input on:change=end_gesture/>
                </div>
                <p class="hint" id="blend-weight-hint">{state.text(Msg::CalcBlendWeightHint)}</p>
            </div>
            <p class="hint" data-testid="blend-saved">{saved_note}</p>
            <h2>{state.text(Msg::CalcBlendRanking)}</h2>
            <ol class="blend-list" data-testid="blend-ranking">{list}</ol>
            <details class="calc-more">
                <summary>{state.text(Msg::CalcBlendEditItems)}</summary>
                <p class="hint">{state.text(Msg::CalcBlendItemsHint)}</p>
                <div class="table-wrap">
                    <table class="calc-table">
                        <thead><tr>
                            <th scope="col">{state.text(Msg::CalcBlendItemTitle)}</th>
                            <th scope="col">{state.text(Msg::CalcBlendQuality)}</th>
                            <th scope="col">{state.text(Msg::CalcBlendEngagement)}</th>
                        </tr></thead>
                        <tbody>{item_rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}

fn moved_text(lang: Lang, from: usize, to: usize) -> String {
    match lang {
        Lang::En => format!("from {from} to {to}"),
        Lang::Ko => format!("{from}위 → {to}위"),
    }
}

fn blend_sentence(lang: Lang, w: f64, top: &str) -> String {
    let (q, e) = (num(w * 100.0, 0), num((1.0 - w) * 100.0, 0));
    match lang {
        Lang::En => format!("With {q} % weight on quality and {e} % on engagement, “{top}” comes first."),
        Lang::Ko => format!("품질에 {q} %, 참여도에 {e} %의 가중치를 두면 “{top}”이(가) 1위가 됩니다."),
    }
}

fn saved_text(lang: Lang, first: &str, second: &str, w: f64) -> String {
    let name = |s: &str, i: usize| if s.trim().is_empty() { format!("#{i}") } else { s.to_string() };
    let (a, b) = (name(first, 1), name(second, 2));
    let (wa, wb) = (num(w, 3), num(1.0 - w, 3));
    match lang {
        Lang::En => format!(
            "Saved in your goals: w = {wa} is the weight of the first objective, “{a}”, and 1 − w = {wb} the weight of the second, “{b}”."
        ),
        Lang::Ko => format!(
            "목표 단계에 저장됩니다. w = {wa}는 첫 번째 세부 목표 “{a}”의 가중치이고, 1 − w = {wb}는 두 번째 세부 목표 “{b}”의 가중치입니다."
        ),
    }
}

fn not_saved_text(lang: Lang, objectives: usize) -> String {
    match lang {
        Lang::En => format!(
            "Your plan has {}. The weight is saved in the goals step when the plan has exactly two objectives: w for the first, 1 − w for the second.",
            match objectives {
                0 => "no objectives yet".to_string(),
                1 => "one objective".to_string(),
                n => format!("{n} objectives"),
            }
        ),
        Lang::Ko => format!(
            "이 계획의 세부 목표는 {objectives}개입니다. 세부 목표가 정확히 두 개일 때 가중치가 목표 단계에 저장됩니다(첫 번째에 w, 두 번째에 1 − w)."
        ),
    }
}
