//! The campaign brief: what the marketer wants and can spend.
//!
//! The brief drives the nine-factor recommendation, the scenarios and the long-term value
//! model. Its currency (the currency of [`Brief::budget`]) is the currency of every figure the
//! engine reports for it; other amounts (creators' prices, the USD benchmark tables, the hourly
//! cost) are converted with the exchange rate of the [`Assumptions`](crate::Assumptions).
//!
//! Invariant: [`Brief::validate`] accepts exactly the values the computations handle without
//! NaN, overflow or panic.

use crate::inputs::error::{Field, ValidationError, check};
use crate::inputs::ids::id_enum;
use crate::inputs::money::{Currency, Money};
use crate::inputs::platform::Platform;

/// Largest accepted overlap universe (10 billion people).
pub const MAX_UNIVERSE: u64 = 10_000_000_000;

/// Largest accepted gross margin (100 %).
pub const MAX_MARGIN: f64 = 1.0;

/// Largest accepted management capacity, in hours, when the team limits its hours (no limit is
/// `f64::INFINITY`, the default: time is a cost, not a wall).
pub const MAX_CAPACITY_HOURS: f64 = 100_000.0;

/// Longest accepted time horizon, in weeks (ten years).
pub const MAX_HORIZON_WEEKS: u32 = 520;

id_enum! {
    /// The campaign's main objective (factor 9).
    pub enum Objective: "objective" {
        /// Brand awareness: reach many people fast (macro's strength, article 000).
        Awareness => "awareness",
        /// Community building and close ties (micro's strength).
        Community => "community",
        /// Conversions: clicks, codes, sales (micro: "higher conversion", article 000).
        Conversion => "conversion",
        /// Content to reuse in the brand's own channels (micro use case, articles 000 and 004).
        Content => "content",
    }
}

id_enum! {
    /// Where the target audience is (factor 4).
    pub enum GeoScope: "geography" {
        /// A city or region.
        Local => "local",
        /// One country.
        National => "national",
        /// Several countries or worldwide.
        International => "international",
    }
}

id_enum! {
    /// How deep in one niche the campaign must go (factor 7).
    pub enum NicheDepth: "niche depth" {
        /// Broad, general-interest audience.
        Broad => "broad",
        /// A clear interest, but a mainstream one.
        Focused => "focused",
        /// A deep, specialist niche.
        Deep => "deep",
    }
}

id_enum! {
    /// How much brand risk the campaign can carry (factor 5).
    pub enum RiskTolerance: "risk tolerance" {
        /// A creator's controversy would seriously hurt the brand.
        Low => "low",
        /// Some risk is acceptable.
        Medium => "medium",
        /// The brand can absorb a controversy.
        High => "high",
    }
}

id_enum! {
    /// The kind of content the campaign needs (factor 8).
    pub enum ContentStyle: "content style" {
        /// Personal, relatable content (micro's strength).
        Authentic => "authentic",
        /// No strong preference.
        Balanced => "balanced",
        /// Polished, professional content with broad appeal (macro's strength).
        Polished => "polished",
    }
}

/// A campaign brief. `Default` gives a neutral starting brief (values in
/// [`defaults`](crate::assumptions::defaults), marked as assumptions).
#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    /// Main objective.
    pub objective: Objective,
    /// Budget for creator fees; its currency is the brief's currency.
    pub budget: Money,
    /// Platform the typical (market) creators are on.
    pub platform: Platform,
    /// Where the target audience is: a city or region, one country or several.
    pub geography: GeoScope,
    /// The country of the audience (a local campaign's city is in it; an international one
    /// reaches every country the market knows).
    pub country: crate::inputs::country::Country,
    /// How deep in one niche the campaign goes.
    pub niche_depth: NicheDepth,
    /// How much brand risk is acceptable.
    pub risk_tolerance: RiskTolerance,
    /// The kind of content needed.
    pub content_style: ContentStyle,
    /// Creators grant reuse rights: their posts become assets the brand can reuse.
    pub usage_rights: bool,
    /// A limit on the hours the team can spend managing creators (0 ..= [`MAX_CAPACITY_HOURS`]),
    /// or `f64::INFINITY` for none (the default: the hours a plan needs are a cost).
    pub management_capacity_hours: f64,
    /// Cost of one management hour (any currency; converted).
    pub hourly_cost: Money,
    /// Time horizon of the long-term value model, in weeks (1 ..= [`MAX_HORIZON_WEEKS`]).
    pub horizon_weeks: u32,
    /// Average order value of one conversion (any currency; converted); `None`: unknown, so
    /// plans report conversions but no revenue, profit or ROI.
    pub aov: Option<Money>,
    /// Gross margin on an order (0–1); `None`: unknown (no profit or ROI).
    pub margin: Option<f64>,
    /// The most the brand pays for one unit of its objective's result (any currency;
    /// converted): per 1,000 people reached (awareness), per engaged person (community), per
    /// conversion (conversion). A plan buys only while the next creator's result costs no
    /// more, fee and the team's time counted ([`worth`](crate::value::worth)). `None` (the
    /// default): no ceiling, the plan stops on the value-per-euro floor. Not read for content,
    /// whose value is money.
    pub price_ceiling: Option<Money>,
    /// Include typical creators from the benchmark table in the pool (the "market"); off means
    /// the plans use only the user's own creators.
    pub use_market: bool,
}

