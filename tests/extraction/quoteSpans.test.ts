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

describe('single marks as the quotation marks', () => {
  const spansOf = (body: string) => {
    const article = parseArticle(body, 'single.txt');
    return findQuoteSpans(article.paragraphs).map((s) => article.raw.slice(s.start, s.end));
  };

  it('pairs ‘ ’ when an article quotes with them, past apostrophes and a plural possessive', () => {
    const body = '‘It’s the best day of my life,’ said Cathal Ó Braonáin.\n\n‘We went to Jones’ Road and won,’ he said, while the Cats’ manager left.';
    expect(spansOf(body)).toEqual(['It’s the best day of my life,', 'We went to Jones’ Road and won,']);
  });

  it('keeps ‘ ’ as inner marks when the article quotes with double marks', () => {
    expect(spansOf('“She told me ‘no’ twice,” he said.')).toEqual(['She told me ‘no’ twice,']);
  });
  it('keeps a quotation whole when marks of another kind quote words inside it', () => {
    expect(spansOf('« The study “Le fleuve qui nourrit”, which we paid for, shows it, » she said. « Fine. »')).toEqual(['The study “Le fleuve qui nourrit”, which we paid for, shows it,', 'Fine.']);
    expect(spansOf('“The report «Rivers» shows it,” she said.')).toEqual(['The report «Rivers» shows it,']);
  });
});
