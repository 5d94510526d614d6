//! Objective blend: items ranked by the weighted sum of their scores, one weight per objective;
//! moving a weight re-ranks them and shows what moved. With two or more objectives in the plan,
//! the weights and the items are kept in its goals; with fewer, the page is a sandbox on two
//! sample objectives.

use crate::calc::blend::{self, Item};
use crate::i18n::{self, num, Lang, PageMsg};
use crate::plan::calc_inputs::{blend_items, blend_weights, set_blend_weights};
use crate::scratch::blend_objective_names;
use crate::ui::fields::{keep_one_line, one_line};
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

/// Each sample item's scores under a first (quality-like) and second (engagement-like)
/// objective, and two more that pull elsewhere; a fifth objective and later reuse these columns.
const SAMPLE_SCORES: [[f64; 4]; 6] = [
    [0.20, 0.95, 0.60, 0.30],
    [0.90, 0.35, 0.40, 0.70],
    [0.80, 0.20, 0.85, 0.60],
    [0.30, 0.80, 0.90, 0.20],
    [0.70, 0.55, 0.75, 0.50],
    [0.25, 0.70, 0.30, 0.90],
];

fn sample_items(lang: Lang, objectives: usize) -> Vec<Item> {
    SAMPLE_TITLES
        .into_iter()
        .zip(SAMPLE_SCORES)
        .map(|(t, scores)| Item {
            title: lang.t(t).to_string(),
            scores: (0..objectives).map(|j| scores[j % 4]).collect(),
        })
        .collect()
}

/// Which fields of an item an edit changes.
#[derive(Clone, Copy)]
enum ItemField {
    Title,
    Score(usize),
}

