/**
 * A question put in an interview, a FAQ or a chat names what its answer is about, as a heading would: it governs
 * the lines and blocks after it, up to the next question or heading. A question about a word's meaning or about
 * other models governs nothing.
 */
import { parseCard } from '../../src/parse/parse-card.js';
import { extractFacts } from '../../src/facts/extract-facts.js';
import { statementIndex } from '../../src/facts/statement-mode.js';
import { shippedRuleset } from '../helpers.js';

const ruleset = shippedRuleset();
const factsOf = (body: string) => extractFacts(parseCard(`# Nimbus-2\n\n${body}\n`), ruleset.vocabulary);
const questionsOf = (body: string) => {
  const facts = factsOf(body);
  return facts.regions
    .filter((region) => region.kind === 'label' && region.title.endsWith('?'))
    .map((region) => ({
      title: region.title,
      topics: region.topics,
      answer: region.spans.map(([start, end]) => facts.text.slice(start, end)).join(''),
    }));
};

describe('a question over its answer', () => {
  it('governs the answer paragraphs of an interview, up to the next question', () => {
    const body = [
      '**Host:** Any watermarking?',
      '**Mira:** Every image carries a C2PA manifest.',
      '**Host:** And the energy bill?',
      '**Mira:** About 410 MWh.',
    ].join('\n\n');
    const [marking, energy] = questionsOf(body);
    expect(marking.title).toBe('Any watermarking?');
    expect(marking.topics).toContain('synthetic-content-marking');
    expect(marking.answer).toContain('C2PA manifest');
    expect(marking.answer).not.toContain('410 MWh');
    expect(energy.topics).toContain('energy-consumption');
    expect(energy.answer).toContain('410 MWh');
  });

  it('governs the chat lines after it, each message on its own', () => {
    const body =
      '[09:30] @yara: are Nimbus-2 outputs marked as AI-generated?\n[09:31] @omar: yes, with an invisible watermark';
    const [question] = questionsOf(body);
    expect(question.topics).toContain('synthetic-content-marking');
    expect(question.answer).toContain('invisible watermark');
  });

  it('names the duty in the words a conversation uses', () => {
    expect(questionsOf('**Q:** Do you have an EU rep yet?\n\nYes.')[0].topics).toContain('authorised-representative');
    expect(questionsOf('**Q:** Did you notify the Commission?\n\nNo.')[0].topics).toContain('commission-notification');
    expect(questionsOf('**Frage:** Haben Sie die Kommission benachrichtigt?\n\nNein.')[0].topics).toContain(
      'commission-notification',
    );
  });

  it('reads a question wrapped over several lines whole', () => {
    const questions = questionsOf('**Q:**\nHave you\nnotified the\nCommission?\n\n**A:** No. Training used 2e24 FLOP.');
    expect(questions.map((question) => question.title)).toEqual(['Have you notified the Commission?']);
    expect(questions[0].answer).toContain('2e24 FLOP');
    // Chat lines without a full stop stay messages of their own.
    expect(
      questionsOf('@omar: quick one\n@kofi: any watermarking?\n@omar: C2PA on every image').map((q) => q.title),
    ).toEqual(['any watermarking?']);
  });

  it('stops at the next heading', () => {
    const [question] = questionsOf('Q: How was it trained?\n\nPretraining, then SFT.\n\n## Licence\n\nMIT.');
    expect(question.topics).toContain('training-process');
    expect(question.answer).not.toContain('MIT');
  });

  it('leaves alone questions about a word of the law, about other models, and sentences before a question', () => {
    expect(questionsOf('**P:** ¿Qué significa «riesgo sistémico» en la Ley de IA?\n\n**R:** Es el riesgo …')).toEqual(
      [],
    );
    expect(questionsOf("**Host:** What's this Article 54 thing?\n\n**A:** A rule for providers.")).toEqual([]);
    expect(questionsOf('**Host:** What did the previous model score?\n\n**A:** 61 on MMLU.')).toEqual([]);
    expect(
      questionsOf('Orbis-2 struggled with arithmetic. I expect the same weaknesses here?\n\nNo answer yet.'),
    ).toEqual([]);
  });
});

describe('the statements of a conversation', () => {
  const modesOf = (body: string) => {
    const facts = factsOf(body);
    const index = statementIndex(facts, facts.proseText, 'prose');
    return index
      .statementsIn(facts.bodyStart, facts.proseText.length)
      .map((statement) => [facts.proseText.slice(statement.start, statement.end).trim(), statement.mode]);
  };

  it('splits a chat into its messages and reads reactions as nothing said', () => {
    const modes = modesOf(
      '[11:50] @felix: did we filter PII?\n[11:52] @sanne: honestly no, nothing was filtered\n[11:52] @felix: 😬 ok',
    );
    expect(modes).toEqual([
      ['[11:50] @felix: did we filter PII?', 'asked'],
      ['[11:52] @sanne: honestly no, nothing was filtered', 'negated'],
      ['[11:52] @felix: 😬 ok', 'placeholder'],
    ]);
  });

  it('joins the wrapped lines of one message', () => {
    const modes = modesOf('<jonas> the weights are on the Hub\nunder aurel-labs/aurel-3');
    expect(modes).toHaveLength(1);
  });
});
