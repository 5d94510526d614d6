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
    /// When every plan was last downloaded as a backup (the export of all plans).
    pub backup_ms: Option<u64>,
    /// When the start page last said that a backup is due; it says so once per backup.
    pub backup_reminded_ms: Option<u64>,
}

/// How long plans may have changes that no backup holds before the start page says so.
pub const BACKUP_REMINDER_AFTER_MS: u64 = 7 * 24 * 60 * 60 * 1000;

/// Whether the start page should say, once, that a backup is due: some plan changed after the
/// last backup (or there never was one), the oldest such change is more than a week old, and the
/// reminder has not been shown since that backup.
pub fn backup_reminder_due(prefs: &Prefs, plan_changes_ms: impl IntoIterator<Item = u64>, now_ms: u64) -> bool {
    let backed_up = prefs.backup_ms.unwrap_or(0);
    if prefs.backup_reminded_ms.is_some_and(|reminded| reminded >= backed_up) {
        return false;
    }
    let oldest_unsaved = plan_changes_ms.into_iter().filter(|&ms| ms > backed_up).min();
    oldest_unsaved.is_some_and(|ms| now_ms.saturating_sub(ms) > BACKUP_REMINDER_AFTER_MS)
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
        let p = Prefs { lang: Some(Lang::Ko), scheme: Scheme::Dark, backup_ms: Some(5), backup_reminded_ms: None };
        assert_eq!(Prefs::parse(Some(&p.to_json())), p);
        assert_eq!(Scheme::from_slug("dark"), Some(Scheme::Dark));
    }

    const DAY: u64 = 24 * 60 * 60 * 1000;

    #[test]
    fn a_backup_is_due_once_a_change_has_waited_a_week() {
        let never = Prefs::default();
        assert!(!backup_reminder_due(&never, [], 100 * DAY), "no plans, nothing to back up");
        assert!(!backup_reminder_due(&never, [10 * DAY], 16 * DAY));
        assert!(backup_reminder_due(&never, [10 * DAY, 12 * DAY], 17 * DAY + 1));
        let backed_up = Prefs { backup_ms: Some(11 * DAY), ..Prefs::default() };
        assert!(!backup_reminder_due(&backed_up, [10 * DAY], 40 * DAY), "that change is in the backup");
        assert!(backup_reminder_due(&backed_up, [10 * DAY, 12 * DAY], 19 * DAY + 1));
    }

    #[test]
    fn the_reminder_is_shown_once_per_backup() {
        let reminded = Prefs { backup_ms: Some(DAY), backup_reminded_ms: Some(20 * DAY), ..Prefs::default() };
        assert!(!backup_reminder_due(&reminded, [2 * DAY], 30 * DAY));
        let newer_backup = Prefs { backup_ms: Some(21 * DAY), ..reminded };
        assert!(backup_reminder_due(&newer_backup, [22 * DAY], 30 * DAY));
    }
}
