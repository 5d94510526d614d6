use super::{base, Meta};
use crate::i18n::Lang;
use crate::plan::Plan;

pub(super) const META: Meta = Meta { key: "fare", title: ("fare", "fare 예"), summary: ("fare", "fare 예") };

pub(super) fn plan(lang: Lang) -> Plan {
    base(&META, lang)
}
