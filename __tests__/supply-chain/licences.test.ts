/**
 * Every production dependency (the whole installed tree `npm ls --omit=dev` lists) is under a
 * licence on the allowlist in .licensee.json, the file `npx licensee --production --errors-only`
 * reads too. Checked here from each package.json, without installing licensee. A package that is
 * allowed by name (`packages`) must match its version range there.
 * spdx-exceptions is allowed by name: its CC-BY-3.0 covers the list of SPDX exception ids it ships
 * (data that spdx-expression-parse needs), not code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { ROOT } from '../helpers.js';

interface Allowlist {
  licenses: { spdx: string[] };
  packages?: Record<string, string>;
}

const allowlist: Allowlist = JSON.parse(readFileSync(join(ROOT, '.licensee.json'), 'utf8'));
const allowed = new Set(allowlist.licenses.spdx);

type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

function satisfies(node: SpdxNode): boolean {
  if ('license' in node) return allowed.has(node.license) && node.exception === undefined;
  return node.conjunction === 'or'
    ? satisfies(node.left) || satisfies(node.right)
    : satisfies(node.left) && satisfies(node.right);
}

/** `*`, an exact version or `^x.y.z` (same major, not lower): all the allowlist uses. */
function inRange(version: string, range: string): boolean {
  if (range === '*' || range === version) return true;
  const caret = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!caret) return false;
  const [major, minor, patch] = version.split('.').map((part) => Number.parseInt(part, 10));
  const [wantMajor, wantMinor, wantPatch] = caret.slice(1).map(Number);
  return major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
}

/** The declared licence as an SPDX expression: `license`, or the legacy `licenses` array (all of them). */
function declaredLicence(manifest: { license?: unknown; licenses?: unknown }): string | undefined {
  if (typeof manifest.license === 'string') return manifest.license;
  const legacy = manifest.licenses ?? manifest.license;
  const list = (Array.isArray(legacy) ? legacy : legacy ? [legacy] : []) as { type?: string }[];
  const types = list.map((entry) => entry?.type).filter((type): type is string => typeof type === 'string');
  return types.length ? types.join(' AND ') : undefined;
}

describe('licences of the production dependencies', () => {
  it('are all on the allowlist in .licensee.json', () => {
    const listing = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const directories = [...new Set(listing.trim().split('\n').slice(1))]; // the first line is the project itself
    expect(directories.length).toBeGreaterThan(10);
    const refused: string[] = [];
    for (const directory of directories) {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
      const byName = allowlist.packages?.[manifest.name];
      if (byName !== undefined && inRange(manifest.version, byName)) continue;
      const licence = declaredLicence(manifest);
      let ok: boolean;
      try {
        ok = licence !== undefined && satisfies(parseSpdx(licence) as SpdxNode);
      } catch {
        ok = false; // not an SPDX expression ("SEE LICENSE IN …", "UNLICENSED", a typo)
      }
      if (!ok) refused.push(`${manifest.name}@${manifest.version}: ${licence ?? 'no licence declared'}`);
    }
    expect(refused).toEqual([]);
  });

  it('the allowlist itself only names SPDX licence ids', () => {
    for (const id of allowlist.licenses.spdx) expect(() => parseSpdx(id)).not.toThrow();
  });
});
