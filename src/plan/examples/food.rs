use super::{base, Meta};
use crate::i18n::Lang;
use crate::plan::Plan;

pub(super) const META: Meta = Meta { key: "food", title: ("food", "food 예"), summary: ("food", "food 예") };

pub(super) fn plan(lang: Lang) -> Plan {
    base(&META, lang)
}
