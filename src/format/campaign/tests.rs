use super::value::write_number;
use super::*;
use crate::plan::plain_number;
use micromacro_engine::{
    ContentStyle, Currency, GeoScope, NicheDepth, Objective, Platform, RiskTolerance,
};

fn creator(id: u64, name: &str, platform: Platform, numbers: [&str; 3]) -> CreatorInput {
    let [followers, engagement_percent, price] = numbers.map(str::to_owned);
    CreatorInput {
        followers,
        engagement_percent,
        price,
        name: name.to_owned(),
        ..CreatorInput::blank(id, platform)
    }
}

/// A Dutch form in euros: numbers in Dutch notation, some texts that do
/// not read, empty optional fields, a hostile-looking name.
fn dutch_plan() -> PlanInput {
    PlanInput {
        notation: Lang::Nl,
        name: "<img src=x onerror=alert(1)>".into(),
        budget: "12500".into(),
        currency: Currency::Eur,
        objective: Objective::Community,
        platform: Platform::TikTok,
        geography: GeoScope::Local,
        country: micromacro_engine::Country::default(),
        niche_depth: NicheDepth::Deep,
        risk_tolerance: RiskTolerance::Low,
        content_style: ContentStyle::Authentic,
        usage_rights: true,
        use_market: true,
        aov: String::new(),
        margin_percent: String::new(),
        price_ceiling: String::new(),
        capacity_hours: "12,5".into(),
        hourly_cost: "ongeveer 50".into(),
        horizon_weeks: "26".into(),
        creators: vec![
            creator(
                0,
                "@lisa.bakes",
                Platform::Instagram,
                ["48000", "3,2", "450"],
            ),
            creator(1, "Bram 🚲", Platform::TikTok, ["twaalf k", "", "1250,5"]),
            creator(2, "", Platform::YouTube, ["2000000", "0,125", ""]),
            creator(3, "  spaties  ", Platform::TikTok, ["", " ", "1,2,3"]),
        ],
        benchmarks: Vec::new(),
        roster: Default::default(),
        library_choices: Vec::new(),
        library_niche: String::new(),
        roster_embedded: false,
        results: Vec::new(),
    }
}

/// An English form in dollars.
fn english_plan() -> PlanInput {
    PlanInput {
        notation: Lang::En,
        name: "Holiday \"push\" — Q4".into(),
        budget: "about 5k".into(),
        currency: Currency::Usd,
        objective: Objective::Awareness,
        platform: Platform::YouTube,
        geography: GeoScope::International,
        country: micromacro_engine::Country::default(),
        niche_depth: NicheDepth::Broad,
        risk_tolerance: RiskTolerance::High,
        content_style: ContentStyle::Polished,
        usage_rights: false,
        use_market: true,
        aov: String::new(),
        margin_percent: String::new(),
        price_ceiling: String::new(),
        capacity_hours: "40".into(),
        hourly_cost: "75.25".into(),
        horizon_weeks: "".into(),
        creators: vec![
            creator(0, "@max.runs", Platform::YouTube, ["350000", "1.5", "2400"]),
            creator(1, "Zoë", Platform::Instagram, ["-5", "120", "0.5"]),
            creator(2, "@tiny", Platform::TikTok, ["", "", ""]),
        ],
        benchmarks: Vec::new(),
        roster: Default::default(),
        library_choices: Vec::new(),
        library_niche: String::new(),
        roster_embedded: false,
        results: Vec::new(),
    }
}

#[test]
fn round_trip_in_every_notation() {
    for original in [dutch_plan(), english_plan()] {
        let json = to_json(&original);
        for reader in Lang::ALL {
            let mut back = from_json(&json, reader).unwrap();
            assert_eq!(back.notation, reader);
            back.relocalise(original.notation);
            assert_eq!(back, original, "{json} read in {reader}");
        }
    }
}

