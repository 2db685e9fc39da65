/** The card's text views now live in facts/ (computed once, read by classify and evaluate); kept for importers. */
export * from '../facts/text-views.js';
