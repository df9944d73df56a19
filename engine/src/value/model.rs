//! The value of a plan, per objective, and the items the optimiser works on.
//!
//! Every candidate `i` of the pool ([`pool`](crate::value::pool)) becomes an item with a cost `cᵢ`
//! (fees: price × posts), management hours `hᵢ`, an audience cell, and its contribution to the
//! objective. A plan takes `nᵢ` copies of each item; its value is
//!
//! ```text
//! V = w · Σ_cells U_c · (1 − Π_i (1 − min(1, aᵢ / U_c))^nᵢ)  +  Σ_i nᵢ · lᵢ
//! ```
//!
//! a random-duplication coverage term per audience cell (universe `U_c`, [`overlap`](crate::value::overlap)
//! (crate::value::overlap)) plus a linear term. Both are monotone and the coverage term is submodular,
//! so `V` is monotone submodular: the class the optimiser's guarantees are about.
//!
//! Each creator's contribution is multiplied by `mᵢ = qᵢ · fitᵢ · styleᵢ`, the brief's other
//! factors acting as stated multipliers:
//!
//! | multiplier | formula | factor |
//! |---|---|---|
//! | delivery `q` | `1 − min(1, backlash exposure × weight(risk tolerance))` | 5 reputation: the expected share of value lost to a backlash |
//! | niche fit | the creator's fit, else the table's fit for the brief's niche depth and tier | 7 niche |
//! | style fit | the table's fit of the tier's content for the brief's content style | 8 content |
//!
//! (Geography acts through the region share `g` and the universes, niche depth through the
//! universes and the market's supply ([`market`](crate::market)), authenticity through the
//! fake followers in the reach rate (the tier's typical share, or the creator's own), engagement through the engaged audience, cost
//! through `cᵢ`, team hours as a second limit only when the user sets one; see
//! [`decision`](crate::decision::decide).) Each audience cell's universe `U_c` is the people on its
//! platform in the brief's region and niche.
//!
//! | objective | `aᵢ` (coverage) | `lᵢ` (linear) | unit |
//! |---|---|---|---|
//! | awareness | `m · effective reach` | 0 | people in the region |
//! | community | `m · E · L(H)` with weight `1 − γ` | `γ · m · E · L(H) · posts` | engaged people over the horizon |
//! | conversion | 0 | `m · conversions · g` (× AOV × margin when both are given) | conversions (or gross profit) |
//! | content | 0 | `m · posts · asset value · reuse share · min(H, life) ÷ life` | money |
//!
//! where `E = followers × ER × g` is the effective engaged audience, `γ` the credit for a
//! repeated engaged exposure ([`Assumptions::repeat_exposure_credit`](crate::Assumptions)),
//! and `L(H) = (1 − r^H) ÷ (1 − r)` the engagement a post keeps drawing over a horizon of `H`
//! weeks with weekly retention `r` (article 004: micro content keeps delivering; a macro post
//! fades fast). With `H = 1`, `L = 1` for every tier, so the horizon changes which plan is best.
//!
//! Invariants: every item's cost and hours ≥ 0, coverage and linear terms finite and
//! ≥ 0; `Model::value` is exactly the objective the optimiser maximises.

use crate::inputs::brief::{Brief, Objective};
use crate::inputs::creator::Choice;
use crate::inputs::factors::Factor;
use crate::inputs::ids::id_enum;
use crate::inputs::platform::Platform;
use crate::inputs::tier::{Side, Tier};
use crate::value::context::Ctx;
use crate::value::metrics::CreatorMetrics;
use crate::value::pool::Pool;
use crate::value::value_over_time::content_share;

id_enum! {
    /// What a plan's value counts.
    pub enum ValueUnit: "value unit" {
        /// People reached in the target region (awareness).
        People => "people",
        /// Engaged people over the horizon (community).
        EngagedPeople => "engaged_people",
        /// Expected conversions (conversion, without order value and margin).
        Conversions => "conversions",
        /// Money in the brief's currency (content; conversion with order value and margin).
        Money => "money",
    }
}

impl ValueUnit {
    /// How many units a price ceiling is quoted for ([`Brief::price_ceiling`](crate::Brief::price_ceiling)):
    /// 1,000 people reached (as a CPM is), one engaged person, one conversion; `None` for
    /// money, whose worth is the profit rule.
    #[must_use]
    pub fn ceiling_units(self) -> Option<f64> {
        match self {
            ValueUnit::People => Some(1_000.0),
            ValueUnit::EngagedPeople | ValueUnit::Conversions => Some(1.0),
            ValueUnit::Money => None,
        }
    }
}

