//! Where the app is, as carried in the URL fragment.
//!
//! Routing lives entirely in the fragment (`#/p/<plan-id>/<step>`), so any static host serves
//! the app from any sub-path, a reload keeps the page, and the browser's back and forward
//! buttons move between steps. This module only parses and formats; the UI listens for
//! fragment changes.

use crate::plan::Step;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page: the plan library.
    Home,
    /// One step of one plan.
    Plan { id: String, step: Step },
}

impl Route {
    /// Reads a fragment, with or without the leading `#`. Unknown fragments lead home;
    /// a plan without a (known) step opens its first step.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/').filter(|s| !s.is_empty());
        match (parts.next(), parts.next(), parts.next()) {
            (Some("p"), Some(id), step) if is_plan_id(id) => {
                Route::Plan { id: id.to_string(), step: step.and_then(Step::from_slug).unwrap_or(Step::Problem) }
            }
            _ => Route::Home,
        }
    }

    /// The fragment for this route, including the `#`.
    pub fn fragment(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Plan { id, step } => format!("#/p/{id}/{}", step.slug()),
        }
    }

    pub fn plan_id(&self) -> Option<&str> {
        match self {
            Route::Plan { id, .. } => Some(id),
            Route::Home => None,
        }
    }
}

/// Plan ids are short ASCII words; anything else in a fragment is not a plan id.
pub fn is_plan_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_routes_round_trip() {
        for step in Step::ALL {
            let r = Route::Plan { id: "k3x9a".into(), step };
            assert_eq!(Route::parse(&r.fragment()), r);
        }
        assert_eq!(Route::parse(&Route::Home.fragment()), Route::Home);
    }

    #[test]
    fn lenient_forms_are_understood() {
        let goals = Route::Plan { id: "a1".into(), step: Step::Goals };
        assert_eq!(Route::parse("/p/a1/goals"), goals);
        assert_eq!(Route::parse("#p/a1/goals/"), goals);
        assert_eq!(Route::parse("#/p/a1"), Route::Plan { id: "a1".into(), step: Step::Problem });
        assert_eq!(Route::parse("#/p/a1/unknown"), Route::Plan { id: "a1".into(), step: Step::Problem });
    }

    #[test]
    fn anything_else_goes_home() {
        for f in ["", "#", "#/", "#/x/y", "#/p/", "#/p/<script>/goals", "#/p/a%20b"] {
            assert_eq!(Route::parse(f), Route::Home, "{f}");
        }
    }
}
