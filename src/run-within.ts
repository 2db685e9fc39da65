/**
 * A time budget for work in this thread: vm's timeout stops synchronous JavaScript that runs past it,
 * a regular expression's backtracking included, and the stop cannot be caught by the work itself.
 */
import { Script } from 'node:vm';

/** What runWithin returns when the work ran out of time. */
export const OUT_OF_TIME: unique symbol = Symbol('out of time');

// vm runs a script, not a function: the script calls the work through this global, set for the call.
const HOOK = '__aiActGateTimedWork';
const runner = new Script(`globalThis.${HOOK}()`, { filename: 'ai-act-gate-time-budget' });

export function runWithin<T>(work: () => T, milliseconds: number): T | typeof OUT_OF_TIME {
  const global = globalThis as Record<string, unknown>;
  global[HOOK] = work;
  try {
    return runner.runInThisContext({ timeout: milliseconds }) as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return OUT_OF_TIME;
    throw error;
  } finally {
    delete global[HOOK];
  }
}
