//! The benchmarks behind every figure, each with its source, editable.

use std::collections::BTreeMap;

use leptos::prelude::*;
use micromacro_engine::{Platform, SourceId, SourceKind, Tier};

use super::PlanModel;
use crate::i18n::{Lang, id_text, tr, tr_args};
use crate::plan::{DefaultCell, End, InputError, Relative, parse_decimal, plain_number};
use crate::ui::use_i18n;

/// A short label for a value's source: "Modash · 2025", "our assumption",
/// "your value".
fn source_label(lang: Lang, id: SourceId) -> String {
    let source = id.source();
    match source.kind {
        SourceKind::User => tr(lang, "defaults.your_value").to_owned(),
        SourceKind::Results => tr(lang, "defaults.your_results").to_owned(),
        SourceKind::Assumption => tr(lang, "defaults.assumption").to_owned(),
        _ => {
            let name = crate::plan::objective_math::short_source_name(id);
            let year = match (source.year, source.read) {
                (Some(y), _) => y.to_string(),
                (None, Some(read)) => {
                    tr_args(lang, "defaults.read", &[("year", &read.to_string())])
                }
                (None, None) => tr(lang, "defaults.no_year").to_owned(),
            };
            format!("{name} · {year}")
        }
    }
}

/// One editable value: its text (as typed while being edited, else the
/// table's value), the source under it, and a message when it is refused.
#[component]
fn DefaultInput(
    /// Which value.
    cell: DefaultCell,
    /// Its accessible label.
    #[prop(into)]
    label: Signal<String>,
    /// Texts being edited, by cell id.
    texts: RwSignal<BTreeMap<String, (Lang, String)>>,
    /// Refused edits, by cell id.
    errors: RwSignal<BTreeMap<String, InputError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let id = cell.id();
    let input_id = format!("default-{id}");
    let source_id = format!("default-{id}-source");
    let key = id.clone();
    // While a value is being edited its text is shown as typed (in the
    // language it was typed in); otherwise the table's value, written plainly.
    let value = move || {
        let lang = i18n.lang();
        texts
            .with(|t| {
                t.get(&key)
                    .filter(|(typed_in, _)| *typed_in == lang)
                    .map(|(_, text)| text.clone())
            })
            .unwrap_or_else(|| {
                let (value, _) = model.assumptions.with(|a| cell.read(a));
                let scale = 10f64.powi(cell.decimals() as i32);
                plain_number(lang, (value * scale).round() / scale)
            })
    };
    let source = move || model.assumptions.with(|a| cell.read(a).1);
    let key_in = id.clone();
    let on_input = move |text: String| {
        let parsed = parse_decimal(i18n.lang(), &text);
        let result = match parsed {
            None => Err(InputError::NotANumber),
            // Tried on a copy first: only an edit the engine accepts is kept.
            Some(v) => cell
                .write(&mut model.assumptions.get_untracked(), v)
                .map(|()| model.edit(|i| i.set_benchmark(cell, v))),
        };
        errors.update(|e| {
            match result {
                Ok(()) => e.remove(&key_in),
                Err(err) => e.insert(key_in.clone(), err),
            };
        });
        texts.update(|t| {
            t.insert(key_in.clone(), (i18n.lang(), text));
        });
    };
    let key_err = id.clone();
    let error = Signal::derive(move || errors.with(|e| e.get(&key_err).copied()));
    let error_id = format!("default-{id}-error");
    view! {
        <div class="default-input" class:default-input--user=move || source() == SourceId::User>
            <input
                id=input_id
                class="field__input"
                type="text"
                inputmode="decimal"
                data-testid=format!("default-{id}")
                aria-label=move || label.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=format!("{source_id} {error_id}")
                prop:value=value
                on:input:target=move |ev| on_input(ev.target().value())
            />
            <span class="default-input__source" id=source_id>{move || source_label(i18n.lang(), source())}</span>
            <span class="field__error" id=error_id>{move || error.get().map(|e| i18n.text(e.message_key())())}</span>
        </div>
    }
}

