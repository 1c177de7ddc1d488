import { phraseAfter, speechVerbs, stripTrailingAdjuncts, subjectBefore, clauseSubject, unnamedPersonOpening, cueVerbs } from '../../src/extraction/cueGrammar';
import { subjectOfVerb } from '../../src/extraction/subject';
import { parseSpeakerPhrase } from '../../src/extraction/speakerPhrase';
import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

const names = (p: string) => parseSpeakerPhrase(p) !== null;

describe('cue grammar', () => {
  it('finds speech verbs in any tense', () => {
    expect(speechVerbs('she says, he told them, they had tweeted, it warns').map((v) => v.verb)).toEqual(['says', 'told', 'tweeted', 'warns']);
    // ("posed" asks a question in Kenyan copy, but not with an object, nor right before the quotation it governs.)
    expect(speechVerbs('posed').map((v) => v.verb)).toEqual(['posed']);
    // (After an article a participle is an adjective: "the alleged leader", "the added-time free".)
    expect(speechVerbs('Kwabena Asare, the alleged leader of the gang, led them').map((v) => v.verb)).toEqual([]);
    expect(speechVerbs('the plant posed a threat, and it posed ').map((v) => v.verb)).toEqual([]);
  });

  it('drops adjuncts between subject and verb', () => {
    expect(stripTrailingAdjuncts('Defence Minister Rajnath Singh on Friday')).toBe('Defence Minister Rajnath Singh');
    expect(stripTrailingAdjuncts('the ministry, in a statement,')).toBe('the ministry');
    expect(stripTrailingAdjuncts('Dittmar went on to')).toBe('Dittmar');
  });

  it('takes the subject from the last clause, skipping asides and joining appositives', () => {
    expect(subjectBefore('In his opening remarks with Lloyd Austin, Rajanth Singh ', names)?.phrase).toBe('Rajanth Singh');
    expect(subjectBefore('Cherry, who led the petition, ', names)?.phrase).toBe('Cherry');
    // An American legislator's party and home is an aside, with or without a helper verb after it.
    expect(subjectBefore('Rep. Luis Ortega, D-San Antonio, ', names)?.phrase).toBe('Rep. Luis Ortega');
    expect(subjectBefore('Senate Majority Leader Roger Kistler, R-Lancaster, has ', names)?.phrase).toBe('Senate Majority Leader Roger Kistler');
    expect(subjectBefore('Ane Alencar, in remarks to UOL.com.br, ', names)?.phrase).toBe('Ane Alencar');
    // (A long subject is never cut inside its name.)
    expect(subjectBefore("Keiko Nakamura of the University of Otago's Department of Geology ", names)?.phrase).toMatch(/^Keiko Nakamura/);
    // (Nor inside a title "of the" body before its holder's name.)
    expect(subjectBefore("However, Convener of the Electricity Workers' Joint Trade Union Front Kapila Nanayakkara ", names)?.phrase).toMatch(/^Convener of the/);
    expect(subjectBefore('Sophie Obadia, another lawyer for the victim, ', names)?.phrase).toBe('Sophie Obadia, another lawyer for the victim');
  });

  it('reads on over a body\'s bracketed initials to the title and name after them', () => {
    expect(phraseAfter('Justice and Development Party (AKP) Istanbul lawmaker Zeynep Aksoylu, a member of parliament.')?.phrase).toBe('Justice and Development Party (AKP) Istanbul lawmaker Zeynep Aksoylu, a member of parliament');
    expect(phraseAfter('Sri Lanka Podujana Peramuna (SLPP) MP Udaya Pathirana.')?.phrase).toBe('Sri Lanka Podujana Peramuna (SLPP) MP Udaya Pathirana');
    // (Not initials that close the phrase.)
    expect(phraseAfter('the Nigeria Police Force (NPF) in a statement.')?.phrase).toBe('the Nigeria Police Force');
  });

  it('keeps the clause by which someone unnamed after an inverted verb names themselves', () => {
    expect(phraseAfter('one driver in Kamenge, who gave his name only as Jean-Claude.')?.phrase).toBe('one driver in Kamenge, who gave his name only as Jean-Claude');
    expect(phraseAfter('a young herder who gave his name only as Lemayan.')?.phrase).toBe('a young herder, who gave his name only as Lemayan');
    // (Only after someone unnamed, and only that clause: where they are alone stays out.)
    expect(phraseAfter('one driver in Kamenge.')?.phrase).toBe('one driver');
    expect(phraseAfter('Jane Doe, who gave her name only as Jane.')?.phrase).toBe('Jane Doe');
    const body = 'Fuel queues grew in Bujumbura.\n\n"We used to take home 15,000 francs a day," said one driver in Kamenge, who gave his name only as Jean-Claude.';
    expect(extractQuotes(parseArticle(body, 'a.txt')).map((q) => q.speaker.name)).toEqual(['Jean-Claude']);
  });

  it('reads the phrase after an inverted verb up to a preposition', () => {
    expect(phraseAfter('the Ministry of Defence in a statement.')?.phrase).toBe('the Ministry of Defence');
    expect(phraseAfter('Jane Doe, the chief executive.')?.phrase).toBe('Jane Doe, the chief executive');
    // (A title's abbreviation keeps its stop: "Coun." ends no sentence.)
    expect(phraseAfter('Coun. Marisa Delorme (Point Douglas), who chairs the committee.')?.phrase).toBe('Coun. Marisa Delorme');
    // (A party's bracketed letter is part of its initials: "JD(U)".)
    expect(phraseAfter('JD(U) spokesperson Sanjeev Kumar Rai.')?.phrase).toBe('JD(U) spokesperson Sanjeev Kumar Rai');
    // (An office's initials take the unit in brackets before the holder's name; a body's do not take a bracket.)
    expect(phraseAfter('ACP (CEN) Mahesh Kotrappa, who supervised the investigation.')?.phrase).toBe('ACP (CEN) Mahesh Kotrappa');
    expect(phraseAfter('the NHS (England) said so.')?.phrase).toBe('the NHS');
    // (An "and" inside a body's name does not end the phrase; one between two bodies does.)
    expect(phraseAfter('the Irish Nurses and Midwifery Organisation, as the union warned')?.phrase).toBe('the Irish Nurses and Midwifery Organisation');
    expect(phraseAfter('Microsoft and Google, the firms said')?.phrase).toBe('Microsoft');
  });

  it('finds the subject at the start of a clause for participles', () => {
    expect(clauseSubject('In a press release, the Turkish Ministry of Foreign Affairs denounced the summit', (p) => {
      const r = parseSpeakerPhrase(p);
      return r !== null && r.kind !== 'unknown';
    })?.phrase).toBe('the Turkish Ministry of Foreign Affairs');
    // ("Late Monday afternoon," opens the clause as "On Monday," does: the subject follows it.)
    expect(clauseSubject('Late Monday afternoon, Sampson posted a photo on Facebook', (p) => {
      const r = parseSpeakerPhrase(p);
      return r !== null && r.kind !== 'unknown';
    })?.phrase).toBe('Sampson');
  });

  it('reads a place and a person noun before a name as one subject, but not a verb and its object', () => {
    const names = (p: string) => {
      const r = parseSpeakerPhrase(p);
      return r !== null && r.kind !== 'unknown';
    };
    expect(clauseSubject('Its founder, Singleton mine worker Mick Raftery, summed up the mood', names)?.phrase).toBe('Its founder, Singleton mine worker Mick Raftery');
    expect(clauseSubject('he radioed the pilot, Beat Lauber, as he reached the ledge', names)?.phrase).toBe('he');
  });
});

