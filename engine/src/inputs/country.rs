//! The countries the market knows ([`Country`]), by their ISO 3166 codes; how many people
//! use each platform there is the market's ([`crate::market::people`]).

use crate::inputs::ids::id_enum;

id_enum! {
    /// A country of the market (ISO 3166 codes, lower case).
    pub enum Country: "country" {
        /// The Netherlands.
        Nl => "nl",
        /// Belgium.
        Be => "be",
        /// Germany.
        De => "de",
        /// France.
        Fr => "fr",
        /// The United Kingdom.
        Gb => "gb",
        /// Spain.
        Es => "es",
        /// Italy.
        It => "it",
        /// The United States.
        Us => "us",
    }
}

impl Default for Country {
    /// The Netherlands: the app's home market.
    fn default() -> Self {
        Country::Nl
    }
}
