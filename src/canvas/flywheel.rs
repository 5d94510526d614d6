//! The flywheel: a cycle of 3 to 8 steps in which each step strengthens the next and the last
//! feeds the first. Edits here keep the ML lever on the step it was chosen for, whatever moves
//! or goes; the geometry places the steps on a circle for the drawing.

use super::move_item;
use crate::plan::CanvasSection;
use std::f64::consts::PI;

/// The fewest steps that still make a cycle worth drawing.
pub const MIN_STEPS: usize = 3;
/// The most steps a flywheel keeps readable.
pub const MAX_STEPS: usize = 8;

/// Why an edit was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    TooFew,
    TooMany,
}

/// Starts an empty flywheel with [`MIN_STEPS`] blank steps; does nothing if it has steps.
pub fn start(c: &mut CanvasSection) {
    if c.flywheel.is_empty() {
        c.flywheel = vec![String::new(); MIN_STEPS];
    }
}

/// Appends a blank step, unless the flywheel is full.
pub fn add(c: &mut CanvasSection) -> Result<usize, Limit> {
    if c.flywheel.len() >= MAX_STEPS {
        return Err(Limit::TooMany);
    }
    c.flywheel.push(String::new());
    Ok(c.flywheel.len() - 1)
}

/// Removes step `at`, unless that would leave fewer than [`MIN_STEPS`]. The lever follows its
/// step, and is cleared when its step is the one removed.
pub fn remove(c: &mut CanvasSection, at: usize) -> Result<String, Limit> {
    if c.flywheel.len() <= MIN_STEPS {
        return Err(Limit::TooFew);
    }
    if at >= c.flywheel.len() {
        return Ok(String::new());
    }
    c.ml_lever = match c.ml_lever {
        Some(l) if l == at => None,
        Some(l) if l > at => Some(l - 1),
        other => other,
    };
    Ok(c.flywheel.remove(at))
}

/// Moves step `from` to position `to`; the lever stays on the step it marks.
pub fn reorder(c: &mut CanvasSection, from: usize, to: usize) -> bool {
    if !move_item(&mut c.flywheel, from, to) {
        return false;
    }
    c.ml_lever = c.ml_lever.map(|l| {
        if l == from {
            to
        } else if from < to && l > from && l <= to {
            l - 1
        } else if to < from && l >= to && l < from {
            l + 1
        } else {
            l
        }
    });
    true
}

/// The lever, when it names a step that exists.
pub fn lever(c: &CanvasSection) -> Option<usize> {
    c.ml_lever.filter(|i| *i < c.flywheel.len())
}

/// A point in the drawing's coordinates (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The drawing: a square of `size` units, steps as circles on a ring, arrows along the ring.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub size: f64,
    pub center: Point,
    pub ring: f64,
    pub node_radius: f64,
    /// Step centres, the first at the top, then clockwise.
    pub nodes: Vec<Point>,
    /// SVG path data of the arrow from each step to the next (the last to the first).
    pub arrows: Vec<String>,
}

/// Places `n` steps clockwise from the top of a ring and draws an arc from each to the next,
/// starting and ending a little outside the circles so arrowheads stay visible.
pub fn layout(n: usize) -> Layout {
    let size = 440.0;
    let center = Point { x: size / 2.0, y: size / 2.0 };
    let ring = 150.0;
    // Smaller circles when many steps share the ring, so neighbours never touch.
    let node_radius = if n <= 4 { 62.0 } else { (ring * (PI / n as f64).sin() - 10.0).min(56.0) };
    let angle = |i: f64| -PI / 2.0 + 2.0 * PI * i / n.max(1) as f64;
    let at = |a: f64| Point { x: center.x + ring * a.cos(), y: center.y + ring * a.sin() };
    let nodes: Vec<Point> = (0..n).map(|i| at(angle(i as f64))).collect();
    // The angle along the ring that a circle plus a small gap covers.
    let clear = 2.0 * ((node_radius + 6.0) / (2.0 * ring)).min(1.0).asin();
    let arrows = (0..n)
        .map(|i| {
            let start = at(angle(i as f64) + clear);
            let end = at(angle(i as f64 + 1.0) - clear);
            format!("M {} {} A {ring} {ring} 0 0 1 {} {}", round(start.x), round(start.y), round(end.x), round(end.y))
        })
        .collect();
    Layout { size, center, ring, node_radius, nodes, arrows }
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Breaks a step's text into at most `max_lines` lines of about `width` columns for the drawing
/// (Hangul and other wide characters count as two columns). Words stay whole where they fit; a
/// text too long for the space ends with an ellipsis.
pub fn wrap_label(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let cols = |s: &str| s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum::<usize>();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut truncated = false;
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if cols(&candidate) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than a line is cut across lines.
        let mut rest = word.to_string();
        while cols(&rest) > width {
            let mut cut = String::new();
            for c in rest.chars() {
                if cols(&cut) + cols(&c.to_string()) > width {
                    break;
                }
                cut.push(c);
            }
            rest = rest[cut.len()..].to_string();
            lines.push(cut);
        }
        line = rest;
        if lines.len() >= max_lines {
            truncated = true;
            break;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        truncated = true;
    }
    if truncated {
        if let Some(last) = lines.last_mut() {
            while cols(last) + 1 > width && last.pop().is_some() {}
            let trimmed = last.trim_end().to_string();
            *last = format!("{trimmed}…");
        }
    }
    lines
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}
