//! The nine-factor recommendation (F4): micro, macro or a mix, with a reason per factor.
//!
//! Article 000 weighs nine factors, each with a micro side and a macro side. For a brief (and,
//! when the user has entered creators, their roster) the engine gives each factor a **lean** in
//! `[−1, +1]` (−1 = micro, +1 = macro), a **weight** (from
//! [`Assumptions::factor_weights`]; cost ×2 and objectives ×1.5 by default), a **reason key**
//! the UI turns into text, and the **basis** of the lean (the brief, the benchmark tables, or
//! the user's roster).
//!
//! Relative differences below use `rel(m, M) = (M − m) ÷ max(m, M)` (0 when both are 0), which
//! lies in `[−1, 1]` for non-negative values and is positive when the macro side's value is
//! larger.
//!
//! | factor | lean | reason keys |
//! |---|---|---|
//! | audience size | `rel(swarm, macro)` of the unique effective reach the budget buys each way ([`scenario`](crate::scenario)); −1 if no macro is affordable, +1 if no micro is | `micro_swarm_reaches_more`, `macro_reaches_more`, `similar_reach`, `macro_unaffordable`, `micro_unaffordable` |
//! | engagement | `rel(ER_micro, ER_macro)` of per-follower rates: the roster's median per side, else the tier benchmark | `micro_rate_higher`, `macro_rate_higher`, `similar_rates` |
//! | cost | `(c_micro − c_macro) ÷ max` of the fully loaded cost (fees + management) per engaged person: roster sides when both exist, else the scenarios; plus `1 − capacity ÷ hours` when the swarm needs more hours than the brief has | `micro_cheaper`, `macro_cheaper`, `similar_cost`, `micro_exceeds_capacity`, `macro_unaffordable`, `micro_unaffordable` |
//! | geography | local −1, national 0, international +1 | `local`, `national`, `international` |
//! | reputation | low tolerance −1, medium 0, high +0.5; plus `0.5 × (flagged share micro − flagged share macro)` from the roster | `low_tolerance`, `medium_tolerance`, `high_tolerance`, `flagged_macro_creators`, `flagged_micro_creators` |
//! | authenticity | `(φ_micro − φ_macro) ÷ max` of fake-follower shares (roster mean, else tier default) | `macro_more_fake`, `micro_more_fake`, `similar_fake` |
//! | niche | deep −1, focused 0, broad +1; plus `0.5 × (fit_macro − fit_micro)` of the roster's mean niche fit | `deep`, `focused`, `broad`, `micro_fit_higher`, `macro_fit_higher` |
//! | content | authentic −1, balanced 0, polished +1; −0.25 with usage rights (more reusable assets per euro, article 004) | `authentic`, `balanced`, `polished`, `reusable_library` |
//! | objectives | awareness +1, community −1, conversion −0.5, content −0.5 | `awareness`, `community`, `conversion`, `content` |
//!
//! Every lean is clamped to `[−1, 1]`. A computed lean within ±[`SIMILAR_BAND`] gets the
//! "similar" key. High risk tolerance leans only +0.5: it allows a macro creator's exposure and
//! values its track record, but is no reason on its own to go macro.
//!
//! **Verdict.** The weighted mean lean `L = Σ wᵢℓᵢ ÷ Σ wᵢ` (0 when all weights are 0) gives
//! ([`verdict_for_lean`]): `L ≤ −0.2` → micro, `L ≥ +0.2` → macro, otherwise mix. The ±0.2
//! thresholds are the checklist's rule (at least 60 % A answers → micro, see
//! [`checklist`](crate::checklist)) on the same scale, so both tools speak one language. Then two
//! budget rules, in order:
//!
//! 1. if the budget cannot buy the cheapest macro creator on the brief's platform, the verdict is
//!    micro (note `note.macro_unaffordable`);
//! 2. a mix needs at least the cheapest macro plus one typical micro; if the budget cannot pay
//!    both, the verdict is micro when `L < 0`, else macro (note `note.mix_unaffordable`).
//!
//! **Budget split.** Micro: all to micro; macro: all to macro; mix: micro share `(1 − L) ÷ 2`,
//! raised on the macro side to the cheapest macro if needed. The parts add up to the budget to
//! the cent ([`Money::split`]).
//!
//! **Confidence** in `[0, 1]`: the mean of the *margin* (how far `L` is inside its verdict's band:
//! `(|L| − 0.2) ÷ 0.8` for micro/macro, `(0.2 − |L|) ÷ 0.2` for mix) and the *decisiveness*
//! (`Σ wᵢ|ℓᵢ| ÷ Σ wᵢ`: how strongly the factors lean at all). A verdict forced by rule 1 has
//! confidence 1: the budget leaves no choice.

