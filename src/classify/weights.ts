/** Whether the weights are openly downloadable, one of the Art 53(2) conditions for the open-source exemption. */
import type { CardFacts } from '../model/card.js';
import type { Position } from '../model/position.js';
import { excerpt, proseText } from './card-text.js';
import { classifyData, type ClassifyData } from './classify-data.js';

export interface WeightsAvailability {
  public: boolean;
  reason: string;
  position?: Position;
}

/** Public unless the card gates the download behind a personal-data form or says the weights are closed. */
export function weightsAvailability(facts: CardFacts, data: ClassifyData = classifyData()): WeightsAvailability {
  for (const key of data.cues.gatedKeys) {
    const entry = facts.metadata.get(key);
    if (entry && entry.value !== null && entry.value !== '') {
      return {
        public: false,
        reason: `the download is gated behind a form collecting personal data (${key}, line ${entry.position.line}); the guidelines treat that as a condition of access outside the exemption`,
        position: entry.position,
      };
    }
  }
  const prose = proseText(facts);
  for (const pattern of data.cues.weightsNotPublic) {
    const match = pattern.exec(prose);
    if (match) {
      const position = facts.positionAt(match.index);
      return { public: false, reason: `the card says "${excerpt(match[0])}" (line ${position.line})`, position };
    }
  }
  return { public: true, reason: 'no gated download or closed-weights statement found' };
}
