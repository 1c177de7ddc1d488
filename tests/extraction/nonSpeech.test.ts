import { isTitleCase, nonSpeechReason } from '../../src/extraction/nonSpeech';
import type { Attribution } from '../../src/extraction/sieves/types';

const cued: Attribution = { ref: { kind: 'person', name: 'X', role: null, gender: 'unknown' }, refStart: 0, cue: 'called', confidence: 0.8, sieve: 'leadingCue' };

describe('nonSpeechReason', () => {
  it('rejects titles, nicknames, so-called terms and unattributed scare quotes', () => {
    expect(nonSpeechReason('Silent Harbour', 'The film ', ' won', null)).toBe('title');
    expect(nonSpeechReason('The Rock', 'Dwayne ', ' Johnson', null)).toBe('nickname');
    expect(nonSpeechReason('deal', 'the so-called ', '.', cued)).toBe('naming');
    expect(nonSpeechReason('eyes', 'could be used as ', ' for a suit', null)).toBe('scare quote');
  });

  it('keeps short fragments that a cue attributes, and long unattributed quotations', () => {
    expect(nonSpeechReason('distressing', 'she called it ', '.', cued)).toBeNull();
    expect(nonSpeechReason('We will continue searching until we find the ship', '', '', null)).toBeNull();
  });

  it('tells title case from a sentence', () => {
    expect(isTitleCase('Storm Area 51 Basecamp Experience')).toBe(true);
    expect(isTitleCase('We will rebuild the town')).toBe(false);
  });
});