use crate::brief::{Brief, ContentStyle, GeoScope, NicheDepth, Objective, RiskTolerance};
use crate::campaign::CampaignTotals;
use crate::context::Ctx;
use crate::creator::Creator;
use crate::defaults::Assumptions;
use crate::error::ValidationError;
use crate::ids::id_enum;
use crate::metrics::{CreatorMetrics, resolve_roster};
use crate::money::Money;
use crate::scenario::{Planner, Strategy};
use crate::tier::{Side, Tier};

id_enum! {
    /// One of the nine factors of article 000, in the article's order.
    pub enum Factor: "factor" {
        /// 1. Audience size: reach versus a niche, engaged audience.
        AudienceSize => "audience_size",
        /// 2. Engagement rate.
        Engagement => "engagement",
        /// 3. Cost and budget (CPM, CPC, management time).
        Cost => "cost",
        /// 4. Audience geography.
        Geography => "geography",
        /// 5. Reputation and brand risk.
        Reputation => "reputation",
        /// 6. Authenticity and credibility.
        Authenticity => "authenticity",
        /// 7. Niche specialisation.
        Niche => "niche",
        /// 8. Content creation.
        Content => "content",
        /// 9. Campaign objectives.
        Objectives => "objectives",
    }
}

id_enum! {
    /// The recommendation: micro creators, macro creators, or a mix.
    pub enum Verdict: "verdict" {
        /// Micro-influencers (nano and micro).
        Micro => "micro",
        /// Macro-influencers (macro and mega).
        Macro => "macro",
        /// A combination of both.
        Mix => "mix",
    }
}

id_enum! {
    /// What a factor's lean rests on.
    pub enum Basis: "basis" {
        /// The brief's answers.
        Brief => "brief",
        /// The benchmark tables and the scenarios built from them.
        Benchmarks => "benchmarks",
        /// The user's own creators.
        Roster => "roster",
    }
}

id_enum! {
    /// Why a factor leans the way it does, or a note on the verdict. The UI translates the
    /// stable keys ([`ALL_REASON_KEYS`]).
    pub enum ReasonKey: "reason key" {
        /// The micro swarm reaches more people in the target region.
        AudienceMicroSwarmReachesMore => "factor.audience_size.micro_swarm_reaches_more",
        /// The single macro reaches more people in the target region.
        AudienceMacroReachesMore => "factor.audience_size.macro_reaches_more",
        /// Both reach about as many people.
        AudienceSimilarReach => "factor.audience_size.similar_reach",
        /// The budget buys no macro creator.
        AudienceMacroUnaffordable => "factor.audience_size.macro_unaffordable",
        /// The budget buys no micro creator.
        AudienceMicroUnaffordable => "factor.audience_size.micro_unaffordable",
        /// Micro creators have the higher engagement rate.
        EngagementMicroRateHigher => "factor.engagement.micro_rate_higher",
        /// Macro creators have the higher engagement rate.
        EngagementMacroRateHigher => "factor.engagement.macro_rate_higher",
        /// Engagement rates are about equal.
        EngagementSimilarRates => "factor.engagement.similar_rates",
        /// Micro creators cost less per engaged person, time included.
        CostMicroCheaper => "factor.cost.micro_cheaper",
        /// Macro creators cost less per engaged person, time included.
        CostMacroCheaper => "factor.cost.macro_cheaper",
        /// Costs per engaged person are about equal.
        CostSimilar => "factor.cost.similar_cost",
        /// The swarm needs more management hours than the team has.
        CostMicroExceedsCapacity => "factor.cost.micro_exceeds_capacity",
        /// The budget buys no macro creator.
        CostMacroUnaffordable => "factor.cost.macro_unaffordable",
        /// The budget buys no micro creator.
        CostMicroUnaffordable => "factor.cost.micro_unaffordable",
        /// A local target favours micro creators' local influence.
        GeographyLocal => "factor.geography.local",
        /// A national target suits both.
        GeographyNational => "factor.geography.national",
        /// An international target favours macro creators' broad reach.
        GeographyInternational => "factor.geography.international",
        /// Low risk tolerance favours micro creators (less scrutiny, less backlash).
        ReputationLowTolerance => "factor.reputation.low_tolerance",
        /// Medium risk tolerance suits both.
        ReputationMediumTolerance => "factor.reputation.medium_tolerance",
        /// High risk tolerance allows a macro creator's exposure and track record.
        ReputationHighTolerance => "factor.reputation.high_tolerance",
        /// The roster's macro creators carry brand-risk flags.
        ReputationFlaggedMacro => "factor.reputation.flagged_macro_creators",
        /// The roster's micro creators carry brand-risk flags.
        ReputationFlaggedMicro => "factor.reputation.flagged_micro_creators",
        /// Macro creators have more fake followers.
        AuthenticityMacroMoreFake => "factor.authenticity.macro_more_fake",
        /// Micro creators have more fake followers.
        AuthenticityMicroMoreFake => "factor.authenticity.micro_more_fake",
        /// Fake-follower shares are about equal.
        AuthenticitySimilarFake => "factor.authenticity.similar_fake",
        /// A deep niche favours micro creators' specialisation.
        NicheDeep => "factor.niche.deep",
        /// A focused but mainstream interest suits both.
        NicheFocused => "factor.niche.focused",
        /// Broad interests favour macro creators' versatility.
        NicheBroad => "factor.niche.broad",
        /// The roster's micro creators fit the niche better.
        NicheMicroFitHigher => "factor.niche.micro_fit_higher",
        /// The roster's macro creators fit the niche better.
        NicheMacroFitHigher => "factor.niche.macro_fit_higher",
        /// Personal, relatable content favours micro creators.
        ContentAuthentic => "factor.content.authentic",
        /// No strong content preference.
        ContentBalanced => "factor.content.balanced",
        /// Polished, professional content favours macro creators.
        ContentPolished => "factor.content.polished",
        /// Reuse rights make many micro posts a content library.
        ContentReusableLibrary => "factor.content.reusable_library",
        /// Brand awareness favours macro creators.
        ObjectivesAwareness => "factor.objectives.awareness",
        /// Community building favours micro creators.
        ObjectivesCommunity => "factor.objectives.community",
        /// Conversions lean micro (trust in a niche converts).
        ObjectivesConversion => "factor.objectives.conversion",
        /// A content stream leans micro.
        ObjectivesContent => "factor.objectives.content",
        /// Note: the budget buys no macro creator, so the verdict is micro.
        NoteMacroUnaffordable => "note.macro_unaffordable",
        /// Note: the budget cannot pay a macro creator and a micro creator, so no mix.
        NoteMixUnaffordable => "note.mix_unaffordable",
    }
}

