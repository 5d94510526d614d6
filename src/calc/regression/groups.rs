//! The error figures of each group of rows (a region, a segment), so an error that one group
//! bears is not averaged away.

use super::metrics::{metrics, share_within, RegressionError, RegressionMetrics, Tolerance};

/// One group's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupErrors {
    pub name: String,
    pub rows: usize,
    pub metrics: RegressionMetrics,
    pub within: f64,
}

/// Figures per group, in the order the groups first appear; `groups[i]` indexes `names`.
pub fn per_group(
    actual: &[f64],
    predicted: &[f64],
    groups: &[u32],
    names: &[String],
    tolerance: Tolerance,
) -> Result<Vec<GroupErrors>, RegressionError> {
    if groups.len() != actual.len() {
        return Err(RegressionError::LengthMismatch { actual: actual.len(), predicted: groups.len() });
    }
    let mut split: Vec<(Vec<f64>, Vec<f64>)> = vec![(Vec::new(), Vec::new()); names.len()];
    for ((&a, &p), &g) in actual.iter().zip(predicted).zip(groups) {
        if let Some((ga, gp)) = split.get_mut(g as usize) {
            ga.push(a);
            gp.push(p);
        }
    }
    split
        .into_iter()
        .zip(names)
        .filter(|((a, _), _)| !a.is_empty())
        .map(|((a, p), name)| {
            Ok(GroupErrors {
                name: name.clone(),
                rows: a.len(),
                metrics: metrics(&a, &p)?,
                within: share_within(&a, &p, tolerance).unwrap_or(0.0),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_group_gets_its_own_figures() {
        let names = vec!["Seoul".to_string(), "Busan".to_string(), "Jeju".to_string()];
        let got =
            per_group(&[10.0, 20.0, 30.0], &[11.0, 20.0, 60.0], &[0, 1, 0], &names, Tolerance::Absolute(2.0)).unwrap();
        assert_eq!(got.len(), 2, "a group with no rows is left out");
        assert_eq!(
            (got[0].name.as_str(), got[0].rows, got[0].metrics.max_error, got[0].within),
            ("Seoul", 2, 30.0, 0.5)
        );
        assert_eq!((got[1].name.as_str(), got[1].metrics.mae), ("Busan", 0.0));
        assert!(per_group(&[1.0], &[1.0], &[], &names, Tolerance::Absolute(1.0)).is_err());
    }
}
