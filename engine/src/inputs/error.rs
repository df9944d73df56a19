//! Validation errors that name the input they are about.
//!
//! The UI passes user input straight through to the engine, so every entry point validates
//! first and answers with a [`ValidationError`] instead of panicking or producing NaN. Each
//! error names its [`Field`]; [`Field::id`] is a stable, machine-readable id
//! (`creator.followers`, `assumptions.price.tiktok.macro` ...) that the UI maps to a message
//! next to the right input, and [`ValidationError::kind`] names the rule that was broken.
//!
//! Invariants: an error is only ever about one field; ids never change once published.

use core::fmt;

use crate::inputs::brief::{ContentStyle, GeoScope, NicheDepth, RiskTolerance};
use crate::inputs::factors::Factor;
use crate::inputs::platform::Platform;
use crate::inputs::tier::Tier;

/// The input a [`ValidationError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// A creator's follower count.
    Followers,
    /// A creator's engagement rate.
    EngagementRate,
    /// A creator's price per post.
    PricePerPost,
    /// How many posts a creator makes in the campaign.
    Posts,
    /// Share of a creator's audience that lives in the target region.
    TargetRegionShare,
    /// Share of a creator's followers that are fake or inactive.
    FakeFollowerShare,
    /// How well a creator's niche fits the brand (0–1).
    NicheFit,
    /// How many of a creator the user's plan hires.
    Planned,
    /// A figure of the market table (its name).
    Market(&'static str),
    /// The campaign budget.
    Budget,
    /// People on the platform in the target region (the overlap universe).
    Universe,
    /// Management capacity in hours.
    ManagementCapacity,
    /// Hourly cost of the people managing the campaign.
    HourlyCost,
    /// Time horizon in weeks.
    HorizonWeeks,
    /// Share of the budget the mix strategy gives to micro creators.
    MixMicroShare,
    /// One budget of a reach curve.
    CurveBudget,
    /// One audience handed to [`combine_reach`](crate::combine_reach).
    Reach,
    /// The tier thresholds (they must increase: nano < micro < macro < mega < mega anchor).
    TierThresholds,
    /// The typical follower count used for a tier in scenarios.
    TypicalFollowers(Tier),
    /// The USD-per-EUR exchange rate.
    ExchangeRate,
    /// A default engagement rate of the table.
    DefaultEngagementRate(Platform, Tier),
    /// A price range of the table.
    PriceRange(Platform, Tier),
    /// Reach rate (share of followers reached per post) of a tier.
    ReachRate(Tier),
    /// Default fake-follower share of a tier.
    DefaultFakeFollowerShare(Tier),
    /// Real-follower share below which a creator is flagged.
    CredibilityThreshold,
    /// Default share of a typical creator's audience inside the target region.
    RegionShare(GeoScope, Tier),
    /// EMV value per 1,000 impressions on a platform.
    EmvCpm(Platform),
    /// EMV value per engagement on a platform.
    EmvPerEngagement(Platform),
    /// Click-through rate (clicks per impression).
    ClickThroughRate,
    /// Code redemptions (conversions) per engagement of a tier.
    ConversionRate(Tier),
    /// Management hours per creator of a tier.
    ManagementHoursPerCreator(Tier),
    /// Management hours per post.
    ManagementHoursPerPost,
    /// Weekly engagement retention of a tier.
    WeeklyRetention(Tier),
    /// Value of one reusable content asset of a tier.
    ContentAssetValue(Tier),
    /// How many weeks a reusable asset keeps value.
    ContentLifeWeeks,
    /// Brand-risk exposure index of a tier.
    BacklashExposure(Tier),
    /// Brand-risk exposure of a creator the user flagged.
    FlaggedExposure,
    /// Extra audience overlap beyond chance.
    ExtraOverlap,
    /// Weight of one of the nine factors.
    FactorWeight(Factor),
    /// A creator's conversion rate (conversions per engagement).
    CreatorConversionRate,
    /// The brief's average order value.
    Aov,
    /// The brief's gross margin.
    Margin,
    /// The most the brand pays for one unit of its objective's value.
    PriceCeiling,
    /// People on the platform in the target region, for one geography (the overlap universe).
    UniverseOf(GeoScope),
    /// The free plan's micro-side share of spend at or above which the verdict is micro.
    MicroVerdictShare,
    /// The free plan's micro-side share of spend at or below which the verdict is macro.
    MacroVerdictShare,
    /// How strongly expected backlash counts at a risk tolerance.
    BacklashWeight(RiskTolerance),
    /// Default niche fit of a tier at a niche depth.
    DefaultNicheFit(NicheDepth, Tier),
    /// How well a tier's content suits a content style.
    ContentStyleFit(ContentStyle, Tier),
    /// Share of a tier's content value that can be reused in the brand's channels.
    ContentReuseShare(Tier),
    /// Share of content value kept without usage rights.
    NoRightsContentShare,
    /// Credit for a repeated exposure in a community plan.
    RepeatExposureCredit,
    /// A sum of money too large to represent (more than about 92 million billion).
    MoneyTotal,
}

