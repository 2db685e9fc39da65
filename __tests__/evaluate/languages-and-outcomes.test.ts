/**
 * Duties written in the card languages, a representative named by its legal entity, and red-teaming
 * outcomes told as what the model withstood. Own passages.
 */
import { checkCard } from '../../src/lint.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const card = (body: string) => `---\nlicense: apache-2.0\n---\n# Nimbus-2\n\nNimbus-2 is a text model.\n\n${body}\n`;
const statusOf = (body: string, ruleId: string) =>
  checkCard('card.md', card(body), ruleset).rules.find((rule) => rule.id === ruleId)?.status;

describe('input and output limits in other languages', () => {
  it.each([
    ['## Technische Daten\n\nDie Kontextlänge beträgt 32.768 Token, pro Anfrage höchstens 2.048 Token Ausgabe.'],
    ['## Caractéristiques\n\nLa fenêtre de contexte est de 16 384 jetons.'],
    ['## Limiti di input e output\n\nIl modello accetta fino a 8.192 token per richiesta.'],
  ])('%s → met', (body) => {
    expect(statusOf(body, 'input-output-limits')).toBe('met');
  });
});

describe('function calling in other languages', () => {
  it.each([
    ['## Fähigkeiten\n\nNimbus-2 unterstützt Funktionsaufrufe im JSON-Format über die Chat-Vorlage.'],
    ["## Intégration\n\nNimbus-2 prend en charge l'appel de fonctions avec un schéma JSON."],
    ['## Strumenti esterni\n\nNimbus-2 gestisce chiamate di funzione definite dallo sviluppatore.'],
  ])('%s → met', (body) => {
    expect(statusOf(body, 'external-interaction')).toBe('met');
  });
});

describe('an authorised representative', () => {
  it('named by its legal entity under its heading is met', () => {
    expect(
      statusOf(
        '## EU-Bevollmächtigter\n\nWir haben die Lexora Compliance GmbH in Wien benannt.',
        'authorised-representative',
      ),
    ).toBe('met');
  });

  it('named in Spanish prose is met', () => {
    expect(
      statusOf(
        '## Proveedor\n\nEl representante autorizado en la UE es Atlántica Normativa S.L., con domicilio en Valencia.',
        'authorised-representative',
      ),
    ).toBe('met');
  });

  it('a heading over a promise is not', () => {
    expect(
      statusOf(
        '## Representante autorizado\n\nSe designará un representante antes del lanzamiento.',
        'authorised-representative',
      ),
    ).not.toBe('met');
  });
});

describe('release dates in other languages', () => {
  it('a Spanish date and the channels under a release heading are met', () => {
    expect(
      statusOf(
        '## Lanzamiento\n\nNimbus-2 se lanzó el 2 de marzo de 2026; los pesos se descargan desde el Hugging Face Hub.',
        'release-and-distribution',
      ),
    ).toBe('met');
  });
});

describe('red-teaming outcomes', () => {
  it('what the model withstood and where it failed is an outcome', () => {
    const body =
      '## Security\n\nAn external team attacked Nimbus-2 with 40,000 jailbreak prompts over three weeks; it withstood 96% of them, and the remaining failures were fixed by additional refusal training.';
    expect(statusOf(body, 'adversarial-testing')).toBe('met');
  });

  it('an attack without any outcome stays partial', () => {
    expect(
      statusOf('## Security\n\nNimbus-2 was attacked with jailbreak prompts before release.', 'adversarial-testing'),
    ).toBe('partial');
  });
});

describe('contact and base model', () => {
  it('a "Multilingual support" label is no contact point', () => {
    expect(
      statusOf('- **Multilingual support:** Nimbus-2 handles English, German and Polish prompts.', 'provider-contact'),
    ).toBe('missing');
  });

  it('a "Support" heading still names the contact duty', () => {
    expect(statusOf('## Support\n\nWrite to help@nimbus.example for questions.', 'provider-contact')).not.toBe(
      'missing',
    );
  });

  it('the base model given as a Hub link names it', () => {
    const body =
      'Nimbus-2-Chat is the chat version. If you need the base model, use [Nimbus-2 Base](https://huggingface.co/nimbus/nimbus-2-base).';
    expect(statusOf(body, 'model-dependencies')).toBe('met');
  });

  it('a one-row table with a base model column names it', () => {
    const body = '| Base model | Revision |\n|---|---|\n| nimbus/nimbus-2-base | 2026-01 |';
    expect(statusOf(body, 'model-dependencies')).toBe('met');
  });

  it('a family table row of base models does not', () => {
    const body =
      '| | Nimbus-2 S | Nimbus-2 L |\n|---|---|---|\n| **Base Model** | [nimbus/n2-s](https://huggingface.co/nimbus/n2-s) | [nimbus/n2-l](https://huggingface.co/nimbus/n2-l) |';
    expect(statusOf(body, 'model-dependencies')).toBe('missing');
  });
});

describe('integration requirements', () => {
  it('the hardware it fits on is part of the duty', () => {
    const body = '## Quantization\n\nNimbus-2 fits on a single 24 GB consumer GPU with 4-bit weights.';
    expect(statusOf(body, 'integration-requirements')).toBe('partial');
  });

  it('a link to the instructions for use is partial', () => {
    const body =
      '## Resources\n\nFor recipes on how to use Nimbus-2 in applications, see [the cookbook](https://example.org/nimbus/cookbook).';
    expect(statusOf(body, 'integration-requirements')).toBe('partial');
  });

  it('the training hardware is no integration requirement', () => {
    const body =
      '## Hardware and Software\n\n**Training Factors:** We used custom training libraries and our own GPU cluster of 2,048 H100 GPUs for pretraining.';
    expect(statusOf(body, 'integration-requirements')).toBe('missing');
  });
});
