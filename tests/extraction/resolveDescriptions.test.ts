import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

const speakersOf = (body: string) =>
  extractQuotes(parseArticle(body, 'test.txt')).filter((q) => q.kind === 'direct').map((q) => `${q.speaker.name}${q.speaker.description ? ` (${q.speaker.description})` : ''}`);

describe('organisation descriptions', () => {
  it('resolve "the club" and "the union" to a named body of that kind', () => {
    const body = 'Wellington Harbour FC won the cup on Saturday.\n\n"This one is for every volunteer," the club said in a post.\n\nThe United Services Union balloted its members.\n\n"Our members are not asking for the moon," the union said.';
    expect(speakersOf(body)).toEqual(['Wellington Harbour FC', 'United Services Union']);
  });

  it('leave "the company" unknown, with its description, when no company is named', () => {
    const body = 'Harlow Home Appliances will close its plant in Evansville.\n\n"These are never easy decisions," the company said.';
    expect(speakersOf(body)).toEqual(['unknown (the company)']);
  });

  it('keep "the police" as the speaker when no force is named', () => {
    expect(speakersOf('"Both men remain in custody," the police said.')).toEqual(['Police']);
  });
});

describe('pronouns and first names', () => {
  it('pass over the nearest subject when the first name says the other gender', () => {
    const body = 'Prime Minister Mark Rutte met Chancellor Angela Merkel in Berlin on Monday. Rutte had arrived an hour late.\n\n"We are ready to sign this week," she said after the meeting.';
    expect(speakersOf(body)).toEqual(['Angela Merkel']);
  });

  it('keep the subject of the sentence before the quotation when nothing says otherwise', () => {
    const body = 'Greek prime minister Kyriakos Mitsotakis spoke to the think tank on Tuesday. "The agreement ignores our islands," he added.';
    expect(speakersOf(body)).toEqual(['Kyriakos Mitsotakis']);
  });
});