/// The defaults panel: engagement and price by platform and tier, reach and
/// fake-follower shares by tier, click-through and the exchange rate. Each
/// value shows where it comes from; an edited value says it is the user's,
/// and every figure on the page follows at once. The sources are listed in
/// full below the tables.
#[component]
pub fn DefaultsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let texts = RwSignal::new(BTreeMap::<String, (Lang, String)>::new());
    let errors = RwSignal::new(BTreeMap::<String, InputError>::new());
    let lang = move || i18n.lang();
    let tier_name = move |t: Tier| id_text(lang(), "tier", t.as_str(), "name");
    let platform_name = move |p: Platform| id_text(lang(), "platform", p.as_str(), "name");
    let input = move |cell: DefaultCell, label: Signal<String>| {
        view! { <DefaultInput cell=cell label=label texts=texts errors=errors /> }
    };
    let platform_table =
        move |title_key: &'static str,
              cells: fn(Platform, Tier) -> Vec<(DefaultCell, &'static str)>| {
            let rows = Tier::ALL
                .iter()
                .map(|tier| {
                    let tier = *tier;
                    let cells = Platform::ALL
                        .iter()
                        .map(|platform| {
                            let platform = *platform;
                            let inputs = cells(platform, tier)
                                .into_iter()
                                .map(|(cell, part_key)| {
                                    let label = Signal::derive(move || {
                                        format!(
                                            "{} ({}), {}, {}",
                                            tr(lang(), title_key),
                                            tr(lang(), part_key),
                                            platform_name(platform),
                                            tier_name(tier)
                                        )
                                    });
                                    input(cell, label)
                                })
                                .collect_view();
                            view! { <td><div class="default-cell">{inputs}</div></td> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{move || tier_name(tier)}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="defaults-table">
                    <caption>{i18n.text(title_key)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.text("defaults.tier")}</th>
                            {Platform::ALL
                                .iter()
                                .map(|p| {
                                    let p = *p;
                                    view! { <th scope="col">{move || platform_name(p)}</th> }
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        };
    let tier_table = move || {
        let rows = Tier::ALL
            .iter()
            .map(|tier| {
                let tier = *tier;
                let label = move |key: &'static str| {
                    Signal::derive(move || format!("{}, {}", tr(lang(), key), tier_name(tier)))
                };
                view! {
                    <tr>
                        <th scope="row">{move || tier_name(tier)}</th>
                        <td>{input(DefaultCell::ReachRate(tier), label("defaults.reach"))}</td>
                        <td>{input(DefaultCell::FakeShare(tier), label("defaults.fake"))}</td>
                        <td>{input(DefaultCell::Conversion(tier), label("defaults.conversion"))}</td>
                        <td>{input(DefaultCell::HoursPerCreator(tier), label("defaults.hours_creator"))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="defaults-table">
                <caption>{i18n.text("defaults.by_tier")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.text("defaults.tier")}</th>
                        <th scope="col">{i18n.text("defaults.reach")}</th>
                        <th scope="col">{i18n.text("defaults.fake")}</th>
                        <th scope="col">{i18n.text("defaults.conversion")}</th>
                        <th scope="col">{i18n.text("defaults.hours_creator")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    // The market: its editable figures, then the published people per platform and country.
    let market_table = move || {
        let row = |cell: DefaultCell, key: &'static str, of: Option<String>| {
            let label = Signal::derive(move || match &of {
                Some(of) => format!("{}, {of}", tr(lang(), key)),
                None => tr(lang(), key).to_owned(),
            });
            view! {
                <tr>
                    <th scope="row">{move || label.get()}</th>
                    <td>{input(cell, label)}</td>
                </tr>
            }
        };
        let mut rows = vec![
            row(
                DefaultCell::CreatorsPerUser,
                "defaults.creators_per_user",
                None,
            )
            .into_any(),
        ];
        for tier in Tier::ALL.iter().copied() {
            rows.push(
                row(
                    DefaultCell::Availability(tier),
                    "defaults.availability",
                    Some(tier_name(tier)),
                )
                .into_any(),
            );
        }
        for depth in micromacro_engine::NicheDepth::ALL.iter().copied() {
            let name = id_text(lang(), "niche", depth.as_str(), "name");
            rows.push(
                row(
                    DefaultCell::NicheShare(depth),
                    "defaults.niche_share",
                    Some(name),
                )
                .into_any(),
            );
        }
        rows.push(row(DefaultCell::LocalShare, "defaults.local_share", None).into_any());
        rows.push(
            row(
                DefaultCell::EfficiencyFloor,
                "defaults.efficiency_floor",
                None,
            )
            .into_any(),
        );
        let users = micromacro_engine::Country::ALL
            .iter()
            .map(|&country| {
                let cells = Platform::ALL
                    .iter()
                    .map(|&platform| {
                        let n = country.users(platform);
                        let note = source_label(lang(), n.source);
                        view! {
                            <td class="num" data-testid="market-users" data-country=country.as_str() data-platform=platform.as_str() data-source=n.source.as_str()>
                                {crate::i18n::format_number(lang(), n.value, 1)}
                                <span class="defaults__source">" "{note}</span>
                            </td>
                        }
                    })
                    .collect_view();
                let cpm = DefaultCell::PaidSocialCpm(country);
                let label = Signal::derive(move || {
                    format!(
                        "{}, {}",
                        tr(lang(), "defaults.paid_social"),
                        id_text(lang(), "country", country.as_str(), "name")
                    )
                });
                view! {
                    <tr>
                        <th scope="row">{id_text(lang(), "country", country.as_str(), "name")}</th>
                        {cells}
                        <td>{input(cpm, label)}</td>
                    </tr>
                }
            })
            .collect_view();
        let heads = Platform::ALL
            .iter()
            .map(|p| view! { <th scope="col" class="num">{id_text(lang(), "platform", p.as_str(), "name")}</th> })
            .collect_view();
        // What paid media would charge for a post's impressions and engagements, per platform:
        // the earned media value, and the yardstick for a ceiling per engaged person.
        let emv = Platform::ALL
            .iter()
            .map(|&platform| {
                let label = move |key: &'static str| {
                    Signal::derive(move || {
                        format!("{}, {}", tr(lang(), key), id_text(lang(), "platform", platform.as_str(), "name"))
                    })
                };
                view! {
                    <tr>
                        <th scope="row">{id_text(lang(), "platform", platform.as_str(), "name")}</th>
                        <td>{input(DefaultCell::EmvCpm(platform), label("defaults.emv_cpm"))}</td>
                        <td>{input(DefaultCell::EmvPerEngagement(platform), label("defaults.emv_engagement"))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="defaults-table" data-testid="defaults-market">
                <caption>{i18n.text("defaults.market")}</caption>
                <tbody>{rows}</tbody>
            </table>
            <table class="defaults-table" data-testid="defaults-users">
                <caption>{i18n.text("defaults.users")}</caption>
                <thead><tr><th scope="col">{i18n.text("defaults.country")}</th>{heads}<th scope="col">{i18n.text("defaults.paid_social")}</th></tr></thead>
                <tbody>{users}</tbody>
            </table>
            <table class="defaults-table" data-testid="defaults-emv">
                <caption>{i18n.text("defaults.emv")}</caption>
                <thead><tr><th scope="col">{i18n.text("creators.platform")}</th><th scope="col">{i18n.text("defaults.emv_cpm")}</th><th scope="col">{i18n.text("defaults.emv_engagement")}</th></tr></thead>
                <tbody>{emv}</tbody>
            </table>
        }
    };
    // Rows of a low–high table: a label and the two ends' cells.
    let range_table =
        move |caption_key: &'static str,
              head_key: &'static str,
              rows: Vec<(Signal<String>, DefaultCell, DefaultCell)>| {
            let rows = rows
                .into_iter()
                .map(|(name, low, high)| {
                    let label = move |end: End| {
                        Signal::derive(move || {
                            format!(
                                "{}, {} ({})",
                                tr(lang(), caption_key),
                                name.get(),
                                tr(lang(), end.label_key())
                            )
                        })
                    };
                    view! {
                        <tr>
                            <th scope="row">{move || name.get()}</th>
                            <td>{input(low, label(End::Low))}</td>
                            <td>{input(high, label(End::High))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="defaults-table">
                    <caption>{i18n.text(caption_key)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.text(head_key)}</th>
                            <th scope="col">{i18n.text("defaults.low")}</th>
                            <th scope="col">{i18n.text("defaults.high")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        };
    let reach_ranges = move || {
        range_table(
            "defaults.reach_range",
            "defaults.tier",
            Tier::ALL
                .iter()
                .map(|&t| {
                    (
                        Signal::derive(move || tier_name(t)),
                        DefaultCell::ReachRateRange(t, End::Low),
                        DefaultCell::ReachRateRange(t, End::High),
                    )
                })
                .collect(),
        )
    };
    let relative_ranges = move || {
        range_table(
            "defaults.relative_range",
            "defaults.benchmark",
            Relative::ALL
                .iter()
                .map(|&r| {
                    (
                        Signal::derive(move || {
                            id_text(lang(), "assumption", r.assumption().as_str(), "name")
                        }),
                        DefaultCell::RelativeRange(r, End::Low),
                        DefaultCell::RelativeRange(r, End::High),
                    )
                })
                .collect(),
        )
    };
    let sources = move || {
        // Every cell's source, each named once.
        let ids = model.assumptions.with(DefaultCell::sources);
        ids.into_iter()
            .filter(|id| !matches!(id.source().kind, SourceKind::User))
            .map(|id| {
                let source = id.source();
                let year = match (source.year, source.read) {
                    (Some(y), _) => y.to_string(),
                    (None, Some(read)) => {
                        tr_args(lang(), "defaults.read", &[("year", &read.to_string())])
                    }
                    (None, None) => tr(lang(), "defaults.no_year").to_owned(),
                };
                let text = format!("{} ({year})", source.name);
                let link = source.url.starts_with("https://").then(|| {
                    view! {
                        " — "
                        <a href=source.url target="_blank" rel="noopener noreferrer">
                            {source.url.trim_start_matches("https://")}
                        </a>
                    }
                });
                view! { <li><strong>{source_label(lang(), id)}</strong>": "{text}{link}</li> }
            })
            .collect_view()
    };
    let reset = move |_| {
        model.edit(|i| i.benchmarks.clear());
        texts.set(BTreeMap::new());
        errors.set(BTreeMap::new());
    };
    // The panel's ~700 elements (half the planner's) are built when it is first opened, not
    // at load: a closed panel costs nothing on a phone's first load. Once built it stays, so
    // closing and reopening keeps what was typed.
    let opened = RwSignal::new(false);
    let contents = move || {
        view! {
            <p class="section-intro">{i18n.text("defaults.intro")}</p>
            <div class="defaults__tables">
                    {platform_table("defaults.engagement", |p, t| vec![(DefaultCell::Engagement(p, t), "defaults.percent")])}
                    {platform_table("defaults.price", |p, t| {
                        vec![(DefaultCell::PriceLow(p, t), "defaults.low"), (DefaultCell::PriceHigh(p, t), "defaults.high")]
                    })}
                    {tier_table()}
                    {market_table()}
                    <div class="defaults__single">
                        <label for="default-click-through">{i18n.text("defaults.ctr")}</label>
                        {input(DefaultCell::ClickThrough, Signal::derive(move || tr(lang(), "defaults.ctr").to_owned()))}
                        <label for="default-exchange-rate">{i18n.text("defaults.exchange")}</label>
                        {input(DefaultCell::ExchangeRate, Signal::derive(move || tr(lang(), "defaults.exchange").to_owned()))}
                        <label for="default-hours-post">{i18n.text("defaults.hours_post")}</label>
                        {input(DefaultCell::HoursPerPost, Signal::derive(move || tr(lang(), "defaults.hours_post").to_owned()))}
                        <label for="default-verdict-micro">{i18n.text("defaults.verdict_micro")}</label>
                        {input(DefaultCell::VerdictMicro, Signal::derive(move || tr(lang(), "defaults.verdict_micro").to_owned()))}
                        <label for="default-verdict-macro">{i18n.text("defaults.verdict_macro")}</label>
                        {input(DefaultCell::VerdictMacro, Signal::derive(move || tr(lang(), "defaults.verdict_macro").to_owned()))}
                    </div>
                </div>
                <h3>{i18n.text("defaults.ranges")}</h3>
                <p class="section-intro">{i18n.text("defaults.ranges_intro")}</p>
                <div class="defaults__tables" data-testid="defaults-ranges">
                    {platform_table("defaults.engagement_range", |p, t| {
                        vec![
                            (DefaultCell::EngagementRange(p, t, End::Low), "defaults.low"),
                            (DefaultCell::EngagementRange(p, t, End::High), "defaults.high"),
                        ]
                    })}
                    {reach_ranges()}
                    {relative_ranges()}
                </div>
                <h3>{i18n.text("defaults.sources")}</h3>
                <ul class="defaults__sources">{sources}</ul>
                <button type="button" class="button" data-testid="defaults-reset" on:click=reset>
                    {i18n.text("defaults.reset")}
                </button>
        }
    };
    view! {
        <details
            class="card defaults"
            data-testid="defaults-panel"
            on:toggle:target=move |ev| {
                if ev.target().open() {
                    opened.set(true);
                }
            }
        >
            <summary>
                <h2>{i18n.text("defaults.title")}</h2>
            </summary>
            {move || opened.get().then(contents)}
        </details>
    }
}
