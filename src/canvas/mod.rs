//! The business model step as plain data: the nine blocks of the Business Model Canvas with their
//! prompts, the three business questions and where each one shows up on the canvas and in other
//! steps, the flywheel's limits, edits and drawing geometry, and the Machine Learning Canvas that
//! is generated from the rest of the plan ([`ml`]).
//!
//! Nothing here is stored twice. The canvas blocks, the three answers and the flywheel live in
//! [`CanvasSection`]; the Machine Learning Canvas is computed from other sections on demand and
//! has no fields of its own.

pub mod flywheel;
pub mod ml;
pub mod text;

use crate::i18n::PageMsg;
use crate::plan::{CanvasSection, Step};

/// One block of the Business Model Canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    KeyPartners,
    KeyActivities,
    KeyResources,
    ValuePropositions,
    CustomerRelationships,
    Channels,
    CustomerSegments,
    CostStructure,
    RevenueStreams,
}

impl Block {
    /// Every block in reading order: left to right across the canvas, then the bottom row.
    pub const ALL: [Block; 9] = [
        Block::KeyPartners,
        Block::KeyActivities,
        Block::KeyResources,
        Block::ValuePropositions,
        Block::CustomerRelationships,
        Block::Channels,
        Block::CustomerSegments,
        Block::CostStructure,
        Block::RevenueStreams,
    ];

    /// The stable key: the plan's field name, the `data-block` value and the layout area name.
    pub fn key(self) -> &'static str {
        match self {
            Block::KeyPartners => "key_partners",
            Block::KeyActivities => "key_activities",
            Block::KeyResources => "key_resources",
            Block::ValuePropositions => "value_propositions",
            Block::CustomerRelationships => "customer_relationships",
            Block::Channels => "channels",
            Block::CustomerSegments => "customer_segments",
            Block::CostStructure => "cost_structure",
            Block::RevenueStreams => "revenue_streams",
        }
    }

    pub fn from_key(key: &str) -> Option<Block> {
        Block::ALL.into_iter().find(|b| b.key() == key)
    }

    pub fn name(self) -> PageMsg {
        match self {
            Block::KeyPartners => PageMsg::BmcKeyPartners,
            Block::KeyActivities => PageMsg::BmcKeyActivities,
            Block::KeyResources => PageMsg::BmcKeyResources,
            Block::ValuePropositions => PageMsg::BmcValuePropositions,
            Block::CustomerRelationships => PageMsg::BmcCustomerRelationships,
            Block::Channels => PageMsg::BmcChannels,
            Block::CustomerSegments => PageMsg::BmcCustomerSegments,
            Block::CostStructure => PageMsg::BmcCostStructure,
            Block::RevenueStreams => PageMsg::BmcRevenueStreams,
        }
    }

    /// The questions that help fill the block.
    pub fn prompt(self) -> PageMsg {
        match self {
            Block::KeyPartners => PageMsg::BmcKeyPartnersPrompt,
            Block::KeyActivities => PageMsg::BmcKeyActivitiesPrompt,
            Block::KeyResources => PageMsg::BmcKeyResourcesPrompt,
            Block::ValuePropositions => PageMsg::BmcValuePropositionsPrompt,
            Block::CustomerRelationships => PageMsg::BmcCustomerRelationshipsPrompt,
            Block::Channels => PageMsg::BmcChannelsPrompt,
            Block::CustomerSegments => PageMsg::BmcCustomerSegmentsPrompt,
            Block::CostStructure => PageMsg::BmcCostStructurePrompt,
            Block::RevenueStreams => PageMsg::BmcRevenueStreamsPrompt,
        }
    }

    pub fn notes(self, c: &CanvasSection) -> &Vec<String> {
        match self {
            Block::KeyPartners => &c.key_partners,
            Block::KeyActivities => &c.key_activities,
            Block::KeyResources => &c.key_resources,
            Block::ValuePropositions => &c.value_propositions,
            Block::CustomerRelationships => &c.customer_relationships,
            Block::Channels => &c.channels,
            Block::CustomerSegments => &c.customer_segments,
            Block::CostStructure => &c.cost_structure,
            Block::RevenueStreams => &c.revenue_streams,
        }
    }

    pub fn notes_mut(self, c: &mut CanvasSection) -> &mut Vec<String> {
        match self {
            Block::KeyPartners => &mut c.key_partners,
            Block::KeyActivities => &mut c.key_activities,
            Block::KeyResources => &mut c.key_resources,
            Block::ValuePropositions => &mut c.value_propositions,
            Block::CustomerRelationships => &mut c.customer_relationships,
            Block::Channels => &mut c.channels,
            Block::CustomerSegments => &mut c.customer_segments,
            Block::CostStructure => &mut c.cost_structure,
            Block::RevenueStreams => &mut c.revenue_streams,
        }
    }

    /// The business question whose answer this block shows beside its notes, if any.
    pub fn question(self) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.blocks().contains(&self))
    }
}

/// One of the three business questions of the lecture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// What the company sells: products, services, value.
    Provides,
    /// Where data can be the input.
    DataIn,
    /// How predictions are used as the output.
    PredictionOut,
}

impl Question {
    pub const ALL: [Question; 3] = [Question::Provides, Question::DataIn, Question::PredictionOut];

    pub fn key(self) -> &'static str {
        match self {
            Question::Provides => "provides",
            Question::DataIn => "data_in",
            Question::PredictionOut => "prediction_out",
        }
    }

    pub fn label(self) -> PageMsg {
        match self {
            Question::Provides => PageMsg::BizProvides,
            Question::DataIn => PageMsg::BizDataIn,
            Question::PredictionOut => PageMsg::BizPredictionOut,
        }
    }

    pub fn hint(self) -> PageMsg {
        match self {
            Question::Provides => PageMsg::BizProvidesHint,
            Question::DataIn => PageMsg::BizDataInHint,
            Question::PredictionOut => PageMsg::BizPredictionOutHint,
        }
    }

    /// The answer, stored once in the canvas section.
    pub fn answer(self, c: &CanvasSection) -> &String {
        match self {
            Question::Provides => &c.provides,
            Question::DataIn => &c.data_in,
            Question::PredictionOut => &c.prediction_out,
        }
    }

    pub fn answer_mut(self, c: &mut CanvasSection) -> &mut String {
        match self {
            Question::Provides => &mut c.provides,
            Question::DataIn => &mut c.data_in,
            Question::PredictionOut => &mut c.prediction_out,
        }
    }

    /// The canvas blocks that show this answer (read-only) beside their own notes. Each block
    /// shows at most one answer.
    pub fn blocks(self) -> &'static [Block] {
        match self {
            Question::Provides => &[Block::ValuePropositions],
            Question::DataIn => &[Block::KeyResources],
            Question::PredictionOut => &[Block::Channels, Block::KeyActivities],
        }
    }

    /// The step whose record this question draws on, shown here read-only with a link: the
    /// value of the problem, the data inventory, and how the problem is handled today.
    pub fn step(self) -> Step {
        match self {
            Question::Provides | Question::PredictionOut => Step::Problem,
            Question::DataIn => Step::Data,
        }
    }
}

/// Moves the item at `from` to position `to` in `items`, shifting the ones between. Returns
/// false, changing nothing, when either position is out of range or they are equal.
pub fn move_item<T>(items: &mut [T], from: usize, to: usize) -> bool {
    if from == to || from >= items.len() || to >= items.len() {
        return false;
    }
    if from < to {
        items[from..=to].rotate_left(1);
    } else {
        items[to..=from].rotate_right(1);
    }
    true
}
