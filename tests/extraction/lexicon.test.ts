import { SPEECH_VERBS, DESCRIBING_VERBS, namesAnAirline, pronounOf } from '../../src/extraction/lexicon';
import { parseArticle } from '../../src/articles';
import { extractQuotes } from '../../src/extraction';

describe('speech verb forms', () => {
  it.each([
    // A final consonant doubles after a stressed last syllable, and after the "u" of "qu".
    ['admitted'], ['admitting'], ['quipped'], ['quipping'],
    // British copy doubles an unstressed final "l"; American copy does not.
    ['labelled'], ['labelling'], ['labeled'],
  ])('%s is a speech verb', (form) => {
    expect(SPEECH_VERBS.has(form)).toBe(true);
  });

  it('a consonant\'s final "y" becomes "ie"', () => {
    expect(DESCRIBING_VERBS.has('decried')).toBe(true);
    expect(DESCRIBING_VERBS.has('decries')).toBe(true);
    expect(DESCRIBING_VERBS.has('decryed')).toBe(false);
  });

  it('no misspelt form is listed', () => {
    expect(SPEECH_VERBS.has('admited')).toBe(false);
    expect(SPEECH_VERBS.has('quiped')).toBe(false);
  });

  it('"referred to … as" names a thing: no verb of speech', () => {
    expect(DESCRIBING_VERBS.has('referred')).toBe(false);
  });

  it('a quotation closed by "she admitted" is hers', () => {
    const text = 'Morag Ferguson chaired the meeting.\n\n“We know that patience has run out,” she admitted.';
    const [quote] = extractQuotes(parseArticle(text, 'admitted.txt'));
    expect(quote.speaker.name).toBe('Morag Ferguson');
    expect(quote.cue).toBe('admitted');
  });

});

describe('people met in the street', () => {
  it.each([
    ['A retired schoolteacher waiting behind her was less forgiving.'],
    ['Another buyer, a pharmacist who asked not to be named, was more blunt.'],
  ])('"%s" introduces the unnamed speaker of the quotation after it', (opening) => {
    const text = `Sherif Kamal, a baker, said prices were stable.\n\n${opening} “Nobody believes the denials anymore,” he said.`;
    const quotes = extractQuotes(parseArticle(text, 'street.txt'));
    const quote = quotes.find((q) => q.text.startsWith('Nobody'));
    expect(quote?.speaker.name).toBe('unknown');
  });
});

describe('namesAnAirline', () => {
  it('reads "Air" at the edge of a name as an airline, not the air a body works for', () => {
    expect(namesAnAirline(['nordvik', 'air'])).toBe(true);
    expect(namesAnAirline(['kenai', 'coastal', 'air'])).toBe(true);
    expect(namesAnAirline(['air', 'seychelles'])).toBe(true);
    expect(namesAnAirline(['air'])).toBe(false);
    expect(namesAnAirline(['mothers', 'for', 'clean', 'air'])).toBe(false);
    expect(namesAnAirline(['air', 'force'])).toBe(false);
    expect(namesAnAirline(['air', 'accident', 'investigation', 'unit'])).toBe(false);
  });
});

describe('pronounOf', () => {
  it('reads the pronouns, and no name every object inherits', () => {
    expect(pronounOf('she')).toEqual({ gender: 'female', plural: false });
    expect(pronounOf('constructor')).toBeUndefined();
    expect(pronounOf('tostring')).toBeUndefined();
  });
});
