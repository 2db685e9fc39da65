/**
 * Content under a duty's name written in another card language: its figures, dates, document
 * references and the words the duty turns on are read as in English. Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('duty regions in the card languages', () => {
  it.each([
    [
      'commission-notification',
      '## Mitteilung an die Kommission\n\nDie Kommission wurde am 3. März 2026 gemäß Artikel 52 unterrichtet.',
    ],
    [
      'incident-reporting',
      '## Meldung von Vorfällen\n\nSchwerwiegende Vorfälle melden wir binnen 10 Tagen der zuständigen Behörde; Kontakt: sicherheit@nimbus.example.',
    ],
    ['input-output-limits', '## Lunghezza del contesto\n\nFino a 8.192 token in ingresso.'],
    ['input-output-modalities', '## Entrées et sorties\n\nEntrée : texte en français. Sortie : texte (JSON).'],
    [
      'release-and-distribution',
      '## Rilascio\n\nRilasciato il 2 febbraio 2026. I pesi sono scaricabili dal Hugging Face Hub.',
    ],
    [
      'adversarial-testing',
      '## Test avversariali\n\nDue team esterni hanno attaccato il modello per tre settimane; i risultati sono nella sezione 5 del rapporto.',
    ],
    [
      'architecture-and-size',
      '## Modellarchitektur\n\nEncoder-Decoder-Transformer mit 12 Schichten und 580 Millionen Parametern.',
    ],
  ])('%s is met', (ruleId, body) => {
    expect(statusOf(body, ruleId)).toBe('met');
  });

  it('a size without an architecture is not met', () => {
    expect(statusOf('## Modellgröße\n\n580 Millionen Parameter.', 'architecture-and-size')).not.toBe('met');
  });

  it('a limit named without a figure is not met', () => {
    expect(statusOf('## Lunghezza del contesto\n\nIl contesto è lungo.', 'input-output-limits')).not.toBe('met');
  });
});

describe('adversarial testing without an English heading', () => {
  it.each([
    [
      'German prose',
      '## Sicherheit\n\nZwei externe Red-Teams haben Nimbus-2 vier Wochen lang angegriffen; die Befunde stehen in Abschnitt 3 des Modellberichts.',
    ],
    [
      'a table row',
      '## Prüfungen\n\n| Prüfung | Wer | Ergebnis |\n|---|---|---|\n| Jailbreak-Angriffe | internes Team, 1,2 Mio. Prompts | 0,8 % Erfolgsrate nach Korrektur; Befunde in Abschnitt 3 |',
    ],
    [
      'English prose',
      '## Overview\n\nThree outside labs attacked Nimbus-2 with jailbreak prompts for two weeks and found no critical uplift; details are in section 5 of the model report.',
    ],
  ])('is met in %s', (_form, body) => {
    expect(statusOf(body, 'adversarial-testing')).toBe('met');
  });

  it('a plan to attack it is not', () => {
    expect(
      statusOf(
        '## Safety\n\nWe plan to red-team Nimbus-2 with two external labs in Q3 2026 and will publish the findings.',
        'adversarial-testing',
      ),
    ).toBe('missing');
  });
});

describe('HTML tables name duties like GFM tables', () => {
  const table = [
    '<table>',
    '  <tr><td></td><td><strong>Input modalities</strong></td><td><strong>Output modalities</strong></td></tr>',
    '  <tr><td rowspan="2">Nimbus-2 (text only)</td><td>Multilingual text</td><td>Text and code</td></tr>',
    '  <tr><td>Multilingual text</td><td>Text and code</td></tr>',
    '</table>',
  ].join('\n');

  it('a column headed "Input modalities" is read under a row-spanning model name', () => {
    expect(statusOf(`## Model information\n\n${table}`, 'input-output-modalities')).toBe('met');
  });

  it('a row labelled with a duty reads its other cells', () => {
    const rows =
      '<table>\n<tr><th>Field</th><th>Value</th></tr>\n<tr><td>Base model</td><td>mistralai/Mistral-7B-v0.3</td></tr>\n</table>';
    expect(statusOf(`## Details\n\n${rows}`, 'model-dependencies')).toBe('met');
  });
});
