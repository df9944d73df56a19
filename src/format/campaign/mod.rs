//! The campaign as stored and shared: the planner's form, kept exactly as
//! typed, in an explicit, versioned JSON format (design invariants 2 and 3).
//!
//! [`CampaignV1`] is the only serialised form of a campaign. Saved campaigns
//! (localStorage) hold its JSON as is; share links carry the same JSON inside
//! the [`share::codec`](crate::share::codec) envelope (kind `c`, see
//! [`share::campaign_link`](crate::share::campaign_link)). Engine and form
//! types are converted with [`CampaignV1::from_input`] and
//! [`CampaignV1::to_input`]; the JSON is read and written key by key through
//! [`crate::json`], so a value of the wrong type is named by its key.
//!
//! # Format 1
//!
//! One JSON object; keys are short because every byte counts in a link:
//!
//! | key | meaning | JSON |
//! |---|---|---|
//! | `v` | format version | `1` |
//! | `name` | campaign name | string; omitted when empty |
//! | `cur` | currency | `"EUR"` or `"USD"` |
//! | `obj` | objective | engine id: `awareness`, `community`, `conversion`, `content` |
//! | `pf` | platform | engine id: `instagram`, `tiktok`, `youtube` |
//! | `geo` | geography | engine id: `local`, `national`, `international` |
//! | `ctry` | the audience's country | engine id: `nl`, `be`, `de`, `fr`, `gb`, `es`, `it`, `us`; omitted for `nl`, the default (so older campaigns are Dutch ones) |
//! | `niche` | niche depth | engine id: `broad`, `focused`, `deep` |
//! | `risk` | risk tolerance | engine id: `low`, `medium`, `high` |
//! | `style` | content style | engine id: `authentic`, `balanced`, `polished` |
//! | `rights` | creators grant usage rights | `true`; omitted when false |
//! | `budget` | budget, whole currency units | *entry* |
//! | `hours` | management capacity, hours | *entry* |
//! | `hcost` | cost of a management hour | *entry* |
//! | `weeks` | horizon, weeks | *entry* |
//! | `cr` | creators, in the form's order | array; omitted when empty |
//! | `bench` | the user's edits of the defaults table: `[cell id, value]` pairs (ids of `DefaultCell`, values in percent or dollars as typed) | array; omitted when empty; added to format 1 as an optional key |
//! | `aov` | average order value | *entry*; omitted when empty; optional |
//! | `margin` | gross margin, percent | *entry*; omitted when empty; optional |
//! | `ceil` | the most the brand pays for one result (per 1,000 people reached, engaged person or conversion, by objective) | *entry*; omitted when empty (no ceiling, as in older campaigns); optional |
//! | `mkt` | typical creators of the market in the pool | `false`; omitted when true (the default, so older campaigns keep the market) |
//! | `ros` | an older campaign's own roster (up to 10,000), kept until the creator library has it: see below | array; omitted when empty; never in a share link ([`to_link_json`]) |
//! | `lch` | the campaign's choices of creators of the library: `{"h": handle, "pf": platform id, "ch": "pinned" or "excluded"}` (up to 10,000) | array; omitted when empty; never in a share link |
//! | `lni` | only library creators whose niche contains this text are candidates | string; omitted when empty; never in a share link |
//! | `res` | the campaign's results, one object per creator of the plan (up to 500): see below | array; omitted when empty; never in a share link |
//!
//! Each roster entry: `h` handle, `n` display name, `pf` platform id, `f`
//! followers, `e` engagement rate (a fraction), `p` price per post and `cur`
//! its currency when known, `c` country, `ni` niche, `fk` fake-follower share,
//! `cv` conversion rate (fractions), `k` posts, `ch` the user's choice (as
//! for creators); only `h` and `f` are required. Values were checked on
//! import, and are checked again on reading (a damaged entry names its key).
//!
//! Each creator: `n` name (string, omitted when empty), `pf` platform id,
//! `f` followers, `e` engagement rate in percent, `p` price per post, and
//! (optional) `k` posts and `c` conversion rate in percent
//! (each an *entry*), and `ch` the user's choice, `"pinned"` or `"excluded"`
//! (omitted when the optimiser may choose); and (optional) `t`: the row is a
//! typical creator of the market, still to be found, and the plan hires `t` of them (a whole
//! number, 1–10,000; omitted for a named creator). Every creator of `cr` is in the plan: the
//! plan hires them all (`"excluded"` sets one aside). The candidates are the creator library's
//! (kept once in the browser's database for every campaign), filtered by the brief and `lni`,
//! with the choices of `lch`; campaigns saved before the library carried their roster as `ros`,
//! which moves into the library once and is then no longer written.
//!
//! Each results entry: `h` the creator's handle (as the plan's row names it), and each figure
//! reported as an *entry*, omitted when not reported: `k` posts delivered, `fee` fee paid,
//! `r` reach, `i` impressions or views, `e` engagements, `cl` link clicks, `cv` conversions,
//! `rev` revenue (amounts in the campaign's currency).
//!
//! An *entry* is a number field as typed: a JSON number when the text read as
//! a number in the notation it was typed in (so stored numbers do not depend
//! on a language: Dutch `1.250,5` is stored as `1250.5`), otherwise the text
//! exactly as typed, as a JSON string (`"about 5k"`), so nothing typed is
//! lost. An empty field is omitted; `null` reads as empty too. Example:
//!
//! ```json
//! {"v":1,"name":"Spring launch","cur":"EUR","obj":"awareness","pf":"instagram",
//!  "geo":"national","niche":"focused","risk":"medium","style":"authentic",
//!  "rights":true,"budget":12500,"hours":20,"hcost":45,"weeks":12,
//!  "cr":[{"n":"@lisa.bakes","pf":"instagram","f":48000,"e":3.2,"p":450},
//!        {"n":"Bram","pf":"tiktok","f":"twelve k"}]}
//! ```
//!
//! On reading, each number is written back as text in the *reader's* notation
//! (as [`plain_number`](crate::plan::plain_number) does, but keeping every digit), creator row ids
//! are assigned afresh `0..n`, unknown keys are ignored, and a `null` reads as
//! the key's absence.
//!
//! # Versioning rules
//!
//! - The meaning of a published key never changes, and published ids (the
//!   engine's `as_str()` ids) are never renamed.
//! - A new field is added to format 1 only as an optional key with a default
//!   that keeps old campaigns meaning what they meant.
//! - Anything else (a changed meaning, a removed or renamed key, a required
//!   key) is format 2: a new `CampaignV2`, with a migration from format 1, and
//!   the fixtures of format 1 in the tests below keep passing.
//!
//! # Invariants
//!
//! - Only inputs are stored; every figure is recomputed on load.
//! - What [`to_json`] writes, [`from_json`] reads back to the same form (in
//!   any notation, after [`PlanInput::relocalise`]).
//! - Reading is hardened (research §2): after parsing, at most
//!   [`MAX_CREATORS`] creators and [`MAX_TEXT_CHARS`] characters per text
//!   (longer is [`FormatError::Damaged`]); writing truncates to the same caps,
//!   so anything written can be read. Ranges (a negative budget …) are not
//!   checked here: the form keeps such values and shows why next to the field.
//! - Texts are data, never markup: the UI renders them as text nodes.

