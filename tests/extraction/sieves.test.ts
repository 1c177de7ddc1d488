/** Each attribution sieve alone, on the pattern it exists for and on one it must leave alone. */
import { inputFor } from './helpers';
import { trailingCue } from '../../src/extraction/sieves/trailingCue';
import { leadingCue } from '../../src/extraction/sieves/leadingCue';
import { splitCue } from '../../src/extraction/sieves/splitCue';
import { passiveBy } from '../../src/extraction/sieves/passiveBy';
import { findingThat } from '../../src/extraction/sieves/findingThat';
import { accordingTo } from '../../src/extraction/sieves/accordingTo';
import { quotedAuthor } from '../../src/extraction/sieves/quotedAuthor';
import { colonName } from '../../src/extraction/sieves/colonName';
import { colonClause } from '../../src/extraction/sieves/colonClause';
import { sameSentence } from '../../src/extraction/sieves/sameSentence';
import { precedingColon } from '../../src/extraction/sieves/precedingColon';
import { colonLeadIn } from '../../src/extraction/sieves/colonLeadIn';
import { issuedStatement } from '../../src/extraction/sieves/issuedStatement';
import { followingSentence } from '../../src/extraction/sieves/followingSentence';
import { sameParagraph } from '../../src/extraction/sieves/sameParagraph';
import { paragraphContinuation } from '../../src/extraction/sieves/paragraphContinuation';
import { sentenceVerb } from '../../src/extraction/sieves/sentenceVerb';
import { nearbyMention } from '../../src/extraction/sieves/nearbyMention';
import type { Attribution } from '../../src/extraction/sieves/types';
import { extractQuotes } from '../../src/extraction';
import { parseArticle } from '../../src/articles';

const known: Attribution = { ref: { kind: 'person', name: 'Jane Doe', role: null, gender: 'female' }, refStart: 0, cue: 'said', confidence: 0.95, sieve: 'trailingCue' };

describe('trailingCue', () => {
  it('reads "quote," said X and "quote," X said', () => {
    expect(trailingCue(inputFor('“We won,” said the Ministry of Defence in a statement.', 'We won'))).toMatchObject({ ref: { kind: 'organization', name: 'Ministry of Defence' }, cue: 'said' });
    expect(trailingCue(inputFor('“We won,” Deputy Minister Alexander Chupriyan told TASS.', 'We won'))).toMatchObject({ ref: { name: 'Alexander Chupriyan', role: 'Deputy Minister' }, cue: 'told' });
    expect(trailingCue(inputFor('“We won,” he said.', 'We won'))?.ref).toMatchObject({ kind: 'pronoun', pronoun: 'he' });
  });
  it('reads Kenyan copy\'s "posed" after a question as its cue', () => {
    expect(trailingCue(inputFor('“How do you expect people to be patient?” posed Mghanga.', 'How do'))?.ref).toMatchObject({ kind: 'person', name: 'Mghanga' });
  });
  it('reads no speaker after a participle: what follows "saying" is what was said', () => {
    expect(trailingCue(inputFor('Dr Halima Lapai described the clash as "avoidable and unfortunate", saying the government had begun a plan.', 'avoidable'))).toBeNull();
  });
  it('reads no speaker in a relative clause whose verb leaves its preposition at the end ("the scenario police warned about")', () => {
    expect(trailingCue(inputFor('Craig Mulholland said the case was "exactly the scenario" police warned about every week.', 'exactly'))).toBeNull();
    expect(trailingCue(inputFor('“Stay indoors,” police warned on Tuesday.', 'Stay'))?.ref).toMatchObject({ name: 'Police' });
  });
  it('finds the person in an appositive list after the verb', () => {
    expect(trailingCue(inputFor('“Brilliant,” said University of California, San Diego’s chancellor, Pradeep Khosla.', 'Brilliant'))?.ref).toMatchObject({ kind: 'person', name: 'Pradeep Khosla' });
    expect(trailingCue(inputFor('“We are short,” said the union’s president, Josée Vaillancourt.', 'We are short'))?.ref).toMatchObject({ kind: 'person', name: 'Josée Vaillancourt' });
    // A name right after the quotation, then long asides before the verb.
    const long = '“We did not drive 400 kilometres,” Arnaud Lescure, head of the National Federation of Farm Operators (FNEA), the country’s biggest farmers’ union, told AFP.';
    expect(trailingCue(inputFor(long, 'We did not drive'))?.ref).toMatchObject({ kind: 'person', name: 'Arnaud Lescure' });
    // (An adverb before the verb is dropped only as a whole word: "Bacalso" and "Htoo" keep their endings.)
    expect(trailingCue(inputFor('“We are not discounting anything,” Bacalso told reporters.', 'We are'))?.ref).toMatchObject({ kind: 'person', name: 'Bacalso' });
    expect(trailingCue(inputFor('“We close,” Aung Naing Htoo said.', 'We close'))?.ref).toMatchObject({ kind: 'person', name: 'Aung Naing Htoo' });
    expect(trailingCue(inputFor('“We close,” Aung Naing Htoo also said.', 'We close'))?.ref).toMatchObject({ kind: 'person', name: 'Aung Naing Htoo' });
    // (Or a short aside the phrase parser does not read whole, and a style with "the" before the name.)
    expect(trailingCue(inputFor('“We have buried too many,” Clarence Whitmore, Zion Hill’s pastor since 2005, said Monday.', 'We have'))?.ref).toMatchObject({ kind: 'person', name: 'Clarence Whitmore' });
    expect(trailingCue(inputFor('“We have buried too many,” the Rev. Clarence Whitmore, Zion Hill’s pastor for the past 19 years, said Monday.', 'We have'))?.ref).toMatchObject({ kind: 'person', name: 'Clarence Whitmore' });
  });
  it('does not read a new sentence as a cue', () => {
    expect(trailingCue(inputFor('“We won.” The crowd cheered loudly.', 'We won'))).toBeNull();
  });
});

