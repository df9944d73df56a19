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
//! | `mkt` | typical creators of the market in the pool | `false`; omitted when true (the default, so older campaigns keep the market) |
//! | `ros` | the imported roster (up to 10,000): see below | array; omitted when empty; never in a share link ([`to_link_json`]) |
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
//! plan hires them all (`"excluded"` sets one aside); the roster `ros` holds the candidates.
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

use std::fmt;

use crate::i18n::Lang;
use crate::json::{self, Object, Value};
use crate::plan::{
    CreatorInput, DefaultCell, MAX_ROSTER, PlanInput, RosterEntry, RosterState, SharedRoster,
    parse_decimal,
};
use crate::roster::RosterCreator;
use crate::storage::record::VersionError;
use micromacro_engine::Choice;

/// The newest campaign format this app writes and reads.
pub const VERSION: u32 = 1;

/// The most creators a campaign may hold.
pub const MAX_CREATORS: usize = 500;

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
    use_market: bool,
    roster: Vec<RosterV1>,
}

/// One roster entry (see the module docs).
#[derive(Clone, Debug, PartialEq)]
struct RosterV1 {
    h: String,
    n: Option<String>,
    pf: Option<String>,
    f: u64,
    e: Option<f64>,
    p: Option<f64>,
    cur: Option<String>,
    c: Option<String>,
    ni: Option<String>,
    fk: Option<f64>,
    cv: Option<f64>,
    k: Option<u32>,
    ch: Option<String>,
}

