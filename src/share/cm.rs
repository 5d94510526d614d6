//! The entropy coder of format 2: a binary arithmetic coder driven by a small bitwise
//! context-mixing model, primed on a frozen text before the first byte.
//!
//! Everything is integer arithmetic, so a link codes to the same bytes on every platform.
//! FROZEN for format 2: any change to a constant, a hash, the order of inputs or a rounding
//! changes what the decoder predicts and breaks every format-2 link. A better model needs a new
//! format tag.
//!
//! Each byte is coded as 8 bits, most significant first. For each bit the model predicts
//! P(bit = 1) as a 12-bit number from:
//! - counters for order 0 (the bits of this byte so far) and order 1, in direct tables;
//! - counters for [`HASHED`] hashed contexts: orders 2, 3, 4 and 6, the current word (letters,
//!   digits and packed Korean bytes) with the byte before, the current word with the previous
//!   word, the position in the tree (see `shape`), and the current key with order 3. Each
//!   context picks, per nibble, a bucket of 16 counters (one cache line) in a table of
//!   2^[`TABLE_BITS`] counters, with no collision check: the mixer learns how far to trust it;
//! - a match model: the byte that followed the last occurrence of the preceding
//!   [`MATCH_MIN`] bytes, with a confidence learned per match length.
//!
//! Each counter gives the mixer, in the logistic domain (`stretch`), not its own probability
//! but one learned for its state (count up to 15, probability in 32 levels) in that context,
//! which tells a context seen once from one seen often. Two mixers, one choosing its weights
//! by the tree role and the bits of the byte so far, one by the highest order seen and the
//! match length, are averaged; two adaptive probability maps refine the result, by role and
//! order 0 and by hashed order 2, and a weighted average of the three is coded.

use super::shape::Shape;
use std::sync::OnceLock;

/// Entries of each hashed counter table, as a power of two.
const TABLE_BITS: u32 = 17;
/// Hashed contexts: orders 2, 3, 4, 6, word with byte before, word with previous word, tree
/// position, key with order 3.
const HASHED: usize = 8;
/// Inputs of the mixers: one per context with counters, the match model and a bias.
const INPUTS: usize = 2 + HASHED + 2;
/// Shortest repeat the match model looks for.
const MATCH_MIN: usize = 5;
/// Entries of the match model's index of positions, as a power of two.
const MATCH_BITS: u32 = 16;
/// Longest match length the match model tells apart.
const MATCH_MAX: usize = 31;
/// Counters adapt at rate 1 / (n + 1.5) until they have seen this many bits, then stay at it.
const COUNT_LIMIT: u32 = 30;
/// Mixer learning rate (error multiplier).
const MIX_RATE: i32 = 48;
/// Adaptive probability maps move 1 / 2^this of the way on each bit.
const APM_RATE: i32 = 7;

/// The logistic curves in 12-bit fixed point, built once from integer interpolation.
struct Curves {
    /// `stretch[p] = ln(p / (1 - p))` × 256, for p in 0..4096 (× 1/4096), clamped to ±2047.
    stretch: Box<[i16]>,
    /// `squash[d + 2048] = 4096 / (1 + e^(-d / 256))`, for d in -2048..2048.
    squash: Box<[i16]>,
    /// `rates[n] = 65536 / (n + 1.5)`: how far a counter that has seen n bits moves.
    rates: Box<[u32]>,
}

#[inline(always)]
fn curves() -> &'static Curves {
    static CURVES: OnceLock<Curves> = OnceLock::new();
    CURVES.get_or_init(|| {
        let squash: Vec<i16> = (-2048..2048).map(|d| squash_by_interpolation(d) as i16).collect();
        let mut stretch = vec![2047i16; 4096];
        let mut next = 0usize;
        for d in -2047..=2047 {
            let p = squash_by_interpolation(d) as usize;
            for s in stretch.iter_mut().take(p + 1).skip(next) {
                *s = d as i16;
            }
            next = next.max(p + 1);
        }
        let rates = (0..1024).map(|n| 131_072 / (2 * n + 3)).collect();
        Curves { stretch: stretch.into(), squash: squash.into(), rates }
    })
}