describe('leadingCue', () => {
  it('reads X said: / X said, / X said that “…”', () => {
    expect(leadingCue(inputFor('Rajanth Singh said, “We agree.”', 'We agree'))).toMatchObject({ ref: { name: 'Rajanth Singh' }, cue: 'said', fragment: false });
    expect(leadingCue(inputFor('The mayor said that “nothing changed.”', 'nothing changed'))?.ref).toMatchObject({ kind: 'described' });
  });
  it('does not take "could begin" for a speech verb: the cue is the governor\'s "said"', () => {
    const text = 'The Bank of Ghana kept its rate unchanged, saying inflation was falling slowly, but Governor Kwabena Asante-Mensah said cuts could begin “later this year” if the cedi held.';
    expect(leadingCue(inputFor(text, 'later this year'))?.ref).toMatchObject({ kind: 'person', name: 'Kwabena Asante-Mensah' });
  });
  it('reads "numbers that Mbeki called “…”" as Mbeki\'s words, not as a name given to the numbers', () => {
    const text = 'The policy was criticised for setting minimum numbers that Mbeki called “a floor that became a ceiling”.';
    expect(extractQuotes(parseArticle(`Coroner Jonathan Mbeki opened the inquest.\n\n${text}`, 't.txt')).map((q) => q.speaker.name)).toEqual(['Jonathan Mbeki']);
    // "a process called “exfiltration”" names a thing.
    expect(extractQuotes(parseArticle('Hackers used a process called “exfiltration” to steal the data.', 't.txt'))).toEqual([]);
  });
  it('reads "dismissed X as “…”" and "rejected X as “…”" as describing verbs of the subject', () => {
    expect(leadingCue(inputFor('Regional government sources dismissed the protest as “a political march”, according to Europa Press.', 'a political march'))?.ref).toMatchObject({ kind: 'unknown' });
    expect(leadingCue(inputFor('A spokesperson for the ECP rejected the allegations as “baseless” on Monday.', 'baseless'))?.ref).toMatchObject({ kind: 'organization', name: 'ECP' });
  });
  it('flags a fragment woven in with a describing verb', () => {
    expect(leadingCue(inputFor('Schiff called it “a non-starter” on Monday.', 'a non-starter'))).toMatchObject({ ref: { name: 'Schiff' }, fragment: true });
  });
  it('ignores a speech verb far from the quotation', () => {
    expect(leadingCue(inputFor('He said the plan would fail because of the many problems people had seen in “other places”.', 'other places'))).toBeNull();
  });
});

