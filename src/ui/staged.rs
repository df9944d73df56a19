//! Mounting a long page in steps, one browser task per step.
//!
//! The planner builds about 800 elements, five charts and a decision when it mounts. In one
//! task that blocked the main thread for ~380 ms on Lighthouse's throttled phone (total
//! blocking time 280–660 ms). Much of a first mount's time is the browser compiling each
//! WebAssembly function the first time it runs (lazily, on the main thread), so a step's cost
//! is the code it touches as much as the elements it builds. Mounted in steps, only what the
//! static skeleton showed (the planner's heading, or a shared link's client summary) mounts at
//! once, and every part after it gets its own task, in the order a phone shows them, so input
//! and painting get their turn in between.
//!
//! Invariants: steps only ever move forward, one per task, until [`Staged::done`]; a step,
//! once reached, stays reached (a section is never unmounted and mounted again); while a part
//! fetched as a module of its own ([`Staged::hold`]) has not arrived, or a step's work over
//! several tasks ([`Staged::wait_for`]: a list's items a few a task, [`in_steps`]) has not
//! finished, no further step is taken, so the steps after it still mount one per task once
//! it has; while steps are left or such work is pending, the page's element carries
//! `data-mounting` (the end-to-end tests' `ready()` waits for it to go, so no test reads a
//! half-mounted page).

use std::time::Duration;

use leptos::prelude::*;

/// How far a page's staged mount has come.
#[derive(Clone, Copy)]
pub struct Staged {
    reached: RwSignal<u8>,
    steps: u8,
    /// Work the next step waits for: parts being fetched, and what [`Staged::wait_for`] got.
    waiting: RwSignal<u8>,
    /// Of those, parts whose module is still being fetched (see `crate::ui::lazy`).
    fetching: RwSignal<u8>,
    /// A step came due while work was pending; the next step waits for it.
    paused: RwSignal<bool>,
}

impl Staged {
    /// Starts mounting `steps` steps after the current one, each in a task of its own.
    pub fn start(steps: u8) -> Self {
        let staged = Staged {
            reached: RwSignal::new(0),
            steps,
            waiting: RwSignal::new(0),
            fetching: RwSignal::new(0),
            paused: RwSignal::new(false),
        };
        staged.next();
        staged
    }

    fn next(self) {
        if self.done_untracked() {
            return;
        }
        set_timeout(
            move || {
                // A page left before its last step: nothing more to mount.
                let Some(waiting) = self.waiting.try_get_untracked() else {
                    return;
                };
                if waiting > 0 {
                    self.paused.set(true);
                    return;
                }
                self.reached.update(|r| *r += 1);
                self.next();
            },
            Duration::ZERO,
        );
    }

    fn done_untracked(self) -> bool {
        self.reached.get_untracked() >= self.steps
    }

    /// Whether step `step` (1-based) has been reached; a memo, so a section's `Show` changes
    /// once, never on later steps.
    pub fn reached(self, step: u8) -> Memo<bool> {
        Memo::new(move |_| self.reached.get() >= step)
    }

    /// `part`, which a reached step shows once it has been fetched: no further step is taken
    /// until it has resolved (the steps after it are what it shows, or below it), and the page
    /// counts as mounting until then. Resolved at once, it holds nothing up.
    pub fn hold<T>(self, part: impl Future<Output = T>) -> impl Future<Output = T> {
        self.fetching.update(|n| *n += 1);
        let waited = self.wait_for(part);
        async move {
            let value = waited.await;
            // The page may be gone by then (`try_`: its signals with it).
            self.fetching.try_update(|n| *n -= 1);
            value
        }
    }

    /// `work` that a reached step goes on with over tasks of its own (rows added a few a
    /// task): no further step is taken until it has finished, and the page counts as
    /// mounting until then.
    pub fn wait_for<T>(self, work: impl Future<Output = T>) -> impl Future<Output = T> {
        self.waiting.update(|n| *n += 1);
        async move {
            let value = work.await;
            // The page may be gone by then (`try_`: its signals with it).
            self.waiting.try_update(|n| *n -= 1);
            if self.waiting.try_get_untracked() == Some(0)
                && self.paused.try_get_untracked() == Some(true)
            {
                self.paused.set(false);
                self.next();
            }
            value
        }
    }

    /// Whether a part it holds for is still being fetched.
    pub fn holding(self) -> bool {
        self.fetching.get() > 0
    }

    /// Whether every step has been reached and all the work they wait for is done.
    pub fn done(self) -> bool {
        self.reached.get() >= self.steps && self.waiting.get() == 0
    }
}

/// How long a staged mount goes on adding a list's items in one task (ms). A creator row is
/// some fifty elements with their effects, and a shared link's rows built in one task with
/// their list made the longest task of its first load. Items added until this much time has
/// passed keep each task under 50 ms on a phone four times slower (Lighthouse's model), and
/// a fast machine takes as many a task as it builds in that time.
const ITEMS_BUDGET_MS: f64 = 6.0;

/// How many of a list's `total()` items to show. While a page mounts in steps (a [`Staged`]
/// in context), the list comes with its first item and the others follow in tasks of their
/// own, as many a task as are built in [`ITEMS_BUDGET_MS`]; the steps after the list wait
/// for the last of them ([`Staged::wait_for`]), so nothing below it moves as they arrive.
/// Then, and without a staged mount, all of them.
pub fn in_steps(total: impl Fn() -> usize + 'static) -> RwSignal<usize> {
    let Some(staged) = use_context::<Staged>() else {
        return RwSignal::new(usize::MAX);
    };
    let shown = RwSignal::new(1);
    // Nothing is left once the list is gone (leaving the page while it is still being built).
    let left = move || !shown.is_disposed() && shown.get_untracked() < total();
    leptos::task::spawn_local(staged.wait_for(async move {
        while left() {
            crate::browser::next_task().await;
            let start = crate::browser::now_ms();
            while left() && crate::browser::now_ms() - start < ITEMS_BUDGET_MS {
                shown.update(|n| *n += 1);
                // The list builds the new item in the executor's next turn.
                leptos::task::tick().await;
            }
        }
        shown.try_set(usize::MAX);
    }));
    shown
}
