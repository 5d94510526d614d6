//! Where the app is, as carried in the URL fragment.
//!
//! Routing lives entirely in the fragment (`#/p/<plan-id>/<page>`), so any static host serves
//! the app from any sub-path, a reload keeps the page, and the browser's back and forward
//! buttons move between steps. This module only parses and formats; the UI listens for
//! fragment changes.

use crate::plan::Step;

/// A decision calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Threshold,
    Tradeoff,
    Blend,
    AbTest,
    Errors,
    Drift,
}

impl Tool {
    pub const ALL: [Tool; 6] = [Tool::Threshold, Tool::Tradeoff, Tool::Blend, Tool::AbTest, Tool::Errors, Tool::Drift];

    pub fn slug(self) -> &'static str {
        match self {
            Tool::Threshold => "threshold",
            Tool::Tradeoff => "tradeoff",
            Tool::Blend => "blend",
            Tool::AbTest => "abtest",
            Tool::Errors => "errors",
            Tool::Drift => "drift",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The lifecycle step where this decision is made.
    pub fn step(self) -> Step {
        match self {
            Tool::Threshold | Tool::Tradeoff | Tool::Errors => Step::Constraints,
            Tool::Blend => Step::Goals,
            Tool::AbTest => Step::Metrics,
            Tool::Drift => Step::Monitoring,
        }
    }
}

/// A page of an open plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Step(Step),
    /// The plan review: findings that point back into the steps.
    Review,
    /// The whole plan on one page, for print and Markdown.
    Report,
    /// A calculator on a page of its own, working on this plan's inputs.
    Calc(Tool),
}

impl Page {
    fn path(self) -> String {
        match self {
            Page::Step(step) => step.slug().to_string(),
            Page::Review => "review".to_string(),
            Page::Report => "report".to_string(),
            Page::Calc(tool) => format!("calc/{}", tool.slug()),
        }
    }

    fn parse<'a>(mut parts: impl Iterator<Item = &'a str>) -> Page {
        match parts.next() {
            Some("review") => Page::Review,
            Some("report") => Page::Report,
            Some("calc") => parts.next().and_then(Tool::from_slug).map_or(Page::Step(Step::Problem), Page::Calc),
            Some(slug) => Page::Step(Step::from_slug(slug).unwrap_or(Step::Problem)),
            None => Page::Step(Step::Problem),
        }
    }
}

/// How a shared plan link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkMode {
    /// `#/s/…`: a preview offering "save as a new plan" and "just view".
    Shared,
    /// `#/v/…`: opens straight into a read-only view; saving a copy stays possible.
    ReadOnly,
    /// `#/c/…`: a template for a class: each student starts their own copy.
    Classroom,
}

impl LinkMode {
    pub const ALL: [LinkMode; 3] = [LinkMode::Shared, LinkMode::ReadOnly, LinkMode::Classroom];

    /// The fragment prefix, e.g. `#/s/`.
    pub fn prefix(self) -> &'static str {
        match self {
            LinkMode::Shared => "#/s/",
            LinkMode::ReadOnly => "#/v/",
            LinkMode::Classroom => "#/c/",
        }
    }

    fn from_word(word: &str) -> Option<LinkMode> {
        LinkMode::ALL.into_iter().find(|m| &m.prefix()[2..3] == word)
    }
}

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page: the plan library and the examples.
    Home,
    /// A page of one plan.
    Plan { id: String, page: Page },
    /// A plan carried in the link itself; nothing is stored until the person says so.
    Link { mode: LinkMode, payload: String },
    /// A calculator opened from the start page, on a scratch plan (`crate::scratch`).
    Scratch(Tool),
    /// The class board (`crate::class`): `#/class` a new, unnamed class; `#/class/<id>` a class
    /// kept in this browser.
    Class(Option<String>),
    /// Two stored plans side by side: `#/compare/<a>/<b>`.
    Compare(String, String),
    /// An instructor's comments for a plan of this browser: `#/f/<payload>`.
    Feedback(String),
}

