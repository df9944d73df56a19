//! Each language's texts, fetched with the language: a page downloads the one it shows.
//!
//! The release build (`--cfg micromacro_split`, see `crate::ui::lazy`) makes [`english`] and
//! [`dutch`] split points, each in a wasm module of its own (`lang_en`, `lang_nl`) that holds
//! only that language's texts: the main module keeps the keys and the resident section (a
//! crash's and a failed load's messages, in both languages), and carries no language's texts
//! beyond those. The page's inline script starts fetching its language's
//! module before the main module has arrived (`scripts/wasm_split.py`), the app awaits
//! [`load`] before it mounts, and the language switch awaits it before it switches. Every
//! other build compiles the same functions as plain `async fn`s and has every text at once.
//!
//! Invariants: a language's texts, once here, stay for the page's life and are in catalogue
//! order (the resident section's first); before they are here, only the resident section
//! reads, and any other key shows as itself (`super::tr`).

use std::sync::OnceLock;

use super::Lang;
use super::messages::{self, Sections};

/// A language's module could not be fetched.
pub type NotLoaded = leptos::wasm_split::SplitLoaderError;

/// Each language's texts, by [`slot`], once fetched.
static LOADED: [OnceLock<Vec<&'static str>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Vec<&'static str>> {
    &LOADED[match lang {
        Lang::En => 0,
        Lang::Nl => 1,
    }]
}

/// The resident section's texts in `lang` (always here).
fn resident(lang: Lang) -> &'static str {
    match lang {
        Lang::En => messages::resident::EN,
        Lang::Nl => messages::resident::NL,
    }
}

/// Fetches `lang`'s texts if they are not here yet. An `Err` when its module could not be
/// fetched (offline before the service worker has it); a later call tries again.
pub async fn load(lang: Lang) -> Result<(), NotLoaded> {
    if slot(lang).get().is_none() {
        let sections = match lang {
            Lang::En => english().await?,
            Lang::Nl => dutch().await?,
        };
        let _ = slot(lang).set(all_texts(lang, sections));
    }
    Ok(())
}

/// Whether `lang`'s texts are here.
pub fn is_loaded(lang: Lang) -> bool {
    loaded(lang).is_some()
}

/// The text at `index` (a key's place in catalogue order) in `lang`, if it is here.
pub(super) fn text(lang: Lang, index: usize) -> Option<&'static str> {
    match loaded(lang) {
        Some(texts) => texts.get(index).copied(),
        None => resident(lang).split_terminator('\0').nth(index),
    }
}

fn loaded(lang: Lang) -> Option<&'static [&'static str]> {
    // Without split points every language is in the module: read on first use.
    #[cfg(not(micromacro_split))]
    let texts = Some(slot(lang).get_or_init(|| {
        let sections = match lang {
            Lang::En => messages::ENGLISH,
            Lang::Nl => messages::DUTCH,
        };
        all_texts(lang, sections)
    }));
    #[cfg(micromacro_split)]
    let texts = slot(lang).get();
    texts.map(Vec::as_slice)
}

/// A language's texts in catalogue order: the resident section's, then the fetched ones.
fn all_texts(lang: Lang, sections: Sections) -> Vec<&'static str> {
    std::iter::once(resident(lang))
        .chain(sections)
        .flat_map(|section| section.split_terminator('\0'))
        .collect()
}

/// Declares a language's texts as a split point in the split build and a plain `async fn`
/// otherwise (as `crate::ui::lazy` does for the page's parts).
macro_rules! language {
    ($(#[$doc:meta])* $module:ident => fn $name:ident() $texts:expr) => {
        $(#[$doc])*
        #[cfg(micromacro_split)]
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<Sections, NotLoaded> {
            Ok($texts)
        }

        $(#[$doc])*
        #[cfg(not(micromacro_split))]
        async fn $name() -> Result<Sections, NotLoaded> {
            Ok($texts)
        }
    };
}

language! {
    /// The English texts (module `lang_en` in the split build).
    lang_en => fn english() messages::ENGLISH
}

language! {
    /// The Dutch texts (module `lang_nl` in the split build).
    lang_nl => fn dutch() messages::DUTCH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_loads_with_the_resident_texts_first() {
        for lang in Lang::ALL {
            at_once(load(lang)).unwrap();
            assert!(is_loaded(lang));
            let resident_count = messages::resident::KEYS.split_terminator('\0').count();
            let texts = loaded(lang).unwrap();
            for (i, text) in resident(lang).split_terminator('\0').enumerate() {
                assert_eq!(texts[i], text);
            }
            assert!(texts.len() > resident_count);
        }
    }

    /// Runs a future that never waits (the plain build's `load`) to its end.
    fn at_once<F: std::future::Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(output) => output,
            std::task::Poll::Pending => panic!("the plain build's load never waits"),
        }
    }
}
