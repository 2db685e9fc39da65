/** Small model cards for the Action's tests: one whose release is blocked, one that is clean. */

/** A systemic-risk model (3.8e25 FLOP) with no evaluation or adversarial testing: the gate blocks it. */
export const BLOCKED_CARD = `---
license: apache-2.0
pipeline_tag: text-generation
---
# Frontier-1

A large language model.

## Training details

Training compute: 3.8e25 FLOP.
`;

/** A narrow classifier: not a general-purpose AI model, so no duty applies. */
export const CLEAN_CARD = `---
license: apache-2.0
pipeline_tag: text-classification
---
# Tiny classifier

A small sentiment classifier with 10M parameters.
`;
