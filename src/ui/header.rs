//! The site header: brand, main navigation and the language switch.

use leptos::prelude::*;

use super::language_switch::LanguageSwitch;
use super::logo::Logo;
use super::use_i18n;
use crate::route::Route;

/// The header. `route` marks the current page's link with `aria-current`.
#[component]
pub fn Header(#[prop(into)] route: Signal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let link = move |target: Route, key: &'static str, testid: &'static str| {
        let href = target.href();
        // A saved campaign is the planner too.
        let is_current = move || {
            route.with(|r| {
                *r == target || (target == Route::Plan && matches!(r, Route::SavedPlan(_)))
            })
        };
        view! {
            <li>
                <a
                    href=href
                    class="site-nav__link"
                    data-testid=testid
                    aria-current=move || is_current().then_some("page")
                >
                    {i18n.text(key)}
                </a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="#/" data-testid="nav-home">
                    <Logo />
                    <span class="brand__name">{i18n.text("app.name")}</span>
                </a>
                <nav class="site-nav" aria-label=i18n.text("nav.label")>
                    <ul>
                        {link(Route::Checklist, "nav.checklist", "nav-checklist")}
                        {link(Route::Plan, "nav.plan", "nav-plan")}
                        {link(Route::Campaigns, "nav.campaigns", "nav-campaigns")}
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
    }
}