/// One candidate as the optimiser sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Item {
    /// Audience cell (index into [`Model::universes`]).
    pub cell: usize,
    /// Adjusted audience one copy adds to the coverage term (people).
    pub cover: f64,
    /// Value one copy adds linearly.
    pub linear: f64,
    /// Fees of one copy, in cents (≥ 0: a creator may work for free).
    pub cost: i64,
    /// Management hours of one copy.
    pub hours: f64,
    /// Copies available.
    pub available: u64,
    /// Micro or macro side.
    pub side: Side,
    /// Pinned by the user: always in the plans of its side.
    pub pinned: bool,
}

/// The objective's shape: cell universes and the weight of the coverage term.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Model {
    /// People in each audience cell.
    pub universes: Vec<f64>,
    /// Weight `w` of the coverage term.
    pub cover_weight: f64,
    /// What one team hour costs, in cents: the floor of value per euro counts a copy's hours at
    /// this cost beside its fee (time is a cost; [`worth`](crate::value::worth)).
    pub hour_cost: f64,
}

impl Model {
    /// The value of taking `counts[i]` copies of each item (exact; used to check the optimiser).
    pub fn value(&self, items: &[Item], counts: &[u64]) -> f64 {
        self.value_of(items, counts.iter().copied().enumerate())
    }

    /// Each cell's share of its universe that `counts` leaves unreached (random duplication).
    pub fn unreached(&self, items: &[Item], counts: &[u64]) -> Vec<f64> {
        let mut log = vec![0.0_f64; self.universes.len()];
        for (item, &n) in items.iter().zip(counts) {
            if item.cover > 0.0 && n > 0 {
                let p = (item.cover / self.universes[item.cell]).min(1.0);
                log[item.cell] += (-p).ln_1p() * n as f64;
            }
        }
        log.into_iter().map(f64::exp).collect()
    }

    /// The value of taking `n` copies of item `i` for each `(i, n)` (an item at most once).
    pub fn value_of(&self, items: &[Item], picks: impl IntoIterator<Item = (usize, u64)>) -> f64 {
        let mut log_missed = vec![0.0_f64; self.universes.len()];
        let mut linear = 0.0;
        for (i, n) in picks {
            let item = &items[i];
            if n == 0 {
                continue;
            }
            linear += item.linear * n as f64;
            if item.cover > 0.0 {
                let p = (item.cover / self.universes[item.cell]).min(1.0);
                log_missed[item.cell] += n as f64 * (-p).ln_1p();
            }
        }
        let coverage: f64 = log_missed
            .iter()
            .zip(&self.universes)
            .map(|(l, u)| u * -l.exp_m1())
            .sum();
        self.cover_weight * coverage + linear
    }
}

/// Pool-wide figures the counterfactuals neutralise to (one value for every creator, so the
/// neutralised factor no longer tells micro from macro).
#[derive(Debug, Clone, Copy)]
struct Neutral {
    reach_rate: f64,
    engagement_rate: f64,
    price_per_follower: f64,
}

