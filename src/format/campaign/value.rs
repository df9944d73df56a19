//! A campaign of format 1 as a JSON value and back: [`CampaignV1`] written key by key in the
//! order of the format's table, and read key by key, so that a value of the wrong type is
//! named by its key (`cr[2].pf: not a text`).

use std::fmt;

use super::*;
use crate::json::{Object, Value};

impl CampaignV1 {
    /// The JSON object of the module docs, keys in the order of the table there; optional
    /// keys only when they differ from what their absence means.
    pub(super) fn into_value(self) -> Value<'static> {
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
        o.insert_some("ceil", self.price_ceiling);
        if !self.use_market {
            o.insert("mkt", false);
        }
        o.insert_items("ros", self.roster.into_iter().map(RosterV1::into_value));
        o.insert_items("res", self.results.into_iter().map(ResultV1::into_value));
        o.insert_items(
            "lch",
            self.picks.into_iter().map(|p| {
                let mut o = Object::new();
                o.insert("h", p.h);
                o.insert("pf", p.pf);
                o.insert("ch", p.ch);
                o.into()
            }),
        );
        o.insert_some("lni", self.niche_filter);
        o.into()
    }

    /// The campaign object `value` (known to be an object of this version), each value
    /// checked for its type; caps and ids are checked by [`CampaignV1::to_input`].
    pub(super) fn read(value: &Value<'_>) -> Result<Self, FormatError> {
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
            price_ceiling: top.entry("ceil")?,
            use_market: top.flag("mkt", true)?,
            roster: top.list("ros", |item, row| {
                RosterV1::read(Fields::item(item, "ros", row)?).map(RosterV1::into_owned)
            })?,
            results: top.list("res", |item, row| {
                ResultV1::read(Fields::item(item, "res", row)?)
            })?,
            picks: top.list("lch", |item, row| {
                let pick = Fields::item(item, "lch", row)?;
                Ok(PickV1 {
                    h: pick.required_text("h")?,
                    pf: pick.required_text("pf")?,
                    ch: pick.required_text("ch")?,
                })
            })?,
            niche_filter: top.text("lni")?,
        })
    }
}

impl CreatorV1 {
    pub(super) fn into_value(self) -> Value<'static> {
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

