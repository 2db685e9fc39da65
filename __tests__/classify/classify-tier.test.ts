import { classifyTier, type TierClassification } from '../../src/classify/classify-tier.js';
import { buildFacts, lineOf, type FactsSpec, type QuantitySpec } from './build-facts.js';

/** A generative LLM card with N parameters and D tokens (both optional) and the given front matter. */
function llm(
  options: {
    n?: number;
    d?: number;
    metadata?: Record<string, unknown>;
    extra?: string;
    quantities?: QuantitySpec[];
  } = {},
): FactsSpec {
  const lines = ['# Owl', '', 'Owl is a large language model.'];
  const quantities: QuantitySpec[] = [...(options.quantities ?? [])];
  if (options.n) {
    lines.push(`It has ${options.n / 1e9}B parameters.`);
    quantities.push({ kind: 'parameters', value: options.n, raw: `${options.n / 1e9}B parameters` });
  }
  if (options.d) {
    lines.push(`It was trained on ${options.d / 1e12}T tokens.`);
    quantities.push({ kind: 'trainingTokens', value: options.d, raw: `${options.d / 1e12}T tokens` });
  }
  if (options.extra) lines.push('', options.extra);
  return {
    metadata: { pipeline_tag: 'text-generation', ...options.metadata },
    body: `${lines.join('\n')}\n`,
    quantities,
  };
}

function classify(spec: FactsSpec): TierClassification {
  return classifyTier(buildFacts(spec));
}

function texts(result: TierClassification): string {
  return result.reasons.map((reason) => reason.text).join('\n');
}

describe('classifyTier: compute thresholds', () => {
  it('explains the 6·N·D chain up to systemic risk (Art. 51(2))', () => {
    const spec = llm({ n: 405e9, d: 15.6e12, metadata: { license: 'llama3.1' } });
    const facts = buildFacts(spec);
    const result = classifyTier(facts);
    expect(result.id).toBe('gpai-systemic-risk');
    expect(result.computeFlops).toBeCloseTo(3.7908e25, -22);
    expect(result.reasons[0]).toEqual({
      text: `Training compute, 6·N·D: N = 4.05e11 (line ${lineOf(facts, '405B')}) × D = 1.56e13 tokens (line ${lineOf(facts, '15.6T')}) × 6 = 3.79e25 FLOP (range 2.65e25–4.93e25)`,
      position: { line: lineOf(facts, '405B'), column: 8 },
    });
    expect(texts(result)).toContain(
      '3.79e25 FLOP > 1e25 → presumed high-impact capabilities: GPAI model with systemic risk (Art. 51(2))',
    );
    expect(result.borderline).toBe(false);
    expect(result.flags).toEqual(['art-50']);
  });

  it('never gives the open-source exemption to a systemic model', () => {
    const result = classify(llm({ n: 405e9, d: 15.6e12, metadata: { license: 'apache-2.0' } }));
    expect(result.id).toBe('gpai-systemic-risk');
    expect(texts(result)).toContain(
      'The open-source exemption never applies to a model with systemic risk (Art. 53(2))',
    );
  });

  it('treats a model above 1e25 FLOP as general-purpose even when its outputs are not stated', () => {
    const result = classify({
      body: 'Weights.\n\nTrained with 3e25 FLOPs.\n',
      quantities: [{ kind: 'trainingCompute', value: 3e25, raw: '3e25 FLOPs' }],
    });
    expect(result.id).toBe('gpai-systemic-risk');
    expect(texts(result)).toContain('its outputs are not stated');
  });

  it('gives gpai-open-source to a generative model above 1e23 with an open licence and public weights', () => {
    const result = classify(llm({ n: 13e9, d: 5e12, metadata: { license: 'apache-2.0' } }));
    expect(result).toMatchObject({ id: 'gpai-open-source', borderline: false, contradictions: [] });
    expect(result.licence).toMatchObject({ id: 'apache-2.0', qualifiesOpenSource: 'yes' });
    expect(texts(result)).toContain('3.9e23 FLOP > 1e23 and it generates text → general-purpose AI model');
    expect(texts(result)).toContain('→ open-source exemption, Art. 53(2)');
    expect(result.reasons.at(-2)?.text).toBe('→ tier gpai-open-source');
  });

  it('gives gpai when the licence restricts use', () => {
    const result = classify(llm({ n: 70e9, d: 15e12, metadata: { license: 'llama3' } }));
    expect(result.id).toBe('gpai');
    expect(texts(result)).toContain(
      'Licence llama3 (line 3): license: llama3 (Llama 3 Community License Agreement): acceptable-use policy and user-count conditions → no open-source exemption (Art. 53(2))',
    );
  });

  it('gives gpai when the weights are gated behind a personal-data form', () => {
    const result = classify(
      llm({ n: 13e9, d: 5e12, metadata: { license: 'apache-2.0', extra_gated_fields: { Name: 'text' } } }),
    );
    expect(result.id).toBe('gpai');
    expect(texts(result)).toMatch(
      /but the download is gated behind a form collecting personal data \(extra_gated_fields, line \d+\)/,
    );
  });

  it('gives gpai when the card says the weights are not released', () => {
    const result = classify(
      llm({
        n: 13e9,
        d: 5e12,
        metadata: { license: 'mit' },
        extra: 'The weights are not publicly released; use our API.',
      }),
    );
    expect(result.id).toBe('gpai');
  });

  it('asks what the model generates when above 1e23 without an output modality', () => {
    const result = classify({
      body: 'Weights.\n\nTrained with 2e24 FLOPs.\n',
      quantities: [{ kind: 'trainingCompute', value: 2e24, raw: '2e24 FLOPs' }],
    });
    expect(result.id).toBe('unknown');
    expect(texts(result)).toContain('missing: what the model generates');
  });

  it('gives not-gpai below 1e23, and borderline within 2×', () => {
    const clear = classify(llm({ n: 12e9, d: 0.3e12, metadata: { license: 'apache-2.0' } }));
    expect(clear).toMatchObject({ id: 'not-gpai', borderline: false, flags: ['art-50'] });
    expect(texts(clear)).toContain('2.16e22 FLOP ≤ 1e23 → below the indicative criterion');
    const near = classify(llm({ n: 7e9, d: 1.5e12 }));
    expect(near).toMatchObject({ id: 'not-gpai', borderline: true });
    expect(texts(near)).toContain('Borderline: the figures lie within 2× of a threshold');
  });
});

