/** The default per-card time budget: generous, to stop runaway cards rather than slow ones. */
export const DEFAULT_TIME_BUDGET_MS = 20_000;
