//! The planner's form: every field as the user typed it, and how each reads
//! into the engine's types.

use micromacro_engine::{
    Brief, Choice, ContentStyle, Creator, Currency, EngagementRate, Field, GeoScope, MAX_POSTS,
    Money, NicheDepth, Objective, Platform, RiskTolerance, ValidationError, count_from_f64,
    rate_from_percent,
};

use super::number::parse_decimal;
use crate::i18n::Lang;

/// Why a field's text was not accepted. Each case has a message in the
/// catalogue under `input.error.<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing typed where a value is needed.
    Required,
    /// Not a number.
    NotANumber,
    /// A number the engine refused; the engine's kind (`negative`,
    /// `rate_out_of_range`, `out_of_range`, `not_whole`, `not_finite` …).
    Invalid(&'static str),
}

impl InputError {
    /// The catalogue key of the message shown next to the field.
    pub fn message_key(self) -> &'static str {
        match self {
            InputError::Required => "input.error.required",
            InputError::NotANumber => "input.error.not_a_number",
            InputError::Invalid("negative") => "input.error.negative",
            InputError::Invalid("not_positive") => "input.error.not_positive",
            InputError::Invalid("rate_out_of_range") => "input.error.rate_out_of_range",
            InputError::Invalid("not_whole") => "input.error.not_whole",
            InputError::Invalid("low_above_high") => "input.error.low_above_high",
            InputError::Invalid(_) => "input.error.out_of_range",
        }
    }
}

impl From<ValidationError> for InputError {
    fn from(error: ValidationError) -> Self {
        InputError::Invalid(error.kind())
    }
}

/// One creator row as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreatorInput {
    /// Unique among the rows of a plan (keys the row in the UI).
    pub id: u64,
    /// Name or handle (free text).
    pub name: String,
    /// Platform of the posts.
    pub platform: Platform,
    /// Followers, as typed.
    pub followers: String,
    /// Engagement rate in percent, as typed; empty: the tier's benchmark.
    pub engagement_percent: String,
    /// Price per post in the plan's currency, as typed; empty: the price table.
    pub price: String,
    /// Posts in the campaign, as typed; empty: one.
    pub posts: String,
    /// Conversions per engagement in percent, as typed; empty: the tier's default.
    pub conversion_percent: String,
    /// Pinned, excluded, or left to the optimiser.
    pub choice: Choice,
    /// 0 for a named creator; `n ≥ 1` for a typical creator of the market the plan hires `n`
    /// of, still to be found (a row the advice added: its name says what it stands for).
    pub typical: u32,
}

impl CreatorInput {
    /// A blank row on `platform`.
    pub fn blank(id: u64, platform: Platform) -> Self {
        Self {
            id,
            name: String::new(),
            platform,
            followers: String::new(),
            engagement_percent: String::new(),
            price: String::new(),
            posts: String::new(),
            conversion_percent: String::new(),
            choice: Choice::Open,
            typical: 0,
        }
    }

    /// How many creators this row hires: one, or the typical creators it stands for.
    pub fn copies(&self) -> u32 {
        self.typical.clamp(1, micromacro_engine::MAX_PLANNED)
    }

    /// Followers, or why not.
    pub fn read_followers(&self, lang: Lang) -> Result<u64, InputError> {
        let value = required_number(lang, &self.followers)?;
        let followers = count_from_f64(value, Field::Followers)?;
        if followers == 0 {
            return Err(InputError::Invalid("out_of_range"));
        }
        Ok(followers)
    }

    /// The engagement rate (a fraction), `None` when left empty, or why not.
    pub fn read_engagement(&self, lang: Lang) -> Result<Option<f64>, InputError> {
        optional_number(lang, &self.engagement_percent)?
            .map(|percent| {
                rate_from_percent(percent, Field::EngagementRate).map_err(InputError::from)
            })
            .transpose()
    }

