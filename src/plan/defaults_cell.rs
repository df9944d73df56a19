//! The editable cells of the defaults panel: which benchmark each one is,
//! how it reads (in the units people type: percent, dollars) and how an edit
//! is applied to the engine's [`Assumptions`].
//!
//! A benchmark's range is edited like its value: the low and high ends of each
//! engagement and reach rate, and of each relative range (prices ±35 % …), are cells too, so
//! they are saved, shared and reset with the other edits. Invariant: an edit never leaves a
//! range upside down (low above high); the engine widens a range to include its central value.

use micromacro_engine::{
    Assumption, Assumptions, Country, Currency, Money, NicheDepth, Platform, SourceId, Spread,
    Spreads, Tier,
};

use super::InputError;

/// One editable value of the defaults table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultCell {
    /// Engagement rate, percent.
    Engagement(Platform, Tier),
    /// Lower end of the price range per post, US dollars.
    PriceLow(Platform, Tier),
    /// Upper end of the price range per post, US dollars.
    PriceHigh(Platform, Tier),
    /// Share of followers one post reaches, percent.
    ReachRate(Tier),
    /// Share of fake or inactive followers, percent.
    FakeShare(Tier),
    /// Clicks per impression, percent.
    ClickThrough,
    /// US dollars per euro.
    ExchangeRate,
    /// Conversions per engagement, percent.
    Conversion(Tier),
    /// Management hours per creator, hours.
    HoursPerCreator(Tier),
    /// Management hours per post, hours.
    HoursPerPost,
    /// Creators with 10,000 followers or more per platform user, percent.
    CreatorsPerUser,
    /// Share of a tier's creators open to a deal, percent.
    Availability(Tier),
    /// Share of users and small creators in a niche of this depth, percent.
    NicheShare(NicheDepth),
    /// Share of a country's users in a local campaign's city or region, percent.
    LocalShare,
    /// The floor of value per euro, as a share of the best creator's, percent.
    EfficiencyFloor,
    /// What paid social costs per 1,000 impressions in a country, US dollars.
    PaidSocialCpm(Country),
    /// Earned media value of 1,000 impressions on a platform, US dollars.
    EmvCpm(Platform),
    /// Earned media value of one engagement on a platform, US dollars.
    EmvPerEngagement(Platform),
    /// The free plan's micro share at or above which the verdict is micro, percent.
    VerdictMicro,
    /// The free plan's micro share at or below which the verdict is macro, percent.
    VerdictMacro,
    /// One end of an engagement rate's range, percent.
    EngagementRange(Platform, Tier, End),
    /// One end of a reach rate's range, percent.
    ReachRateRange(Tier, End),
    /// One end of a relative range, percent of the value it moves.
    RelativeRange(Relative, End),
}

/// The low or the high end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The low end.
    Low,
    /// The high end.
    High,
}

impl End {
    /// Both ends, low first.
    pub const ALL: [End; 2] = [End::Low, End::High];

    /// Stable id.
    pub fn as_str(self) -> &'static str {
        match self {
            End::Low => "low",
            End::High => "high",
        }
    }

    /// Catalogue key of the end's short name.
    pub fn label_key(self) -> &'static str {
        match self {
            End::Low => "defaults.low",
            End::High => "defaults.high",
        }
    }

    fn of(self, spread: &Spread) -> f64 {
        match self {
            End::Low => spread.low,
            End::High => spread.high,
        }
    }
}

/// The assumptions whose range is a factor on their values (engagement and reach rates have
/// absolute ranges per platform and tier instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// Prices per post.
    Price,
    /// Conversion rates.
    Conversion,
    /// Fake-follower shares.
    FakeShare,
    /// Audience shares in the target region.
    RegionShare,
    /// Management hours per creator.
    Hours,
    /// Backlash exposure.
    Backlash,
    /// Content value per post.
    ContentValue,
    /// People on the platform in the target region.
    Universe,
    /// Creators per platform user.
    Supply,
    /// Creators open to a deal.
    Availability,
}

impl Relative {
    /// Every relative range, in the tornado's order.
    pub const ALL: [Relative; 10] = [
        Relative::Price,
        Relative::Conversion,
        Relative::FakeShare,
        Relative::RegionShare,
        Relative::Hours,
        Relative::Backlash,
        Relative::ContentValue,
        Relative::Universe,
        Relative::Supply,
        Relative::Availability,
    ];