/// 4096 / (1 + e^(-d / 256)), interpolated between 33 points 128 apart, in 1..=4095.
fn squash_by_interpolation(d: i32) -> i32 {
    const POINTS: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901,
        3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    if d > 2047 {
        return 4095;
    }
    if d < -2047 {
        return 1;
    }
    let w = d & 127;
    let i = ((d >> 7) + 16) as usize;
    ((POINTS[i] * (128 - w) + POINTS[i + 1] * w + 64) >> 7).clamp(1, 4095)
}

#[inline(always)]
fn stretch(cv: &Curves, p: i32) -> i32 {
    i32::from(cv.stretch[p as usize])
}

#[inline(always)]
fn squash(cv: &Curves, d: i32) -> i32 {
    i32::from(cv.squash[(d.clamp(-2047, 2047) + 2048) as usize])
}

/// An adaptive counter packed in a `u32`: P(1) in the top 22 bits, bits seen in the low 10.
#[derive(Clone, Copy)]
struct Counter;

impl Counter {
    const FRESH: u32 = 1 << 31;

    #[inline(always)]
    fn p12(c: u32) -> i32 {
        (c >> 20) as i32
    }

    /// Moves P(1) toward `bit` by 1 / (n + 1.5) of the way, n = bits seen before (capped).
    #[inline(always)]
    fn update(cv: &Curves, c: &mut u32, bit: u32, limit: u32) {
        let n = *c & 1023;
        let p = i64::from(*c >> 10);
        let target = if bit == 1 { (1i64 << 22) - 1 } else { 0 };
        let rate = i64::from(cv.rates[n as usize]);
        let p = (p + (((target - p) * rate) >> 16)).clamp(0, (1 << 22) - 1) as u32;
        *c = p << 10 | (n + 1).min(limit);
    }
}

/// A 32-bit mixing hash.
#[inline(always)]
fn hash(a: u32, b: u32) -> u32 {
    let h = a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_add(0x7F4A_7C15).wrapping_mul(0x85EB_CA6B);
    h ^ h >> 15
}

/// Whether `b` continues a word: an ASCII letter or digit, or a byte of packed Korean.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// An adaptive probability map: refines a probability in a context by interpolating between 33
/// learned points along the stretched input.
#[derive(Clone)]
struct Apm {
    t: Box<[u16]>,
    index: usize,
}

impl Apm {
    fn new(contexts: usize) -> Apm {
        let t = (0..contexts * 33).map(|i| (squash(curves(), (i % 33) as i32 * 128 - 2048) * 16) as u16).collect();
        Apm { t, index: 0 }
    }

    fn p(&mut self, cv: &Curves, p: i32, context: usize) -> i32 {
        let s = stretch(cv, p) + 2048; // 1..4095
        let (lo, w) = ((s >> 7) as usize, s & 127);
        let base = context * 33 + lo;
        self.index = base + usize::from(w >= 64);
        let mixed = i32::from(self.t[base]) * (128 - w) + i32::from(self.t[base + 1]) * w;
        (mixed >> 11).clamp(1, 4095)
    }

    fn update(&mut self, bit: u32) {
        let target = if bit == 1 { 65_535 } else { 0 };
        let v = &mut self.t[self.index];
        *v = (i32::from(*v) + ((target - i32::from(*v)) >> APM_RATE)) as u16;
    }
}

/// Weights for one set of inputs, chosen per bit from several sets by a context, trained
/// online to reduce coding cost.
#[derive(Clone)]
struct Mixer {
    weights: Box<[i32]>,
    set: usize,
    /// The last prediction, stretched (the dot product) and squashed.
    dot: i32,
    p: i32,
}