    /// The price per post, `None` when left empty, or why not.
    pub fn read_price(&self, lang: Lang, currency: Currency) -> Result<Option<Money>, InputError> {
        optional_number(lang, &self.price)?
            .map(|value| {
                Money::from_major_f64(value, currency, Field::PricePerPost)
                    .map_err(InputError::from)
            })
            .transpose()
    }

    /// Posts in the campaign (empty: one), or why not.
    pub fn read_posts(&self, lang: Lang) -> Result<u32, InputError> {
        let Some(value) = optional_number(lang, &self.posts)? else {
            return Ok(1);
        };
        let posts = count_from_f64(value, Field::Posts)?;
        if posts == 0 || posts > u64::from(MAX_POSTS) {
            return Err(InputError::Invalid("out_of_range"));
        }
        Ok(posts as u32)
    }

    /// The conversion rate (a fraction), `None` when left empty, or why not.
    pub fn read_conversion(&self, lang: Lang) -> Result<Option<f64>, InputError> {
        optional_number(lang, &self.conversion_percent)?
            .map(|percent| {
                rate_from_percent(percent, Field::CreatorConversionRate).map_err(InputError::from)
            })
            .transpose()
    }

    /// The creator for the engine, when every field reads.
    pub fn to_creator(&self, lang: Lang, currency: Currency) -> Option<Creator> {
        let mut creator = Creator::new(self.platform, self.read_followers(lang).ok()?)
            .named(self.name.trim())
            .with_posts(self.read_posts(lang).ok()?)
            .with_choice(self.choice)
            .with_planned(self.copies());
        if let Some(rate) = self.read_conversion(lang).ok()? {
            creator = creator.with_conversion_rate(rate);
        }
        if let Some(rate) = self.read_engagement(lang).ok()? {
            creator = creator.with_engagement(EngagementRate::per_follower(rate));
        }
        if let Some(price) = self.read_price(lang, currency).ok()? {
            creator = creator.with_price(price);
        }
        creator.validate().ok().map(|()| creator)
    }
}

/// The whole planner form as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanInput {
    /// The notation the number texts are written in (`1.234,5` or
    /// `1,234.5`). Numbers are always read in this notation, never in
    /// whatever language the page shows now; see [`PlanInput::relocalise`].
    pub notation: Lang,
    /// Campaign name (free text).
    pub name: String,
    /// Budget in whole currency units, as typed.
    pub budget: String,
    /// Currency of the budget and prices.
    pub currency: Currency,
    /// Main objective.
    pub objective: Objective,
    /// Platform the scenarios plan on.
    pub platform: Platform,
    /// Where the audience is.
    pub geography: GeoScope,
    /// The audience's country.
    pub country: micromacro_engine::Country,
    /// How deep into one niche.
    pub niche_depth: NicheDepth,
    /// How much brand risk is acceptable.
    pub risk_tolerance: RiskTolerance,
    /// The kind of content needed.
    pub content_style: ContentStyle,
    /// Creators grant reuse rights.
    pub usage_rights: bool,
    /// Include typical creators from the benchmarks in the pool.
    pub use_market: bool,
    /// Average order value, as typed; empty: unknown.
    pub aov: String,
    /// Gross margin in percent, as typed; empty: unknown.
    pub margin_percent: String,
    /// The most the brand pays for one result (per 1,000 people reached, engaged person or
    /// conversion, by objective), as typed; empty: no ceiling.
    pub price_ceiling: String,
    /// Management hours available, as typed.
    pub capacity_hours: String,
    /// Cost of one management hour, as typed.
    pub hourly_cost: String,
    /// Time horizon in weeks, as typed.
    pub horizon_weeks: String,
    /// The creators.
    pub creators: Vec<CreatorInput>,
    /// The user's edits of the defaults table, one a cell, in the units
    /// people type (percent, dollars); everything else is the published table.
    pub benchmarks: Vec<(super::DefaultCell, f64)>,
    /// The campaign's candidates: the creator library filtered by the brief, plus pins
    /// (shared, so copies of the form are cheap). Rebuilt from the library by the app, never
    /// stored, except while [`PlanInput::roster_embedded`].
    pub roster: super::SharedRoster,
    /// The user's choice (pinned or excluded) of each library creator this campaign decided
    /// on, by key; a creator not listed is left to the optimiser.
    pub library_choices: Vec<(crate::roster::CreatorKey, Choice)>,
    /// Only library creators whose niche contains this text are candidates (empty: any).
    pub library_niche: String,
    /// True while `roster` holds the creators an older campaign carried itself, not yet kept
    /// in the library: such a roster is stored with the campaign until the library has it.
    pub roster_embedded: bool,
    /// The campaign's results, one row per creator of the plan (never in a share link).
    pub results: Vec<super::ResultRow>,
}

