//! One creator: its fields, its tier and its live metrics.

use leptos::prelude::*;
use micromacro_engine::{Choice, CreatorMetrics, Platform, Tier};

use super::PlanModel;
use crate::i18n::{format_money, format_number, id_text, plain_number};
use crate::plan::CreatorInput;
use crate::ui::fields::{SelectField, TextField};
use crate::ui::use_i18n;

fn platform_label(lang: crate::i18n::Lang, id: &str) -> String {
    id_text(lang, "platform", id, "name")
}

fn choice_label(lang: crate::i18n::Lang, id: &str) -> String {
    id_text(lang, "choice", id, "name")
}

/// A creator row. Reads and writes its own entry of the plan by `id`, so the
/// row (and the focus inside it) stays in place while it is edited.
#[component]
pub fn CreatorRow(
    /// The row's id in the plan.
    id: u64,
) -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let input = model.input;
    let field = move |f: fn(&CreatorInput) -> String| {
        Signal::derive(move || {
            input.with(|i| {
                i.creators
                    .iter()
                    .find(|c| c.id == id)
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let set = move |f: fn(&mut CreatorInput, String)| {
        Callback::new(move |value: String| {
            model.edit(|i| {
                if let Some(row) = i.creators.iter_mut().find(|c| c.id == id) {
                    f(row, value);
                }
            });
        })
    };
    let row_error = move |read: fn(
        &CreatorInput,
        &crate::plan::PlanInput,
        crate::i18n::Lang,
    ) -> Option<crate::plan::InputError>| {
        Signal::derive(move || {
            input.with(|i| {
                i.creators
                    .iter()
                    .find(|c| c.id == id)
                    .and_then(|row| read(row, i, i.notation))
            })
        })
    };
    let position = move || {
        input.with(|i| {
            i.creators
                .iter()
                .position(|c| c.id == id)
                .map_or(0, |p| p + 1)
        })
    };
    let metrics: Signal<Option<CreatorMetrics>> =
        Signal::derive(move || model.row_metrics.with(|rows| rows.get(id).cloned()));
    let tier = move || metrics.with(|m| m.as_ref().map(|m| m.tier));
    // The engine reports money in the brief's currency.
    let money = move |value: Option<micromacro_engine::Money>| {
        value.map_or_else(|| "—".to_owned(), |m| format_money(i18n.lang(), m, 2))
    };
    let number = move |value: f64| format_number(i18n.lang(), value, 0);
    let n = move || position().to_string();
    // Whether the best plan hires this creator.
    let in_plan = move || {
        let Some(index) = model
            .roster
            .with(|r| r.position_of(crate::plan::RowRef::Form(id)))
        else {
            return false;
        };
        model.decision.with(|d| {
            d.as_ref().is_some_and(|d| {
                d.free().picks.iter().any(|p| {
                    matches!(d.candidate(*p).origin, micromacro_engine::Origin::Roster(i) if i == index)
                })
            })
        })
    };
    let row_id = |name: &str| format!("creator-{id}-{name}");
    // This row's P10–P90 net reach, once the sampled worlds are in.
    let band = move || {
        model.row_ranges.with(|r| {
            r.as_deref()
                .and_then(|r| super::model::row_range(r, id))
                .map(|b| b.engaged)
        })
    };

    view! {
        <li
            class="creator-row"
            data-testid="creator-row"
            data-tier=move || tier().map(Tier::as_str).unwrap_or_default()
            data-net-reach=move || metrics.with(|m| m.as_ref().map(|m| plain_number(m.engaged_audience)).unwrap_or_default())
            data-net-reach-low=move || band().map(|b| plain_number(b.low))
            data-net-reach-high=move || band().map(|b| plain_number(b.high))
            data-in-plan=move || in_plan().to_string()
            aria-label=move || i18n.format("creators.row_label", &[("n", &n())])
        >
            <div class="creator-row__head">
                <span class="creator-row__number" aria-hidden="true">{n}</span>
                {move || {
                    tier()
                        .map(|t| {
                            view! {
                                <span class=format!("badge badge--tier badge--{}", t.as_str()) data-testid="creator-tier">
                                    {id_text(i18n.lang(), "tier", t.as_str(), "name")}
                                </span>
                            }
                        })
                }}
                {move || {
                    // A typical creator the plan adopted: still to be found, maybe several.
                    let copies = input.with(|i| i.creators.iter().find(|c| c.id == id).map_or(0, |c| c.typical));
                    (copies > 0).then(|| {
                        let count = (copies > 1).then(|| format!(" × {}", number(f64::from(copies))));
                        view! {
                            <span class="badge badge--typical" data-testid="creator-typical" data-count=copies.to_string()>
                                {i18n.text("creators.typical_row")}{count}
                            </span>
                        }
                    })
                }}
                {move || in_plan().then(|| view! { <span class="badge badge--in-plan" data-testid="creator-in-plan">{i18n.text("creators.in_plan")}</span> })}
                <div class="creator-row__tools">
                    <button
                        type="button"
                        class="icon-button"
                        data-testid="creator-up"
                        aria-label=move || i18n.format("creators.up_label", &[("n", &n())])
                        disabled=move || position() <= 1
                        on:click=move |_| model.edit(|i| i.move_creator(id, -1))
                    >
                        "↑"
                    </button>
                    <button
                        type="button"
                        class="icon-button"
                        data-testid="creator-down"
                        aria-label=move || i18n.format("creators.down_label", &[("n", &n())])
                        disabled=move || input.with(|i| i.creators.last().is_some_and(|c| c.id == id))
                        on:click=move |_| model.edit(|i| i.move_creator(id, 1))
                    >
                        "↓"
                    </button>
                    <button
                        type="button"
                        class="button button--quiet button--small"
                        data-testid="creator-remove"
                        aria-label=move || i18n.format("creators.remove_label", &[("n", &n())])
                        on:click=move |_| model.edit(|i| i.creators.retain(|c| c.id != id))
                    >
                        {i18n.text("creators.remove")}
                    </button>
                </div>
            </div>
            <div class="creator-row__fields">
                <TextField
                    id=row_id("name")
                    label_key="creators.name"
                    testid="creator-name"
                    maxlength=crate::format::campaign::MAX_TEXT_CHARS
                    value=field(|c| c.name.clone())
                    on_input=set(|c, v| c.name = v)
                />
                <SelectField
                    id=row_id("platform")
                    label_key="creators.platform"
                    testid="creator-platform"
                    label_of=platform_label
                    value=move || {
                        input.with(|i| i.creators.iter().find(|c| c.id == id).map_or(Platform::Instagram, |c| c.platform))
                    }
                    on_change=move |platform: Platform| {
                        model.edit(|i| {
                            if let Some(row) = i.creators.iter_mut().find(|c| c.id == id) {
                                row.platform = platform;
                            }
                        });
                    }
                />
                <TextField
                    id=row_id("followers")
                    label_key="creators.followers"
                    testid="creator-followers"
                    inputmode="numeric"
                    value=field(|c| c.followers.clone())
                    on_input=set(|c, v| c.followers = v)
                    error=row_error(|row, _, lang| row.read_followers(lang).err())
                />
                <TextField
                    id=row_id("engagement")
                    label_key="creators.engagement"
                    testid="creator-engagement"
                    inputmode="decimal"
                    placeholder_key="creators.benchmark"
                    value=field(|c| c.engagement_percent.clone())
                    on_input=set(|c, v| c.engagement_percent = v)
                    error=row_error(|row, _, lang| row.read_engagement(lang).err())
                />
                <TextField
                    id=row_id("price")
                    label_key="creators.price"
                    testid="creator-price"
                    inputmode="decimal"
                    placeholder_key="creators.benchmark"
                    value=field(|c| c.price.clone())
                    on_input=set(|c, v| c.price = v)
                    error=row_error(|row, plan, lang| row.read_price(lang, plan.currency).err())
                />
                <TextField
                    id=row_id("posts")
                    label_key="creators.posts"
                    testid="creator-posts"
                    inputmode="numeric"
                    placeholder_key="creators.posts.placeholder"
                    value=field(|c| c.posts.clone())
                    on_input=set(|c, v| c.posts = v)
                    error=row_error(|row, _, lang| row.read_posts(lang).err())
                />
                <TextField
                    id=row_id("conversion")
                    label_key="creators.conversion"
                    testid="creator-conversion"
                    inputmode="decimal"
                    placeholder_key="creators.benchmark"
                    value=field(|c| c.conversion_percent.clone())
                    on_input=set(|c, v| c.conversion_percent = v)
                    error=row_error(|row, _, lang| row.read_conversion(lang).err())
                />
                <SelectField
                    id=row_id("choice")
                    label_key="creators.choice"
                    testid="creator-choice"
                    label_of=choice_label
                    value=move || {
                        input.with(|i| i.creators.iter().find(|c| c.id == id).map_or(Choice::Open, |c| c.choice))
                    }
                    on_change=move |choice: Choice| {
                        model.edit(|i| {
                            if let Some(row) = i.creators.iter_mut().find(|c| c.id == id) {
                                row.choice = choice;
                            }
                        });
                    }
                />
            </div>
            <dl class="creator-row__metrics">
                {move || match metrics.get() {
                    Some(m) => {
                        view! {
                            <div>
                                <dt>{i18n.text("creators.net_reach")}</dt>
                                <dd data-testid="creator-net-reach">
                                    {number(m.engaged_audience)}
                                    // "4,900 (3,100–7,400)": P10–P90 over the sampled worlds, when
                                    // a benchmark this row uses moves it.
                                    {move || {
                                        band()
                                            .filter(|b| b.high > b.low)
                                            .map(|b| view! {
                                                " "
                                                <span class="metric__range" data-testid="creator-net-reach-range">
                                                    {format!("({}–{})", number(b.low), number(b.high))}
                                                </span>
                                            })
                                    }}
                                </dd>
                            </div>
                            <div>
                                <dt>{i18n.text("creators.effective_reach")}</dt>
                                <dd>{number(m.effective_reach)}</dd>
                            </div>
                            <div>
                                <dt>{i18n.text("creators.cpm")}</dt>
                                <dd>{money(m.cpm_engaged)}</dd>
                            </div>
                            <div>
                                <dt>{i18n.text("creators.cpe")}</dt>
                                <dd>{money(m.cpe)}</dd>
                            </div>
                        }
                            .into_any()
                    }
                    None => view! { <p class="creator-row__incomplete">{i18n.text("creators.incomplete")}</p> }.into_any(),
                }}
            </dl>
        </li>
    }
}
