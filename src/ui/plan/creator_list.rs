//! The creators of the plan: the rows, and buttons to add one.

use leptos::prelude::*;
use micromacro_engine::{IdEnum, Tier};

use super::PlanModel;
use super::creator_row::CreatorRow;
use crate::i18n::id_text;
use crate::plan::CreatorInput;
use crate::ui::staged;
use crate::ui::use_i18n;

/// The list of creator rows with "add a creator" and "add a typical creator
/// of a tier" (its followers from the defaults table, engagement and price
/// left to the benchmarks).
#[component]
pub fn CreatorList() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let input = model.input;
    let quick_tier = RwSignal::new(Tier::Micro);

    let add_blank = move |_| {
        model.edit(|i| {
            let id = i.next_creator_id();
            i.creators.push(CreatorInput::blank(id, i.platform));
        });
    };
    let add_typical = move |_| {
        let tier = quick_tier.get_untracked();
        let followers = model
            .assumptions
            .with_untracked(|table| table.typical_followers(tier));
        let tier_name = id_text(i18n.lang(), "tier", tier.as_str(), "name");
        let name = i18n.format(
            "creators.typical_name",
            &[("tier", &micromacro_engine::case_fold::fold(&tier_name))],
        );
        model.edit(|i| {
            let id = i.next_creator_id();
            let mut row = CreatorInput::blank(id, i.platform);
            row.name = name;
            row.followers = followers.to_string();
            i.creators.push(row);
        });
    };
    // Storage and links keep at most this many creators.
    let at_limit =
        move || input.with(|i| i.creators.len() >= crate::format::campaign::MAX_CREATORS);
    // While the page mounts, the list comes with one row and the others follow in tasks of
    // their own (a row is some fifty elements with their effects).
    let shown = staged::in_steps(move || input.with_untracked(|i| i.creators.len()));
    let ids = move || {
        let shown = shown.get();
        input.with(|i| {
            i.creators
                .iter()
                .take(shown)
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="card creators" aria-labelledby="creators-title">
            <h2 id="creators-title">{i18n.text("creators.title")}</h2>
            <p class="section-intro">{i18n.text("creators.intro")}</p>
            <Show when=move || input.with(|i| i.creators.is_empty())>
                <p class="empty-state">{i18n.text("creators.empty")}</p>
            </Show>
            <ol class="creator-list">
                <For each=ids key=|id| *id let:id>
                    <CreatorRow id=id />
                </For>
            </ol>
            <div class="creators__actions">
                <button
                    type="button"
                    class="button button--primary"
                    data-testid="add-creator"
                    disabled=at_limit
                    on:click=add_blank
                >
                    {i18n.text("creators.add")}
                </button>
                <div class="quick-add" role="group" aria-labelledby="quick-add-label">
                    <span id="quick-add-label" class="sr-only">{i18n.text("creators.quick_add")}</span>
                    <label class="sr-only" for="quick-add-tier">{i18n.text("creators.quick_tier")}</label>
                    <select
                        id="quick-add-tier"
                        class="field__input"
                        data-testid="quick-add-tier"
                        on:change:target=move |ev| {
                            // The options are `Tier`'s ids: every value the select reports is one.
                            if let Some(tier) = Tier::from_id(&ev.target().value()) {
                                quick_tier.set(tier);
                            }
                        }
                    >
                        {Tier::ALL
                            .iter()
                            .map(|tier| {
                                view! {
                                    <option value=tier.as_str() prop:selected=move || quick_tier.get() == *tier>
                                        {move || id_text(i18n.lang(), "tier", tier.as_str(), "name")}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <button type="button" class="button" data-testid="quick-add" disabled=at_limit on:click=add_typical>
                        {i18n.text("creators.quick_add")}
                    </button>
                </div>
            </div>
        </section>
    }
}