    pub(super) fn read(row: Fields<'_, '_>) -> Result<Self, FormatError> {
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

impl ResultV1 {
    pub(super) fn into_value(self) -> Value<'static> {
        let mut o = Object::new();
        o.insert("h", self.h);
        for (key, figure) in RESULT_KEYS.into_iter().zip(self.figures) {
            o.insert_some(key, figure);
        }
        o.into()
    }

    pub(super) fn read(row: Fields<'_, '_>) -> Result<Self, FormatError> {
        let mut figures: [Option<Entry>; Figure::COUNT] = Default::default();
        for (figure, key) in figures.iter_mut().zip(RESULT_KEYS) {
            *figure = row.entry(key)?;
        }
        Ok(ResultV1 {
            h: row.required_text("h")?,
            figures,
        })
    }
}

impl RosterV1 {
    pub(super) fn into_value(self) -> Value<'static> {
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
}

impl<'v> RosterV1<&'v str> {
    /// The entry `row`, its texts borrowed from the JSON.
    pub(super) fn read(row: Fields<'v, '_>) -> Result<Self, FormatError> {
        let f = row.whole("f")?;
        let h = row.str("h")?;
        Ok(RosterV1 {
            h: row.required("h", h)?,
            n: row.str("n")?,
            pf: row.str("pf")?,
            f: row.required("f", f)?,
            e: row.number("e")?,
            p: row.number("p")?,
            cur: row.str("cur")?,
            c: row.str("c")?,
            ni: row.str("ni")?,
            fk: row.number("fk")?,
            cv: row.number("cv")?,
            // Past a u32 is out of range as much as past the cap (checked on conversion).
            k: row
                .whole("k")?
                .map(|k| u32::try_from(k).unwrap_or(u32::MAX)),
            ch: row.str("ch")?,
        })
    }
}

impl Entry {
    /// `None` for an empty field; a number when `text` reads in `notation`.
    pub(super) fn from_text(notation: Lang, text: &str) -> Option<Entry> {
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
pub(super) fn write_number(notation: Lang, value: f64) -> String {
    crate::i18n::write_number(notation, value, false, crate::i18n::Digits::Exact)
}

/// Where a value is in the JSON, for error messages: `cur`, or `cr[2].pf` for a key of an
/// item of a list.
#[derive(Clone, Copy)]
pub(super) struct Key {
    /// The list and the item's index, for a key of an item.
    item: Option<(&'static str, usize)>,
    field: &'static str,
}

impl Key {
    /// A key of the campaign object.
    pub(super) const fn top(field: &'static str) -> Key {
        Key { item: None, field }
    }

    /// A key of the item at `row` of the list `list` (`cr`, `ros`).
    pub(super) const fn item(list: &'static str, row: usize, field: &'static str) -> Key {
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
pub(super) struct Fields<'v, 'a> {
    object: &'v Object<'a>,
    item: Option<(&'static str, usize)>,
}

impl<'v, 'a> Fields<'v, 'a> {
    /// The item at `row` of the list `list`, which must be an object.
    pub(super) fn item(
        value: &'v Value<'a>,
        list: &'static str,
        row: usize,
    ) -> Result<Self, FormatError> {
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

    pub(super) fn key(&self, field: &'static str) -> Key {
        Key {
            item: self.item,
            field,
        }
    }

    pub(super) fn get(&self, field: &'static str) -> Option<&'v Value<'a>> {
        self.object
            .get(field)
            .filter(|value| !matches!(value, Value::Null))
    }

    /// The value of `field` read by `read`, which says what it expected when it cannot.
    pub(super) fn read<T>(
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

    pub(super) fn required<T>(
        &self,
        field: &'static str,
        value: Option<T>,
    ) -> Result<T, FormatError> {
        value.ok_or_else(|| damaged(self.key(field), format_args!("missing")))
    }

    pub(super) fn text(&self, field: &'static str) -> Result<Option<String>, FormatError> {
        Ok(self.str(field)?.map(str::to_owned))
    }

    /// [`Fields::text`], borrowed from the JSON.
    pub(super) fn str(&self, field: &'static str) -> Result<Option<&'v str>, FormatError> {
        self.read(field, "a text", Value::as_str)
    }

    pub(super) fn required_text(&self, field: &'static str) -> Result<String, FormatError> {
        let text = self.text(field)?;
        self.required(field, text)
    }

    pub(super) fn number(&self, field: &'static str) -> Result<Option<f64>, FormatError> {
        self.read(field, "a number", Value::as_f64)
    }

    pub(super) fn whole(&self, field: &'static str) -> Result<Option<u64>, FormatError> {
        self.read(field, "a whole number", Value::as_u64)
    }

    pub(super) fn flag(&self, field: &'static str, absent: bool) -> Result<bool, FormatError> {
        Ok(self
            .read(field, "true or false", Value::as_bool)?
            .unwrap_or(absent))
    }

    pub(super) fn entry(&self, field: &'static str) -> Result<Option<Entry>, FormatError> {
        self.read(field, "a number or a text", |value| match value {
            Value::Number(n) => Some(Entry::Number(n.as_f64())),
            Value::String(text) => Some(Entry::Text(text.to_string())),
            _ => None,
        })
    }

    /// The items of the list `field`, each read by `read` (none when absent).
    pub(super) fn list<T>(
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

pub(super) fn number_text(
    key: Key,
    entry: Option<&Entry>,
    notation: Lang,
) -> Result<String, FormatError> {
    match entry {
        None => Ok(String::new()),
        Some(Entry::Number(value)) => Ok(write_number(notation, *value)),
        Some(Entry::Text(raw)) => text(key, Some(raw)),
    }
}

pub(super) fn text(key: Key, value: Option<&str>) -> Result<String, FormatError> {
    let value = value.unwrap_or_default();
    check_length(key, value)?;
    Ok(value.to_owned())
}

pub(super) fn parse_id<T: std::str::FromStr>(key: Key, value: &str) -> Result<T, FormatError> {
    check_length(key, value)?;
    value
        .parse()
        .map_err(|_| damaged(key, format_args!("unknown id {value:?}")))
}

pub(super) fn check_length(key: Key, value: &str) -> Result<(), FormatError> {
    // No more bytes than the cap is no more characters (most texts: no counting); counting
    // stops at the cap: a hostile text costs no more than a long one.
    if value.len() > MAX_TEXT_CHARS && value.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err(damaged(
            key,
            format_args!("text longer than {MAX_TEXT_CHARS} characters"),
        ));
    }
    Ok(())
}

pub(super) fn damaged(key: Key, problem: fmt::Arguments<'_>) -> FormatError {
    FormatError::Damaged(format!("{key}: {problem}"))
}

pub(super) fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| truncate(text).to_owned())
}

/// `text`, cut after [`MAX_TEXT_CHARS`] characters.
pub(super) fn truncate(text: &str) -> &str {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}