describe('splitCue', () => {
  it('joins “A,” he said, “B.” and reads the cue between', () => {
    const input = inputFor('“The water rose,” the chief said, “and we left.”', 'The water rose');
    expect(input.candidates[input.index].parts).toHaveLength(2);
    expect(splitCue(input)?.ref).toMatchObject({ kind: 'described', head: 'chief' });
  });

  it('reads the name after a description that closes on its body\'s initials', () => {
    const input = inputFor('"We saw this coming," said the Executive Secretary of the Kogi State Emergency Management Agency (SEMA), Mr. Muhammed Yahaya Ogirima. "We issued warnings."', 'We saw');
    expect(splitCue(input)?.ref).toMatchObject({ kind: 'person', name: 'Muhammed Yahaya Ogirima' });
  });
});

describe('passiveBy', () => {
  it('reads the agent of a passive speech verb, before or after the quotation', () => {
    expect(passiveBy(inputFor('He was told by Emergencies Minister Yevgeny Zinichev of “forty people” missing.', 'forty'))?.ref).toMatchObject({ name: 'Yevgeny Zinichev' });
    expect(passiveBy(inputFor('Amman was described as “knife-obsessed” by the police.', 'knife'))?.ref).toMatchObject({ kind: 'organization', name: 'Police' });
  });
});

describe('findingThat', () => {
  it('gives what a court, a judge or a report "found" or "held" that to them, with or without its "that"', () => {
    expect(findingThat(inputFor('In its ruling, the court found that the hospital had “failed in its duty to provide emergency care”.', 'failed'))?.ref).toMatchObject({ kind: 'organization', name: 'court' });
    expect(findingThat(inputFor('Principal Magistrate Omar Kinteh held that the plaintiffs had shown “a serious issue to be tried”.', 'a serious'))?.ref).toMatchObject({ kind: 'person', name: 'Omar Kinteh' });
    expect(findingThat(inputFor('A 2021 study by the Emirates Water Research Centre found that algal blooms posed “a growing and under-priced risk”.', 'a growing'))?.ref).toMatchObject({ kind: 'organization', name: 'Emirates Water Research Centre' });
    expect(findingThat(inputFor('Police found the car on a road they called “the back way”.', 'the back'))).toBeNull();
    // "that" left out: a clause with its own verb after "found" is still the finding; a passive or a finding
    // reported by someone who speaks is not.
    expect(findingThat(inputFor('Justice Miriam Otieno found the union had shown “a prima facie case”.', 'a prima'))?.ref).toMatchObject({ kind: 'person', name: 'Miriam Otieno' });
    expect(findingThat(inputFor('In its ruling, the tribunal found the expansion was “likely to deliver benefits”.', 'likely'))?.ref).toMatchObject({ kind: 'organization', name: 'tribunal' });
    expect(findingThat(inputFor('He said the hall had been assessed in 2020 and found to have been “heavily altered”.', 'heavily'))).toBeNull();
    expect(findingThat(inputFor('She said the team found it could account for “at most a third”.', 'at most'))).toBeNull();
  });
});

describe('accordingTo', () => {
  it('reads according to X on either side', () => {
    expect(accordingTo(inputFor('According to Rutgers scholar Kelly Dittmar, “Women hold fewer seats.”', 'Women'))?.ref).toMatchObject({ name: 'Kelly Dittmar' });
    expect(accordingTo(inputFor('Sales rose in a “sharp increase”, according to a Woolworths spokesperson.', 'sharp'))?.ref).toMatchObject({ kind: 'organization', name: 'Woolworths' });
  });
});