impl Default for PlanInput {
    /// The engine's default brief, written out as text.
    fn default() -> Self {
        Self::from_brief(&Brief::default(), Lang::En)
    }
}

impl PlanInput {
    /// True when `self` and `other` are saved as the same campaign: they differ at most in the
    /// candidates, which the library gives and a campaign does not keep (unless it still
    /// carries its own roster). A new set of candidates is not an edit to save.
    #[must_use]
    pub fn saves_as(&self, other: &PlanInput) -> bool {
        if self.roster_embedded || other.roster_embedded {
            return self == other;
        }
        *self
            == PlanInput {
                roster: self.roster.clone(),
                ..other.clone()
            }
    }

    /// A form showing `brief` (no creators), e.g. the brief the checklist's
    /// answers imply.
    pub fn from_brief(brief: &Brief, notation: Lang) -> Self {
        let number = |value: f64| plain_number(notation, value);
        Self {
            notation,
            name: String::new(),
            budget: number(brief.budget.to_major_f64().round()),
            currency: brief.currency(),
            objective: brief.objective,
            platform: brief.platform,
            geography: brief.geography,
            country: brief.country,
            niche_depth: brief.niche_depth,
            risk_tolerance: brief.risk_tolerance,
            content_style: brief.content_style,
            usage_rights: brief.usage_rights,
            use_market: brief.use_market,
            aov: brief
                .aov
                .map(|m| number(m.to_major_f64()))
                .unwrap_or_default(),
            margin_percent: brief.margin.map(|m| number(m * 100.0)).unwrap_or_default(),
            price_ceiling: brief
                .price_ceiling
                .map(|m| number(m.to_major_f64()))
                .unwrap_or_default(),
            // No limit (the default) is an empty field.
            capacity_hours: if brief.management_capacity_hours.is_finite() {
                number(brief.management_capacity_hours)
            } else {
                String::new()
            },
            hourly_cost: number(brief.hourly_cost.to_major_f64().round()),
            horizon_weeks: brief.horizon_weeks.to_string(),
            creators: Vec::new(),
            benchmarks: Vec::new(),
            roster: super::SharedRoster::default(),
            library_choices: Vec::new(),
            library_niche: String::new(),
            roster_embedded: false,
            results: Vec::new(),
        }
    }

    /// The budget, or why not.
    pub fn read_budget(&self, lang: Lang) -> Result<Money, InputError> {
        let value = required_number(lang, &self.budget)?;
        Ok(Money::from_major_f64(value, self.currency, Field::Budget)?)
    }

    /// A limit on the team's hours, `f64::INFINITY` when left empty (no limit: the hours a plan
    /// needs are a cost), or why not.
    pub fn read_capacity(&self, lang: Lang) -> Result<f64, InputError> {
        let Some(hours) = optional_number(lang, &self.capacity_hours)? else {
            return Ok(f64::INFINITY);
        };
        if hours < 0.0 {
            return Err(InputError::Invalid("negative"));
        }
        if hours > micromacro_engine::MAX_CAPACITY_HOURS {
            return Err(InputError::Invalid("out_of_range"));
        }
        Ok(hours)
    }

    /// Cost of a management hour, or why not.
    pub fn read_hourly_cost(&self, lang: Lang) -> Result<Money, InputError> {
        let value = required_number(lang, &self.hourly_cost)?;
        Ok(Money::from_major_f64(
            value,
            self.currency,
            Field::HourlyCost,
        )?)
    }

