//! Where in the binary tree (see `wire`) the next byte falls, tracked byte by byte while coding,
//! so that format 2's model can predict a tag, key or length from the tree around it instead of
//! from the text just before it. The encoder and the decoder feed it the same bytes, so they
//! see the same context; on bytes that are not a well-formed tree it stops in `Lost` and the
//! model codes the rest with its other contexts (the tree decoder reports the damage later).

/// Deepest nesting tracked; deeper trees are `Lost` (the tree decoder refuses them anyway).
const MAX_FRAMES: usize = 40;

/// What the next byte is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Tag,
    Key,
    /// A varint: `Number` of a value, index of a `Word`, `Count` of items, `Length` of bytes.
    Number,
    Word,
    Count,
    Length,
    /// A byte of packed text (a string, or a key written literally).
    Text,
    /// A byte of a float's decimal text.
    Float,
    /// Past the end of the tree, or after bytes that do not fit it.
    Lost,
}

#[derive(Clone, Copy, Debug)]
enum Varint {
    Number,
    Word,
    ArrayCount,
    ObjectCount,
    TextLength,
    FloatLength,
    KeyLength,
    Key,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BytesOf {
    Text,
    Float,
    Key,
}

#[derive(Clone, Copy, Debug)]
enum State {
    Value,
    Key,
    Varint { kind: Varint, value: u64, shift: u32 },
    Bytes { of: BytesOf, left: u64, done: u64 },
    Lost,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    /// Items or members still to come.
    left: u64,
    is_object: bool,
    /// The key of the member that holds this container (0 at the root).
    key: u32,
}

/// The parse state of the tree so far.
#[derive(Clone, Debug)]
pub(super) struct Shape {
    state: State,
    frames: Vec<Frame>,
    /// The key of the member whose value comes next or is being read; in an object between
    /// members, the key of the member before.
    key: u32,
}

/// Key number of a key written literally (the dictionary's indices are far below it).
const LITERAL_KEY: u32 = 0xffff;

impl Shape {
    pub(super) fn new() -> Shape {
        Shape { state: State::Value, frames: Vec::new(), key: 0 }
    }

    /// The role of the next byte.
    pub(super) fn role(&self) -> Role {
        match self.state {
            State::Value => Role::Tag,
            State::Key | State::Varint { kind: Varint::Key, .. } => Role::Key,
            State::Varint { kind: Varint::Number, .. } => Role::Number,
            State::Varint { kind: Varint::Word, .. } => Role::Word,
            State::Varint { kind: Varint::ArrayCount | Varint::ObjectCount, .. } => Role::Count,
            State::Varint { .. } => Role::Length,
            State::Bytes { of: BytesOf::Float, .. } => Role::Float,
            State::Bytes { .. } => Role::Text,
            State::Lost => Role::Lost,
        }
    }

    /// A summary of the tree around the next byte, for hashing into a context: its role, the
    /// current key, the key of the enclosing member, and how far into a varint or text it is.
    pub(super) fn context(&self) -> u32 {
        let role = self.role() as u32;
        let parent = self.frames.last().map_or(0, |f| f.key);
        let within = match self.state {
            State::Varint { shift, .. } => shift / 7,
            State::Bytes { done, left, .. } => u32::from(done == 0) | u32::from(left == 1) << 1,
            _ => 0,
        };
        role | within << 4 | (self.key & 0xffff) << 8 | parent << 24
    }

    /// The key of the current member (see [`Shape::context`]).
    pub(super) fn key(&self) -> u32 {
        self.key
    }

    /// Moves past `byte`.
    pub(super) fn push(&mut self, byte: u8) {
        self.state = match self.state {
            State::Value => self.tag(byte),
            State::Key => self.varint(Varint::Key, 0, 0, byte),
            State::Varint { kind, value, shift } => self.varint(kind, value, shift, byte),
            State::Bytes { of, left, done } if left > 1 => State::Bytes { of, left: left - 1, done: done + 1 },
            State::Bytes { of: BytesOf::Key, .. } => State::Value,
            State::Bytes { .. } => self.value_done(),
            State::Lost => State::Lost,
        };
    }

    fn tag(&mut self, tag: u8) -> State {
        let kind = match tag {
            0x00..=0x02 => return self.value_done(),
            0x03 | 0x04 => Varint::Number,
            0x05 => Varint::FloatLength,
            0x06 => Varint::TextLength,
            0x07 => Varint::Word,
            0x08 => Varint::ArrayCount,
            0x09 => Varint::ObjectCount,
            _ => return State::Lost,
        };
        State::Varint { kind, value: 0, shift: 0 }
    }

    fn varint(&mut self, kind: Varint, value: u64, shift: u32, byte: u8) -> State {
        if shift > 63 {
            return State::Lost;
        }
        let value = value | u64::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        if byte & 0x80 != 0 {
            return State::Varint { kind, value, shift: shift + 7 };
        }
        match kind {
            Varint::Number | Varint::Word => self.value_done(),
            Varint::TextLength if value > 0 => State::Bytes { of: BytesOf::Text, left: value, done: 0 },
            Varint::FloatLength if value > 0 => State::Bytes { of: BytesOf::Float, left: value, done: 0 },
            Varint::KeyLength if value > 0 => State::Bytes { of: BytesOf::Key, left: value, done: 0 },
            Varint::KeyLength => State::Value,
            Varint::TextLength | Varint::FloatLength => self.value_done(),
            Varint::Key if value == 0 => {
                self.key = LITERAL_KEY;
                State::Varint { kind: Varint::KeyLength, value: 0, shift: 0 }
            }
            Varint::Key => {
                self.key = value.min(u64::from(LITERAL_KEY - 1)) as u32;
                State::Value
            }
            Varint::ArrayCount | Varint::ObjectCount => self.open(matches!(kind, Varint::ObjectCount), value),
        }
    }

    fn open(&mut self, is_object: bool, left: u64) -> State {
        if left == 0 {
            return self.value_done();
        }
        if self.frames.len() >= MAX_FRAMES {
            return State::Lost;
        }
        self.frames.push(Frame { left, is_object, key: self.key });
        if is_object {
            self.key = 0;
            State::Key
        } else {
            State::Value
        }
    }

    fn value_done(&mut self) -> State {
        loop {
            let Some(frame) = self.frames.last_mut() else { return State::Lost };
            frame.left -= 1;
            if frame.left > 0 {
                return if frame.is_object { State::Key } else { State::Value };
            }
            self.key = frame.key;
            self.frames.pop();
        }
    }
}