    /// The engine's assumption group (its id names it in the catalogue).
    pub fn assumption(self) -> Assumption {
        match self {
            Relative::Price => Assumption::Price,
            Relative::Conversion => Assumption::Conversion,
            Relative::FakeShare => Assumption::FakeShare,
            Relative::RegionShare => Assumption::RegionShare,
            Relative::Hours => Assumption::Hours,
            Relative::Backlash => Assumption::Backlash,
            Relative::ContentValue => Assumption::ContentValue,
            Relative::Universe => Assumption::Universe,
            Relative::Supply => Assumption::Supply,
            Relative::Availability => Assumption::Availability,
        }
    }

    fn spread(self, spreads: &Spreads) -> &Spread {
        match self {
            Relative::Price => &spreads.price,
            Relative::Conversion => &spreads.conversion,
            Relative::FakeShare => &spreads.fake_share,
            Relative::RegionShare => &spreads.region_share,
            Relative::Hours => &spreads.hours,
            Relative::Backlash => &spreads.backlash,
            Relative::ContentValue => &spreads.content_value,
            Relative::Universe => &spreads.universe,
            Relative::Supply => &spreads.supply,
            Relative::Availability => &spreads.availability,
        }
    }

    fn spread_mut(self, spreads: &mut Spreads) -> &mut Spread {
        match self {
            Relative::Price => &mut spreads.price,
            Relative::Conversion => &mut spreads.conversion,
            Relative::FakeShare => &mut spreads.fake_share,
            Relative::RegionShare => &mut spreads.region_share,
            Relative::Hours => &mut spreads.hours,
            Relative::Backlash => &mut spreads.backlash,
            Relative::ContentValue => &mut spreads.content_value,
            Relative::Universe => &mut spreads.universe,
            Relative::Supply => &mut spreads.supply,
            Relative::Availability => &mut spreads.availability,
        }
    }
}

/// The highest relative range end accepted: ten times the value.
const MAX_FACTOR: f64 = 10.0;

/// Sets one end of `spread` to `value`, marks the range as the user's, and refuses a value
/// over `max` or a range turned upside down.
fn set_end(spread: &mut Spread, end: End, value: f64, max: f64) -> Result<(), InputError> {
    if value > max {
        return Err(InputError::Invalid(if max == 1.0 {
            "rate_out_of_range"
        } else {
            "out_of_range"
        }));
    }
    let (low, high) = match end {
        End::Low => (value, spread.high),
        End::High => (spread.low, value),
    };
    if low > high {
        return Err(InputError::Invalid("low_above_high"));
    }
    spread.low = low;
    spread.high = high;
    spread.source = SourceId::User;
    Ok(())
}

impl DefaultCell {
    /// Every editable cell.
    pub fn all() -> Vec<DefaultCell> {
        let mut cells = Vec::new();
        for platform in Platform::ALL {
            for tier in Tier::ALL {
                cells.push(DefaultCell::Engagement(*platform, *tier));
                cells.push(DefaultCell::PriceLow(*platform, *tier));
                cells.push(DefaultCell::PriceHigh(*platform, *tier));
            }
        }
        for tier in Tier::ALL {
            cells.push(DefaultCell::ReachRate(*tier));
            cells.push(DefaultCell::FakeShare(*tier));
            cells.push(DefaultCell::Conversion(*tier));
            cells.push(DefaultCell::HoursPerCreator(*tier));
        }
        cells.push(DefaultCell::ClickThrough);
        cells.push(DefaultCell::ExchangeRate);
        cells.push(DefaultCell::HoursPerPost);
        cells.push(DefaultCell::CreatorsPerUser);
        for tier in Tier::ALL {
            cells.push(DefaultCell::Availability(*tier));
        }
        for depth in NicheDepth::ALL {
            cells.push(DefaultCell::NicheShare(*depth));
        }
        cells.push(DefaultCell::LocalShare);
        cells.push(DefaultCell::EfficiencyFloor);
        for country in Country::ALL {
            cells.push(DefaultCell::PaidSocialCpm(*country));
        }
        for platform in Platform::ALL {
            cells.push(DefaultCell::EmvCpm(*platform));
            cells.push(DefaultCell::EmvPerEngagement(*platform));
        }
        cells.push(DefaultCell::VerdictMicro);
        cells.push(DefaultCell::VerdictMacro);
        for end in End::ALL {
            for platform in Platform::ALL {
                for tier in Tier::ALL {
                    cells.push(DefaultCell::EngagementRange(*platform, *tier, end));
                }
            }
            for tier in Tier::ALL {
                cells.push(DefaultCell::ReachRateRange(*tier, end));
            }
            for relative in Relative::ALL {
                cells.push(DefaultCell::RelativeRange(relative, end));
            }
        }
        cells
    }

