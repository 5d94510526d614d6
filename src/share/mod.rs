//! The plan link codec: a whole plan in the fragment of a URL, so no server ever sees it.
//!
//! # The link
//!
//! ```text
//! https://host/sub/path/#/s/2.<base64url body>
//!                       ^^^^                      the route, ROUTE
//!                           ^^                    format tag "2", then "."
//! ```
//!
//! [`link`] puts the fragment [`fragment`] after a base URL (whose own fragment is dropped);
//! [`decode`] takes a whole link, the fragment with or without `#`, or the bare payload
//! `<tag>.<base64url>`. Plans travel only in the fragment, never in the query string.
//!
//! [`encode`] writes format 2; [`encode_with_example`] writes format 3 when a plan that started
//! from a worked example is shorter that way; [`decode`] reads formats 1, 2 and 3
//! ([`FORMATS_READ`]), and [`decode_with_example`] rebuilds a format-3 plan on its example.
//!
//! # Format 1 (tag `1`, read only)
//!
//! 1. The plan is serialised to a JSON tree and pruned: object members that hold their
//!    default (`null`, `false`, `""`, `[]`, `{}`, after pruning their own members) are dropped,
//!    since every plan struct reads a missing field as its default. Array items are never
//!    dropped. If a future field ever defaults to something else, the pruned tree would not
//!    read back to the same plan; [`encode`] checks that and then keeps the tree unpruned.
//! 2. The tree is written in the small binary format of `wire`: object keys as indices into
//!    the append-only dictionary `keys::KEYS` (any key missing there is written literally, so a
//!    field added to the plan round-trips with no change here), enum words as indices into
//!    `keys::WORDS`, integers as LEB128 varints, floats as their shortest decimal text,
//!    strings length-prefixed in the packed text of `text`: ASCII as is, each Korean syllable
//!    as 2 or 3 bytes (initial, vowel, optional final; UTF-8 needs 3 bytes that deflate
//!    compresses poorly), anything else as an escape byte and its UTF-8.
//! 3. The binary is raw-deflated (level 10) with the frozen preset dictionary of `dict`
//!    (common words of ML plans in Korean and English, packed like the strings), so short plans
//!    compress well from their first word. Body = the 4-byte big-endian FNV-1a checksum of the
//!    deflated bytes, then those bytes. The checksum is checked before inflating; it catches
//!    every single changed byte (each FNV-1a step is a bijection), including the padding bits
//!    of deflate's last byte that inflating ignores, so a damaged or cut-off link fails instead
//!    of opening a different plan.
//! 4. Base64url without padding, after the tag `1.`.
//!
//! Decoding runs the steps backwards and hands the tree to [`crate::plan::migrate::plan_from_value`],
//! so a link made before a schema change is migrated like a stored plan.
//!
//! # Format 2 (tag `2`, written since format 1)
//!
//! Steps 1 and 2 as in format 1: the same pruning, the same binary tree of `wire` with the same
//! dictionaries and packed text. Only the entropy coding differs: deflate is replaced by an
//! adaptive binary arithmetic coder driven by a context-mixing model (`cm`), about a quarter
//! shorter on text-heavy plans.
//!
//! ```text
//! body  := checksum length coded                base64url, no padding, after "2."
//! checksum := 4 bytes, big-endian 32-bit FNV-1a of `length coded`
//! length   := LEB128 varint, canonical: the byte length of the binary tree, at most
//!             limits::MAX_INFLATED (checked before decoding starts)
//! coded    := the arithmetic-coded tree: 8 bits a byte, most significant first, each with
//!             the model's 12-bit P(1); carry-less 32-bit range coder (x1, x2), a byte out
//!             whenever their top bytes agree; ends with one byte, x1's top byte + 1, so the
//!             decoder, reading zeros past the end, lands inside the final range
//! ```
//!
//! The decoder stops after exactly `length` bytes and then must have used every coded byte:
//! it always reads 3 bytes past the end of a well-formed stream, so reading more (cut short) or
//! fewer (bytes left over) is an error. The checksum is checked first; like format 1's it
//! catches every single changed byte.
//!
//! **Model** (`cm`, all integer arithmetic, identical on every platform): for each bit,
//! counters (22-bit probability, count; adapting at 1/(n + 1.5) down to 1/31.5) in an order-0
//! and an order-1 table and in hashed tables for order 2, 3, 4 and 6, the current word with the
//! byte before, the current word with the previous word, the position in the tree, and the
//! current key with order 3. The tree position comes from `shape`, which follows the tree
//! byte by byte as it is coded: whether the next byte is a tag, key, count, length, number or
//! text, the current key and the enclosing member's key. So field names, tags and the
//! structure around them cost almost nothing after priming. Each counter feeds the mixer a
//! probability learned for its (count, probability) state; a match model adds the byte that
//! followed the last occurrence of the preceding 5 bytes. Two
//! mixers (weights chosen by tree role and the byte's bits so far, and by the highest order
//! seen and match length) are averaged, then refined by two adaptive probability maps.
//!
//! **Priming** (`prime`): before the first byte, a fresh model learns two frozen plan-shaped
//! trees, one English and one Korean, written for this purpose with general vocabulary of ML
//! plans, each coded as a tree of its own. The primed model is built once per process and
//! copied for each link, so the first word of a plan is already cheap.
//!
//! Everything that shapes a prediction (every constant, hash, table size, input order,
//! rounding, and the priming text) is part of format 2 and frozen: changing any of it needs a
//! new format tag.
//!
//! Non-finite floats cannot be written in JSON: serde_json turns `Some(NaN)` or an infinity
//! into `null`, so such a value comes back as `None`. Every finite value round-trips exactly,
//! as does every plan whose `schema` is one this build reads (a `Plan::default()` has schema 0
//! and is refused on decoding as not a plan).
//!
//! # Format 3 (tag `3`, written when shorter)
//!
//! Format 2's body around a different tree: the worked example's key, language and revision,
//! the plan's schema, and the patch from the example's tree to the plan's (see `from_example`
//! and `delta`). The reader needs the example: [`example_needed`] names it, and the app fetches
//! it (it ships every example) before [`decode_with_example`]. A link made from an example this
//! build does not have, or from another revision of it, is an error that names the example; it
//! never opens a different plan.
//!
//! # Limits
//!
//! Decoding never panics and is bounded before it allocates: see [`limits`]. Every failure is a
//! [`ShareError`] with the data a UI needs to explain it in any language; [`ShareError::remedy`]
//! says what the user can do.
//!
//! # Compatibility
//!
//! Every released format keeps decoding forever: `tests/fixtures/links/` holds frozen links of
//! each format with the plans they must decode to. A new format gets a new tag; a tag this
//! build does not know is [`ShareError::UnknownFormat`] ("made by a newer version"). Rules:
//! - never change what an existing tag means: not the tree, the dictionaries (append only,
//!   see `keys`), the deflate dictionary, the model or the priming text;
//! - a new format is added to [`FORMATS_READ`] with frozen fixtures, and [`FORMAT`] moves to it
//!   only once this build can read it; old tags stay in [`FORMATS_READ`] for good;
//! - the tree of a newer build (unknown keys written literally) opens in an older one reading
//!   the same format, which ignores the fields it does not know.

