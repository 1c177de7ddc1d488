import { isJoiningGap } from '../../src/extraction/candidates';
import { setup } from './helpers';

describe('split quotes', () => {
  it('joins quotations separated only by a cue clause', () => {
    expect(isJoiningGap(' he said, ', 'First part,')).toBe(true);
    expect(isJoiningGap(' said UCL astronomer Angelos Tsiaras. ', 'water,')).toBe(true);
    expect(isJoiningGap(' Vatican archbishop Charles Scicluna said, ', 'exempt?')).toBe(false);
    expect(isJoiningGap(' and ', 'null,')).toBe(false);
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