use super::record::VersionError;
use crate::i18n::Lang;
use crate::json::{self, Value};
use crate::plan::{
    CreatorInput, DefaultCell, MAX_ROSTER, PlanInput, RosterEntry, RosterState, SharedRoster,
    parse_decimal,
};
use crate::results::Figure;
use crate::roster::{CreatorKey, RosterCreator};
use micromacro_engine::Choice;

/// The newest campaign format this app writes and reads.
pub const VERSION: u32 = 1;

/// The most creators a campaign may hold: as many as the result rows the form keeps, one per
/// creator (`plan::MAX_RESULT_ROWS`, which the format depends on, not the other way round).
pub const MAX_CREATORS: usize = crate::plan::MAX_RESULT_ROWS;

/// The most characters (Unicode scalar values) any one text may have: a
/// name, an id, or a number field's text.
pub const MAX_TEXT_CHARS: usize = 200;

/// Why a stored or shared campaign could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Not JSON, or not an object with a numeric `v` this app ever wrote.
    #[error("not a saved campaign")]
    NotACampaign,
    /// Written by a newer version of the app.
    #[error("saved by a newer version (format {0})")]
    FutureVersion(u64),
    /// The right version, but a value is missing, of the wrong type, unknown
    /// or over a cap; the message names the key (`cr[2].pf: …`).
    #[error("damaged campaign: {0}")]
    Damaged(String),
}