impl Default for Brief {
    /// The starting brief. Our assumptions, chosen to be neutral: a €5,000 Instagram campaign in the
    /// Netherlands, no limit on the team's hours (the hours a plan needs cost €50 each), a 12-week
    /// horizon, reuse rights, no order value or margin yet, and typical creators of the market in
    /// the pool.
    fn default() -> Self {
        Brief {
            objective: Objective::Awareness,
            budget: Money::from_major(5_000, Currency::Eur),
            platform: Platform::Instagram,
            geography: GeoScope::National,
            country: crate::inputs::country::Country::Nl,
            niche_depth: NicheDepth::Focused,
            risk_tolerance: RiskTolerance::Medium,
            content_style: ContentStyle::Balanced,
            usage_rights: true,
            management_capacity_hours: f64::INFINITY,
            hourly_cost: Money::from_major(50, Currency::Eur),
            horizon_weeks: 12,
            aov: None,
            margin: None,
            price_ceiling: None,
            use_market: true,
        }
    }
}

impl Brief {
    /// The brief's currency: the currency everything is reported in.
    #[must_use]
    pub fn currency(&self) -> Currency {
        self.budget.currency()
    }

    /// Checks every field; the error names the first field that is wrong.
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.budget.validate_input(Field::Budget)?;
        if self.management_capacity_hours != f64::INFINITY {
            check::in_range(
                self.management_capacity_hours,
                0.0,
                MAX_CAPACITY_HOURS,
                Field::ManagementCapacity,
            )?;
        }
        self.hourly_cost.validate_input(Field::HourlyCost)?;
        check::count(
            u64::from(self.horizon_weeks),
            1,
            u64::from(MAX_HORIZON_WEEKS),
            Field::HorizonWeeks,
        )?;
        if let Some(aov) = self.aov {
            aov.validate_input(Field::Aov)?;
        }
        if let Some(margin) = self.margin {
            check::in_range(margin, 0.0, MAX_MARGIN, Field::Margin)?;
        }
        if let Some(ceiling) = self.price_ceiling {
            // A ceiling of nothing would buy nobody: at least a cent.
            ceiling.validate_input(Field::PriceCeiling)?;
            if ceiling.cents() == 0 {
                return Err(ValidationError::OutOfRange {
                    field: Field::PriceCeiling,
                    value: 0.0,
                    min: 0.01,
                    max: Money::MAX_INPUT_CENTS as f64 / 100.0,
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_brief_is_valid_and_limits_no_hours() {
        assert_eq!(Brief::default().validate(), Ok(()));
        assert_eq!(Brief::default().management_capacity_hours, f64::INFINITY);
        assert_eq!(
            Brief::default().country,
            crate::inputs::country::Country::Nl
        );
    }

    #[test]
    fn invalid_fields_are_named() {
        let base = Brief::default();
        let cases = [
            (
                Brief {
                    budget: Money::from_cents(-100, Currency::Eur),
                    ..base.clone()
                },
                Field::Budget,
            ),
            (
                Brief {
                    management_capacity_hours: f64::NAN,
                    ..base.clone()
                },
                Field::ManagementCapacity,
            ),
            (
                Brief {
                    hourly_cost: Money::from_cents(-1, Currency::Usd),
                    ..base.clone()
                },
                Field::HourlyCost,
            ),
            (
                Brief {
                    horizon_weeks: 0,
                    ..base.clone()
                },
                Field::HorizonWeeks,
            ),
            (
                Brief {
                    horizon_weeks: 521,
                    ..base.clone()
                },
                Field::HorizonWeeks,
            ),
            (
                Brief {
                    margin: Some(1.5),
                    ..base.clone()
                },
                Field::Margin,
            ),
            (
                Brief {
                    aov: Some(Money::from_cents(-5, Currency::Eur)),
                    ..base.clone()
                },
                Field::Aov,
            ),
        ];
        for (brief, field) in cases {
            assert_eq!(brief.validate().unwrap_err().field(), field);
        }
    }

    #[test]
    fn ids() {
        assert_eq!(
            Objective::IDS,
            ["awareness", "community", "conversion", "content"]
        );
        assert_eq!(
            "international".parse::<GeoScope>(),
            Ok(GeoScope::International)
        );
        assert_eq!(RiskTolerance::High.as_str(), "high");
    }
}
