import { isJoiningGap } from '../../src/extraction/candidates';
import { setup } from './helpers';

describe('split quotes', () => {
  it('joins quotations separated only by a cue clause', () => {
    expect(isJoiningGap(' he said, ', 'First part,')).toBe(true);
    expect(isJoiningGap(' said UCL astronomer Angelos Tsiaras. ', 'water,')).toBe(true);
    expect(isJoiningGap(' Vatican archbishop Charles Scicluna said, ', 'exempt?')).toBe(false);
    expect(isJoiningGap(' and ', 'null,')).toBe(false);
    // A whole sentence and a new colon cue between them: two quotations, not one split by its cue.
    expect(isJoiningGap(', which has backed her, said the ruling should open the way. Its spokeswoman, Judge Marta Kielar, said: ', 'Lex Communis')).toBe(false);
    // A participle with no subject of its own is a second act of speech: a new quotation.
    expect(isJoiningGap(' further saying, ', 'costs Africa between $5 and $7 billion,', 'Beyond that', false)).toBe(false);
  });

  it('keeps both parts and their offsets in one candidate', () => {
    const { article, candidates } = setup('“The water rose,” he said, “and we left.”');
    expect(candidates).toHaveLength(1);
    expect(candidates[0].parts.map((p) => article.raw.slice(p.start, p.end))).toEqual(['The water rose,', 'and we left.']);
  });

  it('does not join a second quotation that has its own speaker', () => {
    const { candidates } = setup('“We won,” said Smith. “We lost,” said Jones.');
    expect(candidates).toHaveLength(2);
  });
});

describe('a second act of speech between two quotations', () => {
  it('keeps “A,” he said, adding: “B” apart, but joins a statement with a participle', () => {
    expect(isJoiningGap(' he said, adding: ', 'We are not switching anything off,', 'Our newer models were trained on licensed data.')).toBe(false);
    expect(isJoiningGap(' she said, before conceding: ', 'It was a hard year,', 'We made mistakes.')).toBe(false);
    expect(isJoiningGap(' he said. ', 'We are not switching anything off,', 'Our models were trained on licensed data.')).toBe(true);
  });
});

describe('a comma outside the marks', () => {
  it('joins a quotation that opens its sentence, not a title inside the narration', () => {
    expect(isJoiningGap(', he said, ', 'We will rebuild', 'and we will do it fast', true)).toBe(true);
    // (In "In his memoir, “The Road Is the Teacher”, published in 2009, he wrote: “…”" the first is a title.)
    expect(isJoiningGap(', published in 2009, he wrote: ', 'The Road Is the Teacher', 'I never had a stopwatch.', false)).toBe(false);
  });
});