#[component]
pub fn BlendCalculator() -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    // The plan's objective names when it has two or more to blend; `None` for the sandbox.
    let plan_objectives = state.plan.with_untracked(|p| {
        p.as_ref()
            .filter(|p| p.goals.objectives.len() >= 2)
            .map(|p| p.goals.objectives.iter().map(|o| o.name.clone()).collect::<Vec<_>>())
    });
    let plan_count = state.plan.with_untracked(|p| p.as_ref().map_or(0, |p| p.goals.objectives.len()));
    let saved = plan_objectives.is_some();
    let names: Vec<String> =
        plan_objectives.unwrap_or_else(|| blend_objective_names(lang).map(str::to_string).to_vec());
    let count = names.len();
    let names = StoredValue::new(names);
    let stored = state.plan.with_untracked(|p| p.as_ref().map(|p| (blend_weights(&p.goals), blend_items(&p.goals))));
    let (stored_weights, stored_items) = stored.unwrap_or_default();
    let weights = RwSignal::new(stored_weights.filter(|_| saved).unwrap_or_else(|| blend::equal_weights(count)));
    let items = RwSignal::new(stored_items.filter(|_| saved).unwrap_or_else(|| sample_items(lang, count)));
    // The weights before the current gesture (a drag, a key press, typing), to show what moved.
    let from = RwSignal::new(weights.get_untracked());
    let in_gesture = RwSignal::new(false);

    let store_weights = move |w: Vec<f64>| {
        if saved {
            let kept = w.clone();
            state.edit(move |p| {
                set_blend_weights(&mut p.goals, &kept);
            });
        }
        weights.set(w);
    };
    let set_weight = move |index: usize, w: f64| {
        let Some(next) = weights.with_untracked(|current| blend::with_weight(current, index, w)) else { return };
        if !in_gesture.get_untracked() {
            from.set(weights.get_untracked());
            in_gesture.set(true);
        }
        store_weights(next);
    };
    let end_gesture = move |_| in_gesture.set(false);
    let make_sum_one = move |_| {
        if let Ok(next) = weights.with_untracked(|w| blend::normalised(w)) {
            from.set(weights.get_untracked());
            store_weights(next);
        }
    };
    let change_items = move |change: &dyn Fn(&mut Vec<Item>)| {
        items.update(|list| change(list));
        from.set(weights.get_untracked());
        if saved {
            let kept = items.get_untracked();
            state.edit(move |p| p.goals.blend_items = kept);
        }
    };

    let ranking = Memo::new(move |_| {
        items.with(|list| {
            let w = weights.get();
            let ranked = blend::rank(list, &w).unwrap_or_default();
            let moves = blend::moves(list, &from.get(), &w).unwrap_or_default();
            ranked
                .into_iter()
                .map(|r| {
                    let moved = moves.iter().find(|m| m.index == r.index).map(|m| m.from_rank);
                    (r.index, r.rank, r.blended, moved)
                })
                .collect::<Vec<_>>()
        })
    });
    let objective = move |lang: Lang, i: usize| names.with_value(|n| i18n::blend_objective(lang, &n[i], i));

    let weight_rows = move || {
        (0..count)
            .map(|i| {
                let id = format!("blend-weight-{i}");
                // The first objective's controls keep the hooks of the two-objective page.
                let (range_hook, number_hook) =
                    ((i == 0).then_some("blend-weight"), (i == 0).then_some("blend-weight-number"));
                let value = move || weights.with(|w| w.get(i).copied().unwrap_or(0.0));
                let on_input = move |ev: leptos::ev::Event| {
                    if let Ok(w) = event_target_value(&ev).trim().parse::<f64>() {
                        set_weight(i, w);
                    }
                };
                view! {
                    <div class="slider-row blend-weight-row" data-testid="blend-objective" data-index=i.to_string()>
                        <label for=id.clone() class="blend-objective">{move || objective(state.lang.get(), i)}</label>
                        <input id=id type="range" min="0" max="1" step="0.05" data-testid=range_hook
                            aria-describedby="blend-weight-hint"
                            prop:value=move || value().to_string() on:input=on_input on:change=end_gesture/>
                        <input type="number" min="0" max="1" step="0.05" data-testid=number_hook
                            aria-label=move || objective(state.lang.get(), i)
                            prop:value=move || format!("{}", (value() * 1000.0).round() / 1000.0)
                            on:input=on_input on:change=end_gesture/>
                    </div>
                }
            })
            .collect_view()
    };

    let sum_problem = move || {
        let w = weights.get();
        (!blend::sums_to_one(&w)).then(|| {
            view! {
                <div class="blend-sum" role="status" data-testid="blend-sum">
                    <p>{move || i18n::blend_sum(state.lang.get(), w.iter().sum())}</p>
                    <button type="button" data-testid="blend-normalise" on:click=make_sum_one>
                        {state.text(PageMsg::CalcBlendNormalise)}
                    </button>
                </div>
            }
        })
    };

    let list = move || {
        items.with(|list| {
            ranking
                .get()
                .into_iter()
                .map(|(index, rank, blended, moved)| {
                    let title = list.get(index).map(|it| it.title.clone()).unwrap_or_default();
                    let (arrow, class) = match moved {
                        Some(from_rank) if from_rank > rank => ("↑", "up"),
                        Some(_) => ("↓", "down"),
                        None => ("", ""),
                    };
                    let note = move || moved.map(|f| i18n::rank_moved(state.lang.get(), f, rank)).unwrap_or_default();
                    view! {
                        <li class=format!("blend-item {class}") data-testid="blend-item" data-index=index.to_string()>
                            <span class="blend-rank">{rank}</span>
                            <span class="blend-title">{title}</span>
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

    let edit_item = move |index: usize, field: ItemField, ev: leptos::ev::Event| {
        let text = one_line(event_target_value(&ev));
        let score = match field {
            ItemField::Title => None,
            ItemField::Score(_) => match text.trim().parse::<f64>() {
                Ok(v) if v.is_finite() => Some(v),
                _ => return,
            },
        };
        change_items(&|list| {
            let Some(item) = list.get_mut(index) else { return };
            match (field, score) {
                (ItemField::Score(j), Some(v)) => {
                    if let Some(s) = item.scores.get_mut(j) {
                        *s = v;
                    }
                }
                _ => item.title.clone_from(&text),
            }
        });
    };
    let add_item = move |_| {
        let title = format!("{} {}", state.t(PageMsg::CalcBlendItemTitle), items.with_untracked(Vec::len) + 1);
        change_items(&|list| list.push(Item { title: title.clone(), scores: vec![0.5; count] }));
    };
    // Rows are rebuilt when one is added or removed, not on every keystroke in them.
    let item_count = Memo::new(move |_| items.with(Vec::len));
    let item_rows = move || {
        let rows = item_count.get();
        (0..rows)
            .map(|i| {
                let (title, scores) = items.with_untracked(|l| (l[i].title.clone(), l[i].scores.clone()));
                let label = move |what: String| format!("{what} {}", i + 1);
                let score_cells = scores
                    .into_iter()
                    .enumerate()
                    .map(|(j, s)| {
                        view! {
                            <td><input type="number" step="0.05" min="0" max="1" class="num"
                                aria-label=move || label(objective(state.lang.get(), j))
                                prop:value=s.to_string() on:input=move |ev| edit_item(i, ItemField::Score(j), ev)/></td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <td><textarea class="one-line" rows="1" aria-label=move || label(state.t(PageMsg::CalcBlendItemTitle).to_string())
                            prop:value=title on:keydown=move |ev| keep_one_line(&ev)
                            on:input=move |ev| edit_item(i, ItemField::Title, ev)></textarea></td>
                        {score_cells}
                        <td><button type="button" class="link-button" data-testid="blend-remove-item"
                            aria-label=move || label(state.t(PageMsg::CalcBlendRemoveItem).to_string())
                            on:click=move |_| change_items(&|list| if i < list.len() { list.remove(i); })>"×"</button></td>
                    </tr>
                }
            })
            .collect_view()
    };

    let saved_note = move || {
        let lang = state.lang.get();
        if state.on_scratch() {
            // The scratch page says itself that nothing is kept until it is saved into a plan.
            String::new()
        } else if saved {
            i18n::blend_saved(lang, count)
        } else {
            i18n::blend_not_saved(lang, plan_count)
        }
    };
    let leader = move || {
        let lang = state.lang.get();
        let top = ranking.get().first().map(|r| r.0);
        let title = top.and_then(|i| items.with(|l| l.get(i).map(|it| it.title.clone())))?;
        let shares = blend::normalised(&weights.get()).ok()?;
        let named: Vec<(String, f64)> = shares.into_iter().enumerate().map(|(i, w)| (objective(lang, i), w)).collect();
        Some(i18n::blend_leader(lang, &named, &title))
    };

    view! {
        <section class="calc calc-blend" data-testid="blend-calculator">
            <div class="calc-answer" aria-live="polite">
                <p data-testid="blend-sentence">{leader}</p>
            </div>
            <fieldset class="calc-slider blend-weights">
                <legend>{state.text(PageMsg::CalcBlendWeight)}</legend>
                {weight_rows}
                <p class="hint" id="blend-weight-hint">{state.text(PageMsg::CalcBlendWeightHint)}</p>
            </fieldset>
            {sum_problem}
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
                            {move || (0..count).map(|j| view! { <th scope="col">{objective(state.lang.get(), j)}</th> }).collect_view()}
                            <th scope="col"><span class="visually-hidden">{state.text(PageMsg::CalcBlendRemoveItem)}</span></th>
                        </tr></thead>
                        <tbody>{item_rows}</tbody>
                    </table>
                </div>
                <button type="button" data-testid="blend-add-item" on:click=add_item>{state.text(PageMsg::CalcBlendAddItem)}</button>
            </details>
        </section>
    }
}
