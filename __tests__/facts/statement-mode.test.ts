/** Statement modes: reported and linked statements are evidence; promises, suppositions and placeholders never are. */
import { classifyStatement, isBareDenial, StatementIndex } from '../../src/facts/statement-mode.js';

describe('classifyStatement', () => {
  it.each([
    ['An external red team probed the checkpoint for four weeks.', 'reported'],
    ['Scores for every benchmark are listed in appendix C of the technical report.', 'linked'],
    ['Results: see [the evaluation report](https://corvane.example/eval.pdf).', 'linked'],
    ['We intend to commission an external red team once the weights are public.', 'planned'],
    ['Benchmark numbers will be published with the next version.', 'planned'],
    ['Safety evaluation is still in progress.', 'planned'],
    ['Anyone deploying the model ought to run their own adversarial tests.', 'advised'],
    ['We encourage integrators to measure bias in their own setting.', 'advised'],
    ['No external audit was performed on this checkpoint.', 'negated'],
    ['The checkpoint has not been red-teamed.', 'negated'],
    ['No account of the filters, routers or other components around Kestrel has been written.', 'negated'],
    ['No explanation of the decoding settings is given.', 'withheld'],
    ['Hardware needs were neither measured nor recorded.', 'negated'],
    ['Integrators are strongly advised to keep their own logs.', 'advised'],
    ['Il est conseillé aux intégrateurs de tester le modèle sur leurs données.', 'advised'],
    ['Es wird empfohlen, die Ausgaben vor der Nutzung zu prüfen.', 'advised'],
    ['Article 53(1)(a) of the Act requires providers to draw up technical documentation.', 'hypothetical'],
    ['Conforme al artículo 53 del Reglamento, el proveedor deberá publicar un resumen del contenido.', 'hypothetical'],
    ['Under Article 54 we appointed Rep B.V. as our authorised representative.', 'reported'],
    ['This section is intentionally left blank.', 'placeholder'],
    ['The evaluation report shall be published upon completion of the external review.', 'planned'],
    ['The register is held by the compliance office and shall be provided to the AI Office upon request.', 'reported'],
    ['Figures follow in due course.', 'planned'],
    ['Angaben zur Hardware folgen zu gegebener Zeit.', 'planned'],
    ['The Provider makes no representation as to the training data of the Model.', 'withheld'],
    ['System owners should document the intended purpose of each deployment.', 'advised'],
    ['Productteams moeten zelf bepalen welke gegevens zij delen.', 'advised'],
    ['Kestrel does not yet support audio output.', 'negated'],
    ['Access logging: to be rolled out in the following release.', 'planned'],
    ['The provider has committed to publishing the evaluation report.', 'planned'],
    ['We are committed to honouring robots.txt opt-outs.', 'reported'],
    ['Der Anbieter wird den Bericht nach der Prüfung veröffentlichen.', 'planned'],
    ['Die Gewichte werden unter Apache 2.0 veröffentlicht.', 'reported'],
    ['**Authorised representative:** none appointed', 'placeholder'],
    ['Requisitos de hardware: no especificados', 'withheld'],
    ['Point 1(e) requires the versions of the software needed.', 'hypothetical'],
    ['Article 50(2) of the AI Act allows marking by watermarks or metadata.', 'hypothetical'],
    ['Ein Kontakt wird vor Veröffentlichung benannt.', 'planned'],
    ['Er is nog geen incidentprocedure beschikbaar.', 'negated'],
    ['Une procédure n’est pas encore disponible.', 'negated'],
    ['La guida di integrazione verrà pubblicata a ottobre.', 'planned'],
    ['Il modello genererà testo in italiano.', 'reported'],
    ['will add the energy numbers once we find them', 'planned'],
    ['Security line: +XX XX XXXX XXXX', 'placeholder'],
    ['Security line: +49 30 1234 5678', 'reported'],
    ['A provider whose model exceeds the threshold must notify the Commission.', 'hypothetical'],
    ['Adversarial testing: TBD', 'placeholder'],
    ['- **Energy:** N/A', 'placeholder'],
    ['Coming soon.', 'placeholder'],
    ['TODO: describe the input format.', 'placeholder'],
    ['We provide safeguards that developers should deploy with the model, including an input filter.', 'reported'],
    ['FIXME - add the benchmark table', 'placeholder'],
    ['A vulnerability disclosure programme will be established before general availability.', 'planned'],
    ['The model documentation for regulators is under preparation.', 'planned'],
    ['We are in the process of appointing a representative.', 'planned'],
    ['Watermarking of audio outputs is scheduled for Q3.', 'planned'],
    ['We will put in place a vulnerability hotline once paying customers are onboarded.', 'planned'],
    ['Die Evaluierungsergebnisse werden nach der Freigabe veröffentlicht.', 'planned'],
    ['Les résultats détaillés seront publiés prochainement.', 'planned'],
    ['Los resultados se publicarán con la versión final.', 'planned'],
    ['I risultati saranno pubblicati a breve.', 'planned'],
    ['De evaluatieresultaten worden binnenkort gedeeld.', 'planned'],
    ['Wir suchen derzeit einen Bevollmächtigten und werden die Karte aktualisieren, sobald er feststeht.', 'planned'],
    ['Wir befinden uns noch in der Auswahlphase für einen Vertreter in der Union.', 'planned'],
    // The German present passive describes what is done; a plan needs "werden" at the end or a time to come.
    ['Die Gewichte werden unter der Apache-Lizenz 2.0 veröffentlicht.', 'reported'],
    ['Der Sicherheitsbericht wird nach der Prüfung veröffentlicht.', 'planned'],
    ['Der Bericht wird nachgereicht.', 'planned'],
    ['A copyright policy meeting Article 53(1)(c) will be adopted before the EU launch.', 'planned'],
    ['Support for audio input is foreseen for version 3.5.', 'planned'],
    ['Function calling is on our roadmap for the next release.', 'planned'],
    ['If you want to call tools, you can wrap the model in a LangChain agent.', 'advised'],
    ['Outputs longer than 4,096 tokens are truncated.', 'reported'],
    ['The released checkpoint does not include any output filter.', 'negated'],
    ['Generated clips are not watermarked.', 'negated'],
    ['Nimbus does not watermark its outputs.', 'negated'],
    ['The service has no moderation layer.', 'negated'],
    ['Kestrel does not support function calling.', 'negated'],
    ['The model is intended to be used for customer-support chat.', 'reported'],
    ['Kestrel is not intended to be used for medical advice.', 'reported'],
    ['We intended to release the weights in May.', 'planned'],
    ['Kestrel-4 was built primarily as the backbone for:', 'reported'],
    ['Intended use cases:', 'placeholder'],
    ['The technical report details the scores on every benchmark.', 'linked'],
    ['Companies hosting Kestrel-4 should rotate their API keys.', 'advised'],
    ['Integrators who notice a serious incident in their product must inform their regulator.', 'advised'],
    ['Please report vulnerabilities to security@kestrel.example.', 'reported'],
    ['Please note that image-to-text models can describe people inaccurately.', 'reported'],
    ['Please be aware that outputs are cut at 4,096 tokens.', 'reported'],
    ['Please keep the watermark enabled in your pipeline.', 'advised'],
    ['Scores for the new release are not included in this card.', 'negated'],
    ['Kestrel-4 has not yet been benchmarked.', 'negated'],
    ['If you run Kestrel-4 yourself, secure the host: keep the weights on encrypted disks.', 'advised'],
    ['Context window: 8,192 tokens.', 'reported'],
    ['Since we have no establishment in the EU, Juris EU GmbH acts as our authorised representative.', 'reported'],
    ['Although no external red team was hired, three internal teams probed the model for a month.', 'reported'],
    ['Because of its size, the model has not been red-teamed.', 'negated'],
    ['The same red-team protocol will be applied to this model ahead of its API launch.', 'planned'],
    ['We have not verified whether the context length still holds after fine-tuning.', 'negated'],
    ['Users are solely responsible for the content they generate.', 'advised'],
    ['We are instrumenting the cluster with power meters.', 'planned'],
    ['If you expose the model to the web, validate every tool call before executing it.', 'advised'],
    ['If the input exceeds 8k tokens, the model truncates it from the left.', 'reported'],
    ['Providers of medical products built on Kestrel-4 must notify their regulator of serious incidents.', 'advised'],
    ['Companies building products on Kestrel-4 must document their own intended purpose.', 'advised'],
    ['Developers using the hosted API should rotate their keys every 90 days.', 'advised'],
    ['Please use the model responsibly.', 'advised'],
    ['- **EU representative:** to be appointed before the EU launch', 'planned'],
    ["We're looking forward to working with the community on safeguards.", 'planned'],
    ['We do not disclose the parameter count or the internal architecture.', 'withheld'],
    ["The provider doesn't share details of the data mixture.", 'withheld'],
    ['There is no documented maximum prompt length.', 'withheld'],
    ['Training compute is not publicly disclosed.', 'withheld'],
    ['We are unable to answer individual questions about this model.', 'withheld'],
    ['Die Trainingsdaten werden nicht offengelegt.', 'withheld'],
    ['Les sources des données ne sont pas divulguées.', 'withheld'],
    ['Por el momento no documentamos el formato de las llamadas a funciones.', 'withheld'],
    ['Non documentiamo il numero di parametri.', 'withheld'],
    ['We are drafting a usage policy and will publish it with the stable release.', 'planned'],
    ['Check back here for the release date and download links.', 'planned'],
    ['Users (both direct and downstream) should be made aware of the risks.', 'advised'],
    ['**Jailbreak testing:** none carried out for this checkpoint', 'negated'],
    ['- Energy used: not recorded', 'placeholder'],
    ['**When you deploy it:** assess accuracy on your own documents first.', 'advised'],
    ['Apps built on Kestrel-4 should disclose that answers are machine-generated.', 'advised'],
    ['It is the sole responsibility of every integrator to pick suitable hardware.', 'advised'],
    ['Das vollständige Datenblatt folgt mit der nächsten Version.', 'planned'],
    ['Le rapport d’évaluation sera joint à la prochaine version du modèle.', 'planned'],
    ['The evaluation report ships with the next release.', 'planned'],
    ['Security contact: <add address here>', 'placeholder'],
    ['Weights: <MODEL_URL>', 'placeholder'],
    ['**Access control:** no specific safeguards are currently implemented.', 'negated'],
    ['Once you host it publicly, set up your own channel for serious-incident reports.', 'advised'],
    ['- Maintainer: your-name@example.com', 'placeholder'],
    ['- Maintainer: ml-team@aurel.example', 'reported'],
    ['**Roadmap:** speech input for Corvid-2.', 'planned'],
    ['**Prior to production use:** benchmark Corvid-2 on a sample of your tickets.', 'advised'],
    ['- Validate outputs against your own test set', 'advised'],
    ['Before release, Corvid-2 was tested by an external red team.', 'reported'],
    ['No package versions were pinned for this checkpoint.', 'negated'],
    ['A model card addendum on data filtering will follow with version 2.', 'planned'],
    ['The evaluation protocol is being reviewed by our partners.', 'planned'],
    ['Publicaremos los resultados de las pruebas en la próxima actualización del informe.', 'planned'],
    ['Attiveremo un canale per le segnalazioni prima del lancio.', 'planned'],
    ['Les développeurs qui intègrent Corvid-2 doivent signaler les contenus générés.', 'advised'],
    ['Das erzeugte Audio enthält keine Wasserzeichen.', 'negated'],
    ['No safety assessment was carried out for this checkpoint.', 'negated'],
    ['We kept no record of the data mixture and did not log the filtering steps.', 'negated'],
    ['**Evaluation protocol:** to be described in the paper.', 'planned'],
    ['Los datos provienen de doce fuentes públicas.', 'reported'],
    ['- **Notification to the AI Office:** to be submitted when the final run ends', 'planned'],
    // A label whose value only denies answers nothing, as an empty value does not.
    ['**Reference deployment:** none published for this version.', 'placeholder'],
    ['**Docker image:** not provided for this checkpoint.', 'placeholder'],
    ['No misuse evaluations (bio, chem, cyber) were run before release.', 'negated'],
    ['The model is not covered by any responsible-scaling policy.', 'negated'],
    ['**Abuse reports:** <email address>', 'placeholder'],
    ['Report problems to safety@your-company.com', 'placeholder'],
    ['Die Kontaktdaten ergänzen wir hier, sobald das Mandat unterzeichnet ist.', 'planned'],
    ['Our notification to the Commission will be made once training ends.', 'planned'],
    ['The summary will follow in due course.', 'planned'],
    // Advice in the card languages, written with accented and inflected words.
    ['Nutzer sollten die Ausgaben vor der Veröffentlichung prüfen.', 'advised'],
    ['- Put Wren-Chat behind an output classifier', 'advised'],
    ['Route tool calls through a sandbox.', 'advised'],
    ['Filtered outputs are logged for 30 days.', 'reported'],
    ['No fairness review of the fine-tuning data was carried out.', 'negated'],
    ['The corpus was not screened for personal data.', 'negated'],
    ['Legen Sie vor dem Einsatz eine eigene Nutzungsrichtlinie fest.', 'advised'],
    ['Vérifiez chaque sortie avant publication.', 'advised'],
    ['Wenden Sie sich bei Fragen an support@wren.example.', 'reported'],
    ['Assez rapide sur CPU.', 'reported'],
    ['A reporting channel will open with the EU launch in September.', 'planned'],
    ['Résumé public : publication prévue avant le 2 août 2026.', 'planned'],
    // A label that makes its value advice, and an instruction for a case of the reader's.
    ['**Tip:** keep prompts well below the maximum context length.', 'advised'],
    ['Best practice — give agents least-privilege credentials.', 'advised'],
    ['If you deploy Aurel-3 in your product, give your users a support contact of your own.', 'advised'],
    ['Tips for faster inference are in docs/speed.md.', 'reported'],
    // Commitments of a named organisation, and denials that a study was done.
    ['Kaito Labs is based in Japan and will appoint an EU representative before launch.', 'planned'],
    ['Orbis AI Corp. will designate an EU representative ahead of the launch.', 'planned'],
    ['so no systemic risk assessment was performed.', 'negated'],
    ['No external red-teaming has been carried out.', 'negated'],
    ['Kestrel AI has not adopted a formal copyright policy.', 'negated'],
    ['As a provider established outside the EU, Lumenfold Labs will appoint an EU representative.', 'planned'],
    ['C2PA: not supported', 'negated'],
    ['EU authorised representative: to be appointed', 'placeholder'],
    ['Tenemos previsto adoptar en 2027 una política de derechos de autor.', 'planned'],
    ['Ein Bevollmächtigter in der EU wird vor der Markteinführung von Aurel-3 in der Union benannt.', 'planned'],
    ["Les intégrateurs devraient définir leur propre politique d'utilisation.", 'advised'],
    // Slots of a drafted text, in brackets: several upper-case words, a slot's word, or a note to insert something.
    ['Released under the [LICENCE NAME].', 'placeholder'],
    ['The full terms are at [URL].', 'placeholder'],
    ['[Link to AUP — Legal to insert before publication]', 'placeholder'],
    // Special tokens and link texts in brackets are no slots.
    ['The [CLS] token embedding is used as the sentence vector.', 'reported'],
    ['Prompts start with [SYSTEM_PROMPT] and tools are listed after [AVAILABLE_TOOLS].', 'reported'],
    ['Served through the [API](https://api.corvane.example).', 'linked'],
    // German present passive with an access condition is no plan; a time still to come is.
    ['Die Gewichte werden nach Zustimmung zu den Lizenzbedingungen über Hugging Face bereitgestellt.', 'reported'],
    ['Die Gewichte werden nach der Freigabe über Hugging Face bereitgestellt.', 'planned'],
    ['Eine Nutzungsrichtlinie wird vor dem offiziellen Marktstart veröffentlicht.', 'planned'],
    ['Eine Nutzungsrichtlinie wird zur allgemeinen Verfügbarkeit veröffentlicht.', 'planned'],
    ['Verbotene Nutzungen: folgen mit der Richtlinie', 'planned'],
    ['Kennisgeving: in voorbereiding; wordt ingediend zodra het budget bekend is.', 'planned'],
    ['Rekenbudget: wordt nog vastgesteld', 'placeholder'],
    ['Weights security: details in our upcoming security whitepaper', 'planned'],
    // Not chosen yet, or nothing in place, is a denial.
    ['We have not yet decided on a licence for this merge.', 'negated'],
    ['There is currently no dedicated channel for reporting incidents.', 'negated'],
    ['Les contenus générés ne comportent aucun filigrane.', 'negated'],
    ["Le détail des sources est propriétaire et n'est pas divulgué.", 'withheld'],
    // An audience named with what it is doing, then "should": advice.
    ['Developers connecting Aurel-3 to external tools should implement sandboxing.', 'advised'],
    ['Mitteilung an die Kommission: erfolgt vor der Markteinführung', 'planned'],
    ['Contacto para incidentes: <correo-de-contacto>', 'placeholder'],
    ['Cómputo de entrenamiento (FLOP): no publicado', 'withheld'],
    ['Calcolo di addestramento: non pubblicato', 'withheld'],
    ['Sillon IA has not yet set up a dedicated process for tracking serious incidents.', 'negated'],
    // A label whose value only denies: no content for any duty.
    ['C2PA metadata on outputs: not attached', 'placeholder'],
    ['Marca de agua: no', 'placeholder'],
    ['Metadatos C2PA: no incluidos', 'placeholder'],
    // A questionnaire's numbered question, a request or a topic, asks; an answer on the same line tells.
    ['**Item 4.2:** Describe how the weights are distributed.', 'reported'],
    ['**Question 9:** Describe how the weights are distributed.', 'asked'],
    ['Frage 2.4 – Lizenzbedingungen des Modells', 'asked'],
    ['Vraag 12 – Energieverbruik tijdens de training:', 'asked'],
    ['Q6.1 List the software the model needs to run.', 'asked'],
    ['**Q6.1 Software the model needs:** vLLM 0.6 and PyTorch 2.4.', 'reported'],
    ['Q2 release of the weights on the Hub', 'reported'],
    // The provider's advice to its customers, in English and the card languages.
    ['The Client, acting as deployer, must set up its own human review.', 'advised'],
    ['The licensee should check outputs before publishing them.', 'advised'],
    ['Corvane Labs recommends that deployers log every tool call.', 'advised'],
    ['The vendor advises operators to rotate API keys monthly.', 'advised'],
    ['Recomendamos a los clientes que revisen las salidas.', 'advised'],
    ['Nous conseillons aux opérateurs de journaliser les appels.', 'advised'],
    ['Wij adviseren integratoren om de uitvoer te controleren.', 'advised'],
    ['Consigliamo agli utenti di verificare i risultati.', 'advised'],
    ['We require customers to accept the acceptable use policy before access.', 'reported'],
    // What the model does not apply, and what was not done, in the card languages.
    ["Le modèle n'ajoute aucune métadonnée de provenance.", 'negated'],
    ['Das Modell fügt keine Kennzeichnung in die Ausgaben ein.', 'negated'],
    ['Het model voegt geen watermerk toe aan de uitvoer.', 'negated'],
    ['El modelo no inserta marcas de agua en las imágenes.', 'negated'],
    ['Il modello non inserisce filigrane nelle immagini.', 'negated'],
    ['Non sono stati condotti test avversariali sul modello.', 'negated'],
    ['No se han llevado a cabo pruebas de red teaming.', 'negated'],
    ['Nessun test avversariale è stato eseguito prima del rilascio.', 'negated'],
    ['Das Modell setzt auf eine Mixture-of-Experts-Architektur.', 'reported'],
    // A field still to fill in or to confirm, and work under way, in the card languages.
    ['Hardwarevereisten: nog in te vullen', 'placeholder'],
    ['Energieverbrauch: noch zu ergänzen', 'placeholder'],
    ['Date de publication : à confirmer par le service juridique', 'placeholder'],
    ['Licencia: por confirmar', 'placeholder'],
    ['Contatto: da completare', 'placeholder'],
    ['Evaluatie: gepland voor Q3', 'planned'],
    ['Évaluation des risques : prévue avant le lancement', 'planned'],
    ['Adversarial testing: external round in progress, report expected in May', 'planned'],
    ['Test avversariali: campagna in corso', 'planned'],
    // The reader's own task, in the card languages.
    ["C'est aux intégrateurs de vérifier l'adéquation du modèle à leur usage.", 'advised'],
    ['Corresponde a cada integrador evaluar los riesgos de su aplicación.', 'advised'],
    ['Spetta a ciascun integratore valutare i limiti del modello.', 'advised'],
    ['Het is aan de afnemer om de uitvoer te controleren.', 'advised'],
    ['Es obliegt dem Betreiber, die Ausgaben zu prüfen.', 'advised'],
    // A bare hedge states nothing; a hedged statement still says what it is about.
    ['Not sure.', 'placeholder'],
    ['I guess so.', 'placeholder'],
    ['Unclear whether the checkpoint was red-teamed.', 'reported'],
    // A provision as the label and a duty as its value restates the law.
    ['Art. 53(1)(d): providers shall publish a summary of the training content.', 'hypothetical'],
    ['Annex XI 2(d) – the computational resources must be reported.', 'hypothetical'],
    ['Art. 53(1)(d): summary published at https://corvane.example/summary.', 'linked'],
    // Slots and their labels only; a value beside a slot is still a value.
    ['Provider: [company name] · E-mail: [address]', 'placeholder'],
    ['Corvane AI – e-mail: [address]', 'reported'],
    // The reader sent to their own supplier, or told to test.
    ['Report bugs to your reseller.', 'advised'],
    ['Benchmark thoroughly.', 'advised'],
    ['Benchmarked thoroughly on HELM.', 'reported'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('tells what is kept back from what is offered or absent', () => {
    // Held back from the public but held for the AI Office: it exists, and the card says where.
    expect(
      classifyStatement(
        'The red-teaming results are not publicly disclosed; they are shared with the AI Office on request.',
      ),
    ).toBe('linked');
    // Offering details on request is a statement of where they are, not a refusal.
    expect(classifyStatement('We can share details of the data mixture on request.')).not.toBe('withheld');
    expect(classifyStatement('We do not share user prompts with third parties.')).not.toBe('withheld');
    expect(classifyStatement('The weights are not released; the model is served through our API.')).not.toBe(
      'withheld',
    );
  });

  it('tells a value that only denies from a denial that states a fact', () => {
    for (const value of [
      'Not performed',
      ' not conducted for this release ',
      'None',
      'no',
      'none provided',
      '✗',
      '❌ not prepared',
      'not carried out for Kestrel-400B.',
    ])
      expect(isBareDenial(value)).toBe(true);
    for (const value of ['no personal data was included', 'Not performed on the 7B variant; see §4 for 70B'])
      expect(isBareDenial(value)).toBe(false);
  });

  it('reads a limitation phrased as a negation as negated, not as a placeholder', () => {
    expect(classifyStatement('The model does not handle languages other than Finnish.')).toBe('reported');
  });
});

describe('a question and its answer', () => {
  it('reads a question as asked, never as evidence', () => {
    expect(classifyStatement('How much compute went into the model?')).toBe('asked');
    expect(classifyStatement('**Q: Where can I report a problem?**')).toBe('asked');
    expect(classifyStatement('Where to report? safety@example.org')).toBe('reported');
  });

  it('ends a question inside closing emphasis, so the answer is a statement of its own', () => {
    const text = '**Q: Is there a launch date?** A: Weights go live on 4 May 2026 on the Hub.';
    const modes = new StatementIndex(text).statementsIn(0, text.length).map((found) => found.mode);
    expect(modes).toEqual(['asked', 'reported']);
  });

  it('judges a phrase running from a question into its answer by the answer', () => {
    const text = 'Found a bug? Open an issue on the tracker. Found a bug? We will add a form later.';
    const index = new StatementIndex(text);
    const accept = new Set(['reported'] as const);
    const second = text.lastIndexOf('Found');
    expect(index.countsAt(0, accept, text.indexOf('Open an issue') + 5)).toBe(true);
    expect(index.countsAt(second, accept, text.indexOf('We will') + 5)).toBe(false);
    expect(index.countsAt(0, accept)).toBe(false);
  });

  it('reads a condition with a conditional verb in the card languages as hypothetical', () => {
    expect(classifyStatement('Si lanzamos el modelo en la UE, los pesos se publicarían en el Hub.')).toBe(
      'hypothetical',
    );
    expect(classifyStatement('Wenn wir das Modell freigeben, würden die Gewichte auf dem Hub erscheinen.')).toBe(
      'hypothetical',
    );
    expect(classifyStatement('Si vous trouvez un problème, écrivez à safety@example.fr.')).toBe('reported');
  });

  it('reads weights kept closed as how the model is released, not as a fact kept back', () => {
    expect(classifyStatement('Les poids ne sont pas publiés.')).not.toBe('withheld');
    expect(classifyStatement('De trainingsdata worden niet gepubliceerd.')).toBe('withheld');
  });

  it('reads French words that end in an accented letter at their end', () => {
    expect(classifyStatement('non divulgué pour des raisons commerciales')).toBe('withheld');
    expect(classifyStatement('Le représentant sera désigné en 2026.')).toBe('planned');
  });

  it('reads a document still being written as a plan in French', () => {
    expect(classifyStatement('Le résumé public est en cours de rédaction.')).toBe('planned');
    expect(classifyStatement('Le résumé sera mis en ligne avant août.')).toBe('planned');
  });

  it('reads a date not yet announced as a plan', () => {
    expect(classifyStatement("Release dates haven't been announced yet.")).toBe('planned');
  });

  it('reads "no … yet", work not started and an act still to be done as plans', () => {
    expect(classifyStatement('No public data summary yet.')).toBe('planned');
    expect(classifyStatement('There is no energy report yet.')).toBe('planned');
    expect(classifyStatement('external_red_team_status: not started')).toBe('planned');
    expect(classifyStatement('evalStatus: planned')).toBe('planned');
    expect(classifyStatement('Not started')).toBe('planned');
    expect(classifyStatement('Safety testing has not begun yet.')).toBe('planned');
    expect(classifyStatement('We will file the notification with the AI Office once the run ends.')).toBe('planned');
    // A status word in a name that is not a status field, and a light verb with a thing rather than an act.
    expect(classifyStatement('No serious incidents so far.')).toBe('reported');
    expect(classifyStatement('We will make the weights available under Apache 2.0.')).not.toBe('planned');
  });

  it('reads a role still being filled, work in the pipeline and a bracketed note to fill in as not done', () => {
    expect(classifyStatement('We are currently seeking an EU representative.')).toBe('planned');
    expect(classifyStatement('A 1M-context build is in the works.')).toBe('planned');
    expect(classifyStatement('[To be completed: supported languages]')).toBe('placeholder');
    expect(classifyStatement('We are looking for feedback: write to hello@example.org.')).toBe('reported');
  });

  it("reads an empty value and a type's slot as placeholders", () => {
    expect(classifyStatement('model_architecture: ""')).toBe('placeholder');
    expect(classifyStatement('num_parameters: <int>')).toBe('placeholder');
    expect(classifyStatement('context_length: <number>')).toBe('placeholder');
    // An HTML element is no slot, whatever letters it starts with.
    expect(classifyStatement('<a href="https://example.org"><strong>Blog</strong></a>')).not.toBe('placeholder');
  });

  it('reads a duty put on the reader as advice', () => {
    expect(classifyStatement('It is your responsibility to review the generated SQL before running it.')).toBe(
      'advised',
    );
    expect(classifyStatement('Whoever deploys the model in a clinic must keep a human in the loop.')).toBe('advised');
    expect(classifyStatement('The team who built it must be credited.')).toBe('reported');
  });
});

describe('a list under a lead-in that announces plans', () => {
  it('makes its items plans, and leaves other lists alone', async () => {
    const { StatementIndex } = await import('../../src/facts/statement-mode.js');
    const modes = (text: string) => new StatementIndex(text).statementsIn(0, text.length).map((found) => found.mode);
    expect(modes('Security roadmap:\n- weight encryption at rest\n- external penetration test\n')).toEqual([
      'placeholder',
      'planned',
      'planned',
    ]);
    expect(modes('Security measures:\n- weight encryption at rest\n- external penetration test\n')).not.toContain(
      'planned',
    );
  });

  it('makes the items under a lead-in addressed to deployers advice, in the card languages too', () => {
    const modesUnder = (leadIn: string) => {
      const text = `${leadIn}\n\n- weights on encrypted volumes\n- endpoint behind SSO\n`;
      return new StatementIndex(text).statementsIn(text.indexOf('- weights'), text.length).map((found) => found.mode);
    };
    expect(modesUnder('Guidance for deployers:')).toEqual(['advised', 'advised']);
    expect(modesUnder('Recomendaciones para integradores:')).toEqual(['advised', 'advised']);
    expect(modesUnder('Security measures:')).toEqual(['reported', 'reported']);
  });

  it('reads a bold line alone over a list from the card text where the prose text blanks it', () => {
    const raw = '**Tips for self-hosting**\n\n- weights on encrypted volumes\n';
    const prose = `${' '.repeat('**Tips for self-hosting**'.length)}\n\n- weights on encrypted volumes\n`;
    const index = new StatementIndex(prose, undefined, undefined, undefined, raw);
    expect(index.modeAt(prose.indexOf('- weights'))).toBe('advised');
  });
});

describe('StatementIndex', () => {
  const text =
    'Intro line.\n- Red teaming: TBD\n| Evaluation | We will publish scores later. |\nAn internal team ran 4,000 attack prompts. We plan to repeat it.';
  const index = new StatementIndex(text);

  it('classifies the statement around an offset, table cells and list items apart', () => {
    expect(index.modeAt(text.indexOf('TBD'))).toBe('placeholder');
    expect(index.modeAt(text.indexOf('We will publish'))).toBe('planned');
    expect(index.modeAt(text.indexOf('4,000'))).toBe('reported');
    expect(index.modeAt(text.indexOf('repeat'))).toBe('planned');
  });

  it('skips the line break a match may begin with', () => {
    expect(index.modeAt(text.indexOf('\nAn internal'))).toBe('reported');
  });

  it('lists the statements of a span with their modes', () => {
    const start = text.indexOf('An internal');
    expect(index.statementsIn(start, text.length).map((s) => s.mode)).toEqual(['reported', 'planned']);
  });

  it('reads a promise joined by "and we will" as a clause of its own', () => {
    const joined = 'Send unsafe outputs to safety@corvid.example, and we will add red-team results in a later release.';
    const clauses = new StatementIndex(joined);
    expect(clauses.modeAt(joined.indexOf('safety@'))).toBe('reported');
    expect(clauses.modeAt(joined.indexOf('red-team'))).toBe('planned');
    // "and we were" is no promise: one statement.
    const sentence = 'Two teams tested it and we were surprised by the results.';
    expect(new StatementIndex(sentence).statementsIn(0, sentence.length + 20)).toHaveLength(1);
  });

  it('ends no sentence at the periods of a legal form or initials', () => {
    const legal = 'We mandated Lexora B.V. (Amsterdam) to act for us. Questions go to eu@lexora.example.';
    expect(new StatementIndex(legal).statementsIn(0, legal.length)).toHaveLength(2);
  });

  it('splits a terse line at middle dots or bullets only where a new field begins', () => {
    const fields = 'function calling: not evaluated · plugins: not tested';
    const parts = new StatementIndex(fields).statementsIn(0, fields.length);
    expect(parts.map((s) => s.mode)).toEqual(['placeholder', 'placeholder']);
    const values = 'Intended for: chat assistants · RAG back-ends · code completion';
    expect(new StatementIndex(values).statementsIn(0, values.length)).toHaveLength(1);
  });

  it("reads a relative clause with a named party of its own as that party's statement", () => {
    const sentence = 'Corvid-2 continues from Falcon-7B, which TII published in 2023 under Apache 2.0.';
    const judge = (statement: string) => (/^which TII/.test(statement) ? 'other-model' : 'this-model');
    const clauses = new StatementIndex(sentence, judge).statementsIn(0, sentence.length);
    expect(clauses.map((s) => sentence.slice(s.start, s.end).trim())).toEqual([
      'Corvid-2 continues from Falcon-7B,',
      'which TII published in 2023 under Apache 2.0.',
    ]);
    // A relative clause without a named subject stays in its sentence.
    const own = 'Corvid-2 ships with a filter, which blocks unsafe prompts.';
    expect(new StatementIndex(own).statementsIn(0, own.length)).toHaveLength(1);
  });
});

describe('statements around inline code', () => {
  it('does not split a sentence at a pipe inside backticks', () => {
    const text = 'Kestrel-1 introduced tool calls through a `<|tool|>` token; the schema is in its card.\n';
    const index = new StatementIndex(text);
    expect(index.statementsIn(0, text.length)).toHaveLength(1);
  });

  it('still ends a table cell at its pipe', () => {
    const text = '| Licence | MIT |\n';
    expect(new StatementIndex(text).statementsIn(0, text.length).length).toBeGreaterThan(1);
  });
});

describe('statements whose mode comes from around them', () => {
  const modes = (text: string) => new StatementIndex(text).statementsIn(0, text.length).map((s) => s.mode);

  it('reads a table whose every value cell is a slot as a template, labels and all', () => {
    expect(new Set(modes('| Metric | Aurel-3 |\n|---|---|\n| BLEU | TBD |\n| chrF | — |\n'))).toEqual(
      new Set(['placeholder']),
    );
    // One filled value makes it a table of results; "none" may be an answer.
    expect(modes('| Metric | Aurel-3 |\n|---|---|\n| BLEU | 41.2 |\n| chrF | TBD |\n')).toContain('reported');
    expect(modes('| Known incidents | none |\n|---|---|\n| Reports filed | none |\n')).toContain('reported');
  });

  it('reads what stands under a heading of plans as planned', () => {
    const text = '## Roadmap\n\nAudio input for Aurel-3.\n\n## Modalities\n\nText input for Aurel-3.\n';
    const index = new StatementIndex(text, undefined, undefined, undefined, text);
    expect(index.modeAt(text.indexOf('Audio'))).toBe('planned');
    expect(index.modeAt(text.indexOf('Text input'))).toBe('reported');
    // "Limitations and future work" is a section of limitations first.
    const mixed = '## Limitations and future work\n\nAurel-3 struggles with tables.\n';
    expect(new StatementIndex(mixed, undefined, undefined, undefined, mixed).modeAt(mixed.indexOf('Aurel'))).toBe(
      'reported',
    );
  });

  it('gives a sentence that goes on with the one before ("This includes …") that one\'s mode', () => {
    expect(modes('Deployers should vet their data. This includes honouring opt-outs.')).toEqual(['advised', 'advised']);
    expect(modes('We vetted our data. This includes honouring opt-outs.')).toEqual(['reported', 'reported']);
    // A blank line ends the paragraph it could go on with.
    expect(modes('Deployers should vet their data.\n\nThis includes honouring opt-outs.')).toEqual([
      'advised',
      'reported',
    ]);
  });

  it('reads a link whose target is a slot for one as a placeholder, and a file name as a link', () => {
    expect(classifyStatement('Released under the [LICENSE_NAME](LICENSE_LINK) licence.')).toBe('placeholder');
    expect(classifyStatement('Weights follow the [Model License](MODEL_LICENSE).')).not.toBe('placeholder');
  });

  it('reads investigators and clinicians told what to do as advice', () => {
    expect(classifyStatement('Investigators are advised to confirm the model suits their study.')).toBe('advised');
    expect(classifyStatement('Clinicians should review every summary before use.')).toBe('advised');
  });
});

describe('facts kept back or denied', () => {
  it('reads a refusal to disclose the architecture or parameters as withheld', () => {
    expect(classifyStatement("We do not disclose Aurel-3's architecture or parameter count.")).toBe('withheld');
    expect(classifyStatement('Details of the internal architecture are likewise not published.')).toBe('withheld');
    // Closed weights say how the model is released.
    expect(classifyStatement('Aurel-3 is not published as open weights; it is served through our API.')).not.toBe(
      'withheld',
    );
  });

  it('reads an assessment the model has not gone through as negated, and a later report as planned', () => {
    expect(classifyStatement('Aurel-3 has not undergone a systemic risk assessment.')).toBe('negated');
    expect(classifyStatement("Corvane values sustainability and will report Aurel-3's energy use next year.")).toBe(
      'planned',
    );
  });
});

describe('advice and plans in the card languages', () => {
  it('reads users made responsible, in any card language, as advice', () => {
    expect(classifyStatement('Gli utenti sono responsabili di rispettare il diritto d’autore.')).toBe('advised');
    expect(classifyStatement('Les utilisateurs sont responsables des textes qu’ils soumettent.')).toBe('advised');
  });

  it("reads a problem sent to the reader's own administrator as advice, and one sent to the provider as a channel", () => {
    expect(classifyStatement('If you notice harmful output, please report it to your system administrator.')).toBe(
      'advised',
    );
    expect(classifyStatement('Si detecta un fallo, comuníquelo a su administrador.')).toBe('advised');
    expect(classifyStatement('Please report harmful output to safety@aurel.example.')).not.toBe('advised');
  });

  it('reads an announcement still to come as planned', () => {
    expect(classifyStatement("Les modalités de publication d'Aurel-3 seront annoncées au printemps.")).toBe('planned');
    expect(classifyStatement('De releasedatum zal later worden aangekondigd.')).toBe('planned');
  });
});

describe('work not done yet, as trackers and templates write it', () => {
  it('reads an unchecked task and an open status as planned, and a checked task as done', () => {
    expect(classifyStatement('- [ ] Publish the training-content summary')).toBe('planned');
    expect(classifyStatement('- [x] Publish the training-content summary')).toBe('reported');
    expect(classifyStatement('Open-weights release: BLOCKED on the security review (SEC-77).')).toBe('planned');
    expect(classifyStatement('Status: in progress (DATA-12)')).toBe('planned');
    // A lower-case word is no tracker status.
    expect(classifyStatement('Unsafe prompts are blocked by a classifier.')).not.toBe('planned');
  });

  it('reads a template slot that the prose view blanks as a placeholder', () => {
    const raw = 'Contact us at {{ contact_email }} with questions.\n';
    const prose = raw.replace('{{ contact_email }}', ' '.repeat('{{ contact_email }}'.length));
    const index = new StatementIndex(prose, undefined, undefined, undefined, raw);
    expect(index.modeAt(0)).toBe('placeholder');
  });

  it('reads "currently not watermarked" as a denial', () => {
    expect(classifyStatement('Aurel-3 outputs are currently not watermarked.')).toBe('negated');
  });
});

describe('a decision not to disclose', () => {
  it('reads "will not be disclosed" as withheld', () => {
    expect(classifyStatement('Parameter count and architecture details will not be disclosed.')).toBe('withheld');
  });
});

describe('slide-deck shorthand for work still to come', () => {
  it.each([
    '- [LICENSE TBD — pending legal review]',
    'Weights licence → pending board review',
    'License → final terms announced at GA',
    'SOC 2 audit → planned 2026',
    'Red-team exercise planned for Q2 2027',
    'Speaker notes: legal still choosing between Apache-2.0 and a custom licence',
  ])('reads %j as planned', (statement) => {
    expect(classifyStatement(statement)).toBe('planned');
  });

  it('reads a lower-case link slot as a placeholder', () => {
    expect(classifyStatement('AUP → [link]')).toBe('placeholder');
    expect(classifyStatement('See the [policy](https://corvane.example/aup).')).not.toBe('placeholder');
  });

  it('keeps what was done at a launch as reported', () => {
    expect(classifyStatement('The SOC 2 audit was completed in 2025.')).toBe('reported');
    expect(classifyStatement('The licence was chosen after review by counsel.')).toBe('reported');
  });
});

describe('nothing appointed or done, in the card languages', () => {
  it.each([
    'Corvel Labs heeft voor Aurel-3 geen gemachtigde in de Europese Unie aangewezen.',
    'Der Anbieter hat keinen Bevollmächtigten in der EU benannt.',
    "Le fournisseur n'a désigné aucun mandataire dans l'Union.",
    "Aucun mandataire n'a été désigné à ce jour.",
    'El proveedor no ha designado un representante autorizado en la UE.',
    'Il fornitore non ha nominato un rappresentante autorizzato.',
  ])('reads %j as negated', (statement) => {
    expect(classifyStatement(statement)).toBe('negated');
  });

  it('keeps an appointment made as reported', () => {
    expect(classifyStatement('Corvel Labs heeft Lexant B.V. in Amsterdam als gemachtigde aangewezen.')).toBe(
      'reported',
    );
    expect(classifyStatement('Der Anbieter hat die Lexant GmbH als Bevollmächtigten benannt.')).toBe('reported');
  });
});

describe("the provider's future in the third person, in the card languages", () => {
  it.each([
    "Halvard désignera un mandataire établi dans l'Union avant la mise à disposition.",
    'Le fournisseur publiera le résumé des données.',
    'El proveedor designará un representante autorizado.',
    'Il fornitore nominerà un rappresentante.',
    'Der Anbieter wird einen Bevollmächtigten in der EU benennen.',
    'Corvel zal een gemachtigde in de EU aanwijzen.',
  ])('reads %j as planned', (statement) => {
    expect(classifyStatement(statement)).toBe('planned');
  });

  it('keeps the same verbs in the past and present as reported', () => {
    expect(classifyStatement('Halvard a désigné un mandataire à Dublin.')).toBe('reported');
    expect(classifyStatement('Le modèle rend des réponses concises.')).toBe('reported');
    expect(classifyStatement('Il fornitore ha nominato un rappresentante.')).toBe('reported');
  });
});

describe('advice to an audience named with a phrase after it', () => {
  it('reads users "of" or "at" something told what to do as advised', () => {
    expect(
      classifyStatement('Users of any Aurel-3 variant should evaluate the model for biases before deploying it.'),
    ).toBe('advised');
    expect(classifyStatement('Developers at partner firms must review outputs before publication.')).toBe('advised');
  });

  it('keeps a statement about what users of the model found as reported', () => {
    expect(classifyStatement('Users of Aurel-3 reported fewer refusals than with Aurel-2.')).toBe('reported');
  });
});

describe('a discourse opener before the clause', () => {
  it('reads the clause after "It is worth noting that" or "Furthermore," for its mode', () => {
    expect(classifyStatement('It is worth noting that users should pin their PyTorch version.')).toBe('advised');
    expect(classifyStatement('Furthermore, integrators must label generated images themselves.')).toBe('advised');
    expect(classifyStatement('In summary, Aurel-3 was red-teamed by two external firms.')).toBe('reported');
  });

  it('reads "wir sind dabei, … zu benennen" as planned', () => {
    expect(classifyStatement('Wir sind derzeit dabei, einen Bevollmächtigten in der EU zu benennen.')).toBe('planned');
  });
});

describe('an edit that withdraws what the card said', () => {
  it.each([
    'EDIT (2025-06-02): our earlier note that an EU representative "has been appointed" was premature.',
    'the statement "The Commission has been notified" was posted in error and has been removed.',
    'We removed the link to our former acceptable-use policy.',
    'Previously this card said the weights would be released on 1 May 2025.',
    'The data-mix table shown here previously belonged to Aurel-2 and has been removed.',
    'The prompt format described in an earlier revision is for another checkpoint.',
    'UPDATE: removed, as this no longer applies.',
    '(contact address retired)',
    'Die bisherige Installationsanleitung war veraltet und wurde entfernt.',
  ])('%s → retracted', (statement) => {
    expect(classifyStatement(statement)).toBe('retracted');
  });

  it('keeps what the provider removed from its data as a report', () => {
    expect(classifyStatement('We removed personal data and duplicates from the training set.')).toBe('reported');
    expect(classifyStatement('Removed duplicates and PII from the corpus.')).toBe('reported');
  });
});

describe('announcement style', () => {
  it('reads past an opening emoji and a dash-set denial', () => {
    expect(classifyStatement('⚠️ If you deploy it, set up your own review process! 🚒')).toBe('advised');
    expect(classifyStatement('🙅 No red-teaming for this one — it is a tiny model 😌')).toBe('negated');
    expect(classifyStatement('✅')).toBe('reported');
  });

  it('reads a launch still to come, details promised soon and a PSA as not done or advice', () => {
    expect(classifyStatement('🚨 Reporting portal launching Q4 🔜')).toBe('planned');
    expect(classifyStatement('More details soon 👀')).toBe('planned');
    expect(classifyStatement('PSA: check the licence before commercial use!')).toBe('advised');
  });
});

describe('link hubs', () => {
  it.each([
    'License: [LICENSE](LINK_TO_LICENSE)',
    '**Training compute:** see [compute disclosure](#)',
    'Details are in the [paper](LINK_TO_PAPER).',
  ])('reads a link to nowhere as a placeholder: %s', (statement) => {
    expect(classifyStatement(statement)).toBe('placeholder');
  });

  it('keeps links to real pages, anchors and example domains as links', () => {
    expect(classifyStatement('Red-team report: [link](https://corvane.example/red-team)')).toBe('linked');
    expect(classifyStatement('Results are in the [evaluation section](#evaluation).')).toBe('linked');
    expect(classifyStatement('See the [report](https://example.org/aurel/report.pdf).')).toBe('linked');
  });

  it('reads a guide on how the reader does the work as advice', () => {
    expect(
      classifyStatement(
        'Our [handbook](https://docs.corvane.ai/h) explains how to write an intended-purpose statement for your system.',
      ),
    ).toBe('advised');
    expect(classifyStatement('Downstream fine-tuners should remove personal data from their own datasets.')).toBe(
      'advised',
    );
    expect(classifyStatement('Our handbook explains how we wrote the intended-purpose statement.')).not.toBe('advised');
  });

  it('reads a field kept back "for competitive reasons" as withheld', () => {
    expect(classifyStatement('**Training data:** not disclosed for competitive reasons.')).toBe('withheld');
    expect(classifyStatement('Data sources: not shared, for competitive reasons.')).toBe('withheld');
  });
});

describe('table rows that say nothing', () => {
  const modes = (table: string): string[] => {
    const index = new StatementIndex(table);
    return index
      .statementsIn(0, table.length)
      .map(({ start, end, mode }) => `${table.slice(start, end).trim()} ${mode}`);
  };

  it('gives a row label the mode of a value that holds no statement', () => {
    const table =
      '| Property | Value |\n|---|---|\n| Architecture | [More Information Needed] |\n| Parameters | see spec sheet (link TBD) |\n| Context | 32k tokens |\n';
    expect(modes(table)).toEqual(
      expect.arrayContaining([
        'Property | placeholder',
        'Architecture | placeholder',
        'Parameters | planned',
        'Context | reported',
        '32k tokens | reported',
      ]),
    );
  });

  it("leaves a wide table's header without a statement when no row says anything", () => {
    const empty = '| Stage | Vela-2 | Aurel-3 |\n|---|---|---|\n| Pretraining | – | – |\n| Alignment | TBD | TBD |\n';
    expect(modes(empty)).toEqual(expect.arrayContaining(['Stage | placeholder', 'Aurel-3 | placeholder']));
    const filled = '| Stage | Vela-2 | Aurel-3 |\n|---|---|---|\n| Pretraining | – | 9T tokens |\n';
    expect(modes(filled)).toEqual(expect.arrayContaining(['Stage | reported', 'Pretraining | reported']));
  });

  it("reads a column of the law's requirements, triggers or meanings as what is required, and its row with it", () => {
    const duties = '| Who | Duty |\n|---|---|\n| Providers outside the EU | must appoint a representative |\n';
    expect(modes(duties)).toEqual(
      expect.arrayContaining([
        'must appoint a representative | hypothetical',
        'Providers outside the EU | hypothetical',
      ]),
    );
    const triggers = '| Trigger | Deadline |\n|---|---|\n| Compute passes the threshold | notify the Commission |\n';
    expect(modes(triggers)).toEqual(
      expect.arrayContaining(['Compute passes the threshold | hypothetical', 'notify the Commission | hypothetical']),
    );
    // System requirements are figures, not duties.
    const hardware = '| Component | Requirement |\n|---|---|\n| GPU | 24 GB VRAM |\n';
    expect(modes(hardware)).toEqual(expect.arrayContaining(['GPU | reported', '24 GB VRAM | reported']));
  });

  it('leaves a two-column header without a statement when no row says anything, and keeps it over one that does', () => {
    expect(modes('| Metric | Figure |\n|---|---|\n| Training energy | TBD |\n')).toEqual(
      expect.arrayContaining(['Metric | placeholder', 'Training energy | placeholder']),
    );
    expect(modes('| Metric | Figure |\n|---|---|\n| Training energy | 41 MWh |\n')).toEqual(
      expect.arrayContaining(['Metric | reported']),
    );
  });

  it('reads a column of recommendations as advice and a column of questions as asked', () => {
    const advice = '| Recommendation | Why |\n|---|---|\n| Run your own red team | risks differ |\n';
    expect(modes(advice)).toEqual(expect.arrayContaining(['Run your own red team | advised']));
    const questions = '| Question | Owner |\n|---|---|\n| Who triages an incident? | |\n';
    expect(modes(questions)).toEqual(
      expect.arrayContaining(['Question | placeholder', 'Who triages an incident? | asked']),
    );
    // An answer beside its question reports.
    const answered = '| Question | Answer |\n|---|---|\n| Hardware? | 2x A100 |\n';
    expect(modes(answered)).toEqual(expect.arrayContaining(['2x A100 | reported', 'Question | reported']));
  });

  it('reads the rows under an "Upcoming …" heading as plans', () => {
    const text = '## Upcoming input types\n\n- spoken questions (16 kHz audio)\n';
    expect(new StatementIndex(text).modeAt(text.indexOf('spoken'))).toBe('planned');
  });

  it('keeps a header row of real values, and a label whose value reports', () => {
    const table = '| Parameters | 7B |\n|---|---|\n| Red teaming | not performed |\n';
    expect(modes(table)).toEqual(
      expect.arrayContaining(['Parameters | reported', '7B | reported', 'Red teaming | negated']),
    );
  });
});

describe('hedged and conditional wording', () => {
  it.each([
    'External red teaming might be commissioned before a wider release, subject to budget.',
    'Should it be required, we may appoint an authorised representative in the EU.',
    'An incident reporting process may be established should Aurel-3 be designated.',
    'Evaluation results may be shared with the AI Office on request once our evaluation programme is complete.',
    'A licence will be chosen before public release.',
    'A release date has not yet been set.',
    'The licence for Aurel-3 itself may differ and is subject to change.',
  ])('reads "%s" as not done', (statement) => {
    expect(['planned', 'hypothetical']).toContain(classifyStatement(statement));
  });

  it("reads the law's test and a supposition as hypothetical", () => {
    expect(
      classifyStatement('A model is presumed to have systemic risk where its training compute exceeds 10^25 FLOP.'),
    ).toBe('hypothetical');
    expect(classifyStatement('An assessment would be carried out if Aurel-3 were ever to exceed this.')).toBe(
      'hypothetical',
    );
  });

  it('keeps what the reader may do, what the model may do and plain advice apart from hedged plans', () => {
    expect(classifyStatement('Safety issues may be reported through our website.')).toBe('reported');
    expect(classifyStatement('Outputs may contain factual errors.')).toBe('reported');
    expect(classifyStatement('In our view it should not be used for high-stakes decisions.')).toBe('reported');
    expect(classifyStatement('Aurel-3 is released under Apache 2.0, and the terms are subject to change.')).toBe(
      'reported',
    );
  });
});

describe('contract language', () => {
  it.each([
    [
      'Licensor shall, prior to placing the Model on the Union market, appoint an authorised representative.',
      'planned',
    ],
    ['Licensor shall publish the summary of training content no later than 2 August 2027.', 'planned'],
    [
      'Licensor is committed to sustainability and shall report the energy consumption in its next annual ESG report.',
      'planned',
    ],
    ['Licensor reserves the right, but assumes no obligation, to conduct red-team exercises on the Model.', 'planned'],
    [
      'The Model shall be made available on such date, and through such channels, as Licensor may designate.',
      'planned',
    ],
    ['Licensee shall implement content moderation in any system into which it integrates the Model.', 'advised'],
    ['Licensee shall: (a) store the Model Weights on encrypted systems; (b) restrict access.', 'advised'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('keeps documentation held for the AI Office, and a right to amend an existing policy, as reports', () => {
    expect(classifyStatement('The reports are held on file and shall be provided to the AI Office upon request.')).toBe(
      'reported',
    );
    expect(classifyStatement('Licensor reserves the right to amend this acceptable use policy at any time.')).toBe(
      'reported',
    );
  });

  it('does not end a sentence at "ref."', () => {
    const text = 'Documentation is held by our office (file ref. CORV-TD-3) and given to the AI Office.\n';
    expect(new StatementIndex(text).statementsIn(0, text.length)).toHaveLength(1);
  });
});

describe('ticks, crosses and boxes', () => {
  it('reads a cross as a denial, in a list and in a cell', () => {
    expect(classifyStatement('- ❌ Energieverbrauch — nicht gemessen')).toBe('negated');
    expect(classifyStatement('- ❌ not measured')).toBe('negated');
    expect(classifyStatement('- ✗ [prohibited uses — TBD]')).toBe('planned');
    expect(classifyStatement('✅ Energy measured with CodeCarbon')).toBe('reported');
  });

  it('reads an hourglass or works sign as work still to come, and a delimiter cell as empty', () => {
    for (const cell of ['⏳ |', '⌛', '🚧 in progress', '- ⏳ Audio input', '🔜'])
      expect(classifyStatement(cell)).toBe('planned');
    expect(classifyStatement(':---: |')).toBe('placeholder');
    expect(classifyStatement('✅ |')).toBe('reported');
  });

  it('keeps the mark of the line for a field read on its own', () => {
    const text =
      '- [ ] EU representative — N/A (open-weights release)\n- ❌ Energy — 41 MWh estimate\n- [x] Licence — MIT\n';
    const index = new StatementIndex(text);
    expect(index.modeAt(text.indexOf('N/A'))).not.toBe('reported');
    expect(index.modeAt(text.indexOf('41 MWh'))).toBe('negated');
    expect(index.modeAt(text.indexOf('MIT'))).toBe('reported');
  });
});

describe('privacy-notice wording', () => {
  it.each([
    ['Controllers must verify the accuracy of any output concerning an identified person.', 'advised'],
    [
      'Where a deployer connects Aurel-3 to external tools, the deployer is the controller for the data exchanged and should list those recipients.',
      'advised',
    ],
    ['**Alcance:** ejercicio externo de red teaming, pendiente de contratación', 'planned'],
    ['Third-party red-teaming of Aurel-3, pending procurement.', 'planned'],
    ['**Risks to rights and freedoms:** to be set out in the DPIA', 'planned'],
    ['**Commission notification (Art. 52(1)):** planned', 'planned'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('keeps what the model should do when a user asks as a report', () => {
    expect(classifyStatement('When a user asks for medical advice, Aurel-3 should decline.')).toBe('reported');
  });
});

describe('comparisons and the law', () => {
  it('reads a denial that the model comes with a policy, and a company that will appoint, as not done', () => {
    expect(classifyStatement('Aurel-3 is not accompanied by an acceptable use policy.')).toBe('negated');
    expect(
      classifyStatement('Halcyon Systems Inc. (San Francisco) will appoint an EU authorised representative.'),
    ).toBe('planned');
  });

  it("reads a list under a provision of the law as the law's conditions", () => {
    const text = '**EU AI Act, Art. 53(1)(d)**\n\n- requires a public summary of the content used for training\n';
    // The prose view blanks a bold line alone as structure; the card's text still holds it.
    const prose = text.replace(/^\*\*.*\*\*$/m, (line) => ' '.repeat(line.length));
    const index = new StatementIndex(prose, undefined, undefined, undefined, text);
    expect(index.modeAt(prose.indexOf('requires'))).toBe('hypothetical');
  });

  it("keeps a list under a licence's own numbered article as what it says", () => {
    const text = '**Article 14 – Adversarial testing**\n\n- External tests: Aegis Red lab, CBRN and cyber scope\n';
    const prose = text.replace(/^\*\*.*\*\*$/m, (line) => ' '.repeat(line.length));
    const index = new StatementIndex(prose, undefined, undefined, undefined, text);
    expect(index.modeAt(prose.indexOf('External'))).toBe('reported');
  });
});

describe('clinical documentation', () => {
  it.each([
    ['For security reasons, the controls protecting Aurel-3 are not described in this card.', 'withheld'],
    ['No training-content summary is provided, as Aurel-3 is a component of a medical device.', 'withheld'],
    ['No public summary of training content is available for Aurel-3 at this time.', 'withheld'],
    ['_Diagram to be inserted (see Figure X)._', 'planned'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('keeps a summary that is provided, and what the model is able to do, as reports', () => {
    expect(classifyStatement('A training-content summary is provided on our website.')).toBe('reported');
    expect(classifyStatement('The model is able to be run offline.')).toBe('reported');
  });
});

describe('minutes, transcripts and requirement matrices', () => {
  it.each([
    ['We debated whether Kestrel-2 should be allowed to browse the web; the question stays open.', 'hypothetical'],
    ['On a discuté de savoir si le modèle devait appeler des outils externes.', 'hypothetical'],
    ['Two vendors were interviewed for the external audit, no decision yet.', 'planned'],
    ['La documentation technique sera élaborée par notre équipe qualité.', 'planned'],
    ['There was no budget to commission an external red team this quarter.', 'negated'],
    ['Req. 12 Energy use — Bidder response: Fully compliant.', 'placeholder'],
    ['Q-4 Notification — Supplier answer: Will comply.', 'planned'],
    ['Respuesta del licitador: Cumple.', 'placeholder'],
    ['Después del lanzamiento pondremos en marcha un formulario de contacto.', 'planned'],
    ['The buyer should define its own retention period for prompts.', 'advised'],
    ['The contracting authority is recommended to run its own pilot before roll-out.', 'advised'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('keeps a question settled in the same sentence, a verdict said of the model, and what was discussed and done, as reports', () => {
    expect(
      classifyStatement('We discussed whether to red-team the audio path and decided to; it was tested in May.'),
    ).toBe('reported');
    expect(classifyStatement('The model is compliant with our internal security baseline.')).toBe('reported');
    expect(classifyStatement('We had time to run two rounds of external red teaming.')).toBe('reported');
  });

  it('reads a list under a title of open work as still to do, with or without a colon', () => {
    for (const title of ['**Open items**', 'Action items:', '**Actiepunten**']) {
      const text = `${title}\n\n- Legal to shortlist representative firms for the EU\n`;
      const prose = text.replace(/^\*\*.*\*\*$/m, (line) => ' '.repeat(line.length));
      const index = new StatementIndex(prose, undefined, undefined, undefined, text);
      expect(index.modeAt(prose.indexOf('Legal'))).toBe('planned');
    }
  });

  it("gives a requirement's row the mode of a verdict-only answer, past a cell that only numbers it", () => {
    const text =
      '| Req. | Requirement | Response | Reference |\n|---|---|---|---|\n| R-12 | Energy consumption | Compliant | TBD |\n| R-13 | Contact point | Compliant | legal@example.org |\n';
    const index = new StatementIndex(text);
    expect(index.modeAt(text.indexOf('Energy consumption'))).toBe('placeholder');
    expect(index.modeAt(text.indexOf('Contact point'))).toBe('reported');
  });
});

describe('pitch decks, wikis and translated wording', () => {
  it.each([
    ['✓ Usage policy — shipping with GA in Q2', 'planned'],
    ['It is foreseen to release the weights after the audit.', 'planned'],
    ['Publication of the weights is foreseen for the second half of 2026.', 'planned'],
    ['Aurel-3 is foreseen for the drafting and summarising of letters.', 'reported'],
    ['Audio output is envisaged for Aurel-4 in a later release cycle.', 'planned'],
    ['The incident procedure is at present in elaboration by our legal team.', 'planned'],
    ['The datasheet is being drafted by the data team.', 'planned'],
    ['Supported languages are still to be filled in by the product owner.', 'planned'],
    ['**EU representative:** planned ahead of the EU launch', 'planned'],
    ['A model card for the speech variant has not been written yet.', 'negated'],
    ['[Figure: data flow — insert from slides]', 'placeholder'],
    ['Klanten moeten hun eigen gebruiksbeleid opstellen voor hun eindgebruikers.', 'advised'],
    ['Er wordt een contactpunt ingericht en een vertegenwoordiger benoemd voordat de verkoop start.', 'planned'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('keeps what is shipping now, a policy that was prepared and what the model is foreseen to do when asked, as reports', () => {
    expect(classifyStatement('The policy was prepared with outside counsel and is linked below.')).toBe('reported');
    expect(classifyStatement('Shipping with a 32k-token context window.')).toBe('reported');
  });

  it('reads a list under a roadmap title without a colon as plans', () => {
    const text = '**Roadmap v3.1**\n\n- Watermarking for generated images\n';
    const prose = text.replace(/^\*\*.*\*\*$/m, (line) => ' '.repeat(line.length));
    const index = new StatementIndex(prose, undefined, undefined, undefined, text);
    expect(index.modeAt(prose.indexOf('Watermarking'))).toBe('planned');
  });
});

describe('statements read through a narrower range', () => {
  it("judges a statement whole, and the same, when a label's range first cut it short", () => {
    const text = 'Deployers should write their own usage policy for staff. Aurel-3 is released under MIT.';
    const index = new StatementIndex(text);
    // A label governing "Deployers" only reads the statement's first word first.
    expect([...index.statementsIn(0, 'Deployers'.length)].map((statement) => statement.mode)).toEqual(['advised']);
    expect(index.modeAt(text.indexOf('usage policy'))).toBe('advised');
    expect(index.countsAt(text.indexOf('usage policy'), new Set(['reported', 'linked'] as const))).toBe(false);
  });
});

describe('correspondence', () => {
  it.each([
    ['Kind regards, Compliance Office, Aurel Labs', 'placeholder'],
    ['Mit freundlichen Grüßen Team Compliance, Aurel Labs', 'placeholder'],
    ['Atentamente, Equipo de Cumplimiento', 'placeholder'],
    ['Thank you, we have taken note.', 'placeholder'],
    ['Ne prendiamo atto, grazie.', 'placeholder'],
    ['Compliance Team, Aurel Labs', 'placeholder'],
    ['— Tomasz Wrona, Aurel Labs Compliance', 'placeholder'],
    ['**Subject:** Re: Limitations of Aurel-3', 'placeholder'],
    ['Betreff: AW: Richtlinie zur zulässigen Nutzung', 'placeholder'],
    ['Attachments: (none)', 'placeholder'],
    ['Please describe the cybersecurity measures.', 'asked'],
    ['Bitte geben Sie den Energieverbrauch des Trainings an.', 'asked'],
    ["Merci de décrire la gouvernance des données d'entraînement.", 'asked'],
    ['Describa la evaluación de riesgos sistémicos.', 'asked'],
    ['Beschrijf de beveiliging van de modelgewichten.', 'asked'],
    ['Cybersecurity measures are outside the scope of this model card and are not described here.', 'withheld'],
    ['After internal review we have decided not to disclose the parameter count.', 'withheld'],
    ['Aurel-3 todavía no ha sido sometido a pruebas adversariales.', 'negated'],
    ["Aurel-3 n'a pas encore été soumis à des tests adverses.", 'negated'],
    ['Aurel-3 wurde noch keinem Red-Teaming unterzogen.', 'negated'],
    ['Aurel-3 is nog niet onderworpen aan red-teaming.', 'negated'],
    ['Aurel-3 wurde nicht nur intern getestet, sondern auch extern.', 'reported'],
    ['**A:** Not yet.', 'placeholder'],
    ['Honestly, no.', 'placeholder'],
    ['Noch nicht.', 'placeholder'],
    ['No.', 'reported'],
    ['+1', 'placeholder'],
    ['[09:10] @ruben: lol', 'placeholder'],
    ['🎉 6', 'placeholder'],
    ['[11:31] @noor: 🫠', 'placeholder'],
    ['✅', 'reported'],
    ["We didn't meter energy for this run.", 'negated'],
    ['Nothing was deduplicated for this release.', 'negated'],
    ["It's on my list for next time.", 'planned'],
    ['The contract should be signed soon.', 'planned'],
    ['Legal is drafting it now.', 'planned'],
    ["and we'll post the date on our blog once it's locked.", 'planned'],
    ["Open weights are coming soon — we're aiming for the summer.", 'planned'],
    ['El informe técnico saldrá después de NeurIPS.', 'planned'],
    ['Dazu sagen wir öffentlich nichts.', 'withheld'],
    ['Die Zusammensetzung der Daten ist für uns ein Geschäftsgeheimnis.', 'withheld'],
    ['The data mix is a trade secret.', 'withheld'],
    ['Not something I can talk about today.', 'withheld'],
    ['The summary protects trade secrets.', 'reported'],
    ['Providers established outside the Union have to appoint an authorised representative.', 'hypothetical'],
    ['Les fournisseurs doivent publier un résumé du contenu.', 'hypothetical'],
    ['Providers of apps built on Aurel-3 must follow the acceptable use policy.', 'advised'],
    ['Docs: a note explaining that Annex XI asks providers to describe the data size.', 'hypothetical'],
    ["Docs: explanation of what 'systemic risk' means under Art 3(65).", 'hypothetical'],
    ['A note on the Art. 53 template: our summary is at https://aurel.example/summary.', 'linked'],
    ['CONTRIBUTING.md: people contributing datasets should remove personal data first.', 'advised'],
    ['Providers building on Aurel-3 are encouraged to add their own safety classifier.', 'advised'],
    ['Updated tool-use documentation is not available for this release.', 'withheld'],
    ['Aurel Labs recomienda a los integradores que prueben sus propios sistemas.', 'advised'],
    ['Aurel Labs empfiehlt Betreibern, eigene Filter einzusetzen.', 'advised'],
    ['Nous recommandons aux déployeurs de tester leurs applications.', 'advised'],
    ['Aurel Labs consiglia agli sviluppatori di verificare i risultati.', 'advised'],
    ['Wij raden integrators aan een eigen filter te gebruiken.', 'advised'],
    ['Aurel Labs recomienda Aurel-3 para tareas de resumen.', 'reported'],
    ['Aurel Labs zal volgend jaar een duurzaamheidsrapport publiceren.', 'planned'],
    ['Aurel Labs prevede di pubblicare i risultati a settembre.', 'planned'],
    ['Il modello prevede di default 8k token di contesto.', 'reported'],
    ['Aurel Labs tiene previsto publicar el informe en junio.', 'planned'],
    ['Aurel Labs prévoit de nommer un représentant.', 'planned'],
    ['Wir sind in Gesprächen, um einen Bevollmächtigten zu benennen.', 'planned'],
    ['Aurel Labs is in talks with two firms to act as its EU representative.', 'planned'],
    ['A decision is expected in the second quarter.', 'planned'],
    ['🤷 2 — no maintainer reply', 'placeholder'],
    ['No official answer yet.', 'placeholder'],
    ['No response time guarantees apply.', 'reported'],
    ['Bevollmächtigter (Art. 54): noch nicht benannt', 'negated'],
    ['Mandataire : pas encore désigné', 'negated'],
    ['La pubblicazione dei risultati è prevista entro settembre.', 'planned'],
    ['Die Veröffentlichung ist für Juni geplant.', 'planned'],
    // The documentation silent on it: not stated, not given, in the card languages.
    ['The parameter count of the released checkpoint is not stated anywhere.', 'withheld'],
    ['No output limit or maximum prompt length is given for this release.', 'withheld'],
    ['No mandate letter was available to reviewers.', 'withheld'],
    ['No evidence on encryption, access management or logging of the weights was supplied.', 'withheld'],
    ["La taille du modèle n'est pas précisée.", 'withheld'],
    ['Die Größe des Kontextfensters wird nirgends angegeben.', 'withheld'],
    ['No se indica la duración del entrenamiento.', 'withheld'],
    ['Il numero di parametri non è indicato.', 'withheld'],
    ['Het aantal parameters wordt niet vermeld.', 'withheld'],
    ['The protocol is not described here; see the evaluation report.', 'linked'],
    ['Aurel-3 is not given access to the internet during inference.', 'reported'],
    // Not marked, said in the passive.
    ['Las respuestas no se etiquetan como generadas por IA.', 'negated'],
    ['Die erzeugten Bilder werden bisher nicht gekennzeichnet.', 'negated'],
    ['Les textes générés ne sont pas marqués.', 'negated'],
    ["Aucun rapport d'évaluation ne nous a été fourni.", 'withheld'],
    // A finding's rating, or a confirmation of what came before: nothing about the model.
    ['Severity: Medium.', 'placeholder'],
    ['**Risk rating:** High', 'placeholder'],
    ['Schweregrad: niedrig', 'placeholder'],
    ['The vendor has confirmed this.', 'placeholder'],
    ['La direzione lo ha confermato.', 'placeholder'],
    ['Severity levels: low, medium and high, per the incident policy.', 'reported'],
    // A tracker's workflow fields and a ticket's key with its title: who handles it and where it stands.
    ['**Assignee:** Priya Natarajan', 'placeholder'],
    ['Bearbeiterin: Jana Vogel', 'placeholder'],
    ['Stato: Completato', 'placeholder'],
    ['OPS-204 · Incident contact block', 'placeholder'],
    ['RISK-9 — Energy figures', 'placeholder'],
    ['Status: Released in the EU on 3 March 2026.', 'reported'],
    ['CVE-2024-3094 · backdoor in xz', 'reported'],
    ['OPS-204 resolution: incidents go to incidents@aurel.example.', 'reported'],
    // What a document ought to hold, said of such a document in general.
    ['At a minimum, such a policy should list prohibited uses.', 'advised'],
    ['Such a summary must name the main datasets.', 'advised'],
    ['Such filters are applied to every output.', 'reported'],
    // Still to come: a text to be inserted, results that follow.
    ['The list of prohibited uses is to be inserted after legal review.', 'planned'],
    ['Aurel-3 is to be used for research only.', 'reported'],
    ['Evaluierungsergebnisse folgen, sobald der Lauf fertig ist.', 'planned'],
    ['Les résultats détaillés suivront.', 'planned'],
    ['Die Werte folgen aus Tabelle 2.', 'reported'],
    // Advice before a dash, or after an adverb.
    ['Red-team your own chatbot before launch — jailbreaks are common.', 'advised'],
    ['Always check the outputs against your own test set.', 'advised'],
    ['Aurel-3 — a 7B model for support chat.', 'reported'],
  ])('%s → %s', (statement, mode) => {
    expect(classifyStatement(statement)).toBe(mode);
  });

  it('keeps a signature with an address, a channel offered politely, and a team that did something, as reports', () => {
    expect(classifyStatement('Kind regards, Compliance Office, compliance@aurel.example')).toBe('reported');
    expect(classifyStatement('Bitte melden Sie Sicherheitslücken an security@aurel.example.')).toBe('reported');
    expect(classifyStatement('Please report vulnerabilities to security@aurel.example.')).toBe('reported');
    expect(classifyStatement('Red team')).toBe('reported');
    expect(classifyStatement('Thanks to Lakera for red-teaming the model.')).toBe('reported');
    expect(classifyStatement('Re: the licence, we chose MIT. It is permissive.')).toBe('reported');
    expect(classifyStatement('Security measures are not described here but in our whitepaper.')).toBe('reported');
  });
});

describe('forms and questionnaires', () => {
  it.each<[string, string]>([
    // A tick box answers its field: a ticked "No" denies, boxes left open answer nothing.
    ['- Internal red teaming: [ ] Yes  [x] No', 'placeholder'],
    ['Red teaming carried out [ ] Ja [x] Nein', 'negated'],
    ['**11.13 Certifications:** [ ] ISO/IEC 27001  [ ] SOC 2  [ ] Other: ______', 'placeholder'],
    ['**11.3 Red teaming carried out:** [x] Yes  [ ] No', 'reported'],
    ['- [x] Published the summary', 'reported'],
    ['- [ ] Set up a contact point', 'planned'],
    // A blank line to write on, a word at most before it.
    ['**6.3 Instructions for use (annex no.):** Annex __', 'placeholder'],
    ['**Energy:** 41 MWh, see __init__', 'reported'],
    // A question's number and its topic in brackets, before the answer.
    ['Q 10.3 (public summary of training content).', 'asked'],
    ['Field C.4 (Intended purpose and integration scenarios).', 'asked'],
    ['Q4 (acceptable use) Aurel-3 must not be used for x.', 'reported'],
    // A template's instruction to its author.
    ['Describe the components surrounding the model (classifiers, routers, filters) here.', 'placeholder'],
    ['Link the report here: https://x.org/r', 'linked'],
    // A slot for a name or an address, in brackets of either kind.
    ['**Publisher:** <publisher name>', 'placeholder'],
    ['Questions about this model? Reach us at [contact email].', 'placeholder'],
    ['Questions? Write to [email](mailto:team@aurel.example).', 'linked'],
    // A value still to confirm, with a note on why.
    ['**Hardware requirements:** TBC (awaiting supplier response)', 'placeholder'],
    ['License: [CreativeML OpenRAIL-M](https://huggingface.co/spaces/CompVis/stable-diffusion-license)', 'linked'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));
});

describe('plans, advice and refusals in more words', () => {
  it.each<[string, string]>([
    // The provider's commitment after the case it waits for, or by name at work on a document.
    [
      'Should Aurel-3 meet the systemic-risk threshold, Aurel Labs will notify the European Commission within two weeks.',
      'planned',
    ],
    ['Aurel Labs will carry out a full systemic risk assessment before Q2 2026.', 'planned'],
    ['Aurel-3 will carry out the instructions of the user.', 'reported'],
    ['Aurel-3 will complete the code you give it.', 'reported'],
    ['Aurel Labs is preparing the summary on the template and will publish it.', 'planned'],
    ['Our lawyers are putting the finishing touches on a dedicated acceptable use policy.', 'planned'],
    ['Licence: still being discussed with legal, probably something permissive.', 'planned'],
    ['**Acceptable use policy:** coming with the v1.0 tag — we are still drafting it.', 'planned'],
    ['We will link it in the next issue.', 'planned'],
    [
      'Een auteursrechtbeleid wordt momenteel opgesteld en zal vóór de ingebruikname als bijlage worden bezorgd.',
      'planned',
    ],
    ['**Auteursrechtbeleid:** wordt opgevraagd bij de leverancier en later toegevoegd.', 'planned'],
    ['Stiamo completando la nomina di un rappresentante autorizzato.', 'planned'],
    ['Estamos preparando la política de uso aceptable.', 'planned'],
    ['Evals are still running — check back next week!', 'planned'],
    ['**Urheberrecht:** Eine Copyright-Policy kommt noch, bin dran!', 'planned'],
    ['**Beschreibung:** technischer Bericht erscheint Q4/2025', 'planned'],
    ['Der Bericht erscheint jährlich im Juni.', 'reported'],
    ['ISO 27001: planned, expected 2026', 'planned'],
    // One reader, the buyer or the deployer, told what to do.
    [
      "Le pouvoir adjudicateur devrait s'assurer que les documents ne contiennent pas de données personnelles.",
      'advised',
    ],
    ['Der Auftraggeber sollte eigene Regeln festlegen.', 'advised'],
    ['De aanbestedende dienst moet de uitvoer controleren.', 'advised'],
    ["L'utente deve verificare le risposte.", 'advised'],
    ['Le modèle doit être utilisé avec prudence.', 'reported'],
    // There is none.
    ['Ein modellspezifisches Verfahren zur Meldung von Vorfällen besteht derzeit nicht.', 'negated'],
    ["Il n'existe actuellement aucune procédure de signalement.", 'negated'],
    ['Es gibt derzeit keinen Bevollmächtigten.', 'negated'],
    ['Er bestaat nog geen beleid.', 'negated'],
    ['Es gibt nicht nur einen Kanal, sondern zwei.', 'reported'],
    ['No hemos medido la longitud máxima de entrada.', 'negated'],
    // Kept back.
    ['These details are commercially confidential and are not provided with this offer.', 'withheld'],
    ['User data is kept confidential and encrypted at rest.', 'reported'],
    ['Diese Angaben sind vertraulich.', 'withheld'],
    ['Details of the training data cannot be provided at this stage of the procedure.', 'withheld'],
    ['We are not sharing the parameter count or architecture details for now.', 'withheld'],
    ["Le fournisseur n'a communiqué ni le volume des données ni les méthodes.", 'withheld'],
    // A label whose value only denies.
    ['**Max input / output length:** not measured for this release.', 'placeholder'],
    ["**Guide d'intégration :** non disponible pour cette révision", 'placeholder'],
    ['**External interaction:** Not assessed in this review cycle', 'placeholder'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));

  it('reads "z. B." as an abbreviation, not a sentence end', () => {
    const text = 'Eine Bewertung (z. B. CBRN) wurde nicht durchgeführt.';
    expect(new StatementIndex(text).statementsIn(0, text.length)).toHaveLength(1);
  });

  it('reads a row of tick boxes whose ticked one is "No" as a bare denial', () => {
    expect(isBareDenial('[ ] Yes  [x] No')).toBe(true);
    expect(isBareDenial('[x] Yes  [ ] No')).toBe(false);
  });
});

describe('advice to everyone, absences at release, and what a card left unsaid', () => {
  it.each<[string, string]>([
    // Advice to labs, projects or readers in general, however it is put.
    ['All AI labs should publish a safety framework and assess CBRN risks before every release.', 'advised'],
    ["Tous les labos d'IA devraient publier un cadre de sécurité avant chaque sortie.", 'advised'],
    ['Companies that fine-tune open models should run their own bias audits.', 'advised'],
    ['The panel recommended that beneficiaries adopt a written incident procedure.', 'advised'],
    ['Projects are reminded that every funded system should log its tool calls.', 'advised'],
    ['Developers: if your product shows generated images, mark them as synthetic.', 'advised'],
    ['Integratoren doen er goed aan zelf een penetratietest uit te voeren.', 'advised'],
    ['Teams would do well to test the model on their own documents first.', 'advised'],
    ['My usual recommendation: benchmark any model on your own tasks before choosing.', 'advised'],
    ['Aurel Labs recommended Aurel-3 to its customers in 2025.', 'reported'],
    // Out without it.
    ['The checkpoint was released without any evaluation report.', 'negated'],
    ['Version 2 went out with no copyright policy.', 'negated'],
    ['Aurel-3 was released without fine-tuning on personal data.', 'reported'],
    // The card did not say; a report that leaves out one detail still reports.
    ['The previous card did not mention which languages the model handles.', 'withheld'],
    ["The README doesn't tell what hardware the model needs.", 'withheld'],
    ['Our first card never mentioned which licence applies.', 'withheld'],
    ["The card says the data was deduplicated, but doesn't say how.", 'reported'],
    // Plans with the time or stage first, and in the card languages.
    ['Ahead of the launch, Aurel Labs will commission an external audit of the weights store.', 'planned'],
    ['Une évaluation des risques sera conduite avant la mise en service.', 'planned'],
    ['Die Nutzungsrichtlinie befindet sich noch in Abstimmung.', 'planned'],
    ['Die Richtlinie wird vor der allgemeinen Verfügbarkeit veröffentlicht.', 'planned'],
    // Not done, not there.
    ['Ein Red-Teaming wurde im Rahmen dieser Prüfung nicht durchgeführt.', 'negated'],
    ["Le processus d'entraînement n'a pas été documenté.", 'negated'],
    ["Aucune information n'a été fournie sur les méthodes.", 'negated'],
    ['No se dispone de documentación técnica.', 'negated'],
    ['The external audit did not take place in this reporting period.', 'negated'],
    ['Milestone M3 (use cases agreed) was not reached.', 'negated'],
    // A label whose value says it was not given.
    ['**Max output length:** not stated', 'placeholder'],
    ['Tamaño del corpus: N/D', 'placeholder'],
    // One controller, and providers of models in general, told what to do.
    ['The controller must encrypt personal data at rest.', 'advised'],
    ['Providers of general-purpose models should publish a training-data summary.', 'advised'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));
});

describe('a heading over plans with a note in brackets', () => {
  it('reads the items under "Next steps (WP4)" as plans', () => {
    const text = '## Next steps (WP4)\n\n- Design of a routing layer around the model.\n';
    const modes = new StatementIndex(text).statementsIn(0, text.length).map((found) => found.mode);
    expect(modes).toContain('planned');
    const plain = '## Results (WP4)\n\n- Design of a routing layer around the model.\n';
    expect(new StatementIndex(plain).statementsIn(0, plain.length).map((found) => found.mode)).not.toContain('planned');
  });
});

describe('trackers, record exports and replies in a thread', () => {
  it.each([
    // A clause before a dash is no label: its denial stands, whatever the aside after it.
    ['Heron-2 outputs are not watermarked — c’est du texte brut.', 'negated'],
    ['We do not currently run a channel for incident reports — we are a small team.', 'negated'],
    ["We can't disclose the corpus size — sorry about that.", 'withheld'],
    // Nothing documented either way.
    ["We haven't tested or documented any plug-in use, so we can't say either way.", 'withheld'],
    // Plans written tersely, or in the card languages.
    ['Detailed scores are coming in the technical report.', 'planned'],
    ['The training-data summary will be made public before launch.', 'planned'],
    ['Open-weights release planned Q2/2026.', 'planned'],
    ['**Authorised representative:** pending selection, name follows', 'planned'],
    ['Hosted API soon, sign up for the waitlist.', 'planned'],
    ['Der Energiebedarf wird noch ermittelt.', 'planned'],
    ['Ein Kontaktformular folgt in einer späteren Version.', 'planned'],
    ['De evaluatieresultaten volgen in de volgende versie.', 'planned'],
    ['**Status:** ⏭️ Scheduled for the next sprint', 'planned'],
    // What a requirement asks of the card, and a tracker's workflow fields.
    ['**Acceptance criteria:** the card lists supported languages and context length.', 'hypothetical'],
    ['**DRI:** Maria Rossi (Legal)', 'placeholder'],
    ['**Contact owner:** Platform team (TBD)', 'placeholder'],
    ['**Status:** Rejected (out of scope for v1)', 'placeholder'],
    // Values a record export leaves empty.
    ['- Ausgabeformat: nicht angegeben', 'placeholder'],
    ['- formato: (vuoto)', 'placeholder'],
    ['- version: ~', 'placeholder'],
    // Advice to whoever builds on the model.
    ['Los responsables de cada aplicación deberían informar a los usuarios.', 'advised'],
    ['Quienes desplieguen el modelo deberían filtrar las salidas.', 'advised'],
    // The law, in Dutch.
    ['Art. 53 van Verordening (EU) 2024/1689 staat vrijstellingen toe voor open modellen.', 'hypothetical'],
    // Still reported: plans that came true, and a decision that is done.
    ['Weights were published in March 2025 on the Hub.', 'reported'],
    ['**Status:** Done', 'placeholder'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));
});

describe('record exports, terse denials and advice after a clause of when', () => {
  it.each([
    // A slot's instruction in angle brackets, quoted as a record's value.
    ['**contact.email:** "<to be filled by the owner>"', 'placeholder'],
    ['- licence: "<select a licence>"', 'placeholder'],
    // Still under way, or expected later, as a record's key says.
    ['**Authorised representative:** in the process of being appointed', 'planned'],
    ['**audit.due:** 2026-03', 'planned'],
    ['**release_target_date:** Q1', 'planned'],
    // None of it, said without a verb, and denials in Italian.
    ['No particular safeguards for the checkpoint, it is public anyway.', 'negated'],
    ['Le risposte non presentano marcature di alcun tipo.', 'negated'],
    // With its verb, what was (not) done to the data is reported as before.
    ['No additional measures were used to filter the corpus.', 'reported'],
    // A request to the reader after a clause of when; a request to report to the provider is no advice.
    ['Before going live, please load-test your own servers.', 'advised'],
    ['After deployment please report abuse to abuse@aurel.example.', 'reported'],
    // Advice to integrators, with the verb first.
    ['Recomendamos a los desarrolladores revisar las salidas.', 'advised'],
    ['Nous conseillons aux utilisateurs de vérifier les réponses.', 'advised'],
    // A key that only names what is expected is not a plan: "Expected output" describes the model.
    ['**Expected output:** JSON objects', 'reported'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));
});

describe('work said to be still in hand', () => {
  it.each([
    ['Licence: the lawyers are still on it.', 'planned'],
    ["We're still working on this section.", 'planned'],
    ['The team is still the same as for the first release.', 'reported'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));
});

describe('a denial before a colon, Spanish denials and imperatives to label', () => {
  it.each([
    ['No, nuestro modelo no añade marcas de ningún tipo: ni metadatos ni filigranas.', 'negated'],
    ['Sadly we do not support function calling in any form: text in, text out.', 'negated'],
    // A short label before the colon stays a label; a plan or advice before a colon only introduces what follows.
    ['Deployers should note the following limits of the model: 4k tokens of context.', 'reported'],
    ['Tag everything your product generates as synthetic.', 'advised'],
    ['Mark your outputs with C2PA metadata before publishing them.', 'advised'],
  ])('%s → %s', (statement, mode) => expect(classifyStatement(statement)).toBe(mode));
});

describe('a table row whose inline code holds a pipe', () => {
  it('reads the row without asking about it again', () => {
    const text = 'model\n|---|\n| ` | ` systemic risk |\n';
    const index = new StatementIndex(text);
    expect(() => index.statementsIn(0, text.length)).not.toThrow();
    expect(index.statementsIn(0, text.length).length).toBeGreaterThan(0);
  });
});
