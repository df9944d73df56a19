//! Share links as properties: every encoded result opens again unchanged, and
//! no input at all, however broken or hostile, makes decoding panic.

use micromacro::share::{checklist_link, codec, link};
use micromacro_engine::{Answer, Checklist, QUESTIONS};
use proptest::prelude::*;

fn checklist_from(answers: &[Option<bool>]) -> Checklist {
    let mut checklist = Checklist::new();
    for (q, answer) in QUESTIONS.iter().zip(answers) {
        if let Some(a) = answer {
            checklist
                .answer(q.id, if *a { Answer::A } else { Answer::B })
                .unwrap();
        }
    }
    checklist
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, ..ProptestConfig::default() })]

    #[test]
    fn every_result_link_opens_unchanged(answers in proptest::collection::vec(proptest::option::of(any::<bool>()), QUESTIONS.len())) {
        let checklist = checklist_from(&answers);
        let payload = checklist_link::encode(&checklist);
        prop_assert!(payload.len() <= 2_000);
        let envelope = link::open(&payload).unwrap();
        prop_assert_eq!(checklist_link::decode(&envelope).unwrap(), checklist);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        if let Ok(envelope) = link::open(&text) {
            let _ = checklist_link::decode(&envelope);
        }
    }

    #[test]
    fn link_shaped_garbage_never_panics(kind in "[ck]", version in 0u32..4, data in "[A-Za-z0-9_-]{0,400}") {
        let payload = format!("{kind}{version}.{data}");
        match link::open(&payload) {
            Ok(envelope) => { let _ = checklist_link::decode(&envelope); }
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn flipped_bytes_are_caught_or_harmless(answers in proptest::collection::vec(proptest::option::of(any::<bool>()), QUESTIONS.len()), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_-]") {
        let mut payload = checklist_link::encode(&checklist_from(&answers)).into_bytes();
        let i = 3 + at.index(payload.len() - 3);
        payload[i] = with.as_bytes()[0];
        let payload = String::from_utf8(payload).unwrap();
        if let Ok(envelope) = link::open(&payload) {
            let _ = checklist_link::decode(&envelope);
        }
    }
}

#[test]
fn a_link_for_every_kind_of_failure_gets_a_message() {
    for payload in ["", "nonsense", "k9.abc", "k1.%%%", "c1.abc"] {
        let error = codec::decode(payload, link::newest_version).unwrap_err();
        assert!(!error.to_string().is_empty(), "{payload}");
    }
}

// Campaign links: every campaign opens again as typed, in either notation, and
// no campaign-shaped input makes decoding panic.

mod campaign {
    use micromacro::format::campaign;
    use micromacro::i18n::Lang;
    use micromacro::plan::{CreatorInput, PlanInput, parse_decimal, plain_number};
    use micromacro::share::{campaign_link, codec, link};
    use micromacro_engine::{
        ContentStyle, Currency, GeoScope, NicheDepth, Objective, Platform, RiskTolerance,
    };
    use proptest::prelude::*;
    use proptest::sample::select;

    fn notation() -> impl Strategy<Value = Lang> {
        select(Lang::ALL.to_vec())
    }

    /// Any Unicode at all, control characters included.
    fn any_text(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(any::<char>(), 0..max).prop_map(String::from_iter)
    }

    /// A number field as typed, before choosing the notation it is typed in.
    #[derive(Clone, Debug)]
    enum Typed {
        Empty,
        /// At most four decimals, as the form writes numbers, so switching
        /// notation gives back exactly the same text.
        Number(f64),
        /// No number in any notation, so kept as typed whatever the
        /// reader's language.
        Text(String),
    }

    impl Typed {
        fn in_notation(self, notation: Lang) -> String {
            match self {
                Typed::Empty => String::new(),
                Typed::Number(value) => plain_number(notation, value),
                Typed::Text(text) => text,
            }
        }
    }

