//! The browser's localStorage as a [`KeyValue`] store.

use super::{KeyValue, StoreError};
use wasm_bindgen::JsValue;
use web_sys::Storage;

/// Window.localStorage. Construction fails when storage is blocked, so the caller can fall
/// back to [`super::MemoryStore`] and say so.
pub struct LocalStore {
    storage: Storage,
}

impl LocalStore {
    pub fn open() -> Result<Self, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        let storage = window.local_storage().ok().flatten().ok_or(StoreError::Unavailable)?;
        // Some browsers hand out a storage object that throws on first use; probe it.
        let probe = "mlplan.v1.probe";
        storage.set_item(probe, "1").map_err(classify)?;
        storage.remove_item(probe).map_err(classify)?;
        Ok(LocalStore { storage })
    }
}

/// Maps a thrown DOMException to a [`StoreError`]: quota errors by name (browsers disagree on
/// the code), security errors as blocked storage.
fn classify(err: JsValue) -> StoreError {
    let name =
        js_sys::Reflect::get(&err, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "SecurityError" => StoreError::Unavailable,
        _ => StoreError::Other(err.as_string().unwrap_or(name)),
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.storage.length().map_err(classify)?;
        Ok((0..n).filter_map(|i| self.storage.key(i).ok().flatten()).collect())
    }
}