describe('classifyTier: narrow tasks', () => {
  it('gives not-gpai to a narrow-task model whatever its compute', () => {
    const result = classify({
      metadata: { pipeline_tag: 'automatic-speech-recognition', license: 'mit' },
      body: 'Speech recognition.\n\nTrained with 5e24 FLOPs.\n',
      quantities: [{ kind: 'trainingCompute', value: 5e24, raw: '5e24 FLOPs' }],
    });
    expect(result).toMatchObject({ id: 'not-gpai', computeFlops: 5e24, flags: [] });
    expect(texts(result)).toContain(
      'Narrow task: speech recognition (pipeline_tag: automatic-speech-recognition (line 2))',
    );
  });
});

describe('classifyTier: claims', () => {
  it('follows a systemic-risk claim in the ai_act block', () => {
    const result = classify(llm({ n: 7e9, d: 2e12, metadata: { ai_act: { systemic_risk: true } } }));
    expect(result.id).toBe('gpai-systemic-risk');
    expect(result.claims.systemicRisk).toMatchObject({ value: true, source: 'ai_act', text: 'ai_act.systemic_risk' });
    expect(texts(result)).toMatch(
      /The card claims systemic risk: ai_act\.systemic_risk \(line \d+\) → GPAI model with systemic risk \(Art\. 51\(1\)\)/,
    );
  });

  it('adds the Art 51(2) presumption to a claim when the compute also exceeds 1e25', () => {
    const result = classify(llm({ n: 405e9, d: 15e12, metadata: { ai_act: { systemic_risk: true } } }));
    expect(texts(result)).toContain('also presumes it (Art. 51(2))');
  });

  it.each([
    ['This model is classified as a general-purpose AI model with systemic risk.', 'systemicRisk'],
    ['The European Commission designated Owl under Article 51(1)(b).', 'designated'],
  ])('follows a claim in prose: "%s"', (sentence, key) => {
    const result = classify(llm({ n: 7e9, d: 1e12, extra: sentence }));
    expect(result.id).toBe('gpai-systemic-risk');
    expect(result.claims[key as 'systemicRisk' | 'designated']).toMatchObject({ value: true, source: 'prose' });
  });

  it('follows a systemic-risk tag', () => {
    const result = classify(llm({ metadata: { tags: ['systemic-risk'] } }));
    expect(result.id).toBe('gpai-systemic-risk');
    expect(result.claims.systemicRisk).toMatchObject({ source: 'tags', text: 'tag systemic-risk' });
  });

  it('reads a denial and flags it when the figures exceed 1e25', () => {
    const result = classify(llm({ n: 405e9, d: 15e12, extra: 'Owl does not pose systemic risk.' }));
    expect(result.id).toBe('gpai-systemic-risk');
    expect(result.claims.systemicRisk).toMatchObject({ value: false, source: 'prose' });
    expect(result.contradictions).toEqual([
      expect.stringMatching(
        /^The card says it has no systemic risk \(Owl does not pose systemic risk\. \(line \d+\)\), but its figures give 3\.65e25 FLOP > 1e25/,
      ),
    ]);
  });

  it('ignores a negated designation', () => {
    expect(
      classify(llm({ n: 7e9, d: 1e12, extra: 'Owl has not been designated by the Commission.' })).claims.designated,
    ).toBeUndefined();
  });

  it('uses claimed compute when the card gives no figures', () => {
    const result = classify(llm({ metadata: { license: 'mit', ai_act: { training_compute_flops: 4e23 } } }));
    expect(result).toMatchObject({ id: 'gpai-open-source', computeFlops: 4e23 });
    expect(result.compute.method).toBe('none');
    expect(texts(result)).toMatch(/ai_act\.training_compute_flops states 4e23 FLOP \(line \d+\), used as stated/);
  });

  it('takes a stated gpai claim when nothing else decides', () => {
    expect(classify({ metadata: { ai_act: { gpai: true }, license: 'cc-by-nc-4.0' }, body: 'A model.\n' }).id).toBe(
      'gpai',
    );
    expect(classify({ metadata: { ai_act: { gpai: false } }, body: 'A model.\n' }).id).toBe('not-gpai');
  });
});

