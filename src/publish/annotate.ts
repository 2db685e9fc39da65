/** Annotations at the card lines through `@actions/core`, chosen by toAnnotations to fit GitHub's caps. */
import * as core from '@actions/core';
import type { Report } from '../model/report.js';
import { toAnnotations, type Annotation } from '../render/annotations.js';

export type AnnotationSink = Pick<typeof core, 'error' | 'warning' | 'notice'>;

/** Emits the annotations and returns how many findings did not fit (they are in the job summary). */
export function annotate(report: Report, sink: AnnotationSink = core): { emitted: Annotation[]; omitted: number } {
  const { annotations, omitted } = toAnnotations(report);
  for (const { level, message, ...properties } of annotations) sink[level](message, properties);
  return { emitted: annotations, omitted };
}
