import { renderAnswerText } from '../../src/cli/renderText';
import type { SearchAnswer } from '../../src/search/types';
import { hit, makeQuote, results } from '../slack/fixtures';

const answerWith = (quote = makeQuote()): SearchAnswer => results({ hits: [hit(quote)], total: 1 });

describe('console rendering of quotes', () => {
  it('shows a direct quote in quotation marks, without the trailing comma of news style', () => {
    const text = renderAnswerText(answerWith(makeQuote({ text: 'We will deepen these ties,' })));
    expect(text).toContain('1. “We will deepen these ties”');
    expect(text).not.toContain('ties,”');
  });

  it('shows reported speech without quotation marks and labelled as not verbatim', () => {
    const text = renderAnswerText(answerWith(makeQuote({ kind: 'indirect', text: 'India would deepen its ties with the US' })));
    expect(text).toContain('1. India would deepen its ties with the US (reported speech — not verbatim)');
    expect(text).not.toContain('“India would');
  });
});