describe('classifyTier: contradictions', () => {
  it('flags claimed compute more than 3× from the estimate', () => {
    const result = classify(llm({ n: 70e9, d: 15e12, metadata: { ai_act: { training_compute_flops: 1e24 } } }));
    expect(result.computeFlops).toBeCloseTo(6.3e24, -22);
    expect(result.contradictions).toEqual([
      expect.stringMatching(
        /^ai_act\.training_compute_flops 1e24 \(line \d+\) is 6\.3× away from the card's own estimate 6\.3e24 FLOP \(6ND\)$/,
      ),
    ]);
    expect(
      classify(llm({ n: 70e9, d: 15e12, metadata: { ai_act: { training_compute_flops: 3e24 } } })).contradictions,
    ).toEqual([]);
  });

  it('flags a claimed exemption with a restrictive licence, gated weights or systemic risk', () => {
    const restrictive = classify(
      llm({ n: 8e9, d: 15e12, metadata: { license: 'gemma', ai_act: { open_source_exemption: true } } }),
    );
    expect(restrictive.id).toBe('gpai');
    expect(restrictive.contradictions).toEqual([
      expect.stringMatching(/open_source_exemption: true \(line \d+\), but the licence gemma does not qualify/),
    ]);
    const gated = classify(
      llm({
        n: 8e9,
        d: 15e12,
        metadata: { license: 'mit', extra_gated_fields: { Email: 'text' }, ai_act: { open_source_exemption: true } },
      }),
    );
    expect(gated.contradictions).toEqual([expect.stringContaining('but the download is gated')]);
    const systemic = classify(
      llm({ n: 405e9, d: 15e12, metadata: { license: 'mit', ai_act: { open_source_exemption: true } } }),
    );
    expect(systemic.contradictions).toEqual([expect.stringContaining('never applies to a model with systemic risk')]);
  });

  it('flags gpai: false when the figures make it general-purpose', () => {
    const result = classify(llm({ n: 70e9, d: 15e12, metadata: { ai_act: { gpai: false } } }));
    expect(result.id).toBe('gpai');
    expect(result.contradictions).toEqual([
      expect.stringMatching(
        /^ai_act\.gpai: false \(line \d+\), but the card's figures make it a general-purpose AI model \(gpai\)$/,
      ),
    ]);
  });

  it('flags gpai: true when the figures stay below 1e23', () => {
    const result = classify(llm({ n: 1e9, d: 1e12, metadata: { ai_act: { gpai: true } } }));
    expect(result.id).toBe('not-gpai');
    expect(result.contradictions).toEqual([
      expect.stringMatching(
        /^ai_act\.gpai: true \(line \d+\), but the card's figures or task make it no general-purpose AI model$/,
      ),
    ]);
  });

  it('flags a block that says the opposite of the prose', () => {
    const result = classify(
      llm({
        metadata: { ai_act: { systemic_risk: false } },
        extra: 'This model is designated as a GPAI model with systemic risk.',
      }),
    );
    expect(result.contradictions).toEqual([
      expect.stringMatching(/^ai_act\.systemic_risk: false \(line \d+\) but the text says/),
    ]);
  });
});