/// A campaign in format 1. See the [module docs](self) for the JSON shape.
#[derive(Clone, Debug, PartialEq)]
pub struct CampaignV1 {
    v: u32,
    name: Option<String>,
    currency: String,
    objective: String,
    platform: String,
    geography: String,
    country: Option<String>,
    niche_depth: String,
    risk_tolerance: String,
    content_style: String,
    usage_rights: bool,
    budget: Option<Entry>,
    capacity_hours: Option<Entry>,
    hourly_cost: Option<Entry>,
    horizon_weeks: Option<Entry>,
    creators: Vec<CreatorV1>,
    /// Added to format 1 as an optional key (the versioning rules above):
    /// the user's edits of the defaults table as `[cell id, value]` pairs.
    bench: Vec<(String, f64)>,
    /// Round 2 (optional keys, versioning rules above): order value, margin, market.
    aov: Option<Entry>,
    margin: Option<Entry>,
    /// The price ceiling (`ceil`, optional).
    price_ceiling: Option<Entry>,
    use_market: bool,
    roster: Vec<RosterV1>,
    results: Vec<ResultV1>,
    /// The choices of library creators (`lch`).
    picks: Vec<PickV1>,
    /// The niche filter of the library (`lni`).
    niche_filter: Option<String>,
}

/// One choice of a library creator (see the module docs).
#[derive(Clone, Debug, PartialEq)]
struct PickV1 {
    h: String,
    pf: String,
    ch: String,
}

/// One creator's results (see the module docs), each figure in [`Figure::ALL`] order.
#[derive(Clone, Debug, PartialEq)]
struct ResultV1 {
    h: String,
    figures: [Option<Entry>; Figure::COUNT],
}

/// The key of each figure of a results entry, in [`Figure::ALL`] order.
const RESULT_KEYS: [&str; Figure::COUNT] = ["k", "fee", "r", "i", "e", "cl", "cv", "rev"];

/// One roster entry (see the module docs), its texts owned (`String`, in a campaign) or
/// borrowed from the JSON being read (`&str`, where each creator is converted at once).
#[derive(Clone, Debug, PartialEq)]
struct RosterV1<S = String> {
    h: S,
    n: Option<S>,
    pf: Option<S>,
    f: u64,
    e: Option<f64>,
    p: Option<f64>,
    cur: Option<S>,
    c: Option<S>,
    ni: Option<S>,
    fk: Option<f64>,
    cv: Option<f64>,
    k: Option<u32>,
    ch: Option<S>,
}

impl RosterV1<&str> {
    /// The entry with its texts owned.
    fn into_owned(self) -> RosterV1 {
        let own = |t: Option<&str>| t.map(str::to_owned);
        RosterV1 {
            h: self.h.to_owned(),
            n: own(self.n),
            pf: own(self.pf),
            f: self.f,
            e: self.e,
            p: self.p,
            cur: own(self.cur),
            c: own(self.c),
            ni: own(self.ni),
            fk: self.fk,
            cv: self.cv,
            k: self.k,
            ch: own(self.ch),
        }
    }
}

