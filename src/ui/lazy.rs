//! Parts of the app fetched when they are first shown, not with the page.
//!
//! The release build (`make dist`) compiles with `--cfg micromacro_split`: each function
//! below then becomes a split point of `wasm_split_helpers`, and `scripts/wasm_split.py`
//! moves the code only it reaches into a wasm module of its own (`wasm-split-cli`), which
//! the page fetches and instantiates the first time the function is called. Every other
//! build (`make serve`, the native and browser tests) compiles the same functions as plain
//! `async fn`s, so the app behaves the same, with everything in one module.
//!
//! What is split off is everything but the app's frame, home and not-found, in four modules:
//! - `planner_screen`: the planner's pages (`#/plan`, `#/plan/<id>`) and the share page (`#/s/…`) with
//!   the planner's first screen (brief, recommendation, the model and the engine's decision)
//!   and the work a shared link's mount has done ahead of it ([`open_ahead`],
//!   [`decide_ahead`]). Fetched before the app replaces those routes' skeleton; the page's
//!   inline script preloads it beside the main module (as it does each page's module).
//! - `planner_parts`: the planner's parts from its creators down (creators, roster with its CSV
//!   reader and writer, comparison, charts with plotters, benchmarks panel), its share box
//!   (the link's writer and compressor), and the task that fills in the ranges, a large
//!   pool's factors and the curves, with the engine's sampling; the creator library's sync with
//!   the planner and its section on the campaigns page. The planner starts fetching
//!   it as it starts to mount; the staged mount waits for it at the creators' step, which is
//!   below the brief and the recommendation on a phone and on a desktop, so nothing on screen
//!   moves; the task starts at the last step, as it did in the main module.
//! - `pages`: the checklist and saved-campaigns pages, and a checklist result opened from a
//!   link (whose share page is `planner_screen`'s: such a link fetches both), fetched before the app
//!   replaces their skeleton.
//! - `report`: the report page with its charts' SVG drawing, fetched the same way.
//!
//! Few modules, not one a part: `wasm-split-cli` puts the code each set of modules shares
//! into a chunk of its own, and each file is compiled and instantiated on its own, so more
//! modules mean more chunks and more files per route, which cost more start-up than the bytes
//! they save (a module a page and a part measured worse in Lighthouse than these four; the
//! figures are in the commit history and `make size` prints today's).
//!
//! Invariants: a part's function takes only owned, concrete values and returns an
//! [`AnyView`], a `lazy_fn!`'s another owned value (a split point is an `extern "C"` call
//! between modules); it is called inside
//! the owner it renders in ([`show`] keeps the reactive owner across the fetch), so its
//! components find their contexts; once a module has loaded, calling its function again
//! resolves at once, so a part shown a second time renders in the same task; a page with a
//! module of its own is fetched before the app mounts on it (`crate::mount`,
//! [`preload_page`]), so its skeleton stays until the page can replace it.

use leptos::prelude::*;

use crate::route::Route;
use crate::share::codec::{self, Kind};

