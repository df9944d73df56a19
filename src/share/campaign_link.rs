//! A campaign in a share link: the planner's form, brief and creators, as
//! typed.
//!
//! Format 1 (inside the [`codec`] envelope, kind `c`, so
//! `c1.<deflated JSON, base64url>`): the JSON of
//! [`CampaignV1`](crate::format::campaign::CampaignV1), exactly as a saved
//! campaign stores it; its shape and versioning rules are documented in
//! [`format::campaign`](crate::format::campaign). The envelope's version is the campaign format's
//! version and must agree with the JSON's `v`.
//!
//! No figure is carried: the recipient's app recomputes everything, so a link
//! cannot claim results its inputs do not give. Numbers are stored without a
//! language and written in the recipient's notation. Reading is capped twice:
//! by the envelope (length, inflated size) and by the format (creators, text
//! length).
//!
//! Sizes (the `campaign_link_sizes` test, realistic handles and numbers):
//! 5 creators take about 400 characters, 30 about 900, 100 about 1,950 and
//! 500 about 7,100. Links over about 2,000 characters may break in mail and
//! chat apps, and a campaign of long texts can exceed
//! [`MAX_ENCODED_LEN`](codec::MAX_ENCODED_LEN), which then does not open: the
//! caller checks the length before offering the link.

use super::codec::{self, Kind, LinkError};
use crate::format::campaign;
use crate::i18n::Lang;
use crate::plan::PlanInput;

/// The newest campaign-link format this app writes and reads: the campaign
/// format's version.
pub const VERSION: u32 = campaign::VERSION;

/// The payload (the part after `#/s/`) for the planner's form.
pub fn encode(input: &PlanInput) -> String {
    codec::encode(Kind::Campaign, VERSION, &campaign::to_link_json(input))
}

