//! # Micro·Macro engine
//!
//! The pure calculation engine of Micro·Macro: it answers "micro-influencers, macro-influencers
//! or a mix, for this budget?" with numbers a marketer can check. It does no I/O, keeps no
//! state, never panics on user input, and builds natively and for `wasm32-unknown-unknown`
//! (design invariant 1). The UI calls it; storage and share links convert to and from its types
//! through their own versioned DTOs (invariant 3), which is why nothing here derives serde.
//!
//! ## The API in one screen
//!
//! | question | call | result |
//! |---|---|---|
//! | is this input valid? | [`Creator::validate`], [`Brief::validate`], [`Assumptions::validate`]; [`count_from_f64`], [`rate_from_percent`], [`Money::from_major_f64`] for raw input | [`ValidationError`] naming a [`Field`] (`field().id()`, `kind()`) |
//! | which tier? | [`TierThresholds::tier_of`] / [`Creator::tier`] | [`Tier`] |
//! | one creator's numbers | [`creator_metrics`], [`roster_metrics`] | [`CreatorMetrics`] |
//! | a roster together | [`campaign_totals`] | [`CampaignTotals`] (gross vs unique reach, waste, frequency, risk) |
//! | combine audiences | [`combine_reach`] | [`CombinedReach`] |
//! | the price table | [`Assumptions::price`], [`PriceRange`] | sourced ranges, midpoints |
//! | which creators, micro, macro or mix? | [`decide`] | [`Decision`]: the [`Pool`], three [`Plan`]s ([`Strategy`]), [`DecisionState`], [`Verdict`], nine [`FactorEffect`]s, the [`Advice`] (your plan, the gap, [`Change`]s) |
//! | one plan only (one optimiser run) | [`best_plan`] | [`Plan`] |
//! | value against budget | [`value_curves`] | [`ValueCurves`] |
//! | the exact optimum of a small pool | [`optimise::exact::optimum`] | the best value |
//! | how sure? | [`world`] per sample, [`summarise`]; or [`ranges()`] at once | [`Ranges`]: P10–P90 [`Band`]s per plan and per week of the best plan's value, robustness |
//! | what moves it most? | [`sensitivity()`] | [`Swing`]s, largest first |
//! | value over weeks | [`value_over_time()`] | [`ValueOverTime`]: [`WeekValue`]s, short- and long-term KPIs |
//! | the checklist game | [`Checklist`], [`QUESTIONS`], [`verdict_for_answers`] | [`Tally`], [`Verdict`], a pre-filled [`Brief`] |
//! | where does a default come from? | [`Sourced::source`] → [`SourceId::source`] | [`Source`] (name, url, year) |
//!
//! Every entry point takes the user's [`Brief`] and the (possibly edited) defaults table
//! [`Assumptions`], validates both, and reports in the brief's currency.
//!
//! ## Formulas and their sources
//!
//! The seed articles are "9 factoren ... micro- vs macro-beïnvloeders" (article 000, 2023) and an
//! article on long-term value (article 004, 2025); every benchmark figure names its publication
//! in [`inputs::source`] and its reasons in [`assumptions::defaults`]. Each module documents its part in full:
//!
//! * **Tiers** ([`inputs::tier`]): nano < 10k ≤ micro < 100k ≤ macro < 1M ≤ mega (article 000), editable.
//! * **Engaged audience** (the sources' "net reach"): `followers × engagement rate`, e.g. 50k ×
//!   12 % = 6,000 beats 500k × 1 % = 5,000 (article 000). Rates measured per view are converted
//!   with the reach rate ([`inputs::creator`]).
//! * **Reach** ([`value::metrics`]): `followers × reach rate × (1 − fake share)` per post (Minter.io
//!   2019 reach rates), unique over several posts by random duplication; **effective reach**
//!   limits it to the target region.
//! * **Costs per result**: CPM = cost ÷ impressions × 1000 (Aspire, Upfluence); "CPM on net
//!   reach" = cost ÷ engaged audience × 1000 (article 000); CPE = cost ÷ engagements; CPC =
//!   cost ÷ clicks (click-through: our assumption).
//! * **EMV**: impressions ÷ 1000 × CPM + engagements × CPE, per platform (fair-influence);
//!   an equivalent media cost, not revenue.
//! * **Management time**: hours per creator and per post × hourly cost (article 000: "time is a
//!   cost"; the hours are our assumption), counted in a plan's total cost, profit and ROI, and in
//!   what a euro buys; a limit on hours only when the user sets one.
//! * **The market** ([`market`]): creators per country, platform, tier band and niche from
//!   published counts, audiences per region and niche, one price curve per platform with no cap;
//!   worth buying (profit, or a floor of value per euro).
//! * **Your plan and the advice** ([`decision::advice`]): the creators the user decided on, evaluated as
//!   they are; the best plans beside them; the changes that close the gap.
//! * **Overlap** ([`value::overlap`]): random duplication `U(1 − Π(1 − Rᵢ/U))` within a universe plus
//!   an extra-overlap setting; duplication waste and frequency.
//! * **Price table** ([`market::pricing`], [`assumptions::defaults`]): ranges per tier and platform (wordontheblock
//!   2023), midpoint default, log-linear inside a tier.
//! * **The decision model**: the candidate [`value::pool`] (the user's creators plus
//!   typical creators of the market); the [`value::model`] of a plan per objective (coverage of
//!   audiences by random duplication per cell, plus linear terms; the brief's factors as stated
//!   multipliers); the [optimiser](optimise::solver) (lazy greedy on value per share of budget and hours, best
//!   single, first-pick guesses, a data-dependent certificate) and its [`optimise::exact`] check; the
//!   [`decision::decide`]: three plans, the verdict from the free plan's split (≥ 2/3 micro → micro,
//!   ≤ 1/3 → macro, else mix; "too small" when nobody fits), and the nine [`inputs::factors`]'
//!   counterfactual effects. `engine/VERDICTS.md` shows the verdict over budgets, objectives
//!   and geographies.
//! * **Long-term value** ([`value::value_over_time`]): engagement decaying weekly by tier, reusable
//!   content with usage rights, short- and long-term KPIs (article 004).
//! * **Checklist** ([`checklist`]): A leans micro, B macro; ≥ 60 % A micro, ≤ 40 % A macro,
//!   else mix (article 000's "mostly A / mostly B / balanced").
//!
//! ## Layers
//!
//! The modules follow the calculation's flow; each folder imports only from the ones before it
//! (no import circle between them):
//!
//! [`inputs`] (the brief, creators, money, ids, sources) → [`market`] (people, supply, price
//! curves and the price table) → [`assumptions`] (the defaults table and its ranges) →
//! [`value`] (one creator's figures, audiences together, a plan's value, the pool, what is
//! worth buying) → [`optimise`] (the solver and its exact check) → [`decision`] (plans,
//! verdict, factors, advice) → [`explain`] (ranges and sensitivity) → [`results`] (delivered
//! against plan, calibration). [`checklist`] stands beside them on the inputs; [`order`] and
//! [`case_fold`] are small tools every layer may use.
//!
//! ## Invariants
//!
//! * **Pure**: no I/O, no clock, no randomness, no threads.
//! * **Every default has a source** (invariant 5): one table, [`Assumptions::default`], each
//!   value a [`Sourced`] value; the user can override each.
//! * **Money is exact** (invariant 6): [`Money`] is integer cents; floats only for rates and
//!   reach; each float-to-money step is rounded once; splits add up to the cent.
//! * **No panic on input**: validation first; a money total that does not fit is an
//!   [`ValidationError::Overflow`], never a saturated number; ratios without a denominator are
//!   `None`.
//! * **Stable ids**: every closed set has `as_str()`/`FromStr` ids that storage, links, the UI
//!   catalogue and tests rely on ([`Tier::IDS`], [`Platform::IDS`], [`Objective::IDS`],
//!   [`Factor::IDS`], [`Verdict::IDS`], [`Strategy::IDS`], [`reason_keys`], [`QUESTIONS`]).
//!
//! ## Example
//!
//! ```
//! use micromacro_engine::{Assumptions, Brief, Creator, EngagementRate, Platform, Tier, Verdict};
//! use micromacro_engine::{Strategy, creator_metrics, decide};
//!
//! let brief = Brief::default(); // €5,000 on Instagram
//! let table = Assumptions::default();
//!
//! // Article 000: 50k followers at 12 % engage 6,000 people; 500k at 1 % only 5,000.
//! let micro = Creator::new(Platform::Instagram, 50_000)
//!     .with_engagement(EngagementRate::per_follower(0.12));
//! let big = Creator::new(Platform::Instagram, 500_000)
//!     .with_engagement(EngagementRate::per_follower(0.01));
//! let m = creator_metrics(&micro, &brief, &table)?;
//! let b = creator_metrics(&big, &brief, &table)?;
//! assert_eq!(m.tier, Tier::Micro);
//! assert!(m.engaged_audience > b.engaged_audience);
//!
//! // Plans from these two and the typical creators of the market, within €5,000 (no limit on
//! // the team's hours: their time is a cost).
//! let decision = decide(&brief, &table, &[micro, big])?;
//! let free = decision.plan(Strategy::Free);
//! assert!(free.spent <= brief.budget);
//! assert!(Verdict::ALL.contains(&decision.verdict.unwrap()));
//! # Ok::<(), micromacro_engine::ValidationError>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod assumptions;
pub mod case_fold;
pub mod checklist;
pub mod decision;
pub mod explain;
pub mod inputs;
pub mod market;
pub mod optimise;
pub mod order;
pub mod results;
pub mod value;

