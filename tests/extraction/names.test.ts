import { classifyWords, findNames, capitalRuns } from '../../src/extraction/names';

describe('names', () => {
  it('splits roles from names and drops honorifics', () => {
    expect(classifyWords(['Defence', 'Minister', 'Rajnath', 'Singh'])).toMatchObject({ kind: 'person', name: 'Rajnath Singh', role: 'Defence Minister' });
    expect(classifyWords(['US', 'Secretary', 'of', 'State', 'Mike', 'Pompeo'])).toMatchObject({ name: 'Mike Pompeo', role: 'US Secretary of State' });
    expect(classifyWords(['Dr', 'Tristan', 'Smith'])).toMatchObject({ kind: 'person', name: 'Tristan Smith', role: null });
    expect(classifyWords(['Mrs', 'Jane', 'Doe'])).toMatchObject({ gender: 'female' });
    expect(classifyWords(['Pope', 'Francis'])).toMatchObject({ kind: 'person', name: 'Pope Francis' });
  });

  it('recognises organisations, including possessive names', () => {
    expect(classifyWords(['Ministry', 'of', 'Defence'])).toMatchObject({ kind: 'organization', name: 'Ministry of Defence' });
    expect(classifyWords(["Alachua", "Sheriff's", 'Office'])).toMatchObject({ kind: 'organization', name: "Alachua Sheriff's Office" });
    expect(classifyWords(["Taiwan's", 'Constitutional', 'Court'])).toMatchObject({ kind: 'organization', name: 'Constitutional Court' });
    expect(classifyWords(['FSB'])).toMatchObject({ kind: 'organization' });
  });

  it('keeps a person apart from an affiliation and from descriptors', () => {
    expect(classifyWords(['Doug', 'Miller', 'of', 'Milltech', 'Marine'])).toMatchObject({ kind: 'person', name: 'Doug Miller' });
    expect(classifyWords(['Fourteen-year-old', 'Zoe'])).toMatchObject({ name: 'Zoe' });
    expect(classifyWords(['EEZ', 'of', 'Cyprus']).kind).not.toBe('person');
  });

  it('finds capitalised runs without joining across "and" or a day name', () => {
    expect(capitalRuns('Miller and Smith met Rajnath Singh on Friday').map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual([
      'Miller',
      'Smith',
      'Rajnath Singh',
    ]);
    expect(findNames('Egypt’s President Abdel Fattah el-Sisi spoke.').map((n) => n.name)).toEqual(['Abdel Fattah el-Sisi']);
  });
});