describe('stripTrailingAdjuncts', () => {
  it('drops time adjuncts, statements and adverbs between a subject and its verb', () => {
    expect(stripTrailingAdjuncts('Jane Doe on Friday')).toBe('Jane Doe');
    expect(stripTrailingAdjuncts('the ministry, in a statement,')).toBe('the ministry');
    expect(stripTrailingAdjuncts('He later reportedly')).toBe('He');
    expect(stripTrailingAdjuncts('The minister has also')).toBe('The minister');
  });

  it('keeps names that merely end like an adjunct word ("…on", "…ly")', () => {
    expect(stripTrailingAdjuncts('current president Emmerson Mnangagwa')).toBe('current president Emmerson Mnangagwa');
    expect(stripTrailingAdjuncts('Jon Smith')).toBe('Jon Smith');
    expect(stripTrailingAdjuncts('Jane Kelly')).toBe('Jane Kelly');
    expect(stripTrailingAdjuncts('Emily')).toBe('Emily');
  });
});

describe('a coordinated verb before the speech verb', () => {
  const names = (p: string) => /^(?:\p{Lu}[\p{L}-]*\s?)+$/u.test(p) || /^the minister$/i.test(p);
  it('finds the subject of the first verb ("Alemu smiled and said")', () => {
    expect(subjectBefore('Asked whether she would double, Alemu smiled and ', names)?.phrase).toBe('Alemu');
    expect(subjectBefore('The minister stood up and ', names)?.phrase).toBe('The minister');
    expect(subjectBefore('Rachel Ashworth shook her head and ', names)?.phrase).toBe('Rachel Ashworth');
  });
});

