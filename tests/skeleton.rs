//! The static skeleton in index.html shows the header and home hero before
//! the app loads, in both languages. Its texts are copies of the catalogue's
//! (a static page cannot read the catalogue); this test keeps them equal, so
//! the page never says one thing before the app loads and another after.

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
