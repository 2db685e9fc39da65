/** Real webhook payloads from @octokit/webhooks-examples (a JSON file, loaded through require). */
import { createRequire } from 'node:module';

type Payload = Record<string, unknown>;
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Payload[];
}[];

/** A deep copy of an example of an event (with this action, when given), one with an installation if any. */
export function webhookExample(event: string, action?: string): Payload {
  const examples = definitions.find((definition) => definition.name === event)?.examples ?? [];
  const matching = examples.filter((example) => action === undefined || example.action === action);
  // A GitHub App receives its deliveries with the installation: prefer such an example.
  const found = matching.find((example) => example.installation) ?? matching[0];
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found);
}
