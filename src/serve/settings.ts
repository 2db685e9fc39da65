/** `ai-act-gate serve`'s settings, all from the environment, checked once at start with messages that name the variable. */
import { readFileSync } from 'node:fs';
import { VERSION } from '../version.js';
import { BLOCKED_RELEASE_MODES, type BlockedReleaseMode } from '../action/release-draft.js';

export const WEBHOOK_PATH = '/api/github/webhooks';

export interface ServeSettings {
  appId: string;
  privateKey: string;
  webhookSecret: string;
  port: number;
  host: string;
  /** GitHub Enterprise Server: https://HOST/api/v3. */
  apiUrl: string;
  /** Deliveries waiting or being handled at most; more get 503. */
  queueSize: number;
  /** Deliveries handled at once. */
  concurrency: number;
  blockedRelease: BlockedReleaseMode;
}

export const SERVE_HELP = `ai-act-gate ${VERSION}: the GitHub App webhook server

Usage: ai-act-gate serve

Receives GitHub's webhooks at ${WEBHOOK_PATH} and answers each at once (202), then works through
them in the background: a check run "ai-act-gate" (and the pull-request comment) for pull requests
and pushes to the default branch, the verdict of a custom deployment protection rule, and a check
run on published releases. GET /healthz answers 200 while the server takes deliveries.

Settings (environment variables):
  APP_ID              the GitHub App's id (required)
  PRIVATE_KEY         the App's private key, PEM text (required, or PRIVATE_KEY_PATH)
  PRIVATE_KEY_PATH    a file holding the private key, instead of PRIVATE_KEY
  WEBHOOK_SECRET      the App's webhook secret: deliveries without its X-Hub-Signature-256 get 401 (required)
  PORT                port to listen on (default: 3000)
  HOST                address to listen on (default: 0.0.0.0; 127.0.0.1 behind a local proxy)
  GITHUB_API_URL      REST API root (default: https://api.github.com; GitHub Enterprise Server:
                      https://HOST/api/v3)
  QUEUE_SIZE          deliveries waiting or being handled at most; more get 503 so GitHub's
                      delivery log shows them for redelivery (default: 1000)
  CONCURRENCY         deliveries handled at once (default: 2)
  BLOCKED_RELEASE     ${BLOCKED_RELEASE_MODES.join('|')}: on a published or created release whose card the gate blocks, fail
                      the check run, or also turn the release back into a draft (needs contents: write); a repository's policy
                      (release: fail|draft) overrides it (default: fail)

Each delivery is logged as one JSON line on stdout. SIGTERM and SIGINT stop taking deliveries (503),
finish those queued, then exit. Serve it behind HTTPS (a reverse proxy or load balancer).
`;

export class SettingsError extends Error {}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new SettingsError(`${name} must be a whole number from 1 to ${max}, not "${text}"`);
  return value;
}

export function readSettings(env: NodeJS.ProcessEnv): ServeSettings {
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new SettingsError(`${name} is not set (see ai-act-gate serve --help)`);
    return value;
  };
  const appId = required('APP_ID');
  if (!/^\d+$/.test(appId)) throw new SettingsError(`APP_ID must be the App's numeric id, not "${appId}"`);
  let privateKey = env.PRIVATE_KEY?.trim() ?? '';
  if (!privateKey && env.PRIVATE_KEY_PATH?.trim()) {
    try {
      privateKey = readFileSync(env.PRIVATE_KEY_PATH.trim(), 'utf8').trim();
    } catch (error) {
      throw new SettingsError(`PRIVATE_KEY_PATH: cannot read ${env.PRIVATE_KEY_PATH}: ${(error as Error).message}`);
    }
  }
  if (!privateKey)
    throw new SettingsError('PRIVATE_KEY or PRIVATE_KEY_PATH must be set (see ai-act-gate serve --help)');
  // Environment files often keep a PEM on one line with literal \n.
  privateKey = privateKey.replace(/\\n/g, '\n');
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey))
    throw new SettingsError('the private key is not a PEM private key (-----BEGIN RSA PRIVATE KEY-----)');
  const blockedRelease = env.BLOCKED_RELEASE?.trim() || 'fail';
  if (!(BLOCKED_RELEASE_MODES as readonly string[]).includes(blockedRelease))
    throw new SettingsError(
      `BLOCKED_RELEASE must be one of ${BLOCKED_RELEASE_MODES.join(', ')}, not "${blockedRelease}"`,
    );
  const apiUrl = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
  try {
    new URL(apiUrl);
  } catch {
    throw new SettingsError(`GITHUB_API_URL must be a URL, not "${apiUrl}"`);
  }
  return {
    appId,
    privateKey,
    webhookSecret: required('WEBHOOK_SECRET'),
    port: env.PORT?.trim() === '0' ? 0 : positiveInteger(env, 'PORT', 3000, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    apiUrl,
    queueSize: positiveInteger(env, 'QUEUE_SIZE', 1000, 1_000_000),
    concurrency: positiveInteger(env, 'CONCURRENCY', 2, 64),
    blockedRelease: blockedRelease as BlockedReleaseMode,
  };
}
