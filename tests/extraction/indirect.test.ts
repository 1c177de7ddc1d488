import { findIndirect } from '../../src/extraction/indirect';

const clauses = (sentence: string) => findIndirect(sentence).map((f) => ({ text: sentence.slice(f.start, f.end), cue: f.cue, ref: f.ref }));

describe('findIndirect', () => {
  it('reads X said (that) <clause>', () => {
    expect(clauses('Rajnath Singh said strategic convergence should guide the two countries.')).toMatchObject([
      { text: 'strategic convergence should guide the two countries', cue: 'said', ref: { name: 'Rajnath Singh' } },
    ]);
    expect(clauses('The ministry told reporters that six deaths were of children.')[0]).toMatchObject({ text: 'six deaths were of children', cue: 'told' });
  });

  it('reads "lamented that" and "complained that" as reporting verbs', () => {
    expect(clauses('The mayor lamented that the town had been forgotten by the government.').map((c) => c.cue)).toEqual(['lamented']);
    expect(clauses('Residents complained that the alerts had come too late.').map((c) => c.cue)).toEqual(['complained']);
  });

  it('reads the preposed form "<clause>, officials said."', () => {
    expect(clauses('A total of 39 are confirmed dead, officials told state media, adding that rescuers left.')[0]).toMatchObject({
      text: 'A total of 39 are confirmed dead',
      ref: { kind: 'unknown' },
    });
  });

  it('takes no clause after a preposed one\'s verb, a weekday and a participle that reports nothing', () => {
    const found = clauses('The emergency department will close every night, the health authority confirmed Wednesday, citing a shortage of nurses.');
    expect(found.map((f) => f.text)).toEqual(['The emergency department will close every night']);
    // (", adding that …" reports a clause of its own.)
    expect(clauses('The bridge is closed, Vardakis told reporters on Monday, adding that he would not comment further.').some((f) => f.text.endsWith('he would not comment further'))).toBe(true);
  });

  it('keeps a reported clause with a quoted fragment woven in after some narration', () => {
    // Masked as extraction masks it: the quoted words are "…".
    expect(clauses('An official at the regulator said the tool was “……………”.')).toMatchObject([{ text: 'the tool was “……………”', cue: 'said' }]);
    // A clause that is the quotation itself stays the direct quotation's.
    expect(clauses('The minister said “……………” about the plan.')).toEqual([]);
  });

  it('reads "told X through an interpreter that" and "by phone that" as the verb, then the clause', () => {
    expect(clauses('One of the survivors told ERT through an interpreter that the smugglers had charged each passenger.')[0]).toMatchObject({ text: 'the smugglers had charged each passenger' });
    expect(clauses('Marie Lenga told the Daily Post by phone that the ministry was reviewing the act.')[0]).toMatchObject({ text: 'the ministry was reviewing the act' });
  });

  it('reads a clause that opens with a quantity ("at least", "about 9,000"), not a preposition', () => {
    expect(clauses('He said at least six companies in Bayan Lepas had already expressed interest.')[0]).toMatchObject({ text: 'at least six companies in Bayan Lepas had already expressed interest' });
    expect(clauses('She said about 9,000 residents had sought treatment.')[0]).toMatchObject({ text: 'about 9,000 residents had sought treatment' });
    expect(clauses('He said at a press conference the plan would go ahead.')).toEqual([]);
  });

  it('reads "told this reporter that" and "told a journalist that" as the verb and its object', () => {
    expect(clauses('A fisherman told this reporter that aid had been slow to arrive.')[0]).toMatchObject({ text: 'aid had been slow to arrive' });
  });

  it('reads "this" as the subject of a clause, but not "this week" as one', () => {
    expect(clauses('Smith told Wikinews this might happen in cases of illegal fishing.')[0]).toMatchObject({ text: 'this might happen in cases of illegal fishing' });
    expect(clauses('The ministry said this week that six deaths were of children.')[0]).toMatchObject({ text: 'six deaths were of children' });
  });

  it('skips a prepositional phrase ending in "that", and a time adjunct with its comma', () => {
    expect(clauses('Ford said in a filing to the U.S. Securities and Exchange Commission that the investigation started in May.')[0]).toMatchObject({
      text: 'the investigation started in May',
      ref: { name: 'Ford' },
    });
    expect(clauses('Al Jazeera reported on Thursday, coverage had risen to 55 percent.')[0]).toMatchObject({ text: 'coverage had risen to 55 percent' });
  });

  it('reads a cue inserted into the sentence, from the start of its clause', () => {
    expect(clauses('The guardrail would be examined, Roberts said, to determine if it had performed as designed.')[0]).toMatchObject({
      text: 'The guardrail would be examined',
      ref: { name: 'Roberts' },
    });
    expect(clauses('Two trucks collided; around 50 gallons of diesel fuel, officials said, spilled and ignited.')[0]).toMatchObject({
      text: 'around 50 gallons of diesel fuel',
      ref: { kind: 'unknown' },
    });
  });

  it('finds the source of "according to" behind a bracketed acronym, a document and a time adjunct', () => {
    expect(clauses('According to the World Health Organization (WHO), vaccination covered only about 31 percent of Samoans.')[0]).toMatchObject({
      ref: { kind: 'organization', name: 'World Health Organization' },
    });
    expect(clauses('According to a survey published in 2017 by the Royal Pharmaceutical Society, most Britons did not wash their hands.')[0]).toMatchObject({
      ref: { kind: 'organization', name: 'Royal Pharmaceutical Society' },
    });
    expect(clauses('The former president has died, according to current president Emmerson Mnangagwa on Friday.')[0]).toMatchObject({
      text: 'The former president has died',
      ref: { kind: 'person', name: 'Emmerson Mnangagwa' },
    });
  });

  it('reads "according to" a description and the name in apposition after it as that person', () => {
    expect(clauses('According to the regional chairperson of the School Feeding Caterers Association, Hajia Mariama Alhassan, the caterers are owed for 58 feeding days.')[0]).toMatchObject({
      text: 'the caterers are owed for 58 feeding days',
      ref: { kind: 'person', name: 'Mariama Alhassan' },
    });
  });

  it('reads the clause after the document it was said in, and a preposed cue with its document', () => {
    expect(clauses('The coast guard said in a statement the vessel had been spotted by a patrol aircraft.')[0]).toMatchObject({
      text: 'the vessel had been spotted by a patrol aircraft',
    });
    expect(clauses('The site contains kilns and storage rooms, the ministry said in a statement posted on its Facebook page.')[0]).toMatchObject({
      text: 'The site contains kilns and storage rooms',
      ref: { kind: 'organization' },
    });
    // ("said in a statement issued on Monday" with no clause after it reports nothing.)
    expect(clauses('The company said in a statement issued on Monday.')).toEqual([]);
  });

  it('ignores verbs without a reported clause', () => {
    expect(clauses('He said in a statement on Friday.')).toEqual([]);
    // Sentences are masked before this stage: a quotation's words are "…" and never a reported clause.
    expect(clauses('She said, “……”')).toEqual([]);
  });
  it('reads a reported clause that opens with a share ("said about a third of his staff had come")', () => {
    expect(clauses('The headmaster said about a third of his staff had come to teach.')).toMatchObject([{ text: 'about a third of his staff had come to teach', cue: 'said' }]);
    expect(clauses('She said about half the stalls were empty.')).toMatchObject([{ text: 'about half the stalls were empty', cue: 'said' }]);
  });
  it('marks a cue that leads a quotation ("Asked whether …, Holm said:", "Speaking to …, he said:") as reporting no clause', () => {
    expect(findIndirect('Asked whether the mayor had been told of the complaints, Holm said: “……”').map((f) => f.leadsQuotation)).toEqual([true]);
    // ("According to her, …": the pronoun is the source.)
    expect(findIndirect('According to her, the suspects had been watched for weeks.').map((f) => f.ref)).toEqual([{ kind: 'pronoun', pronoun: 'she', gender: 'female', plural: false }]);
    expect(findIndirect('Speaking to BBC Radio Ulster’s morning programme, he said: “……”').map((f) => f.leadsQuotation)).toEqual([true]);
    expect(findIndirect('The guardrail would be examined next week, Roberts said.').map((f) => f.leadsQuotation)).toEqual([undefined]);
  });
});

describe('a clause two verbs lead to', () => {
  it('is reported once ("said in a statement posted on X late Wednesday that …")', () => {
    const body = 'The alliance, which groups at least four armed movements, said in a statement posted on X late Wednesday that it was ready to halt hostilities for the communities it claims to protect.';
    expect(clauses(body).map((c) => c.text)).toEqual(['it was ready to halt hostilities for the communities it claims to protect']);
  });
});