mod base64;
mod cm;
mod delta;
mod dict;
mod feedback;
mod from_example;
mod keys;
mod prime;
mod shape;
mod text;
mod wire;

use crate::plan::migrate::plan_from_value;
use crate::plan::{ExampleOrigin, MigrationError, Plan};
use crate::route::LinkMode;
use miniz_oxide::deflate::core::{compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use serde_json::Value;
use std::fmt;
use std::sync::OnceLock;

/// The fragment route of a shared plan: `#/s/<payload>`.
pub const ROUTE: &str = "#/s/";

/// The format tag this build writes.
pub const FORMAT: &str = "2";

/// The format tags this build reads.
pub const FORMATS_READ: &[&str] = &["1", "2", from_example::TAG];

pub use feedback::{decode_feedback, encode_feedback, Feedback, MAX_COMMENTS, ROUTE as FEEDBACK_ROUTE};
pub use from_example::{example_revision, TAG as FORMAT_FROM_EXAMPLE};

/// Bounds on what [`decode`] accepts, each checked before the work it guards.
pub mod limits {
    /// Longest payload (tag and base64url body) accepted, in bytes.
    pub const MAX_PAYLOAD_LEN: usize = 64 * 1024;
    /// Largest decompressed binary tree: enforced while inflating (format 1), and checked
    /// against the declared length before decoding (format 2).
    pub const MAX_INFLATED: usize = 1024 * 1024;
    /// Deepest nesting of arrays and objects.
    pub const MAX_DEPTH: usize = 32;
    /// Most items in one array or members in one object.
    pub const MAX_ITEMS: usize = 65_536;
    /// Longest single string or key, in UTF-8 bytes.
    pub const MAX_STRING_BYTES: usize = 512 * 1024;
}

/// Which part of the decoded tree exceeded a size cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Text,
    Key,
    Number,
    List,
    Object,
}

