//! Feedback links (`#/f/<payload>`): an instructor's comments on one student's plan, carried back
//! to the student's own copy. The link holds the plan's id and title and the comments only, never
//! the plan, in format 2's body (checksum, length, coded tree) under the tag `f1`.

use super::{envelope, open_envelope, wire, Corruption, ShareError};
use crate::plan::Comment;
use serde::{Deserialize, Serialize};

/// The fragment route of a feedback link.
pub const ROUTE: &str = "#/f/";
/// The tag of the feedback format.
pub const TAG: &str = "f1";
/// The most comments one feedback link carries.
pub const MAX_COMMENTS: usize = 200;

/// An instructor's comments on one plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Feedback {
    /// The id of the student's plan, which their browser matches the comments to.
    pub plan_id: String,
    /// Its title, to say which plan the feedback is for when it is not in this browser.
    pub plan_title: String,
    pub comments: Vec<Comment>,
}

/// The payload of a feedback link: `f1.<base64url body>`.
pub fn encode_feedback(feedback: &Feedback) -> String {
    let tree = serde_json::to_value(feedback).expect("feedback always serialises");
    let mut binary = Vec::new();
    wire::write_value(&mut binary, &tree);
    envelope(TAG, binary.len() as u64, &super::coded_v2(&binary))
}

/// Reads a feedback link: a whole link, its fragment or its payload.
pub fn decode_feedback(link: &str) -> Result<Feedback, ShareError> {
    let input = link.trim();
    let payload = match input.split_once(ROUTE) {
        Some((_, payload)) => payload,
        None => input.trim_start_matches('#').trim_start_matches("/f/"),
    };
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.len() > super::limits::MAX_PAYLOAD_LEN {
        return Err(ShareError::TooLong { len: payload.len(), max: super::limits::MAX_PAYLOAD_LEN });
    }
    let Some(body) = payload.strip_prefix(TAG).and_then(|rest| rest.strip_prefix('.')) else {
        return Err(ShareError::NotAShareLink);
    };
    let tree = wire::read_root(&open_envelope(body)?)?;
    let feedback: Feedback =
        serde_json::from_value(tree).map_err(|_| ShareError::Corrupt { offset: 0, problem: Corruption::BadDelta })?;
    if feedback.plan_id.is_empty() || feedback.comments.len() > MAX_COMMENTS {
        return Err(ShareError::Corrupt { offset: 0, problem: Corruption::BadDelta });
    }
    Ok(feedback)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Feedback {
        Feedback {
            plan_id: "mz3k1q".into(),
            plan_title: "택시 요금".into(),
            comments: vec![Comment {
                id: "c1".into(),
                step: "goals".into(),
                field: "Metric".into(),
                text: "MAE만으로는 부족합니다. 최악의 오차도 보세요.".into(),
                created_ms: 5,
                done: false,
            }],
        }
    }

    #[test]
    fn feedback_round_trips_in_every_link_form() {
        let payload = encode_feedback(&sample());
        assert!(payload.starts_with("f1."));
        for link in [payload.clone(), format!("#/f/{payload}"), format!("https://h.example/app/#/f/{payload}")] {
            assert_eq!(decode_feedback(&link), Ok(sample()), "{link}");
        }
    }

    #[test]
    fn other_links_and_damage_are_errors() {
        let payload = encode_feedback(&sample());
        assert_eq!(decode_feedback(""), Err(ShareError::Empty));
        assert_eq!(decode_feedback("#/f/2.abc"), Err(ShareError::NotAShareLink));
        let mut damaged = payload.clone();
        damaged.pop();
        assert!(decode_feedback(&damaged).is_err());
        let plan = crate::share::encode(&crate::plan::Plan::new("a", "b", 0));
        assert!(decode_feedback(&format!("f1.{}", &plan[2..])).is_err(), "a plan is not feedback");
        let none = Feedback { plan_id: String::new(), ..sample() };
        assert!(decode_feedback(&encode_feedback(&none)).is_err(), "feedback names its plan");
    }
}