describe('colonName and colonClause', () => {
  it('reads Name: “…” and Clause-with-subject: “…”', () => {
    expect(colonName(inputFor('Jane Doe: “I am proud.”', 'I am proud'))?.ref).toMatchObject({ name: 'Jane Doe' });
    expect(colonClause(inputFor("Brazilian President Jair Bolsonaro opposed Macron's statement: “It is colonialist.”", 'It is'))?.ref).toMatchObject({ name: 'Jair Bolsonaro' });
    expect(colonName(inputFor('The results were clear: “a win”.', 'a win'))).toBeNull();
  });

  it('keeps an unnamed person whose description opens with a body\'s initials unnamed ("An HSC emergency nurse … put it this way:")', () => {
    const input = inputFor('An HSC emergency nurse, who asked not to be named, put it this way: “We have 30 patients in the hallways.”', 'We have');
    expect(colonClause(input)?.ref).toEqual({ kind: 'unknown', description: 'An HSC emergency nurse' });
  });
});

describe('sameSentence', () => {
  it('gives a second quotation in the sentence the first one’s speaker', () => {
    const input = inputFor('Smith called it “null” and “ridiculous”.', 'ridiculous', [known]);
    expect(sameSentence(input)).toMatchObject({ ref: { kind: 'inherit', from: 0 } });
  });
});

describe('precedingColon', () => {
  it('reads a previous sentence ending with a cue and a colon', () => {
    expect(precedingColon(inputFor('The minister said: “We are ready.”', 'We are ready'))).toBeNull();
    const body = 'Mayor Ann Lee wrote the following:\n\n“We are ready.”';
    expect(precedingColon(inputFor(body, 'We are ready'))?.ref).toMatchObject({ name: 'Ann Lee' });
  });
});

describe('colonLeadIn', () => {
  it('reads the subject of a lead-in that ends in a colon without a speech verb', () => {
    const body = 'Sen. Margaret Ostrowski of Michigan, the committee’s chair, opened the hearing with a blunt statement:\n\n“Your own inspectors flagged it.”';
    expect(colonLeadIn(inputFor(body, 'Your own inspectors'))?.ref).toMatchObject({ kind: 'person', name: 'Margaret Ostrowski' });
    // A verb that is no speech verb with a subject: "In a post on X, Tate went further:".
    expect(colonLeadIn(inputFor('In a post on X on Wednesday, Kristina Tate went further:\n\n“We are ready.”', 'We are ready'))?.ref).toMatchObject({ name: 'Kristina Tate' });
    // One whose subject names no one is left alone.
    expect(colonLeadIn(inputFor('The list of demands was long:\n\n“Pay us now.”', 'Pay us now'))).toBeNull();
  });
});

describe('issuedStatement', () => {
  it('gives a cue-less quotation to whoever just issued a statement, and leaves a plain sentence alone', () => {
    const body = 'Chidera Okonkwo released a statement through her lawyer shortly after the decision.\n\n“I have never knowingly taken a banned substance.”';
    expect(issuedStatement(inputFor(body, 'I have never'))).toMatchObject({ ref: { kind: 'person', name: 'Chidera Okonkwo' }, cue: 'released' });
    const plain = 'Chidera Okonkwo left the hearing shortly after the decision.\n\n“I have never knowingly taken a banned substance.”';
    expect(issuedStatement(inputFor(plain, 'I have never'))).toBeNull();
    // A quotation with a cue of its own is not the statement's.
    const cued = 'Chidera Okonkwo released a statement on Monday.\n\n“It is unfair,” her coach said.';
    expect(issuedStatement(inputFor(cued, 'It is unfair'))).toBeNull();
  });

  it('reads a sentence that opens with the document and names its issuer after it', () => {
    const body = 'The climbers were found on Tuesday.\n\nIn a statement released through police, the Lindqvist family thanked the rescuers. "We will never be able to repay them."';
    expect(issuedStatement(inputFor(body, 'We will never'))).toMatchObject({ ref: { kind: 'unknown', description: 'the Lindqvist family' }, cue: 'thanked' });
    const org = 'In a post on its website, Nordapotek apologised to customers.\n\n"We deeply regret that data entrusted to us was not protected."';
    expect(issuedStatement(inputFor(org, 'We deeply regret'))).toMatchObject({ cue: 'apologised' });
  });
});

describe('followingSentence', () => {
  it('reads a short next sentence naming the speaker', () => {
    expect(followingSentence(inputFor('“We will rebuild the town.” Mayor Ann Lee said this on Monday.', 'We will'))?.ref).toMatchObject({ name: 'Ann Lee' });
  });
});