/// What exactly is wrong inside a payload that inflated correctly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corruption {
    UnexpectedEnd,
    TrailingBytes,
    BadVarint,
    BadNumber,
    /// A string whose packed text is malformed.
    BadText,
    UnknownTag(u8),
    /// A key index past this build's dictionary: a newer build, or damage.
    UnknownKey(u64),
    /// A word index past this build's dictionary: a newer build, or damage.
    UnknownWord(u64),
    DuplicateKey,
    /// A format-3 tree without its header, or a patch that does not fit its example.
    BadDelta,
}

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Nothing was given.
    Empty,
    /// A URL or fragment, but not a shared-plan link (no `#/s/…` and no `<tag>.<data>`).
    NotAShareLink,
    /// The payload is longer than [`limits::MAX_PAYLOAD_LEN`]; nothing was decoded.
    TooLong { len: usize, max: usize },
    /// Written in a format this build does not know, most likely by a newer version.
    UnknownFormat { tag: String },
    /// A character outside base64url at this position of the payload body (often a link cut
    /// short, or changed by the program it was pasted through).
    BadBase64 { position: usize },
    /// The compressed data is damaged or cut short (or its declared length does not match).
    Inflate,
    /// The data inflates past [`limits::MAX_INFLATED`] bytes; inflating stopped there.
    TooLarge { max: usize },
    /// The data does not match its checksum: the link was changed or cut short.
    Checksum,
    /// Arrays or objects nested deeper than [`limits::MAX_DEPTH`].
    TooDeep { max: usize },
    /// One string, array or object larger than its cap.
    TooBig { part: Part, len: u64, max: usize },
    /// The decompressed data is not a well-formed tree; `offset` is a byte offset into it.
    Corrupt { offset: usize, problem: Corruption },
    /// A well-formed tree that is not a plan this build can open.
    NotAPlan(MigrationError),
    /// A format-3 link made from a worked example this build does not ship (a newer build's).
    UnknownExample { key: String },
    /// A format-3 link made from another version of the worked example than this build's, so it
    /// cannot be rebuilt exactly.
    ExampleRevision { key: String },
    /// A format-3 link decoded without the worked example it names: load that example and
    /// decode again with [`decode_with_example`].
    ExampleNeeded(ExampleOrigin),
}

/// What the person holding a bad link can do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remedy {
    /// Paste a shared-plan link.
    PasteALink,
    /// The link is probably incomplete or altered: copy the whole link again.
    CopyTheWholeLink,
    /// Made by a newer version: reload or update the app.
    UpdateTheApp,
    /// The link itself is unusable: ask the sender for a new one.
    AskForANewLink,
}

