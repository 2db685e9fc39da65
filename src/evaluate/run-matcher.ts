/** Runs a compiled matcher over a card's facts: the first (earliest) hit, or null. */
import type { Section } from '../model/card.js';
import type { CompiledMatcher } from './compile-matcher.js';
import { quoteAt, type Hit, type MatchContext } from './context.js';
import { predicates } from './predicates/index.js';
import { patternFor, textKind, type TextKind } from '../facts/fast-regex.js';
import { literalIndex, type LiteralIndex } from '../facts/required-literals.js';

/** Beyond this many characters a section is not searched further: a time budget for huge cards. */
const MAX_SEARCH_SPAN = 400_000;

export function runMatcher(matcher: CompiledMatcher, context: MatchContext): Hit | null {
  const { facts } = context;
  switch (matcher.kind) {
    case 'anyOf': {
      for (const child of matcher.matchers) {
        const hit = runMatcher(child, context);
        if (hit) return hit;
      }
      return null;
    }
    case 'allOf': {
      let first: Hit | null = null;
      for (const child of matcher.matchers) {
        const hit = runMatcher(child, context);
        if (!hit) return null;
        first ??= hit;
      }
      return first;
    }
    case 'metadata': {
      const entry = facts.metadata.get(matcher.key);
      if (!entry) return null;
      const text = metadataText(entry.value);
      if (text.length < matcher.minLength || isPlaceholder(text)) return null;
      if (matcher.pattern && !matcher.pattern.test(text)) return null;
      return { position: entry.position, quote: `${matcher.key}: ${text.slice(0, 100)}` };
    }
    case 'section': {
      const section = facts.sections.find(
        (s) => s.subtreeWords >= matcher.minWords && s.canonical.some((name) => matcher.names.includes(name)),
      );
      return section ? { position: section.position, quote: section.title } : null;
    }
    case 'pattern':
      return runPattern(matcher, context);
    case 'quantity': {
      const quantity = facts.quantities.find((q) => matcher.kinds.includes(q.kind));
      return quantity ? { position: quantity.position, quote: quantity.raw } : null;
    }
    case 'link': {
      const link = facts.links.find((l) => matcher.label.test(l.label) && (!matcher.url || matcher.url.test(l.url)));
      return link ? { position: link.position, quote: `[${link.label.slice(0, 80)}](${link.url.slice(0, 120)})` } : null;
    }
    case 'predicate':
      return predicates[matcher.name](context);
  }
}

function runPattern(matcher: Extract<CompiledMatcher, { kind: 'pattern' }>, context: MatchContext): Hit | null {
  const { facts } = context;
  // Code blocks are evidence only for rules that ask for them (usage snippets, pip pins).
  const source = matcher.includeCode ? facts.maskedText : facts.proseText;
  const searched = searchedText(facts, matcher.includeCode);
  const kind = searched.kind;
  // ſ and K (Kelvin) match "s" and "k" under `iu` but lower-case to something else: no shortcut then.
  if (matcher.literals && kind !== 'folding') {
    const index = (searched.literals ??= literalIndex(source.toLowerCase()));
    if (!matcher.literals.some((literal) => index.mayContain(literal))) return null;
  }
  const spans = matcher.within
    ? mergeSpans(facts.sections.filter((s) => s.canonical.some((n) => matcher.within!.includes(n))).map(subtreeSpan))
    : [[facts.bodyStart, facts.maskedText.length] as [number, number]];
  const excluded = matcher.excludeWithin.length
    ? mergeSpans(facts.sections.filter((s) => s.canonical.some((n) => matcher.excludeWithin.includes(n))).map(subtreeSpan))
    : [];
  const fast = patternFor(kind, matcher.pattern, matcher.fast);
  if (fast !== matcher.pattern) {
    const found = searchSpans(fast, kind === 'astral');
    if (found !== undefined) return found;
  }
  return searchSpans(matcher.pattern, false) ?? null;

  /** The hit, null, or undefined when an empty match (which only the `u` pattern can judge) was refused. */
  function searchSpans(pattern: RegExp, refuseEmptyMatch: boolean): Hit | null | undefined {
    let count = 0;
    let first: number | null = null;
    for (const [start, end] of spans) {
      const text = source.slice(start, Math.min(end, start + MAX_SEARCH_SPAN));
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === 0) {
          if (refuseEmptyMatch) return undefined;
          pattern.lastIndex++;
        }
        const offset = start + match.index;
        if (excluded.some(([from, to]) => offset >= from && offset < to)) continue;
        first ??= offset;
        if (++count >= matcher.minCount) return { position: facts.positionAt(first), quote: quoteAt(facts.text, first) };
      }
    }
    return null;
  }
}

interface SearchedText {
  kind: TextKind;
  /** Built on first use by a pattern with required literals. */
  literals?: LiteralIndex;
}

// Per card and searched text (masked or prose: blanking can create " x" out of "*x", so each text
// needs its own), computed on first use and dropped with the card's facts.
const searchedTexts = new WeakMap<object, { masked?: SearchedText; prose?: SearchedText }>();

function searchedText(facts: MatchContext['facts'], includeCode: boolean): SearchedText {
  let texts = searchedTexts.get(facts);
  if (!texts) searchedTexts.set(facts, (texts = {}));
  if (includeCode) return (texts.masked ??= { kind: textKind(facts.maskedText) });
  return (texts.prose ??= { kind: textKind(facts.proseText) });
}

function subtreeSpan(section: Section): [number, number] {
  // The heading's own words are not evidence of content: "## Training Data" alone says nothing.
  return [section.bodyStart, section.subtreeEnd];
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function metadataText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    const json = JSON.stringify(value);
    return json === '[]' || json === '{}' ? '' : json;
  } catch {
    return '';
  }
}

function isPlaceholder(text: string): boolean {
  return /^\s*(?:\[more information needed\]|more information needed|\{\{.*\}\}|n\/?a|none|null|tbd|todo|-)\s*$/i.test(text);
}