/// Declares a function of a module: a split point in the split build, a plain `async fn`
/// otherwise. A module that cannot be fetched (offline before the service worker has it) is
/// an `Err`, never a panic, and is fetched again on the next call. Used as it is for work
/// that is not a view (done ahead of a mount), and by [`lazy_part!`] for views.
macro_rules! lazy_fn {
    ($(#[$doc:meta])* $module:ident => fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        $(#[$doc])*
        #[cfg(micromacro_split)]
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<$out, NotLoaded> {
            Ok($body)
        }

        lazy_fn!(@plain $(#[$doc])* fn $name($($arg: $ty),*) -> $out $body);
    };
    (@plain $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        $(#[$doc])*
        #[cfg(not(micromacro_split))]
        pub async fn $name($($arg: $ty),*) -> Result<$out, NotLoaded> {
            Ok($body)
        }
    };
}

/// Declares a part (a view) as a [`lazy_fn!`], optionally with `preload`, which fetches its
/// module without building anything.
macro_rules! lazy_part {
    ($(#[$doc:meta])* $module:ident, $preload:ident => fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[$doc])*
        #[cfg(micromacro_split)]
        #[::leptos::wasm_split::wasm_split(
            $module,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(#[doc = "Fetches the module of this part."] $preload)
        )]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
            Ok($body)
        }

        /// Fetches the module of this part (nothing to fetch in this build).
        #[cfg(not(micromacro_split))]
        pub async fn $preload() -> Result<(), NotLoaded> {
            Ok(())
        }

        lazy_fn!(@plain $(#[$doc])* fn $name($($arg: $ty),*) -> AnyView $body);
    };
    // A part of a module whose preload another part declares.
    ($(#[$doc:meta])* $module:ident => fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        lazy_fn!($(#[$doc])* $module => fn $name($($arg: $ty),*) -> AnyView $body);
    };
}

/// A part's module could not be fetched (as for a language's, `crate::i18n::load`).
pub use crate::i18n::NotLoaded;

lazy_part! {
    /// The planner's parts from its creators down, each mounting at its step (see `PlanView`).
    planner_parts, preload_planner_parts_module => fn planner_parts(steps: super::plan::LowerSteps) {
        super::plan::lower_parts(steps)
    }
}

lazy_part! {
    /// The creator library on the campaigns page (`crate::ui::pages`), with the saved
    /// campaigns its histories are made of: mounted after the page's list.
    planner_parts => fn library_section(campaigns: RwSignal<Result<crate::storage::saved_campaigns::Loaded, crate::storage::local_store::StoreError>>) {
        super::pages::library_section(campaigns)
    }
}

lazy_part! {
    /// The planner's share box: the link to the plan, made on the first click.
    planner_parts => fn share_box(input: crate::plan::PlanInput) {
        super::plan::share_box(&input)
    }
}

lazy_part! {
    /// `#/plan`.
    planner_screen, preload_planner_screen => fn plan_page() {
        view! { <super::pages::PlanPage /> }.into_any()
    }
}

lazy_part! {
    /// `#/plan/<id>`.
    planner_screen => fn saved_plan_page(id: String) {
        view! { <super::pages::SavedPlanPage id=id /> }.into_any()
    }
}

lazy_part! {
    /// `#/s/<payload>`: a shared campaign, a checklist result or a link that cannot be opened.
    planner_screen => fn shared_page(payload: String) {
        view! { <super::pages::SharedPage payload=payload /> }.into_any()
    }
}

lazy_fn! {
    /// Decodes a share link ahead of the mount (`crate::ui::pages::open_ahead`).
    planner_screen => fn open_ahead(payload: String, lang: crate::i18n::Lang) -> () {
        super::pages::open_ahead(&payload, lang)
    }
}

lazy_fn! {
    /// Works out the decision of a campaign decoded ahead, if any; whether there was one
    /// (`crate::ui::pages::decide_ahead`).
    planner_screen => fn decide_ahead() -> bool {
        super::pages::decide_ahead()
    }
}

lazy_part! {
    /// `#/checklist`.
    pages, preload_pages => fn checklist_page() {
        view! { <super::pages::ChecklistPage /> }.into_any()
    }
}

lazy_part! {
    /// A checklist result opened from a link (the checklist page's result card).
    pages => fn shared_result(checklist: micromacro_engine::Checklist) {
        view! { <super::pages::SharedResult checklist=checklist /> }.into_any()
    }
}

lazy_part! {
    /// `#/campaigns`.
    pages => fn campaigns_page() {
        view! { <super::pages::CampaignsPage /> }.into_any()
    }
}

lazy_part! {
    /// `#/report` and `#/report/<id>`.
    report, preload_report => fn report_page(id: Option<String>) {
        view! { <super::pages::ReportPage id=id /> }.into_any()
    }
}

/// Fetches the modules of `route`'s page, if it has any (home and not-found have none). A
/// module that could not be fetched is left to the page, which says so where the page would
/// be.
pub async fn preload_page(route: &Route) {
    let _ = match route {
        Route::Plan | Route::SavedPlan(_) => preload_planner_screen().await,
        Route::Checklist | Route::Campaigns => preload_pages().await,
        Route::Report(_) => preload_report().await,
        // The share page is the planner's module; a checklist result's card the pages'.
        Route::Shared(payload) if is_checklist_result(payload) => {
            let _ = preload_planner_screen().await;
            preload_pages().await
        }
        Route::Shared(_) => preload_planner_screen().await,
        Route::Home | Route::NotFound(_) => Ok(()),
    };
}

/// Whether a share link holds a checklist result (its page is in the pages' module), from
/// its prefix: the page decodes the link itself.
fn is_checklist_result(payload: &str) -> bool {
    codec::kind(payload) == Some(Kind::ChecklistResult)
}

/// Fetches, without waiting, the planner's module (its parts from its creators down and its
/// share box), so it downloads while the planner's first parts mount. The request starts in a
/// task of its own: starting two fetches took ~13 ms of the first mount's task, the first
/// load's longest.
pub fn preload_planner_parts() {
    leptos::task::spawn_local(async {
        crate::browser::next_task().await;
        let _ = preload_planner_parts_module().await;
    });
}

/// The view a part resolves to, rendered once it has: nothing until then, or at once when
/// its module is already loaded. A part that could not be fetched says so where it would
/// have been, with a button that tries again.
pub fn show<F, Fut>(part: F) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let part = part.clone();
        Suspend::new(send_wrapper::SendWrapper::new(async move {
            match part().await {
                Ok(view) => view,
                Err(_) => not_loaded(attempt),
            }
        }))
    }
}

fn not_loaded(attempt: RwSignal<u32>) -> AnyView {
    let i18n = super::use_i18n();
    view! {
        <p class="notice notice--error" role="alert" data-testid="part-not-loaded">
            {i18n.text("part.not_loaded")}" "
            <button type="button" class="button button--small" on:click=move |_| attempt.update(|a| *a += 1)>
                {i18n.text("part.retry")}
            </button>
        </p>
    }
    .into_any()
}