impl Field {
    /// The stable, machine-readable id of this field, e.g. `creator.followers` or
    /// `assumptions.engagement_rate.tiktok.micro`.
    #[must_use]
    pub fn id(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Followers => f.write_str("creator.followers"),
            Field::EngagementRate => f.write_str("creator.engagement_rate"),
            Field::PricePerPost => f.write_str("creator.price_per_post"),
            Field::Posts => f.write_str("creator.posts"),
            Field::TargetRegionShare => f.write_str("creator.target_region_share"),
            Field::FakeFollowerShare => f.write_str("creator.fake_follower_share"),
            Field::NicheFit => f.write_str("creator.niche_fit"),
            Field::Planned => f.write_str("creator.planned"),
            Field::Market(name) => write!(f, "assumptions.market.{name}"),
            Field::Budget => f.write_str("brief.budget"),
            Field::Universe => f.write_str("brief.universe"),
            Field::ManagementCapacity => f.write_str("brief.management_capacity"),
            Field::HourlyCost => f.write_str("brief.hourly_cost"),
            Field::HorizonWeeks => f.write_str("brief.horizon_weeks"),
            Field::MixMicroShare => f.write_str("brief.mix_micro_share"),
            Field::CurveBudget => f.write_str("curve.budget"),
            Field::Reach => f.write_str("overlap.reach"),
            Field::TierThresholds => f.write_str("assumptions.tier_thresholds"),
            Field::TypicalFollowers(t) => write!(f, "assumptions.typical_followers.{t}"),
            Field::ExchangeRate => f.write_str("assumptions.exchange_rate"),
            Field::DefaultEngagementRate(p, t) => write!(f, "assumptions.engagement_rate.{p}.{t}"),
            Field::PriceRange(p, t) => write!(f, "assumptions.price.{p}.{t}"),
            Field::ReachRate(t) => write!(f, "assumptions.reach_rate.{t}"),
            Field::DefaultFakeFollowerShare(t) => {
                write!(f, "assumptions.fake_follower_share.{t}")
            }
            Field::CredibilityThreshold => f.write_str("assumptions.credibility_threshold"),
            Field::RegionShare(g, t) => write!(f, "assumptions.region_share.{g}.{t}"),
            Field::EmvCpm(p) => write!(f, "assumptions.emv_cpm.{p}"),
            Field::EmvPerEngagement(p) => write!(f, "assumptions.emv_per_engagement.{p}"),
            Field::ClickThroughRate => f.write_str("assumptions.click_through_rate"),
            Field::ConversionRate(t) => write!(f, "assumptions.conversion_rate.{t}"),
            Field::ManagementHoursPerCreator(t) => {
                write!(f, "assumptions.management_hours_per_creator.{t}")
            }
            Field::ManagementHoursPerPost => f.write_str("assumptions.management_hours_per_post"),
            Field::WeeklyRetention(t) => write!(f, "assumptions.weekly_retention.{t}"),
            Field::ContentAssetValue(t) => write!(f, "assumptions.content_asset_value.{t}"),
            Field::ContentLifeWeeks => f.write_str("assumptions.content_life_weeks"),
            Field::BacklashExposure(t) => write!(f, "assumptions.backlash_exposure.{t}"),
            Field::FlaggedExposure => f.write_str("assumptions.flagged_exposure"),
            Field::ExtraOverlap => f.write_str("assumptions.extra_overlap"),
            Field::FactorWeight(k) => write!(f, "assumptions.factor_weight.{k}"),
            Field::CreatorConversionRate => f.write_str("creator.conversion_rate"),
            Field::Aov => f.write_str("brief.aov"),
            Field::PriceCeiling => f.write_str("brief.ceiling"),
            Field::Margin => f.write_str("brief.margin"),
            Field::UniverseOf(g) => write!(f, "assumptions.universe.{g}"),
            Field::MicroVerdictShare => f.write_str("assumptions.micro_verdict_share"),
            Field::MacroVerdictShare => f.write_str("assumptions.macro_verdict_share"),
            Field::BacklashWeight(r) => write!(f, "assumptions.backlash_weight.{r}"),
            Field::DefaultNicheFit(n, t) => write!(f, "assumptions.niche_fit.{n}.{t}"),
            Field::ContentStyleFit(s, t) => write!(f, "assumptions.content_style_fit.{s}.{t}"),
            Field::ContentReuseShare(t) => write!(f, "assumptions.content_reuse_share.{t}"),
            Field::NoRightsContentShare => f.write_str("assumptions.no_rights_content_share"),
            Field::RepeatExposureCredit => f.write_str("assumptions.repeat_exposure_credit"),
            Field::MoneyTotal => f.write_str("plan.money_total"),
        }
    }
}

