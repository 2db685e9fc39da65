/** Turns a parsed card into the facts every rule and the classifier read. */
import type { CardFacts } from '../model/card.js';
import type { ParsedCard } from '../parse/parse-card.js';
import { collectLinks } from './links.js';
import { readWrittenLayout } from './written-layout.js';
import { blankSpans, blankStructure, joinSoftBreaks, maskText } from './mask.js';
import { flattenMetadata } from './metadata.js';
import { extractQuantities, quantitiesFromMetadata } from './quantities/index.js';
import { buildSections } from './sections.js';
import { collectRegions, type Region } from './regions.js';
import { assignFigureSubjects, shippedSubjectCues, type SubjectCues } from './subject/index.js';
import type { Vocabulary } from './vocabulary.js';

export interface ExtendedFacts extends CardFacts {
  /** The text with comments, boilerplate, headings, empty field labels and front matter blanked. */
  maskedText: string;
  /** `maskedText` with code blocks blanked too: what prose patterns search. */
  proseText: string;
  /** Places that name a duty (headings, labels, list items, table rows and columns, front-matter keys). */
  regions: Region[];
  /** Cues for whose statement a sentence is; null when the rules folder has none. */
  subjectCues: SubjectCues | null;
}

export function extractFacts(card: ParsedCard, vocabulary: Vocabulary): ExtendedFacts {
  const { tree, positionAt, bodyStart } = card;
  // "Ctx window ..... 32k" is read as "Ctx window: 32k", ":::note" fences as nothing, as the tree was parsed; the card's file is never rewritten.
  const text = readWrittenLayout(card.text);
  const metadata = flattenMetadata(card.frontMatter, card.frontMatterOffset, positionAt);
  const withoutBoilerplate = joinSoftBreaks(maskText(text, bodyStart, vocabulary.boilerplate), tree);
  const structured = blankStructure(withoutBoilerplate, tree);
  const maskedText = structured.text;
  const proseText = blankSpans(maskedText, structured.codeSpans);
  const sections = buildSections(tree, maskedText, bodyStart, positionAt, vocabulary);
  const title = sections.find((section) => section.depth === 1);
  const facts: ExtendedFacts = {
    text,
    maskedText,
    proseText,
    metadata,
    hasFrontMatter: card.frontMatter !== null || card.bodyStart > 0,
    frontMatterPosition: positionAt(card.frontMatterFenceOffset),
    bodyStart,
    titlePosition: title ? title.position : positionAt(bodyStart),
    sections,
    regions: collectRegions(tree, text, sections, metadata, positionAt, vocabulary.terms),
    quantities: [...quantitiesFromMetadata(metadata), ...extractQuantities(tree, text, positionAt, withoutBoilerplate)],
    links: collectLinks(tree, positionAt),
    problems: card.problems,
    positionAt,
    subjectCues: vocabulary.subject,
  };
  // Figures are always judged (the shipped cues when a rules folder brings none); evidence only with cues.
  assignFigureSubjects(facts, vocabulary.subject ?? shippedSubjectCues());
  return facts;
}
