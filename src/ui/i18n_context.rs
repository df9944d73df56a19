//! The current language as reactive context, and reactive text lookups.
//!
//! Invariant: a switch of language and everything that must follow it in the same step (a
//! plan's typed numbers rewritten into the new notation) happen in one synchronous call, so
//! no view ever renders the new language with numbers still typed the old way.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{Lang, tr, tr_args};

/// The current language, shared through context. `Copy`, so handlers and
/// closures can capture it freely.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    lang: RwSignal<Lang>,
    /// What else a switch does, registered by the pages that hold typed numbers.
    on_switch: StoredValue<Vec<(u64, SwitchHook)>>,
}

type SwitchHook = Box<dyn Fn(Lang) + Send + Sync>;

impl I18n {
    /// Starts with `lang` (as negotiated at start-up).
    pub fn new(lang: Lang) -> Self {
        Self {
            lang: RwSignal::new(lang),
            on_switch: StoredValue::new(Vec::new()),
        }
    }

    /// The current language (tracked: a reactive scope re-runs when it changes).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// The current language, not tracked.
    pub fn lang_untracked(self) -> Lang {
        self.lang.get_untracked()
    }

    /// Switches to `lang` because the user chose it, once its texts are here (fetched first
    /// when they are not, `crate::i18n::load`). When they cannot be fetched the page stays in
    /// its language and `failed` runs.
    pub fn switch_to(self, lang: Lang, failed: impl FnOnce() + 'static) {
        if crate::i18n::is_loaded(lang) {
            self.choose(lang);
            return;
        }
        leptos::task::spawn_local(async move {
            match crate::i18n::load(lang).await {
                Ok(()) => self.choose(lang),
                Err(_) => failed(),
            }
        });
    }

    /// Switches the language (its texts already here), and remembers the choice.
    fn choose(self, lang: Lang) {
        self.lang.set(lang);
        // Effects run after this call returns, so they see the language and what follows it
        // together.
        self.on_switch
            .with_value(|hooks| hooks.iter().for_each(|(_, hook)| hook(lang)));
        browser::remember_language(lang);
    }

    /// Runs `hook` with the new language in every switch, for as long as the calling
    /// component lives (e.g. a plan rewriting its typed numbers into the new notation).
    pub fn on_switch(self, hook: impl Fn(Lang) + Send + Sync + 'static) {
        let id = self
            .on_switch
            .with_value(|hooks| hooks.last().map_or(0, |(id, _)| id + 1));
        self.on_switch
            .update_value(|hooks| hooks.push((id, Box::new(hook))));
        on_cleanup(move || {
            // The context may be gone already when the whole app is torn down.
            let _ = self
                .on_switch
                .try_update_value(|hooks| hooks.retain(|(other, _)| *other != id));
        });
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
