//! The plan link codec.
