/** `link: label-pattern`: a link whose label (and optionally URL) matches: "[Red-teaming report](…)". */
import { compileRegex, type CompiledMatcher, type MatcherKind } from './kind.js';

interface LinkMatcher extends CompiledMatcher {
  kind: 'link';
  label: RegExp;
  url: RegExp | null;
}

export const linkKind: MatcherKind<LinkMatcher> = {
  key: 'link',
  schema: {
    additionalProperties: false,
    required: ['link'],
    properties: { link: { type: 'string', minLength: 1 }, url: { type: 'string' } },
  },
  compile(raw, _env, path) {
    return {
      kind: 'link',
      label: compileRegex(raw.link as string, `${path}/link`, 'iu'),
      url: typeof raw.url === 'string' ? compileRegex(raw.url, `${path}/url`, 'iu') : null,
    };
  },
  run(matcher, { facts }) {
    // A label wrapped over lines reads as one phrase: "[Responsible Use\nGuidelines](…)".
    const link = facts.links.find(
      (l) => matcher.label.test(l.label.replace(/\s+/g, ' ')) && (!matcher.url || matcher.url.test(l.url)),
    );
    return link ? { position: link.position, quote: `[${link.label.slice(0, 80)}](${link.url.slice(0, 120)})` } : null;
  },
  regexes: (matcher, path) =>
    matcher.url
      ? [
          [matcher.label, `${path}/link`],
          [matcher.url, `${path}/url`],
        ]
      : [[matcher.label, `${path}/link`]],
};