    fn field() -> impl Strategy<Value = Typed> {
        prop_oneof![
            1 => Just(Typed::Empty),
            4 => (-1_000i64..20_000_000, 0..=4).prop_map(|(mantissa, decimals)| {
                Typed::Number(mantissa as f64 / 10f64.powi(decimals))
            }),
            1 => any_text(12).prop_map(|text| {
                if Lang::ALL.iter().any(|&lang| parse_decimal(lang, &text).is_some()) {
                    Typed::Text(format!("x{text}"))
                } else {
                    Typed::Text(text)
                }
            }),
        ]
    }

    type CreatorSpec = (
        String,
        Platform,
        [Typed; 5],
        (micromacro_engine::Choice, u32),
    );

    fn creator() -> impl Strategy<Value = CreatorSpec> {
        (
            any_text(12),
            select(Platform::ALL),
            [field(), field(), field(), field(), field()],
            (
                select(micromacro_engine::Choice::ALL),
                // A named creator mostly; sometimes a typical one, one or many of them.
                prop_oneof![3 => Just(0_u32), 1 => 1..=micromacro_engine::MAX_PLANNED],
            ),
        )
    }

    type Choices = (
        Currency,
        Objective,
        Platform,
        GeoScope,
        NicheDepth,
        RiskTolerance,
        ContentStyle,
        bool,
        bool,
    );

    fn choices() -> impl Strategy<Value = Choices> {
        (
            select(Currency::ALL),
            select(Objective::ALL),
            select(Platform::ALL),
            select(GeoScope::ALL),
            select(NicheDepth::ALL),
            select(RiskTolerance::ALL),
            select(ContentStyle::ALL),
            any::<bool>(),
            any::<bool>(),
        )
    }

    /// A whole form in either notation, with 0..40 creators (ids 0..n).
    fn campaign() -> impl Strategy<Value = PlanInput> {
        (
            notation(),
            choices(),
            any_text(24),
            [
                field(),
                field(),
                field(),
                field(),
                field(),
                field(),
                field(),
            ],
            // Mostly a few creators, sometimes up to 40: big enough to find
            // bugs, small enough for 100,000 cases in seconds.
            prop_oneof![
                8 => proptest::collection::vec(creator(), 0..4),
                1 => proptest::collection::vec(creator(), 4..40),
            ],
        )
            .prop_map(|(notation, choices, name, numbers, creators)| {
                let (
                    currency,
                    objective,
                    platform,
                    geography,
                    niche_depth,
                    risk_tolerance,
                    content_style,
                    usage_rights,
                    use_market,
                ) = choices;
                let [
                    budget,
                    capacity_hours,
                    hourly_cost,
                    horizon_weeks,
                    aov,
                    margin_percent,
                    price_ceiling,
                ] = numbers.map(|typed| typed.in_notation(notation));
                let creators: Vec<CreatorInput> = creators
                    .into_iter()
                    .zip(0..)
                    .map(|((name, platform, numbers, (choice, typical)), id)| {
                        let [
                            followers,
                            engagement_percent,
                            price,
                            posts,
                            conversion_percent,
                        ] = numbers.map(|typed| typed.in_notation(notation));
                        CreatorInput {
                            id,
                            name,
                            platform,
                            followers,
                            engagement_percent,
                            price,
                            posts,
                            conversion_percent,
                            choice,
                            typical,
                        }
                    })
                    .collect();
                PlanInput {
                    notation,
                    name,
                    budget,
                    currency,
                    objective,
                    platform,
                    geography,
                    // Every country, chosen by the name's length (any spread over them will do).
                    country: micromacro_engine::Country::ALL
                        [creators.len() % micromacro_engine::Country::COUNT],
                    niche_depth,
                    risk_tolerance,
                    content_style,
                    usage_rights,
                    use_market,
                    aov,
                    margin_percent,
                    price_ceiling,
                    capacity_hours,
                    hourly_cost,
                    horizon_weeks,
                    creators,
                    benchmarks: Vec::new(),
                    roster: Default::default(),
                    // The library's choices are never in a link (tested with the format).
                    library_choices: Vec::new(),
                    library_niche: String::new(),
                    roster_embedded: false,
                    // Results are never in a link (tested with the campaign format).
                    results: Vec::new(),
                }
            })
    }

