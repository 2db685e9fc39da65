/**
 * The fake organisation the org-scan tests and `bench:org` use: 200 repositories, most with one
 * model card (each text different, as in a real org), some software projects whose README is not a
 * card, empty, archived and forked repositories, a few release blockers and repository configs.
 */
import { BLOCKED_CARD, CLEAN_CARD } from '../contract/cards.js';
import type { FakeOrg } from './fake-org.js';

/** A real-looking large language model card (examples/llm-card, shortened). */
export const LLM_CARD = `---
license: apache-2.0
pipeline_tag: text-generation
language: [en, de, fr]
datasets: [HuggingFaceFW/fineweb]
---
# Aurora-7B

Aurora-7B is a 7-billion-parameter decoder-only language model for text generation.

## Model details

- Developed by: Example Labs GmbH, Berlin
- Parameters: 7.2B
- Context window: 8,192 tokens
- Release date: 2025-09-01

## Training data

Trained on 2.1T tokens of filtered web text (FineWeb) and licensed books.

## Training procedure

Training compute: 3.1e23 FLOP on 1,024 H100 GPUs for 40 days.

## Intended uses

Drafting and summarising text in English, German and French.

## Limitations

The model can produce incorrect or biased statements.
`;

export const SOFTWARE_README = `# fast-tokenizer

A command-line tool that splits text into tokens.

## Install

    npm install -g fast-tokenizer
`;

export const RULE_OFF_CONFIG = `version: 1
rules:
  copyright-policy: off
`;

export const TIER_OVERRIDE_CONFIG = `version: 1
tier-overrides:
  - path: "**"
    tier: gpai
    justification: Compute figure on the card is the base model's; ours is a 1e21 FLOP fine-tune.
`;

export const BROKEN_CONFIG = `version: 1
rules:
  copyright-policy: [not, a, setting]
`;

export interface OrgExpectations {
  /** Repositories a default scan takes (not archived, not forks). */
  scanned: string[];
  /** Full names of the repositories whose card must be blocked. */
  blocked: string[];
  archived: string[];
  forks: string[];
  empty: string[];
  software: string[];
}

export const REPOSITORY_COUNT = 200;

export const nameOf = (index: number): string => `model-${String(index).padStart(3, '0')}`;

/** Fills the fake with the 200 repositories and says what a scan must find. */
export function populateOrg(fake: FakeOrg, count = REPOSITORY_COUNT): OrgExpectations {
  const expected: OrgExpectations = { scanned: [], blocked: [], archived: [], forks: [], empty: [], software: [] };
  const full = (name: string) => `${fake.org}/${name}`;
  const unique = (card: string, name: string) => card.replace(/^# (.*)$/m, `# $1 (${name})`);
  for (let index = 0; index < count; index++) {
    const name = nameOf(index);
    let files: Record<string, string>;
    let options: { archived?: boolean; fork?: boolean } = {};
    if (index === 5) files = { 'README.md': unique(BLOCKED_CARD, name), '.github/ai-act-gate.yml': RULE_OFF_CONFIG };
    else if (index === 6)
      files = { 'README.md': unique(BLOCKED_CARD, name), '.github/ai-act-gate.yml': TIER_OVERRIDE_CONFIG };
    else if (index === 7) files = { 'README.md': unique(CLEAN_CARD, name), '.github/ai-act-gate.yml': BROKEN_CONFIG };
    else if (index === 8)
      files = {
        'node_modules/pkg/README.md': unique(BLOCKED_CARD, name),
        'models/a/MODEL_CARD.md': unique(CLEAN_CARD, name),
        'package.json': '{}\n',
      };
    else if (index === 9)
      files = {
        'models/x/README.md': unique(LLM_CARD, `${name}-x`),
        'models/y/README.md': unique(CLEAN_CARD, `${name}-y`),
        'docs/README.md': SOFTWARE_README,
      };
    else if (index % 40 === 0) files = { 'README.md': unique(BLOCKED_CARD, name), 'train.py': 'print("train")\n' };
    else if (index % 25 === 2) files = {};
    else if (index % 10 === 1) files = { 'README.md': unique(SOFTWARE_README, name), 'src/index.js': 'export {};\n' };
    else if (index % 50 === 3) {
      files = { 'README.md': unique(CLEAN_CARD, name) };
      options = { archived: true };
    } else if (index % 50 === 4) {
      files = { 'README.md': unique(BLOCKED_CARD, name) };
      options = { fork: true };
    } else if (index % 7 === 0) files = { 'README.md': unique(LLM_CARD, name), 'config.json': '{}\n' };
    else files = { 'README.md': unique(CLEAN_CARD, name), 'model.safetensors': 'weights' };
    fake.addRepository(name, files, options);
    if (options.archived) expected.archived.push(full(name));
    else if (options.fork) expected.forks.push(full(name));
    else {
      expected.scanned.push(full(name));
      if (index % 40 === 0 || index === 5) expected.blocked.push(full(name));
      if (Object.keys(files).length === 0) expected.empty.push(full(name));
      if (index % 10 === 1 && index % 25 !== 2) expected.software.push(full(name));
    }
  }
  return expected;
}