describe('classifyTier: modifications', () => {
  it('keeps an adapter with no compute of its own a modification', () => {
    const result = classify({
      metadata: { base_model: 'meta-llama/Meta-Llama-3-8B', library_name: 'peft', pipeline_tag: 'text-generation' },
      body: '# LoRA\n',
    });
    expect(result.id).toBe('modification');
    expect(texts(result)).toMatch(
      /Derived from meta-llama\/Meta-Llama-3-8B \(line \d+\): an adapter \(library_name: peft/,
    );
    expect(texts(result)).toContain('No modification compute stated; an adapter is normally far below one third');
    expect(result.flags).toEqual(['art-50']);
  });

  it("compares a fine-tune's own compute with the 3.3e22 fallback", () => {
    const small = classify(llm({ n: 8e9, d: 0.001e12, metadata: { base_model: 'org/base' } }));
    expect(small.id).toBe('modification');
    expect(texts(small)).toMatch(
      /Modification compute 4\.8e19 ≤ 3\.33e22 \(the original's compute is unknown: fallback 1e23\/3 for a GPAI original; 3\.33e24 if it has systemic risk\) → its publisher is not the provider of a GPAI model: no Chapter V duty applies/,
    );
    const large = classify(llm({ n: 70e9, d: 0.1e12, metadata: { base_model: 'org/base', license: 'apache-2.0' } }));
    expect(large).toMatchObject({ id: 'gpai-open-source', borderline: true });
    expect(texts(large)).toContain('Modification compute 4.2e22 > 3.33e22');
    expect(texts(large)).toContain('A new provider of a modified GPAI model');
  });

  it("reads pre-training-scale figures in a derivative's card as the original's compute", () => {
    const result = classify(llm({ n: 8e9, d: 15e12, metadata: { base_model: 'meta-llama/Meta-Llama-3-8B' } }));
    expect(result.id).toBe('modification');
    expect(texts(result)).toContain(
      "The card's figures (7.2e23 FLOP) are at pre-training scale: read as the original model's compute",
    );
    const tiny = classify(llm({ n: 0.1e9, d: 1e12, metadata: { base_model: 'gpt2' } }));
    expect(tiny.id).toBe('not-gpai');
    expect(texts(tiny)).toMatch(/The base is not a GPAI model — GPT-2 .*→ not a general-purpose AI model/);
  });

  it.each([
    ['GPU-hours', [{ kind: 'gpuHours', value: 1.3e6, raw: '1.3M GPU hours', hardware: 'H100' }]],
    [
      'accelerators × days',
      [
        { kind: 'gpuCount', value: 2048, raw: '2048 H100s', hardware: 'H100' },
        { kind: 'trainingDays', value: 54, raw: '54 days' },
      ],
    ],
    ['a stated figure', [{ kind: 'trainingCompute', value: 1.2e24, raw: '1.2e24 FLOPs' }]],
  ] as [string, QuantitySpec[]][])(
    "reads pre-training-scale %s in a derivative's card as the original's",
    (_name, quantities) => {
      const extra = quantities.map((quantity) => `We report ${quantity.raw}.`).join('\n');
      const result = classify(llm({ metadata: { base_model: 'org/base' }, extra, quantities }));
      expect(result.id).toBe('modification');
      expect(texts(result)).toContain("are at pre-training scale: read as the original model's compute");
    },
  );

  it('uses the claimed modification compute from the ai_act block', () => {
    const result = classify(
      llm({ n: 8e9, d: 15e12, metadata: { base_model: 'org/base', ai_act: { training_compute_flops: 1e20 } } }),
    );
    expect(result.id).toBe('modification');
    expect(texts(result)).toContain("Modification compute 1e20 ≤ one third of the original's 7.2e23 = 2.4e23");
  });

  it('treats a later release by the same provider as the same model', () => {
    const body =
      '# Owl-2\n\nAn instruct fine-tuned version of [Owl-1](https://huggingface.co/owl-ai/Owl-1), a large language model.\nIt has 13B parameters trained on 5T tokens.\n\n```python\nAutoModelForCausalLM.from_pretrained("owl-ai/Owl-2")\n```\n';
    const result = classify({
      metadata: { license: 'apache-2.0' },
      body,
      quantities: [
        { kind: 'parameters', value: 13e9, raw: '13B parameters' },
        { kind: 'trainingTokens', value: 5e12, raw: '5T tokens' },
      ],
    });
    expect(result.id).toBe('gpai-open-source');
    expect(texts(result)).toContain('Derived from owl-ai/Owl-1 by the same provider');
  });

  it('classifies a narrow fine-tune as not-gpai, not as a modification', () => {
    const result = classify({
      metadata: { base_model: 'openai/whisper-medium', pipeline_tag: 'automatic-speech-recognition' },
      body: '# nl\n',
    });
    expect(result.id).toBe('not-gpai');
  });
});

describe('classifyTier: no compute figures', () => {
  it('is unknown without outputs or figures, naming what is missing', () => {
    const result = classify({ body: '# Project weights\n' });
    expect(result).toMatchObject({ id: 'unknown', computeFlops: null, flags: [] });
    expect(texts(result)).toContain(
      'Cannot decide → missing: training compute (or parameters with training tokens, or GPU-hours with the accelerator); what the model generates',
    );
  });

  it('is unknown for a generative model of unknown size', () => {
    expect(texts(classify(llm()))).toContain(
      'missing: training compute (or parameters with training tokens, or GPU-hours with the accelerator); the parameter count',
    );
  });

  it('gives not-gpai to a small generative model even on a generous token budget', () => {
    const result = classify(llm({ n: 1.5e9 }));
    expect(result.id).toBe('not-gpai');
    expect(texts(result)).toContain('even on 1e13 training tokens 6·N·D = 9e22 FLOP ≤ 1e23');
  });

  it('presumes gpai for a large generative model, and says it is borderline', () => {
    const result = classify(llm({ n: 34e9, metadata: { license: 'apache-2.0' } }));
    expect(result).toMatchObject({ id: 'gpai-open-source', borderline: true, computeFlops: null });
    expect(texts(result)).toContain(
      'passes 1e23 FLOP from D = 4.9e11 tokens, below current pre-training budgets → presumed GPAI',
    );
  });

  it("presumes from an MoE's total size, not its active count", () => {
    const result = classify({
      metadata: { pipeline_tag: 'text-generation' },
      body: '# Big\n\nA sparse model with 117B parameters and 5.1B active parameters.\n',
      quantities: [
        { kind: 'parameters', value: 117e9, raw: '117B parameters' },
        { kind: 'activeParameters', value: 5.1e9, raw: '5.1B active parameters' },
      ],
    });
    expect(result.id).toBe('gpai');
    expect(texts(result)).toContain('N = 1.17e11 parameters');
  });

  it('is unknown for a mid-sized generative model', () => {
    const result = classify(llm({ n: 7e9 }));
    expect(result.id).toBe('unknown');
    expect(texts(result)).toContain('6·N·D crosses 1e23 only from D = 2.38e12 tokens');
  });
});

describe('classifyTier: flags', () => {
  it('flags Annex III and Art 5 uses and notes out-of-scope areas', () => {
    const body =
      '# Owl\n\nOwl is a large language model.\n\n## Intended Use\n\nScreening CVs: CV screening for recruiters.\nA social scoring engine.\n\n## Out-of-Scope Use\n\nCredit scoring.\n';
    const facts = buildFacts({
      metadata: { pipeline_tag: 'text-generation' },
      body,
      canonical: { 'Intended Use': ['intended-uses'], 'Out-of-Scope Use': ['out-of-scope-uses'] },
    });
    const result = classifyTier(facts);
    expect(result.flags).toEqual(['annex-iii:employment', 'art-5', 'art-50']);
    expect(result.reasons).toContainEqual({
      text: expect.stringMatching(/^Flag annex-iii:employment: a declared use falls under Employment/),
      position: { line: lineOf(facts, 'Screening CVs'), column: 1 },
    });
    expect(texts(result)).toMatch(
      /Good sign: Essential private and public services .* is named as out of scope: "Credit scoring\."/,
    );
  });

  it('flags art-50 for each generated modality', () => {
    expect(
      classify({ metadata: { pipeline_tag: 'text-to-image' }, body: '# SD\n' }).reasons.map((reason) => reason.text),
    ).toContainEqual(expect.stringMatching(/^Flag art-50: generates synthetic image;/));
  });
});
