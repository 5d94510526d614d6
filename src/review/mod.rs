//! Plan checks: the feasibility verdict and the plan review rules.
