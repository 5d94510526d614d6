//! Interface preferences kept beside the plans.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// Light or dark colors; `System` follows the operating system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    #[default]
    System,
    Light,
    Dark,
}

impl Scheme {
    pub const ALL: [Scheme; 3] = [Scheme::System, Scheme::Light, Scheme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Scheme::System => "system",
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    pub fn from_slug(s: &str) -> Option<Scheme> {
        Scheme::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// What the person chose. `lang` is `None` until they choose, so a first visit follows the
/// browser's languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Option<Lang>,
    pub scheme: Scheme,
}

impl Prefs {
    /// Reads stored preferences; anything unreadable means the defaults, since preferences
    /// are cheap to choose again and must never stop the app from starting.
    pub fn parse(text: Option<&str>) -> Prefs {
        text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("preferences are plain enums")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_prefs_fall_back_to_defaults() {
        assert_eq!(Prefs::parse(None), Prefs::default());
        assert_eq!(Prefs::parse(Some("{oops")), Prefs::default());
        assert_eq!(Prefs::parse(Some(r#"{"lang":"xx"}"#)), Prefs::default());
    }

    #[test]
    fn prefs_round_trip() {
        let p = Prefs { lang: Some(Lang::Ko), scheme: Scheme::Dark };
        assert_eq!(Prefs::parse(Some(&p.to_json())), p);
        assert_eq!(Scheme::from_slug("dark"), Some(Scheme::Dark));
    }
}
