/** What a report says it judged (`provenance` of the report and of each file). */

/** The run: which tool, rules and policy judged the cards. */
export interface RunProvenance {
  tool: { name: string; version: string };
  /** "sha256:…" over the rule files and the classifier's data files, by path and content. */
  rulesetDigest: string;
  /** "sha256:…" of the policy applied (canonical JSON), or null when none was. */
  policyDigest: string | null;
}

/** One card: the exact content judged, and where it came from when known. */
export interface CardProvenance {
  /** Hex SHA-256 of the card's bytes as read. */
  sha256: string;
  /** The git blob id of those bytes (what `git hash-object` prints), to match a repository's tree. */
  gitBlob: string;
  /** The Hub repository and the commit the card was read at. */
  hub?: { repo: string; revision: string };
}