    /// The horizon in weeks, or why not.
    pub fn read_horizon(&self, lang: Lang) -> Result<u32, InputError> {
        let weeks = count_from_f64(
            required_number(lang, &self.horizon_weeks)?,
            Field::HorizonWeeks,
        )?;
        if weeks == 0 || weeks > u64::from(micromacro_engine::MAX_HORIZON_WEEKS) {
            return Err(InputError::Invalid("out_of_range"));
        }
        Ok(weeks as u32)
    }

    /// The average order value, `None` when left empty, or why not.
    pub fn read_aov(&self, lang: Lang) -> Result<Option<Money>, InputError> {
        optional_number(lang, &self.aov)?
            .map(|value| {
                Money::from_major_f64(value, self.currency, Field::Aov).map_err(InputError::from)
            })
            .transpose()
    }

    /// The price ceiling, `None` when left empty, or why not (a ceiling of nothing would buy
    /// nobody).
    pub fn read_price_ceiling(&self, lang: Lang) -> Result<Option<Money>, InputError> {
        let Some(value) = optional_number(lang, &self.price_ceiling)? else {
            return Ok(None);
        };
        let money = Money::from_major_f64(value, self.currency, Field::PriceCeiling)?;
        if money.cents() <= 0 {
            return Err(InputError::Invalid("not_positive"));
        }
        Ok(Some(money))
    }

    /// The gross margin (a fraction), `None` when left empty, or why not.
    pub fn read_margin(&self, lang: Lang) -> Result<Option<f64>, InputError> {
        optional_number(lang, &self.margin_percent)?
            .map(|percent| rate_from_percent(percent, Field::Margin).map_err(InputError::from))
            .transpose()
    }

    /// The brief for the engine, when every field reads.
    pub fn to_brief(&self, lang: Lang) -> Option<Brief> {
        let brief = Brief {
            objective: self.objective,
            budget: self.read_budget(lang).ok()?,
            platform: self.platform,
            geography: self.geography,
            country: self.country,
            niche_depth: self.niche_depth,
            risk_tolerance: self.risk_tolerance,
            content_style: self.content_style,
            usage_rights: self.usage_rights,
            management_capacity_hours: self.read_capacity(lang).ok()?,
            hourly_cost: self.read_hourly_cost(lang).ok()?,
            horizon_weeks: self.read_horizon(lang).ok()?,
            aov: self.read_aov(lang).ok()?,
            margin: self.read_margin(lang).ok()?,
            price_ceiling: self.read_price_ceiling(lang).ok()?,
            use_market: self.use_market,
        };
        brief.validate().ok().map(|()| brief)
    }

    /// The creators whose every field reads, in order.
    pub fn to_creators(&self, lang: Lang) -> Vec<Creator> {
        self.creators
            .iter()
            .filter_map(|c| c.to_creator(lang, self.currency))
            .collect()
    }

    /// The creators whose every field reads, in order, each with its row's id (the engine
    /// names creators by their position in this list).
    pub fn to_creators_with_ids(&self, lang: Lang) -> (Vec<u64>, Vec<Creator>) {
        self.creators
            .iter()
            .filter_map(|c| {
                c.to_creator(lang, self.currency)
                    .map(|creator| (c.id, creator))
            })
            .unzip()
    }

    /// Rewrites every number that reads into `to`'s notation (`12,5` becomes
    /// `12.5`), so switching the page's language never changes a value. Text
    /// that does not read is left exactly as typed.
    pub fn relocalise(&mut self, to: Lang) {
        let from = self.notation;
        if from == to {
            return;
        }
        let convert = |text: &mut String| {
            if let Some(value) = parse_decimal(from, text) {
                *text = plain_number(to, value);
            }
        };
        for text in [
            &mut self.budget,
            &mut self.capacity_hours,
            &mut self.hourly_cost,
            &mut self.horizon_weeks,
            &mut self.aov,
            &mut self.margin_percent,
            &mut self.price_ceiling,
        ] {
            convert(text);
        }
        for row in &mut self.creators {
            for text in [
                &mut row.followers,
                &mut row.engagement_percent,
                &mut row.price,
                &mut row.posts,
                &mut row.conversion_percent,
            ] {
                convert(text);
            }
        }
        for row in &mut self.results {
            for text in &mut row.values {
                convert(text);
            }
        }
        self.notation = to;
    }