impl RosterV1 {
    fn from_entry(e: &RosterEntry) -> Self {
        RosterV1 {
            ch: (e.choice != Choice::Open).then(|| e.choice.as_str().to_owned()),
            ..Self::from_creator(&e.creator)
        }
    }

    fn from_creator(c: &RosterCreator) -> Self {
        RosterV1 {
            h: truncate(&c.handle).to_owned(),
            n: c.name.as_deref().map(|n| truncate(n).to_owned()),
            pf: c.platform.map(|p| p.as_str().to_owned()),
            f: c.followers,
            e: c.engagement,
            p: c.price.map(|(amount, _)| amount),
            cur: c
                .price
                .and_then(|(_, cur)| cur)
                .map(|cur| cur.as_str().to_owned()),
            c: c.country.as_deref().map(|t| truncate(t).to_owned()),
            ni: c.niche.as_deref().map(|t| truncate(t).to_owned()),
            fk: c.fake_share,
            cv: c.conversion_rate,
            k: c.posts,
            ch: None,
        }
    }

    fn to_entry(&self, row: usize) -> Result<(RosterCreator, Choice), FormatError> {
        self.to_entry_in("ros", row)
    }
}

impl<S: AsRef<str>> RosterV1<S> {
    /// The creator and choice of the entry at `row` of the list `list` (named so in errors).
    fn to_entry_in(
        &self,
        list: &'static str,
        row: usize,
    ) -> Result<(RosterCreator, Choice), FormatError> {
        let key = |field: &'static str| Key::item(list, row, field);
        let bad = |field, what: &str| damaged(key(field), format_args!("{what}"));
        let rate = |field, v: Option<f64>| match v {
            Some(x) if !(0.0..=1.0).contains(&x) || !x.is_finite() => Err(bad(field, "not a rate")),
            other => Ok(other),
        };
        let h = self.h.as_ref();
        if h.trim().is_empty() {
            return Err(bad("h", "empty"));
        }
        if !(1..=micromacro_engine::MAX_FOLLOWERS).contains(&self.f) {
            return Err(bad("f", "out of range"));
        }
        let text = |field, t: &Option<S>| {
            text(key(field), t.as_ref().map(AsRef::as_ref)).map(|s| (!s.is_empty()).then_some(s))
        };
        let mut c = RosterCreator::new(0, value::text(key("h"), Some(h))?, self.f);
        c.name = text("n", &self.n)?;
        c.platform = self
            .pf
            .as_ref()
            .map(|p| parse_id(key("pf"), p.as_ref()))
            .transpose()?;
        c.engagement = rate("e", self.e)?;
        c.price = match self.p {
            Some(p) if !p.is_finite() || !(0.0..=crate::roster::MAX_PRICE).contains(&p) => {
                return Err(bad("p", "out of range"));
            }
            Some(p) => Some((
                p,
                self.cur
                    .as_ref()
                    .map(|cur| parse_id(key("cur"), cur.as_ref()))
                    .transpose()?,
            )),
            None => None,
        };
        c.country = text("c", &self.c)?;
        c.niche = text("ni", &self.ni)?;
        c.fake_share = rate("fk", self.fk)?;
        c.conversion_rate = rate("cv", self.cv)?;
        c.posts = match self.k {
            Some(k) if !(1..=micromacro_engine::MAX_POSTS).contains(&k) => {
                return Err(bad("k", "out of range"));
            }
            other => other,
        };
        let choice = match self.ch.as_ref() {
            None => Choice::Open,
            Some(id) => parse_id(key("ch"), id.as_ref())?,
        };
        Ok((c, choice))
    }
}

/// One creator row in format 1.
#[derive(Clone, Debug, PartialEq)]
struct CreatorV1 {
    name: Option<String>,
    platform: String,
    followers: Option<Entry>,
    engagement_percent: Option<Entry>,
    price: Option<Entry>,
    posts: Option<Entry>,
    conversion_percent: Option<Entry>,
    choice: Option<String>,
    typical: Option<u64>,
}

