//! Curve downsampling: the points kept when a curve is drawn.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A point of a curve to draw, with the threshold that produces it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    pub x: f64,
    pub y: f64,
    pub threshold: f64,
}

/// When a curve has more points than will be drawn, points nearer than this to the last point kept
/// (in rate units, both axes 0 to 1) are dropped before `downsample`, the last point always kept: a
/// ten-thousandth of the plot is a tenth of a pixel on a chart 1,000 pixels wide, so the drawn shape
/// cannot change, and a million-point curve reaches `downsample` as a few thousand points.
pub(super) const INDISTINCT: f64 = 1e-4;

/// True when two points are nearer than `INDISTINCT`.
#[inline(always)]
pub(super) fn indistinct(a: &CurvePoint, b: &CurvePoint) -> bool {
    let (dx, dy) = (a.x - b.x, a.y - b.y);
    dx * dx + dy * dy < INDISTINCT * INDISTINCT
}

pub(super) fn downsample_points(points: &[CurvePoint], max_points: usize) -> Vec<CurvePoint> {
    let xy: Vec<(f64, f64)> = points.iter().map(|p| (p.x, p.y)).collect();
    downsample(&xy, max_points).into_iter().map(|i| points[i]).collect()
}

/// A segment `start..=end` of the polyline and its farthest interior point.
#[derive(PartialEq)]
struct Segment {
    deviation: f64,
    start: usize,
    end: usize,
    farthest: usize,
}

impl Eq for Segment {}

impl Ord for Segment {
    fn cmp(&self, other: &Self) -> Ordering {
        // Deviations are finite and non-negative; ties split the earlier segment first.
        self.deviation.total_cmp(&other.deviation).then(other.start.cmp(&self.start))
    }
}

impl PartialOrd for Segment {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The farthest interior point of `start..=end` from the chord, if it is off the chord at all.
fn segment(points: &[(f64, f64)], start: usize, end: usize) -> Option<Segment> {
    let (a, b) = (points[start], points[end]);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx.hypot(dy);
    // Distance to the chord is |cross| / length: compare the cross products, divide once. When the
    // ends coincide, fall back to the distance from that point.
    let off_chord = |p: (f64, f64)| {
        let d = if length > 0.0 { ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() } else { (p.0 - a.0).hypot(p.1 - a.1) };
        if d.is_nan() {
            0.0
        } else {
            d
        }
    };
    let (mut farthest, mut most) = (start, 0.0);
    for (i, &p) in points.iter().enumerate().take(end).skip(start + 1) {
        let d = off_chord(p);
        if d > most {
            (farthest, most) = (i, d);
        }
    }
    let deviation = if length > 0.0 { most / length } else { most };
    (deviation > 0.0).then_some(Segment { deviation, start, end, farthest })
}

/// Indices (ascending) of at most `max_points` points (at least 2) that keep a polyline's shape.
///
/// Choice: greedy Ramer–Douglas–Peucker by largest deviation. Start with the two ends; repeatedly add
/// the point farthest from the chord of the segment it lies in, until the budget is spent or every
/// remaining point lies on its chord. Corners are exactly the points farthest from the chords, so they
/// are kept first, and the largest visible error is as small as the greedy order allows. Each split
/// rescans its segment, about n · log2(max_points) distance computations for balanced splits.
pub fn downsample(points: &[(f64, f64)], max_points: usize) -> Vec<usize> {
    let n = points.len();
    let budget = max_points.max(2);
    if n <= budget {
        return (0..n).collect();
    }
    let mut kept = vec![0, n - 1];
    let mut heap: BinaryHeap<Segment> = segment(points, 0, n - 1).into_iter().collect();
    while kept.len() < budget {
        let Some(s) = heap.pop() else { break };
        kept.push(s.farthest);
        heap.extend(segment(points, s.start, s.farthest));
        heap.extend(segment(points, s.farthest, s.end));
    }
    crate::order::sort_by(&mut kept, usize::cmp);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn downsample_keeps_ends_and_corners_within_budget() {
        // A step curve: a corner at (0, 1) between long straight runs.
        let mut points: Vec<(f64, f64)> = (0..1000).map(|i| (0.0, f64::from(i) / 999.0)).collect();
        points.extend((1..1000).map(|i| (f64::from(i) / 999.0, 1.0)));
        let kept = downsample(&points, 10);
        assert_eq!(kept, vec![0, 999, 1998]);
        let noisy: Vec<(f64, f64)> = (0..5000).map(|i| (f64::from(i) / 4999.0, f64::from(i % 7) / 7.0)).collect();
        let kept = downsample(&noisy, 512);
        assert_eq!(kept.len(), 512);
        assert_eq!((kept[0], kept[511]), (0, 4999));
        assert!(kept.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(downsample(&[(0.0, 0.0)], 0), vec![0]);
    }
}
