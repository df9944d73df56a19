//! The creator library as the pages see it: one for the page's life, loaded from the browser's
//! database the first time a page needs it (the planner, the campaigns page), never on the
//! home page. Loading also moves older campaigns' own rosters into it (once, see
//! `crate::storage::library_move`), and another tab's change reloads it.
//!
//! Invariants: the library in memory is always one the database held (after a load, or after
//! a merge the database committed); a refused write leaves it as it was and says why.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use micromacro_engine::Platform;

use crate::browser::library_db::{self, DbError};
use crate::library::{Library, MergeReport};
use crate::roster::RosterCreator;
use crate::storage::library_move;
use crate::storage::local_store::LocalStore;

/// Where the library is.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryStatus {
    /// Not asked for yet, or being read.
    Loading,
    /// Read: the library is the one the database holds.
    Ready,
    /// The database refused; the library is empty (or as last read) and the planner works
    /// with what the campaign holds.
    Failed(DbError),
}

/// The library's context (`Copy`: signals only).
#[derive(Clone, Copy)]
pub struct LibraryContext {
    /// Where the library is.
    pub status: RwSignal<LibraryStatus>,
    /// The creators, as the database holds them.
    pub library: RwSignal<Arc<Library>>,
    /// Records set aside as unreadable when the library was last read.
    pub set_aside: RwSignal<usize>,
    /// Campaigns whose own roster moved into the library when it was last read.
    pub moved: RwSignal<usize>,
    /// How long the last load took, in milliseconds (shown as `data-load-ms`).
    pub load_ms: RwSignal<Option<f64>>,
}

thread_local! {
    /// The one library of the page, made on first use.
    static LIBRARY: std::cell::OnceCell<LibraryContext> = const { std::cell::OnceCell::new() };
}

/// The library, made and loading on first use. Its signals belong to an owner of their own,
/// not to the page that first asked, so they outlive a change of page: the campaigns page and
/// the planner share one library for the page's life. (Made here rather than provided by the
/// app, so the main module, which every route fetches first, carries none of it.)
pub fn use_library() -> LibraryContext {
    LIBRARY.with(|slot| {
        *slot.get_or_init(|| {
            let page = Owner::current();
            // A root, not a child of the page's owner (whose end would dispose it). Making
            // one makes it the current owner: the page's is put back after.
            let owner = Owner::new_root(None);
            let context = owner.with(|| LibraryContext {
                status: RwSignal::new(LibraryStatus::Loading),
                library: RwSignal::new(Arc::new(Library::default())),
                set_aside: RwSignal::new(0),
                moved: RwSignal::new(0),
                load_ms: RwSignal::new(None),
            });
            if let Some(page) = page {
                page.set();
            }
            // Kept for the page's life.
            std::mem::forget(owner);
            spawn_local(context.reload());
            library_db::on_change_elsewhere(move || spawn_local(context.reload()));
            context
        })
    })
}

impl LibraryContext {
    /// Reads the library again, moving older campaigns' rosters into it first.
    async fn reload(self) {
        let started = crate::browser::now_ms();
        let moved = move_campaign_rosters().await;
        // The page's read ahead (taken once), unless moving campaigns has changed the
        // database since it was read.
        let ahead = library_db::load_ahead().await.filter(|_| moved == 0);
        let loaded = match ahead {
            Some(loaded) => Ok(loaded),
            None => library_db::load().await,
        };
        match loaded {
            Ok(loaded) => {
                self.set_aside.set(loaded.set_aside);
                self.library.set(Arc::new(loaded.library));
                self.moved.set(moved);
                self.status.set(LibraryStatus::Ready);
            }
            Err(error) => self.status.set(LibraryStatus::Failed(error)),
        }
        self.load_ms.set(Some(crate::browser::now_ms() - started));
    }

    /// Merges `creators` into the library (a creator without a platform is on `platform`).
    pub async fn merge(
        self,
        creators: Vec<RosterCreator>,
        platform: Platform,
    ) -> Result<MergeReport, DbError> {
        let (library, report) = library_db::merge(creators, platform).await?;
        self.library.set(Arc::new(library));
        self.status.set(LibraryStatus::Ready);
        Ok(report)
    }

    /// Empties the library.
    pub async fn clear(self) -> Result<(), DbError> {
        library_db::clear().await?;
        self.library.set(Arc::new(Library::default()));
        Ok(())
    }

    /// True once the library was read.
    pub fn is_ready(self) -> bool {
        self.status.with(|s| *s == LibraryStatus::Ready)
    }
}

/// Moves the rosters of campaigns saved before the library into it; how many campaigns moved.
async fn move_campaign_rosters() -> usize {
    let store = LocalStore;
    let lang = crate::i18n::Lang::En;
    let mut moved = 0;
    for campaign in library_move::waiting(&store, lang) {
        let creators = library_move::creators_of(&campaign.plan);
        if library_db::merge(creators, campaign.plan.platform)
            .await
            .is_ok()
            && library_move::mark_moved(&store, &campaign).is_ok()
        {
            moved += 1;
        }
    }
    moved
}
