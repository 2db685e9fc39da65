/** The errors a rules folder can raise, apart from the validator so that catching them loads none of it. */

/** A rules folder that cannot be found or read, or whose rules clash. */
export class RuleLoadError extends Error {}

/** Thrown with "file:line:column: what was wrong, expected what". */
export class RuleFileError extends Error {}