pub use assumptions::defaults::EmvRates;
pub use assumptions::defaults::{Assumptions, DEFAULTS_VERSION};
pub use assumptions::ranges::{Assumption, Spread, Spreads};
pub use checklist::{
    Answer, Checklist, Implication, MACRO_THRESHOLD, MICRO_THRESHOLD, QUESTIONS, Question, Tally,
    verdict_for_answers,
};
pub use decision::advice::{Advice, Change, ChangeKind};
pub use decision::decide::{
    CurvePoint, Decision, DecisionState, Limit, Optimality, Pick, Plan, Plans, Strategy,
    ValueCurves, WorthStop, best_plan, decide, decide_now, factor_effect, plans, value_curves,
    verdict_for_share,
};
pub use explain::sampling::{
    Band, CreatorBands, CreatorFigures, Figures, PlanBands, Ranges, SAMPLES, SEED, World,
    creator_bands, creator_world, cumulative_weeks, ranges, summarise, world,
};
pub use explain::sensitivity::{Swing, order as order_swings, sensitivity, swing};
pub use inputs::brief::{
    Brief, ContentStyle, GeoScope, MAX_CAPACITY_HOURS, MAX_HORIZON_WEEKS, MAX_MARGIN, MAX_UNIVERSE,
    NicheDepth, Objective, RiskTolerance,
};
pub use inputs::country::Country;
pub use inputs::creator::{
    Choice, Creator, EngagementBasis, EngagementRate, MAX_FOLLOWERS, MAX_PLANNED, MAX_POSTS,
};
pub use inputs::error::{Field, ValidationError};
pub use inputs::factors::{Direction, Factor, FactorEffect, NO_EFFECT, Verdict, reason_keys};
pub use inputs::ids::IdEnum;
pub use inputs::ids::ParseIdError;
pub use inputs::input::{count_from_f64, rate_from_percent};
pub use inputs::money::{Currency, ExchangeRate, Money};
pub use inputs::platform::Platform;
pub use inputs::source::{Source, SourceId, SourceKind, Sourced};
pub use inputs::table::{
    PerCountry, PerFactor, PerNiche, PerPlatform, PerRisk, PerScope, PerStyle, PerTier,
};
pub use inputs::tier::{Side, Tier, TierThresholds};
pub use market::MarketTable;
pub use market::pricing::{PriceRange, largest_affordable};
pub use optimise::solver::GUESSES;
pub use results::calibration::{Benchmark, Calibration, Observation, Posterior, evidence};
pub use results::compare::{
    CampaignComparison, Compared, CreatorComparison, Delivered, Kpis, Measure, PlannedRates,
    Realised, Status, compare,
};
pub use value::campaign::{CampaignTotals, ReachTotals, RiskProfile, campaign_totals};
pub use value::metrics::{CreatorMetrics, EstimatedInputs, creator_metrics, roster_metrics};
pub use value::model::ValueUnit;
pub use value::overlap::{CombinedReach, OverlapSettings, combine_reach, frequency};
pub use value::pool::{Candidate, Origin, Pool, Size};
pub use value::value_over_time::{
    LongTermKpis, ShortTermKpis, ValueOverTime, WeekValue, value_over_time,
};
