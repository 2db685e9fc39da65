/** A unified diff of a card before and after `fix`, which only inserts lines (three lines of context). */
const CONTEXT = 3;

interface Op {
  kind: ' ' | '+';
  text: string;
}

export function unifiedDiff(path: string, before: string[], after: string[]): string {
  // `after` keeps every line of `before` in order: walk both, the unmatched lines are additions.
  const ops: Op[] = [];
  let index = 0;
  for (const line of after) {
    if (index < before.length && line === before[index]) {
      ops.push({ kind: ' ', text: line });
      index++;
    } else ops.push({ kind: '+', text: line });
  }
  const changed = ops.map((op, at) => (op.kind === '+' ? at : -1)).filter((at) => at >= 0);
  if (!changed.length) return '';
  const name = path.replace(/^\/+/, '');
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= CONTEXT * 2 + 1) end++;
    const from = Math.max(0, changed[start] - CONTEXT);
    const to = Math.min(ops.length, changed[end] + CONTEXT + 1);
    const slice = ops.slice(from, to);
    const oldStart = ops.slice(0, from).filter((op) => op.kind === ' ').length;
    const oldCount = slice.filter((op) => op.kind === ' ').length;
    out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${from + 1},${slice.length} @@`);
    for (const op of slice) out.push(`${op.kind}${op.text}`);
    start = end + 1;
  }
  return `${out.join('\n')}\n`;
}