/// An input the engine refuses, naming the field and the rule it breaks.
///
/// The `Display` text is for developers and logs; the UI shows its own translated message
/// chosen by [`ValidationError::kind`] and [`Field::id`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ValidationError {
    /// NaN or infinite.
    #[error("{field}: not a finite number")]
    NotFinite {
        /// The offending field.
        field: Field,
    },
    /// Below zero where only zero or more makes sense.
    #[error("{field}: must not be negative")]
    Negative {
        /// The offending field.
        field: Field,
    },
    /// A rate or share outside 0–100 %.
    #[error("{field}: {value} is not a rate between 0 and 1 (0–100 %)")]
    RateOutOfRange {
        /// The offending field.
        field: Field,
        /// The value given (as a fraction, 1.0 = 100 %).
        value: f64,
    },
    /// Outside the range the engine accepts for this field.
    #[error("{field}: {value} is outside the accepted range {min}..={max}")]
    OutOfRange {
        /// The offending field.
        field: Field,
        /// The value given.
        value: f64,
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
    /// A count (followers, posts) that is not a whole number.
    #[error("{field}: must be a whole number")]
    NotWhole {
        /// The offending field.
        field: Field,
    },
    /// Bounds that must increase do not (tier thresholds; a price range's low above its high).
    #[error("{field}: the bounds must increase")]
    NotIncreasing {
        /// The offending field.
        field: Field,
    },
    /// A sum of money does not fit in the engine's integer cents: reported, never saturated.
    #[error("{field}: the total is too large to represent")]
    Overflow {
        /// The total that overflowed.
        field: Field,
    },
    /// One creator of a roster is invalid.
    #[error("creator #{index}: {error}")]
    InRoster {
        /// Position of the creator in the roster (0-based).
        index: usize,
        /// What is wrong with it.
        error: Box<ValidationError>,
    },
}

impl ValidationError {
    /// The field the error is about (for a roster error: the creator's field).
    #[must_use]
    pub fn field(&self) -> Field {
        match self {
            ValidationError::NotFinite { field }
            | ValidationError::Negative { field }
            | ValidationError::RateOutOfRange { field, .. }
            | ValidationError::OutOfRange { field, .. }
            | ValidationError::NotWhole { field }
            | ValidationError::NotIncreasing { field }
            | ValidationError::Overflow { field } => *field,
            ValidationError::InRoster { error, .. } => error.field(),
        }
    }

    /// The roster position of the creator at fault, when the error came from a roster.
    #[must_use]
    pub fn creator_index(&self) -> Option<usize> {
        match self {
            ValidationError::InRoster { index, .. } => Some(*index),
            _ => None,
        }
    }