    /// Every source the table's figures come from, each once (sorted by id): the cells', the
    /// published platform users per country, the tier distribution and the celebrity fees the
    /// price curve is fitted to.
    pub fn sources(table: &Assumptions) -> Vec<SourceId> {
        let mut ids: Vec<SourceId> = DefaultCell::all()
            .into_iter()
            .map(|cell| cell.read(table).1)
            .chain(
                micromacro_engine::Country::ALL
                    .iter()
                    .flat_map(|c| Platform::ALL.iter().map(move |&p| c.users(p).source)),
            )
            .chain([
                table.market.share_above_10k.source,
                table.market.share_above_1m.source,
                SourceId::HopperHq,
            ])
            .collect();
        micromacro_engine::order::sort_by_key(&mut ids, |id| id.as_str());
        ids.dedup();
        ids
    }

    /// The cell with this [`id`](DefaultCell::id).
    pub fn from_id(id: &str) -> Option<DefaultCell> {
        DefaultCell::all().into_iter().find(|cell| cell.id() == id)
    }

    /// The published table with `edits` applied in order (an edit that does
    /// not apply, which only a damaged file could hold, is skipped).
    pub fn apply_all(edits: &[(DefaultCell, f64)]) -> Assumptions {
        let mut table = Assumptions::default();
        for (cell, value) in edits {
            let _ = cell.write(&mut table, *value);
        }
        table
    }

    /// A stable id (element ids, test hooks, and the saved format).
    pub fn id(self) -> String {
        match self {
            DefaultCell::Engagement(p, t) => format!("engagement-{p}-{t}"),
            DefaultCell::PriceLow(p, t) => format!("price-low-{p}-{t}"),
            DefaultCell::PriceHigh(p, t) => format!("price-high-{p}-{t}"),
            DefaultCell::ReachRate(t) => format!("reach-rate-{t}"),
            DefaultCell::FakeShare(t) => format!("fake-share-{t}"),
            DefaultCell::ClickThrough => "click-through".to_owned(),
            DefaultCell::ExchangeRate => "exchange-rate".to_owned(),
            DefaultCell::Conversion(t) => format!("conversion-{t}"),
            DefaultCell::HoursPerCreator(t) => format!("hours-creator-{t}"),
            DefaultCell::HoursPerPost => "hours-post".to_owned(),
            DefaultCell::CreatorsPerUser => "creators-per-user".to_owned(),
            DefaultCell::Availability(t) => format!("availability-{t}"),
            DefaultCell::NicheShare(n) => format!("niche-share-{n}"),
            DefaultCell::LocalShare => "local-share".to_owned(),
            DefaultCell::EfficiencyFloor => "efficiency-floor".to_owned(),
            DefaultCell::PaidSocialCpm(c) => format!("paid-social-cpm-{c}"),
            DefaultCell::EmvCpm(p) => format!("emv-cpm-{p}"),
            DefaultCell::EmvPerEngagement(p) => format!("emv-engagement-{p}"),
            DefaultCell::VerdictMicro => "verdict-micro".to_owned(),
            DefaultCell::VerdictMacro => "verdict-macro".to_owned(),
            DefaultCell::EngagementRange(p, t, e) => {
                format!("engagement-range-{p}-{t}-{}", e.as_str())
            }
            DefaultCell::ReachRateRange(t, e) => format!("reach-rate-range-{t}-{}", e.as_str()),
            DefaultCell::RelativeRange(r, e) => {
                format!("range-{}-{}", r.assumption().as_str(), e.as_str())
            }
        }
    }

    /// Decimals to show.
    pub fn decimals(self) -> usize {
        match self {
            DefaultCell::PriceLow(..)
            | DefaultCell::PriceHigh(..)
            | DefaultCell::RelativeRange(..) => 0,
            DefaultCell::CreatorsPerUser => 3,
            DefaultCell::HoursPerCreator(_) | DefaultCell::HoursPerPost => 1,
            _ => 2,
        }
    }

