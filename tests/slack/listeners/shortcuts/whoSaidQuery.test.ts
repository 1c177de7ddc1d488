import { whoSaidQuery } from '../../../../src/slack/listeners/shortcuts/whoSaidThis';

describe('whoSaidQuery', () => {
  it('asks about the longest quoted passage of the message', () => {
    expect(whoSaidQuery('Bob wrote “a free and open Indo-Pacific” and "ok"')).toBe('who said a free and open Indo-Pacific');
  });

  it('asks about all the words when nothing is quoted, without doubling "who said"', () => {
    expect(whoSaidQuery('Who said maritime security matters?')).toBe('who said maritime security matters?');
  });

  it('reduces Slack markup and escapes to plain words', () => {
    expect(whoSaidQuery('&lt;b&gt; mutual trust <@U123|bob>')).toBe('who said <b> mutual trust @bob');
  });

  it('gives null for a message with no words', () => {
    expect(whoSaidQuery('   ')).toBeNull();
    expect(whoSaidQuery('<!here>')).toBeNull();
  });
});