    /// Opens `payload` the way the app does; a campaign for campaign links.
    fn open(payload: &str, reader: Lang) -> Option<Result<PlanInput, codec::LinkError>> {
        match link::open(payload) {
            Ok(envelope) if envelope.kind == codec::Kind::Campaign => {
                Some(campaign_link::decode(&envelope, reader))
            }
            _ => None,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 100_000, ..ProptestConfig::default() })]

        #[test]
        fn every_campaign_link_opens_as_typed(input in campaign(), reader in notation()) {
            let payload = campaign_link::encode(&input);
            let mut back = open(&payload, reader).expect("a campaign link").unwrap();
            prop_assert_eq!(back.notation, reader);
            back.relocalise(input.notation);
            prop_assert_eq!(back, input);
        }
    }

    /// For each number field: the same value when the text was a number in
    /// its notation, else the same text.
    fn same_entry(typed: &str, typed_in: Lang, read: &str, read_in: Lang) -> bool {
        match parse_decimal(typed_in, typed) {
            Some(value) => parse_decimal(read_in, read) == Some(value),
            None => read == typed,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

        #[test]
        fn nothing_typed_is_lost(
            mut input in campaign(),
            texts in proptest::collection::vec(prop_oneof![any_text(10), "[-€$ 0-9.,]{0,10}"], 4),
            reader in notation(),
        ) {
            // Any text at all in the number fields: numbers in any grouping,
            // the other language's notation, half-numbers, nonsense.
            input.budget = texts[0].clone();
            if let Some(row) = input.creators.first_mut() {
                row.followers = texts[1].clone();
                row.engagement_percent = texts[2].clone();
                row.price = texts[3].clone();
            }
            let back = campaign::from_json(&campaign::to_json(&input), reader).unwrap();
            prop_assert_eq!(&back.name, &input.name);
            prop_assert!(same_entry(&input.budget, input.notation, &back.budget, reader));
            prop_assert_eq!(back.creators.len(), input.creators.len());
            for (typed, read) in input.creators.iter().zip(&back.creators) {
                prop_assert_eq!(&read.name, &typed.name);
                for (t, r) in [
                    (&typed.followers, &read.followers),
                    (&typed.engagement_percent, &read.engagement_percent),
                    (&typed.price, &read.price),
                ] {
                    prop_assert!(same_entry(t, input.notation, r, reader), "{:?} read as {:?}", t, r);
                }
            }
        }

        #[test]
        fn campaign_link_garbage_never_panics(data in "[A-Za-z0-9_-]{0,600}", reader in notation()) {
            if let Some(Ok(input)) = open(&format!("c1.{data}"), reader) {
                prop_assert!(input.creators.len() <= campaign::MAX_CREATORS);
            }
        }

        #[test]
        fn hostile_campaign_json_never_panics(json in prop_oneof![
            any_text(200),
            "\\{\"v\":1(,\"[a-z]{1,5}\":(-?[0-9.e]{1,6}|\"[a-z]{0,8}\"|true|null|\\[\\]|\\{\\}))*\\}",
        ], reader in notation()) {
            let payload = codec::encode(codec::Kind::Campaign, campaign_link::VERSION, &json);
            let _ = open(&payload, reader).expect("a campaign link");
            let _ = campaign::from_json(&json, reader);
        }

        #[test]
        fn altered_campaign_json_is_caught_or_harmless(
            input in campaign(),
            at in any::<prop::sample::Index>(),
            with in any::<char>(),
            reader in notation(),
        ) {
            let mut json: Vec<char> = campaign::to_json(&input).chars().collect();
            let i = at.index(json.len());
            json[i] = with;
            let json = String::from_iter(json);
            if let Ok(back) = campaign::from_json(&json, reader) {
                prop_assert!(back.creators.len() <= campaign::MAX_CREATORS);
            }
            let payload = codec::encode(codec::Kind::Campaign, campaign_link::VERSION, &json);
            let _ = open(&payload, reader);
        }

        #[test]
        fn flipped_campaign_payload_bytes_are_caught_or_harmless(
            input in campaign(),
            at in any::<prop::sample::Index>(),
            with in "[A-Za-z0-9_-]",
        ) {
            let mut payload = campaign_link::encode(&input).into_bytes();
            let i = 3 + at.index(payload.len() - 3);
            payload[i] = with.as_bytes()[0];
            let _ = open(&String::from_utf8(payload).unwrap(), Lang::Nl);
        }
    }

    /// A realistic campaign of `n` creators, typed in English notation:
    /// handles such as `@lisa.bakes`, 3k–2M followers, engagement such as 3.2,
    /// prices that grow with the audience. Deterministic (a fixed LCG).
    fn realistic(n: usize) -> PlanInput {
        const FIRST: [&str; 16] = [
            "lisa", "sanne", "max", "noah", "emma", "daan", "julia", "sem", "tess", "lucas",
            "mila", "finn", "zoe", "levi", "nina", "bram",
        ];
        const TOPIC: [&str; 12] = [
            "bakes", "runs", "travels", "styles", "lifts", "reads", "cooks", "games", "glows",
            "plants", "rides", "eats",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |below: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % below
        };
        let creators = (0..n as u64)
            .map(|id| {
                let handle = format!(
                    "@{}{}{}",
                    FIRST[next(16) as usize],
                    [".", "_", ""][next(3) as usize],
                    TOPIC[next(12) as usize]
                );
                // Log-uniform from 3k to 2M, rounded as people type them.
                let followers =
                    3_000.0 * (2_000_000.0f64 / 3_000.0).powf(next(1000) as f64 / 999.0);
                let followers = (followers / 100.0).round() * 100.0;
                let engagement = (10 + next(70)) as f64 / 10.0;
                let price =
                    ((followers / 100.0 * (0.6 + next(80) as f64 / 100.0)) / 5.0).round() * 5.0;
                CreatorInput {
                    posts: String::new(),
                    conversion_percent: String::new(),
                    choice: micromacro_engine::Choice::Open,
                    typical: 0,
                    id,
                    name: handle,
                    platform: Platform::ALL[next(3) as usize],
                    followers: plain_number(Lang::En, followers),
                    engagement_percent: if next(4) == 0 {
                        String::new()
                    } else {
                        plain_number(Lang::En, engagement)
                    },
                    price: if next(5) == 0 {
                        String::new()
                    } else {
                        plain_number(Lang::En, price.max(50.0))
                    },
                }
            })
            .collect();
        PlanInput {
            name: "Spring launch 2025 – NL".into(),
            budget: "25000".into(),
            creators,
            ..PlanInput::default()
        }
    }

    #[test]
    fn campaign_link_sizes() {
        let sizes: Vec<(usize, usize)> = [5, 30, 100]
            .into_iter()
            .map(|n| {
                let input = realistic(n);
                let payload = campaign_link::encode(&input);
                let back = open(&payload, Lang::En).expect("a campaign link").unwrap();
                assert_eq!(back, input);
                (n, payload.len())
            })
            .collect();
        for (n, len) in &sizes {
            println!(
                "campaign link with {n:>3} creators: {len:>5} characters (JSON {} bytes)",
                campaign::to_json(&realistic(*n)).len()
            );
        }
        assert!(
            sizes[1].1 <= 2_000,
            "30 creators fit in a link that mail and chat apps keep: {} characters",
            sizes[1].1
        );
        let largest = campaign_link::encode(&realistic(campaign::MAX_CREATORS));
        println!(
            "campaign link with {} creators: {} characters (envelope cap {})",
            campaign::MAX_CREATORS,
            largest.len(),
            codec::MAX_ENCODED_LEN
        );
    }
}
