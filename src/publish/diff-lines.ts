/**
 * Which lines of a changed file's head version are on a pull request's diff, read from the `patch`
 * GitHub lists with each file: the only lines a review comment (and so a suggested change) may be
 * anchored on. Added lines and the context lines shown around them both count, as in GitHub's own view.
 */

/** What the pull-files listing says of one file (GitHub leaves `patch` out for binary and very large diffs). */
export interface PatchedFile {
  status: string;
  patch?: string | null;
}

export interface DiffLines {
  /** Head lines the pull request adds or changes. */
  added: ReadonlySet<number>;
  /** Unchanged head lines shown around them. */
  context: ReadonlySet<number>;
  /** A new file whose patch was left out: every line is an addition, so every line is on the diff. */
  wholeFile: boolean;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** The head lines on the diff, or null when they cannot be known (no patch for a changed file). */
export function diffLines(file: PatchedFile): DiffLines | null {
  const patch = file.patch ?? '';
  if (!patch.trim()) {
    if (file.status === 'added') return { added: new Set(), context: new Set(), wholeFile: true };
    return null;
  }
  const added = new Set<number>();
  const context = new Set<number>();
  let next: number | null = null;
  for (const line of patch.replace(/\r?\n$/, '').split(/\r?\n/)) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      continue;
    }
    // Lines before the first hunk header, or a header GitHub wrote without its lines, name no head line.
    if (next === null) continue;
    const kind = line[0];
    if (kind === '+') added.add(next++);
    else if (kind === ' ') context.add(next++);
    // An empty line is a context line whose leading space was trimmed; "-" and "\ No newline" are not head lines.
    else if (line === '') context.add(next++);
  }
  // A new file's lines are all additions, even when GitHub's patch shows only part of them.
  return { added, context, wholeFile: file.status === 'added' };
}

/** Whether a head line is on the diff; `added` for a line the pull request writes. */
export function lineOnDiff(lines: DiffLines, line: number): 'added' | 'context' | null {
  if (lines.wholeFile || lines.added.has(line)) return 'added';
  return lines.context.has(line) ? 'context' : null;
}