/// A number field as typed: its value when the text read as a number, else
/// the text itself. In JSON a number or a string.
#[derive(Clone, Debug, PartialEq)]
enum Entry {
    /// The value the text read as (always finite).
    Number(f64),
    /// Text that did not read as a number, exactly as typed.
    Text(String),
}

impl CampaignV1 {
    /// The stored form of the planner's form. Texts longer than
    /// [`MAX_TEXT_CHARS`] are cut there and creators after the first
    /// [`MAX_CREATORS`] are left out (the form is expected to stop typing at
    /// those caps), so what is written can always be read.
    pub fn from_input(input: &PlanInput) -> Self {
        let entry = |text: &str| Entry::from_text(input.notation, text);
        Self {
            v: VERSION,
            name: non_empty(&input.name),
            currency: input.currency.as_str().to_owned(),
            objective: input.objective.as_str().to_owned(),
            platform: input.platform.as_str().to_owned(),
            geography: input.geography.as_str().to_owned(),
            country: (input.country != micromacro_engine::Country::default())
                .then(|| input.country.as_str().to_owned()),
            niche_depth: input.niche_depth.as_str().to_owned(),
            risk_tolerance: input.risk_tolerance.as_str().to_owned(),
            content_style: input.content_style.as_str().to_owned(),
            usage_rights: input.usage_rights,
            budget: entry(&input.budget),
            capacity_hours: entry(&input.capacity_hours),
            hourly_cost: entry(&input.hourly_cost),
            horizon_weeks: entry(&input.horizon_weeks),
            creators: input
                .creators
                .iter()
                .take(MAX_CREATORS)
                .map(|row| CreatorV1 {
                    name: non_empty(&row.name),
                    platform: row.platform.as_str().to_owned(),
                    followers: entry(&row.followers),
                    engagement_percent: entry(&row.engagement_percent),
                    price: entry(&row.price),
                    posts: entry(&row.posts),
                    conversion_percent: entry(&row.conversion_percent),
                    choice: (row.choice != Choice::Open).then(|| row.choice.as_str().to_owned()),
                    typical: (row.typical > 0).then_some(u64::from(row.typical)),
                })
                .collect(),
            bench: input
                .benchmarks
                .iter()
                .map(|(cell, value)| (cell.id(), *value))
                .collect(),
            aov: entry(&input.aov),
            margin: entry(&input.margin_percent),
            price_ceiling: entry(&input.price_ceiling),
            use_market: input.use_market,
            roster: if input.roster_embedded {
                input
                    .roster
                    .0
                    .entries()
                    .iter()
                    .map(RosterV1::from_entry)
                    .collect()
            } else {
                Vec::new()
            },
            picks: input
                .library_choices
                .iter()
                .filter(|(_, choice)| *choice != Choice::Open)
                .take(MAX_ROSTER)
                .map(|(key, choice)| PickV1 {
                    h: truncate(key.handle()).to_owned(),
                    pf: key.platform().as_str().to_owned(),
                    ch: choice.as_str().to_owned(),
                })
                .collect(),
            niche_filter: non_empty(truncate(&input.library_niche)),
            results: input
                .results
                .iter()
                .filter(|row| !row.is_empty())
                .take(MAX_CREATORS)
                .map(|row| ResultV1 {
                    h: truncate(&row.handle).to_owned(),
                    figures: std::array::from_fn(|i| entry(&row.values[i])),
                })
                .collect(),
        }
    }