    /// A stable id of the broken rule: `not_finite`, `negative`, `rate_out_of_range`,
    /// `out_of_range`, `not_whole`, `not_increasing` or `overflow` (a roster error reports its inner kind).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            ValidationError::NotFinite { .. } => "not_finite",
            ValidationError::Negative { .. } => "negative",
            ValidationError::RateOutOfRange { .. } => "rate_out_of_range",
            ValidationError::OutOfRange { .. } => "out_of_range",
            ValidationError::NotWhole { .. } => "not_whole",
            ValidationError::NotIncreasing { .. } => "not_increasing",
            ValidationError::Overflow { .. } => "overflow",
            ValidationError::InRoster { error, .. } => error.kind(),
        }
    }

    pub(crate) fn in_roster(index: usize, error: ValidationError) -> Self {
        ValidationError::InRoster {
            index,
            error: Box::new(error),
        }
    }
}

/// Checks shared by every validator. Each returns the value so callers can chain.
pub(crate) mod check {
    use super::{Field, ValidationError};

    /// A finite, non-negative number.
    pub(crate) fn non_negative(value: f64, field: Field) -> Result<f64, ValidationError> {
        if !value.is_finite() {
            Err(ValidationError::NotFinite { field })
        } else if value < 0.0 {
            Err(ValidationError::Negative { field })
        } else {
            Ok(value)
        }
    }

    /// A rate or share in `0.0..=1.0`.
    pub(crate) fn rate(value: f64, field: Field) -> Result<f64, ValidationError> {
        non_negative(value, field)?;
        if value > 1.0 {
            Err(ValidationError::RateOutOfRange { field, value })
        } else {
            Ok(value)
        }
    }

    /// A finite number in `min..=max`; negative values report [`ValidationError::Negative`]
    /// when `min` is zero or more, so the UI can say "must not be negative".
    pub(crate) fn in_range(
        value: f64,
        min: f64,
        max: f64,
        field: Field,
    ) -> Result<f64, ValidationError> {
        if !value.is_finite() {
            return Err(ValidationError::NotFinite { field });
        }
        if value < 0.0 && min >= 0.0 {
            return Err(ValidationError::Negative { field });
        }
        if value < min || value > max {
            return Err(ValidationError::OutOfRange {
                field,
                value,
                min,
                max,
            });
        }
        Ok(value)
    }

    /// An integer count in `min..=max`.
    pub(crate) fn count(
        value: u64,
        min: u64,
        max: u64,
        field: Field,
    ) -> Result<u64, ValidationError> {
        if value < min || value > max {
            // Counts are far below 2^53, so the conversion is exact.
            Err(ValidationError::OutOfRange {
                field,
                value: value as f64,
                min: min as f64,
                max: max as f64,
            })
        } else {
            Ok(value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_are_stable() {
        assert_eq!(Field::Followers.id(), "creator.followers");
        assert_eq!(
            Field::DefaultEngagementRate(Platform::TikTok, Tier::Micro).id(),
            "assumptions.engagement_rate.tiktok.micro"
        );
        assert_eq!(
            Field::RegionShare(GeoScope::Local, Tier::Mega).id(),
            "assumptions.region_share.local.mega"
        );
        assert_eq!(
            Field::FactorWeight(Factor::Cost).id(),
            "assumptions.factor_weight.cost"
        );
    }

    #[test]
    fn roster_errors_report_the_inner_field_and_kind() {
        let inner = ValidationError::Negative {
            field: Field::Followers,
        };
        let err = ValidationError::in_roster(3, inner);
        assert_eq!(err.field(), Field::Followers);
        assert_eq!(err.kind(), "negative");
        assert_eq!(err.creator_index(), Some(3));
        assert_eq!(
            err.to_string(),
            "creator #3: creator.followers: must not be negative"
        );
    }

    #[test]
    fn checks_reject_nan_negative_and_over_one() {
        assert!(matches!(
            check::rate(f64::NAN, Field::NicheFit),
            Err(ValidationError::NotFinite { .. })
        ));
        assert!(matches!(
            check::rate(-0.1, Field::NicheFit),
            Err(ValidationError::Negative { .. })
        ));
        assert!(matches!(
            check::rate(1.01, Field::NicheFit),
            Err(ValidationError::RateOutOfRange { .. })
        ));
        assert_eq!(check::rate(1.0, Field::NicheFit), Ok(1.0));
        assert!(matches!(
            check::in_range(5.0, 1.0, 4.0, Field::Posts),
            Err(ValidationError::OutOfRange { .. })
        ));
    }
}
