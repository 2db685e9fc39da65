/**
 * Used by `intended-uses` and `input-output-modalities` (partial evidence): the front matter declares
 * what the model does — a pipeline_tag, a model-index task type, or a task tag such as
 * `image-classification` — which names the task and its modalities without describing them.
 */
import { declaredTask } from '../../classify/task-profile.js';
import type { Hit, MatchContext } from '../context.js';

export function declaresTask({ facts }: MatchContext): Hit | null {
  const evidence = declaredTask(facts)?.evidence;
  if (!evidence) return null;
  return { position: evidence.position, quote: `${evidence.source}: ${evidence.value}` };
}