    /// The planner's form, with every number written in `notation` and
    /// creator ids `0..n`; [`FormatError::Damaged`] naming the key when a
    /// value is unknown or over a cap.
    pub fn to_input(&self, notation: Lang) -> Result<PlanInput, FormatError> {
        match u64::from(self.v) {
            v if v > u64::from(VERSION) => return Err(FormatError::FutureVersion(v)),
            v if v < u64::from(VERSION) => return Err(FormatError::NotACampaign),
            _ => {}
        }
        if self.creators.len() > MAX_CREATORS {
            return Err(damaged(
                Key::top("cr"),
                format_args!("{} creators, at most {MAX_CREATORS}", self.creators.len()),
            ));
        }
        if self.bench.len() > DefaultCell::all().len() {
            return Err(damaged(
                Key::top("bench"),
                format_args!("{} edits", self.bench.len()),
            ));
        }
        let mut benchmarks = Vec::new();
        for (id, value) in &self.bench {
            if !value.is_finite() {
                return Err(damaged(
                    Key::top("bench"),
                    format_args!("{id}: not a number"),
                ));
            }
            // A cell this app does not know (added by a newer one) is skipped.
            if let Some(cell) = DefaultCell::from_id(id) {
                benchmarks.retain(|(c, _)| *c != cell);
                benchmarks.push((cell, *value));
            }
        }
        let creators = self
            .creators
            .iter()
            .zip(0..)
            .map(|(row, id)| row.to_input(id, notation))
            .collect::<Result<_, _>>()?;
        if self.roster.len() > MAX_ROSTER {
            return Err(damaged(
                Key::top("ros"),
                format_args!("{} creators, at most {MAX_ROSTER}", self.roster.len()),
            ));
        }
        let roster = self
            .roster
            .iter()
            .enumerate()
            .map(|(row, r)| r.to_entry(row))
            .collect::<Result<Vec<_>, _>>()?;
        if self.picks.len() > MAX_ROSTER {
            return Err(damaged(
                Key::top("lch"),
                format_args!("{} choices, at most {MAX_ROSTER}", self.picks.len()),
            ));
        }
        let mut library_choices: Vec<(CreatorKey, Choice)> = Vec::new();
        for (row, pick) in self.picks.iter().enumerate() {
            let key = |field| Key::item("lch", row, field);
            let platform = parse_id(key("pf"), &pick.pf)?;
            let choice = parse_id(key("ch"), &pick.ch)?;
            let handle = text(key("h"), Some(&pick.h))?;
            if handle.trim().is_empty() {
                return Err(damaged(key("h"), format_args!("empty")));
            }
            library_choices.push((CreatorKey::new(platform, &handle), choice));
        }
        let platform = parse_id(Key::top("pf"), &self.platform)?;
        // An older campaign's roster carried its choices itself.
        for (creator, choice) in &roster {
            if *choice != Choice::Open {
                let key = CreatorKey::of(creator, platform);
                if !library_choices.iter().any(|(k, _)| *k == key) {
                    library_choices.push((key, *choice));
                }
            }
        }
        if self.results.len() > MAX_CREATORS {
            return Err(damaged(
                Key::top("res"),
                format_args!("{} rows, at most {MAX_CREATORS}", self.results.len()),
            ));
        }
        let results = self
            .results
            .iter()
            .enumerate()
            .map(|(row, r)| {
                let key = |field| Key::item("res", row, field);
                let mut values: [String; Figure::COUNT] = Default::default();
                for (i, value) in values.iter_mut().enumerate() {
                    *value = number_text(key(RESULT_KEYS[i]), r.figures[i].as_ref(), notation)?;
                }
                Ok(crate::plan::ResultRow {
                    handle: text(key("h"), Some(&r.h))?,
                    values,
                })
            })
            .collect::<Result<Vec<_>, FormatError>>()?;
        Ok(PlanInput {
            notation,
            name: text(Key::top("name"), self.name.as_deref())?,
            budget: number_text(Key::top("budget"), self.budget.as_ref(), notation)?,
            currency: parse_id(Key::top("cur"), &self.currency)?,
            objective: parse_id(Key::top("obj"), &self.objective)?,
            platform: parse_id(Key::top("pf"), &self.platform)?,
            geography: parse_id(Key::top("geo"), &self.geography)?,
            country: match self.country.as_deref() {
                None => micromacro_engine::Country::default(),
                Some(id) => parse_id(Key::top("ctry"), id)?,
            },
            niche_depth: parse_id(Key::top("niche"), &self.niche_depth)?,
            risk_tolerance: parse_id(Key::top("risk"), &self.risk_tolerance)?,
            content_style: parse_id(Key::top("style"), &self.content_style)?,
            usage_rights: self.usage_rights,
            use_market: self.use_market,
            aov: number_text(Key::top("aov"), self.aov.as_ref(), notation)?,
            margin_percent: number_text(Key::top("margin"), self.margin.as_ref(), notation)?,
            price_ceiling: number_text(Key::top("ceil"), self.price_ceiling.as_ref(), notation)?,
            capacity_hours: number_text(Key::top("hours"), self.capacity_hours.as_ref(), notation)?,
            hourly_cost: number_text(Key::top("hcost"), self.hourly_cost.as_ref(), notation)?,
            horizon_weeks: number_text(Key::top("weeks"), self.horizon_weeks.as_ref(), notation)?,
            creators,
            benchmarks,
            roster_embedded: !roster.is_empty(),
            roster: SharedRoster(std::sync::Arc::new(RosterState::from_entries(roster))),
            library_choices,
            library_niche: text(Key::top("lni"), self.niche_filter.as_deref())?,
            results,
        })
    }
}