/// Every reason key, for the UI's translation-coverage test.
pub const ALL_REASON_KEYS: &[&str] = ReasonKey::IDS;

impl ReasonKey {
    /// The stable dotted key, e.g. `factor.engagement.micro_rate_higher`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        self.as_str()
    }

    /// The factor the key explains; `None` for notes on the verdict.
    #[must_use]
    pub fn factor(self) -> Option<Factor> {
        let mut parts = self.as_str().split('.');
        match (parts.next(), parts.next()) {
            (Some("factor"), Some(f)) => f.parse().ok(),
            _ => None,
        }
    }
}

/// Weighted mean lean at or below which the verdict is micro.
pub const MICRO_THRESHOLD: f64 = -0.2;

/// Weighted mean lean at or above which the verdict is macro.
pub const MACRO_THRESHOLD: f64 = 0.2;

/// Computed leans within this distance of zero get a factor's "similar" reason key.
pub const SIMILAR_BAND: f64 = 0.1;

/// The verdict for a weighted mean lean: `≤ −0.2` micro, `≥ +0.2` macro, otherwise (and for
/// NaN) mix.
#[must_use]
pub fn verdict_for_lean(lean: f64) -> Verdict {
    if lean <= MICRO_THRESHOLD {
        Verdict::Micro
    } else if lean >= MACRO_THRESHOLD {
        Verdict::Macro
    } else {
        Verdict::Mix
    }
}

/// One factor's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactorScore {
    /// The factor.
    pub factor: Factor,
    /// Lean in `[−1, +1]`: −1 micro, +1 macro.
    pub lean: f64,
    /// Weight in the verdict.
    pub weight: f64,
    /// Why.
    pub reason: ReasonKey,
    /// What the lean rests on.
    pub basis: Basis,
}

/// How to divide the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BudgetSplit {
    /// For micro creators.
    pub micro: Money,
    /// For macro creators.
    pub macro_side: Money,
}

impl BudgetSplit {
    /// Share of the budget for micro creators (0–1); 0 for an empty budget.
    #[must_use]
    pub fn micro_share(&self) -> f64 {
        let total = self.micro.cents().saturating_add(self.macro_side.cents());
        if total > 0 {
            self.micro.cents() as f64 / total as f64
        } else {
            0.0
        }
    }
}

