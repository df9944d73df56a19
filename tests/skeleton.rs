//! The static skeleton in index.html shows the header and the route's first
//! lines (home hero, the planner's, checklist's and saved campaigns' headings,
//! a shared plan's title card, the report page's introduction) before the app
//! loads, in both languages. Its texts are copies of the catalogue's (a static
//! page cannot read the catalogue); this test keeps them equal, so the page
//! never says one thing before the app loads and another after.

use micromacro::i18n::{Lang, format_number, tr, tr_args};
use micromacro::ui::pages::headline_example;

const INDEX_HTML: &str = include_str!("../index.html");

/// The skeleton's section of `class` for `lang`.
fn section(class: &str, lang: Lang) -> &'static str {
    let open = format!(r#"<section class="{class}" lang="{}">"#, lang.code());
    let start = INDEX_HTML
        .find(&open)
        .unwrap_or_else(|| panic!("no {lang} {class} in index.html"));
    let rest = &INDEX_HTML[start..];
    &rest[..rest.find("</section>").expect("the section is closed")]
}

fn hero(lang: Lang) -> &'static str {
    section("hero", lang)
}

#[test]
fn the_skeleton_hero_says_what_the_home_page_says() {
    for lang in Lang::ALL {
        let hero = hero(lang);
        for key in [
            "home.eyebrow",
            "home.title",
            "home.lead",
            "home.cta_checklist",
            "home.cta_plan",
        ] {
            let text = tr(lang, key);
            assert!(
                hero.contains(&format!(">{text}<")),
                "the {lang} skeleton hero lacks {key}: {text:?}"
            );
        }
    }
}

#[test]
fn the_skeleton_navigation_says_what_the_app_says() {
    for lang in Lang::ALL {
        for key in ["nav.checklist", "nav.plan", "nav.campaigns"] {
            let span = format!(r#"<span lang="{}">{}</span>"#, lang.code(), tr(lang, key));
            assert!(
                INDEX_HTML.contains(&span),
                "the skeleton navigation lacks {span}"
            );
        }
    }
}

#[test]
fn the_skeleton_example_shows_the_engines_figures() {
    let (micro, macro_) = headline_example().expect("the engine computes the example");
    for lang in Lang::ALL {
        let example = section("card example", lang);
        let body = tr_args(
            lang,
            "home.example.body",
            &[
                ("micro", &format_number(lang, micro, 0)),
                ("macro", &format_number(lang, macro_, 0)),
            ],
        );
        assert!(
            example.contains(&format!(">{}<", tr(lang, "home.example.title"))),
            "{lang} example title"
        );
        assert!(
            example.contains(&format!(">{body}<")),
            "the {lang} skeleton example differs from the app: {body:?}"
        );
    }
}

/// The skeleton view for one route (`skeleton-view--<name>`), up to the next view.
fn view(name: &str) -> &'static str {
    let open = format!(r#"<div class="skeleton-view skeleton-view--{name}">"#);
    let start = INDEX_HTML
        .find(&open)
        .unwrap_or_else(|| panic!("no skeleton view {name} in index.html"));
    let rest = &INDEX_HTML[start + open.len()..];
    let end = rest
        .find(r#"<div class="skeleton-view"#)
        .or_else(|| rest.find("</main>"))
        .expect("the view ends");
    &rest[..end]
}

/// The part of a view in one language: from its `lang` section to the next.
fn in_lang(view: &'static str, lang: Lang) -> &'static str {
    let marker = format!(r#" lang="{}">"#, lang.code());
    let start = view
        .find(&marker)
        .unwrap_or_else(|| panic!("the view has no {lang} part"));
    let rest = &view[start..];
    let next = rest[marker.len()..]
        .find(" lang=\"")
        .map_or(rest.len(), |i| i + marker.len());
    &rest[..next]
}

/// The skeleton views that show a page's heading and introduction: the view, and the
/// catalogue keys of the page's `<h1>` and lead paragraph.
const HEADINGS: [(&str, &str, &str); 3] = [
    ("plan", "plan.title", "plan.intro"),
    ("checklist", "checklist.title", "checklist.intro"),
    ("campaigns", "campaigns.title", "campaigns.intro"),
];

#[test]
fn the_heading_skeletons_say_what_their_pages_say() {
    for (name, title, intro) in HEADINGS {
        let view = view(name);
        for lang in Lang::ALL {
            let part = in_lang(view, lang);
            assert!(
                part.contains(&format!("<h1>{}</h1>", tr(lang, title))),
                "{lang} {name} title"
            );
            assert!(
                part.contains(&format!(r#"<p class="lead">{}</p>"#, tr(lang, intro))),
                "{lang} {name} introduction"
            );
        }
    }
}

/// The introduction a page opens with (class `<page>__intro`, text `<page>.intro`), with the
/// loading line (`<page>__loading`, `<page>.loading`) after it in the same paragraph: the
/// skeleton's paragraph stays larger than the app's copy, so it stays the largest paint.
fn intro_with_loading(page: &str, lang: Lang) -> String {
    format!(
        r#"<p class="{page}__intro">{} <span class="{page}__loading">{}</span></p>"#,
        tr(lang, &format!("{page}.intro")),
        tr(lang, &format!("{page}.loading"))
    )
}

#[test]
fn the_client_view_skeleton_says_what_the_client_view_says() {
    let client = view("client");
    for lang in Lang::ALL {
        let part = in_lang(client, lang);
        for key in ["client.eyebrow", "client.untitled"] {
            let text = tr(lang, key);
            assert!(
                part.contains(&format!(">{text}<")),
                "the {lang} client skeleton lacks {key}: {text:?}"
            );
        }
        assert!(
            part.contains(&intro_with_loading("client", lang)),
            "the {lang} client skeleton lacks its introduction"
        );
    }
}

#[test]
fn the_report_skeleton_says_what_the_report_page_says() {
    let report = view("report");
    for lang in Lang::ALL {
        assert!(
            in_lang(report, lang).contains(&intro_with_loading("report", lang)),
            "the {lang} report skeleton lacks its introduction"
        );
    }
}

#[test]
fn the_skeleton_views_carry_no_test_hooks_or_ids() {
    // The app's hooks must mean "the app has mounted": a skeleton copy would let a test
    // pass on the static page, and a duplicate id would break the labels.
    for name in ["home", "plan", "client", "report", "checklist", "campaigns"] {
        let view = view(name);
        assert!(
            !view.contains("data-testid"),
            "skeleton view {name} has a test hook"
        );
        assert!(!view.contains(" id="), "skeleton view {name} has an id");
    }
}
