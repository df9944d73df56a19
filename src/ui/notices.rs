//! Messages to the user (errors and information) as reactive context.
//!
//! A notice stores a catalogue key and its arguments rather than finished text,
//! so it follows a language switch while it is on screen.

use leptos::prelude::*;

/// Whether a notice reports a problem or just informs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something went wrong or was refused.
    Error,
    /// Something the user should know.
    Info,
}

impl NoticeKind {
    /// The value of the notice's `data-kind` hook.
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Error => "error",
            NoticeKind::Info => "info",
        }
    }
}

/// One message on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Unique among the notices of this page load.
    pub id: u64,
    /// Error or information.
    pub kind: NoticeKind,
    /// Catalogue key of the text.
    pub key: &'static str,
    /// Values for the text's `{placeholders}`.
    pub args: Vec<(&'static str, String)>,
}

/// The notices on screen, shared through context.
#[derive(Clone, Copy, Debug)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next_id: StoredValue<u64>,
}

impl Default for Notices {
    fn default() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
        }
    }
}

impl Notices {
    /// Shows a notice; an identical one already on screen is not repeated.
    pub fn push(self, kind: NoticeKind, key: &'static str, args: Vec<(&'static str, String)>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list.update(|list| {
            if !list
                .iter()
                .any(|n| n.kind == kind && n.key == key && n.args == args)
            {
                list.push(Notice {
                    id,
                    kind,
                    key,
                    args,
                });
            }
        });
    }

    /// Removes the notice with `id`.
    pub fn dismiss(self, id: u64) {
        self.list.update(|list| list.retain(|n| n.id != id));
    }

    /// The notices on screen (tracked).
    pub fn list(self) -> Vec<Notice> {
        self.list.get()
    }
}
