//! Which audience figure the reach charts put on their y axis.

use micromacro_engine::CreatorMetrics;

/// The audience figure a reach chart plots. The engine reports all three for every creator; which one answers the reader's question depends on the page (the axis
/// caption, from the caller, must say which one it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ReachMetric {
    /// People who engage with a post: `followers × engagement rate` (the sources' "net reach").
    EngagedAudience,
    /// Unique real accounts reached over all posts.
    EstimatedReach,
    /// Estimated reach inside the target region: the people the campaign is for.
    #[default]
    EffectiveReach,
}

impl ReachMetric {
    /// Every metric, in the order a picker would list them.
    pub const ALL: [ReachMetric; 3] = [
        ReachMetric::EngagedAudience,
        ReachMetric::EstimatedReach,
        ReachMetric::EffectiveReach,
    ];

    /// This metric of one creator.
    #[must_use]
    pub fn of_creator(self, m: &CreatorMetrics) -> f64 {
        match self {
            ReachMetric::EngagedAudience => m.engaged_audience,
            ReachMetric::EstimatedReach => m.estimated_reach,
            ReachMetric::EffectiveReach => m.effective_reach,
        }
    }
}