    /// Records the user's value for a defaults-table cell (replacing an
    /// earlier edit of the same cell).
    pub fn set_benchmark(&mut self, cell: super::DefaultCell, value: f64) {
        self.benchmarks.retain(|(c, _)| *c != cell);
        self.benchmarks.push((cell, value));
    }

    /// An id for a new creator row, unused by the current rows.
    pub fn next_creator_id(&self) -> u64 {
        self.creators.iter().map(|c| c.id + 1).max().unwrap_or(0)
    }

    /// Moves the row with `id` one place up (`-1`) or down (`+1`).
    pub fn move_creator(&mut self, id: u64, by: isize) {
        let Some(from) = self.creators.iter().position(|c| c.id == id) else {
            return;
        };
        let to = from as isize + by;
        if (0..self.creators.len() as isize).contains(&to) {
            self.creators.swap(from, to as usize);
        }
    }
}

/// A number as someone would type it: no thousands separators, the
/// language's decimal sign, at most four decimals, no trailing zeros.
pub fn plain_number(lang: Lang, value: f64) -> String {
    crate::i18n::write_number(lang, value, false, crate::i18n::Digits::AtMost(4))
}

fn optional_number(lang: Lang, text: &str) -> Result<Option<f64>, InputError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_decimal(lang, text)
        .map(Some)
        .ok_or(InputError::NotANumber)
}

