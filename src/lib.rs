//! Micro·Macro, the app crate: a Leptos client-side app over the pure
//! `micromacro_engine` crate.
//!
//! - [`ui`]: components, one a file; they wire signals and hold no logic.
//! - [`i18n`]: the English/Dutch catalogue, language choice, number formatting.
//! - [`route`]: hash routes.
//! - [`plan`]: the planner's inputs as typed, read into engine types per field.
//! - [`checklist_game`]: the checklist game's state and moves.
//! - [`storage`]: what is kept in localStorage, in versioned formats.
//! - [`share`]: share links (versioned, compressed, capped) in the URL fragment.
//! - [`roster`]: creator lists imported from CSV/TSV and rosters exported as
//!   spreadsheet-safe CSV, with a deterministic sample roster.
//! - [`browser`]: the few calls into the browser (address, storage, document).
//! - [`crash`]: the visible notice shown when the app panics.
//!
//! See ARCHITECTURE.md for the invariants.

pub mod browser;
pub mod chart;
pub mod checklist_game;
pub mod crash;
pub mod format;
pub mod i18n;
pub mod json;
pub mod library;
pub mod num;
pub mod plan;
pub mod results;
pub mod roster;
pub mod route;
pub mod share;
pub mod storage;
pub mod ui;

/// Starts the app: panic notice first, then, once the page's language is here (its texts
/// are fetched with it, `i18n::load`) and the static skeleton that `index.html` shows while
/// the wasm loads has been painted, mount into `#app` in its place. When the language
/// cannot be fetched the skeleton stays, with a notice that offers a reload.
pub fn start() {
    crash::install_panic_hook();
    browser::drop_query_param("reload");
    let lang = browser::language_choice().lang;
    wasm_bindgen_futures::spawn_local(async move {
        match i18n::load(lang).await {
            Ok(()) => browser::after_first_paint(mount),
            Err(_) => crash::show_load_failed_notice(),
        }
    });
}

/// Mounts the app into `#app`, replacing the skeleton. It waits for the skeleton's first
/// contentful paint: where the wasm is cached and quick, mounting before that paint would
/// make the app's copy of the skeleton's first lines the page's largest paint, seconds later
/// than the skeleton's on a slow phone; where the skeleton has been painted long before the
/// wasm arrives (the usual case), it costs one frame at most. A page fetched as a module of
/// its own (`ui::lazy`) is fetched first, so the skeleton stays until the page can replace it.
///
/// A share link is decoded in a task of its own before the mount (`ui::pages::open_ahead`,
/// a function of the `planner_screen` module like the page, called through `ui::lazy`), and
/// a campaign's decision worked out in the next (`ui::pages::decide_ahead`): inflating and
/// parsing it, and deciding, in the mount's task made that task, already the first load's
/// longest, longer still.
///
/// The app itself is built off the page in two tasks, then takes the skeleton's place whole:
/// first the frame (header, notices, footer), then the route's page, in whose task the app
/// replaces the skeleton, so no frame is painted without the page. In one task, the mount
/// was the first load's longest (70–90 ms unthrottled on `#/plan`, much of it the browser
/// compiling each function the first time it runs).
fn mount() {
    let route = route::Route::parse(&browser::location_hash());
    wasm_bindgen_futures::spawn_local(async move {
        ui::lazy::preload_page(&route).await;
        // The `planner_screen` module, which holds these, has just been fetched for the page;
        // if it could not be, the page says so and there is nothing to do ahead.
        if let route::Route::Shared(payload) = &route
            && ui::lazy::open_ahead(payload.clone(), browser::language_choice().lang)
                .await
                .is_ok()
        {
            browser::next_task().await;
            if matches!(ui::lazy::decide_ahead().await, Ok(true)) {
                browser::next_task().await;
            }
        }
        mount_now();
    });
}

fn mount_now() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    let Some(document) = browser::document() else {
        return;
    };
    let element = |el: web_sys::Element| el.dyn_into::<web_sys::HtmlElement>().ok();
    let target = document
        .get_element_by_id("app")
        .and_then(element)
        .or_else(|| document.body());
    let holder = document.create_element("div").ok().and_then(element);
    let (Some(target), Some(holder)) = (target, holder) else {
        return;
    };
    let page_shown = RwSignal::new(false);
    leptos::mount::mount_to(holder.clone(), move || view! { <ui::App page_shown /> }).forget();
    wasm_bindgen_futures::spawn_local(async move {
        browser::next_task().await;
        page_shown.set(true);
        // The page is built by the executor's next turn, still in this task.
        leptos::task::tick().await;
        if let Some(app) = holder.first_element_child() {
            target.replace_children_with_node_1(&app);
        }
    });
}
