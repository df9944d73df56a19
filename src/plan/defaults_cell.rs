//! The editable cells of the defaults panel: which benchmark each one is,
//! how it reads (in the units people type: percent, dollars) and how an edit
//! is applied to the engine's [`Assumptions`].

use micromacro_engine::{Assumptions, Currency, GeoScope, Money, Platform, SourceId, Tier};

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
    /// People on the platform in the target region, by geography.
    Universe(GeoScope),
    /// The free plan's micro share at or above which the verdict is micro, percent.
    VerdictMicro,
    /// The free plan's micro share at or below which the verdict is macro, percent.
    VerdictMacro,
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
        for scope in GeoScope::ALL {
            cells.push(DefaultCell::Universe(*scope));
        }
        cells.push(DefaultCell::VerdictMicro);
        cells.push(DefaultCell::VerdictMacro);
        cells
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
            DefaultCell::Universe(g) => format!("universe-{g}"),
            DefaultCell::VerdictMicro => "verdict-micro".to_owned(),
            DefaultCell::VerdictMacro => "verdict-macro".to_owned(),
        }
    }

    /// Decimals to show.
    pub fn decimals(self) -> usize {
        match self {
            DefaultCell::PriceLow(..) | DefaultCell::PriceHigh(..) | DefaultCell::Universe(_) => 0,
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
            DefaultCell::Universe(g) => {
                let v = table.universe.get(g);
                (v.value, v.source)
            }
            DefaultCell::VerdictMicro => (
                table.micro_verdict_share.value * 100.0,
                table.micro_verdict_share.source,
            ),
            DefaultCell::VerdictMacro => (
                table.macro_verdict_share.value * 100.0,
                table.macro_verdict_share.source,
            ),
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
            DefaultCell::Universe(g) => edited.universe.get_mut(g).set(value.round()),
            DefaultCell::VerdictMicro => edited.micro_verdict_share.set(value / 100.0),
            DefaultCell::VerdictMacro => edited.macro_verdict_share.set(value / 100.0),
        }
        edited.validate().map_err(InputError::from)?;
        *table = edited;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(cells.len(), 3 * 4 * 3 + 4 * 4 + 2 + 1 + 3 + 2);
        for cell in &cells {
            assert_eq!(DefaultCell::from_id(&cell.id()), Some(*cell));
        }
        assert_eq!(DefaultCell::from_id("nonsense"), None);
    }

    #[test]
    fn the_decision_models_assumptions_are_editable() {
        let mut table = Assumptions::default();
        DefaultCell::Universe(GeoScope::Local)
            .write(&mut table, 250_000.0)
            .unwrap();
        assert_eq!(table.universe.get(GeoScope::Local).value, 250_000.0);
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
        assert!(
            DefaultCell::Universe(GeoScope::National)
                .write(&mut table, 0.0)
                .is_err()
        );
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
