//! Flywheel limits and edits (the ML lever follows its step), the drawing's geometry, label
//! wrapping, and the canvas blocks and questions.

use mlplan::canvas::flywheel::{self, Limit, MAX_STEPS, MIN_STEPS};
use mlplan::canvas::{move_item, text, Block, Question};
use mlplan::i18n::Lang;
use mlplan::plan::{examples, CanvasSection};

fn wheel(steps: &[&str], lever: Option<usize>) -> CanvasSection {
    CanvasSection { flywheel: steps.iter().map(|s| s.to_string()).collect(), ml_lever: lever, ..Default::default() }
}

#[test]
fn start_gives_the_minimum_and_add_stops_at_the_maximum() {
    let mut c = CanvasSection::default();
    flywheel::start(&mut c);
    assert_eq!(c.flywheel.len(), MIN_STEPS);
    for _ in MIN_STEPS..MAX_STEPS {
        assert!(flywheel::add(&mut c).is_ok());
    }
    assert_eq!(c.flywheel.len(), MAX_STEPS);
    assert_eq!(flywheel::add(&mut c), Err(Limit::TooMany));
    assert_eq!(c.flywheel.len(), MAX_STEPS);
    c.flywheel[0] = "kept".into();
    flywheel::start(&mut c);
    assert_eq!(c.flywheel[0], "kept", "start never overwrites steps");
}

#[test]
fn remove_stops_at_the_minimum_and_the_lever_follows_its_step() {
    let mut c = wheel(&["a", "b", "c", "d", "e"], Some(3));
    assert_eq!(flywheel::remove(&mut c, 1), Ok("b".to_string()));
    assert_eq!(c.ml_lever, Some(2), "d moved down one place");
    assert_eq!(c.flywheel[2], "d");
    assert_eq!(flywheel::remove(&mut c, 2), Ok("d".to_string()));
    assert_eq!(c.ml_lever, None, "the lever's own step went");
    assert_eq!(flywheel::remove(&mut c, 0), Err(Limit::TooFew));
    assert_eq!(c.flywheel, ["a", "c", "e"]);
}

#[test]
fn reorder_keeps_the_lever_on_its_step() {
    for (from, to) in [(0, 3), (3, 0), (1, 2), (2, 1), (0, 1), (3, 2)] {
        for lever in 0..4 {
            let mut c = wheel(&["a", "b", "c", "d"], Some(lever));
            let marked = c.flywheel[lever].clone();
            assert!(flywheel::reorder(&mut c, from, to));
            assert_eq!(c.flywheel[c.ml_lever.unwrap()], marked, "move {from}->{to}, lever on {marked}");
        }
    }
    let mut c = wheel(&["a", "b", "c"], None);
    assert!(!flywheel::reorder(&mut c, 0, 3));
    assert!(!flywheel::reorder(&mut c, 1, 1));
}

#[test]
fn move_item_shifts_the_items_between() {
    let mut v = vec![1, 2, 3, 4];
    assert!(move_item(&mut v, 0, 2));
    assert_eq!(v, [2, 3, 1, 4]);
    assert!(move_item(&mut v, 3, 0));
    assert_eq!(v, [4, 2, 3, 1]);
    assert!(!move_item(&mut v, 4, 0));
}

#[test]
fn layout_places_steps_clockwise_from_the_top_without_overlap() {
    for n in MIN_STEPS..=MAX_STEPS {
        let l = flywheel::layout(n);
        assert_eq!(l.nodes.len(), n);
        assert_eq!(l.arrows.len(), n);
        let top = l.nodes[0];
        assert!((top.x - l.center.x).abs() < 1e-9 && top.y < l.center.y, "first step at the top");
        assert!(l.nodes[1].x > l.center.x, "second step to the right: clockwise");
        for (i, a) in l.nodes.iter().enumerate() {
            let b = l.nodes[(i + 1) % n];
            let gap = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
            assert!(gap > 2.0 * l.node_radius + 8.0, "n={n}: neighbours {i} overlap");
            assert!(a.x - l.node_radius >= 0.0 && a.x + l.node_radius <= l.size, "n={n}: inside the drawing");
            assert!(a.y - l.node_radius >= 0.0 && a.y + l.node_radius <= l.size);
        }
        for d in &l.arrows {
            assert!(d.starts_with("M ") && d.contains(" A 150 150 0 0 1 "), "{d}");
        }
    }
}

#[test]
fn labels_wrap_to_the_space_and_say_when_cut() {
    assert_eq!(flywheel::wrap_label("More drivers on the road", 12, 3), ["More drivers", "on the road"]);
    assert_eq!(flywheel::wrap_label("도로 위 기사 증가", 8, 3), ["도로 위", "기사", "증가"]);
    let long = flywheel::wrap_label("one two three four five six seven eight nine ten", 9, 2);
    assert_eq!(long.len(), 2);
    assert!(long[1].ends_with('…'), "{long:?}");
    assert_eq!(flywheel::wrap_label("supercalifragilistic", 8, 3), ["supercal", "ifragili", "stic"]);
    assert!(flywheel::wrap_label("   ", 8, 3).is_empty());
}

#[test]
fn the_summary_reads_the_cycle_and_names_the_lever() {
    let c = examples::build("eta", Lang::En).unwrap().canvas;
    let s = text::flywheel_summary(Lang::En, &c.flywheel, flywheel::lever(&c));
    assert!(s.starts_with("A cycle of 4 steps: 1. More drivers on the road → 2. Shorter waits"), "{s}");
    assert!(s.ends_with("Machine learning acts on step 2."), "{s}");
    let ko = examples::build("eta", Lang::Ko).unwrap().canvas;
    assert!(text::flywheel_summary(Lang::Ko, &ko.flywheel, Some(1)).contains("2단계에 작용"));
}

#[test]
fn blocks_and_questions_are_one_record_each() {
    let mut c = CanvasSection::default();
    for (i, b) in Block::ALL.into_iter().enumerate() {
        assert_eq!(Block::from_key(b.key()), Some(b));
        b.notes_mut(&mut c).push(i.to_string());
    }
    let json = serde_json::to_value(&c).unwrap();
    for (i, b) in Block::ALL.into_iter().enumerate() {
        assert_eq!(json[b.key()][0], i.to_string(), "the key is the stored field name");
        assert_eq!(b.notes(&c), &vec![i.to_string()]);
    }
    for q in Question::ALL {
        *q.answer_mut(&mut c) = q.key().to_string();
        assert!(json.get(q.key()).is_some());
        for b in q.blocks() {
            assert_eq!(b.question(), Some(q), "{b:?} shows one answer");
        }
    }
    assert_eq!(c.provides, "provides");
    assert_eq!(Block::CustomerSegments.question(), None);
}

#[test]
fn the_ride_hailing_example_has_a_complete_canvas_and_flywheel() {
    for lang in Lang::ALL {
        let c = examples::build("eta", lang).unwrap().canvas;
        for b in Block::ALL {
            assert!(b.notes(&c).iter().filter(|n| !n.trim().is_empty()).count() >= 2, "{b:?}");
        }
        for q in Question::ALL {
            assert!(!q.answer(&c).trim().is_empty());
        }
        assert_eq!(c.flywheel.len(), 4);
        assert!(c.flywheel.iter().all(|s| !s.trim().is_empty()));
        assert_eq!(flywheel::lever(&c), Some(1));
        assert!(!c.ml_lever_note.trim().is_empty());
    }
}
