//! Browser tests (wasm-bindgen-test in headless Chromium through ChromeDriver):
//! the mounted app reacting to clicks and hash changes, and the crash notice.
//!
//! Run by `make test-browser`. Each test mounts into its own container and
//! unmounts at the end, so tests do not see each other's DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use micromacro::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the body to mount into.
fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn by_testid(root: &web_sys::Element, id: &str) -> web_sys::HtmlElement {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .unchecked_into()
}

fn text(root: &web_sys::Element, id: &str) -> String {
    by_testid(root, id)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn set_hash(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// Waits for the `hashchange` event and the reactive updates after it.
async fn settle() {
    for _ in 0..5 {
        gloo_timers_free_sleep().await;
        tick().await;
    }
}

/// A macrotask boundary, so browser events queued by the test are delivered.
async fn gloo_timers_free_sleep() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn clear_language_choice() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("micromacro:lang").unwrap();
}

#[wasm_bindgen_test]
async fn language_switch_click_changes_texts_and_is_remembered() {
    clear_language_choice();
    let root = container();
    let handle = mount_to(root.clone(), || view! { <App /> });
    tick().await;

    let nav_before = text(&root, "nav-campaigns");
    by_testid(&root, "lang-nl").click();
    tick().await;
    assert_eq!(text(&root, "nav-campaigns"), "Opgeslagen campagnes");
    assert_eq!(
        by_testid(&root, "lang-nl")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("micromacro:lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("nl"));

    by_testid(&root, "lang-en").click();
    tick().await;
    assert_eq!(text(&root, "nav-campaigns"), "Saved campaigns");
    assert_ne!(
        nav_before, "",
        "the navigation rendered text before the click"
    );

    drop(handle);
    root.remove();
    clear_language_choice();
}

#[wasm_bindgen_test]
async fn hash_change_switches_the_page() {
    set_hash("#/");
    let root = container();
    let handle = mount_to(root.clone(), || view! { <App /> });
    tick().await;
    assert!(
        root.query_selector("[data-testid='page-home']")
            .unwrap()
            .is_some()
    );

    set_hash("#/plan");
    settle().await;
    assert!(
        root.query_selector("[data-testid='page-plan']")
            .unwrap()
            .is_some()
    );
    assert!(
        root.query_selector("[data-testid='page-home']")
            .unwrap()
            .is_none()
    );
    assert_eq!(
        by_testid(&root, "nav-plan")
            .get_attribute("aria-current")
            .as_deref(),
        Some("page")
    );

    set_hash("#/definitely-not-a-page");
    settle().await;
    let not_found = text(&root, "page-not-found");
    assert!(
        not_found.contains("#/definitely-not-a-page"),
        "not-found page names the address: {not_found}"
    );

    drop(handle);
    root.remove();
    set_hash("#/");
}

#[wasm_bindgen_test]
async fn crash_notice_is_visible_once_and_keeps_the_route() {
    set_hash("#/s/payload123");
    micromacro::crash::show_crash_notice();
    micromacro::crash::show_crash_notice();
    let notices = document()
        .query_selector_all("[data-testid='notice'][data-kind='error']")
        .unwrap();
    assert_eq!(notices.length(), 1, "one crash notice, however many panics");
    let notice: web_sys::Element = notices.get(0).unwrap().unchecked_into();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let reload = notice.query_selector("a").unwrap().unwrap();
    let href = reload.get_attribute("href").unwrap();
    assert!(
        href.contains("reload=1"),
        "the link reloads the document: {href}"
    );
    assert!(
        href.ends_with("#/s/payload123"),
        "the link keeps the route: {href}"
    );
    assert!(!reload.text_content().unwrap_or_default().is_empty());
    notice.remove();
    set_hash("#/");
}

// --- Storage on real localStorage ----------------------------------------

use micromacro::i18n::Lang;
use micromacro::plan::PlanInput;
use micromacro::storage::local_store::{LocalStore, Store, StoreError};
use micromacro::storage::saved_campaigns::{self, SavedCampaign};

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn campaign(id: &str, name: &str) -> SavedCampaign {
    SavedCampaign {
        id: id.into(),
        updated_ms: 1_000.0,
        plan: PlanInput {
            name: name.into(),
            ..PlanInput::default()
        },
    }
}

#[wasm_bindgen_test]
fn corrupt_and_future_entries_are_reported_untouched_and_the_rest_load() {
    local_storage().clear().unwrap();
    saved_campaigns::save(&LocalStore, &campaign("good", "Good")).unwrap();
    local_storage()
        .set_item("micromacro:campaign:bad", "{not json")
        .unwrap();
    local_storage()
        .set_item("micromacro:campaign:next", r#"{"v":2,"id":"next"}"#)
        .unwrap();

    let loaded = saved_campaigns::load_all(&LocalStore, Lang::En).unwrap();
    assert_eq!(loaded.campaigns.len(), 1);
    assert_eq!(loaded.campaigns[0].plan.name, "Good");
    let mut unreadable = loaded.unreadable.clone();
    unreadable.sort();
    assert_eq!(
        unreadable,
        vec!["micromacro:campaign:bad", "micromacro:campaign:next"]
    );
    assert_eq!(
        local_storage()
            .get_item("micromacro:campaign:bad")
            .unwrap()
            .as_deref(),
        Some("{not json")
    );
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_the_saved_version_survives() {
    local_storage().clear().unwrap();
    saved_campaigns::save(&LocalStore, &campaign("keep", "Saved before")).unwrap();
    // Fill the origin's storage for real: big chunks, then ever smaller ones
    // until not even one more character fits.
    let mut size = 256 * 1024;
    let mut filled = 0;
    while size > 0 {
        if local_storage()
            .set_item(&format!("f{filled}"), &"x".repeat(size))
            .is_ok()
        {
            filled += 1;
            assert!(filled < 2_000, "storage never filled up");
        } else {
            size /= 2;
        }
    }
    let mut bigger = campaign("keep", &"y".repeat(150));
    for id in 0..400 {
        bigger
            .plan
            .creators
            .push(micromacro::plan::CreatorInput::blank(
                id,
                micromacro_engine::Platform::Instagram,
            ));
    }
    assert_eq!(
        saved_campaigns::save(&LocalStore, &bigger),
        Err(StoreError::QuotaExceeded)
    );
    // The failed write left the saved version as it was.
    assert_eq!(
        saved_campaigns::load(&LocalStore, "keep", Lang::En)
            .unwrap()
            .plan
            .name,
        "Saved before"
    );
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_storage_that_refuses_every_write_is_reported() {
    local_storage().clear().unwrap();
    // Private modes throw on every write; simulate that on the real Storage.
    let patch = js_sys::Function::new_no_args(
        "const original = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('refused', 'SecurityError'); };
         return original;",
    );
    let original = patch.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    let result = LocalStore.write("micromacro:probe", "1");
    let restore =
        js_sys::Function::new_with_args("original", "Storage.prototype.setItem = original;");
    restore
        .call1(&wasm_bindgen::JsValue::NULL, &original)
        .unwrap();
    assert_eq!(result, Err(StoreError::Refused("SecurityError".into())));
    assert!(
        LocalStore.write("micromacro:probe", "1").is_ok(),
        "writes work again once restored"
    );
    local_storage().clear().unwrap();
}

/// A deterministic roster of `n` creators across tiers (a small LCG, no randomness crate).
fn roster(n: usize) -> Vec<micromacro_engine::Creator> {
    use micromacro_engine::{Creator, Currency, EngagementRate, Money, Platform};
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as f64 / f64::from(u32::MAX >> 1)
    };
    (0..n)
        .map(|i| {
            let followers = (2_000.0 * 1_000_f64.powf(next())) as u64;
            let price = (followers as f64 / 1_000.0 * (5.0 + 10.0 * next())) as i64;
            Creator::new(Platform::Instagram, followers)
                .named(format!("creator {i}"))
                .with_engagement(EngagementRate::per_follower(0.005 + 0.08 * next()))
                .with_price(Money::from_major(price.max(10), Currency::Eur))
        })
        .collect()
}

/// The optimiser in the browser (issue targets: one run on 10,000 creators ≤ 20 ms, the whole
/// decision for 100 ≤ 16 ms). Measured and printed, not asserted: a timed test would fail on a
/// slow machine. The engine is built at opt-level 2 here (3 in the release build).
#[wasm_bindgen_test]
fn optimiser_timings_in_the_browser_are_printed() {
    use micromacro_engine::{Assumptions, Brief, Currency, Money, Strategy, best_plan, decide};
    let brief = Brief {
        budget: Money::from_major(50_000, Currency::Eur),
        management_capacity_hours: 400.0,
        ..Brief::default()
    };
    let table = Assumptions::default();
    let perf = web_sys::window().unwrap().performance().unwrap();
    let time = |f: &dyn Fn()| {
        let mut samples: Vec<f64> = (0..5)
            .map(|_| {
                let start = perf.now();
                f();
                perf.now() - start
            })
            .collect();
        samples.sort_by(f64::total_cmp);
        samples[2]
    };
    let big = roster(10_000);
    let one_run = time(&|| {
        let plan = best_plan(&brief, &table, &big, Strategy::Free).unwrap();
        assert!(plan.spent <= brief.budget);
    });
    let small = roster(100);
    let decision = time(&|| {
        let d = decide(&brief, &table, &small).unwrap();
        assert_eq!(d.plans.len(), 3);
    });
    web_sys::console::log_1(
        &format!(
            "optimiser in the browser: one run on 10,000 creators {one_run:.1} ms (median of 5); \
             the whole decision on 100 creators {decision:.1} ms"
        )
        .into(),
    );
}