impl Neutral {
    /// The pool-wide figure a run that neutralises `off` reads (`parts` reads each only for
    /// its factor); the others are not-a-number, so a read by mistake could not pass for a
    /// figure. Only what is read is computed: a median sorts the pool, and of a decision's
    /// dozen runs, two read one.
    fn of(ctx: &Ctx<'_>, pool: &Pool, off: Option<Factor>) -> Self {
        let mut neutral = Neutral {
            reach_rate: f64::NAN,
            engagement_rate: f64::NAN,
            price_per_follower: f64::NAN,
        };
        match off {
            Some(Factor::AudienceSize) => {
                let tiers = Tier::ALL.len() as f64;
                neutral.reach_rate =
                    ctx.a.reach_rate.iter().map(|(_, r)| r.value).sum::<f64>() / tiers;
            }
            Some(Factor::Engagement) => {
                neutral.engagement_rate =
                    median(pool.candidates.iter().map(|c| c.metrics.engagement_rate));
            }
            Some(Factor::Cost) => {
                neutral.price_per_follower =
                    median(pool.candidates.iter().map(|c| {
                        c.metrics.price_per_post.cents() as f64 / c.metrics.followers as f64
                    }));
            }
            _ => {}
        }
        neutral
    }
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return 0.0;
    }
    crate::order::sort_by(&mut v, f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

/// Engagement a post keeps drawing over `weeks` with weekly retention `r`, relative to its
/// first week: `(1 − r^H) ÷ (1 − r)`.
pub fn lasting_engagement(retention: f64, weeks: u32) -> f64 {
    if retention <= 0.0 {
        return 1.0;
    }
    (1.0 - retention.powi(weeks.min(10_000) as i32)) / (1.0 - retention)
}

/// The unit of the objective's value for this brief.
pub(crate) fn unit(ctx: &Ctx<'_>, objective: Objective) -> ValueUnit {
    match objective {
        Objective::Awareness => ValueUnit::People,
        Objective::Community => ValueUnit::EngagedPeople,
        Objective::Conversion if order_value(ctx).is_some() => ValueUnit::Money,
        Objective::Conversion => ValueUnit::Conversions,
        Objective::Content => ValueUnit::Money,
    }
}

/// Gross profit per conversion (AOV × margin, in the brief's currency's major units), when
/// both are given.
pub(crate) fn order_value(ctx: &Ctx<'_>) -> Option<f64> {
    let aov = ctx.brief.aov?;
    let margin = ctx.brief.margin?;
    Some(ctx.cents_f64(aov) / 100.0 * margin)
}

/// The multipliers and neutral figures for one creator.
struct Parts {
    delivery: f64,
    fit: f64,
    style: f64,
    lasting: f64,
    effective_reach: f64,
    effective_engaged: f64,
    conversions: f64,
    cost: i64,
}

fn parts(ctx: &Ctx<'_>, m: &CreatorMetrics, neutral: &Neutral, off: Option<Factor>) -> Parts {
    let a = ctx.a;
    let brief = ctx.brief;
    let followers = m.followers as f64;
    let posts = f64::from(m.posts);
    let tier_rate = a.reach_rate.get(m.tier).value;
    // The creator's reach rate carries its fake-follower adjustment (metrics).
    let own_rate = if followers > 0.0 {
        m.reach_per_post / followers
    } else {
        0.0
    };
    let rate = match off {
        Some(Factor::AudienceSize) if tier_rate > 0.0 => {
            (own_rate / tier_rate * neutral.reach_rate).min(1.0)
        }
        Some(Factor::Authenticity) => {
            // No fake followers: the tier's rate without the typical fake share it includes,
            // so the factor acts on typical creators too (their tiers' shares differ).
            let tier_real = 1.0 - a.fake_follower_share.get(m.tier).value;
            if tier_real > 0.0 {
                (tier_rate / tier_real).min(1.0)
            } else {
                tier_rate
            }
        }
        _ => own_rate,
    };
    let region = if off == Some(Factor::Geography) {
        1.0
    } else {
        m.target_region_share
    };
    let unique_share = -(posts * (-rate).ln_1p()).exp_m1();
    let engagement = if off == Some(Factor::Engagement) {
        neutral.engagement_rate
    } else {
        m.engagement_rate
    };
    let cost = if off == Some(Factor::Cost) {
        // Saturating: a median price per follower times a mega creator's followers and posts
        // can pass i64 (property testing found it); such a creator is simply unaffordable.
        ((neutral.price_per_follower * followers).round() as i64)
            .max(0)
            .saturating_mul(i64::from(m.posts))
    } else {
        m.cost.cents().max(0)
    };
    let delivery = if off == Some(Factor::Reputation) {
        1.0
    } else {
        let weight = a.backlash_weight.get(brief.risk_tolerance).value;
        1.0 - (m.backlash_exposure * weight).min(1.0)
    };
    let fit = if off == Some(Factor::Niche) {
        1.0
    } else {
        m.niche_fit
            .unwrap_or(a.niche_fit.get(brief.niche_depth).get(m.tier).value)
    };
    let (style, lasting) = if off == Some(Factor::Content) {
        (1.0, 1.0)
    } else {
        (
            a.content_style_fit
                .get(brief.content_style)
                .get(m.tier)
                .value,
            lasting_engagement(a.weekly_retention.get(m.tier).value, brief.horizon_weeks),
        )
    };
    Parts {
        delivery,
        fit,
        style,
        lasting,
        effective_reach: followers * unique_share * region,
        effective_engaged: followers * engagement * region,
        // Orders come from the people in the target region (a local shop sells locally).
        conversions: posts * followers * engagement * m.conversion_rate * region,
        cost,
    }
}

/// The optimiser's items for the pool, the objective and (for a counterfactual) one factor
/// whose effect is neutralised, plus the model that values them.
pub(crate) fn items(
    ctx: &Ctx<'_>,
    pool: &Pool,
    objective: Objective,
    off: Option<Factor>,
) -> (Vec<Item>, Model) {
    let a = ctx.a;
    let brief = ctx.brief;
    let neutral = Neutral::of(ctx, pool, off);
    // A cell's universe: the platform's users in the region, in the brief's niche (or in all
    // niches when the niche's effect is neutralised).
    let niche_off = Brief {
        niche_depth: crate::inputs::brief::NicheDepth::Broad,
        ..brief.clone()
    };
    let universe = |platform: Platform| {
        if off == Some(Factor::Niche) {
            a.market.universe(&niche_off, platform)
        } else {
            ctx.universe(platform)
        }
    };
    let mut cells: Vec<(Platform, Option<&str>)> = Vec::new();
    let gamma = a.repeat_exposure_credit.value;
    let per_order = order_value(ctx);
    let horizon_share = (f64::from(brief.horizon_weeks) / a.content_life_weeks.value).min(1.0);
    let items = pool
        .candidates
        .iter()
        .map(|c| {
            let m = &c.metrics;
            let key = (m.platform, m.niche.as_deref());
            let cell = cells.iter().position(|k| *k == key).unwrap_or_else(|| {
                cells.push(key);
                cells.len() - 1
            });
            let p = parts(ctx, m, &neutral, off);
            let mult = p.delivery * p.fit * p.style;
            let (cover, linear) = match objective {
                Objective::Awareness => (mult * p.effective_reach, 0.0),
                Objective::Community => {
                    let engaged = mult * p.effective_engaged * p.lasting;
                    (engaged, gamma * engaged * f64::from(m.posts))
                }
                Objective::Conversion => (0.0, mult * p.conversions * per_order.unwrap_or(1.0)),
                Objective::Content => {
                    let share = if off == Some(Factor::Content) {
                        1.0
                    } else {
                        content_share(ctx, m.tier)
                    };
                    let asset = ctx.cents_f64(a.content_asset_value.get(m.tier).value) / 100.0;
                    (
                        0.0,
                        mult * f64::from(m.posts) * asset * share * horizon_share,
                    )
                }
            };
            Item {
                cell,
                cover: finite(cover),
                linear: finite(linear),
                cost: p.cost,
                hours: m.management_hours.max(0.0),
                available: c.available,
                side: c.side(),
                pinned: c.choice == Choice::Pinned,
            }
        })
        .collect();
    let cover_weight = match objective {
        Objective::Community => 1.0 - gamma,
        _ => 1.0,
    };
    let mut universes: Vec<f64> = cells
        .iter()
        .map(|(platform, _)| universe(*platform))
        .collect();
    if universes.is_empty() {
        universes.push(universe(brief.platform));
    }
    let model = Model {
        universes,
        cover_weight,
        hour_cost: ctx.hourly_cost().cents() as f64,
    };
    (items, model)
}

fn finite(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 { x } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(cell: usize, cover: f64, linear: f64) -> Item {
        Item {
            cell,
            cover,
            linear,
            cost: 100,
            hours: 1.0,
            available: 5,
            side: Side::Micro,
            pinned: false,
        }
    }

    #[test]
    fn value_is_random_duplication_per_cell_plus_the_linear_part() {
        let model = Model {
            universes: vec![100.0, 100.0],
            cover_weight: 1.0,
            hour_cost: 0.0,
        };
        let items = [item(0, 60.0, 0.0), item(0, 30.0, 1.0), item(1, 30.0, 0.0)];
        // 60 % + 30 % of one cell → 72; the other cell's 30 adds fully; plus 1 linear.
        let v = model.value(&items, &[1, 1, 1]);
        assert!((v - (72.0 + 30.0 + 1.0)).abs() < 1e-9, "{v}");
        assert_eq!(model.value(&items, &[0, 0, 0]), 0.0);
    }

    #[test]
    fn lasting_engagement_is_one_for_one_week_and_grows_with_retention() {
        assert_eq!(lasting_engagement(0.35, 1), 1.0);
        assert!((lasting_engagement(0.35, 520) - 1.0 / 0.65).abs() < 1e-12);
        assert!(lasting_engagement(0.35, 12) > lasting_engagement(0.15, 12));
        assert_eq!(lasting_engagement(0.0, 12), 1.0);
    }

    #[test]
    fn median_of_even_and_odd_lists() {
        assert_eq!(median([3.0, 1.0, 2.0].into_iter()), 2.0);
        assert_eq!(median([4.0, 1.0, 2.0, 3.0].into_iter()), 2.5);
        assert_eq!(median(std::iter::empty()), 0.0);
    }
}
