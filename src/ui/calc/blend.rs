//! Objective blend: sample items ranked by w·quality + (1−w)·engagement; moving w re-ranks them
//! and shows what moved. The items are a sandbox on this page; w is kept in the plan's objectives.

use crate::calc::blend::{self, Item};
use crate::i18n::{self, num, Lang, PageMsg};
use crate::plan::calc_inputs::{blend_weight, set_blend_weight, DEFAULT_BLEND_WEIGHT};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The sample items' titles, in the order of their scores below.
const SAMPLE_TITLES: [PageMsg; 6] = [
    PageMsg::CalcBlendSample1,
    PageMsg::CalcBlendSample2,
    PageMsg::CalcBlendSample3,
    PageMsg::CalcBlendSample4,
    PageMsg::CalcBlendSample5,
    PageMsg::CalcBlendSample6,
];

fn sample_items(lang: Lang) -> Vec<Item> {
    let scores = [(0.20, 0.95), (0.90, 0.35), (0.80, 0.20), (0.30, 0.80), (0.70, 0.55), (0.25, 0.70)];
    SAMPLE_TITLES
        .into_iter()
        .zip(scores)
        .map(|(t, (quality, engagement))| Item { title: lang.t(t).to_string(), quality, engagement })
        .collect()
}

#[component]
pub fn BlendCalculator() -> impl IntoView {
    let state = use_state();
    let items = RwSignal::new(sample_items(state.lang.get_untracked()));
    let stored = Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(|p| blend_weight(&p.goals))));
    let weight = RwSignal::new(stored.get_untracked().unwrap_or(DEFAULT_BLEND_WEIGHT));
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
                        Some(from_rank) if from_rank > rank => ("↑", "up", i18n::rank_moved(lang, from_rank, rank)),
                        Some(from_rank) => ("↓", "down", i18n::rank_moved(lang, from_rank, rank)),
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
                let label = move |m: PageMsg| format!("{} {}", state.t(m), i + 1);
                view! {
                    <tr>
                        <td><input type="text" aria-label=move || label(PageMsg::CalcBlendItemTitle) prop:value=title
                            on:input=move |ev| edit_item(i, 0, ev)/></td>
                        <td><input type="number" step="0.05" min="0" max="1" aria-label=move || label(PageMsg::CalcBlendQuality)
                            prop:value=quality on:input=move |ev| edit_item(i, 1, ev)/></td>
                        <td><input type="number" step="0.05" min="0" max="1" aria-label=move || label(PageMsg::CalcBlendEngagement)
                            prop:value=engagement on:input=move |ev| edit_item(i, 2, ev)/></td>
                    </tr>
                }
            })
            .collect_view()
    };

    let saved_note = move || {
        let lang = state.lang.get();
        match objectives.get() {
            Some(o) if o.len() == 2 => i18n::blend_weight_saved(lang, &o[0], &o[1], weight.get()),
            Some(o) => i18n::blend_weight_not_saved(lang, o.len()),
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
                    i18n::blend_leader(lang, weight.get(), &title)
                }}</p>
            </div>
            <div class="calc-slider">
                <label for="blend-weight">{state.text(PageMsg::CalcBlendWeight)}</label>
                <div class="slider-row">
                    <input id="blend-weight" type="range" min="0" max="1" step="0.05" data-testid="blend-weight"
                        aria-describedby="blend-weight-hint"
                        prop:value=move || weight.get().to_string() on:input=on_input on:change=end_gesture/>
                    <input type="number" min="0" max="1" step="0.05" data-testid="blend-weight-number"
                        aria-label=state.text(PageMsg::CalcBlendWeight)
                        prop:value=move || format!("{}", (weight.get() * 1000.0).round() / 1000.0)
                        on:input=on_input on:change=end_gesture/>
                </div>
                <p class="hint" id="blend-weight-hint">{state.text(PageMsg::CalcBlendWeightHint)}</p>
            </div>
            <p class="hint" data-testid="blend-saved">{saved_note}</p>
            <h2>{state.text(PageMsg::CalcBlendRanking)}</h2>
            <ol class="blend-list" data-testid="blend-ranking">{list}</ol>
            <details class="calc-more">
                <summary>{state.text(PageMsg::CalcBlendEditItems)}</summary>
                <p class="hint">{state.text(PageMsg::CalcBlendItemsHint)}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=state.text(PageMsg::CalcBlendEditItems)>
                    <table class="calc-table">
                        <thead><tr>
                            <th scope="col">{state.text(PageMsg::CalcBlendItemTitle)}</th>
                            <th scope="col">{state.text(PageMsg::CalcBlendQuality)}</th>
                            <th scope="col">{state.text(PageMsg::CalcBlendEngagement)}</th>
                        </tr></thead>
                        <tbody>{item_rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
