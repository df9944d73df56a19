//! The root component: contexts, the hash router and the page frame.

use leptos::prelude::*;

use super::footer::Footer;
use super::header::Header;
use super::lazy;
use super::notice_list::NoticeList;
use super::pages::{Home, NotFound};
use super::{I18n, NoticeKind, Notices, PlanHandoff};
use crate::browser;
use crate::i18n::tr;
use crate::route::Route;

/// The whole app: header, notices, the page for the current hash route, footer.
///
/// The root element carries `data-testid="app-ready"`: it exists only once the
/// app has mounted and its event handlers are live.
#[component]
pub fn App(
    /// Until this turns true, the page is left out and only the frame around it is built:
    /// the first mount builds the frame and the page in two tasks (`crate::mount`). Without
    /// it, the page is there from the start.
    #[prop(optional, into)]
    page_shown: Option<Signal<bool>>,
) -> impl IntoView {
    let choice = browser::language_choice();
    let i18n = I18n::new(choice.lang);
    provide_context(i18n);
    let notices = Notices::default();
    provide_context(notices);
    provide_context(PlanHandoff::default());
    provide_context(super::pages::ReportPlan::default());
    if let Some(tag) = choice.rejected_query {
        notices.push(NoticeKind::Info, "lang.rejected", vec![("tag", tag)]);
    }

    let route = RwSignal::new(Route::parse(&browser::location_hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&browser::location_hash()));
        browser::scroll_to_top();
    });
    on_cleanup(move || listener.remove());

    // Syncs the document outside the app (its `lang` and title) with the app.
    Effect::new(move |_| {
        let lang = i18n.lang();
        browser::set_document_language(lang);
        browser::set_title(tr(lang, route.with(Route::title_key)));
    });

    // A skip link cannot be an `href="#main"`: the hash is the router's. It
    // moves focus to the main region instead.
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip_to_main = move |_| {
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };

    view! {
        <div class="app" data-testid="app-ready">
            <button type="button" class="skip-link" on:click=skip_to_main>
                {i18n.text("shell.skip_link")}
            </button>
            <Header route=route />
            <NoticeList />
            <super::update_banner::UpdateBanner />
            <main id="main" class="page" tabindex="-1" node_ref=main_ref>
                {move || page_shown.is_none_or(|shown| shown.get()).then(|| page(route.get()))}
            </main>
            <Footer />
        </div>
    }
}

/// The page for a route. Every page but home and not-found is fetched as a module of its own
/// in the release build (see `lazy`); `crate::mount` waits for the current route's module
/// before the app replaces the static skeleton.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Checklist => lazy::show(lazy::checklist_page).into_any(),
        Route::Plan => lazy::show(lazy::plan_page).into_any(),
        Route::SavedPlan(id) => lazy::show(move || lazy::saved_plan_page(id.clone())).into_any(),
        Route::Campaigns => lazy::show(lazy::campaigns_page).into_any(),
        Route::Shared(payload) => lazy::show(move || lazy::shared_page(payload.clone())).into_any(),
        Route::Report(id) => lazy::show(move || lazy::report_page(id.clone())).into_any(),
        Route::NotFound(path) => view! { <NotFound path=path /> }.into_any(),
    }
}
