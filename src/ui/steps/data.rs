//! Step 4: the data inventory (who owns each source, whether it is labelled, trustworthy, still
//! arriving, how private) and the plan for collecting what is missing.

use crate::i18n::PageMsg;
use crate::ui::fields::{at, choice_field, lens, list_editor, text_field, ListWords, TRI};
use leptos::prelude::*;

#[component]
pub fn DataStep() -> impl IntoView {
    let words = ListWords {
        heading: PageMsg::SourcesHeading,
        item: PageMsg::SourceItem,
        add: PageMsg::AddSource,
        empty: PageMsg::NoSourcesYet,
    };
    view! {
        {list_editor("sources", words, lens!(data.sources), |row, rid| view! {
            {text_field(format!("{rid}-name"), PageMsg::SourceName, Some(PageMsg::SourceNameHint), false, at!(row, name))}
            {text_field(format!("{rid}-owner"), PageMsg::SourceOwner, None, false, at!(row, owner))}
            {choice_field(format!("{rid}-labelled"), PageMsg::SourceLabelled, None, TRI, at!(row, labelled))}
            {text_field(format!("{rid}-reliability"), PageMsg::SourceReliability, Some(PageMsg::SourceReliabilityHint), true, at!(row, reliability))}
            {text_field(format!("{rid}-refresh"), PageMsg::SourceRefresh, Some(PageMsg::SourceRefreshHint), false, at!(row, refresh))}
            {choice_field(format!("{rid}-continuous"), PageMsg::SourceContinuous, None, TRI, at!(row, continuous))}
            {text_field(format!("{rid}-privacy"), PageMsg::SourcePrivacy, Some(PageMsg::SourcePrivacyHint), false, at!(row, privacy))}
        })}
        <div class="fields">
            {text_field("data-collection", PageMsg::CollectionPlan, Some(PageMsg::CollectionPlanHint), true, lens!(data.collection_plan))}
        </div>
    }
}
