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
import { offsetOf } from '../yaml-pointer.js';
import {
  ConfigError,
  EMPTY_POLICY,
  type ConfigFile,
  type Policy,
  type RemoteConfigReader,
  type RuleSetting,
  type SourceRef,
} from './types.js';

// Every error at once: fixing a policy one complaint per run is slow.
const ajv = new Ajv2020({ allErrors: true, strict: false });
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
  const errors: { offset: number; message: string }[] = [];
  if (!validateShape(raw)) {
    for (const error of plainSchemaErrors(validateShape.errors ?? []))
      errors.push({ offset: offsetOf(document, error.pointer), message: error.message });
  }
  const config = raw as ConfigFile;
  const dates: [string, unknown][] = [
    ...(Array.isArray(config.waivers) ? config.waivers : []).map((waiver, index): [string, unknown] => [
      `/waivers/${index}/expires`,
      (waiver as { expires?: unknown })?.expires,
    ]),
    ['/release-date', config['release-date']],
    ['/as-of', config['as-of']],
  ];
  for (const [pointer, value] of dates) {
    // Values that are not shaped like a date are reported by the schema already.
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDate(value))
      errors.push({
        offset: offsetOf(document, pointer),
        message: `${nameOfPointer(pointer)}: "${value}" is not a calendar date`,
      });
  }
  if (errors.length) {
    errors.sort((a, b) => a.offset - b.offset);
    const lines = errors.map((error) => `${at(error.offset)}: ${error.message}`);
    throw new ConfigError(
      lines.length === 1 ? lines[0] : `${source}: ${lines.length} problems:\n  ${lines.join('\n  ')}`,
    );
  }
  return { config, source, lineOf: (pointer) => lineCounter.linePos(offsetOf(document, pointer)).line };
}

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** "/waivers/0/expires" → "waivers[0].expires". */
function nameOfPointer(pointer: string): string {
  return (
    pointer
      .split('/')
      .filter(Boolean)
      .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
      .join('')
      .replace(/^\./, '') || 'the policy'
  );
}

/** What a value at a pointer may be, in words, where a schema `oneOf` would only say "must match exactly one schema". */
function expectedAt(pointer: string): string | null {
  if (/^\/rules\/[^/]+$/.test(pointer)) return 'off, error, warning, notice, or { enabled: true|false, severity: … }';
  if (/^\/extends(\/\d+)?$/.test(pointer)) return 'a path (./base.yml) or owner/repo/path@ref, or a list of them';
  return null;
}

/** Ajv's errors as plain sentences, one per problem (the branches of a failed `oneOf` folded into it). */
export function plainSchemaErrors(errors: readonly SchemaError[]): { pointer: string; message: string }[] {
  const folded = new Set(errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath));
  const seen = new Set<string>();
  const result: { pointer: string; message: string }[] = [];
  for (const error of errors) {
    const pointer = error.instancePath;
    const owner = [...folded].find((path) => pointer === path || pointer.startsWith(`${path}/`));
    let message: string;
    if (owner !== undefined) {
      if (seen.has(`oneOf:${owner}`)) continue;
      seen.add(`oneOf:${owner}`);
      result.push({
        pointer: owner,
        message: `${nameOfPointer(owner)} must be ${expectedAt(owner) ?? 'one of the forms in docs/config.md'}`,
      });
      continue;
    }
    const name = nameOfPointer(pointer);
    const params = error.params;
    switch (error.keyword) {
      case 'required':
        message = `${name === 'the policy' ? 'the policy' : name} is missing "${String(params.missingProperty)}"${params.missingProperty === 'version' ? ' (write "version: 1" at the top)' : ''}`;
        break;
      case 'additionalProperties':
        message = `unknown key "${String(params.additionalProperty)}" in ${name}`;
        break;
      case 'pattern':
        message = /expires|release-date|as-of/.test(pointer)
          ? `${name} must be a date written YYYY-MM-DD, e.g. 2027-03-31`
          : /\/rule$/.test(pointer) || pointer.startsWith('/rules')
            ? `${name} must be a rule id such as copyright-policy (lower case, digits and hyphens)`
            : `${name} is not in the expected form`;
        break;
      case 'minLength':
        message =
          Number(params.limit) > 1
            ? `${name} is too short: at least ${String(params.limit)} characters (say why, for whoever reads the report)`
            : `${name} must not be empty`;
        break;
      case 'enum':
        message = `${name} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
        break;
      case 'const':
        message = `${name} must be ${JSON.stringify(params.allowedValue)}`;
        break;
      case 'type':
        message = `${name} must be ${String(params.type) === 'array' ? 'a list' : String(params.type) === 'object' ? 'a mapping of keys to values' : `a ${String(params.type)}`}`;
        break;
      case 'minItems':
        message = `${name} must not be an empty list`;
        break;
      case 'minProperties':
        message = `${name} must not be empty`;
        break;
      default:
        message = `${name} ${error.message ?? 'is invalid'}`;
    }
    if (seen.has(message)) continue;
    seen.add(message);
    result.push({ pointer, message });
  }
  return result;
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
    if (key === name || chain.includes(key))
      throw new ConfigError(`${where}: circular extends: ${[...chain, name, key].join(' → ')}`);
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
      `${prefix}: ${name} is in another repository; reading it needs a GitHub token: set GITHUB_TOKEN (or GH_TOKEN) in the environment, or use the Action's token input. Or copy the file into this repository and extend it by a relative path`,
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
    const offline = networkFailure(error);
    throw new ConfigError(
      offline
        ? `${prefix}: cannot read ${name}: GitHub could not be reached (${offline}); check the network connection or proxy, or extend a local copy of the file`
        : `${prefix}: cannot read ${name}: ${(error as Error).message}`,
    );
  }
  if (text === null) throw new ConfigError(`${prefix}: ${name} does not exist (or the token cannot read it)`);
  return text;
}

const NETWORK_CODES =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT)\b/;

/** The network error behind a failed request (no answer from GitHub at all), or null when GitHub answered. */
export function networkFailure(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    const text = `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`;
    const match = NETWORK_CODES.exec(text);
    if (match) return typeof message === 'string' && message.includes(match[1]) ? message : match[1];
    current = cause;
  }
  return null;
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
  const settingsFrom = { ...base.settingsFrom };
  for (const key of ['paths', 'ignore', 'fail-on', 'release-date', 'as-of', 'release'] as const)
    if (config[key] !== undefined) settingsFrom[key] = layer.ref(`/${key}`);
  return {
    settingsFrom,
    sources: [...base.sources, layer.source],
    paths: config.paths ?? base.paths,
    ignore: config.ignore ?? base.ignore,
    failOn: config['fail-on'] ?? base.failOn,
    releaseDate: config['release-date'] ?? base.releaseDate,
    asOf: config['as-of'] ?? base.asOf,
    blockedRelease: config.release ?? base.blockedRelease ?? null,
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
