/**
 * `ai-act-gate serve`: reads the settings, starts the webhook server, and on SIGTERM or SIGINT stops
 * taking deliveries, finishes the queued ones and exits 0. Bad settings: a message and exit 2.
 */
import type { CliIo } from '../cli-main.js';
import { loadRuleset } from '../ruleset/load-rules.js';
import type { Logger } from '../publish/github-client.js';
import { readSettings, SERVE_HELP, SettingsError, WEBHOOK_PATH, type ServeSettings } from './settings.js';
import { createWebhookServer, type WebhookServer } from './webhook-server.js';
import { GitHubApp } from './github-app.js';
import { handleDelivery } from './handlers.js';

export interface RunningServer extends WebhookServer {
  url: string;
}

/** The server for these settings, listening; `serve` and the tests start it the same way. */
export async function startServe(
  settings: ServeSettings,
  log: Logger,
  deliveryLog?: (entry: Record<string, unknown>) => void,
): Promise<RunningServer> {
  const ruleset = loadRuleset();
  const app = new GitHubApp(settings, log);
  // github.com for api.github.com; GitHub Enterprise Server serves both from one host.
  const api = new URL(settings.apiUrl);
  const serverUrl = api.hostname === 'api.github.com' ? 'https://github.com' : api.origin;
  const webhooks = createWebhookServer({
    verify: (body, signature) => app.verify(body, signature),
    handle: (delivery) =>
      handleDelivery(delivery, { app, ruleset, serverUrl, blockedRelease: settings.blockedRelease, log }),
    queueSize: settings.queueSize,
    concurrency: settings.concurrency,
    log: deliveryLog,
  });
  await new Promise<void>((resolve, reject) => {
    webhooks.server.once('error', reject);
    webhooks.server.listen(settings.port, settings.host, () => resolve());
  });
  const address = webhooks.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return { ...webhooks, url: `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}` };
}

export async function runServeCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  if (argv.length) {
    io.stderr(`ai-act-gate serve: takes no arguments (settings come from the environment), got "${argv[0]}"\n`);
    return 2;
  }
  let settings: ServeSettings;
  try {
    settings = readSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    io.stderr(`ai-act-gate serve: ${error.message}\n`);
    return 2;
  }
  const log: Logger = {
    info: (message) => io.stderr(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', message })}\n`),
    warning: (message) =>
      io.stderr(`${JSON.stringify({ time: new Date().toISOString(), level: 'warning', message })}\n`),
  };
  let server: RunningServer;
  try {
    server = await startServe(settings, log);
  } catch (error) {
    io.stderr(`ai-act-gate serve: cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}\n`);
    return 2;
  }
  log.info(`listening on ${server.url}${WEBHOOK_PATH} (GitHub API ${settings.apiUrl})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info(`${signal}: finishing ${server.queue.size} queued deliveries, then exiting`);
      void server.shutdown().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  log.info('stopped');
  return 0;
}
