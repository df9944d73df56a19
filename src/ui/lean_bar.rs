//! A bar from the centre of a track towards micro (left) or macro (right).

use leptos::prelude::*;

use super::checklist::lean_position;
use crate::i18n::plain_number;

/// Where the bar for `lean` starts and how wide it is, in percent of the
/// track: it always starts or ends at the centre.
pub fn lean_span(lean: f64) -> (f64, f64) {
    let end = lean_position(lean);
    if end < 50.0 {
        (end, 50.0 - end)
    } else {
        (50.0, end - 50.0)
    }
}

/// The bar for `lean` in [−1 micro, +1 macro], coloured by `side` (`micro`,
/// `macro`, or another word for the neutral colour). Decorative: the caller
/// says the lean in words next to it.
#[component]
pub fn LeanBar(
    /// The lean.
    lean: f64,
    /// The side's class suffix.
    side: &'static str,
) -> impl IntoView {
    let (left, width) = lean_span(lean);
    view! {
        <span class="factor-lean__track" aria-hidden="true">
            <span
                class=format!("factor-lean__bar factor-lean__bar--{side}")
                style:left=format!("{}%", plain_number(left))
                style:width=format!("{}%", plain_number(width))
            ></span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_grow_from_the_centre() {
        assert_eq!(lean_span(-1.0), (0.0, 50.0));
        assert_eq!(lean_span(0.0), (50.0, 0.0));
        assert_eq!(lean_span(0.5), (50.0, 25.0));
        assert_eq!(lean_span(-0.2), (40.0, 10.0));
    }
}