impl ShareError {
    /// Whether the link was most likely made by a newer version of the app.
    pub fn is_from_newer_version(&self) -> bool {
        matches!(
            self,
            ShareError::UnknownFormat { .. }
                | ShareError::NotAPlan(MigrationError::FutureSchema(_))
                | ShareError::Corrupt { problem: Corruption::UnknownKey(_) | Corruption::UnknownWord(_), .. }
                | ShareError::UnknownExample { .. }
        )
    }

    /// What the user can do about it.
    pub fn remedy(&self) -> Remedy {
        match self {
            ShareError::Empty | ShareError::NotAShareLink => Remedy::PasteALink,
            _ if self.is_from_newer_version() => Remedy::UpdateTheApp,
            ShareError::BadBase64 { .. } | ShareError::Inflate | ShareError::Checksum => Remedy::CopyTheWholeLink,
            _ => Remedy::AskForANewLink,
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "the link is empty; paste a shared plan link"),
            ShareError::NotAShareLink => {
                write!(f, "this is not a shared plan link (expected .../#/s/ followed by the plan); paste a shared plan link")
            }
            ShareError::TooLong { len, max } => write!(
                f,
                "the link carries {len} characters, more than the {max} this app accepts; ask the sender to export the plan as a file instead"
            ),
            ShareError::UnknownFormat { tag } => write!(
                f,
                "the link uses format \"{tag}\", which this version does not know; it was probably made by a newer version, so reload or update the app"
            ),
            ShareError::BadBase64 { position } => write!(
                f,
                "the link has an unexpected character at position {position} of its data; it may be cut off or altered, so copy the whole link again"
            ),
            ShareError::Inflate => {
                write!(f, "the link's data is damaged or cut off; copy the whole link again")
            }
            ShareError::TooLarge { max } => {
                write!(f, "the link unpacks to more than {max} bytes, more than any plan; ask the sender for a new link")
            }
            ShareError::Checksum => {
                write!(f, "the link's data does not match its checksum: it was altered; copy the whole link again")
            }
            ShareError::TooDeep { max } => {
                write!(f, "the link's data is nested more than {max} levels deep, which no plan is; ask for a new link")
            }
            ShareError::TooBig { part, len, max } => {
                let what = match part {
                    Part::Text => "a text",
                    Part::Key => "a field name",
                    Part::Number => "a number",
                    Part::List => "a list",
                    Part::Object => "a record",
                };
                write!(f, "{what} in the link has size {len}, over the limit of {max}; ask the sender for a new link")
            }
            ShareError::Corrupt { problem: Corruption::UnknownKey(_) | Corruption::UnknownWord(_), .. } => write!(
                f,
                "the link contains fields this version does not know; it was probably made by a newer version, so reload or update the app"
            ),
            ShareError::Corrupt { offset, problem } => {
                write!(f, "the link's data is malformed ({problem:?} at byte {offset}); ask the sender for a new link")
            }
            ShareError::NotAPlan(MigrationError::FutureSchema(n)) => write!(
                f,
                "the plan in the link has schema {n}, newer than this version; reload or update the app"
            ),
            ShareError::NotAPlan(e) => write!(f, "the link does not hold a plan this app can open: {e}"),
            ShareError::UnknownExample { key } => write!(
                f,
                "the link was made from the worked example \"{key}\", which this version does not have; reload or update the app"
            ),
            ShareError::ExampleRevision { key } => write!(
                f,
                "the link was made from another version of the worked example \"{key}\" than this app has; ask the sender for the plan as a file"
            ),
            ShareError::ExampleNeeded(origin) => write!(
                f,
                "the link needs the worked example \"{}\" ({}), which could not be loaded; connect to the internet once and open the link again",
                origin.key,
                origin.lang.tag()
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// The payload of `plan`: format tag, `.`, base64url body. Never fails.
pub fn encode(plan: &Plan) -> String {
    let full = plan.to_value();
    let mut pruned = full.clone();
    prune(&mut pruned);
    let tree = if plan_from_value(pruned.clone()).ok() == plan_from_value(full.clone()).ok() { pruned } else { full };
    encode_value(&tree)
}

/// `#/s/<payload>`, for the address bar.
pub fn fragment(plan: &Plan) -> String {
    format!("{ROUTE}{}", encode(plan))
}

/// `base_url` without its own fragment, then [`fragment`].
pub fn link(base_url: &str, plan: &Plan) -> String {
    let base = base_url.split('#').next().unwrap_or_default();
    format!("{base}{}", fragment(plan))
}

/// Encodes any JSON tree in the current format, unpruned. For tests and tools that need links
/// of plans this build cannot express (fields from a newer build, say).
#[doc(hidden)]
pub fn encode_value(tree: &Value) -> String {
    let mut binary = Vec::new();
    wire::write_value(&mut binary, tree);
    payload_from_binary(&binary)
}

/// A payload of the current format around any bytes as its binary tree: right checksum, valid
/// coding. For the fuzzer and tests, to reach the tree decoder with arbitrary bytes.
#[doc(hidden)]
pub fn payload_from_binary(binary: &[u8]) -> String {
    payload_v2(binary.len() as u64, &coded_v2(binary))
}

/// A format-3 payload around any bytes as its binary tree, for the fuzzer: right checksum, valid
/// coding, so the bytes reach the header and patch readers.
#[doc(hidden)]
pub fn payload_v3_from_binary(binary: &[u8]) -> String {
    envelope(from_example::TAG, binary.len() as u64, &coded_v2(binary))
}

/// The format-2 coded bytes of any binary tree, for tests that wrap them with other lengths.
#[doc(hidden)]
pub fn coded_v2(binary: &[u8]) -> Vec<u8> {
    cm::encode(binary, primed_model())
}

/// A format-2 payload that declares `declared_len` bytes around coded bytes `coded`, for tests
/// of what the decoder does with lengths and streams that do not match.
#[doc(hidden)]
pub fn payload_v2(declared_len: u64, coded: &[u8]) -> String {
    envelope("2", declared_len, coded)
}

/// `<tag>.` and the base64url of format 2's body: checksum, declared length, coded bytes.
fn envelope(tag: &str, declared_len: u64, coded: &[u8]) -> String {
    let mut rest = Vec::new();
    wire::write_varint(&mut rest, declared_len);
    rest.extend_from_slice(coded);
    let mut body = checksum(&rest).to_be_bytes().to_vec();
    body.extend_from_slice(&rest);
    format!("{tag}.{}", base64::encode(&body))
}

/// A format-1 payload around any bytes as its binary tree: right checksum, valid deflate.
#[doc(hidden)]
pub fn payload_v1_from_binary(binary: &[u8]) -> String {
    let mut deflated = Vec::new();
    deflate_with_dictionary(binary, &dictionary_v1(), &mut deflated);
    let mut body = checksum(&deflated).to_be_bytes().to_vec();
    body.extend_from_slice(&deflated);
    format!("1.{}", base64::encode(&body))
}

/// A copy of the format-2 model after it has learned the priming text; priming runs once.
fn primed_model() -> cm::Model {
    static PRIMED: OnceLock<cm::Model> = OnceLock::new();
    PRIMED
        .get_or_init(|| {
            let mut model = cm::Model::new();
            for tree in prime::priming_trees() {
                model.begin_tree();
                model.learn(&tree);
            }
            model.begin_tree();
            model
        })
        .clone()
}

/// The packed bytes of the format-1 preset dictionary.
fn dictionary_v1() -> Vec<u8> {
    let mut packed = Vec::new();
    text::pack(dict::DICTIONARY_V1, &mut packed);
    packed
}

/// Raw deflate (level 10) of `data` as if `dictionary` had come just before it: the dictionary
/// is compressed first and ended with a sync flush, which leaves the stream byte-aligned; what
/// follows is a stream of its own whose matches may reach back into the dictionary.
fn deflate_with_dictionary(data: &[u8], dictionary: &[u8], out: &mut Vec<u8>) {
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(10, -15, 0));
    compress_to_output(&mut compressor, dictionary, TDEFLFlush::Sync, |_| true);
    compress_to_output(&mut compressor, data, TDEFLFlush::Finish, |chunk| {
        out.extend_from_slice(chunk);
        true
    });
}

/// The shortest payload of `plan` when `example` is the worked example its origin names (as
/// [`crate::plan::examples`] loads it): format 3, which carries only what the plan changed in
/// the example, when that is shorter than [`encode`]'s; otherwise [`encode`]'s.
pub fn encode_with_example(plan: &Plan, example: &Plan) -> String {
    let full = encode(plan);
    let Some(tree) = from_example::delta_tree(plan, example) else { return full };
    let mut binary = Vec::new();
    wire::write_value(&mut binary, &tree);
    let delta = envelope(from_example::TAG, binary.len() as u64, &coded_v2(&binary));
    if delta.len() < full.len() {
        delta
    } else {
        full
    }
}

/// Opens a whole link, a fragment (with or without `#`) or a bare payload. A link of format 3
/// needs its worked example: this gives [`ShareError::ExampleNeeded`] for it, and
/// [`decode_with_example`] opens it.
pub fn decode(link_or_fragment: &str) -> Result<Plan, ShareError> {
    decode_with_example(link_or_fragment, None)
}

/// The worked example a link must be decoded with ([`decode_with_example`]); `None` for links
/// that carry their whole plan. Errors are those of [`decode`].
pub fn example_needed(link_or_fragment: &str) -> Result<Option<ExampleOrigin>, ShareError> {
    match decode_value(link_or_fragment)? {
        tree if is_format_3(link_or_fragment) => from_example::needed(&tree).map(|(origin, _)| Some(origin)),
        _ => Ok(None),
    }
}

/// [`decode`], with the worked example a format-3 link names (see [`example_needed`]).
pub fn decode_with_example(link_or_fragment: &str, example: Option<&Plan>) -> Result<Plan, ShareError> {
    let tree = decode_value(link_or_fragment)?;
    if is_format_3(link_or_fragment) {
        return from_example::plan_from_delta(&tree, example);
    }
    plan_from_value(tree).map_err(ShareError::NotAPlan)
}

/// The payload (`<tag>.<data>`) in a whole link, a fragment or a bare payload, for reopening a
/// link under another route; `None` when there is none.
pub fn payload(link_or_fragment: &str) -> Option<&str> {
    payload_of(link_or_fragment).ok()
}

/// Whether a link that [`decode_value`] read is of format 3.
fn is_format_3(link_or_fragment: &str) -> bool {
    payload_of(link_or_fragment).ok().and_then(|p| split_tag(p).ok()).is_some_and(|(tag, _)| tag == from_example::TAG)
}

/// The JSON tree inside a link, before migration.
#[doc(hidden)]
pub fn decode_value(link_or_fragment: &str) -> Result<Value, ShareError> {
    let payload = payload_of(link_or_fragment)?;
    if payload.len() > limits::MAX_PAYLOAD_LEN {
        return Err(ShareError::TooLong { len: payload.len(), max: limits::MAX_PAYLOAD_LEN });
    }
    let (tag, body) = split_tag(payload)?;
    match tag {
        "1" => decode_v1(body),
        "2" | from_example::TAG => decode_v2(body),
        _ => Err(ShareError::UnknownFormat { tag: tag.to_owned() }),
    }
}

/// Finds the payload in what the user pasted: a link of any route (`#/s/`, `#/v/`, `#/c/`).
fn payload_of(input: &str) -> Result<&str, ShareError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(ShareError::Empty);
    }
    // Any of the link routes: shared, read-only or classroom.
    fn after_route(text: &str) -> Option<&str> {
        LinkMode::ALL.into_iter().find_map(|m| text.strip_prefix(&m.prefix()[1..]))
    }
    let payload = if let Some((_, frag)) = input.split_once('#') {
        after_route(frag).ok_or(ShareError::NotAShareLink)?
    } else if let Some(rest) = after_route(input) {
        rest
    } else if input.contains('/') || input.contains('?') {
        return Err(ShareError::NotAShareLink); // a URL with no fragment, or another route
    } else {
        input
    };
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    Ok(payload)
}

