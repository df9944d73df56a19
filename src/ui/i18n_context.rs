//! The current language as reactive context, and reactive text lookups.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{Lang, tr, tr_args};

/// The current language, shared through context. `Copy`, so handlers and
/// closures can capture it freely.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// Starts with `lang` (as negotiated at start-up).
    pub fn new(lang: Lang) -> Self {
        Self {
            lang: RwSignal::new(lang),
        }
    }

    /// The current language (tracked: a reactive scope re-runs when it changes).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Switches the language because the user chose it, and remembers the choice.
    pub fn choose(self, lang: Lang) {
        self.lang.set(lang);
        browser::remember_language(lang);
    }

    /// A reactive text: a closure the view re-reads when the language changes.
    pub fn text(
        self,
        key: &'static str,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || tr(self.lang.get(), key)
    }

    /// The text of `key` in the current language (tracked), with `{name}`
    /// placeholders filled in.
    pub fn format(self, key: &str, args: &[(&str, &str)]) -> String {
        tr_args(self.lang.get(), key, args)
    }
}

/// The language context provided by [`crate::ui::App`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
