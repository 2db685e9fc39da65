/**
 * app.yml holds only GitHub's documented App manifest parameters, permissions that exist (the
 * `app-permissions` schema of GitHub's OpenAPI description) at the least level serve needs, and
 * events that exist (@octokit/webhooks' list) — those serve handles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emitterEventNames } from '@octokit/webhooks';
import { ROOT } from '../helpers.js';
import { OpenApiContract } from '../contract/openapi-contract.js';
import { WEBHOOK_PATH } from '../../src/serve/settings.js';

/** "GitHub App manifest parameters" in GitHub's documentation on registering an App from a manifest. */
const MANIFEST_PARAMETERS = [
  'name',
  'url',
  'hook_attributes',
  'redirect_url',
  'callback_urls',
  'setup_url',
  'description',
  'public',
  'default_events',
  'default_permissions',
  'request_oauth_on_install',
  'setup_on_update',
];

const manifest = parse(readFileSync(join(ROOT, 'app.yml'), 'utf8')) as {
  name: string;
  url: string;
  hook_attributes: { url: string; active?: boolean };
  default_permissions: Record<string, string>;
  default_events: string[];
};

describe('app.yml', () => {
  it('uses only documented manifest parameters, with the required ones', () => {
    for (const key of Object.keys(manifest)) expect(MANIFEST_PARAMETERS).toContain(key);
    expect(manifest.url).toMatch(/^https:\/\//);
    expect(Object.keys(manifest.hook_attributes).sort()).toEqual(['active', 'url']);
    expect(new URL(manifest.hook_attributes.url).pathname).toBe(WEBHOOK_PATH);
    expect(manifest.name.length).toBeLessThanOrEqual(34);
  });

  it('asks for permissions that exist, at the least level serve needs', () => {
    const schema = new OpenApiContract().spec.components.schemas['app-permissions'].properties as Record<
      string,
      { enum: string[] }
    >;
    for (const [permission, level] of Object.entries(manifest.default_permissions))
      expect(schema[permission]?.enum).toContain(level);
    expect(manifest.default_permissions).toEqual({
      checks: 'write',
      contents: 'read',
      pull_requests: 'write',
      issues: 'write',
      deployments: 'write',
      metadata: 'read',
    });
  });

  it('subscribes to events that exist, those serve handles', () => {
    for (const event of manifest.default_events) expect(emitterEventNames).toContain(event);
    expect([...manifest.default_events].sort()).toEqual([
      'deployment_protection_rule',
      'pull_request',
      'push',
      'release',
    ]);
  });
});