/// `<tag>.<body>`; a tag is 1 to 8 ASCII letters or digits.
fn split_tag(payload: &str) -> Result<(&str, &str), ShareError> {
    let (tag, body) = payload.split_once('.').ok_or(ShareError::NotAShareLink)?;
    if tag.is_empty() || tag.len() > 8 || !tag.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ShareError::NotAShareLink);
    }
    Ok((tag, body))
}

fn decode_v1(body: &str) -> Result<Value, ShareError> {
    let bytes = base64::decode(body).map_err(|position| ShareError::BadBase64 { position })?;
    if bytes.len() < 4 {
        return Err(ShareError::Inflate);
    }
    let (sum, deflated) = bytes.split_at(4);
    if sum != checksum(deflated).to_be_bytes() {
        return Err(ShareError::Checksum);
    }
    let binary = inflate_capped(deflated, &dictionary_v1(), limits::MAX_INFLATED)?;
    wire::read_root(&binary)
}

fn decode_v2(body: &str) -> Result<Value, ShareError> {
    wire::read_root(&open_envelope(body)?)
}

/// The binary tree inside format 2's body (also format 3's).
fn open_envelope(body: &str) -> Result<Vec<u8>, ShareError> {
    let bytes = base64::decode(body).map_err(|position| ShareError::BadBase64 { position })?;
    if bytes.len() < 4 {
        return Err(ShareError::Inflate);
    }
    let (sum, rest) = bytes.split_at(4);
    if sum != checksum(rest).to_be_bytes() {
        return Err(ShareError::Checksum);
    }
    let (len, coded) = wire::split_varint(rest).ok_or(ShareError::Inflate)?;
    if len > limits::MAX_INFLATED as u64 {
        return Err(ShareError::TooLarge { max: limits::MAX_INFLATED });
    }
    cm::decode(coded, len as usize, primed_model()).map_err(|_| ShareError::Inflate)
}

