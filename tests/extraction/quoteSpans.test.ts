import { parseArticle } from '../../src/articles';
import { findQuoteSpans } from '../../src/extraction/quoteSpans';

const spansOf = (body: string) => {
  const article = parseArticle(body, 't.txt');
  return findQuoteSpans(article.paragraphs).map((s) => s.parts.map((p) => article.raw.slice(p.start, p.end)));
};

describe('findQuoteSpans', () => {
  it('pairs straight, curly, guillemet and doubled-apostrophe marks', () => {
    expect(spansOf('He said "one" and “two” and «three» and \'\'four\'\'.')).toEqual([['one'], ['two'], ['three'], ['four']]);
  });

  it('keeps inner single quotes as content', () => {
    expect(spansOf('She said, “They called it ‘the deal’ for years.”')).toEqual([['They called it ‘the deal’ for years.']]);
  });

  it('joins a quotation over several paragraphs (opening mark on each, one closing mark)', () => {
    const body = '“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,” she said.';
    expect(spansOf(body)).toEqual([['First paragraph of the speech.', 'Second paragraph.', 'Last one,']]);
  });

  it('drops a stray opening mark and keeps the quotations after it', () => {
    const body = 'He said "we will win, without closing it.\n\nLater he said "the talks went well" and left.';
    expect(spansOf(body)).toEqual([['the talks went well']]);
  });

  it('recovers when an opening mark meets another opening mark in the same paragraph', () => {
    expect(spansOf('A stray “mark here. Then “real quote” follows.')).toEqual([['real quote']]);
  });

  it('ignores doubled apostrophes inside words', () => {
    expect(spansOf("rock''n''roll is fine")).toEqual([]);
  });
});