/// The planner's form from an envelope of kind [`Kind::Campaign`], numbers
/// written in `notation` (the recipient's).
pub fn decode(envelope: &codec::Envelope, notation: Lang) -> Result<PlanInput, LinkError> {
    if envelope.kind != Kind::Campaign {
        return Err(LinkError::Unrecognised);
    }
    match envelope.version {
        1 => campaign::from_json(&envelope.json, notation).map_err(|_| LinkError::Damaged),
        version if version > VERSION => Err(LinkError::FutureVersion {
            kind: Kind::Campaign,
            version,
        }),
        _ => Err(LinkError::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::CreatorInput;
    use micromacro_engine::{
        ContentStyle, Currency, GeoScope, NicheDepth, Objective, Platform, RiskTolerance,
    };

    fn newest(kind: Kind) -> u32 {
        match kind {
            Kind::Campaign => VERSION,
            Kind::ChecklistResult => 1,
        }
    }

    fn open(payload: &str, notation: Lang) -> Result<PlanInput, LinkError> {
        decode(&codec::decode(payload, newest)?, notation)
    }

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

    fn plan(notation: Lang, currency: Currency) -> PlanInput {
        let decimal = |en: &str| match notation {
            Lang::En => en.to_owned(),
            Lang::Nl => en.replace('.', ","),
        };
        PlanInput {
            notation,
            name: "<img src=x onerror=alert(1)>".into(),
            budget: "8000".into(),
            currency,
            objective: Objective::Conversion,
            platform: Platform::Instagram,
            geography: GeoScope::National,
            country: micromacro_engine::Country::Gb,
            niche_depth: NicheDepth::Focused,
            risk_tolerance: RiskTolerance::Medium,
            content_style: ContentStyle::Balanced,
            usage_rights: true,
            use_market: true,
            aov: String::new(),
            margin_percent: String::new(),
            price_ceiling: decimal("0.35"),
            capacity_hours: decimal("7.5"),
            hourly_cost: "n/a".into(),
            horizon_weeks: "8".into(),
            creators: vec![
                creator(
                    0,
                    "@lisa.bakes",
                    Platform::Instagram,
                    ["48000", &decimal("3.2"), "450"],
                ),
                creator(
                    1,
                    "Ana & Co",
                    Platform::TikTok,
                    ["lots", "", &decimal("99.99")],
                ),
                creator(2, "", Platform::YouTube, ["", "", ""]),
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
    fn round_trip_in_both_notations_and_currencies() {
        for notation in Lang::ALL {
            for currency in [Currency::Eur, Currency::Usd] {
                let original = plan(notation, currency);
                let payload = encode(&original);
                assert!(payload.starts_with("c1."), "{payload}");
                for reader in Lang::ALL {
                    let mut back = open(&payload, reader).unwrap();
                    assert_eq!(back.notation, reader);
                    back.relocalise(notation);
                    assert_eq!(back, original, "written in {notation}, read in {reader}");
                }
            }
        }
    }

    /// A campaign link made by the first release, for a Dutch form in euros:
    /// "Lente <b>2025</b>", awareness on Instagram, national, focused, medium
    /// risk, authentic, usage rights; budget 5000, 10,5 hours at 40, 12 weeks;
    /// creators "@lisa.bakes" (Instagram, 48000 followers, 3,2 %, 450) and
    /// "@jan_fietst" (TikTok, followers typed "12k?", no rate, no price).
    /// It must open, with these values, forever.
    const FIXTURE_V1: &str = "c1.bY7BTsMwEER_Be05Ck5oJBRVhQs3TkicEEKOs0lcJ3Zlr6lQlX9nUnrktvtmZ3Yu9E1tVZDXC1NLr-yF7_bdoVZ1s7_vDlSQyRHKy_sb5tAdMeuzjuw5JZDTAGB9Ej1GvQCMHEC8Fhu8ngG8NdOWPQSTE_cg0SYHsHBv82ZJ8jNvFzrLhALWXG_GSRK1EjMX1OV-ZKG2UUoVNIUcIVWqbLCYkKDswM_MbuM1SqPzx4U8Up9nm3TZacf_9sW-e7zGosJDCe8JpFFrcbMftf8aLAu-3OxinQT356Wqdk-0fq6_";

    fn fixture_plan() -> PlanInput {
        PlanInput {
            notation: Lang::Nl,
            name: "Lente <b>2025</b>".into(),
            budget: "5000".into(),
            currency: Currency::Eur,
            objective: Objective::Awareness,
            platform: Platform::Instagram,
            geography: GeoScope::National,
            country: micromacro_engine::Country::default(),
            niche_depth: NicheDepth::Focused,
            risk_tolerance: RiskTolerance::Medium,
            content_style: ContentStyle::Authentic,
            usage_rights: true,
            use_market: true,
            aov: String::new(),
            margin_percent: String::new(),
            price_ceiling: String::new(),
            capacity_hours: "10,5".into(),
            hourly_cost: "40".into(),
            horizon_weeks: "12".into(),
            creators: vec![
                creator(
                    0,
                    "@lisa.bakes",
                    Platform::Instagram,
                    ["48000", "3,2", "450"],
                ),
                creator(1, "@jan_fietst", Platform::TikTok, ["12k?", "", ""]),
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
    fn first_format_keeps_opening() {
        let input = open(FIXTURE_V1, Lang::En).unwrap();
        assert_eq!(input.notation, Lang::En);
        assert_eq!(input.name, "Lente <b>2025</b>");
        assert_eq!(input.currency, Currency::Eur);
        assert_eq!(input.objective, Objective::Awareness);
        assert_eq!(input.platform, Platform::Instagram);
        assert_eq!(input.geography, GeoScope::National);
        assert_eq!(input.niche_depth, NicheDepth::Focused);
        assert_eq!(input.risk_tolerance, RiskTolerance::Medium);
        assert_eq!(input.content_style, ContentStyle::Authentic);
        assert!(input.usage_rights);
        assert_eq!(input.budget, "5000");
        assert_eq!(input.capacity_hours, "10.5");
        assert_eq!(input.hourly_cost, "40");
        assert_eq!(input.horizon_weeks, "12");
        assert_eq!(
            input.creators,
            [
                creator(
                    0,
                    "@lisa.bakes",
                    Platform::Instagram,
                    ["48000", "3.2", "450"]
                ),
                creator(1, "@jan_fietst", Platform::TikTok, ["12k?", "", ""]),
            ]
        );
        let nl = open(FIXTURE_V1, Lang::Nl).unwrap();
        assert_eq!(nl, fixture_plan());
    }

    #[test]
    fn the_link_opens_through_the_apps_router() {
        let payload = encode(&fixture_plan());
        let envelope = super::super::link::open(&payload).unwrap();
        assert_eq!(decode(&envelope, Lang::Nl).unwrap(), fixture_plan());
    }

    fn campaign_envelope(version: u32, json: &str) -> codec::Envelope {
        codec::decode(&codec::encode(Kind::Campaign, version, json), newest).unwrap()
    }

    #[test]
    fn damaged_campaigns_are_reported() {
        let valid = campaign::to_json(&fixture_plan());
        assert!(decode(&campaign_envelope(1, &valid), Lang::En).is_ok());
        for json in [
            "not json".to_owned(),
            "{}".to_owned(),
            r#"{"v":1}"#.to_owned(),
            valid.replace(r#""v":1"#, r#""v":2"#),
            valid.replace(r#""obj":"awareness""#, r#""obj":"fame""#),
            valid.replace(r#""pf":"tiktok""#, r#""pf":"vine""#),
            valid.replace(r#""budget":5000"#, r#""budget":true"#),
            valid.replace("@lisa.bakes", &"x".repeat(201)),
            valid.replace(
                r#""cr":["#,
                &format!(r#""cr":[{}"#, r#"{"pf":"tiktok"},"#.repeat(499)),
            ),
        ] {
            assert_eq!(
                decode(&campaign_envelope(1, &json), Lang::En),
                Err(LinkError::Damaged),
                "{json}"
            );
        }
        assert_eq!(
            decode(&campaign_envelope(0, &valid), Lang::En),
            Err(LinkError::Damaged),
            "no app wrote format 0"
        );
    }

    #[test]
    fn envelopes_it_cannot_read_are_named() {
        let json = campaign::to_json(&fixture_plan());
        let future = codec::Envelope {
            kind: Kind::Campaign,
            version: VERSION + 1,
            json: json.clone(),
        };
        assert_eq!(
            decode(&future, Lang::En),
            Err(LinkError::FutureVersion {
                kind: Kind::Campaign,
                version: VERSION + 1
            })
        );
        let checklist = codec::Envelope {
            kind: Kind::ChecklistResult,
            version: 1,
            json,
        };
        assert_eq!(decode(&checklist, Lang::En), Err(LinkError::Unrecognised));
    }
    /// A link in the shape of 2026-11 (format 1 with that month's keys only): an agency's ten
    /// named Amsterdam creators. Every creator of a link is in the plan: all ten are hired, by
    /// name, and no typical creator is.
    const TEN_NAMED_AMSTERDAM: &str = "c1.dZI9UsMwEIWvwqgOGtuRf5IKCjoqZqgYCkXeOHIsrUc_MMDkRByDi7F2THARd-vVvk9vn_zF3tg2XTErDbAtewQb4FaqoOHm3vgArpaGrZiKjk4fnp-oxl1LtUJjotXhgzr9nhra-iAbN443gNTpUMmOvqxWhwG-RxU91NRx2h-pYaDWcZj34aMbJmQMB3KgFfV2sW4gkLksSZIVO2B0nm3FUCr0dJBT-Q5w9MMMWSSHL1_MEuaOnNS-wx7cNXf0LaoRSncKTtv3bLvJk9Nqkhs8RsOBbr-uXqf5pM55NqrL5F_dIoUmLW-lN7q1C4wsqyZGwdcjI5852GsIfi93TsNxAVCUfyusuRgBqZi5kMPrdVxajEuEtMomQjmFIGYWLNIe3MoQo-t0uwTJCnFJshohxcxFDdDrtudDIEthbjaXPTYjoJq5oDl1CGAbh7BEyMX6QijOSaQzBNLfwhEbv_ScqSgvT3FeYR7kZ9S19PwTf74X9GWWTvps2iAdMng9_QI";

    #[test]
    fn a_link_of_ten_named_creators_from_2026_11_opens_with_all_ten_as_the_plan() {
        let input = open(TEN_NAMED_AMSTERDAM, Lang::Nl).expect("the link opens");
        assert_eq!(input.name, "Lente-actie Amsterdam");
        assert_eq!(input.creators.len(), 10);
        assert!(
            input
                .creators
                .iter()
                .all(|c| c.typical == 0 && c.copies() == 1)
        );
        assert_eq!(input.creators[0].name, "@stadsloper");
        assert_eq!(input.creators[9].name, "@zuidas.zoë");
        // Read in the recipient's notation: 4,1 % in Dutch.
        assert_eq!(input.creators[0].engagement_percent, "4,1");
        let brief = input.to_brief(Lang::Nl).expect("the brief reads");
        let table = micromacro_engine::Assumptions::default();
        let (_, creators) = input.to_creators_with_ids(Lang::Nl);
        assert_eq!(creators.len(), 10);
        let decision = micromacro_engine::decide(&brief, &table, &creators).unwrap();
        let yours = &decision.advice.yours;
        assert_eq!(yours.creators(), 10);
        assert!(
            yours
                .picks
                .iter()
                .all(|p| !decision.candidate(*p).origin.is_typical())
        );
        assert_eq!(
            yours.spent,
            micromacro_engine::Money::from_major(8_650, Currency::Eur)
        );
        // Each creator's net reach is followers × engagement, as before.
        let first = micromacro_engine::creator_metrics(&creators[0], &brief, &table).unwrap();
        assert!((first.engaged_audience - 48_000.0 * 0.041).abs() < 1e-6);
    }
}