impl Route {
    /// Reads a fragment, with or without the leading `#`. Unknown fragments lead home;
    /// a plan without a (known) page opens its first step.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/').filter(|s| !s.is_empty());
        match (parts.next(), parts.next()) {
            (Some("class"), None) => Route::Class(None),
            (Some("f"), Some(_)) => Route::Feedback(path.split_once('/').map_or("", |(_, rest)| rest).to_string()),
            (Some("compare"), Some(a)) => match parts.next() {
                Some(b) if is_plan_id(a) && is_plan_id(b) => Route::Compare(a.to_string(), b.to_string()),
                _ => Route::Home,
            },
            (Some("class"), Some(id)) if is_plan_id(id) => Route::Class(Some(id.to_string())),
            (Some("p"), Some(id)) if is_plan_id(id) => Route::Plan { id: id.to_string(), page: Page::parse(parts) },
            (Some("calc"), Some(slug)) => Tool::from_slug(slug).map_or(Route::Home, Route::Scratch),
            (Some(word), Some(_)) if LinkMode::from_word(word).is_some() => {
                let mode = LinkMode::from_word(word).expect("checked by the guard");
                // The payload is everything after the prefix, slashes included, so a damaged
                // link still reaches the decoder and gets a precise message.
                let payload = path.split_once('/').map_or("", |(_, rest)| rest).to_string();
                Route::Link { mode, payload }
            }
            _ => Route::Home,
        }
    }

    /// A route to one step of a plan.
    pub fn step(id: impl Into<String>, step: Step) -> Route {
        Route::Plan { id: id.into(), page: Page::Step(step) }
    }

    /// The fragment for this route, including the `#`.
    pub fn fragment(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Plan { id, page } => format!("#/p/{id}/{}", page.path()),
            Route::Link { mode, payload } => format!("{}{payload}", mode.prefix()),
            Route::Scratch(tool) => format!("#/calc/{}", tool.slug()),
            Route::Class(None) => "#/class".to_string(),
            Route::Class(Some(id)) => format!("#/class/{id}"),
            Route::Compare(a, b) => format!("#/compare/{a}/{b}"),
            Route::Feedback(payload) => format!("#/f/{payload}"),
        }
    }

    pub fn plan_id(&self) -> Option<&str> {
        match self {
            Route::Plan { id, .. } => Some(id),
            Route::Home
            | Route::Link { .. }
            | Route::Scratch(_)
            | Route::Class(_)
            | Route::Compare(..)
            | Route::Feedback(_) => None,
        }
    }

    /// The same plan at another page.
    pub fn with_page(&self, page: Page) -> Route {
        match self {
            Route::Plan { id, .. } => Route::Plan { id: id.clone(), page },
            other => other.clone(),
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
        let mut pages: Vec<Page> = Step::ALL.into_iter().map(Page::Step).collect();
        pages.extend([Page::Review, Page::Report]);
        pages.extend(Tool::ALL.map(Page::Calc));
        for page in pages {
            let r = Route::Plan { id: "k3x9a".into(), page };
            assert_eq!(Route::parse(&r.fragment()), r);
        }
        assert_eq!(Route::parse(&Route::Home.fragment()), Route::Home);
        for tool in Tool::ALL {
            assert_eq!(Route::parse(&Route::Scratch(tool).fragment()), Route::Scratch(tool));
        }
        assert_eq!(Route::parse("#/calc/threshold"), Route::Scratch(Tool::Threshold));
        assert_eq!(Route::parse("#/calc/nope"), Route::Home, "an unknown calculator leads home");
        for class in [Route::Class(None), Route::Class(Some("c8k2".into()))] {
            assert_eq!(Route::parse(&class.fragment()), class);
        }
        assert_eq!(Route::parse("#/class/<b>"), Route::Home, "a class id is a plain word");
        let compare = Route::Compare("a1".into(), "b2".into());
        assert_eq!(Route::parse(&compare.fragment()), compare);
        assert_eq!(Route::parse("#/compare/a1"), Route::Home, "two plans or none");
        let feedback = Route::Feedback("f1.AbC-_x".into());
        assert_eq!(Route::parse(&feedback.fragment()), feedback);
    }

    #[test]
    fn lenient_forms_are_understood() {
        let goals = Route::step("a1", Step::Goals);
        assert_eq!(Route::parse("/p/a1/goals"), goals);
        assert_eq!(Route::parse("#p/a1/goals/"), goals);
        assert_eq!(Route::parse("#/p/a1"), Route::step("a1", Step::Problem));
        assert_eq!(Route::parse("#/p/a1/unknown"), Route::step("a1", Step::Problem));
        assert_eq!(Route::parse("#/p/a1/calc/nope"), Route::step("a1", Step::Problem));
    }

    #[test]
    fn anything_else_goes_home() {
        for f in ["", "#", "#/", "#/x/y", "#/p/", "#/p/<script>/goals", "#/p/a%20b"] {
            assert_eq!(Route::parse(f), Route::Home, "{f}");
        }
    }

    #[test]
    fn link_routes_keep_their_payload_whole() {
        for mode in LinkMode::ALL {
            let r = Route::Link { mode, payload: "1.AbC-_x".into() };
            assert_eq!(Route::parse(&r.fragment()), r);
        }
        assert_eq!(
            Route::parse("#/s/1.abc/def"),
            Route::Link { mode: LinkMode::Shared, payload: "1.abc/def".into() },
            "a stray slash stays in the payload for the decoder to judge"
        );
        assert_eq!(Route::parse("#/s/"), Route::Home);
    }

    #[test]
    fn each_tool_belongs_to_a_step_and_has_a_unique_slug() {
        for t in Tool::ALL {
            assert_eq!(Tool::from_slug(t.slug()), Some(t));
        }
        assert_eq!(Tool::Threshold.step(), Step::Constraints);
        assert_eq!(Tool::AbTest.step(), Step::Metrics);
    }
}
