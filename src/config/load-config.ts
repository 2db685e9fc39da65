/**
 * Reads a policy file and the chain it `extends` (local files and files in other repositories),
 * validates each against schema/config.schema.json, and merges them into one Policy: bases first,
 * the file itself last. Every error names the file, line and column and what was expected.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument } from 'yaml';
import { configSchema } from './config-schema.js';
import { offsetOf, describeSchemaError } from '../yaml-pointer.js';
import {
  ConfigError,
  EMPTY_POLICY,
  type ConfigFile,
  type Policy,
  type RemoteConfigReader,
  type RuleSetting,
  type SourceRef,
} from './types.js';

const ajv = new Ajv2020({ allErrors: false, strict: false });
const validateShape = ajv.compile(configSchema);

/** Policy files beyond this size are not policies. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deeper chains are almost certainly a mistake (and would hide a cycle's cost). */
const MAX_EXTENDS_DEPTH = 10;

/** A config file with the line of every JSON pointer in it. */
export interface ParsedConfig {
  config: ConfigFile;
  source: string;
  lineOf(pointer: string): number;
}

/** Parses and validates one config file's text; `source` names it in errors. */
export function parseConfigText(text: string, source: string): ParsedConfig {
  if (text.length > MAX_CONFIG_BYTES)
    throw new ConfigError(`${source}: too large for a policy file (${text.length} bytes; at most ${MAX_CONFIG_BYTES})`);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${source}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new ConfigError(`${at(error.pos[0])}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${at(0)}: invalid YAML: ${(error as Error).message}`);
  }
  if (raw === null || raw === undefined)
    throw new ConfigError(`${at(0)}: the policy file is empty; expected at least "version: 1"`);
  if (!validateShape(raw)) {
    const error = validateShape.errors?.[0];
    throw new ConfigError(
      `${at(offsetOf(document, error?.instancePath ?? ''))}: ${describeSchemaError(error, 'policy')}`,
    );
  }
  const config = raw as ConfigFile;
  for (const [index, waiver] of (config.waivers ?? []).entries()) {
    if (!isRealDate(waiver.expires))
      throw new ConfigError(
        `${at(offsetOf(document, `/waivers/${index}/expires`))}: "${waiver.expires}" is not a calendar date`,
      );
  }
  for (const key of ['release-date', 'as-of'] as const) {
    const value = config[key];
    if (value !== undefined && !isRealDate(value))
      throw new ConfigError(`${at(offsetOf(document, `/${key}`))}: "${value}" is not a calendar date`);
  }
  return { config, source, lineOf: (pointer) => lineCounter.linePos(offsetOf(document, pointer)).line };
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Where a config file lives: on disk, or in a repository at a ref. */
type Location =
  { kind: 'local'; path: string } | { kind: 'remote'; owner: string; repo: string; path: string; ref: string | null };

/** How errors and reports name a config: local files relative to `root` when they are inside it. */
function nameOf(location: Location, root?: string): string {
  if (location.kind === 'remote')
    return `${location.owner}/${location.repo}/${location.path}${location.ref ? `@${location.ref}` : ''}`;
  const shown = root ? relative(root, location.path) : location.path;
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown.split(sep).join('/') : location.path;
}

const REMOTE = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@]+?)(?:@([^@\s]+))?$/;

/**
 * An `extends` entry: `./x.yml`, `../x.yml` or `/abs/x.yml` is a file next to the one that names it
 * (in the same repository and ref when that one is remote); `owner/repo/path@ref` is another repository.
 */
export function locateExtends(entry: string, from: Location): Location | null {
  const relative =
    entry.startsWith('./') ||
    entry.startsWith('../') ||
    !entry.includes('/') ||
    (entry.split('/').length === 2 && !entry.includes('@'));
  if (isAbsolute(entry)) return from.kind === 'local' ? { kind: 'local', path: entry } : null;
  if (relative) {
    if (from.kind === 'local') return { kind: 'local', path: resolve(dirname(from.path), entry) };
    const path = posix.normalize(posix.join(posix.dirname(from.path), entry));
    return path.startsWith('..') ? null : { ...from, path };
  }
  const match = REMOTE.exec(entry);
  if (!match) return null;
  return { kind: 'remote', owner: match[1], repo: match[2], path: match[3], ref: match[4] ?? null };
}

export interface ResolveOptions {
  /** Reads `owner/repo/path@ref` files; without it, such an `extends` is an error that says so. */
  readRemote?: RemoteConfigReader;
  /** Reads local files; defaults to the file system (tests and the org scan pass their own). */
  readLocal?: (path: string) => Promise<string | null>;
  /** A policy to build on (the organisation's): this config's settings override it. */
  base?: Policy;
  /** Local files inside this folder are named relative to it in errors and reports. */
  root?: string;
}

/** Loads a local policy file and everything it extends. */
export async function loadPolicyFile(path: string, options: ResolveOptions = {}): Promise<Policy> {
  const location: Location = { kind: 'local', path: resolve(path) };
  const text = await readLocation(location, options, null);
  return resolveFrom(text, location, options);
}

/** Resolves a config whose text is already at hand (a repository's own config in the org scan). */
export async function resolvePolicyText(
  text: string,
  source: string,
  options: ResolveOptions & { remote?: { owner: string; repo: string; ref: string | null } } = {},
): Promise<Policy> {
  const location: Location = options.remote
    ? { kind: 'remote', ...options.remote, path: source }
    : { kind: 'local', path: resolve(options.root ?? '.', source) };
  return resolveFrom(text, location, options);
}

