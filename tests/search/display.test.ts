import { displayQuoteText, isReportedSpeech, REPORTED_SPEECH_LABEL, withQuoteMarks } from '../../src/search/display';

describe('quote display', () => {
  it('drops the trailing comma of news style ("…," he said) and nothing else', () => {
    expect(displayQuoteText({ text: 'We will go on,' })).toBe('We will go on');
    expect(displayQuoteText({ text: 'We will go on ,  ' })).toBe('We will go on');
    expect(displayQuoteText({ text: 'First, second, third.' })).toBe('First, second, third.');
    expect(displayQuoteText({ text: 'Is it over?' })).toBe('Is it over?');
    expect(displayQuoteText({ text: 'one, … two' })).toBe('one, … two');
  });

  it('puts only verbatim quotes in quotation marks', () => {
    expect(withQuoteMarks({ kind: 'direct' }, 'x')).toBe('“x”');
    expect(withQuoteMarks({ kind: 'indirect' }, 'x')).toBe('x');
    expect(isReportedSpeech({ kind: 'indirect' })).toBe(true);
    expect(isReportedSpeech({ kind: 'direct' })).toBe(false);
    expect(REPORTED_SPEECH_LABEL).toMatch(/reported speech.*not verbatim/);
  });
});
