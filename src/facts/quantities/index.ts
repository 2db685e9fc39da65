/**
 * Reads the quantities a model card states — parameter counts, training tokens, training FLOPs,
 * GPU-hours and GPU counts, training time, context window, energy and CO2 — from the Markdown body
 * and the front matter, each normalised to a base unit and placed at the number as written.
 *
 * One pass over the text-bearing nodes (paragraphs, headings, table cells, HTML blocks); each node's
 * text is flattened with a map back to absolute offsets, and one precompiled number pattern finds
 * candidates that are then classified by the words right after them (their unit), the table column
 * they sit in, or the label right before them. Code blocks and inline code are never read.
 */
export { extractQuantities } from './extract.js';
export { quantitiesFromMetadata } from './front-matter.js';
