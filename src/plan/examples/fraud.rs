use super::{base, Meta};
use crate::i18n::Lang;
use crate::plan::Plan;

pub(super) const META: Meta = Meta { key: "fraud", title: ("fraud", "fraud 예"), summary: ("fraud", "fraud 예") };

pub(super) fn plan(lang: Lang) -> Plan {
    base(&META, lang)
}
