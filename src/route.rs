//! Hash routes: the page to show, read from `location.hash`.
//!
//! Routing lives in the fragment (`#/plan`) rather than the path so the app
//! works from any static host and sub-path without a 404 fallback, and so a
//! shared campaign (`#/s/<payload>`) is never sent to a server: browsers do not
//! send the fragment. The parser is pure; `crate::browser` feeds it the hash.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no hash: what the app does and where to start.
    Home,
    /// `#/checklist`: the A/B checklist game.
    Checklist,
    /// `#/plan`: the campaign planner.
    Plan,
    /// `#/plan/<id>`: the planner with a campaign saved in this browser.
    SavedPlan(String),
    /// `#/campaigns`: campaigns saved in this browser.
    Campaigns,
    /// `#/s/<payload>`: a campaign opened from a shared link; the payload is
    /// kept verbatim for the link decoder.
    Shared(String),
    /// `#/report`: the printable report of the plan on screen; `#/report/<id>`: of a campaign
    /// saved in this browser.
    Report(Option<String>),
    /// Anything else, kept to tell the user what was not found.
    NotFound(String),
}

impl Route {
    /// Reads a route from a `location.hash` value, with or without its `#`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        // Tolerate `#plan` and a trailing slash: people type and edit links.
        let path = path.strip_prefix('/').unwrap_or(path);
        if let Some(payload) = path.strip_prefix("s/") {
            return Route::Shared(payload.to_owned());
        }
        if let Some(id) = path
            .strip_prefix("plan/")
            .map(|id| id.trim_end_matches('/'))
            .filter(|id| !id.is_empty())
        {
            return Route::SavedPlan(id.to_owned());
        }
        if let Some(id) = path
            .strip_prefix("report/")
            .map(|id| id.trim_end_matches('/'))
            .filter(|id| !id.is_empty())
        {
            return Route::Report(Some(id.to_owned()));
        }
        match path.trim_end_matches('/') {
            "report" => Route::Report(None),
            "" => Route::Home,
            "checklist" => Route::Checklist,
            "plan" => Route::Plan,
            "campaigns" => Route::Campaigns,
            _ => Route::NotFound(hash.to_owned()),
        }
    }

    /// The `href` that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Checklist => "#/checklist".to_owned(),
            Route::Plan => "#/plan".to_owned(),
            Route::SavedPlan(id) => format!("#/plan/{id}"),
            Route::Campaigns => "#/campaigns".to_owned(),
            Route::Shared(payload) => format!("#/s/{payload}"),
            Route::Report(None) => "#/report".to_owned(),
            Route::Report(Some(id)) => format!("#/report/{id}"),
            Route::NotFound(hash) => hash.clone(),
        }
    }

    /// The catalogue key of the document title for this route.
    pub fn title_key(&self) -> &'static str {
        match self {
            Route::Home => "title.home",
            Route::Checklist => "title.checklist",
            Route::Plan | Route::SavedPlan(_) => "title.plan",
            Route::Campaigns => "title.campaigns",
            Route::Shared(_) => "title.shared",
            Route::Report(_) => "title.report",
            Route::NotFound(_) => "title.not_found",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hash: &str, expected: Route) {
        assert_eq!(Route::parse(hash), expected, "parsing {hash:?}");
    }

    #[test]
    fn contract_routes() {
        check("", Route::Home);
        check("#", Route::Home);
        check("#/", Route::Home);
        check("#/checklist", Route::Checklist);
        check("#/plan", Route::Plan);
        check("#/campaigns", Route::Campaigns);
        check("#/s/AbC-_123", Route::Shared("AbC-_123".into()));
        check("#/plan/m1abc", Route::SavedPlan("m1abc".into()));
        check("#/report", Route::Report(None));
        check("#/report/m1abc", Route::Report(Some("m1abc".into())));
        check("#/report/", Route::Report(None));
    }

    #[test]
    fn forgiving_variants() {
        check("#plan", Route::Plan);
        check("#/plan/", Route::Plan);
        check("#/s/", Route::Shared(String::new()));
    }

    #[test]
    fn unknown_routes_keep_what_was_asked() {
        check("#/nope", Route::NotFound("#/nope".into()));
        check("#/PLAN", Route::NotFound("#/PLAN".into()));
    }

    #[test]
    fn href_round_trips() {
        for route in [
            Route::Home,
            Route::Checklist,
            Route::Plan,
            Route::Campaigns,
            Route::Shared("x1".into()),
            Route::Report(None),
            Route::Report(Some("m1".into())),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }
}