impl Mixer {
    fn new(sets: usize) -> Mixer {
        Mixer { weights: vec![1 << 14; sets * INPUTS].into(), set: 0, dot: 0, p: 2048 }
    }

    /// The weighted sum of `inputs` under weight set `set`, in the stretched domain.
    fn mix(&mut self, cv: &Curves, inputs: &[i32; INPUTS], set: usize) -> i32 {
        self.set = set * INPUTS;
        let w = &self.weights[self.set..self.set + INPUTS];
        let dot: i64 = w.iter().zip(inputs).map(|(w, x)| i64::from(*w) * i64::from(*x)).sum();
        self.dot = (dot >> 16).clamp(-2047, 2047) as i32;
        self.p = squash(cv, self.dot);
        self.dot
    }

    fn train(&mut self, inputs: &[i32; INPUTS], bit: u32) {
        let err = ((bit as i32) << 12) - self.p;
        let w = &mut self.weights[self.set..self.set + INPUTS];
        for (w, x) in w.iter_mut().zip(inputs) {
            *w = (*w + ((x * err * MIX_RATE) >> 16)).clamp(-(1 << 22), 1 << 22);
        }
    }
}

/// Counter states told apart by the maps that turn a counter into a learned probability:
/// 16 counts by 32 probability levels.
const MAP_STATES: usize = 16 * 32;

/// The whole model: predicts a bit, then learns it.
#[derive(Clone)]
pub(super) struct Model {
    /// All context counters: order 0, then order 1, then the hashed tables.
    counters: Box<[u32]>,
    /// Per context, a learned probability for each counter state.
    maps: Box<[u32]>,
    /// Context hashes of the hashed tables, fixed for the current byte.
    byte_hashes: [u32; HASHED],
    /// First counter of each hashed context's bucket for the current nibble.
    buckets: [usize; HASHED],
    /// Counter and map slots used for the current bit, for the update.
    slots: [usize; CONTEXTS],
    map_slots: [usize; CONTEXTS],
    inputs: [i32; INPUTS],
    by_bits: Mixer,
    by_order: Mixer,
    mixed: i32,
    apm0: Apm,
    apm2: Apm,
    /// The logistic curves and counter rates, shared by every model.
    curves: &'static Curves,
    /// The bits of the current byte so far, after a leading 1.
    c0: u32,
    /// The last four bytes, the latest in the low bits.
    c4: u32,
    /// Bytes before the last four, for order 6.
    c8: u32,
    word: u32,
    prev_word: u32,
    shape: Shape,
    /// The role (`shape::Role`, 9 kinds) of the byte being coded, which selects mixer weights.
    role: usize,
    history: Vec<u8>,
    match_index: Box<[u32]>,
    match_ptr: usize,
    match_len: usize,
    match_counters: Box<[u32]>,
    match_slot: usize,
}

/// Contexts with counters: order 0, order 1 and the hashed ones.
const CONTEXTS: usize = 2 + HASHED;
const ORDER1_START: usize = 256;
const HASHED_START: usize = ORDER1_START + (1 << 16);

impl Model {
    pub(super) fn new() -> Model {
        let mut m = Model {
            counters: vec![Counter::FRESH; HASHED_START + (HASHED << TABLE_BITS)].into(),
            maps: (0..CONTEXTS * MAP_STATES).map(|i| ((i % 32) as u32 * 128 + 64) << 20).collect(),
            byte_hashes: [0; HASHED],
            buckets: [0; HASHED],
            slots: [0; CONTEXTS],
            map_slots: [0; CONTEXTS],
            inputs: [0; INPUTS],
            by_bits: Mixer::new(256 * 9),
            by_order: Mixer::new((CONTEXTS + 1) * 4),
            mixed: 2048,
            apm0: Apm::new(256 * 9),
            apm2: Apm::new(1 << 12),
            curves: curves(),
            c0: 1,
            c4: 0,
            c8: 0,
            word: 0,
            prev_word: 0,
            shape: Shape::new(),
            role: 0,
            history: Vec::new(),
            match_index: vec![0; 1 << MATCH_BITS].into(),
            match_ptr: 0,
            match_len: 0,
            match_counters: vec![Counter::FRESH; (MATCH_MAX + 1) * 2].into(),
            match_slot: 0,
        };
        m.start_byte();
        m
    }