    /// The value in the units people type, and where it comes from.
    pub fn read(self, table: &Assumptions) -> (f64, SourceId) {
        match self {
            DefaultCell::Engagement(p, t) => {
                let v = table.engagement.get(p).get(t);
                (v.value.rate * 100.0, v.source)
            }
            DefaultCell::PriceLow(p, t) => {
                let v = table.price.get(p).get(t);
                (v.value.low.to_major_f64(), v.source)
            }
            DefaultCell::PriceHigh(p, t) => {
                let v = table.price.get(p).get(t);
                (v.value.high.to_major_f64(), v.source)
            }
            DefaultCell::ReachRate(t) => {
                let v = table.reach_rate.get(t);
                (v.value * 100.0, v.source)
            }
            DefaultCell::FakeShare(t) => {
                let v = table.fake_follower_share.get(t);
                (v.value * 100.0, v.source)
            }
            DefaultCell::ClickThrough => (
                table.click_through_rate.value * 100.0,
                table.click_through_rate.source,
            ),
            DefaultCell::ExchangeRate => (
                table.exchange_rate.value.usd_per_eur,
                table.exchange_rate.source,
            ),
            DefaultCell::Conversion(t) => {
                let v = table.conversion_rate.get(t);
                (v.value * 100.0, v.source)
            }
            DefaultCell::HoursPerCreator(t) => {
                let v = table.management_hours_per_creator.get(t);
                (v.value, v.source)
            }
            DefaultCell::HoursPerPost => (
                table.management_hours_per_post.value,
                table.management_hours_per_post.source,
            ),
            DefaultCell::CreatorsPerUser => {
                let v = table.market.creators_per_user;
                (v.value * 100.0, v.source)
            }
            DefaultCell::Availability(t) => {
                let v = table.market.availability.get(t);
                (v.value * 100.0, v.source)
            }
            DefaultCell::NicheShare(n) => {
                let v = table.market.niche_share.get(n);
                (v.value * 100.0, v.source)
            }
            DefaultCell::LocalShare => (
                table.market.local_share.value * 100.0,
                table.market.local_share.source,
            ),
            DefaultCell::EfficiencyFloor => (
                table.efficiency_floor.value * 100.0,
                table.efficiency_floor.source,
            ),
            DefaultCell::PaidSocialCpm(c) => {
                let v = table.paid_social_cpm.get(c);
                (v.value.to_major_f64(), v.source)
            }
            DefaultCell::EmvCpm(p) => {
                let v = table.emv.get(p);
                (v.value.cpm.to_major_f64(), v.source)
            }
            DefaultCell::EmvPerEngagement(p) => {
                let v = table.emv.get(p);
                (v.value.per_engagement.to_major_f64(), v.source)
            }
            DefaultCell::VerdictMicro => (
                table.micro_verdict_share.value * 100.0,
                table.micro_verdict_share.source,
            ),
            DefaultCell::VerdictMacro => (
                table.macro_verdict_share.value * 100.0,
                table.macro_verdict_share.source,
            ),
            DefaultCell::EngagementRange(p, t, e) => {
                let s = table.spreads.engagement.get(p).get(t);
                (e.of(s) * 100.0, s.source)
            }
            DefaultCell::ReachRateRange(t, e) => {
                let s = table.spreads.reach_rate.get(t);
                (e.of(s) * 100.0, s.source)
            }
            DefaultCell::RelativeRange(r, e) => {
                let s = r.spread(&table.spreads);
                (e.of(s) * 100.0, s.source)
            }
        }
    }

