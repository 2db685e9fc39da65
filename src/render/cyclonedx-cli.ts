/** `check --format cyclonedx`: the report as an ML-BOM, each card read again for the facts the report does not carry. */
import { resolve } from 'node:path';
import type { Report } from '../model/report.js';
import type { Vocabulary } from '../facts/vocabulary.js';
import { readSource } from '../io/read-source.js';
import { readBomCard } from './cyclonedx-card.js';
import { renderCycloneDx } from './cyclonedx.js';

export function renderCycloneDxReport(
  report: Report,
  options: { cwd: string; maxBytes: number; vocabulary: Vocabulary; hubTexts?: Map<string, string> },
): string {
  const cards = report.files.map((file) => {
    let text: string | null = options.hubTexts?.get(file.path) ?? null;
    if (text === null && !file.hub) {
      const source = readSource(resolve(options.cwd, file.path), options.maxBytes);
      text = source.ok ? source.text : null;
    }
    return readBomCard(file, text, options.vocabulary);
  });
  return renderCycloneDx(report, cards);
}
