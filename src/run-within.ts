/**
 * A time budget for work in this thread: vm's timeout stops synchronous JavaScript that runs past it,
 * a regular expression's backtracking included, and the stop cannot be caught by the work itself.
 */
import { createContext, Script, type Context } from 'node:vm';

/** What runWithin returns when the work ran out of time. */
export const OUT_OF_TIME: unique symbol = Symbol('out of time');

// vm runs a script, not a function: the script calls the work, handed over in a context of its own.
const runner = new Script('work()', { filename: 'ai-act-gate-time-budget' });
let context: Context | undefined;

export function runWithin<T>(work: () => T, milliseconds: number): T | typeof OUT_OF_TIME {
  context ??= createContext({ work: null });
  context.work = work;
  try {
    return runner.runInContext(context, { timeout: milliseconds }) as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return OUT_OF_TIME;
    throw error;
  } finally {
    context.work = null;
  }
}