impl RosterV1 {
    fn from_entry(e: &RosterEntry) -> Self {
        let c = &e.creator;
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
            ch: (e.choice != Choice::Open).then(|| e.choice.as_str().to_owned()),
        }
    }

    fn to_entry(&self, row: usize) -> Result<(RosterCreator, Choice), FormatError> {
        let key = |field: &'static str| Key::item("ros", row, field);
        let bad = |field, what: &str| damaged(key(field), format_args!("{what}"));
        let rate = |field, v: Option<f64>| match v {
            Some(x) if !(0.0..=1.0).contains(&x) || !x.is_finite() => Err(bad(field, "not a rate")),
            other => Ok(other),
        };
        if self.h.trim().is_empty() {
            return Err(bad("h", "empty"));
        }
        if !(1..=micromacro_engine::MAX_FOLLOWERS).contains(&self.f) {
            return Err(bad("f", "out of range"));
        }
        let text = |field, t: &Option<String>| {
            text(key(field), t.as_deref()).map(|s| (!s.is_empty()).then_some(s))
        };
        let mut c = RosterCreator::new(
            0,
            text("h", &Some(self.h.clone()))?.unwrap_or_default(),
            self.f,
        );
        c.name = text("n", &self.n)?;
        c.platform = self
            .pf
            .as_deref()
            .map(|p| parse_id(key("pf"), p))
            .transpose()?;
        c.engagement = rate("e", self.e)?;
        c.price = match self.p {
            Some(p) if !p.is_finite() || !(0.0..=crate::roster::MAX_PRICE).contains(&p) => {
                return Err(bad("p", "out of range"));
            }
            Some(p) => Some((
                p,
                self.cur
                    .as_deref()
                    .map(|cur| parse_id(key("cur"), cur))
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
        let choice = match self.ch.as_deref() {
            None => Choice::Open,
            Some(id) => parse_id(key("ch"), id)?,
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
            use_market: input.use_market,
            roster: input
                .roster
                .0
                .entries()
                .iter()
                .map(RosterV1::from_entry)
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
            capacity_hours: number_text(Key::top("hours"), self.capacity_hours.as_ref(), notation)?,
            hourly_cost: number_text(Key::top("hcost"), self.hourly_cost.as_ref(), notation)?,
            horizon_weeks: number_text(Key::top("weeks"), self.horizon_weeks.as_ref(), notation)?,
            creators,
            benchmarks,
            roster: SharedRoster(std::sync::Arc::new(RosterState::from_entries(roster))),
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

/// The planner's form as a share link carries it: without the roster (a link carries the
/// plan's creators; the roster stays in the browser it was imported in).
pub fn to_link_json(input: &PlanInput) -> String {
    let mut dto = CampaignV1::from_input(input);
    dto.roster.clear();
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
    match crate::storage::record::version_of(value, VERSION) {
        Ok(_) => CampaignV1::read(value)?.to_input(notation),
        Err(VersionError::Future(v)) => Err(FormatError::FutureVersion(v)),
        Err(VersionError::NotARecord) => Err(FormatError::NotACampaign),
    }
}

impl CampaignV1 {
    /// The JSON object of the module docs, keys in the order of the table there; optional
    /// keys only when they differ from what their absence means.
    fn into_value(self) -> Value<'static> {
        let mut o = Object::new();
        o.insert("v", self.v);
        o.insert_some("name", self.name);
        o.insert("cur", self.currency);
        o.insert("obj", self.objective);
        o.insert("pf", self.platform);
        o.insert("geo", self.geography);
        o.insert_some("ctry", self.country);
        o.insert("niche", self.niche_depth);
        o.insert("risk", self.risk_tolerance);
        o.insert("style", self.content_style);
        if self.usage_rights {
            o.insert("rights", true);
        }
        o.insert_some("budget", self.budget);
        o.insert_some("hours", self.capacity_hours);
        o.insert_some("hcost", self.hourly_cost);
        o.insert_some("weeks", self.horizon_weeks);
        o.insert_items("cr", self.creators.into_iter().map(CreatorV1::into_value));
        o.insert_items(
            "bench",
            self.bench
                .into_iter()
                .map(|(id, value)| Value::Array(vec![id.into(), value.into()])),
        );
        o.insert_some("aov", self.aov);
        o.insert_some("margin", self.margin);
        if !self.use_market {
            o.insert("mkt", false);
        }
        o.insert_items("ros", self.roster.into_iter().map(RosterV1::into_value));
        o.into()
    }

    /// The campaign object `value` (known to be an object of this version), each value
    /// checked for its type; caps and ids are checked by [`CampaignV1::to_input`].
    fn read(value: &Value<'_>) -> Result<Self, FormatError> {
        let Some(object) = value.as_object() else {
            return Err(FormatError::NotACampaign);
        };
        let top = Fields { object, item: None };
        let v = top.whole("v")?.and_then(|v| u32::try_from(v).ok());
        Ok(CampaignV1 {
            v: top.required("v", v)?,
            name: top.text("name")?,
            currency: top.required_text("cur")?,
            objective: top.required_text("obj")?,
            platform: top.required_text("pf")?,
            geography: top.required_text("geo")?,
            country: top.text("ctry")?,
            niche_depth: top.required_text("niche")?,
            risk_tolerance: top.required_text("risk")?,
            content_style: top.required_text("style")?,
            usage_rights: top.flag("rights", false)?,
            budget: top.entry("budget")?,
            capacity_hours: top.entry("hours")?,
            hourly_cost: top.entry("hcost")?,
            horizon_weeks: top.entry("weeks")?,
            creators: top.list("cr", |item, row| {
                CreatorV1::read(Fields::item(item, "cr", row)?)
            })?,
            bench: top.list("bench", |item, _| match item.as_array() {
                Some([Value::String(id), Value::Number(value)]) => {
                    Ok((id.to_string(), value.as_f64()))
                }
                _ => Err(damaged(
                    Key::top("bench"),
                    format_args!("not a [cell, value] pair"),
                )),
            })?,
            aov: top.entry("aov")?,
            margin: top.entry("margin")?,
            use_market: top.flag("mkt", true)?,
            roster: top.list("ros", |item, row| {
                RosterV1::read(Fields::item(item, "ros", row)?)
            })?,
        })
    }
}

impl CreatorV1 {
    fn into_value(self) -> Value<'static> {
        let mut o = Object::new();
        o.insert_some("n", self.name);
        o.insert("pf", self.platform);
        o.insert_some("f", self.followers);
        o.insert_some("e", self.engagement_percent);
        o.insert_some("p", self.price);
        o.insert_some("k", self.posts);
        o.insert_some("c", self.conversion_percent);
        o.insert_some("ch", self.choice);
        o.insert_some("t", self.typical);
        o.into()
    }

    fn read(row: Fields<'_, '_>) -> Result<Self, FormatError> {
        Ok(CreatorV1 {
            typical: row.whole("t")?,
            name: row.text("n")?,
            platform: row.required_text("pf")?,
            followers: row.entry("f")?,
            engagement_percent: row.entry("e")?,
            price: row.entry("p")?,
            posts: row.entry("k")?,
            conversion_percent: row.entry("c")?,
            choice: row.text("ch")?,
        })
    }
}

impl RosterV1 {
    fn into_value(self) -> Value<'static> {
        let mut o = Object::new();
        o.insert("h", self.h);
        o.insert_some("n", self.n);
        o.insert_some("pf", self.pf);
        o.insert("f", self.f);
        o.insert_some("e", self.e);
        o.insert_some("p", self.p);
        o.insert_some("cur", self.cur);
        o.insert_some("c", self.c);
        o.insert_some("ni", self.ni);
        o.insert_some("fk", self.fk);
        o.insert_some("cv", self.cv);
        o.insert_some("k", self.k);
        o.insert_some("ch", self.ch);
        o.into()
    }

    fn read(row: Fields<'_, '_>) -> Result<Self, FormatError> {
        let f = row.whole("f")?;
        Ok(RosterV1 {
            h: row.required_text("h")?,
            n: row.text("n")?,
            pf: row.text("pf")?,
            f: row.required("f", f)?,
            e: row.number("e")?,
            p: row.number("p")?,
            cur: row.text("cur")?,
            c: row.text("c")?,
            ni: row.text("ni")?,
            fk: row.number("fk")?,
            cv: row.number("cv")?,
            // Past a u32 is out of range as much as past the cap (checked on conversion).
            k: row
                .whole("k")?
                .map(|k| u32::try_from(k).unwrap_or(u32::MAX)),
            ch: row.text("ch")?,
        })
    }
}

impl Entry {
    /// `None` for an empty field; a number when `text` reads in `notation`.
    fn from_text(notation: Lang, text: &str) -> Option<Entry> {
        if text.is_empty() {
            return None;
        }
        Some(match parse_decimal(notation, text) {
            Some(value) => Entry::Number(value),
            None => Entry::Text(truncate(text).to_owned()),
        })
    }
}

/// A number as a JSON number, text as a JSON string.
impl From<Entry> for Value<'static> {
    fn from(entry: Entry) -> Self {
        match entry {
            Entry::Number(value) => value.into(),
            Entry::Text(text) => text.into(),
        }
    }
}

/// `value` as the form writes numbers in `notation`: what
/// [`plain_number`](crate::plan::plain_number) writes (no grouping, the
/// language's decimal sign, no trailing zeros), but with every digit rather
/// than at most four decimals, so a typed `0.123456` stays so. Rust's
/// `Display` for `f64` writes the shortest text that reads back exactly, and
/// never an exponent.
fn write_number(notation: Lang, value: f64) -> String {
    crate::i18n::write_number(notation, value, false, crate::i18n::Digits::Exact)
}

/// Where a value is in the JSON, for error messages: `cur`, or `cr[2].pf` for a key of an
/// item of a list.
#[derive(Clone, Copy)]
struct Key {
    /// The list and the item's index, for a key of an item.
    item: Option<(&'static str, usize)>,
    field: &'static str,
}

impl Key {
    /// A key of the campaign object.
    const fn top(field: &'static str) -> Key {
        Key { item: None, field }
    }

    /// A key of the item at `row` of the list `list` (`cr`, `ros`).
    const fn item(list: &'static str, row: usize, field: &'static str) -> Key {
        Key {
            item: Some((list, row)),
            field,
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((list, row)) = self.item {
            write!(f, "{list}[{row}].")?;
        }
        f.write_str(self.field)
    }
}

/// An object of the format being read, and where it is: reads its keys, naming the key of a
/// value of the wrong type. A key that is absent and one that is `null` read the same.
#[derive(Clone, Copy)]
struct Fields<'v, 'a> {
    object: &'v Object<'a>,
    item: Option<(&'static str, usize)>,
}

impl<'v, 'a> Fields<'v, 'a> {
    /// The item at `row` of the list `list`, which must be an object.
    fn item(value: &'v Value<'a>, list: &'static str, row: usize) -> Result<Self, FormatError> {
        match value.as_object() {
            Some(object) => Ok(Fields {
                object,
                item: Some((list, row)),
            }),
            None => Err(FormatError::Damaged(format!(
                "{list}[{row}]: not an object"
            ))),
        }
    }

    fn key(&self, field: &'static str) -> Key {
        Key {
            item: self.item,
            field,
        }
    }

    fn get(&self, field: &'static str) -> Option<&'v Value<'a>> {
        self.object
            .get(field)
            .filter(|value| !matches!(value, Value::Null))
    }

    /// The value of `field` read by `read`, which says what it expected when it cannot.
    fn read<T>(
        &self,
        field: &'static str,
        expected: &str,
        read: impl FnOnce(&'v Value<'a>) -> Option<T>,
    ) -> Result<Option<T>, FormatError> {
        match self.get(field) {
            None => Ok(None),
            Some(value) => match read(value) {
                Some(read) => Ok(Some(read)),
                None => Err(damaged(self.key(field), format_args!("not {expected}"))),
            },
        }
    }

    fn required<T>(&self, field: &'static str, value: Option<T>) -> Result<T, FormatError> {
        value.ok_or_else(|| damaged(self.key(field), format_args!("missing")))
    }

    fn text(&self, field: &'static str) -> Result<Option<String>, FormatError> {
        self.read(field, "a text", |v| v.as_str().map(str::to_owned))
    }

    fn required_text(&self, field: &'static str) -> Result<String, FormatError> {
        let text = self.text(field)?;
        self.required(field, text)
    }

    fn number(&self, field: &'static str) -> Result<Option<f64>, FormatError> {
        self.read(field, "a number", Value::as_f64)
    }

    fn whole(&self, field: &'static str) -> Result<Option<u64>, FormatError> {
        self.read(field, "a whole number", Value::as_u64)
    }

    fn flag(&self, field: &'static str, absent: bool) -> Result<bool, FormatError> {
        Ok(self
            .read(field, "true or false", Value::as_bool)?
            .unwrap_or(absent))
    }

    fn entry(&self, field: &'static str) -> Result<Option<Entry>, FormatError> {
        self.read(field, "a number or a text", |value| match value {
            Value::Number(n) => Some(Entry::Number(n.as_f64())),
            Value::String(text) => Some(Entry::Text(text.to_string())),
            _ => None,
        })
    }

    /// The items of the list `field`, each read by `read` (none when absent).
    fn list<T>(
        &self,
        field: &'static str,
        read: impl Fn(&'v Value<'a>, usize) -> Result<T, FormatError>,
    ) -> Result<Vec<T>, FormatError> {
        let items = self
            .read(field, "a list", Value::as_array)?
            .unwrap_or_default();
        items
            .iter()
            .enumerate()
            .map(|(row, item)| read(item, row))
            .collect()
    }
}

fn number_text(key: Key, entry: Option<&Entry>, notation: Lang) -> Result<String, FormatError> {
    match entry {
        None => Ok(String::new()),
        Some(Entry::Number(value)) => Ok(write_number(notation, *value)),
        Some(Entry::Text(raw)) => text(key, Some(raw)),
    }
}

fn text(key: Key, value: Option<&str>) -> Result<String, FormatError> {
    let value = value.unwrap_or_default();
    check_length(key, value)?;
    Ok(value.to_owned())
}

fn parse_id<T: std::str::FromStr>(key: Key, value: &str) -> Result<T, FormatError> {
    check_length(key, value)?;
    value
        .parse()
        .map_err(|_| damaged(key, format_args!("unknown id {value:?}")))
}

fn check_length(key: Key, value: &str) -> Result<(), FormatError> {
    // Counting stops at the cap: a hostile text costs no more than a long one.
    if value.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err(damaged(
            key,
            format_args!("text longer than {MAX_TEXT_CHARS} characters"),
        ));
    }
    Ok(())
}

fn damaged(key: Key, problem: fmt::Arguments<'_>) -> FormatError {
    FormatError::Damaged(format!("{key}: {problem}"))
}

fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| truncate(text).to_owned())
}

/// `text`, cut after [`MAX_TEXT_CHARS`] characters.
fn truncate(text: &str) -> &str {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::plain_number;
    use micromacro_engine::{
        ContentStyle, Currency, GeoScope, NicheDepth, Objective, Platform, RiskTolerance,
    };

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

    /// A Dutch form in euros: numbers in Dutch notation, some texts that do
    /// not read, empty optional fields, a hostile-looking name.
    fn dutch_plan() -> PlanInput {
        PlanInput {
            notation: Lang::Nl,
            name: "<img src=x onerror=alert(1)>".into(),
            budget: "12500".into(),
            currency: Currency::Eur,
            objective: Objective::Community,
            platform: Platform::TikTok,
            geography: GeoScope::Local,
            country: micromacro_engine::Country::default(),
            niche_depth: NicheDepth::Deep,
            risk_tolerance: RiskTolerance::Low,
            content_style: ContentStyle::Authentic,
            usage_rights: true,
            use_market: true,
            aov: String::new(),
            margin_percent: String::new(),
            capacity_hours: "12,5".into(),
            hourly_cost: "ongeveer 50".into(),
            horizon_weeks: "26".into(),
            creators: vec![
                creator(
                    0,
                    "@lisa.bakes",
                    Platform::Instagram,
                    ["48000", "3,2", "450"],
                ),
                creator(1, "Bram 🚲", Platform::TikTok, ["twaalf k", "", "1250,5"]),
                creator(2, "", Platform::YouTube, ["2000000", "0,125", ""]),
                creator(3, "  spaties  ", Platform::TikTok, ["", " ", "1,2,3"]),
            ],
            benchmarks: Vec::new(),
            roster: Default::default(),
        }
    }

    /// An English form in dollars.
    fn english_plan() -> PlanInput {
        PlanInput {
            notation: Lang::En,
            name: "Holiday \"push\" — Q4".into(),
            budget: "about 5k".into(),
            currency: Currency::Usd,
            objective: Objective::Awareness,
            platform: Platform::YouTube,
            geography: GeoScope::International,
            country: micromacro_engine::Country::default(),
            niche_depth: NicheDepth::Broad,
            risk_tolerance: RiskTolerance::High,
            content_style: ContentStyle::Polished,
            usage_rights: false,
            use_market: true,
            aov: String::new(),
            margin_percent: String::new(),
            capacity_hours: "40".into(),
            hourly_cost: "75.25".into(),
            horizon_weeks: "".into(),
            creators: vec![
                creator(0, "@max.runs", Platform::YouTube, ["350000", "1.5", "2400"]),
                creator(1, "Zoë", Platform::Instagram, ["-5", "120", "0.5"]),
                creator(2, "@tiny", Platform::TikTok, ["", "", ""]),
            ],
            benchmarks: Vec::new(),
            roster: Default::default(),
        }
    }

    #[test]
    fn round_trip_in_every_notation() {
        for original in [dutch_plan(), english_plan()] {
            let json = to_json(&original);
            for reader in Lang::ALL {
                let mut back = from_json(&json, reader).unwrap();
                assert_eq!(back.notation, reader);
                back.relocalise(original.notation);
                assert_eq!(back, original, "{json} read in {reader}");
            }
        }
    }

    #[test]
    fn numbers_are_written_in_the_readers_notation() {
        let json = to_json(&dutch_plan());
        let en = from_json(&json, Lang::En).unwrap();
        assert_eq!(en.capacity_hours, "12.5");
        assert_eq!(en.creators[0].engagement_percent, "3.2");
        assert_eq!(en.creators[1].price, "1250.5");
        assert_eq!(en.hourly_cost, "ongeveer 50", "text is kept as typed");
        assert_eq!(en.creators[3].price, "1,2,3");
        let nl = from_json(&json, Lang::Nl).unwrap();
        assert_eq!(nl.capacity_hours, "12,5");
        assert_eq!(nl.creators[2].engagement_percent, "0,125");
    }

    #[test]
    fn numbers_are_stored_without_a_language() {
        let mut input = dutch_plan();
        input.budget = "€ 12.500".into();
        input.creators[0].price = "1.250,50".into();
        let json = to_json(&input);
        assert!(json.contains(r#""budget":12500,"#), "{json}");
        assert!(json.contains(r#""p":1250.5}"#), "{json}");
        assert!(json.contains(r#""hcost":"ongeveer 50""#), "{json}");
        let en = from_json(&json, Lang::En).unwrap();
        assert_eq!(
            (en.budget.as_str(), en.creators[0].price.as_str()),
            ("12500", "1250.5")
        );
    }

    #[test]
    fn numbers_keep_every_digit() {
        let mut input = english_plan();
        input.creators[0].engagement_percent = "3.14159265".into();
        input.creators[0].followers = "123456789012".into();
        let back = from_json(&to_json(&input), Lang::Nl).unwrap();
        assert_eq!(back.creators[0].engagement_percent, "3,14159265");
        assert_eq!(back.creators[0].followers, "123456789012");
    }

    #[test]
    fn numbers_are_written_as_plain_number_writes_them() {
        for value in [
            0.0,
            -0.0,
            1.0,
            -20.0,
            0.5,
            12.5,
            3.2,
            0.125,
            0.0001,
            99.99,
            1250.5,
            48_000.0,
            2_000_000.0,
            123_456_789.123_4,
            1e15,
        ] {
            for lang in Lang::ALL {
                assert_eq!(
                    write_number(lang, value),
                    plain_number(lang, value),
                    "{value}"
                );
                assert_eq!(parse_decimal(lang, &write_number(lang, value)), Some(value));
            }
        }
        for value in [0.123456, 1e-7, 1e300, -7.000_000_1] {
            for lang in Lang::ALL {
                assert_eq!(parse_decimal(lang, &write_number(lang, value)), Some(value));
            }
        }
        assert_eq!(
            write_number(Lang::Nl, 1e-7),
            "0,0000001",
            "never an exponent"
        );
    }

    #[test]
    fn creator_ids_are_assigned_afresh() {
        let mut input = english_plan();
        for (row, id) in input.creators.iter_mut().zip([40, 7, 12]) {
            row.id = id;
        }
        let back = from_json(&to_json(&input), Lang::En).unwrap();
        let ids: Vec<u64> = back.creators.iter().map(|c| c.id).collect();
        assert_eq!(ids, [0, 1, 2]);
        assert_eq!(back.creators[1].name, "Zoë", "the order is kept");
    }

    #[test]
    fn a_name_that_looks_like_markup_is_only_text() {
        let back = from_json(&to_json(&dutch_plan()), Lang::En).unwrap();
        assert_eq!(back.name, "<img src=x onerror=alert(1)>");
    }

    /// The campaign of [`dutch_plan`] as the first release wrote it. Stored
    /// campaigns like this one must load, with these values, forever.
    const FIXTURE_V1: &str = concat!(
        r#"{"v":1,"name":"<img src=x onerror=alert(1)>","cur":"EUR","obj":"community","#,
        r#""pf":"tiktok","geo":"local","niche":"deep","risk":"low","style":"authentic","#,
        r#""rights":true,"budget":12500,"hours":12.5,"hcost":"ongeveer 50","weeks":26,"#,
        r#""cr":[{"n":"@lisa.bakes","pf":"instagram","f":48000,"e":3.2,"p":450},"#,
        r#"{"n":"Bram 🚲","pf":"tiktok","f":"twaalf k","p":1250.5},"#,
        r#"{"pf":"youtube","f":2000000,"e":0.125},"#,
        r#"{"n":"  spaties  ","pf":"tiktok","e":" ","p":"1,2,3"}]}"#
    );

    #[test]
    fn benchmark_edits_round_trip_and_unknown_cells_are_skipped() {
        let mut plan = english_plan();
        plan.benchmarks = vec![
            (
                DefaultCell::Engagement(Platform::Instagram, micromacro_engine::Tier::Micro),
                4.5,
            ),
            (DefaultCell::ExchangeRate, 1.1),
        ];
        let json = to_json(&plan);
        // Ranges are edits like any other (a newer cell kind, so listed after the check above).
        let mut ranged = plan.clone();
        ranged.benchmarks.push((
            DefaultCell::RelativeRange(crate::plan::Relative::Price, crate::plan::End::High),
            150.0,
        ));
        assert_eq!(
            from_json(&to_json(&ranged), Lang::En).unwrap().benchmarks,
            ranged.benchmarks
        );
        assert!(
            json.contains(r#""bench":[["engagement-instagram-micro",4.5],["exchange-rate",1.1]]"#),
            "{json}"
        );
        assert_eq!(
            from_json(&json, Lang::En).unwrap().benchmarks,
            plan.benchmarks
        );
        // A cell added by a newer version is skipped; the rest still loads.
        let newer = json.replace("exchange-rate", "a-future-cell");
        assert_eq!(from_json(&newer, Lang::En).unwrap().benchmarks.len(), 1);
    }

    #[test]
    fn first_format_keeps_loading() {
        let input = from_json(FIXTURE_V1, Lang::En).unwrap();
        assert_eq!(input.notation, Lang::En);
        assert_eq!(input.name, "<img src=x onerror=alert(1)>");
        assert_eq!(input.currency, Currency::Eur);
        assert_eq!(input.objective, Objective::Community);
        assert_eq!(input.platform, Platform::TikTok);
        assert_eq!(input.geography, GeoScope::Local);
        assert_eq!(input.niche_depth, NicheDepth::Deep);
        assert_eq!(input.risk_tolerance, RiskTolerance::Low);
        assert_eq!(input.content_style, ContentStyle::Authentic);
        assert!(input.usage_rights);
        assert_eq!(input.budget, "12500");
        assert_eq!(input.capacity_hours, "12.5");
        assert_eq!(input.hourly_cost, "ongeveer 50");
        assert_eq!(input.horizon_weeks, "26");
        assert_eq!(
            input.creators,
            [
                creator(
                    0,
                    "@lisa.bakes",
                    Platform::Instagram,
                    ["48000", "3.2", "450"]
                ),
                creator(1, "Bram 🚲", Platform::TikTok, ["twaalf k", "", "1250.5"]),
                creator(2, "", Platform::YouTube, ["2000000", "0.125", ""]),
                creator(3, "  spaties  ", Platform::TikTok, ["", " ", "1,2,3"]),
            ]
        );
    }

    #[test]
    fn round_two_keys_round_trip_and_old_campaigns_get_their_defaults() {
        // A format-1 campaign without the optional keys keeps the market, has no order value or
        // margin, one post per creator, the tier's conversion rate, and nobody pinned.
        let old = from_json(FIXTURE_V1, Lang::En).unwrap();
        assert!(old.use_market);
        assert_eq!((old.aov.as_str(), old.margin_percent.as_str()), ("", ""));
        for row in &old.creators {
            assert_eq!(
                (row.posts.as_str(), row.conversion_percent.as_str()),
                ("", "")
            );
            assert_eq!(row.choice, Choice::Open);
        }
        let mut plan = dutch_plan();
        plan.use_market = false;
        plan.aov = "49,95".into();
        plan.margin_percent = "35".into();
        plan.creators[0].posts = "3".into();
        plan.creators[0].conversion_percent = "2,5".into();
        plan.creators[0].choice = Choice::Pinned;
        plan.creators[2].choice = Choice::Excluded;
        let json = to_json(&plan);
        assert!(
            json.contains(r#""aov":49.95,"margin":35,"mkt":false"#),
            "{json}"
        );
        assert!(json.contains(r#""k":3,"c":2.5,"ch":"pinned""#), "{json}");
        assert!(json.contains(r#""ch":"excluded""#), "{json}");
        assert_eq!(from_json(&json, Lang::Nl).unwrap(), plan);
        // An unknown choice is damage, named by its key.
        let bad = json.replace(r#""ch":"pinned""#, r#""ch":"maybe""#);
        assert!(
            matches!(from_json(&bad, Lang::Nl), Err(FormatError::Damaged(m)) if m.starts_with("cr[0].ch"))
        );
    }

    #[test]
    fn the_roster_is_kept_in_storage_but_never_in_a_link() {
        let mut plan = dutch_plan();
        let mut lisa = RosterCreator::new(2, "lisa.bakes", 42_900);
        lisa.platform = Some(Platform::Instagram);
        lisa.engagement = Some(0.1185);
        lisa.price = Some((1_250.5, Some(Currency::Eur)));
        lisa.niche = Some("baking".into());
        let bram = RosterCreator::new(3, "bram", 5_000);
        plan.roster = plan.roster.with(|r| {
            r.add(vec![lisa, bram], Platform::Instagram);
            r.set_choice(1, Choice::Excluded);
        });
        let json = to_json(&plan);
        assert!(json.contains(r#""ros":[{"h":"lisa.bakes","pf":"instagram","f":42900,"e":0.1185,"p":1250.5,"cur":"EUR","ni":"baking"},{"h":"bram","f":5000,"ch":"excluded"}]"#), "{json}");
        let back = from_json(&json, Lang::Nl).unwrap();
        assert_eq!(back.roster.0.len(), 2);
        assert_eq!(back.roster.0.entries()[1].choice, Choice::Excluded);
        assert_eq!(
            back.roster.0.entries()[0].creator.price,
            Some((1_250.5, Some(Currency::Eur)))
        );
        // A link carries the plan's creators, not the roster.
        assert!(!to_link_json(&plan).contains("ros"));
        // Damaged entries are named by their key.
        for (from, to, key) in [
            (r#""f":5000"#, r#""f":0"#, "ros[1].f"),
            (r#""e":0.1185"#, r#""e":1.5"#, "ros[0].e"),
            (
                r#""h":"lisa.bakes","pf":"instagram""#,
                r#""h":"lisa.bakes","pf":"myspace""#,
                "ros[0].pf",
            ),
        ] {
            let bad = json.replacen(from, to, 1);
            assert!(
                matches!(from_json(&bad, Lang::En), Err(FormatError::Damaged(m)) if m.starts_with(key)),
                "{key}"
            );
        }
    }

    #[test]
    fn writes_the_documented_shape() {
        assert_eq!(to_json(&dutch_plan()), FIXTURE_V1);
    }

    #[test]
    fn a_country_and_typical_rows_round_trip_and_their_absence_means_what_it_meant() {
        let mut plan = dutch_plan();
        plan.country = micromacro_engine::Country::De;
        plan.creators[0].typical = 12;
        let json = to_json(&plan);
        assert!(json.contains(r#""geo":"local","ctry":"de""#), "{json}");
        assert!(json.contains(r#""p":450,"t":12}"#), "{json}");
        let read = from_json(&json, Lang::Nl).unwrap();
        assert_eq!(read.country, micromacro_engine::Country::De);
        assert_eq!(read.creators[0].typical, 12);
        // Older campaigns have neither key: a Dutch campaign, every creator a named one.
        let old = from_json(FIXTURE_V1, Lang::Nl).unwrap();
        assert_eq!(old.country, micromacro_engine::Country::Nl);
        assert!(old.creators.iter().all(|c| c.typical == 0));
        for (bad, key) in [
            (json.replace(r#""ctry":"de""#, r#""ctry":"xx""#), "ctry"),
            (json.replace(r#""t":12"#, r#""t":10001"#), "cr[0].t"),
            (json.replace(r#""t":12"#, r#""t":-1"#), "cr[0].t"),
        ] {
            assert!(
                matches!(from_json(&bad, Lang::En), Err(FormatError::Damaged(m)) if m.starts_with(key)),
                "{key}: {bad}"
            );
        }
    }

    #[test]
    fn empty_and_null_fields_read_as_empty() {
        let minimal = r#"{"v":1,"cur":"USD","obj":"content","pf":"youtube","geo":"national","niche":"focused","risk":"medium","style":"balanced"}"#;
        let input = from_json(minimal, Lang::Nl).unwrap();
        assert_eq!(input.name, "");
        assert_eq!(input.budget, "");
        assert!(!input.usage_rights);
        assert!(input.creators.is_empty());
        let nulls = r#"{"v":1,"name":null,"cur":"USD","obj":"content","pf":"youtube","geo":"national","niche":"focused","risk":"medium","style":"balanced","budget":null,"cr":[{"n":null,"pf":"tiktok","f":null}]}"#;
        let input = from_json(nulls, Lang::En).unwrap();
        assert_eq!((input.name.as_str(), input.budget.as_str()), ("", ""));
        assert_eq!(input.creators[0], CreatorInput::blank(0, Platform::TikTok));
    }

    #[test]
    fn unknown_keys_are_ignored() {
        let newer = FIXTURE_V1.replacen(r#""v":1,"#, r#""v":1,"later":{"x":[1,2]},"#, 1);
        assert_eq!(from_json(&newer, Lang::En), from_json(FIXTURE_V1, Lang::En));
    }

    fn damaged_key(raw: &str) -> String {
        match from_json(raw, Lang::En) {
            Err(FormatError::Damaged(message)) => message,
            other => panic!("expected Damaged, got {other:?} for {raw}"),
        }
    }

    #[test]
    fn unreadable_campaigns_say_why() {
        assert_eq!(from_json("", Lang::En), Err(FormatError::NotACampaign));
        assert_eq!(from_json("[1]", Lang::En), Err(FormatError::NotACampaign));
        assert_eq!(
            from_json(r#"{"name":"x"}"#, Lang::En),
            Err(FormatError::NotACampaign)
        );
        assert_eq!(
            from_json(r#"{"v":"1"}"#, Lang::En),
            Err(FormatError::NotACampaign)
        );
        assert_eq!(
            from_json(r#"{"v":0}"#, Lang::En),
            Err(FormatError::NotACampaign)
        );
        assert_eq!(
            from_json(r#"{"v":2,"anything":true}"#, Lang::En),
            Err(FormatError::FutureVersion(2))
        );
        // A number beyond an f64's range is not JSON the app reads (json::parse).
        assert_eq!(
            from_json(&FIXTURE_V1.replace("12500", "1e999"), Lang::En),
            Err(FormatError::NotACampaign)
        );
        // Missing and wrongly typed values, each named by its key.
        let cases = [
            (r#"{"v":1}"#.to_owned(), "cur: missing"),
            (
                FIXTURE_V1.replace(r#""rights":true"#, r#""rights":"yes""#),
                "rights: not true or false",
            ),
            (
                FIXTURE_V1.replace(r#""budget":12500"#, r#""budget":[12500]"#),
                "budget: not a number or a text",
            ),
            (
                FIXTURE_V1.replace(r#""f":48000"#, r#""f":{"k":48}"#),
                "cr[0].f: not a number or a text",
            ),
            (
                FIXTURE_V1.replace(r#""cr":["#, r#""cr":[7,"#),
                "cr[0]: not an object",
            ),
            (
                FIXTURE_V1.replace(r#""cur":"EUR""#, r#""cur":1"#),
                "cur: not a text",
            ),
            (
                FIXTURE_V1.replace(r#""weeks":26"#, r#""weeks":26,"aov":true"#),
                "aov: not a number or a text",
            ),
            (
                FIXTURE_V1.replace(r#""weeks":26"#, r#""ros":{"h":"a"}"#),
                "ros: not a list",
            ),
            (
                FIXTURE_V1.replace(r#""weeks":26"#, r#""bench":[["exchange-rate"]]"#),
                "bench: not a [cell, value] pair",
            ),
            (
                FIXTURE_V1.replace(r#""weeks":26"#, r#""ros":[{"h":"a","f":1.5}]"#),
                "ros[0].f: not a whole number",
            ),
            (
                FIXTURE_V1.replace(r#""weeks":26"#, r#""ros":[{"h":"a"}]"#),
                "ros[0].f: missing",
            ),
        ];
        for (raw, expected) in cases {
            assert_eq!(damaged_key(&raw), expected, "{raw}");
        }
        // A key twice is not JSON the app reads.
        assert_eq!(
            from_json(
                &FIXTURE_V1.replace(r#""v":1,"#, r#""v":1,"v":1,"#),
                Lang::En
            ),
            Err(FormatError::NotACampaign)
        );
    }

    #[test]
    fn unknown_ids_name_their_key() {
        let check = |from: &str, to: &str, key: &str| {
            let message = damaged_key(&FIXTURE_V1.replacen(from, to, 1));
            assert!(
                message.starts_with(&format!("{key}: unknown id")),
                "{message}"
            );
        };
        check(r#""cur":"EUR""#, r#""cur":"GBP""#, "cur");
        check(r#""cur":"EUR""#, r#""cur":"eur""#, "cur");
        check(r#""obj":"community""#, r#""obj":"fame""#, "obj");
        check(r#""pf":"tiktok","geo""#, r#""pf":"myspace","geo""#, "pf");
        check(r#""geo":"local""#, r#""geo":"moon""#, "geo");
        check(r#""niche":"deep""#, r#""niche":"""#, "niche");
        check(r#""risk":"low""#, r#""risk":"none""#, "risk");
        check(r#""style":"authentic""#, r#""style":"raw""#, "style");
        check(r#""pf":"youtube""#, r#""pf":"vine""#, "cr[2].pf");
    }

    #[test]
    fn caps_hold() {
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        let at_cap = "é".repeat(MAX_TEXT_CHARS);
        let with_name = |name: &str| FIXTURE_V1.replace("Bram 🚲", name);
        assert_eq!(
            from_json(&with_name(&at_cap), Lang::En).unwrap().creators[1].name,
            at_cap,
            "the cap counts characters, not bytes"
        );
        assert!(damaged_key(&with_name(&long)).starts_with("cr[1].n: text longer"));
        let message = damaged_key(&FIXTURE_V1.replace("ongeveer 50", &long));
        assert!(message.starts_with("hcost: text longer"), "{message}");
        let message =
            damaged_key(&FIXTURE_V1.replace(r#""cur":"EUR""#, &format!(r#""cur":"{long}""#)));
        assert!(message.starts_with("cur: text longer"), "{message}");

        let huge = "y".repeat(100_000);
        let message =
            damaged_key(&FIXTURE_V1.replace(r#""rights":true"#, &format!(r#""rights":"{huge}""#)));
        assert!(
            message.chars().count() <= MAX_TEXT_CHARS,
            "a hostile value is not quoted whole: {} characters",
            message.len()
        );

        let row = r#"{"pf":"tiktok"}"#;
        let with_rows = |n: usize| {
            let rows = vec![row; n].join(",");
            FIXTURE_V1.replacen(r#""cr":["#, &format!(r#""cr":[{rows},"#), 1)
        };
        assert_eq!(
            from_json(&with_rows(MAX_CREATORS - 4), Lang::En)
                .unwrap()
                .creators
                .len(),
            MAX_CREATORS
        );
        let message = damaged_key(&with_rows(MAX_CREATORS - 3));
        assert_eq!(message, "cr: 501 creators, at most 500");
    }

    #[test]
    fn writing_keeps_to_the_caps() {
        let mut input = english_plan();
        input.name = "ñ".repeat(MAX_TEXT_CHARS + 50);
        input.budget = "?".repeat(MAX_TEXT_CHARS * 3);
        input.creators = (0..MAX_CREATORS as u64 + 20)
            .map(|id| creator(id, "@x", Platform::TikTok, ["1000", "", ""]))
            .collect();
        let back = from_json(&to_json(&input), Lang::En).unwrap();
        assert_eq!(back.name, "ñ".repeat(MAX_TEXT_CHARS));
        assert_eq!(back.budget, "?".repeat(MAX_TEXT_CHARS));
        assert_eq!(back.creators.len(), MAX_CREATORS);
    }

    #[test]
    fn to_input_refuses_a_version_it_does_not_know() {
        let mut dto = CampaignV1::from_input(&english_plan());
        dto.v = 2;
        assert_eq!(dto.to_input(Lang::En), Err(FormatError::FutureVersion(2)));
        dto.v = 0;
        assert_eq!(dto.to_input(Lang::En), Err(FormatError::NotACampaign));
    }
}
