/** Real webhook payloads from @octokit/webhooks-examples (a JSON file, loaded through require). */
import { createRequire } from 'node:module';

type Payload = Record<string, unknown>;
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Payload[];
}[];

/** A deep copy of the first example of an event (with this action, when given). */
export function webhookExample(event: string, action?: string): Payload {
  const examples = definitions.find((definition) => definition.name === event)?.examples ?? [];
  const found = examples.find((example) => action === undefined || example.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found);
}
