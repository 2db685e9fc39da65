/** A literal text as a pattern source that matches exactly it: every regular-expression metacharacter escaped. */
export const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