impl CreatorV1 {
    fn to_input(&self, row: u64, notation: Lang) -> Result<CreatorInput, FormatError> {
        let key = |field| Key::item("cr", row as usize, field);
        Ok(CreatorInput {
            id: row,
            name: text(key("n"), self.name.as_deref())?,
            platform: parse_id(key("pf"), &self.platform)?,
            followers: number_text(key("f"), self.followers.as_ref(), notation)?,
            engagement_percent: number_text(key("e"), self.engagement_percent.as_ref(), notation)?,
            price: number_text(key("p"), self.price.as_ref(), notation)?,
            posts: number_text(key("k"), self.posts.as_ref(), notation)?,
            conversion_percent: number_text(key("c"), self.conversion_percent.as_ref(), notation)?,
            choice: match self.choice.as_deref() {
                None => Choice::Open,
                Some(id) => parse_id(key("ch"), id)?,
            },
            typical: match self.typical {
                None => 0,
                Some(n) if n <= u64::from(micromacro_engine::MAX_PLANNED) => n as u32,
                Some(_) => {
                    return Err(damaged(
                        key("t"),
                        format_args!("more than {} creators", micromacro_engine::MAX_PLANNED),
                    ));
                }
            },
        })
    }
}

/// One creator as a JSON object with the keys of a roster entry (see the module docs; no
/// `ch`): the creator library's record (`crate::format::library`).
pub fn creator_value(creator: &RosterCreator) -> Value<'static> {
    RosterV1::from_creator(creator).into_value()
}

/// How many fields [`creator_texts`] writes.
pub const CREATOR_TEXT_FIELDS: usize = 12;

/// A creator's fields as texts, in the order of a roster entry's keys without its choice
/// (`h n pf f e p cur c ni fk cv k`), an absent one empty; numbers as JSON writes them.
#[must_use]
pub fn creator_texts(creator: &RosterCreator) -> [String; CREATOR_TEXT_FIELDS] {
    let r = RosterV1::from_creator(creator);
    let number = |x: Option<f64>| x.map(crate::num::plain).unwrap_or_default();
    let text = |t: Option<String>| t.unwrap_or_default();
    [
        r.h,
        text(r.n),
        text(r.pf),
        r.f.to_string(),
        number(r.e),
        number(r.p),
        text(r.cur),
        text(r.c),
        text(r.ni),
        number(r.fk),
        number(r.cv),
        r.k.map(|k| k.to_string()).unwrap_or_default(),
    ]
}

