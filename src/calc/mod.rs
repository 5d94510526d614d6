//! Decision calculators, one file each. Plain Rust, tested natively against outside references.
