/** What a report says of a card read from the Hugging Face Hub (`files[].hub`). */

export interface HubBaseInfo {
  id: string;
  /** The base's commit read, or null when it could not be read. */
  revision: string | null;
  /** Whether its Hub page and card decided the modification test (else the known-models table did, if it lists it). */
  read: boolean;
  /** What was learnt, or why it could not be read. */
  note: string;
}

export interface HubSourceInfo {
  /** "owner/name" */
  repo: string;
  /** The revision asked for (`@…`), or null for the default branch. */
  requested: string | null;
  /** The commit sha the Hub reported: the card judged is the one at this commit. */
  revision: string;
  /** The card's address at that commit. */
  url: string;
  pipelineTag: string | null;
  tags: string[];
  licence: string | null;
  gated: false | 'auto' | 'manual';
  private: boolean;
  libraryName: string | null;
  /** `safetensors.total` of the Hub metadata. */
  parameters: number | null;
  /** `total_flos` from the Trainer's results file, and which file. */
  totalFlos: { value: number; file: string } | null;
  baseModels: HubBaseInfo[];
}
