import { isTitleCase, nonSpeechReason } from '../../src/extraction/nonSpeech';
import type { Attribution } from '../../src/extraction/sieves/types';

const cued: Attribution = { ref: { kind: 'person', name: 'X', role: null, gender: 'unknown' }, refStart: 0, cue: 'called', confidence: 0.8, sieve: 'leadingCue' };

/** An attribution by a cue after the quotation ("“…”, he said"). */
const trailing: Attribution = { ...cued, cue: 'said', sieve: 'trailingCue' };
const cuedBy = (cue: string): Attribution => ({ ...cued, cue });

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

  it('rejects words on display and names a group habitually gives a thing, even after a cue', () => {
    expect(nonSpeechReason('Save Our Steel', 'Banners reading ', ', first seen', cued)).toBe('naming');
    // (Placards, some of them, and tarpaulins read as banners do.)
    expect(nonSpeechReason('No pay, no work', 'waving placards, some reading ', ' and', cued)).toBe('naming');
    expect(nonSpeechReason('Limpyo nga Palibot, Wala sang Lamok', 'Tarpaulins reading ', ' have been put up', cued)).toBe('naming');
    // (An owner's programme or campaign, named between the owner and the word for it.)
    expect(nonSpeechReason('Bigas sa Bayan', "sold under the DA's ", ' program.', cued)).toBe('title');
    expect(nonSpeechReason("If it's flooded, forget it", 'has also revived its ', ' advertisements on television', null)).toBe('title');
    expect(nonSpeechReason('a real disgrace', 'She said it was ', ' and a scandal', cued)).toBeNull();
    expect(nonSpeechReason('Fund Fair Start.', 'many carrying signs that read ', '', cued)).toBe('naming');
    expect(nonSpeechReason('Penhill Crew', 'a group that called itself the ', ' and', cued)).toBe('naming');
    expect(nonSpeechReason('Memorial Park curse', 'what supporters call the ', ':', cued)).toBe('naming');
    expect(nonSpeechReason('the bunker.', 'residents jokingly call ', '', cued)).toBe('naming');
    expect(nonSpeechReason('Operation Bandari Safi', 'an investigation codenamed ', ' (Clean Port)', cued)).toBe('naming');
    expect(nonSpeechReason('Fly local, fly Coralwing', "the company's marketing slogan, ", ', had become', cued)).toBe('naming');
    expect(nonSpeechReason('Operation Forest Shield', 'troops of ', ', its campaign', cued)).toBe('title');
    expect(nonSpeechReason('Know Your Flood Level', "the council's ", ' maps', cued)).toBe('title');
    expect(nonSpeechReason('Topeka squeeze.', 'Others in the crowd have taken to calling the plan the ', '', cued)).toBe('naming');
    expect(nonSpeechReason('lithium winter', 'in what miners have taken to calling a ', ' of closures', cued)).toBe('naming');
    expect(nonSpeechReason('sovereign AI', "She described much of the industry's talk of ", ' as', cued)).toBe('naming');
    expect(nonSpeechReason('Thin Ice, Fast Water', 'The report, titled ', ', found', cued)).toBe('naming');
    expect(nonSpeechReason('Northern Range Reliability Index', 'the consultancy’s ', ' showed', cued)).toBe('title');
    expect(nonSpeechReason('Save Our Local Library', 'protesters chanted ', ' outside', cued)).toBe('title');
    // Short speech can be all capitals too: "I'm from Maine" is two significant words, and speech.
    expect(nonSpeechReason("I'm from Maine,", '', ' she said.', cued)).toBeNull();
    // A past "called" with an object is a quoted fragment, and a sign's "said" needs the sign.
    expect(nonSpeechReason('reckless', 'she called the plan ', '.', cued)).toBeNull();
    expect(nonSpeechReason('We will rebuild', 'The mayor said ', '.', cued)).toBeNull();
  });

  it('tells title case from a sentence', () => {
    expect(isTitleCase('Storm Area 51 Basecamp Experience')).toBe(true);
    expect(isTitleCase('We will rebuild the town')).toBe(false);
  });
});