/// Raw inflate of a stream made by [`deflate_with_dictionary`]: the output buffer starts with
/// the dictionary, for back-references to reach, and grows by doubling up to `cap` bytes of
/// output, never past it. The stream must end exactly at the end of `input`.
fn inflate_capped(input: &[u8], dictionary: &[u8], cap: usize) -> Result<Vec<u8>, ShareError> {
    let mut state = DecompressorOxide::new();
    let limit = dictionary.len() + cap;
    let mut out = dictionary.to_vec();
    out.resize((dictionary.len() + input.len() * 4).max(1024).min(limit), 0);
    let (mut in_pos, mut out_pos) = (0, dictionary.len());
    loop {
        let (status, read, written) = decompress(
            &mut state,
            &input[in_pos..],
            &mut out,
            out_pos,
            inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        in_pos += read;
        out_pos += written;
        match status {
            TINFLStatus::Done if in_pos == input.len() => {
                out.truncate(out_pos);
                return Ok(out.split_off(dictionary.len()));
            }
            TINFLStatus::HasMoreOutput if out.len() >= limit => return Err(ShareError::TooLarge { max: cap }),
            TINFLStatus::HasMoreOutput => {
                let grown = (out.len() * 2).min(limit);
                out.resize(grown, 0);
            }
            _ => return Err(ShareError::Inflate),
        }
    }
}

/// 32-bit FNV-1a: the links' checksum, and a short hash of a text elsewhere (an example's
/// revision, a plan's fingerprint on the class board).
pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

/// Drops object members that hold a default value, depth first. Array items stay.
fn prune(value: &mut Value) {
    match value {
        Value::Object(members) => {
            members.retain(|_, v| {
                prune(v);
                !is_default(v)
            });
        }
        Value::Array(items) => items.iter_mut().for_each(prune),
        _ => {}
    }
}

fn is_default(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_is_found_in_links_fragments_and_bare() {
        for input in [
            "https://a.example/x/y/#/s/1.abc",
            "#/s/1.abc",
            "/s/1.abc",
            "1.abc",
            "  1.abc\n",
            "http://h/#/c/1.abc",
            "#/v/1.abc",
        ] {
            assert_eq!(payload_of(input), Ok("1.abc"), "{input}");
        }
        assert_eq!(payload_of("https://a.example/#/p/abc/problem"), Err(ShareError::NotAShareLink));
        assert_eq!(payload_of("https://a.example/?s=1.abc"), Err(ShareError::NotAShareLink));
        assert_eq!(payload_of("https://a.example/#/s/"), Err(ShareError::Empty));
        assert_eq!(payload_of(" "), Err(ShareError::Empty));
    }

    #[test]
    fn tags_are_split_and_unknown_ones_named() {
        assert_eq!(decode_value("9.AAAA"), Err(ShareError::UnknownFormat { tag: "9".into() }));
        assert_eq!(decode_value("b2.AAAA"), Err(ShareError::UnknownFormat { tag: "b2".into() }));
        assert_eq!(decode_value("AAAA"), Err(ShareError::NotAShareLink));
        assert_eq!(decode_value("a-b.AAAA"), Err(ShareError::NotAShareLink));
    }

    #[test]
    fn inflating_stops_at_the_cap() {
        let zeros = vec![0u8; 5000];
        let dict = dictionary_v1();
        let mut deflated = Vec::new();
        deflate_with_dictionary(&zeros, &dict, &mut deflated);
        assert_eq!(inflate_capped(&deflated, &dict, 4999), Err(ShareError::TooLarge { max: 4999 }));
        assert_eq!(inflate_capped(&deflated, &dict, 5000).unwrap(), zeros);
        let mut trailing = deflated.clone();
        trailing.push(0);
        assert_eq!(inflate_capped(&trailing, &dict, 5000), Err(ShareError::Inflate));
        assert_eq!(inflate_capped(&deflated[..deflated.len() - 1], &dict, 5000), Err(ShareError::Inflate));
    }

    #[test]
    fn the_dictionary_is_used_and_needed() {
        let text = "데이터 모델 예측 precision recall threshold";
        let mut packed = Vec::new();
        text::pack(text, &mut packed);
        let (mut with, mut without) = (Vec::new(), Vec::new());
        deflate_with_dictionary(&packed, &dictionary_v1(), &mut with);
        deflate_with_dictionary(&packed, &[], &mut without);
        assert!(with.len() < without.len(), "{} vs {}", with.len(), without.len());
        assert_eq!(inflate_capped(&with, &dictionary_v1(), 1000).unwrap(), packed);
        assert_eq!(inflate_capped(&with, &[], 1000), Err(ShareError::Inflate), "a reference before the start");
    }

    #[test]
    fn pruning_keeps_array_items_and_numbers() {
        let mut v = serde_json::json!({"a": "", "b": [0, "", {}], "c": {"d": null, "e": false}, "f": 0});
        prune(&mut v);
        assert_eq!(v, serde_json::json!({"b": [0, "", {}], "f": 0}));
    }
}