/// Reads fields written by [`creator_texts`], named `list[row]` in errors, with every value
/// checked as a roster entry's is (an empty field is an absent one).
pub fn read_creator_texts(
    fields: &[&str; CREATOR_TEXT_FIELDS],
    list: &'static str,
    row: usize,
) -> Result<RosterCreator, FormatError> {
    fn some(t: &str) -> Option<&str> {
        (!t.is_empty()).then_some(t)
    }
    let key = |field: &'static str| Key::item(list, row, field);
    let [h, n, pf, f, e, p, cur, c, ni, fk, cv, k] = *fields;
    // `parse_f64` reads every number JSON writes; a whole count must be whole.
    let number = |field, t: &str| -> Result<Option<f64>, FormatError> {
        if t.is_empty() {
            return Ok(None);
        }
        crate::num::parse_f64(t)
            .map(Some)
            .ok_or_else(|| damaged(key(field), format_args!("not a number")))
    };
    let whole = |field, t: &str| -> Result<Option<u64>, FormatError> {
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<u64>()
            .map(Some)
            .map_err(|_| damaged(key(field), format_args!("not a whole number")))
    };
    let read = RosterV1 {
        h,
        n: some(n),
        pf: some(pf),
        f: whole("f", f)?.ok_or_else(|| damaged(key("f"), format_args!("missing")))?,
        e: number("e", e)?,
        p: number("p", p)?,
        cur: some(cur),
        c: some(c),
        ni: some(ni),
        fk: number("fk", fk)?,
        cv: number("cv", cv)?,
        // Past a u32 is out of range as much as past the cap (checked on conversion).
        k: whole("k", k)?.map(|k| u32::try_from(k).unwrap_or(u32::MAX)),
        ch: None,
    };
    read.to_entry_in(list, row).map(|(creator, _)| creator)
}

/// Reads a creator object written by [`creator_value`], named `list[row]` in errors, with
/// every value checked as a roster entry's is.
pub fn read_creator(
    value: &Value<'_>,
    list: &'static str,
    row: usize,
) -> Result<RosterCreator, FormatError> {
    let read = RosterV1::read(value::Fields::item(value, list, row)?)?;
    read.to_entry_in(list, row).map(|(creator, _)| creator)
}

/// The planner's form as a share link carries it: without the roster (a link carries the
/// plan's creators; the roster stays in the browser it was imported in) and without the
/// results (the campaign's own figures stay with whoever ran it).
pub fn to_link_json(input: &PlanInput) -> String {
    let mut dto = CampaignV1::from_input(input);
    dto.roster.clear();
    dto.results.clear();
    dto.picks.clear();
    dto.niche_filter = None;
    json::to_string(&dto.into_value())
}

/// The planner's form as stored JSON (format [`VERSION`]).
pub fn to_json(input: &PlanInput) -> String {
    json::to_string(&to_value(input))
}

/// The planner's form as a JSON value (format [`VERSION`]), for a record that holds it.
pub fn to_value(input: &PlanInput) -> Value<'static> {
    CampaignV1::from_input(input).into_value()
}

/// Reads stored JSON of any format this app knows into the planner's form,
/// numbers written in `notation`.
pub fn from_json(raw: &str, notation: Lang) -> Result<PlanInput, FormatError> {
    let value = json::parse(raw).map_err(|_| FormatError::NotACampaign)?;
    from_value(&value, notation)
}

/// [`from_json`] for a campaign already parsed (a saved campaign's `plan`).
pub fn from_value(value: &Value<'_>, notation: Lang) -> Result<PlanInput, FormatError> {
    match super::record::version_of(value, VERSION) {
        Ok(_) => CampaignV1::read(value)?.to_input(notation),
        Err(VersionError::Future(v)) => Err(FormatError::FutureVersion(v)),
        Err(VersionError::NotARecord) => Err(FormatError::NotACampaign),
    }
}

mod value;

use value::{Key, damaged, non_empty, number_text, parse_id, text, truncate};

#[cfg(test)]
mod tests;