    /// P(next bit = 1), 12-bit, in 1..=4095.
    pub(super) fn p(&mut self) -> i32 {
        let cv = self.curves;
        let c0 = self.c0 as usize;
        self.slots[0] = c0;
        self.slots[1] = ORDER1_START + (((self.c4 & 0xff) as usize) << 8 | c0);
        let done = 31 - self.c0.leading_zeros(); // bits of this byte so far
        if done == 0 || done == 4 {
            // A new nibble: each hashed context picks a bucket of 16 counters, one cache line,
            // that serves the nibble's 4 bits.
            let mask = (1usize << TABLE_BITS) - 16;
            for i in 0..HASHED {
                let h = hash(self.byte_hashes[i], self.c0) as usize;
                self.buckets[i] = HASHED_START + (i << TABLE_BITS | (h & mask));
            }
        }
        let within = if done < 4 { self.c0 } else { 1 << (done - 4) | (self.c0 & ((1 << (done - 4)) - 1)) };
        for i in 0..HASHED {
            self.slots[2 + i] = self.buckets[i] + within as usize;
        }
        // All loads first, so that their cache misses overlap instead of following each other.
        let mut loaded = [0u32; CONTEXTS];
        for (c, &slot) in loaded.iter_mut().zip(&self.slots) {
            *c = self.counters[slot];
        }
        let mut highest_seen = 0;
        for (i, &c) in loaded.iter().enumerate() {
            let n = (c & 1023).min(15) as usize;
            self.map_slots[i] = i * MAP_STATES + n * 32 + (Counter::p12(c) >> 7) as usize;
            if n > 0 {
                highest_seen = i + 1;
            }
            self.inputs[i] = stretch(cv, Counter::p12(self.maps[self.map_slots[i]]));
        }
        self.inputs[CONTEXTS] = self.match_input();
        self.inputs[CONTEXTS + 1] = 256;
        let match_bucket = match self.match_len {
            0 => 0,
            1..=8 => 1,
            9..=16 => 2,
            _ => 3,
        };
        let a = self.by_bits.mix(cv, &self.inputs, self.role << 8 | c0);
        let b = self.by_order.mix(cv, &self.inputs, highest_seen * 4 + match_bucket);
        self.mixed = squash(cv, (a + b) >> 1);
        let a0 = self.apm0.p(cv, self.mixed, self.role << 8 | c0);
        let a2 = self.apm2.p(cv, self.mixed, (hash(self.c4 & 0xffff, self.c0) >> 20) as usize);
        ((self.mixed + a0 + 2 * a2 + 2) >> 2).clamp(1, 4095)
    }

    fn match_input(&mut self) -> i32 {
        if self.match_len == 0 {
            return 0;
        }
        let expected = u32::from(self.history[self.match_ptr]) | 0x100;
        let done = 32 - self.c0.leading_zeros() - 1; // bits of this byte so far
        if expected >> (8 - done) != self.c0 {
            self.match_len = 0;
            return 0;
        }
        let bit = (expected >> (7 - done) & 1) as usize;
        self.match_slot = self.match_len.min(MATCH_MAX) * 2 + bit;
        stretch(self.curves, Counter::p12(self.match_counters[self.match_slot]))
    }

