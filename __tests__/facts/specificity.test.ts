/** Specificity bands: figures, names, dates, links and structure make content specific. */
import {
  measureSpecificity,
  namesAParty,
  SPEAKER_ATTRIBUTION,
  withoutProviderSubject,
} from '../../src/facts/specificity.js';
import { StatementIndex, type StatementMode } from '../../src/facts/statement-mode.js';

const REPORTED: ReadonlySet<StatementMode> = new Set(['reported', 'linked']);
const bandOf = (text: string) => measureSpecificity(text, [[0, text.length]], new StatementIndex(text), REPORTED);

describe('measureSpecificity', () => {
  it.each([
    [
      'Three outside security firms attacked the model over five weeks, covering ransomware and phishing scenarios.',
      'specific',
    ],
    ['Accuracy on ARC-Challenge is 61.3 and on BoolQ 82.0.', 'specific'],
    ['Details are in [the safety report](https://example.org/report).', 'specific'],
    ['We tested the model for safety issues.', 'generic'],
    ['The model was evaluated on standard benchmarks.', 'generic'],
    ['We plan to test the model after launch.', 'empty'],
    ['TBD', 'empty'],
    ['Das Netz hat 32 Schichten und 7,2 Milliarden Parameter.', 'specific'],
    ['Il contesto arriva a 65.536 token, con 40 strati.', 'specific'],
    ['Court rulings from 2001–2019 of the Dutch high court, deduplicated.', 'specific'],
    // A size written into a model's name is part of the name: one signal, not a name and a figure.
    ['Like other chat models, Pika-13B can be wrong or biased.', 'generic'],
    ['Pika was trained on 13B tokens of French.', 'specific'],
    // A cell that only denies ("Not performed") is no content.
    ['| Penetration test | Not performed |\n| Security audit | Not performed |\n', 'generic'],
    // A header row names the columns; the rows below, here blank, would give the content.
    ["| Item | Bidder's answer |\n|---|---|\n| Training compute (FLOP) | ______ |\n", 'empty'],
    ['| Parameters | 7B |\n|---|---|\n| Layers | 32 |\n', 'specific'],
  ])('%s → %s', (text, band) => expect(bandOf(text).band).toBe(band));

  it('counts list items and table rows as structure', () => {
    expect(bandOf('- **Sources:** Common Crawl and books\n- **Curation:** exact deduplication\n').signals).toContain(
      'structure',
    );
    expect(bandOf('| Sources | Common Crawl |\n| Curation | deduplication |\n').signals).toContain('structure');
    // A vendor line of several bold fields is structured as a list is.
    expect(bandOf('**Runtime:** Triton · **Hardware:** NVIDIA Hopper · **OS:** Linux').band).toBe('specific');
    expect(bandOf('**Runtime:** Triton on NVIDIA Hopper under Linux').signals).not.toContain('structure');
    expect(bandOf('Sources were Common Crawl and books. Curation was exact deduplication.').signals).not.toContain(
      'structure',
    );
  });

  it('counts an item once however many sentences or cells it holds', () => {
    expect(bandOf('- Storage. Weights are encrypted at rest.\n').signals).not.toContain('structure');
    expect(bandOf('| Weights are encrypted | Access is logged |\n').signals).not.toContain('structure');
    expect(bandOf('- Weights are encrypted.\n- Access is logged.\n').signals).toContain('structure');
  });

  it('says what generic content lacks', () => {
    expect(bandOf('We tested the model for safety issues.').signals).toEqual([]);
  });
});

describe('namesAParty', () => {
  it('reads an organisation or a person as a party, and a place as where, not who', () => {
    expect(namesAParty('Our EU representative is Lexa Compliance GmbH (Munich).')).toBe(true);
    // A project's months, work packages and deliverables are when and what, not who.
    expect(namesAParty('A representative was mandated in M14 under WP7 (deliverable D7.2).')).toBe(false);
    expect(namesAParty('We are based in Canada and have appointed a representative in the EU.')).toBe(false);
    expect(namesAParty('We are headquartered in the Netherlands and appointed a representative.')).toBe(false);
    expect(namesAParty('We are based in the United Kingdom and appointed a representative.')).toBe(false);
    expect(namesAParty('As a UK-based company we appointed a representative.')).toBe(false);
    expect(namesAParty('A representative was appointed; its name is shared under NDA via the API.')).toBe(false);
  });

  it('reads the provider appointing, named after its model, as no party appointed', () => {
    const keys = ['corvane2', 'corvane'];
    const named = (before: string, after = '') => namesAParty(`${withoutProviderSubject(before, keys)} ${after}`);
    expect(named('Corvane AI has appointed an ')).toBe(false);
    expect(named('Since Corvane AI is established in Canada, it has designated an ', '.')).toBe(false);
    expect(named('Corvane AI has appointed Lexa Compliance GmbH as its ')).toBe(true);
    expect(named('Our ', 'is Corvane Europe Ltd, Dublin.')).toBe(true);
    // Without the card's names nothing is taken away.
    expect(namesAParty(withoutProviderSubject('As planned, Corvane Holdings has appointed an ', []))).toBe(true);
    expect(namesAParty(withoutProviderSubject('As planned, Corvane Holdings has appointed an ', keys))).toBe(false);
  });

  it('reads the provider set apart by a clause, in the card languages, and the Union in any language, as no party', () => {
    const keys = ['corvane2', 'corvane'];
    const named = (before: string, after = '') => namesAParty(`${withoutProviderSubject(before, keys)} ${after}`);
    expect(
      named('Corvane AI, which is based in Canada, has appointed an ', 'in the EU ahead of the European launch.'),
    ).toBe(false);
    expect(named('Corvane AI hat einen ', 'in der Europäischen Union benannt.')).toBe(false);
    expect(named('Corvane AI hat die Lexa GmbH als ', 'benannt.')).toBe(true);
  });

  it('reads who said a quoted statement as the speaker, not the party', () => {
    const after = ' in the EU," said General Counsel Priya Natarajan.';
    expect(namesAParty(after.replace(SPEAKER_ATTRIBUTION, ''))).toBe(false);
    expect(namesAParty(' is Lexa GmbH, the company said.'.replace(SPEAKER_ATTRIBUTION, ''))).toBe(true);
  });
});
