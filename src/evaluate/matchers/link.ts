/**
 * `link: label-pattern`: a link whose label (and optionally URL) matches: "[Red-teaming report](…)",
 * in a statement of an accepted mode about this model ("see our [red-teaming report](…)", not "we will
 * publish the [red-teaming report](…)" nor "Llama 2's [red-teaming report](…)").
 */
import { statementIndex, type StatementMode } from '../../facts/statement-mode.js';
import { offsetOf } from '../../facts/text-views.js';
import { ACCEPT_SCHEMA, acceptedModes } from './accept.js';
import { compileRegex, type CompiledMatcher, type MatcherKind } from './kind.js';

interface LinkMatcher extends CompiledMatcher {
  kind: 'link';
  label: RegExp;
  url: RegExp | null;
  accept: ReadonlySet<StatementMode>;
}

export const linkKind: MatcherKind<LinkMatcher> = {
  key: 'link',
  schema: {
    additionalProperties: false,
    required: ['link'],
    properties: { link: { type: 'string', minLength: 1 }, url: { type: 'string' }, accept: ACCEPT_SCHEMA },
  },
  compile(raw, env, path) {
    return {
      kind: 'link',
      label: compileRegex(raw.link as string, `${path}/link`, 'iu'),
      url: typeof raw.url === 'string' ? compileRegex(raw.url, `${path}/url`, 'iu') : null,
      accept: acceptedModes(raw.accept, env.accept, `${path}/accept`),
    };
  },
  run(matcher, { facts }) {
    const statements = statementIndex(facts, facts.maskedText, 'masked');
    // A label wrapped over lines reads as one phrase: "[Responsible Use\nGuidelines](…)".
    const link = facts.links.find(
      (l) =>
        matcher.label.test(l.label.replace(/\s+/g, ' ')) &&
        (!matcher.url || matcher.url.test(l.url)) &&
        countsAt(l.position),
    );
    return link ? { position: link.position, quote: `[${link.label.slice(0, 80)}](${link.url.slice(0, 120)})` } : null;

    /** Links in front matter or HTML have no statement in the body text: they count as written. */
    function countsAt(position: { line: number; column: number }): boolean {
      const offset = offsetOf(facts, position);
      if (offset < facts.bodyStart || offset >= facts.maskedText.length || facts.maskedText[offset] === ' ')
        return true;
      return statements.countsAt(offset, matcher.accept);
    }
  },
  regexes: (matcher, path) =>
    matcher.url
      ? [
          [matcher.label, `${path}/link`],
          [matcher.url, `${path}/url`],
        ]
      : [[matcher.label, `${path}/link`]],
};
