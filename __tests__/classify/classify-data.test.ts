import {
  classifyData,
  DATA_FILES,
  parseClassifyData,
  readDataFile,
  type DataFileName,
} from '../../src/classify/classify-data.js';

/** The shipped tables, with one file replaced. */
function withFile(name: DataFileName, text: string): () => unknown {
  return () => parseClassifyData((file) => (file === name ? text : readDataFile(file)));
}

describe('classify data tables', () => {
  it('loads every shipped file', () => {
    const data = classifyData();
    expect(DATA_FILES).toHaveLength(8);
    expect(data.accelerators.accelerators.length).toBeGreaterThan(25);
    expect(data.licences.length).toBeGreaterThan(90);
    expect(data.annexIii.map((area) => area.id)).toEqual([
      'biometrics',
      'critical-infrastructure',
      'education',
      'employment',
      'essential-services',
      'law-enforcement',
      'migration',
      'justice',
    ]);
    expect(data.prohibitedPractices.length).toBeGreaterThanOrEqual(8);
    expect(data.narrowTasks.pipelineTags.get('automatic-speech-recognition')).toBe('speech recognition');
    expect(data.generativeTasks.pipelineTags.get('text-generation')).toEqual(['text']);
    expect(data.cues.relationTags.get('gptq')).toBe('quantized');
    expect(classifyData()).toBe(data);
  });

  it.each([
    ['accelerators.yaml', 'utilisation: [1]', 'rules/data/accelerators.yaml: utilisation: expected a mapping, got [1]'],
    [
      'accelerators.yaml',
      'utilisation: {assumed: 0.4, low: 0.3, high: 0.5}\ndefault: {name: x, peakFlops: 1, low: 1, high: 1}\naccelerators:\n  - {name: X, match: ["("], peakFlops: 1, source: s}\n',
      /^rules\/data\/accelerators\.yaml: accelerators\[0\]\.match\[0\]: invalid regular expression/,
    ],
    [
      'accelerators.yaml',
      'utilisation: {assumed: 0.4, low: 0.3, high: 0.5}\ndefault: {name: x, peakFlops: 1, low: 1, high: 1}\naccelerators:\n  - {name: X, match: [x], peakFlops: fast, source: s}\n',
      'rules/data/accelerators.yaml: accelerators[0].peakFlops: expected a positive number, got "fast"',
    ],
    [
      'licences.yaml',
      'licences:\n  - {id: x, name: X, qualifies: maybe, reason: r}\ncustom: []\n',
      'rules/data/licences.yaml: licences[0].qualifies: expected yes | no | unclear, got "maybe"',
    ],
    [
      'generative-tasks.yaml',
      'pipelineTags: {x: [smell]}\nlibraries: {}\ntags: {}\ntext: []\n',
      'rules/data/generative-tasks.yaml: pipelineTags.x[0]: expected one of text | code | image | audio | video, got "smell"',
    ],
    [
      'art-5.yaml',
      'practices:\n  - {id: x, point: p, title: t}\n',
      'rules/data/art-5.yaml: practices[0]: expected "any" or "all" patterns',
    ],
    ['annex-iii.yaml', 'areas: nope', 'rules/data/annex-iii.yaml: areas: expected a list, got "nope"'],
    ['narrow-tasks.yaml', ': : :', /^rules\/data\/narrow-tasks\.yaml: not valid YAML/],
    ['text-cues.yaml', '{}', 'rules/data/text-cues.yaml: useSections: expected a mapping, got nothing'],
  ] as const)('names the file and key of a broken %s', (file, text, message) => {
    expect(withFile(file, text)).toThrow(message);
  });

  it('rejects an unknown modification relation', () => {
    const cues = readDataFile('text-cues.yaml').replace(
      'relationLibraries:\n  peft: adapter',
      'relationLibraries:\n  peft: fork',
    );
    expect(withFile('text-cues.yaml', cues)).toThrow(
      'rules/data/text-cues.yaml: relationLibraries.peft: expected one of adapter | quantized | merge | finetune, got "fork"',
    );
  });
});