async function resolveFrom(text: string, location: Location, options: ResolveOptions): Promise<Policy> {
  // Remote texts are fetched once per run even when several configs extend them.
  const cache = new Map<string, Promise<string>>();
  const layers = await collectLayers(text, location, options, [], cache);
  return layers.reduce(mergeLayer, options.base ?? EMPTY_POLICY);
}

/** The chain in application order: the deepest base first. */
async function collectLayers(
  text: string,
  location: Location,
  options: ResolveOptions,
  chain: string[],
  cache: Map<string, Promise<string>>,
): Promise<Layer[]> {
  const name = nameOf(location, options.root);
  if (chain.includes(name))
    throw new ConfigError(`${chain[chain.length - 1]}: circular extends: ${[...chain, name].join(' → ')}`);
  if (chain.length >= MAX_EXTENDS_DEPTH)
    throw new ConfigError(`${name}: extends is nested more than ${MAX_EXTENDS_DEPTH} deep (${chain.join(' → ')})`);
  const parsed = parseConfigText(text, name);
  const entries = parsed.config.extends === undefined ? [] : [parsed.config.extends].flat();
  const layers: Layer[] = [];
  for (const [index, entry] of entries.entries()) {
    const pointer = typeof parsed.config.extends === 'string' ? '/extends' : `/extends/${index}`;
    const where = `${name}:${parsed.lineOf(pointer)}`;
    const target = locateExtends(entry, location);
    if (!target)
      throw new ConfigError(
        `${where}: extends "${entry}" is neither a relative path nor owner/repo/path@ref${location.kind === 'remote' ? ' inside that repository' : ''}`,
      );
    const key = nameOf(target, options.root);
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = readLocation(target, options, where)));
    layers.push(...(await collectLayers(await pending, target, options, [...chain, name], cache)));
  }
  layers.push(toLayer(parsed, location));
  return layers;
}

async function readLocation(location: Location, options: ResolveOptions, where: string | null): Promise<string> {
  const prefix = where ? `${where}: extends` : 'config';
  const name = nameOf(location, options.root);
  if (location.kind === 'local') {
    const read = options.readLocal ?? readLocalFile;
    const text = await read(location.path);
    if (text === null) throw new ConfigError(`${prefix}: cannot find ${name}`);
    return text;
  }
  if (!options.readRemote)
    throw new ConfigError(
      `${prefix}: ${name} is in another repository; reading it needs a GitHub token (--token, GITHUB_TOKEN, or the Action's token input)`,
    );
  let text: string | null;
  try {
    text = await options.readRemote({
      owner: location.owner,
      repo: location.repo,
      path: location.path,
      ref: location.ref,
    });
  } catch (error) {
    throw new ConfigError(`${prefix}: cannot read ${name}: ${(error as Error).message}`);
  }
  if (text === null) throw new ConfigError(`${prefix}: ${name} does not exist (or the token cannot read it)`);
  return text;
}

async function readLocalFile(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return null;
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** One file's settings, with where each came from. */
interface Layer {
  source: string;
  config: ConfigFile;
  ref: (pointer: string) => SourceRef;
  /** Absolute rule folders (local files only). */
  ruleFolders: string[];
}

function toLayer(parsed: ParsedConfig, location: Location): Layer {
  const ref = (pointer: string): SourceRef => ({ source: parsed.source, line: parsed.lineOf(pointer) });
  const folders = parsed.config['rule-folders'] ?? [];
  if (folders.length > 0 && location.kind === 'remote') {
    throw new ConfigError(
      `${parsed.source}:${parsed.lineOf('/rule-folders')}: rule-folders can only be used in a local policy file, not in one read from another repository`,
    );
  }
  return {
    source: parsed.source,
    config: parsed.config,
    ref,
    ruleFolders: location.kind === 'local' ? folders.map((folder) => resolve(dirname(location.path), folder)) : [],
  };
}

/** A later layer overrides scalars and rule settings; overrides and waivers accumulate (its own first). */
function mergeLayer(base: Policy, layer: Layer): Policy {
  const { config } = layer;
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const previous = rules[id];
    rules[id] = { ...settingOf(setting, previous), from: layer.ref(`/rules/${id}`) };
  }
  return {
    sources: [...base.sources, layer.source],
    paths: config.paths ?? base.paths,
    ignore: config.ignore ?? base.ignore,
    failOn: config['fail-on'] ?? base.failOn,
    releaseDate: config['release-date'] ?? base.releaseDate,
    asOf: config['as-of'] ?? base.asOf,
    rules,
    ruleFolders: [...base.ruleFolders, ...layer.ruleFolders],
    tierOverrides: [
      ...(config['tier-overrides'] ?? []).map((entry, index) => ({
        ...entry,
        from: layer.ref(`/tier-overrides/${index}`),
      })),
      ...base.tierOverrides,
    ],
    waivers: [
      ...(config.waivers ?? []).map((entry, index) => ({ ...entry, from: layer.ref(`/waivers/${index}`) })),
      ...base.waivers,
    ],
  };
}

function settingOf(
  setting: RuleSetting,
  previous: Policy['rules'][string] | undefined,
): { enabled: boolean; severity: Policy['rules'][string]['severity'] } {
  if (setting === 'off') return { enabled: false, severity: previous?.severity ?? null };
  if (typeof setting === 'string') return { enabled: true, severity: setting };
  return { enabled: setting.enabled ?? true, severity: setting.severity ?? previous?.severity ?? null };
}
