/**
 * Named code predicates: what rule data cannot say. Each is referenced by name from rule files
 * (`predicate:` evidence or `requiredWhen:`), has its own tests, and a test fails on unused ones.
 */
import type { Hit, MatchContext } from '../context.js';
import { declaresBaseModel } from './declares-base-model.js';
import { nonEuProvider } from './non-eu-provider.js';
import { generatesContent } from './generates-content.js';
import { declaresTask } from './declares-task.js';

export type Predicate = (context: MatchContext) => Hit | null;

export const predicates: Record<string, Predicate> = {
  'declares-base-model': declaresBaseModel,
  'non-eu-provider': nonEuProvider,
  'generates-content': generatesContent,
  'declares-task': declaresTask,
};

export function hasPredicate(name: string): boolean {
  return Object.hasOwn(predicates, name);
}
