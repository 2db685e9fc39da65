/** `hf://OWNER/NAME[@REVISION]`: a model card on the Hugging Face Hub, named on the command line. */

export const HUB_SCHEME = 'hf://';

export interface HubSource {
  /** As typed: the report's path for the card. */
  given: string;
  /** "owner/name" */
  repo: string;
  /** A branch, tag or commit sha; absent: the default branch. */
  revision?: string;
}

/** Hub repository ids: letters, digits, '-', '_', '.', at most 96 characters each side. */
const REPO_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/** Git revisions the Hub accepts in a URL: no spaces, no '..', no control characters. */
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;

export function isHubSource(argument: string): boolean {
  return argument.startsWith(HUB_SCHEME);
}

/** The source, or a sentence saying what is wrong with it. */
export function parseHubSource(argument: string): HubSource | string {
  const rest = argument.slice(HUB_SCHEME.length);
  const at = rest.indexOf('@');
  const repo = at === -1 ? rest : rest.slice(0, at);
  const revision = at === -1 ? undefined : rest.slice(at + 1);
  const parts = repo.split('/');
  if (parts.length !== 2 || !parts.every((part) => REPO_PART.test(part)) || parts.some((part) => part.includes('..')))
    return `"${argument}" is not a Hub model: expected hf://OWNER/NAME or hf://OWNER/NAME@REVISION`;
  if (revision !== undefined && (!REVISION.test(revision) || revision.includes('..')))
    return `"${argument}": "${revision}" is not a revision (a branch, tag or commit sha)`;
  return revision === undefined ? { given: argument, repo } : { given: argument, repo, revision };
}
