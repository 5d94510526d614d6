//! Step 4: the data inventory (who owns each source, whether it is labelled, trustworthy, still
//! arriving, how private) and the plan for collecting what is missing.

use crate::i18n::Msg;
use crate::ui::fields::{at, choice_field, lens, list_editor, text_field, ListWords, TRI};
use leptos::prelude::*;

#[component]
pub fn DataStep() -> impl IntoView {
    let words = ListWords {
        heading: Msg::SourcesHeading,
        item: Msg::SourceItem,
        add: Msg::AddSource,
        empty: Msg::NoSourcesYet,
    };
    view! {
        {list_editor("sources", words, lens!(data.sources), |row, rid| view! {
            {text_field(format!("{rid}-name"), Msg::SourceName, Some(Msg::SourceNameHint), false, at!(row, name))}
            {text_field(format!("{rid}-owner"), Msg::SourceOwner, None, false, at!(row, owner))}
            {choice_field(format!("{rid}-labelled"), Msg::SourceLabelled, None, TRI, at!(row, labelled))}
            {text_field(format!("{rid}-reliability"), Msg::SourceReliability, Some(Msg::SourceReliabilityHint), true, at!(row, reliability))}
            {text_field(format!("{rid}-refresh"), Msg::SourceRefresh, Some(Msg::SourceRefreshHint), false, at!(row, refresh))}
            {choice_field(format!("{rid}-continuous"), Msg::SourceContinuous, None, TRI, at!(row, continuous))}
            {text_field(format!("{rid}-privacy"), Msg::SourcePrivacy, Some(Msg::SourcePrivacyHint), false, at!(row, privacy))}
        })}
        <div class="fields">
            {text_field("data-collection", Msg::CollectionPlan, Some(Msg::CollectionPlanHint), true, lens!(data.collection_plan))}
        </div>
    }
}