describe('sameParagraph', () => {
  it('continues the speaker of an earlier quotation in the paragraph', () => {
    const body = '“We won,” Jane Doe said. The crowd cheered. “It was hard.”';
    expect(sameParagraph(inputFor(body, 'It was hard', [known]))).toMatchObject({ ref: { kind: 'inherit', from: 0 } });
  });
  it('stops when the narration names someone else speaking', () => {
    const body = '“We won,” Jane Doe said. Coach Tom Bell said it was luck. “It was hard.”';
    expect(sameParagraph(inputFor(body, 'It was hard', [known]))).toBeNull();
  });
});

describe('paragraphContinuation', () => {
  it('continues the previous paragraph’s speaker for a quotation-only paragraph', () => {
    const body = '“We won,” Jane Doe said.\n\n“It was hard, but we kept going.”';
    expect(paragraphContinuation(inputFor(body, 'It was hard', [known]))).toMatchObject({ ref: { kind: 'inherit', from: 0 } });
  });
  it('does not continue the asker of a question: the next paragraph is the answer', () => {
    const asked: Attribution = { ...known, cue: 'asked' };
    const exchange = '“Did anyone tell the FAA?” Baptiste asked.\n\n“Senator, the results were shared.”';
    expect(paragraphContinuation(inputFor(exchange, 'Senator, the results', [asked]))).toBeNull();
    // A rhetorical question with "said" goes on as usual.
    const rhetorical = '“Then what are we doing?” Leatisā said.\n\n“We will be talking with Canberra.”';
    expect(paragraphContinuation(inputFor(rhetorical, 'We will be talking', [known]))).toMatchObject({ ref: { kind: 'inherit', from: 0 } });
  });
});

describe('sentenceVerb', () => {
  it('falls back to any speech verb with a subject in the sentence', () => {
    // (A participle set off by a comma is read after the finite verb: "X, speaking at …, said".)
    const aside = 'Home Adviser Lt Gen (retd) Md Faruk Ahmed Siddiqui, speaking at a programme in Dhaka, said the stance was one of “zero tolerance”.';
    expect(sentenceVerb(inputFor(aside, 'zero tolerance'))).toMatchObject({ cue: 'said', ref: { name: 'Md Faruk Ahmed Siddiqui' } });
    expect(sentenceVerb(inputFor('Smith explained to Wikinews that crews turn transponders off for security reasons, such as “piracy risk” at sea.', 'piracy'))?.ref).toMatchObject({ name: 'Smith' });
  });
});

describe('nearbyMention', () => {
  it('gives a cue-less quotation the one person named just before it', () => {
    const body = 'The home side got two yellow cards, leaving Ingram unimpressed. “One of them was questionable.”';
    expect(nearbyMention(inputFor(body, 'One of them'))?.ref).toMatchObject({ kind: 'person', name: 'Ingram' });
  });
  it('stays silent when the narration names two people or an organisation', () => {
    const body = 'Ingram met Tom Bell after the game. “One of them was questionable.”';
    expect(nearbyMention(inputFor(body, 'One of them'))).toBeNull();
  });
});

describe('quotedAuthor', () => {
  it('credits a quotation to the author the narration names with "quote", "quoting" or "in the words of"', () => {
    expect(quotedAuthor(inputFor('They cited the Chuck Jones quote that “every artist has thousands of bad drawings.”', 'every artist'))?.ref).toMatchObject({ kind: 'person', name: 'Chuck Jones' });
    expect(quotedAuthor(inputFor('He closed by quoting Mark Twain: “The reports of my death are greatly exaggerated.”', 'The reports'))?.ref).toMatchObject({ kind: 'person', name: 'Mark Twain' });
    expect(quotedAuthor(inputFor('In the words of Abraham Lincoln, “A house divided against itself cannot stand.”', 'A house'))?.ref).toMatchObject({ kind: 'person', name: 'Abraham Lincoln' });
  });
  it('leaves a one-word title and a quotation without a credit alone', () => {
    expect(quotedAuthor(inputFor('The pastor read the Bible quote “Love thy neighbour.”', 'Love thy'))).toBeNull();
    expect(quotedAuthor(inputFor('Jane Doe said: “We won.”', 'We won'))).toBeNull();
  });
});