describe('a speech verb under a modal', () => {
  it('is no cue when a reporting verb comes before it', async () => {
    const { cueVerbs } = await import('../../src/extraction/cueGrammar');
    expect(cueVerbs('Aydoğan said the government would announce ').map((v) => v.verb)).toEqual(['said']);
    // Alone, it still cues ("The minister will announce “new measures”").
    expect(cueVerbs('The minister will announce ').map((v) => v.verb)).toEqual(['announce']);
  });
});

describe('pointing to something after a speech verb', () => {
  it('is what the clause reports, no cue of its own', () => {
    expect(cueVerbs("Justice Owen Strickland wrote that the Crown's evidence pointed to ").map((v) => v.verb)).toEqual(['wrote']);
    // "pointed out" still cues, and so does pointing alone ("The commissioner pointed to “…”").
    expect(cueVerbs('Mills said the audit had pointed out ').map((v) => v.verb)).toEqual(['said', 'pointed']);
    expect(cueVerbs('The commissioner pointed to ').map((v) => v.verb)).toEqual(['pointed']);
  });
});

describe('names in an address before the subject', () => {
  it('never takes the letter\'s addressee, or a name beside it, for the writer', () => {
    expect(subjectOfVerb("In a letter to Health Minister Samuel Nkansah and the hospital's board chairman, Isaac Quaye, the Korle Valley branch of the Health Workers' Union ", 'wrote')?.ref).toMatchObject({ kind: 'organization', name: "Health Workers' Union" });
    expect(subjectOfVerb("In a letter to Indigenous Services Minister Helen Marchand and Ontario's Indigenous Affairs Minister, Luc Thibodeau, the chief and council ", 'wrote')?.ref).not.toMatchObject({ name: 'Luc Thibodeau' });
  });
});

describe('a lower-case office in apposition', () => {
  it('is an aside between a name and its verb ("Jenny Thwaite, manager of the …, said")', () => {
    expect(subjectOfVerb('Jenny Thwaite, manager of the Kelderby Business Improvement District, ', 'said')?.ref).toMatchObject({ kind: 'person', name: 'Jenny Thwaite' });
    // (A dateline in title case opens no subject: the body after it is the second verb's subject.)
    expect(subjectOfVerb('Bengaluru: The High Court of Karnataka on Tuesday pulled up the state government, and ', 'warned')?.ref).toMatchObject({ kind: 'organization', name: 'High Court of Karnataka' });
    // ("His Honour" is a style of address, no description that owns: the opening participle is no name.)
    expect(subjectOfVerb('Sentencing, His Honour Judge Richard Ashworth ', 'said')?.ref).toMatchObject({ kind: 'person', name: 'Richard Ashworth' });
  });
});

