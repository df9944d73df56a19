//! A parsed JSON value, borrowing its strings from the text it was read from where it can.
//!
//! Invariants: a [`Number`] is always finite; an [`Object`] keeps its keys in the order they
//! were read or inserted, each key at most once when it comes from [`super::parse`].

use std::borrow::Cow;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string, unescaped.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object.
    Object(Object<'a>),
}

/// A JSON number: its nearest `f64`, and whether it was written as a whole number (no
/// fraction, no exponent), which is what a count or a version must be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    value: f64,
    integer: bool,
}

impl Number {
    /// A number read from JSON text; `None` unless `value` is finite.
    pub(super) fn read(value: f64, integer: bool) -> Option<Number> {
        value.is_finite().then_some(Number { value, integer })
    }

    /// Its value.
    pub fn as_f64(self) -> f64 {
        self.value
    }

    /// Its value as a whole number, if it was written as one, is not negative and is below
    /// 2^53. (Every whole number below 2^53 is exact in an `f64`, and a larger one never reads
    /// as less, so the value is the number written.)
    pub fn as_u64(self) -> Option<u64> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        (self.integer && (0.0..EXACT).contains(&self.value)).then_some(self.value as u64)
    }
}

/// A JSON object: its members in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object<'a>(pub Vec<(Cow<'a, str>, Value<'a>)>);

impl<'a> Object<'a> {
    /// An empty object.
    pub fn new() -> Self {
        Object(Vec::new())
    }

    /// The value of `key`, if the object has it.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Adds `key` with `value` at the end (the caller adds each key once).
    pub fn insert(&mut self, key: impl Into<Cow<'a, str>>, value: impl Into<Value<'a>>) {
        self.0.push((key.into(), value.into()));
    }

    /// Adds `key` with the list of `items` when there are any.
    pub fn insert_items(&mut self, key: &'a str, items: impl IntoIterator<Item = Value<'a>>) {
        let items: Vec<_> = items.into_iter().collect();
        if !items.is_empty() {
            self.insert(key, items);
        }
    }

    /// Adds `key` with `value` when there is a value.
    pub fn insert_some<V: Into<Value<'a>>>(&mut self, key: &'a str, value: Option<V>) {
        if let Some(value) = value {
            self.insert(key, value);
        }
    }
}

impl<'a> Value<'a> {
    /// The value of `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.as_object()?.get(key)
    }

    /// This object's members, if it is one.
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }

    /// This array's items, if it is one.
    pub fn as_array(&self) -> Option<&[Value<'a>]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// This string, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// This number's value, if it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(number) => Some(number.as_f64()),
            _ => None,
        }
    }

    /// This number as a whole number (see [`Number::as_u64`]).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(number) => number.as_u64(),
            _ => None,
        }
    }

    /// This boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl From<bool> for Value<'_> {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// A finite `f64` as a number; anything else as `null` (see the module docs of `json`).
impl From<f64> for Value<'_> {
    fn from(value: f64) -> Self {
        match Number::read(value, value.fract() == 0.0) {
            Some(number) => Value::Number(number),
            None => Value::Null,
        }
    }
}

impl From<u64> for Value<'_> {
    fn from(value: u64) -> Self {
        // Every whole number the formats write (counts, versions) is far below 2^53.
        Value::from(value as f64)
    }
}

impl From<u32> for Value<'_> {
    fn from(value: u32) -> Self {
        Value::from(f64::from(value))
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::String(Cow::Borrowed(text))
    }
}

impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::String(Cow::Owned(text))
    }
}

impl<'a> From<Object<'a>> for Value<'a> {
    fn from(object: Object<'a>) -> Self {
        Value::Object(object)
    }
}

impl<'a> From<Vec<Value<'a>>> for Value<'a> {
    fn from(items: Vec<Value<'a>>) -> Self {
        Value::Array(items)
    }
}