/// The recommendation for a brief.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// The nine factor scores, in [`Factor::ALL`] order.
    pub factors: Vec<FactorScore>,
    /// Weighted mean lean.
    pub weighted_lean: f64,
    /// What the leans alone say.
    pub lean_verdict: Verdict,
    /// The verdict after the budget rules.
    pub verdict: Verdict,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
    /// Suggested budget split (adds up to the budget exactly).
    pub split: BudgetSplit,
    /// Notes on budget rules that changed the verdict.
    pub notes: Vec<ReasonKey>,
}

impl Recommendation {
    /// The score of `factor`.
    #[must_use]
    pub fn score(&self, factor: Factor) -> Option<&FactorScore> {
        self.factors.iter().find(|s| s.factor == factor)
    }
}

/// Scores the nine factors for a brief and an optional roster (pass `&[]` for none) and
/// recommends micro, macro or a mix.
pub fn recommend(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
) -> Result<Recommendation, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let roster = resolve_roster(roster, &ctx)?;
    Ok(Scorer::new(&ctx, &roster).recommend())
}

/// What the roster says about one side of the question.
#[derive(Debug, Clone, Copy, Default)]
struct SideStats {
    creators: usize,
    median_engagement: f64,
    mean_fake: f64,
    flagged_share: f64,
    mean_niche_fit: Option<f64>,
    loaded_cost_cents: f64,
    engaged: f64,
}

impl SideStats {
    fn of(roster: &[CreatorMetrics], side: Side) -> Self {
        let members: Vec<&CreatorMetrics> = roster.iter().filter(|m| m.side == side).collect();
        let n = members.len();
        if n == 0 {
            return SideStats::default();
        }
        let mut rates: Vec<f64> = members.iter().map(|m| m.engagement_rate).collect();
        rates.sort_by(f64::total_cmp);
        let median = if n % 2 == 1 {
            rates[n / 2]
        } else {
            (rates[n / 2 - 1] + rates[n / 2]) / 2.0
        };
        let fits: Vec<f64> = members.iter().filter_map(|m| m.niche_fit).collect();
        SideStats {
            creators: n,
            median_engagement: median,
            mean_fake: members.iter().map(|m| m.fake_follower_share).sum::<f64>() / n as f64,
            flagged_share: members.iter().filter(|m| m.brand_risk).count() as f64 / n as f64,
            mean_niche_fit: (!fits.is_empty())
                .then(|| fits.iter().sum::<f64>() / fits.len() as f64),
            loaded_cost_cents: members
                .iter()
                .map(|m| m.cost.cents() as f64 + m.management_cost.cents() as f64)
                .sum(),
            engaged: members.iter().map(|m| m.engaged_audience).sum(),
        }
    }
}

/// `(macro − micro) ÷ max(micro, macro)`, 0 when both are 0.
fn rel(micro: f64, macro_: f64) -> f64 {
    let max = micro.max(macro_);
    if max > 0.0 {
        ((macro_ - micro) / max).clamp(-1.0, 1.0)
    } else {
        0.0
    }
}

/// Picks the reason key for a computed lean: micro side, macro side or similar.
fn by_lean(lean: f64, micro: ReasonKey, macro_: ReasonKey, similar: ReasonKey) -> ReasonKey {
    if lean.abs() < SIMILAR_BAND {
        similar
    } else if lean < 0.0 {
        micro
    } else {
        macro_
    }
}

struct Scorer<'c, 'a> {
    ctx: &'c Ctx<'a>,
    planner: Planner<'c, 'a>,
    micro: SideStats,
    macro_: SideStats,
}