describe('unnamedPersonOpening', () => {
  it('finds someone unnamed who opens a sentence as its subject, with the description up to the verb', () => {
    expect(unnamedPersonOpening('In the hamlet of Batu Palano in Agam Regency, a resident who asked not to be named described a roar')?.description).toBe('a resident');
    expect(unnamedPersonOpening('One man waiting at a bus stop in Algés was less sympathetic:')).toEqual({ description: 'One man', start: 0 });
    expect(unnamedPersonOpening('Across the street, a 45-year-old office worker said she was shocked.')).toEqual({ description: 'a 45-year-old office worker', start: 19 });
    expect(unnamedPersonOpening('Another commuter, a student from Lille, shrugged:')?.description).toBe('Another commuter');
    // (The description in apposition to "Another".)
    expect(unnamedPersonOpening('Another, a man in his thirties with a bandaged hand, was blunter.')?.description).toBe('Another, a man');
    expect(unnamedPersonOpening('One of them, who declined to give her name, said the allocation had been unfair.')).not.toBeNull();
    // (Named after all.)
    expect(unnamedPersonOpening('One of them, who gave his name only as Efraín, helped the researchers.')).toBeNull();
  });

  it('leaves things, documents, groups and spokespeople alone', () => {
    expect(unnamedPersonOpening('A single borehole, he cautions, offers only a snapshot.')).toBeNull();
    expect(unnamedPersonOpening('A statement from the ministry said the road would reopen.')).toBeNull();
    expect(unnamedPersonOpening('A group of residents said they would sue.')).toBeNull();
    expect(unnamedPersonOpening('A spokesperson said the firm was cooperating.')).toBeNull();
    // (A verb before the noun: no description of someone unnamed.)
    expect(unnamedPersonOpening('Another was tour manager Thomas Gray, 24, who cited rugby:')).toBeNull();
  });
});

describe('cueVerbs after a document\'s noun', () => {
  it('skips a participle that describes the document, and keeps a document that "read"', () => {
    expect(cueVerbs('In a statement posted on its Facebook page, the NOC said production had fallen to ').map((v) => v.verb)).toEqual(['said']);
    expect(cueVerbs('The post read: ').map((v) => v.verb)).toEqual(['read']);
    expect(cueVerbs('The ministry posted ').map((v) => v.verb)).toEqual(['posted']);
    // (After a determiner and a modifier, "ruling" is the document: the verb is "wrote".)
    expect(cueVerbs('The Athletics Disciplinary Tribunal, chaired by barrister Helen Marsh, wrote in its 46-page ruling: ').map((v) => v.verb)).toEqual(['wrote']);
    // ("term" and "recount" are nouns there too: the verb is "called", "said".)
    expect(cueVerbs('Dewi Anggraini called the seven-year term ').map((v) => v.verb)).toEqual(['called']);
    expect(cueVerbs('Justice Efua Amankwah said the first recount had been ').map((v) => v.verb)).toEqual(['said']);
    // (A participle after a noun, then "at" a proceeding, says what was done to the noun; "posted on X" is a verb.)
    expect(cueVerbs('Lathridge said in a statement that the conduct described at trial ').map((v) => v.verb)).toEqual(['said']);
    expect(cueVerbs('Within minutes the agency posted on X: ').map((v) => v.verb)).toEqual(['posted']);
    // (A speech noun before an auxiliary is the clause's subject; "said" before one is still the verb.)
    expect(cueVerbs('Judge Wong said the psychiatric report did not ').map((v) => v.verb)).toEqual(['said']);
    expect(cueVerbs('retaining walls, a project he said had been ').map((v) => v.verb)).toEqual(['said']);
  });
});

describe('cueVerbs after a possessive', () => {
  it('reads a speech word after a possessive as a noun ("the minister\'s answer"), so the verb before it is the cue', () => {
    expect(cueVerbs("Sinéad Brennan, the Labour Party's health spokesperson, called the minister's answer ").map((v) => v.verb)).toEqual(['called']);
  });
});