describe('paragraphContinuation after an interview question', () => {
  it('continues the last speaker through "Asked …:" and "And on …:" lead-ins', () => {
    const body = '"No. I know how it works," Steve Mallory said.\n\nAsked whether the players were still playing for him: "Look at the running they did at 2-0 down. Of course they are."\n\nAnd on the supporters: "They pay their money, they are entitled to their opinion."';
    const quotes = extractQuotes(parseArticle(body, 'interview.txt')).filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker.name, q.sieve])).toEqual([
      ['Steve Mallory', 'trailingCue'],
      ['Steve Mallory', 'paragraphContinuation'],
      ['Steve Mallory', 'paragraphContinuation'],
    ]);
  });
});

describe('nearbyMention: the person a sentence opens with', () => {
  it('speaks the cue-less quotation right after it, whoever else the sentence names', () => {
    const { extractQuotes } = require('../../src/extraction');
    const { parseArticle } = require('../../src/articles');
    const body = '"I am rapt for the girls," Bond coach Michelle Harding said.\n\nHarding, who took over the side in 2022 after a playing career with the Queensland Reds women\'s team, singled out her forward pack. "The scrum was the platform."';
    const quotes = extractQuotes(parseArticle(body, 'x.txt')).filter((q: { kind: string }) => q.kind === 'direct');
    expect(quotes.map((q: { speaker: { name: string } }) => q.speaker.name)).toEqual(['Michelle Harding', 'Michelle Harding']);
  });
});

describe('trailingCue: a cue that leads the next quotation', () => {
  it('does not name the speaker of a fragment inside the narration before it', () => {
    const text = 'Asked whether he had been maltreated by his abductors, whom the police commissioner described as “cowards hiding in the bush”, he said: “They did not beat me.”';
    expect(trailingCue(inputFor(text, 'cowards hiding in the bush'))).toBeNull();
    // (A pronoun's own verb before the fragment points ahead to the speaker: "whom he called “…”, X said:".)
    const cataphora = 'Responding to Bhatti, whom he called “Lahore’s tax expert”, Minister of State Nauman Chattha said: “We will talk.”';
    expect(trailingCue(inputFor(cataphora, 'Lahore’s tax expert'))).toMatchObject({ ref: { name: 'Nauman Chattha' } });
  });
});

describe('trailingCue: a document or outlet quoting someone', () => {
  it('gives the words to the one quoted "as saying", not to what quotes them', () => {
    expect(trailingCue(inputFor('“We will not allow it,” the statement quoted Home Minister Nisar Ahmed Jatoi as saying.', 'We will not allow it'))).toMatchObject({ ref: { kind: 'person', name: 'Nisar Ahmed Jatoi', role: 'Home Minister' }, cue: 'saying' });
    expect(trailingCue(inputFor('“We will not allow it,” Dawn quoted him as saying.', 'We will not allow it'))).toMatchObject({ ref: { kind: 'pronoun', pronoun: 'he' } });
  });
});

describe('trailingCue: "state" before its noun', () => {
  it('is no verb in "state Rep. …" or "state officials", only the verb after them', () => {
    expect(trailingCue(inputFor('“It costs $300,” the bill\'s sponsor, state Rep. Luis Barragán, D-Chicago, said after the vote.', 'It costs $300'))).toMatchObject({ ref: { kind: 'person', name: 'Luis Barragán' }, cue: 'said' });
    expect(trailingCue(inputFor('“It costs $300,” state officials said.', 'It costs $300'))).toMatchObject({ ref: { kind: 'unknown', description: 'state officials' }, cue: 'said' });
  });
});

describe('trailingCue: an alderman written "Ald."', () => {
  it('reads on past the abbreviation\'s stop to the name after it', () => {
    expect(trailingCue(inputFor('“We lose a little more,” said Ald. Hannah Lieberman, 49th, standing on the beach.', 'We lose a little more'))).toMatchObject({ ref: { kind: 'person', name: 'Hannah Lieberman' }, cue: 'said' });
  });
});
