//! The list of notices under the header.

use leptos::prelude::*;

use super::{Notices, use_i18n};

/// Shows every notice with a button to dismiss it. Errors are announced
/// assertively (`role="alert"`), information politely (`role="status"`).
#[component]
pub fn NoticeList() -> impl IntoView {
    let i18n = use_i18n();
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices">
            <For each=move || notices.list() key=|notice| notice.id let:notice>
                {
                    let key = notice.key;
                    let args = notice.args.clone();
                    let text = move || {
                        let args: Vec<(&str, &str)> =
                            args.iter().map(|(name, value)| (*name, value.as_str())).collect();
                        i18n.format(key, &args)
                    };
                    let id = notice.id;
                    view! {
                        <div
                            class=format!("notice notice--{}", notice.kind.as_str())
                            role=if notice.kind == super::NoticeKind::Error { "alert" } else { "status" }
                            data-testid="notice"
                            data-kind=notice.kind.as_str()
                        >
                            <p>{text}</p>
                            <button
                                type="button"
                                class="notice__dismiss"
                                aria-label=i18n.text("notice.dismiss")
                                title=i18n.text("notice.dismiss")
                                on:click=move |_| notices.dismiss(id)
                            >
                                <span aria-hidden="true">"×"</span>
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