    /// Learns `bit` (0 or 1), the bit that [`Model::p`] just predicted.
    pub(super) fn update(&mut self, bit: u32) {
        let cv = self.curves;
        for i in 0..CONTEXTS {
            Counter::update(cv, &mut self.counters[self.slots[i]], bit, COUNT_LIMIT);
            Counter::update(cv, &mut self.maps[self.map_slots[i]], bit, 1023);
        }
        if self.match_len > 0 {
            Counter::update(cv, &mut self.match_counters[self.match_slot], bit, 1023);
        }
        self.by_bits.train(&self.inputs, bit);
        self.by_order.train(&self.inputs, bit);
        self.apm0.update(bit);
        self.apm2.update(bit);
        self.c0 = self.c0 << 1 | bit;
        if self.c0 >= 256 {
            self.end_byte((self.c0 & 0xff) as u8);
        }
    }

    fn end_byte(&mut self, byte: u8) {
        self.c8 = self.c8 << 8 | self.c4 >> 24;
        self.c4 = self.c4 << 8 | u32::from(byte);
        if is_word_byte(byte) {
            self.word = hash(self.word, u32::from(byte));
        } else if self.word != 0 {
            self.prev_word = self.word;
            self.word = 0;
        }
        self.history.push(byte);
        self.shape.push(byte);
        self.role = self.shape.role() as usize;
        self.update_match();
        self.start_byte();
    }

    fn update_match(&mut self) {
        let n = self.history.len();
        if self.match_len > 0 {
            self.match_len += 1;
            self.match_ptr += 1;
        }
        if n < MATCH_MIN {
            return;
        }
        let key = self.history[n - MATCH_MIN..].iter().fold(0u32, |h, b| hash(h, u32::from(*b)));
        let slot = (key >> (32 - MATCH_BITS)) as usize;
        if self.match_len == 0 {
            let candidate = self.match_index[slot] as usize;
            if candidate > 0 {
                let len = (1..=candidate.min(MATCH_MAX))
                    .take_while(|&k| self.history[candidate - k] == self.history[n - k])
                    .count();
                if len >= MATCH_MIN {
                    self.match_len = len;
                    self.match_ptr = candidate;
                }
            }
        }
        self.match_index[slot] = n as u32;
    }

    fn start_byte(&mut self) {
        self.c0 = 1;
        let c4 = self.c4;
        let h = [
            c4 & 0xffff,
            c4 & 0xff_ffff,
            c4,
            hash(c4, self.c8 & 0xffff),
            hash(self.word, c4 & 0xff),
            hash(self.word, self.prev_word),
            self.shape.context(),
            hash(self.shape.key() << 4 | self.role as u32, c4 & 0xff_ffff),
        ];
        for (i, (slot, h)) in self.byte_hashes.iter_mut().zip(h).enumerate() {
            *slot = hash(h, i as u32 + 1);
        }
    }

    /// Starts a new tree: the next byte is the root value's tag.
    pub(super) fn begin_tree(&mut self) {
        self.shape = Shape::new();
        self.role = self.shape.role() as usize;
        self.start_byte();
    }

    /// Learns `bytes` without coding them: priming.
    pub(super) fn learn(&mut self, bytes: &[u8]) {
        for &b in bytes {
            for i in (0..8).rev() {
                self.p();
                self.update(u32::from(b >> i & 1));
            }
        }
    }
}

/// Arithmetic coding of `data` under `model`. The output ends in a non-zero byte.
pub(super) fn encode(data: &[u8], mut model: Model) -> Vec<u8> {
    let (mut x1, mut x2) = (0u32, u32::MAX);
    let mut out = Vec::new();
    for &b in data {
        for i in (0..8).rev() {
            let bit = u32::from(b >> i & 1);
            let xmid = split(x1, x2, model.p());
            if bit == 1 {
                x2 = xmid;
            } else {
                x1 = xmid + 1;
            }
            model.update(bit);
            while (x1 ^ x2) & 0xff00_0000 == 0 {
                out.push((x2 >> 24) as u8);
                x1 <<= 8;
                x2 = x2 << 8 | 255;
            }
        }
    }
    // x1 and x2 differ in their top byte, so x1's top byte + 1 followed by the zeros the
    // decoder reads past the end lies in (x1, x2].
    out.push((x1 >> 24) as u8 + 1);
    out
}