    /// Applies `value` (in the units people type) and marks it as the user's.
    /// The whole table is validated by the engine; an edit that would make it
    /// invalid (a rate over 100 %, a price range upside down) is refused and
    /// the table is left as it was.
    pub fn write(self, table: &mut Assumptions, value: f64) -> Result<(), InputError> {
        if !value.is_finite() || value < 0.0 {
            return Err(InputError::Invalid("negative"));
        }
        let mut edited = table.clone();
        let usd = |v: f64| Money::from_cents((v * 100.0).round() as i64, Currency::Usd);
        match self {
            DefaultCell::Engagement(p, t) => {
                let cell = edited.engagement.get_mut(p).get_mut(t);
                let basis = cell.value.basis;
                cell.set(micromacro_engine::EngagementRate {
                    rate: value / 100.0,
                    basis,
                });
            }
            DefaultCell::PriceLow(p, t) => {
                let cell = edited.price.get_mut(p).get_mut(t);
                let range = micromacro_engine::PriceRange {
                    low: usd(value),
                    ..cell.value
                };
                cell.set(range);
            }
            DefaultCell::PriceHigh(p, t) => {
                let cell = edited.price.get_mut(p).get_mut(t);
                let range = micromacro_engine::PriceRange {
                    high: usd(value),
                    ..cell.value
                };
                cell.set(range);
            }
            DefaultCell::ReachRate(t) => edited.reach_rate.get_mut(t).set(value / 100.0),
            DefaultCell::FakeShare(t) => edited.fake_follower_share.get_mut(t).set(value / 100.0),
            DefaultCell::ClickThrough => edited.click_through_rate.set(value / 100.0),
            DefaultCell::ExchangeRate => {
                edited
                    .exchange_rate
                    .set(micromacro_engine::ExchangeRate { usd_per_eur: value });
            }
            DefaultCell::Conversion(t) => edited.conversion_rate.get_mut(t).set(value / 100.0),
            DefaultCell::HoursPerCreator(t) => {
                edited.management_hours_per_creator.get_mut(t).set(value);
            }
            DefaultCell::HoursPerPost => edited.management_hours_per_post.set(value),
            DefaultCell::CreatorsPerUser => edited.market.creators_per_user.set(value / 100.0),
            DefaultCell::Availability(t) => {
                edited.market.availability.get_mut(t).set(value / 100.0);
            }
            DefaultCell::NicheShare(n) => edited.market.niche_share.get_mut(n).set(value / 100.0),
            DefaultCell::LocalShare => edited.market.local_share.set(value / 100.0),
            DefaultCell::EfficiencyFloor => edited.efficiency_floor.set(value / 100.0),
            DefaultCell::PaidSocialCpm(c) => edited.paid_social_cpm.get_mut(c).set(usd(value)),
            DefaultCell::EmvCpm(p) => {
                let mut rates = edited.emv.get(p).value;
                rates.cpm = usd(value);
                edited.emv.get_mut(p).set(rates);
            }
            DefaultCell::EmvPerEngagement(p) => {
                let mut rates = edited.emv.get(p).value;
                rates.per_engagement = usd(value);
                edited.emv.get_mut(p).set(rates);
            }
            DefaultCell::VerdictMicro => edited.micro_verdict_share.set(value / 100.0),
            DefaultCell::VerdictMacro => edited.macro_verdict_share.set(value / 100.0),
            DefaultCell::EngagementRange(p, t, e) => {
                set_end(
                    edited.spreads.engagement.get_mut(p).get_mut(t),
                    e,
                    value / 100.0,
                    1.0,
                )?;
            }
            DefaultCell::ReachRateRange(t, e) => {
                set_end(edited.spreads.reach_rate.get_mut(t), e, value / 100.0, 1.0)?;
            }
            DefaultCell::RelativeRange(r, e) => {
                set_end(
                    r.spread_mut(&mut edited.spreads),
                    e,
                    value / 100.0,
                    MAX_FACTOR,
                )?;
            }
        }
        edited.validate().map_err(InputError::from)?;
        *table = edited;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the end of a range a case sets.
    type EndOf = fn(&Spreads) -> f64;

    /// Each range case: the cell, the value typed, and the end it must set (as a fraction).
    #[test]
    fn range_ends_read_in_typed_units_and_edits_become_the_users() {
        let cases: [(DefaultCell, f64, EndOf); 4] = [
            (
                DefaultCell::EngagementRange(Platform::Instagram, Tier::Micro, End::Low),
                0.5,
                |s| s.engagement.get(Platform::Instagram).get(Tier::Micro).low,
            ),
            (
                DefaultCell::ReachRateRange(Tier::Macro, End::High),
                25.0,
                |s| s.reach_rate.get(Tier::Macro).high,
            ),
            (
                DefaultCell::RelativeRange(Relative::Price, End::Low),
                80.0,
                |s| s.price.low,
            ),
            (
                DefaultCell::RelativeRange(Relative::Universe, End::High),
                300.0,
                |s| s.universe.high,
            ),
        ];
        for (cell, typed, end) in cases {
            let mut table = Assumptions::default();
            let (before, source) = cell.read(&table);
            assert!(
                (before / 100.0 - end(&table.spreads)).abs() < 1e-12,
                "{cell:?} reads in percent"
            );
            assert_ne!(source, SourceId::User);
            cell.write(&mut table, typed).unwrap();
            assert!(
                (end(&table.spreads) - typed / 100.0).abs() < 1e-12,
                "{cell:?}"
            );
            assert_eq!(
                cell.read(&table).1,
                SourceId::User,
                "{cell:?} is the user's now"
            );
            // Saved and loaded like any other edit.
            assert_eq!(DefaultCell::from_id(&cell.id()), Some(cell));
            assert_eq!(
                DefaultCell::apply_all(&[(cell, typed)]).spreads,
                table.spreads
            );
        }
    }

    #[test]
    fn a_range_is_never_turned_upside_down_or_past_its_limit() {
        let mut table = Assumptions::default();
        let low = DefaultCell::RelativeRange(Relative::Hours, End::Low);
        let high = DefaultCell::RelativeRange(Relative::Hours, End::High);
        assert_eq!(
            low.write(&mut table, 160.0),
            Err(InputError::Invalid("low_above_high"))
        );
        assert_eq!(
            high.write(&mut table, 40.0),
            Err(InputError::Invalid("low_above_high"))
        );
        assert_eq!(
            high.write(&mut table, 2_000.0),
            Err(InputError::Invalid("out_of_range"))
        );
        let rate = DefaultCell::EngagementRange(Platform::TikTok, Tier::Nano, End::High);
        assert_eq!(
            rate.write(&mut table, 120.0),
            Err(InputError::Invalid("rate_out_of_range"))
        );
        assert_eq!(
            table,
            Assumptions::default(),
            "a refused edit changes nothing"
        );
        // Both ends may meet: a point instead of a range.
        high.write(&mut table, 50.0).unwrap();
        assert_eq!(
            (table.spreads.hours.low, table.spreads.hours.high),
            (0.5, 0.5)
        );
    }

    #[test]
    fn reads_in_typed_units_with_the_source() {
        let table = Assumptions::default();
        let (rate, source) = DefaultCell::Engagement(Platform::TikTok, Tier::Micro).read(&table);
        assert!(
            rate > 1.0 && rate < 100.0,
            "percent, not a fraction: {rate}"
        );
        assert_eq!(source, SourceId::ModashTikTok);
    }

    #[test]
    fn an_edit_is_the_users_and_changes_the_engine_value() {
        let mut table = Assumptions::default();
        DefaultCell::Engagement(Platform::Instagram, Tier::Micro)
            .write(&mut table, 4.5)
            .unwrap();
        let cell = table.engagement.get(Platform::Instagram).get(Tier::Micro);
        assert!((cell.value.rate - 0.045).abs() < 1e-12);
        assert!(cell.is_user());
        DefaultCell::PriceHigh(Platform::YouTube, Tier::Macro)
            .write(&mut table, 12_345.0)
            .unwrap();
        assert_eq!(
            DefaultCell::PriceHigh(Platform::YouTube, Tier::Macro)
                .read(&table)
                .0,
            12_345.0
        );
    }

    #[test]
    fn ids_are_unique_and_read_back() {
        let cells = DefaultCell::all();
        // Values (with paid social's CPM in eight countries and the earned media value's two
        // rates on three platforms), then both ends of every range: engagement per platform
        // and tier, reach per tier, and the eight relative ranges.
        assert_eq!(
            cells.len(),
            3 * 4 * 3 + 4 * 4 + 2 + 1 + (1 + 4 + 3 + 1 + 1) + 8 + 3 * 2 + 2 + 2 * (3 * 4 + 4 + 10)
        );
        for cell in &cells {
            assert_eq!(DefaultCell::from_id(&cell.id()), Some(*cell));
        }
        assert_eq!(DefaultCell::from_id("nonsense"), None);
    }

    #[test]
    fn the_decision_models_assumptions_are_editable() {
        let mut table = Assumptions::default();
        DefaultCell::LocalShare.write(&mut table, 20.0).unwrap();
        assert_eq!(table.market.local_share.value, 0.2);
        DefaultCell::NicheShare(NicheDepth::Deep)
            .write(&mut table, 1.5)
            .unwrap();
        assert!((table.market.niche_share.get(NicheDepth::Deep).value - 0.015).abs() < 1e-12);
        DefaultCell::CreatorsPerUser.write(&mut table, 0.1).unwrap();
        assert!((DefaultCell::CreatorsPerUser.read(&table).0 - 0.1).abs() < 1e-12);
        DefaultCell::EfficiencyFloor
            .write(&mut table, 10.0)
            .unwrap();
        assert!(table.efficiency_floor.is_user());
        // Paid social's yardstick, typed in dollars per 1,000 impressions.
        DefaultCell::PaidSocialCpm(Country::De)
            .write(&mut table, 18.5)
            .unwrap();
        assert_eq!(table.paid_social_cpm.get(Country::De).value.cents(), 1_850);
        assert_eq!(DefaultCell::PaidSocialCpm(Country::De).read(&table).0, 18.5);
        assert!(table.paid_social_cpm.get(Country::De).is_user());
        // An engagement's earned media value, typed in dollars; the platform's CPM is kept.
        let cpm = table.emv.get(Platform::TikTok).value.cpm;
        DefaultCell::EmvPerEngagement(Platform::TikTok)
            .write(&mut table, 0.4)
            .unwrap();
        assert_eq!(
            table.emv.get(Platform::TikTok).value.per_engagement.cents(),
            40
        );
        assert_eq!(table.emv.get(Platform::TikTok).value.cpm, cpm);
        assert_eq!(
            DefaultCell::EmvPerEngagement(Platform::TikTok)
                .read(&table)
                .0,
            0.4
        );
        assert!(table.emv.get(Platform::TikTok).is_user());
        DefaultCell::EmvCpm(Platform::YouTube)
            .write(&mut table, 25.0)
            .unwrap();
        assert_eq!(table.emv.get(Platform::YouTube).value.cpm.cents(), 2_500);
        DefaultCell::HoursPerCreator(Tier::Micro)
            .write(&mut table, 2.5)
            .unwrap();
        assert!(
            table
                .management_hours_per_creator
                .get(Tier::Micro)
                .is_user()
        );
        DefaultCell::VerdictMicro.write(&mut table, 75.0).unwrap();
        assert_eq!(DefaultCell::VerdictMicro.read(&table).0, 75.0);
        // The macro threshold may not pass the micro one.
        assert!(DefaultCell::VerdictMacro.write(&mut table, 80.0).is_err());
        // A market without creators is no market.
        assert!(DefaultCell::CreatorsPerUser.write(&mut table, 0.0).is_err());
        assert!(
            DefaultCell::Availability(Tier::Micro)
                .write(&mut table, 120.0)
                .is_err()
        );
    }

    #[test]
    fn the_sources_name_the_market_counts_once_each() {
        let ids = DefaultCell::sources(&Assumptions::default());
        for id in [
            SourceId::MetaDsa,
            SourceId::HypeAuditor,
            SourceId::HopperHq,
            SourceId::Minter,
        ] {
            assert_eq!(ids.iter().filter(|i| **i == id).count(), 1, "{id}");
        }
    }

    #[test]
    fn edits_apply_in_order() {
        let cell = DefaultCell::ClickThrough;
        let table = DefaultCell::apply_all(&[(cell, 2.0), (cell, 3.0)]);
        assert!((cell.read(&table).0 - 3.0).abs() < 1e-9);
        assert_eq!(DefaultCell::apply_all(&[]), Assumptions::default());
    }

    #[test]
    fn an_invalid_edit_leaves_the_table_as_it_was() {
        let mut table = Assumptions::default();
        let before = table.clone();
        assert!(
            DefaultCell::Engagement(Platform::Instagram, Tier::Nano)
                .write(&mut table, 140.0)
                .is_err()
        );
        assert!(
            DefaultCell::ReachRate(Tier::Mega)
                .write(&mut table, -1.0)
                .is_err()
        );
        // A low price above the high one turns the range upside down.
        let (high, _) = DefaultCell::PriceHigh(Platform::TikTok, Tier::Micro).read(&table);
        assert!(
            DefaultCell::PriceLow(Platform::TikTok, Tier::Micro)
                .write(&mut table, high + 1.0)
                .is_err()
        );
        assert_eq!(table, before);
    }
}