#[test]
fn numbers_are_written_in_the_readers_notation() {
    let json = to_json(&dutch_plan());
    let en = from_json(&json, Lang::En).unwrap();
    assert_eq!(en.capacity_hours, "12.5");
    assert_eq!(en.creators[0].engagement_percent, "3.2");
    assert_eq!(en.creators[1].price, "1250.5");
    assert_eq!(en.hourly_cost, "ongeveer 50", "text is kept as typed");
    assert_eq!(en.creators[3].price, "1,2,3");
    let nl = from_json(&json, Lang::Nl).unwrap();
    assert_eq!(nl.capacity_hours, "12,5");
    assert_eq!(nl.creators[2].engagement_percent, "0,125");
}

#[test]
fn numbers_are_stored_without_a_language() {
    let mut input = dutch_plan();
    input.budget = "€ 12.500".into();
    input.creators[0].price = "1.250,50".into();
    let json = to_json(&input);
    assert!(json.contains(r#""budget":12500,"#), "{json}");
    assert!(json.contains(r#""p":1250.5}"#), "{json}");
    assert!(json.contains(r#""hcost":"ongeveer 50""#), "{json}");
    let en = from_json(&json, Lang::En).unwrap();
    assert_eq!(
        (en.budget.as_str(), en.creators[0].price.as_str()),
        ("12500", "1250.5")
    );
}

#[test]
fn numbers_keep_every_digit() {
    let mut input = english_plan();
    input.creators[0].engagement_percent = "3.14159265".into();
    input.creators[0].followers = "123456789012".into();
    let back = from_json(&to_json(&input), Lang::Nl).unwrap();
    assert_eq!(back.creators[0].engagement_percent, "3,14159265");
    assert_eq!(back.creators[0].followers, "123456789012");
}

#[test]
fn numbers_are_written_as_plain_number_writes_them() {
    for value in [
        0.0,
        -0.0,
        1.0,
        -20.0,
        0.5,
        12.5,
        3.2,
        0.125,
        0.0001,
        99.99,
        1250.5,
        48_000.0,
        2_000_000.0,
        123_456_789.123_4,
        1e15,
    ] {
        for lang in Lang::ALL {
            assert_eq!(
                write_number(lang, value),
                plain_number(lang, value),
                "{value}"
            );
            assert_eq!(parse_decimal(lang, &write_number(lang, value)), Some(value));
        }
    }
    for value in [0.123456, 1e-7, 1e300, -7.000_000_1] {
        for lang in Lang::ALL {
            assert_eq!(parse_decimal(lang, &write_number(lang, value)), Some(value));
        }
    }
    assert_eq!(
        write_number(Lang::Nl, 1e-7),
        "0,0000001",
        "never an exponent"
    );
}

#[test]
fn creator_ids_are_assigned_afresh() {
    let mut input = english_plan();
    for (row, id) in input.creators.iter_mut().zip([40, 7, 12]) {
        row.id = id;
    }
    let back = from_json(&to_json(&input), Lang::En).unwrap();
    let ids: Vec<u64> = back.creators.iter().map(|c| c.id).collect();
    assert_eq!(ids, [0, 1, 2]);
    assert_eq!(back.creators[1].name, "Zoë", "the order is kept");
}

#[test]
fn a_name_that_looks_like_markup_is_only_text() {
    let back = from_json(&to_json(&dutch_plan()), Lang::En).unwrap();
    assert_eq!(back.name, "<img src=x onerror=alert(1)>");
}

/// The campaign of [`dutch_plan`] as the first release wrote it. Stored
/// campaigns like this one must load, with these values, forever.
const FIXTURE_V1: &str = concat!(
    r#"{"v":1,"name":"<img src=x onerror=alert(1)>","cur":"EUR","obj":"community","#,
    r#""pf":"tiktok","geo":"local","niche":"deep","risk":"low","style":"authentic","#,
    r#""rights":true,"budget":12500,"hours":12.5,"hcost":"ongeveer 50","weeks":26,"#,
    r#""cr":[{"n":"@lisa.bakes","pf":"instagram","f":48000,"e":3.2,"p":450},"#,
    r#"{"n":"Bram 🚲","pf":"tiktok","f":"twaalf k","p":1250.5},"#,
    r#"{"pf":"youtube","f":2000000,"e":0.125},"#,
    r#"{"n":"  spaties  ","pf":"tiktok","e":" ","p":"1,2,3"}]}"#
);

#[test]
fn benchmark_edits_round_trip_and_unknown_cells_are_skipped() {
    let mut plan = english_plan();
    plan.benchmarks = vec![
        (
            DefaultCell::Engagement(Platform::Instagram, micromacro_engine::Tier::Micro),
            4.5,
        ),
        (DefaultCell::ExchangeRate, 1.1),
    ];
    let json = to_json(&plan);
    // Ranges are edits like any other (a newer cell kind, so listed after the check above).
    let mut ranged = plan.clone();
    ranged.benchmarks.push((
        DefaultCell::RelativeRange(crate::plan::Relative::Price, crate::plan::End::High),
        150.0,
    ));
    assert_eq!(
        from_json(&to_json(&ranged), Lang::En).unwrap().benchmarks,
        ranged.benchmarks
    );
    assert!(
        json.contains(r#""bench":[["engagement-instagram-micro",4.5],["exchange-rate",1.1]]"#),
        "{json}"
    );
    assert_eq!(
        from_json(&json, Lang::En).unwrap().benchmarks,
        plan.benchmarks
    );
    // A cell added by a newer version is skipped; the rest still loads.
    let newer = json.replace("exchange-rate", "a-future-cell");
    assert_eq!(from_json(&newer, Lang::En).unwrap().benchmarks.len(), 1);
}

#[test]
fn first_format_keeps_loading() {
    let input = from_json(FIXTURE_V1, Lang::En).unwrap();
    assert_eq!(input.notation, Lang::En);
    assert_eq!(input.name, "<img src=x onerror=alert(1)>");
    assert_eq!(input.currency, Currency::Eur);
    assert_eq!(input.objective, Objective::Community);
    assert_eq!(input.platform, Platform::TikTok);
    assert_eq!(input.geography, GeoScope::Local);
    assert_eq!(input.niche_depth, NicheDepth::Deep);
    assert_eq!(input.risk_tolerance, RiskTolerance::Low);
    assert_eq!(input.content_style, ContentStyle::Authentic);
    assert!(input.usage_rights);
    assert_eq!(input.budget, "12500");
    assert_eq!(input.capacity_hours, "12.5");
    assert_eq!(input.hourly_cost, "ongeveer 50");
    assert_eq!(input.horizon_weeks, "26");
    assert_eq!(
        input.creators,
        [
            creator(
                0,
                "@lisa.bakes",
                Platform::Instagram,
                ["48000", "3.2", "450"]
            ),
            creator(1, "Bram 🚲", Platform::TikTok, ["twaalf k", "", "1250.5"]),
            creator(2, "", Platform::YouTube, ["2000000", "0.125", ""]),
            creator(3, "  spaties  ", Platform::TikTok, ["", " ", "1,2,3"]),
        ]
    );
}

#[test]
fn round_two_keys_round_trip_and_old_campaigns_get_their_defaults() {
    // A format-1 campaign without the optional keys keeps the market, has no order value or
    // margin, one post per creator, the tier's conversion rate, and nobody pinned.
    let old = from_json(FIXTURE_V1, Lang::En).unwrap();
    assert!(old.use_market);
    assert_eq!((old.aov.as_str(), old.margin_percent.as_str()), ("", ""));
    assert_eq!(old.price_ceiling, "", "no ceiling, as before");
    for row in &old.creators {
        assert_eq!(
            (row.posts.as_str(), row.conversion_percent.as_str()),
            ("", "")
        );
        assert_eq!(row.choice, Choice::Open);
    }
    let mut plan = dutch_plan();
    plan.use_market = false;
    plan.aov = "49,95".into();
    plan.margin_percent = "35".into();
    plan.price_ceiling = "0,35".into();
    plan.creators[0].posts = "3".into();
    plan.creators[0].conversion_percent = "2,5".into();
    plan.creators[0].choice = Choice::Pinned;
    plan.creators[2].choice = Choice::Excluded;
    let json = to_json(&plan);
    assert!(
        json.contains(r#""aov":49.95,"margin":35,"ceil":0.35,"mkt":false"#),
        "{json}"
    );
    assert!(json.contains(r#""k":3,"c":2.5,"ch":"pinned""#), "{json}");
    assert!(json.contains(r#""ch":"excluded""#), "{json}");
    assert_eq!(from_json(&json, Lang::Nl).unwrap(), plan);
    // An unknown choice is damage, named by its key.
    let bad = json.replace(r#""ch":"pinned""#, r#""ch":"maybe""#);
    assert!(
        matches!(from_json(&bad, Lang::Nl), Err(FormatError::Damaged(m)) if m.starts_with("cr[0].ch"))
    );
}

#[test]
fn choices_of_library_creators_are_kept_in_storage_but_never_in_a_link() {
    let mut plan = dutch_plan();
    plan.library_choices = vec![
        (
            CreatorKey::new(Platform::Instagram, "@Lisa.Bakes"),
            Choice::Pinned,
        ),
        (CreatorKey::new(Platform::TikTok, "bram"), Choice::Excluded),
        (CreatorKey::new(Platform::TikTok, "open"), Choice::Open),
    ];
    plan.library_niche = "baking".into();
    let json = to_json(&plan);
    assert!(
        json.contains(r#""lch":[{"h":"lisa.bakes","pf":"instagram","ch":"pinned"},{"h":"bram","pf":"tiktok","ch":"excluded"}],"lni":"baking""#),
        "{json}"
    );
    let back = from_json(&json, Lang::Nl).unwrap();
    assert_eq!(back.library_choices, plan.library_choices[..2]);
    assert_eq!(back.library_niche, "baking");
    assert!(!back.roster_embedded);
    let link = to_link_json(&plan);
    assert!(!link.contains("lch") && !link.contains("lni"), "{link}");
    for (from, to, key) in [
        (r#""ch":"excluded"}]"#, r#""ch":"maybe"}]"#, "lch[1].ch"),
        (
            r#""pf":"tiktok","ch""#,
            r#""pf":"myspace","ch""#,
            "lch[1].pf",
        ),
        (r#"{"h":"bram","#, r#"{"h":" ","#, "lch[1].h"),
    ] {
        let bad = json.replacen(from, to, 1);
        assert!(
            matches!(from_json(&bad, Lang::En), Err(FormatError::Damaged(m)) if m.starts_with(key)),
            "{key}: {bad}"
        );
    }
}

#[test]
fn the_roster_is_kept_in_storage_but_never_in_a_link() {
    let mut plan = dutch_plan();
    let mut lisa = RosterCreator::new(2, "lisa.bakes", 42_900);
    lisa.platform = Some(Platform::Instagram);
    lisa.engagement = Some(0.1185);
    lisa.price = Some((1_250.5, Some(Currency::Eur)));
    lisa.niche = Some("baking".into());
    let bram = RosterCreator::new(3, "bram", 5_000);
    plan.roster = plan.roster.with(|r| {
        r.add(vec![lisa, bram], Platform::Instagram);
        r.set_choice(1, Choice::Excluded);
    });
    // A roster kept in the library is not stored with the campaign.
    assert!(!to_json(&plan).contains("ros"));
    // An older campaign's own roster is, until the library has it.
    plan.roster_embedded = true;
    let json = to_json(&plan);
    assert!(json.contains(r#""ros":[{"h":"lisa.bakes","pf":"instagram","f":42900,"e":0.1185,"p":1250.5,"cur":"EUR","ni":"baking"},{"h":"bram","f":5000,"ch":"excluded"}]"#), "{json}");
    let back = from_json(&json, Lang::Nl).unwrap();
    assert_eq!(back.roster.0.len(), 2);
    assert_eq!(back.roster.0.entries()[1].choice, Choice::Excluded);
    assert!(back.roster_embedded);
    assert_eq!(
        back.library_choices,
        [(CreatorKey::new(Platform::TikTok, "bram"), Choice::Excluded)],
        "the roster's choices become the campaign's choices of library creators"
    );
    assert_eq!(
        back.roster.0.entries()[0].creator.price,
        Some((1_250.5, Some(Currency::Eur)))
    );
    // A link carries the plan's creators, not the roster.
    assert!(!to_link_json(&plan).contains("ros"));
    // Damaged entries are named by their key.
    for (from, to, key) in [
        (r#""f":5000"#, r#""f":0"#, "ros[1].f"),
        (r#""e":0.1185"#, r#""e":1.5"#, "ros[0].e"),
        (
            r#""h":"lisa.bakes","pf":"instagram""#,
            r#""h":"lisa.bakes","pf":"myspace""#,
            "ros[0].pf",
        ),
    ] {
        let bad = json.replacen(from, to, 1);
        assert!(
            matches!(from_json(&bad, Lang::En), Err(FormatError::Damaged(m)) if m.starts_with(key)),
            "{key}"
        );
    }
}

#[test]
fn writes_the_documented_shape() {
    assert_eq!(to_json(&dutch_plan()), FIXTURE_V1);
}

#[test]
fn a_country_and_typical_rows_round_trip_and_their_absence_means_what_it_meant() {
    let mut plan = dutch_plan();
    plan.country = micromacro_engine::Country::De;
    plan.creators[0].typical = 12;
    let json = to_json(&plan);
    assert!(json.contains(r#""geo":"local","ctry":"de""#), "{json}");
    assert!(json.contains(r#""p":450,"t":12}"#), "{json}");
    let read = from_json(&json, Lang::Nl).unwrap();
    assert_eq!(read.country, micromacro_engine::Country::De);
    assert_eq!(read.creators[0].typical, 12);
    // Older campaigns have neither key: a Dutch campaign, every creator a named one.
    let old = from_json(FIXTURE_V1, Lang::Nl).unwrap();
    assert_eq!(old.country, micromacro_engine::Country::Nl);
    assert!(old.creators.iter().all(|c| c.typical == 0));
    for (bad, key) in [
        (json.replace(r#""ctry":"de""#, r#""ctry":"xx""#), "ctry"),
        (json.replace(r#""t":12"#, r#""t":10001"#), "cr[0].t"),
        (json.replace(r#""t":12"#, r#""t":-1"#), "cr[0].t"),
    ] {
        assert!(
            matches!(from_json(&bad, Lang::En), Err(FormatError::Damaged(m)) if m.starts_with(key)),
            "{key}: {bad}"
        );
    }
}

#[test]
fn empty_and_null_fields_read_as_empty() {
    let minimal = r#"{"v":1,"cur":"USD","obj":"content","pf":"youtube","geo":"national","niche":"focused","risk":"medium","style":"balanced"}"#;
    let input = from_json(minimal, Lang::Nl).unwrap();
    assert_eq!(input.name, "");
    assert_eq!(input.budget, "");
    assert!(!input.usage_rights);
    assert!(input.creators.is_empty());
    let nulls = r#"{"v":1,"name":null,"cur":"USD","obj":"content","pf":"youtube","geo":"national","niche":"focused","risk":"medium","style":"balanced","budget":null,"cr":[{"n":null,"pf":"tiktok","f":null}]}"#;
    let input = from_json(nulls, Lang::En).unwrap();
    assert_eq!((input.name.as_str(), input.budget.as_str()), ("", ""));
    assert_eq!(input.creators[0], CreatorInput::blank(0, Platform::TikTok));
}

#[test]
fn unknown_keys_are_ignored() {
    let newer = FIXTURE_V1.replacen(r#""v":1,"#, r#""v":1,"later":{"x":[1,2]},"#, 1);
    assert_eq!(from_json(&newer, Lang::En), from_json(FIXTURE_V1, Lang::En));
}

fn damaged_key(raw: &str) -> String {
    match from_json(raw, Lang::En) {
        Err(FormatError::Damaged(message)) => message,
        other => panic!("expected Damaged, got {other:?} for {raw}"),
    }
}

#[test]
fn unreadable_campaigns_say_why() {
    assert_eq!(from_json("", Lang::En), Err(FormatError::NotACampaign));
    assert_eq!(from_json("[1]", Lang::En), Err(FormatError::NotACampaign));
    assert_eq!(
        from_json(r#"{"name":"x"}"#, Lang::En),
        Err(FormatError::NotACampaign)
    );
    assert_eq!(
        from_json(r#"{"v":"1"}"#, Lang::En),
        Err(FormatError::NotACampaign)
    );
    assert_eq!(
        from_json(r#"{"v":0}"#, Lang::En),
        Err(FormatError::NotACampaign)
    );
    assert_eq!(
        from_json(r#"{"v":2,"anything":true}"#, Lang::En),
        Err(FormatError::FutureVersion(2))
    );
    // A number beyond an f64's range is not JSON the app reads (json::parse).
    assert_eq!(
        from_json(&FIXTURE_V1.replace("12500", "1e999"), Lang::En),
        Err(FormatError::NotACampaign)
    );
    // Missing and wrongly typed values, each named by its key.
    let cases = [
        (r#"{"v":1}"#.to_owned(), "cur: missing"),
        (
            FIXTURE_V1.replace(r#""rights":true"#, r#""rights":"yes""#),
            "rights: not true or false",
        ),
        (
            FIXTURE_V1.replace(r#""budget":12500"#, r#""budget":[12500]"#),
            "budget: not a number or a text",
        ),
        (
            FIXTURE_V1.replace(r#""f":48000"#, r#""f":{"k":48}"#),
            "cr[0].f: not a number or a text",
        ),
        (
            FIXTURE_V1.replace(r#""cr":["#, r#""cr":[7,"#),
            "cr[0]: not an object",
        ),
        (
            FIXTURE_V1.replace(r#""cur":"EUR""#, r#""cur":1"#),
            "cur: not a text",
        ),
        (
            FIXTURE_V1.replace(r#""weeks":26"#, r#""weeks":26,"aov":true"#),
            "aov: not a number or a text",
        ),
        (
            FIXTURE_V1.replace(r#""weeks":26"#, r#""ros":{"h":"a"}"#),
            "ros: not a list",
        ),
        (
            FIXTURE_V1.replace(r#""weeks":26"#, r#""bench":[["exchange-rate"]]"#),
            "bench: not a [cell, value] pair",
        ),
        (
            FIXTURE_V1.replace(r#""weeks":26"#, r#""ros":[{"h":"a","f":1.5}]"#),
            "ros[0].f: not a whole number",
        ),
        (
            FIXTURE_V1.replace(r#""weeks":26"#, r#""ros":[{"h":"a"}]"#),
            "ros[0].f: missing",
        ),
    ];
    for (raw, expected) in cases {
        assert_eq!(damaged_key(&raw), expected, "{raw}");
    }
    // A key twice is not JSON the app reads.
    assert_eq!(
        from_json(
            &FIXTURE_V1.replace(r#""v":1,"#, r#""v":1,"v":1,"#),
            Lang::En
        ),
        Err(FormatError::NotACampaign)
    );
}

#[test]
fn unknown_ids_name_their_key() {
    let check = |from: &str, to: &str, key: &str| {
        let message = damaged_key(&FIXTURE_V1.replacen(from, to, 1));
        assert!(
            message.starts_with(&format!("{key}: unknown id")),
            "{message}"
        );
    };
    check(r#""cur":"EUR""#, r#""cur":"GBP""#, "cur");
    check(r#""cur":"EUR""#, r#""cur":"eur""#, "cur");
    check(r#""obj":"community""#, r#""obj":"fame""#, "obj");
    check(r#""pf":"tiktok","geo""#, r#""pf":"myspace","geo""#, "pf");
    check(r#""geo":"local""#, r#""geo":"moon""#, "geo");
    check(r#""niche":"deep""#, r#""niche":"""#, "niche");
    check(r#""risk":"low""#, r#""risk":"none""#, "risk");
    check(r#""style":"authentic""#, r#""style":"raw""#, "style");
    check(r#""pf":"youtube""#, r#""pf":"vine""#, "cr[2].pf");
}

#[test]
fn caps_hold() {
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let at_cap = "é".repeat(MAX_TEXT_CHARS);
    let with_name = |name: &str| FIXTURE_V1.replace("Bram 🚲", name);
    assert_eq!(
        from_json(&with_name(&at_cap), Lang::En).unwrap().creators[1].name,
        at_cap,
        "the cap counts characters, not bytes"
    );
    assert!(damaged_key(&with_name(&long)).starts_with("cr[1].n: text longer"));
    let message = damaged_key(&FIXTURE_V1.replace("ongeveer 50", &long));
    assert!(message.starts_with("hcost: text longer"), "{message}");
    let message = damaged_key(&FIXTURE_V1.replace(r#""cur":"EUR""#, &format!(r#""cur":"{long}""#)));
    assert!(message.starts_with("cur: text longer"), "{message}");

    let huge = "y".repeat(100_000);
    let message =
        damaged_key(&FIXTURE_V1.replace(r#""rights":true"#, &format!(r#""rights":"{huge}""#)));
    assert!(
        message.chars().count() <= MAX_TEXT_CHARS,
        "a hostile value is not quoted whole: {} characters",
        message.len()
    );

    let row = r#"{"pf":"tiktok"}"#;
    let with_rows = |n: usize| {
        let rows = vec![row; n].join(",");
        FIXTURE_V1.replacen(r#""cr":["#, &format!(r#""cr":[{rows},"#), 1)
    };
    assert_eq!(
        from_json(&with_rows(MAX_CREATORS - 4), Lang::En)
            .unwrap()
            .creators
            .len(),
        MAX_CREATORS
    );
    let message = damaged_key(&with_rows(MAX_CREATORS - 3));
    assert_eq!(message, "cr: 501 creators, at most 500");
}

#[test]
fn writing_keeps_to_the_caps() {
    let mut input = english_plan();
    input.name = "ñ".repeat(MAX_TEXT_CHARS + 50);
    input.budget = "?".repeat(MAX_TEXT_CHARS * 3);
    input.creators = (0..MAX_CREATORS as u64 + 20)
        .map(|id| creator(id, "@x", Platform::TikTok, ["1000", "", ""]))
        .collect();
    let back = from_json(&to_json(&input), Lang::En).unwrap();
    assert_eq!(back.name, "ñ".repeat(MAX_TEXT_CHARS));
    assert_eq!(back.budget, "?".repeat(MAX_TEXT_CHARS));
    assert_eq!(back.creators.len(), MAX_CREATORS);
}

#[test]
fn to_input_refuses_a_version_it_does_not_know() {
    let mut dto = CampaignV1::from_input(&english_plan());
    dto.v = 2;
    assert_eq!(dto.to_input(Lang::En), Err(FormatError::FutureVersion(2)));
    dto.v = 0;
    assert_eq!(dto.to_input(Lang::En), Err(FormatError::NotACampaign));
}

#[test]
fn results_are_kept_in_storage_in_any_notation_but_never_in_a_link() {
    use crate::results::Figure;
    let mut input = dutch_plan();
    input.set_result("@lisa.bakes", Figure::Reach, "12.500".to_owned());
    input.set_result("@lisa.bakes", Figure::Fee, "1.250,5".to_owned());
    input.set_result("Bram", Figure::Clicks, "about forty".to_owned());
    input.set_result("nobody", Figure::Posts, String::new());
    let json = to_json(&input);
    assert!(
        json.contains(r#""res":[{"h":"@lisa.bakes","fee":1250.5,"r":12500}"#),
        "{json}"
    );
    assert!(
        json.contains(r#"{"h":"Bram","cl":"about forty"}"#),
        "{json}"
    );
    assert!(!json.contains("nobody"), "an empty row is not written");
    let mut back = from_json(&json, Lang::En).unwrap();
    assert_eq!(back.results[0].get(Figure::Fee), "1250.5");
    back.relocalise(Lang::Nl);
    input.results.retain(|r| !r.is_empty());
    // The same values (numbers are written back without grouping), the same texts.
    assert_eq!(back.results.len(), input.results.len());
    for (read, typed) in back.results.iter().zip(&input.results) {
        assert_eq!(read.handle, typed.handle);
        for (r, t) in read.values.iter().zip(&typed.values) {
            match parse_decimal(Lang::Nl, t) {
                Some(value) => assert_eq!(parse_decimal(Lang::Nl, r), Some(value)),
                None => assert_eq!(r, t),
            }
        }
    }
    assert!(!to_link_json(&input).contains("res"));
    assert_eq!(
        damaged_key(
            r#"{"v":1,"cur":"EUR","obj":"awareness","pf":"instagram","geo":"national","niche":"broad","risk":"medium","style":"balanced","res":[{"h":"a","r":true}]}"#
        ),
        "res[0].r: not a number or a text"
    );
}