/// Where [x1, x2] splits for a bit with P(1) = `p` / 4096: 1 takes [x1, xmid], 0 the rest.
fn split(x1: u32, x2: u32, p: i32) -> u32 {
    x1 + ((u64::from(x2 - x1) * p as u64) >> 12) as u32
}

/// Why coded bytes do not decode.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum DecodeError {
    /// The decoder needed bytes past the end (plus the 3 it always reads past it).
    CutShort,
    /// Bytes were left over after `len` bytes were decoded.
    Trailing,
}

/// Decodes exactly `len` bytes coded by [`encode`] under the same model. The caller bounds
/// `len` first. Each input byte is used exactly once: a stream cut short, or followed by
/// anything, is an error.
pub(super) fn decode(coded: &[u8], len: usize, mut model: Model) -> Result<Vec<u8>, DecodeError> {
    let mut input = Input { coded, pos: 0 };
    let (mut x1, mut x2) = (0u32, u32::MAX);
    let mut x = (0..4).fold(0u32, |x, _| x << 8 | u32::from(input.next()));
    let mut out = Vec::with_capacity(len);
    for _ in 0..len {
        let mut byte = 0u8;
        for _ in 0..8 {
            let xmid = split(x1, x2, model.p());
            let bit = u32::from(x <= xmid);
            if bit == 1 {
                x2 = xmid;
            } else {
                x1 = xmid + 1;
            }
            model.update(bit);
            byte = byte << 1 | bit as u8;
            while (x1 ^ x2) & 0xff00_0000 == 0 {
                x1 <<= 8;
                x2 = x2 << 8 | 255;
                x = x << 8 | u32::from(input.next());
            }
        }
        out.push(byte);
        if input.pos > coded.len() + 3 {
            return Err(DecodeError::CutShort);
        }
    }
    if input.pos != coded.len() + 3 {
        return Err(DecodeError::Trailing);
    }
    Ok(out)
}

/// The coded bytes, then zeros past the end.
struct Input<'a> {
    coded: &'a [u8],
    pos: usize,
}

impl Input<'_> {
    fn next(&mut self) -> u8 {
        let b = self.coded.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curves_are_monotonic_inverses() {
        let cv = curves();
        for d in -2047..2047 {
            assert!(squash(cv, d) <= squash(cv, d + 1));
        }
        for p in 1..4095 {
            assert!(stretch(cv, p) <= stretch(cv, p + 1));
            assert!((squash(cv, stretch(cv, p)) - p).abs() <= p / 16 + 1, "{p}");
        }
    }

    #[test]
    fn bytes_round_trip_and_every_coded_byte_is_needed() {
        let data: Vec<u8> = b"the model predicts the next bit; the model learns the bit. ".repeat(20);
        let coded = encode(&data, Model::new());
        assert!(coded.len() < data.len() / 4, "{}", coded.len());
        assert_eq!(decode(&coded, data.len(), Model::new()), Ok(data.clone()));
        assert_eq!(decode(&coded[..coded.len() - 1], data.len(), Model::new()).map(|_| ()), Err(DecodeError::CutShort));
        let mut longer = coded.clone();
        longer.push(0);
        assert_eq!(decode(&longer, data.len(), Model::new()), Err(DecodeError::Trailing));
    }

    #[test]
    fn empty_and_single_bytes_round_trip() {
        for data in [&[][..], &[0], &[255], &[0, 0, 0, 0, 0, 0]] {
            let coded = encode(data, Model::new());
            assert_eq!(decode(&coded, data.len(), Model::new()).as_deref(), Ok(data));
        }
    }
}