describe('names and titles that a cue nearby does not make speech', () => {
  it('reads a participle, a nickname a person was called, and a wider "known … as" as naming', () => {
    expect(nonSpeechReason('city of lights', 'Karachi, once proudly called the ', ', has flooded', cued)).toBe('naming');
    expect(nonSpeechReason('el Profesor', 'Readers and students called him ', ', a nickname', cued)).toBe('nickname');
    expect(nonSpeechReason('khwarij', "The ISPR, which refers to the group's fighters as ", ', said', cued)).toBe('naming');
    expect(nonSpeechReason('Mjita', 'a man known in the Seshego area as ', ', who had been wanted', cued)).toBe('naming');
    expect(nonSpeechReason('frozen archaeology', 'People sometimes call this ', ', and it is', null)).toBe('naming');
  });

  it('keeps speech that only looks like naming', () => {
    // A past "called" with an object, and an appositive before "called", quote the speaker's words.
    expect(nonSpeechReason('a betrayal', 'Thwaite called him ', '.', cued)).toBeNull();
    expect(nonSpeechReason('ghost leaflets', 'what the candidate, Leila Haddad, called ', ', unsigned flyers', cued)).toBeNull();
  });

  it('reads a title-case span with a work appositive after it, or after "its sequel", as a title', () => {
    expect(nonSpeechReason('The Salt House', 'Berríos was best known for ', ', a 1979 novel following', cued)).toBe('title');
    expect(nonSpeechReason('Nitrate Nights', 'where he wrote it and its sequel, ', '.', cued)).toBe('title');
  });
});

describe('a title in apposition to a work', () => {
  it('is a title ("In his first encyclical, “Terra Nostra”, published in March")', () => {
    expect(nonSpeechReason('Terra Nostra', 'In his first encyclical, ', ', published in March, he called', null)).toBe('title');
    expect(nonSpeechReason('Listening to Ruapehu', 'a 2009 documentary about her work, ', ', was screened', null)).toBe('title');
    // (Not a cued span after words that name no work: "On Monday, “Never Again”, he said".)
    expect(nonSpeechReason('Never Again', 'On Monday, ', ', he said', trailing)).toBeNull();
    expect(nonSpeechReason('Never Again', 'In his book, ', ', he wrote', cued)).toBe('title');
  });
});

describe('short names in title case, chants and habitual names, even with a cue', () => {
  it('reads a short title-case span inside a sentence as a name, whoever reports it', () => {
    expect(nonSpeechReason('Water War', 'She said the city was repeating the mistakes that led to the ', ' of 2000.', cued)).toBe('title');
    expect(nonSpeechReason('Last Address', 'said at least a dozen plaques from the ', ' project had been unscrewed', cued)).toBe('title');
  });

  it('keeps a capitalised exclamation, an answer with its own punctuation, an acronym or words a cue after them says', () => {
    expect(nonSpeechReason('Shame!', 'When the vote was read out, someone ', ' and walked out.', cued)).toBeNull();
    expect(nonSpeechReason('Won.', 'Our lawyer sent me one word: ', ' Then I read it.', cued)).toBeNull();
    expect(nonSpeechReason('NO', 'The crowd answered ', '.', cued)).toBeNull();
    expect(nonSpeechReason('Margit', '', ' said Lars Eikrem, who worked alongside her.', trailing)).toBeNull();
  });

  it('reads a chant or a song as no statement, and a thing dubbed as named', () => {
    expect(nonSpeechReason('Levy must fall', 'marched along Tom Mboya Street chanting ', ' before officers dispersed them.', cuedBy('chanting'))).toBe('chant');
    expect(nonSpeechReason('Solidarity forever', 'and the crowd sang ', '.', cuedBy('sang'))).toBe('chant');
    expect(nonSpeechReason('bread shield', 'Pro-government newspapers have dubbed the measure a ', '.', cuedBy('dubbed'))).toBe('naming');
  });

  it('reads what people call or describe a thing as, in the plural present, as naming — not a past "called"', () => {
    expect(nonSpeechReason('dead time', 'a break of up to five hours — what drivers call ', '.', cuedBy('call'))).toBe('naming');
    expect(nonSpeechReason('heat islands', 'neighbourhoods, which scientists describe as ', ', could stay warmer', cuedBy('describe'))).toBe('naming');
    expect(nonSpeechReason('a disgrace', 'The senator called the ruling ', '.', cuedBy('called'))).toBeNull();
  });

  it('reads a name in habitual use ("long called", "sometimes called") as naming', () => {
    expect(nonSpeechReason('the sleeping giant', 'The lake, which residents have long called ', ', has grown again', cued)).toBe('naming');
    expect(nonSpeechReason('forever chemicals', 'a group of compounds sometimes called ', ' because they persist', cued)).toBe('naming');
  });
});
