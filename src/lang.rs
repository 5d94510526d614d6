//! The languages of the interface, and what a fixed text is: a leaf of the crate, so the plan
//! (its worked examples come in each language) and the message tables can both name a language
//! without depending on each other. [`crate::i18n`] re-exports both.

use serde::{Deserialize, Serialize};

/// The languages of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// Picks the interface language from the browser's preferred languages, in order:
    /// the first one that is Korean or English wins; anything else falls back to English.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            match primary.as_str() {
                "ko" => return Lang::Ko,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    pub fn t(self, msg: impl Text) -> &'static str {
        msg.text(self)
    }
}

/// A fixed interface text: an entry of a message table, or a function of the language (for texts
/// a domain words itself, such as the feasibility questions).
pub trait Text: Copy + Send + Sync + 'static {
    fn text(self, lang: Lang) -> &'static str;
}

impl<F: Fn(Lang) -> &'static str + Copy + Send + Sync + 'static> Text for F {
    fn text(self, lang: Lang) -> &'static str {
        self(lang)
    }
}
