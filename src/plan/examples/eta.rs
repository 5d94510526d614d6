use super::{base, Meta};
use crate::i18n::Lang;
use crate::plan::Plan;

pub(super) const META: Meta = Meta { key: "eta", title: ("eta", "eta 예"), summary: ("eta", "eta 예") };

pub(super) fn plan(lang: Lang) -> Plan {
    base(&META, lang)
}
