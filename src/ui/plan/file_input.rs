//! Reading the file a file input was given, for the planner's imports (roster, results).

use crate::roster::{ImportError, MAX_BYTES};

/// Reads the file chosen in the input that sent `event` and gives its bytes to `done`, in a
/// task of its own. The size is checked before anything is read (a larger file is
/// [`ImportError::TooLarge`]); a file the browser cannot read is [`ImportError::NotUtf8`], as
/// no text can come of it. Nothing happens when no file was chosen.
pub fn read_picked(
    event: &web_sys::Event,
    done: impl FnOnce(Result<Vec<u8>, ImportError>) + 'static,
) {
    let Some(file) = crate::browser::picked_file(event) else {
        return;
    };
    if file.size() > MAX_BYTES as f64 {
        return done(Err(ImportError::TooLarge {
            bytes: file.size() as usize,
        }));
    }
    leptos::task::spawn_local(async move {
        let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        done(
            read.map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                .map_err(|_| ImportError::NotUtf8),
        );
    });
}