fn required_number(lang: Lang, text: &str) -> Result<f64, InputError> {
    optional_number(lang, text)?.ok_or(InputError::Required)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(followers: &str, engagement: &str, price: &str) -> CreatorInput {
        CreatorInput {
            followers: followers.into(),
            engagement_percent: engagement.into(),
            price: price.into(),
            ..CreatorInput::blank(0, Platform::Instagram)
        }
    }

    #[test]
    fn new_candidates_are_not_an_edit_to_save_unless_the_campaign_carries_them() {
        use crate::plan::roster_state::RosterState;
        use crate::roster::RosterCreator;
        let input = PlanInput::default();
        let candidates = RosterState::from_entries(vec![(
            RosterCreator::new(2, "lisa.bakes", 48_000),
            Choice::Open,
        )]);
        let mut other = input.clone();
        other.roster = super::super::SharedRoster(std::sync::Arc::new(candidates));
        assert!(input.saves_as(&other) && other.saves_as(&input));
        other.name = "Spring".into();
        assert!(!input.saves_as(&other));
        other.name = input.name.clone();
        other.roster_embedded = true;
        assert!(!input.saves_as(&other), "a carried roster is saved");
    }

    #[test]
    fn the_default_form_reads_as_the_engines_default_brief() {
        let input = PlanInput::default();
        let brief = input.to_brief(Lang::En).expect("defaults are valid");
        let default = Brief::default();
        assert_eq!(brief.budget, default.budget);
        assert_eq!(brief.objective, default.objective);
        assert_eq!(brief.horizon_weeks, default.horizon_weeks);
    }

    #[test]
    fn a_brief_round_trips_through_the_form() {
        let brief = Brief {
            objective: Objective::Community,
            geography: GeoScope::Local,
            usage_rights: true,
            management_capacity_hours: 40.0,
            horizon_weeks: 26,
            ..Brief::default()
        };
        let read = PlanInput::from_brief(&brief, Lang::Nl)
            .to_brief(Lang::Nl)
            .unwrap();
        assert_eq!(read.objective, Objective::Community);
        assert_eq!(read.geography, GeoScope::Local);
        assert_eq!(read.management_capacity_hours, 40.0);
        assert_eq!(read.horizon_weeks, 26);
        assert!(read.usage_rights);
    }

    #[test]
    fn switching_language_never_changes_a_value() {
        let mut input = PlanInput::from_brief(&Brief::default(), Lang::Nl);
        input.budget = "12.500".into();
        input.creators = vec![row("50.000", "12,5", "1.250,50"), row("oops", "3,5", "")];
        let before = (
            input.to_brief(Lang::Nl).unwrap(),
            input.to_creators(Lang::Nl),
        );
        input.relocalise(Lang::En);
        assert_eq!(input.notation, Lang::En);
        assert_eq!(input.budget, "12500");
        assert_eq!(input.creators[0].followers, "50000");
        assert_eq!(input.creators[0].engagement_percent, "12.5");
        assert_eq!(input.creators[0].price, "1250.5");
        assert_eq!(
            input.creators[1].followers, "oops",
            "text that does not read stays as typed"
        );
        assert_eq!(
            (
                input.to_brief(Lang::En).unwrap(),
                input.to_creators(Lang::En)
            ),
            before
        );
        input.relocalise(Lang::Nl);
        assert_eq!(input.creators[0].engagement_percent, "12,5");
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(plain_number(Lang::En, 5000.0), "5000");
        assert_eq!(plain_number(Lang::Nl, 12.5), "12,5");
        assert_eq!(plain_number(Lang::En, 0.125), "0.125");
        assert_eq!(plain_number(Lang::Nl, -0.00001), "0");
    }

    #[test]
    fn each_field_says_what_is_wrong() {
        let input = PlanInput {
            budget: "lots".into(),
            ..PlanInput::default()
        };
        assert_eq!(input.read_budget(Lang::En), Err(InputError::NotANumber));
        let input = PlanInput {
            budget: "-5".into(),
            ..PlanInput::default()
        };
        assert_eq!(
            input.read_budget(Lang::En).unwrap_err().message_key(),
            "input.error.negative"
        );
        let input = PlanInput {
            budget: " ".into(),
            ..PlanInput::default()
        };
        assert_eq!(input.read_budget(Lang::En), Err(InputError::Required));
        assert_eq!(input.to_brief(Lang::En), None);
        assert_eq!(
            row("12.5", "", "")
                .read_followers(Lang::En)
                .unwrap_err()
                .message_key(),
            "input.error.not_whole"
        );
        assert_eq!(
            row("0", "", "")
                .read_followers(Lang::En)
                .unwrap_err()
                .message_key(),
            "input.error.out_of_range"
        );
        assert_eq!(
            row("5000", "120", "")
                .read_engagement(Lang::En)
                .unwrap_err()
                .message_key(),
            "input.error.rate_out_of_range"
        );
    }

    #[test]
    fn the_sources_example_reads_in_both_languages() {
        let en = row("50,000", "12", "500")
            .to_creator(Lang::En, Currency::Eur)
            .unwrap();
        let nl = row("50.000", "12", "500")
            .to_creator(Lang::Nl, Currency::Eur)
            .unwrap();
        assert_eq!(en, nl);
        assert_eq!(en.followers, 50_000);
        assert_eq!(en.engagement, Some(EngagementRate::per_follower(0.12)));
        assert_eq!(
            en.price_per_post,
            Some(Money::from_major(500, Currency::Eur))
        );
    }

    #[test]
    fn empty_optional_fields_leave_the_benchmark() {
        let creator = row("20000", " ", "")
            .to_creator(Lang::En, Currency::Usd)
            .unwrap();
        assert_eq!(creator.engagement, None);
        assert_eq!(creator.price_per_post, None);
    }

    #[test]
    fn invalid_rows_are_left_out_not_dropped() {
        let input = PlanInput {
            creators: vec![
                row("10000", "", ""),
                row("oops", "", ""),
                row("300000", "2", ""),
            ],
            ..PlanInput::default()
        };
        assert_eq!(input.to_creators(Lang::En).len(), 2);
        assert_eq!(input.creators.len(), 3, "the typed row stays");
    }

    #[test]
    fn a_price_ceiling_is_optional_above_zero_and_says_why_not() {
        let input = PlanInput {
            price_ceiling: "0,35".into(),
            ..PlanInput::from_brief(&Brief::default(), Lang::Nl)
        };
        let brief = input.to_brief(Lang::Nl).unwrap();
        assert_eq!(
            brief.price_ceiling,
            Some(Money::from_cents(35, Currency::Eur))
        );
        // Empty: no ceiling; the field reads back from the brief as typed.
        let none = PlanInput::from_brief(&Brief::default(), Lang::Nl);
        assert_eq!(none.to_brief(Lang::Nl).unwrap().price_ceiling, None);
        assert_eq!(
            PlanInput::from_brief(&brief, Lang::Nl).price_ceiling,
            "0,35"
        );
        for (text, key) in [
            ("0", "input.error.not_positive"),
            ("-1", "input.error.negative"),
            ("veel", "input.error.not_a_number"),
        ] {
            let bad = PlanInput {
                price_ceiling: text.into(),
                ..none.clone()
            };
            assert_eq!(bad.to_brief(Lang::Nl), None, "{text}");
            let error = bad.read_price_ceiling(Lang::Nl).unwrap_err();
            assert_eq!(error.message_key(), key, "{text}");
        }
    }

    #[test]
    fn order_value_margin_posts_and_conversion_read_or_say_why() {
        let input = PlanInput {
            aov: "45,50".into(),
            margin_percent: "40".into(),
            ..PlanInput::from_brief(&Brief::default(), Lang::Nl)
        };
        let brief = input.to_brief(Lang::Nl).unwrap();
        assert_eq!(brief.aov, Some(Money::from_cents(4_550, Currency::Eur)));
        assert_eq!(brief.margin, Some(0.4));
        let bad = PlanInput {
            margin_percent: "140".into(),
            ..input
        };
        assert_eq!(bad.to_brief(Lang::Nl), None);
        assert_eq!(
            bad.read_margin(Lang::Nl).unwrap_err().message_key(),
            "input.error.rate_out_of_range"
        );
        let mut r = row("20000", "", "");
        r.posts = "3".into();
        r.conversion_percent = "2,5".into();
        let c = r.to_creator(Lang::Nl, Currency::Eur).unwrap();
        assert_eq!((c.posts, c.conversion_rate), (3, Some(0.025)));
        r.posts = "0".into();
        assert_eq!(
            r.read_posts(Lang::Nl),
            Err(InputError::Invalid("out_of_range"))
        );
        assert_eq!(r.to_creator(Lang::Nl, Currency::Eur), None);
        r.posts = String::new();
        assert_eq!(r.read_posts(Lang::Nl), Ok(1));
    }

    #[test]
    fn creators_keep_their_row_ids() {
        let mut rows = vec![
            row("10000", "", ""),
            row("oops", "", ""),
            row("300000", "2", ""),
        ];
        for (i, r) in rows.iter_mut().enumerate() {
            r.id = 10 + i as u64;
        }
        let input = PlanInput {
            creators: rows,
            ..PlanInput::default()
        };
        let (ids, creators) = input.to_creators_with_ids(Lang::En);
        assert_eq!(ids, vec![10, 12]);
        assert_eq!(creators.len(), 2);
    }

    #[test]
    fn reordering_rows() {
        let mut input = PlanInput::default();
        for id in 0..3 {
            input
                .creators
                .push(CreatorInput::blank(id, Platform::TikTok));
        }
        input.move_creator(2, -1);
        assert_eq!(
            input.creators.iter().map(|c| c.id).collect::<Vec<_>>(),
            vec![0, 2, 1]
        );
        input.move_creator(0, -1);
        assert_eq!(input.creators[0].id, 0, "the first row cannot go up");
        assert_eq!(input.next_creator_id(), 3);
    }
}