impl<'c, 'a> Scorer<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>, roster: &[CreatorMetrics]) -> Self {
        Scorer {
            ctx,
            planner: Planner::new(ctx),
            micro: SideStats::of(roster, Side::Micro),
            macro_: SideStats::of(roster, Side::Macro),
        }
    }

    fn recommend(&self) -> Recommendation {
        let brief = self.ctx.brief;
        let budget = brief.budget;
        let swarm = self.planner.plan(Strategy::MicroSwarm, budget);
        let single = self.planner.plan(Strategy::SingleMacro, budget);
        let swarm_totals = swarm.totals(self.ctx);
        let single_totals = single.totals(self.ctx);
        let macro_affordable = single.macro_.is_some();
        let micro_affordable = swarm_totals.creators > 0;

        let scores = Factor::ALL.iter().map(|&factor| {
            let (lean, reason, basis) = match factor {
                Factor::AudienceSize => {
                    if !macro_affordable {
                        (
                            -1.0,
                            ReasonKey::AudienceMacroUnaffordable,
                            Basis::Benchmarks,
                        )
                    } else if !micro_affordable {
                        (1.0, ReasonKey::AudienceMicroUnaffordable, Basis::Benchmarks)
                    } else {
                        let lean = rel(
                            swarm_totals.effective_reach.unique,
                            single_totals.effective_reach.unique,
                        );
                        let reason = by_lean(
                            lean,
                            ReasonKey::AudienceMicroSwarmReachesMore,
                            ReasonKey::AudienceMacroReachesMore,
                            ReasonKey::AudienceSimilarReach,
                        );
                        (lean, reason, Basis::Benchmarks)
                    }
                }
                Factor::Engagement => self.engagement(),
                Factor::Cost => self.cost(
                    &swarm_totals,
                    &single_totals,
                    macro_affordable,
                    micro_affordable,
                ),
                Factor::Geography => match brief.geography {
                    GeoScope::Local => (-1.0, ReasonKey::GeographyLocal, Basis::Brief),
                    GeoScope::National => (0.0, ReasonKey::GeographyNational, Basis::Brief),
                    GeoScope::International => {
                        (1.0, ReasonKey::GeographyInternational, Basis::Brief)
                    }
                },
                Factor::Reputation => self.reputation(),
                Factor::Authenticity => self.authenticity(),
                Factor::Niche => self.niche(),
                Factor::Content => {
                    let base = match brief.content_style {
                        ContentStyle::Authentic => (-1.0, ReasonKey::ContentAuthentic),
                        ContentStyle::Balanced => (0.0, ReasonKey::ContentBalanced),
                        ContentStyle::Polished => (1.0, ReasonKey::ContentPolished),
                    };
                    let reuse = if brief.usage_rights { -0.25 } else { 0.0 };
                    let reason =
                        if brief.usage_rights && brief.content_style == ContentStyle::Balanced {
                            ReasonKey::ContentReusableLibrary
                        } else {
                            base.1
                        };
                    (base.0 + reuse, reason, Basis::Brief)
                }
                Factor::Objectives => match brief.objective {
                    Objective::Awareness => (1.0, ReasonKey::ObjectivesAwareness, Basis::Brief),
                    Objective::Community => (-1.0, ReasonKey::ObjectivesCommunity, Basis::Brief),
                    Objective::Conversion => (-0.5, ReasonKey::ObjectivesConversion, Basis::Brief),
                    Objective::Content => (-0.5, ReasonKey::ObjectivesContent, Basis::Brief),
                },
            };
            FactorScore {
                factor,
                lean: if lean.is_nan() {
                    0.0
                } else {
                    lean.clamp(-1.0, 1.0)
                },
                weight: self.ctx.a.factor_weights.get(factor).value,
                reason,
                basis,
            }
        });
        let factors: Vec<FactorScore> = scores.collect();

        let total_weight: f64 = factors.iter().map(|s| s.weight).sum();
        let (lean, decisiveness) = if total_weight > 0.0 {
            (
                factors.iter().map(|s| s.weight * s.lean).sum::<f64>() / total_weight,
                factors.iter().map(|s| s.weight * s.lean.abs()).sum::<f64>() / total_weight,
            )
        } else {
            (0.0, 0.0)
        };
        let lean_verdict = verdict_for_lean(lean);
        let (verdict, split, notes, forced) = self.apply_budget_rules(lean, lean_verdict);
        let margin = match verdict {
            Verdict::Micro | Verdict::Macro => {
                ((lean.abs() - MACRO_THRESHOLD) / (1.0 - MACRO_THRESHOLD)).clamp(0.0, 1.0)
            }
            Verdict::Mix => ((MACRO_THRESHOLD - lean.abs()) / MACRO_THRESHOLD).clamp(0.0, 1.0),
        };
        let confidence = if forced {
            1.0
        } else {
            (margin + decisiveness) / 2.0
        };
        Recommendation {
            factors,
            weighted_lean: lean,
            lean_verdict,
            verdict,
            confidence,
            split,
            notes,
        }
    }

    /// Rules 1 and 2 of the module docs, and the split. Returns (verdict, split, notes, forced
    /// by rule 1).
    fn apply_budget_rules(
        &self,
        lean: f64,
        lean_verdict: Verdict,
    ) -> (Verdict, BudgetSplit, Vec<ReasonKey>, bool) {
        let budget = self.ctx.brief.budget;
        let zero = Money::zero(budget.currency());
        let all_micro = BudgetSplit {
            micro: budget,
            macro_side: zero,
        };
        let all_macro = BudgetSplit {
            micro: zero,
            macro_side: budget,
        };
        let cheapest_macro = self.planner.cheapest_macro();
        if budget.cents() < cheapest_macro.cents() {
            let notes = if lean_verdict == Verdict::Micro {
                Vec::new()
            } else {
                vec![ReasonKey::NoteMacroUnaffordable]
            };
            return (Verdict::Micro, all_micro, notes, true);
        }
        match lean_verdict {
            Verdict::Micro => (Verdict::Micro, all_micro, Vec::new(), false),
            Verdict::Macro => (Verdict::Macro, all_macro, Vec::new(), false),
            Verdict::Mix => {
                let (mut micro, mut macro_side) = budget.split((1.0 - lean) / 2.0);
                if macro_side.cents() < cheapest_macro.cents() {
                    macro_side = cheapest_macro;
                    micro = Money::from_cents(
                        budget.cents() - cheapest_macro.cents(),
                        budget.currency(),
                    );
                }
                if micro.cents() < self.planner.micro_price().cents() {
                    let (verdict, split) = if lean < 0.0 {
                        (Verdict::Micro, all_micro)
                    } else {
                        (Verdict::Macro, all_macro)
                    };
                    return (verdict, split, vec![ReasonKey::NoteMixUnaffordable], false);
                }
                (
                    Verdict::Mix,
                    BudgetSplit { micro, macro_side },
                    Vec::new(),
                    false,
                )
            }
        }
    }

    fn engagement(&self) -> (f64, ReasonKey, Basis) {
        let ctx = self.ctx;
        let platform = ctx.brief.platform;
        let side_rate = |s: &SideStats, tier: Tier| {
            if s.creators > 0 {
                s.median_engagement
            } else {
                ctx.default_engagement_rate(platform, tier)
            }
        };
        let micro = side_rate(&self.micro, Tier::Micro);
        let macro_ = side_rate(&self.macro_, Tier::Macro);
        let lean = rel(micro, macro_);
        let reason = by_lean(
            lean,
            ReasonKey::EngagementMicroRateHigher,
            ReasonKey::EngagementMacroRateHigher,
            ReasonKey::EngagementSimilarRates,
        );
        (lean, reason, self.roster_basis())
    }

    fn cost(
        &self,
        swarm: &CampaignTotals,
        single: &CampaignTotals,
        macro_affordable: bool,
        micro_affordable: bool,
    ) -> (f64, ReasonKey, Basis) {
        let per_engaged = |cost: f64, engaged: f64| (engaged > 0.0).then(|| cost / engaged);
        let from_roster = self.micro.creators > 0 && self.macro_.creators > 0;
        let (micro, macro_, basis) = if from_roster {
            (
                per_engaged(self.micro.loaded_cost_cents, self.micro.engaged),
                per_engaged(self.macro_.loaded_cost_cents, self.macro_.engaged),
                Basis::Roster,
            )
        } else if !macro_affordable {
            return (-1.0, ReasonKey::CostMacroUnaffordable, Basis::Benchmarks);
        } else if !micro_affordable {
            return (1.0, ReasonKey::CostMicroUnaffordable, Basis::Benchmarks);
        } else {
            (
                per_engaged(swarm.loaded_cost().cents() as f64, swarm.engaged_audience),
                per_engaged(single.loaded_cost().cents() as f64, single.engaged_audience),
                Basis::Benchmarks,
            )
        };
        // A side that engages nobody is infinitely expensive per engaged person.
        let lean = match (micro, macro_) {
            (Some(m), Some(mm)) => {
                let max = m.max(mm);
                if max > 0.0 { (m - mm) / max } else { 0.0 }
            }
            (None, Some(_)) => 1.0,
            (Some(_), None) => -1.0,
            (None, None) => 0.0,
        };
        let mut reason = by_lean(
            lean,
            ReasonKey::CostMicroCheaper,
            ReasonKey::CostMacroCheaper,
            ReasonKey::CostSimilar,
        );
        let capacity = self.ctx.brief.management_capacity_hours;
        let hours = swarm.management_hours;
        let mut lean = lean;
        if micro_affordable && hours > capacity {
            lean += 1.0 - capacity / hours;
            reason = ReasonKey::CostMicroExceedsCapacity;
        }
        (lean, reason, basis)
    }

    fn reputation(&self) -> (f64, ReasonKey, Basis) {
        let (base, key) = match self.ctx.brief.risk_tolerance {
            RiskTolerance::Low => (-1.0, ReasonKey::ReputationLowTolerance),
            RiskTolerance::Medium => (0.0, ReasonKey::ReputationMediumTolerance),
            RiskTolerance::High => (0.5, ReasonKey::ReputationHighTolerance),
        };
        let adjust = 0.5 * (self.micro.flagged_share - self.macro_.flagged_share);
        if adjust == 0.0 {
            return (base, key, Basis::Brief);
        }
        let reason = if base == 0.0 {
            if adjust < 0.0 {
                ReasonKey::ReputationFlaggedMacro
            } else {
                ReasonKey::ReputationFlaggedMicro
            }
        } else {
            key
        };
        (base + adjust, reason, Basis::Roster)
    }

    fn authenticity(&self) -> (f64, ReasonKey, Basis) {
        let a = self.ctx.a;
        let side_fake = |s: &SideStats, tier: Tier| {
            if s.creators > 0 {
                s.mean_fake
            } else {
                a.fake_follower_share.get(tier).value
            }
        };
        let micro = side_fake(&self.micro, Tier::Micro);
        let macro_ = side_fake(&self.macro_, Tier::Macro);
        // More fake followers on the macro side leans micro: the sign is flipped.
        let lean = -rel(micro, macro_);
        let reason = by_lean(
            lean,
            ReasonKey::AuthenticityMacroMoreFake,
            ReasonKey::AuthenticityMicroMoreFake,
            ReasonKey::AuthenticitySimilarFake,
        );
        (lean, reason, self.roster_basis())
    }

    fn niche(&self) -> (f64, ReasonKey, Basis) {
        let (base, key) = match self.ctx.brief.niche_depth {
            NicheDepth::Deep => (-1.0, ReasonKey::NicheDeep),
            NicheDepth::Focused => (0.0, ReasonKey::NicheFocused),
            NicheDepth::Broad => (1.0, ReasonKey::NicheBroad),
        };
        let (Some(micro), Some(macro_)) = (self.micro.mean_niche_fit, self.macro_.mean_niche_fit)
        else {
            return (base, key, Basis::Brief);
        };
        let adjust = 0.5 * (macro_ - micro);
        let reason = if base == 0.0 && adjust != 0.0 {
            if adjust < 0.0 {
                ReasonKey::NicheMicroFitHigher
            } else {
                ReasonKey::NicheMacroFitHigher
            }
        } else {
            key
        };
        (base + adjust, reason, Basis::Roster)
    }

    /// Roster when the roster informed at least one side, else the benchmarks.
    fn roster_basis(&self) -> Basis {
        if self.micro.creators > 0 || self.macro_.creators > 0 {
            Basis::Roster
        } else {
            Basis::Benchmarks
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::creator::EngagementRate;
    use crate::money::Currency;
    use crate::platform::Platform;

    #[test]
    fn factor_ids_in_article_order() {
        assert_eq!(
            Factor::IDS,
            [
                "audience_size",
                "engagement",
                "cost",
                "geography",
                "reputation",
                "authenticity",
                "niche",
                "content",
                "objectives"
            ]
        );
        assert_eq!(Verdict::IDS, ["micro", "macro", "mix"]);
    }

    #[test]
    fn reason_keys_are_unique_dotted_and_name_their_factor() {
        let mut keys = ALL_REASON_KEYS.to_vec();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL_REASON_KEYS.len());
        for key in ReasonKey::ALL.iter().copied() {
            let parts: Vec<_> = key.key().split('.').collect();
            assert!(
                parts.len() == 3 || (parts.len() == 2 && parts[0] == "note"),
                "{key}"
            );
            if parts[0] == "factor" {
                assert_eq!(key.factor().map(Factor::as_str), Some(parts[1]));
            } else {
                assert_eq!(key.factor(), None);
            }
        }
        // Every factor has at least one reason key.
        for f in Factor::ALL {
            assert!(ReasonKey::ALL.iter().any(|k| k.factor() == Some(*f)), "{f}");
        }
    }

    #[test]
    fn verdict_thresholds_are_inclusive() {
        let cases = [
            (-1.0, Verdict::Micro),
            (-0.2, Verdict::Micro),
            (-0.199_999, Verdict::Mix),
            (0.0, Verdict::Mix),
            (0.199_999, Verdict::Mix),
            (0.2, Verdict::Macro),
            (1.0, Verdict::Macro),
            (f64::NAN, Verdict::Mix),
        ];
        for (lean, verdict) in cases {
            assert_eq!(verdict_for_lean(lean), verdict, "{lean}");
        }
    }

    fn brief_leaning(micro: bool) -> Brief {
        if micro {
            Brief {
                objective: Objective::Community,
                geography: GeoScope::Local,
                niche_depth: NicheDepth::Deep,
                risk_tolerance: RiskTolerance::Low,
                content_style: ContentStyle::Authentic,
                budget: Money::from_major(20_000, Currency::Eur),
                management_capacity_hours: 1_000.0,
                ..Brief::default()
            }
        } else {
            Brief {
                objective: Objective::Awareness,
                geography: GeoScope::International,
                niche_depth: NicheDepth::Broad,
                risk_tolerance: RiskTolerance::High,
                content_style: ContentStyle::Polished,
                usage_rights: false,
                budget: Money::from_major(20_000, Currency::Eur),
                universe: 500_000_000,
                management_capacity_hours: 8.0,
                ..Brief::default()
            }
        }
    }

    #[test]
    fn clear_briefs_get_clear_verdicts() {
        let a = Assumptions::default();
        let micro = recommend(&brief_leaning(true), &a, &[]).unwrap();
        assert_eq!(micro.verdict, Verdict::Micro);
        assert_eq!(micro.split.micro, micro_budget());
        let mac = recommend(&brief_leaning(false), &a, &[]).unwrap();
        assert_eq!(mac.verdict, Verdict::Macro, "{mac:#?}");
        assert!(mac.split.micro.is_zero());
        for r in [&micro, &mac] {
            assert_eq!(r.factors.len(), 9);
            assert!((0.0..=1.0).contains(&r.confidence));
            assert!(r.notes.is_empty());
        }
    }

    fn micro_budget() -> Money {
        Money::from_major(20_000, Currency::Eur)
    }

    #[test]
    fn a_budget_below_the_cheapest_macro_forces_micro() {
        let brief = Brief {
            budget: Money::from_major(300, Currency::Eur),
            ..brief_leaning(false)
        };
        let r = recommend(&brief, &Assumptions::default(), &[]).unwrap();
        // The brief leans macro, but audience size and cost already lean micro because no
        // macro is affordable: the leans alone say mix; the budget rule says micro.
        assert_eq!(r.lean_verdict, Verdict::Mix);
        assert_eq!(
            r.score(Factor::Cost).unwrap().reason,
            ReasonKey::CostMacroUnaffordable
        );
        assert_eq!(r.verdict, Verdict::Micro);
        assert_eq!(r.notes, [ReasonKey::NoteMacroUnaffordable]);
        assert_eq!(r.confidence, 1.0);
        assert_eq!(r.split.micro, brief.budget);
    }

    #[test]
    fn a_mix_split_adds_up_and_follows_the_lean() {
        let brief = Brief {
            budget: Money::from_cents(1_234_567, Currency::Eur),
            ..Brief::default()
        };
        let mut a = Assumptions::default();
        // Only the geography factor counts, and it is neutral: L = 0 → mix, 50/50.
        for (f, w) in a.factor_weights.0.iter_mut().enumerate() {
            w.set(if f == Factor::Geography.index() {
                1.0
            } else {
                0.0
            });
        }
        let r = recommend(&brief, &a, &[]).unwrap();
        assert_eq!(r.verdict, Verdict::Mix);
        assert_eq!(
            r.split.micro.cents() + r.split.macro_side.cents(),
            brief.budget.cents()
        );
        assert!((r.split.micro_share() - 0.5).abs() < 1e-6);
        // Neutral factors: decisiveness 0, margin 1.
        assert!((r.confidence - 0.5).abs() < 1e-12);
    }

    #[test]
    fn the_roster_informs_engagement_and_reputation() {
        let micro = Creator::new(Platform::Instagram, 40_000)
            .with_engagement(EngagementRate::per_follower(0.06));
        let mut flagged_macro = Creator::new(Platform::Instagram, 400_000)
            .with_engagement(EngagementRate::per_follower(0.01));
        flagged_macro.brand_risk = true;
        let r = recommend(
            &Brief::default(),
            &Assumptions::default(),
            &[micro, flagged_macro],
        )
        .unwrap();
        let e = r.score(Factor::Engagement).unwrap();
        assert_eq!(
            (e.reason, e.basis),
            (ReasonKey::EngagementMicroRateHigher, Basis::Roster)
        );
        assert!((e.lean - (0.01 - 0.06) / 0.06).abs() < 1e-12);
        let rep = r.score(Factor::Reputation).unwrap();
        assert_eq!(rep.reason, ReasonKey::ReputationFlaggedMacro);
        assert!((rep.lean + 0.5).abs() < 1e-12);
        let cost = r.score(Factor::Cost).unwrap();
        assert_eq!(cost.basis, Basis::Roster);
    }

    #[test]
    fn exceeding_capacity_pushes_cost_towards_macro() {
        let brief = Brief {
            management_capacity_hours: 0.0,
            ..Brief::default()
        };
        let r = recommend(&brief, &Assumptions::default(), &[]).unwrap();
        let cost = r.score(Factor::Cost).unwrap();
        assert_eq!(cost.reason, ReasonKey::CostMicroExceedsCapacity);
        let roomy = recommend(
            &Brief {
                management_capacity_hours: 10_000.0,
                ..Brief::default()
            },
            &Assumptions::default(),
            &[],
        )
        .unwrap();
        assert!(cost.lean > roomy.score(Factor::Cost).unwrap().lean);
    }
}
