/**
 * The small grammar of attribution shared by the sieves: where the speech verb is, which words before it
 * are its subject, which words after an inverted verb ("said the ministry") are the speaker.
 * Texts here have other quotations masked ("…"), so a quoted word is never taken for a speaker.
 */
import * as lexiconModule from './lexicon';
import * as namesModule from './names';
import type { Token } from './names';
import * as textModule from '../articles/text';

// Imported names read once into module constants: under tsx (esbuild's CommonJS output) every use of an
// imported name is a property getter call (two, through the re-export), and these are used for every word.
const { SPEECH_VERBS, DESCRIBING_VERBS, TIME_WORDS, ROLE_HEADS, NOMINAL_ORG_HEADS, PERSON_NOUNS, DOCUMENT_NOUNS, PARTY_AND_HOME } = lexiconModule;
const { classifyWords, findNames, isGeneralPunctuation, tokenize } = namesModule;
const { isJsBlank } = textModule;

export interface VerbHit {
  verb: string;
  start: number;
  end: number;
}

export const isDescribingVerb = (word: string) => DESCRIBING_VERBS.has(word.toLowerCase());

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Every verb of the lists as one alternation, longest first: a run of lower-case letters that is a verb is then
 * what the pattern matches where the run starts (a shorter verb it begins with would be followed by a letter).
 * Only verbs written in the letters a–z can be such a run; the lists hold no other.
 */
const verbAlternation = (verbs: Iterable<string>, atWordStart: boolean): RegExp => {
  const words = [...new Set(verbs)].filter((w) => /^[a-z]+$/.test(w));
  words.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(`${atWordStart ? '\\b' : ''}(?:${words.join('|')})`, 'g');
};

/**
 * The alternations, tried anywhere (`anywhere`) or only where no letter, digit or "_" stands before (`atWordStart`,
 * with `\b`). A verb right after a letter or digit is never a hit (see `speechVerbs`), so for a text without "_"
 * both find the same hits, and `\b` spares the engine the alternation inside every word: half the time of the
 * search. ("_said" is a hit, which `\b` would not try: a text with "_" is searched anywhere.)
 */
const verbPatterns = (verbs: readonly string[]) => ({ anywhere: verbAlternation(verbs, false), atWordStart: verbAlternation(verbs, true) });
const SPEECH_VERB_WORDS = verbPatterns([...SPEECH_VERBS]);
const SPEECH_OR_DESCRIBING_VERB_WORDS = verbPatterns([...SPEECH_VERBS, ...DESCRIBING_VERBS]);

const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** Whether the code point at `i` is a lower-case letter (false past the end). */
function lowerLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLower(code);
  if (isGeneralPunctuation(code)) return false;
  return LOWER_LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point that ends right before `i` is a lower-case letter (a surrogate pair read whole). */
function lowerLetterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  if (code < 128) return isAsciiLower(code);
  if (isGeneralPunctuation(code)) return false;
  const pair = code >= 0xdc00 && code <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return LOWER_LETTER.test(pair ? text.slice(i - 2, i) : text[i - 1]);
}

/** A character that joins a word (letters, digits, apostrophes, hyphens); ASCII decided without a regex. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return isAsciiLower(code) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
  return WORD_CHAR.test(ch);
}

/** A determiner at the end of a text: the word after it is a noun ("the report said", "the post read"). */
const NOUN_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that)\s+$/iu;

/**
 * The first speech verb of a cue clause that is a verb: after a determiner the word is a noun, not the verb
 * ("the report said": "said", not "report").
 */
export function cueVerb(text: string): VerbHit | undefined {
  return speechVerbs(text, false).find((v) => !NOUN_DETERMINER.test(text.slice(0, v.start)) && !(v.verb === 'state' && !STATE_AS_VERB_AFTER.test(text.slice(v.end, v.end + 8))));
}
/**
 * What follows "state" when it is the verb ("the residents state that …", "as the rules state."), not the
 * adjective of "state Rep. Luis Barragán", "state officials".
 */
const STATE_AS_VERB_AFTER = /^(?:\s*[.,;:!?]|\s*$|\s+(?:that|in|on|to|it|this|clearly|plainly|simply)\b)/;

/**
 * Speech (or describing) verbs of a text, in order: the runs of lower-case letters (as the regex /\p{Ll}+/gu
 * would find them) that are verbs, as whole words. The verbs' alternation finds the candidates (the engine
 * skips the other words faster than a scan in script); a candidate is a run only when no lower-case letter
 * stands right before or after it. After a candidate that is not, the search goes on at its end: a run cannot
 * start inside it (a lower-case letter stands before every such position). This runs on every sentence
 * several times, so it allocates nothing for the words that are not verbs.
 */
export function speechVerbs(text: string, withDescribing = true): VerbHit[] {
  const hits: VerbHit[] = [];
  const patterns = withDescribing ? SPEECH_OR_DESCRIBING_VERB_WORDS : SPEECH_VERB_WORDS;
  const pattern = text.includes('_') ? patterns.anywhere : patterns.atWordStart;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (lowerLetterBefore(text, start) || lowerLetterAt(text, end)) continue;
    // Whole words only: not the tail of "Said" or of "well-said", not the start of "said's".
    const after = text[end];
    if (isWordChar(text[start - 1]) || (after !== undefined && after !== '-' && isWordChar(after))) continue;
    // ("posed a grave and imminent danger", "posed for photographs": "posed" with an object or "for" is no asking.)
    // (Nor "posed" at the end of the words before a quotation, whose object the quotation is. A word read alone,
    // as after a quotation, is the verb.)
    if (m[0] === 'posed' && (POSED_NOT_ASKED.test(text.slice(end, end + 16)) || (start > 0 && text.slice(end).trim() === ''))) continue;
    // ("Kwabena Asare, the alleged leader of the gang, led …": after an article a participle is an adjective.)
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && m[0].endsWith('ed')) continue;
    hits.push({ verb: m[0], start, end });
  }
  return hits;
}

/** "the", "a" or "an" right before a word. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|an?)\s+$/iu;

/** What follows "posed" when it asks nothing: an object, "for", or the quotation itself ("posed “a grave danger”"). */
const POSED_NOT_ASKED = /^(?:\s+(?:a|an|the|no|little|any|for|as|with|serious|significant|real|major|new|questions?|risks?|threats?|challenges?|problems?|dangers?)\b|\s*["“])/i;

/** Speech verbs that also take an infinitive: "would continue to protect", "promised to resign". */
const INFINITIVE_TAKERS = /^(?:continu|promis|vow|pledg|agree|begin|began|begun|demand|threaten|decid)/;

/**
 * "to" and a lower-case word: an infinitive after the verb. (A module constant: tsx compiles a `\p{…}`
 * pattern written inside a function to `new RegExp(…)`, built again on every call.)
 */
const TO_INFINITIVE = /^\s+to\s+\p{Ll}/u;

/**
 * The speech verbs that can cue a quotation later in the text: not one followed by "to" and a verb
 * ("officers would continue to protect the demonstrators “…”"), whose object is no speech, nor a noun.
 */
export function cueVerbs(text: string): VerbHit[] {
  const verbs = speechVerbs(text).filter(
    (v) => !(INFINITIVE_TAKERS.test(v.verb) && TO_INFINITIVE.test(text.slice(v.end, v.end + 40))) && !NOUN_AFTER_DETERMINER.test(text.slice(Math.max(0, v.start - 8), v.start)) && !NOUN_AFTER_POSSESSIVE.test(text.slice(Math.max(0, v.start - 4), v.start))
      && !(NOUN_FORMS.has(v.verb.toLowerCase()) && NOUN_AFTER_NAMED_DETERMINER.test(text.slice(Math.max(0, v.start - 30), v.start)))
      && !(MODIFIED_NOUN_FORMS.has(v.verb) && NOUN_AFTER_MODIFIED_DETERMINER.test(text.slice(Math.max(0, v.start - 40), v.start)))
      && !(DOCUMENT_PARTICIPLES.has(v.verb) && documentNounBefore(text, v.start))
      && !(NOUN_FORMS.has(v.verb.toLowerCase()) && NOUN_AFTER_MODIFIED_DETERMINER.test(text.slice(Math.max(0, v.start - 40), v.start)) && AUXILIARY_AFTER.test(text.slice(v.end, v.end + 10)))
      && !(v.verb.endsWith('ed') && REDUCED_PASSIVE_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start)) && REDUCED_PASSIVE_AFTER.test(text.slice(v.end, v.end + 24))),
  );
  // "Aydoğan said the government would announce “a fair figure”": a verb under a modal is what someone
  // may say, reported by the verb before it, whose subject speaks.
  // "Justice Strickland wrote that the Crown's evidence pointed to “…”": after a speech verb, pointing to
  // something is what its clause reports, no speech of its own ("pointed out" is).
  return verbs.filter((v, k) => k === 0 || !(AFTER_MODAL.test(text.slice(Math.max(0, v.start - 24), v.start)) || (POINT_FORMS.test(v.verb) && POINTING_AT.test(text.slice(v.end, v.end + 10)))));
}

/**
 * "In a statement posted on its Facebook page, the NOC said": a participle right after a document's noun
 * describes the document; it is no verb with a subject of its own. (Not "read": "The post read: “…”" is the
 * document speaking.)
 */
/**
 * "the conduct described at trial", "the events recounted in the report": a participle right after a noun with
 * its determiner, then "at", "during", "before" or "in" a proceeding's document, says what was done to the noun;
 * it is no verb with a subject of its own. (Not "the agency posted on X": "on" and "in" alone follow verbs too.)
 */
const REDUCED_PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|these|those)\s+\p{Ll}[\p{Ll}-]*\s+$/u;
/** "the psychiatric report did not …": after a determiner and a modifier, a speech word before an auxiliary is its subject, a noun. */
const AUXILIARY_AFTER = /^\s+(?:did|does|do|had|has|have|was|were|is|are|would|will|could|should|might|must|can)\s/;
const REDUCED_PASSIVE_AFTER = /^\s+(?:at|during|before|in\s+(?:court|the\s+(?:report|ruling|judgment|indictment|complaint|filing|lawsuit)))\s/;
const DOCUMENT_PARTICIPLES: ReadonlySet<string> = new Set(['posted', 'published', 'released', 'shared', 'tweeted', 'written', 'quoted', 'issued', 'sent']);
const WORD_BEFORE = /([\p{Ll}-]+)\s+$/u;
function documentNounBefore(text: string, at: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return word !== null && DOCUMENT_NOUNS.has(word[1]);
}

/** A modal (and "not" or an adverb) right before a verb: "would announce", "will not say", "could soon confirm". */
const POINT_FORMS = /^point/i;
const POINTING_AT = /^\s+(?:to|at|towards)\b/;
const AFTER_MODAL = /\b(?:would|will|could|should|might|may|must|shall|can|cannot|to)\s+(?:(?:not|never|also|soon|still|later|then)\s+)?$/;

/** "a Facebook post", "the Reuters report": a determiner and a name, then a speech word that is also a noun. */
const NOUN_AFTER_NAMED_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that)\s+\p{Lu}[\p{L}-]*\s+$/u;
const NOUN_FORMS: ReadonlySet<string> = new Set(['post', 'posts', 'report', 'reports', 'tweet', 'tweets', 'note', 'notes', 'claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'reply', 'replies', 'call', 'calls', 'statement', 'warning', 'warnings', 'message', 'messages', 'interview', 'ruling', 'rulings', 'term', 'terms', 'recount', 'recounts']);
/**
 * "in its 46-page ruling", "a brief statement", "its latest post": after a determiner and one or two lower-case
 * words these speech words are nouns. (Not "report": "in its investigation report, the commission concludes"
 * is read right with "report" as the cue.)
 */
const MODIFIED_NOUN_FORMS: ReadonlySet<string> = new Set([...NOUN_FORMS].filter((w) => !w.startsWith('report')));
const NOUN_AFTER_MODIFIED_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){1,2}$/u;

/** After a possessive a speech word is a noun: "the minister's answer", "Hamdard's claim", "the unions' warning". */
const NOUN_AFTER_POSSESSIVE = /\p{L}['’]s?\s+$/u;

/** After a determiner a speech word is a noun: "the report", "such claims", "her comments". */
const NOUN_AFTER_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that|such|these|those)\s+$/iu;

/** Words that end an inverted speaker phrase: "said Rajnath on Friday", "said the ministry in a statement". */
const PHRASE_STOP = new Set([
  'in', 'on', 'at', 'during', 'to', 'after', 'before', 'when', 'while', 'as', 'about', 'with', 'from', 'who',
  'which', 'that', 'per', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'adding', 'but',
  'because', 'and', 'since', 'following', 'than', 'via', 'through', 'upon', 'into', 'over', 'under',
  'according', 'speaking', 'noting', 'saying', 'explaining', 'although', 'though', 'if', 'so', 'where',
  'told', 'said', 'says', 'whose', 'whom', 'however', 'also', 'then', 'describing', 'calling',
]);

/**
 * After an inverted verb, a comma list may hold the name: "said University of California, San Diego's
 * chancellor, Pradeep Khosla". Returns the first comma-chunk that names a person, else null.
 */
export function personInAppositiveList(text: string, accept: (phrase: string) => 'person' | 'other' | null): { phrase: string; start: number } | null {
  const sentence = /^[^.;:!?…"“”()]*/.exec(text)![0];
  let offset = 0;
  const chunks = sentence.split(',').slice(0, 4);
  for (const chunk of chunks) {
    const found = phraseAfter(chunk.trimStart());
    const lead = chunk.length - chunk.trimStart().length;
    if (found && accept(found.phrase) === 'person') return { phrase: found.phrase, start: offset + lead };
    offset += chunk.length + 1;
  }
  return null;
}

/**
 * A capitalised name set off by commas after a description: ", Josée Vaillancourt." (The description may close on
 * its body's initials: "the Executive Secretary of the … Agency (SEMA), Mr. Muhammed Yahaya Ogirima".)
 */
const APPOSITIVE_NAME = /^(?:\s*\([\p{Lu}\d&.-]{2,12}\))?,\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*)(?=\s*(?:[,.;:!?]|$))/u;

/** An apostrophe that opens a name ("’Maneo", "'Ana"), alone before the name's first letter. */
const GLOTTAL_BEFORE_NAME = /^\s*['’]$/;

/** The speaker phrase right after an inverted verb, with its appositive: "the ministry", "Jane Doe, the CEO". */
export function phraseAfter(text: string): { phrase: string; end: number } | null {
  const tokens = tokenize(text);
  let end = -1;
  let previousStart = 0;
  let count = 0;
  for (const t of tokens) {
    const gap = text.slice(end === -1 ? 0 : end, t.start);
    // ("said JD(U) spokesperson Sanjeev Kumar Rai": a party's bracketed letter, written against its initials, is
    // part of the word.)
    if (end !== -1 && gap === '(' && PARTY_LETTER.test(text.slice(t.start, t.end + 1))) {
      end = t.end + 1;
      continue;
    }
    // ("said ACP (CEN) Mahesh Kotrappa": an office's initials may take its unit or district in brackets before the
    // holder's name.)
    if (end !== -1 && gap === ' (' && OFFICE_INITIALS.test(text.slice(previousStart, end)) && BRACKETED_UNIT_THEN_NAME.test(text.slice(t.start, t.end + 40))) {
      end = t.end + 1;
      continue;
    }
    if (end !== -1 && /[^\s]/.test(gap)) break;
    // ("said ’Maneo Sello": a Sesotho name opens with an apostrophe, which stays with it.)
    if (end === -1 && /[^\s]/.test(gap) && !GLOTTAL_BEFORE_NAME.test(gap)) return null;
    const lw = t.text.toLowerCase();
    if (PHRASE_STOP.has(lw) && !(lw === 'of' || lw === 'for')) break;
    if (TIME_WORDS.has(lw) && count > 0 && /^[\p{Ll}]/u.test(t.text)) break;
    previousStart = t.start;
    end = t.end;
    if (++count >= 14) break;
  }
  if (end === -1) return null;
  // ("according to the Irish Nurses and Midwifery Organisation": an "and" inside a body's name does not end it.)
  if (AND_NEXT.test(text.slice(end, end + 6))) end = bodyNameEndAfterAnd(text, end);
  // ("said Justice and Development Party (AKP) Istanbul lawmaker Zeynep Aksoylu": a body's bracketed initials,
  // then more of the phrase: a place, a title or a name, read as a phrase of its own.)
  if (text.startsWith(' (', end) && BODY_INITIALS_THEN_MORE.test(text.slice(end + 2, end + 42))) {
    const close = text.indexOf(')', end);
    const more = phraseAfter(text.slice(close + 1));
    if (more) return { phrase: `${text.slice(0, close + 1)} ${more.phrase}`, end: close + 1 + more.end };
  }
  let phrase = text.slice(0, end);
  // An appositive role after a comma: "said Jane Doe, the company's chief executive."
  const rest = text.slice(end);
  const appositive = /^,\s*((?:the|a|an|its|his|her)\s+[^,.;:!?…"“”]{2,60}?)(?=\s*(?:[,.;:!?]|$))/iu.exec(rest);
  if (appositive && !/\b(?:said|says|told|added)\b/.test(appositive[1])) {
    phrase = `${phrase}, ${appositive[1]}`;
    end += appositive[0].length;
  } else if (/^(?:the|a|an|its|his|her|their)\s/i.test(phrase) || OWNER_THEN_LOWER_CASE.test(phrase)) {
    // A description, then the name: "said the union's president, Josée Vaillancourt."
    // ("said RAIB's deputy chief inspector, Catherine Ashdown": a named owner's description too.)
    const named = APPOSITIVE_NAME.exec(rest);
    if (named) {
      phrase = `${phrase}, ${named[1]}`;
      end += named[0].length;
    }
  }
  // ("said one driver in Kamenge, who gave his name only as Jean-Claude.": someone unnamed who names themselves
  // after the description, and after where they are.)
  const namedAs = UNNAMED_DESCRIPTION.test(phrase) && rest.includes(' as ') ? NAMED_AS_AFTER.exec(rest) : null;
  if (namedAs) {
    phrase = `${phrase}${namedAs[1] ?? ''}, ${namedAs[2]}`;
    end += namedAs[0].length;
  }
  return { phrase: phrase.trim(), end };
}

/** An indefinite description: "one driver", "a young herder". */
const UNNAMED_DESCRIPTION = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+\p{Ll}[\p{Ll}\s-]*$/u;
/** Where someone is ("in Kamenge"), then the clause that names them, to a stop: groups 1 and 2. */
const NAMED_AS_AFTER = new RegExp(String.raw`^((?:\s+(?:in|from|at|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))?,?\s+(${lexiconModule.WHO_NAMED_AS}\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?=\s*(?:[,.;:!?]|$))`, 'u');

const AND_NEXT = /^\s+and\s/;
/** Initials closed in their bracket, then a capitalised word or a lower-case one and a capitalised: "AKP) Istanbul", "AKP) lawmaker Zeynep". */
const BODY_INITIALS_THEN_MORE = /^\p{Lu}{2,6}\)\s+(?:\p{Lu}|\p{Ll}+\s+\p{Lu})/u;
/** An office's initials: "ACP", "DCP", "SSP". */
const OFFICE_INITIALS = /^\p{Lu}{2,5}$/u;
/** A unit or district in brackets, closed, then a capitalised word: "CEN) Mahesh", "East) Ritu". */
const BRACKETED_UNIT_THEN_NAME = /^[\p{L}-]{1,14}\)\s+\p{Lu}/u;
/** The bracketed letter of a party's initials: "JD(U)", "JD(S)", "PML(N)". */
const PARTY_LETTER = /^\p{Lu}\)$/u;
/** A capitalised owner and a lower-case description: "RAIB's deputy chief inspector", "Ofwat's chief executive". */
const OWNER_THEN_LOWER_CASE = /^\p{Lu}[\p{L}.&-]*['’]s\s+\p{Ll}[^,]*$/u;

/** Where the body's name that runs over the "and" at `end` ends ("Port and Allied Workers Union"), or `end`. */
function bodyNameEndAfterAnd(text: string, end: number): number {
  for (const name of findNames(text.slice(0, end + 80))) {
    if (name.start < end && name.end > end && name.kind === 'organization') return name.end;
  }
  return end;
}

/** "Dittmar went on to add", "He continued to say": the verb of speech hangs on a helper verb. */
const HELPER_VERB = /\s+(?:went\s+on\s+to|goes\s+on\s+to|go\s+on\s+to|continued\s+to|continues\s+to|proceeded\s+to|decided\s+to|chose\s+to|wanted\s+to|would|will|did|had|has|went\s+on|took\s+to)\s*$/i;

/**
 * Adjuncts between a subject and its verb: "on Friday", "in a statement", "also", "later on Monday". Each
 * starts a word (not the "on" of "Emmerson Mnangagwa", the "ly" of "Kelly").
 */
const TRAILING_ADJUNCT =
  /(?:\s*,?\s*(?:(?<![\p{L}\p{N}'’-])(?:(?:on|last|this|late|early|earlier|on\s+the)\s+[\p{L}\d-]+(?:\s+(?:morning|afternoon|evening|night))?|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|press\s+release|press\s+conference|speech|post|tweet|letter|message|report|video|broadcast|email|e-mail|briefing|address|announcement|op-ed|column)|also|later|then|further|again|once|too|previously|separately|yesterday|today|has|have|had|had\s+also|has\s+also|was|would|will|did|had\s+earlier|reportedly|had\s+previously)|,)\s*,?)+$/iu;

/**
 * Endings (lower case) the adjunct and helper-verb patterns can end with. The patterns have no word
 * boundary at their start, so an ending may be the tail of a longer word ("Kelly" ends like "…ly").
 */
const ADJUNCT_ENDINGS = [
  'ly', 'also', 'later', 'then', 'further', 'again', 'once', 'too', 'previously', 'separately', 'yesterday', 'today',
  'has', 'have', 'had', 'was', 'would', 'will', 'did', 'morning', 'afternoon', 'evening', 'night', 'statement',
  'interview', 'release', 'conference', 'speech', 'post', 'tweet', 'letter', 'message', 'report', 'video',
  'broadcast', 'email', 'e-mail', 'briefing', 'address', 'announcement', 'op-ed', 'column', 'to', 'on',
];
/** ADJUNCT_ENDINGS by their last character: a text's last character leaves a few endings to compare. */
const ADJUNCT_ENDINGS_BY_LAST_CHARACTER: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const e of ADJUNCT_ENDINGS) byLast.set(e[e.length - 1], [...(byLast.get(e[e.length - 1]) ?? []), e]);
  return byLast;
})();

/** Words that open a time adjunct ending in any word: "on Friday", "last week", "on the 5th". */
const TIME_ADJUNCT_OPENERS = ['on', 'last', 'this', 'late', 'early', 'earlier', 'the'];

const isAdjunctWordChar = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
  return /[\p{L}-]/u.test(text[i]);
};
const isBlankAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i]);
};

/**
 * Whether the adjunct or helper-verb pattern could match at the end of `text` (trailing blanks removed): a
 * necessary condition, checked with string ends, so the costly end-anchored patterns run only when it holds.
 */
function mayEndInAdjunct(text: string): boolean {
  const end = text.slice(-24).toLowerCase();
  if (end.endsWith(',')) return true;
  if (ADJUNCT_ENDINGS_BY_LAST_CHARACTER.get(end[end.length - 1])?.some((e) => end.endsWith(e))) return true;
  // "<opener> <word>": the last word, blanks before it, and an opener before those.
  let i = text.length;
  while (i > 0 && isAdjunctWordChar(text, i - 1)) i--;
  const wordStart = i;
  while (i > 0 && isBlankAt(text, i - 1)) i--;
  if (i === wordStart || i === text.length) return false;
  const before = text.slice(Math.max(0, i - 8), i).toLowerCase();
  return TIME_ADJUNCT_OPENERS.some((o) => before.endsWith(o));
}

/**
 * A manner adverb at the end ("…, reportedly", "publicly"): lower case, which the case-insensitive pattern
 * above cannot tell ("Kelly", "Emily" are names), so it is matched on its own.
 */
const TRAILING_ADVERB = /(?:\s*,?\s*(?<![\p{L}\p{N}'’-])(?!family|ally|rally|assembly|supply|daily|weekly|monthly|only)\p{Ll}{3,}ly\s*,?)+$/u;

/** TRAILING_ADVERB, run only when the text ends in "ly" (before blanks and a comma), as it must to match. */
function stripAdverb(text: string): string {
  const end = text.trimEnd();
  const beforeComma = end.endsWith(',') ? end.slice(0, -1).trimEnd() : end;
  return beforeComma.endsWith('ly') ? text.replace(TRAILING_ADVERB, '') : text;
}

export function stripTrailingAdjuncts(text: string): string {
  // Adjuncts are short: only the tail is searched (an end-anchored pattern over a whole sentence is slow).
  const TAIL = 160;
  const head = text.length > TAIL ? text.slice(0, text.length - TAIL) : '';
  let previous: string;
  let current = (text.length > TAIL ? text.slice(text.length - TAIL) : text).trimEnd();
  do {
    previous = current;
    if (!mayEndInAdjunct(current)) break;
    current = stripAdverb(current.replace(HELPER_VERB, '').replace(TRAILING_ADJUNCT, '')).trimEnd();
  } while (current !== previous && current.length > 0);
  return head + current;
}

const CLAUSE_WORD = /^(?:and|but|while|as|after|before|because|when|where|although|though|since|that|which|who|if|then|so|whereas|however|with|by)$/i;
/** Chunks that can sit between a subject and its verb: "who led the petition", "on the lower deck", "president of X". */
const SKIPPABLE_CHUNK = /^\s*(?:who|which|whose|on|in|at|from|during|after|before|with|without|as|also|the|a|an|his|her|its|their|[\p{Ll}][\p{L}-]*)(?![\p{L}\p{N}_])/u;
const MAX_SUBJECT_WORDS = 9;
/**
 * A role and its holder in apposition may run longer: "Arusha Regional Police Commander, Senior Assistant
 * Commissioner of Police (SACP) Justine Masawe". (Only a phrase with a comma in it: a longer one without runs
 * over into the words after the subject.)
 */
const MAX_APPOSED_SUBJECT_WORDS = 12;
/** A chunk of one or two capitalised words and nothing else ("Finland", "New Mexico"). */
const PLACE_WORDS_ONLY = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s*,?\s*$/u;
/** Whether chunk `k` is a country or state after a place the chunk before ends with ("… in Lahti, | Finland,"). */
function isPlaceChunk(trimmed: string, cuts: number[], k: number): boolean {
  return k >= 1 && PLACE_WORDS_ONLY.test(chunkAt(trimmed, cuts, k).text) && PLACE_AT_CHUNK_END.test(trimmed.slice(Math.max(0, cuts[k] - 60), cuts[k]).replace(/[,\s]+$/, ''));
}
/** A chunk that ends with a place after "in", "at", "near" or "from" ("a school in Lahti"). */
const PLACE_AT_CHUNK_END = /\b(?:in|at|near|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;
/** Chunks that are always asides: "in remarks to UOL.com.br", "who led the petition", "24". */
const ASIDE_CHUNK = /^\s*(?:(?:who|whom|which|whose|in|on|at|from|during|after|before|with|without|via|through|speaking|writing|according|along|together|alongside|as\s+well\s+as|including|like|unlike|accompanied|flanked|joined)(?![\p{L}\p{N}_])|\d+\s*$|[\p{Ll}]{3,}ing(?![\p{L}\p{N}_])|[\p{Ll}]{3,}(?:ed|en|wn)\s+by(?![\p{L}\p{N}_]))/iu;
const MAX_SKIPPED_CHUNKS = 3;
/** An American legislator's party and home after the name ("Sen. Curtis Blalock, R-Lubbock,"): an aside, no speaker. */
const PARTY_AND_HOME_CHUNK = new RegExp(`^\\s*${PARTY_AND_HOME.source}\\s*$`, 'u');

/** Blank out parentheses ("(NCA)") and dash asides ("— which the BBC noted —"), keeping offsets. */
export function blankParentheses(text: string): string {
  // Each pattern needs its opening character: most texts have neither, and are not scanned by the patterns.
  const unbracketed = text.includes('(') ? text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)) : text;
  const mayHoldDashAside = unbracketed.includes('—') || unbracketed.includes('–');
  return mayHoldDashAside ? unbracketed.replace(/\s[—–]\s[^—–]{1,120}\s[—–](?=\s)/g, (m) => ' '.repeat(m.length)) : unbracketed;
}

/**
 * Where the text after the last of `marks` and the blanks right after it starts (0 when no mark occurs): the
 * end of the last match of `[marks]\s*`, found from the end rather than by matching every mark (a masked
 * quotation is a run of "…", every one of them a mark).
 */
export function afterLastMark(text: string, marks: string): number {
  for (let p = text.length - 1; p >= 0; p--) {
    if (!marks.includes(text[p])) continue;
    let end = p + 1;
    while (end < text.length && isJsBlank(text.charCodeAt(end))) end++;
    return end;
  }
  return 0;
}

/** "Peter Jonas's lawyer": a possessive owner and a lower-case noun, an appositive like "the lawyer". */
const POSSESSIVE_DESCRIPTION = /^[\p{Lu}][\p{L}\s.-]*(?:['’]s|(?<=s)['’])\s+[\p{Ll}][\p{Ll}\s-]*$/u;
const CAPITALISED = /^[\p{Lu}]/u;
/**
 * Where a name that `limit` falls inside starts: up to four capitalised words back. ("Convener of the
 * Electricity Workers' Joint Trade Union Front Kapila Nanayakkara": over "of" and "the" too, back to a title
 * whose holder's name ends the words; "a Dame Companion of the New Zealand Order of Merit" names no one.)
 */
function nameStartBefore(tokens: Token[], limit: number): number {
  let capitalised = limit;
  for (let steps = 0; steps < 4 && capitalised > 0 && CAPITALISED.test(tokens[capitalised - 1].text) && CAPITALISED.test(tokens[capitalised].text); steps++) capitalised--;
  let title = limit;
  for (let steps = 0; steps < 4 && title > 0 && inCapitalisedName(tokens[title - 1].text) && inCapitalisedName(tokens[title].text); steps++) title--;
  return title < capitalised && ROLE_HEADS.has(tokens[title].text.toLowerCase()) && titledHolder(tokens.slice(title)) ? title : capitalised;
}

/** Whether words, all of a capitalised name, read as a title and its holder ("Convener of the … Front Kapila Nanayakkara"). */
function titledHolder(words: Token[]): boolean {
  return words.every((t) => inCapitalisedName(t.text)) && classifyWords(words.map((t) => t.text)).kind === 'person';
}

/** A word of a capitalised name, or an "of"/"for"/"the" inside one ("Convener of the … Front"). */
const inCapitalisedName = (word: string): boolean => CAPITALISED.test(word) || word === 'of' || word === 'for' || word === 'the';
/**
 * "a lawyer representing [Peter Jonas]": a name after a participle is its object. (Not a noun in "-ing":
 * "Later in the evening he posted".)
 */
const PARTICIPLE_WORD = /^(?!(?:morning|evening|meeting|hearing|briefing|building|ruling|wedding|funding|spring|king|thing|ceiling|sibling|beginning|ending|offering|outing|setting)$)[\p{Ll}]{2,}ing$/u;
const NOT_BEFORE_SUBJECT = /^(?:of|for|to|with|by|from|at|in|on|about|against|and|&|or|nor|between|among|without|toward|towards|into|onto|than|like|including|via|per|as|[\p{L}.-]+['’]s|[\p{L}.-]+s['’])$/iu;

/**
 * The trailing noun phrase of a chunk: after its last clause word, at most nine words; the longest such
 * suffix that `accept`s ("Znak.com reported its source" → "its source").
 */
function trailingPhrase(chunk: string, chunkStart: number, accept: ((phrase: string) => boolean) | null = null): { phrase: string; start: number } | null {
  const tokens: Token[] = tokenize(chunk);
  if (tokens.length === 0) return null;
  // After the last clause word (not the final word), and at most MAX_SUBJECT_WORDS words: looking back from
  // the end, a clause word before that limit no longer matters.
  let limit = Math.max(0, tokens.length - MAX_SUBJECT_WORDS);
  // (Never inside a name, though: "Keiko Nakamura of the University of Otago's Department of Geology" is read
  // from "Keiko", a few words past the limit.)
  limit = nameStartBefore(tokens, limit);
  let i = limit;
  for (let k = tokens.length - 2; k >= limit; k--) {
    if (CLAUSE_WORD.test(tokens[k].text) && !describesTheSource(tokens, k) && !joinsBodyName(tokens, k) && !joinsPlaces(tokens, k)) {
      i = k + 1;
      break;
    }
  }
  for (let k = i; accept && k < tokens.length; k++) {
    // A name after a preposition, a possessive or "and" is an object or a second party, never the subject:
    // "Friends of [Alan Whitfield]", "a letter to [Peter Jonas]", "Alan Whitfield and [Peter Jonas]".
    if (k > i && (NOT_BEFORE_SUBJECT.test(tokens[k - 1].text) || PARTICIPLE_WORD.test(tokens[k - 1].text))) continue;
    // Nor does a subject start inside a name: "a source close to Peter [Jonas]".
    if (k > i && CAPITALISED.test(tokens[k - 1].text) && CAPITALISED.test(tokens[k].text)) continue;
    const phrase = chunk.slice(tokens[k].start).trim();
    if (accept(phrase)) return { phrase, start: chunkStart + tokens[k].start };
  }
  return { phrase: chunk.slice(tokens[i].start).trim(), start: chunkStart + tokens[i].start };
}

/**
 * "A source familiar with the investigation", "a person with knowledge of the talks": a "with" that describes
 * an unnamed source opens no clause (as "with Zinichev describing" does), so the source stays the subject.
 */
const FAMILIAR = /^(?:familiar|acquainted|conversant)$/i;
const KNOWLEDGE = /^(?:knowledge|direct|first-hand|firsthand|detailed|intimate|close)$/i;
function describesTheSource(tokens: Token[], k: number): boolean {
  if (tokens[k].text.toLowerCase() !== 'with') return false;
  return (k > 0 && FAMILIAR.test(tokens[k - 1].text)) || (k + 1 < tokens.length && KNOWLEDGE.test(tokens[k + 1].text));
}

/**
 * "Contacted by l'express, the Ministry of Health and Wellness said": an "and" between capitalised words of one
 * body's name joins the name, and opens no clause (as "Peter Jonas and Mary Clarke" does).
 */
const NAME_JOINER = /^(?:of|for|and|&)$/;
function joinsBodyName(tokens: Token[], k: number): boolean {
  const word = tokens[k].text;
  if (word !== 'and' && word !== '&') return false;
  if (k === 0 || k + 1 >= tokens.length || !CAPITALISED.test(tokens[k - 1].text) || !CAPITALISED.test(tokens[k + 1].text)) return false;
  let first = k - 1;
  while (first > 0 && (CAPITALISED.test(tokens[first - 1].text) || NAME_JOINER.test(tokens[first - 1].text))) first--;
  let last = k + 1;
  while (last + 1 < tokens.length && CAPITALISED.test(tokens[last + 1].text)) last++;
  if (!CAPITALISED.test(tokens[first].text)) return false;
  const words: string[] = [];
  for (let i = first; i <= last; i++) words.push(tokens[i].text);
  return classifyWords(words).kind === 'organization';
}

/**
 * "shopkeepers in Sestri Ponente and Pegli warned": an "and" between two places after a preposition of place
 * joins the places, and opens no clause (the second place is no subject).
 */
const PLACE_PREPOSITION = /^(?:in|at|near|from|across|around|outside|inside|between)$/;
function joinsPlaces(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== 'and' || k < 2 || k + 1 >= tokens.length || !CAPITALISED.test(tokens[k + 1].text)) return false;
  let first = k - 1;
  while (first > 0 && CAPITALISED.test(tokens[first].text)) first--;
  return first < k - 1 && PLACE_PREPOSITION.test(tokens[first].text);
}

/** What ends a clause chunk: a mark (every "…" of a masked quotation is one), or a dash between blanks. */
const CHUNK_END = /[,;:\[\]…"“”]|\s[—–-]\s/g;

/**
 * Where the clause chunks of a text start: 0, then the end of every CHUNK_END match. Read with `test` and
 * `lastIndex`, which make no match object (a masked quotation before the verb is hundreds of matches).
 */
function chunkStarts(text: string): number[] {
  const starts = [0];
  CHUNK_END.lastIndex = 0;
  while (CHUNK_END.test(text)) starts.push(CHUNK_END.lastIndex);
  return starts;
}

/**
 * Chunk `k` of a text cut at `cuts` (from `chunkStarts`): its text, without the mark that ends it, and its
 * start. (A function rather than a closure in `subjectBefore`: under tsx each closure created costs a
 * `defineProperty` call for its name.)
 */
function chunkAt(text: string, cuts: number[], k: number): { text: string; start: number } {
  const start = cuts[k];
  const end = k + 1 < cuts.length ? cuts[k + 1] - 1 : text.length;
  return { text: text.slice(start, end), start };
}

/** `text.replace(/[,\s]+$/, '')`, read from the end (the end-anchored pattern is tried from every position). */
export function withoutTrailingCommasAndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 44 || isJsBlank(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * An aside that ends in a description of someone: "speaking alongside her deputy", "who had earlier briefed the
 * Regional Minister" (a title of up to three words, in capitals or not).
 */
const DESCRIBED_OBJECT_AT_END = /\b(?:his|her|their|its|the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+\s*$/u;

/** An opening that addresses someone: "In a letter to …", "Writing to …", "In remarks to …". */
const LETTER_OR_ADDRESS = /^\s*(?:In\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:letter|email|e-mail|message|note|submission|complaint|petition|appeal|statement|memo|remarks|speech|address)\s+(?:sent\s+)?to|Writing\s+to|Speaking\s+to|Addressing)\b/iu;
/** A chunk that ends in the object of a preposition: "In a letter to Whatuira and the council's chief executive". */
const OBJECT_AT_END = /\b(?:to|with|for|from|about|against|by)\s+(?:[^\s,]+\s+){0,5}[^\s,]+\s*$/i;

/**
 * The subject of a verb from the text before it: the last clause chunk, adjuncts dropped; when that chunk
 * is an aside between subject and verb ("Cherry, who led the petition, said"; "Robert, on the lower deck,
 * said") the chunk before it; an appositive description is joined to its name ("Jane Doe, the CEO, said").
 * `accept` decides whether a phrase names a speaker. Returns the phrase and its start offset in `before`.
 */
/** "and" and capitalised words up to a body's head, then a role and a name: "and Regulatory Board chairperson Lourdes". */
const BODY_AFTER_AND = /^\s(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Board|Authority|Commission|Council|Agency|Office|Department|Ministry|Corporation|Company|Institute|Association|Union|Service|Services|Bureau|Committee|Development)\s+\p{Ll}[\p{L}-]*\s+\p{Lu}/u;
/** A participle and a preposition opening the sentence: "Speaking alongside", "Standing next to". */
const OPENING_PARTICIPLE_PHRASE = /^\s*\p{Lu}\p{Ll}+ing\s+(?:alongside|beside|with|next\s+to|after|before|to|at)\s/u;
/** "and" at the end of a chunk, which COORDINATED_VERB_AT_END needs (a plain test first: most chunks end otherwise). */
const AND_AT_END = /\band\s*$/;
/** A past-tense verb (with a particle or an object of the body) and "and" at the end of a chunk: "smiled and", "stood up and", "shook his head and". */
const COORDINATED_VERB_AT_END = /^(.*?\S)\s+(?:(?:smiled|nodded|paused|laughed|shrugged|sighed|grinned|frowned|hesitated|turned|stood|sat|looked|leaned|paused|wept|chuckled|smiled\s+broadly)(?:\s+(?:up|down|back|away|again|briefly|for\s+a\s+moment))?|shook\s+(?:his|her|their)\s+heads?|took\s+a\s+(?:deep\s+)?breath)\s+and\s*$/u;

/** A subject pronoun, a past-tense verb and its words, and "and" at the end of a chunk: "he stopped before the cameras and". */
const PRONOUN_VERB_AND = /(?:^|\s)(he|she|they|He|She|They)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b[^,;:“”"]{0,60}?\s+and\s*$/u;

export function subjectBefore(before: string, accept: (phrase: string) => boolean = () => true): { phrase: string; start: number } | null {
  const trimmed = stripTrailingAdjuncts(withoutTrailingCommasAndBlanks(blankParentheses(before)));
  if (trimmed.trim() === '') return null;
  const cuts = chunkStarts(trimmed);
  const last = cuts.length - 1;
  const lastChunk = chunkAt(trimmed, cuts, last);
  const first = trailingPhrase(lastChunk.text, lastChunk.start);
  // An aside is enclosed in commas: ", in remarks to UOL.com.br, said" (not ", with Zinichev describing").
  const lastIsAside = last > 0 && ((ASIDE_CHUNK.test(lastChunk.text) && /,\s*$/.test(before)) || PARTY_AND_HOME_CHUNK.test(lastChunk.text)) && trimmed[cuts[last] - 1] === ',';
  // "the minister, speaking alongside her deputy, Yusuf Kamwendo, replied": a name closed by commas right
  // after an aside that ends in someone described is that someone, inside the aside; the subject is before it.
  // (Not "who would give only her first name, Hadiza,": a name given as a name is the person's own.)
  const asideBefore = last >= 2 ? chunkAt(trimmed, cuts, last - 1).text : '';
  if (first && last >= 2 && /,\s*$/.test(before) && /^[\p{Lu}]/u.test(first.phrase) && ASIDE_CHUNK.test(asideBefore) && DESCRIBED_OBJECT_AT_END.test(asideBefore) && !/\bnames?\s*$/i.test(asideBefore)) {
    const outer = chunkAt(trimmed, cuts, last - 2);
    const subject = trailingPhrase(outer.text, outer.start);
    if (subject && accept(subject.phrase) && trimmed[cuts[last - 1] - 1] === ',') return subject;
  }
  if (first && accept(first.phrase) && !lastIsAside) {
    // "Jane Doe, the company's chief executive, said": join the description to the name before it.
    if ((/^(?:the|a|an|another|one|his|her|its|their)\s/i.test(first.phrase) || POSSESSIVE_DESCRIPTION.test(first.phrase)) && last >= 1) {
      const previous = chunkAt(trimmed, cuts, last - 1);
      const name = trailingPhrase(previous.text, previous.start);
      // Not a name that is the object of a preposition: "posted by Peter Jonas, a masked man said".
      const wordBefore = name ? /([^\s]+)\s*$/.exec(trimmed.slice(previous.start, name.start))?.[1] : undefined;
      const isObject = wordBefore !== undefined && (NOT_BEFORE_SUBJECT.test(wordBefore) || PARTICIPLE_WORD.test(wordBefore));
      // Nor a name in apposition to such an object, before a description the verb follows directly: in "In a
      // letter to the chief executive, Martin Gillespie, the minister wrote" the minister is the subject.
      const appositionToObject = last >= 2 && OBJECT_AT_END.test(chunkAt(trimmed, cuts, last - 2).text) && !/,\s*$/.test(before);
      // (Nor one in apposition to the object of a participle that opens the sentence: "Speaking alongside the
      // head of the disaster directorate, Serdar Koçak, the governor told reporters".)
      const inOpeningParticiple = last === 2 && OPENING_PARTICIPLE_PHRASE.test(chunkAt(trimmed, cuts, 0).text);
      if (name && !isObject && !appositionToObject && !inOpeningParticiple && /^[\p{Lu}]/u.test(name.phrase) && accept(name.phrase) && trimmed[cuts[last] - 1] === ',') {
        return { phrase: `${name.phrase}, ${first.phrase}`, start: name.start };
      }
    }
    return first;
  }
  // "Leaving after the verdict, he stopped before the cameras and said": a subject with a verb of its own in
  // the last chunk, coordinated with the cue, comes before any phrase of an earlier chunk.
  const pronounVerb = last > 0 && AND_AT_END.test(lastChunk.text) ? PRONOUN_VERB_AND.exec(lastChunk.text) : null;
  if (pronounVerb && accept(pronounVerb[1])) return { phrase: pronounVerb[1], start: lastChunk.start + pronounVerb.index + pronounVerb[0].indexOf(pronounVerb[1]) };
  for (let k = last - 1; k >= Math.max(0, last - MAX_SKIPPED_CHUNKS); k--) {
    const skipped = chunkAt(trimmed, cuts, k + 1).text;
    if ((!SKIPPABLE_CHUNK.test(skipped) && !ASIDE_CHUNK.test(skipped) && !PARTY_AND_HOME_CHUNK.test(skipped) && !isPlaceChunk(trimmed, cuts, k + 1)) || trimmed[cuts[k + 1] - 1] !== ',') break;
    const chunk = chunkAt(trimmed, cuts, k);
    const candidate = trailingPhrase(chunk.text, chunk.start);
    // ("In a letter to Health Minister Samuel Nkansah and the hospital's board chairman, Isaac Quaye, the
    // branch of the union wrote": a name in apposition to the letter's addressee is no subject.)
    if (k === 1 && candidate && LETTER_OR_ADDRESS.test(chunkAt(trimmed, cuts, 0).text)) break;
    // (Nor the addressee itself: "In a letter to Prime Minister Jamal al-Rubaie and parliament speaker Faris
    // al-Mashhadani, the KDP's Kirkuk bloc wrote".)
    if (k === 0 && candidate && LETTER_OR_ADDRESS.test(chunk.text)) break;
    // ("a school in Lahti, Finland, in which …, on Tuesday concluded": a country or state after a place named
    // with "in" or "at" is part of that place, no subject.)
    if (candidate && isPlaceChunk(trimmed, cuts, k)) continue;
    if (candidate && accept(candidate.phrase)) return candidate;
  }
  // A coordinated verb: "Alemu smiled and said", "The minister stood up and told reporters": the subject
  // of the first verb speaks.
  const coordinated = AND_AT_END.test(lastChunk.text) ? COORDINATED_VERB_AT_END.exec(lastChunk.text) : null;
  if (coordinated) {
    const subject = trailingPhrase(coordinated[1], lastChunk.start);
    if (subject && accept(subject.phrase)) return subject;
  }
  // A coordinated appositive: "Jennifer Daskal of American University and contributor to Slate wrote".
  const and = lastChunk.text.search(/\s(?:and|&)\s[^]*$/);
  if (and > 0) {
    const head = trailingPhrase(lastChunk.text.slice(0, and), lastChunk.start);
    // (A person's name before "and", not the first words of a body's: "Land Transportation Franchising and
    // Regulatory Board chairperson Lourdes Pangilinan said".)
    if (head && /^[\p{Lu}]/u.test(head.phrase) && accept(head.phrase) && !BODY_AFTER_AND.test(lastChunk.text.slice(and))) return head;
  }
  // Last resort: the longest speaker-like end of the last chunk ("Znak.com reported its source" → "its source").
  return trailingPhrase(lastChunk.text, lastChunk.start, accept) ?? first;
}

/**
 * "Greek prime minister Kyriakos Mitsotakis dismissed …": the shortest phrase ("Greek") is a modifier of
 * a longer one that ends in a name; that longer phrase is the subject.
 */
function longerName(clause: string, tokens: Token[], from: number, end: number, accept: (phrase: string) => boolean): { phrase: string; start: number } | null {
  if (!tokens[end] || !/^[\p{Ll}]/u.test(tokens[end].text)) return null;
  for (let k = end + 1; k < Math.min(tokens.length, end + 6); k++) {
    if (!/^[\p{Lu}]/u.test(tokens[k].text)) continue;
    // Only a title joins them ("prime minister"), or a noun for a person ("Its founder, Singleton mine worker
    // Mick Raftery,"): "Smith met Mary Clarke" is a subject, a verb and an object.
    // (The person noun only right before the name, after a capitalised word and no comma: "he radioed the pilot,
    // Beat Lauber," is a verb and its object.)
    const joining = tokens[k - 1].text.toLowerCase();
    const personNounBeforeName = PERSON_NOUNS.has(joining) && /^\p{Lu}/u.test(tokens[end - 1].text) && !clause.slice(tokens[end - 1].end, tokens[k].start).includes(',');
    if (!ROLE_HEADS.has(joining) && !personNounBeforeName) return null;
    let last = k;
    while (last + 1 < tokens.length && /^[\p{Lu}]/u.test(tokens[last + 1].text)) last++;
    const phrase = clause.slice(tokens[from].start, tokens[last].end);
    return accept(phrase) ? { phrase, start: tokens[from].start } : null;
  }
  return null;
}

/**
 * "The Telangana high court stayed …": a name ("Telangana") that lower-case words make a body's description
 * ("the Telangana high court") is a modifier of that description, which is the subject.
 */
function longerBody(clause: string, tokens: Token[], from: number, end: number, accept: (phrase: string) => boolean): { phrase: string; start: number } | null {
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    if (!/^[\p{Ll}]/u.test(tokens[k].text)) return null;
    if (!NOMINAL_ORG_HEADS.has(tokens[k].text)) continue;
    const phrase = clause.slice(tokens[from].start, tokens[k].end);
    // With its name in apposition: "The Dutch construction industry association, Bouwend Nederland,".
    const named = APPOSITIVE_NAME.exec(clause.slice(tokens[k].end));
    const withName = named ? `${phrase}, ${named[1]}` : null;
    if (withName && accept(withName)) return { phrase: withName, start: tokens[from].start };
    return accept(phrase) ? { phrase, start: tokens[from].start } : null;
  }
  return null;
}

/** A place of one or two words in title case and a colon before a capital, opening a story: "Bengaluru: The …". */
const TITLE_CASE_DATELINE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?:\s+(?=\p{Lu})/u;
/** A participle opening a sentence, with its object: "Sentencing him", "Addressing the crowd". */
const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\s+\p{Ll}/u;

/**
 * The subject at the start of a clause, for participles that borrow it: "Ford released a statement,
 * saying …" → "Ford". The longest opening phrase that `accept`s, followed by a lower-case word.
 */
export function clauseSubject(clause: string, accept: (phrase: string) => boolean): { phrase: string; start: number } | null {
  const tokens = tokenize(clause);
  // ("Bengaluru: The High Court of Karnataka on Tuesday pulled up …, and warned": a dateline in title case, as
  // Indian papers write it, opens no subject.)
  const dateline = TITLE_CASE_DATELINE.exec(clause)?.[0].length ?? 0;
  let skip = dateline > 0 ? Math.max(0, tokens.findIndex((t) => t.start >= dateline)) : 0;
  // Skip an opening adjunct: "In a statement, X …" / "On Monday, X …".
  const comma = clause.indexOf(',', dateline);
  const opening = clause.slice(dateline);
  // (Not a comma that only closes the clause before a participle: "In the filing Ford made this point, writing".)
  // ("Sentencing him at Birmingham Crown Court, Judge Alison Reeve said": a participle's clause opens it too.)
  if (comma >= 0 && clause.slice(comma + 1).trim() !== '' && (/^\s*(?:in|on|at|after|before|during|speaking|earlier|later|late|early|last|meanwhile|however|yesterday|today)(?![\p{L}\p{N}_])/iu.test(opening) || OPENING_PARTICIPLE.test(opening))) {
    skip = tokens.findIndex((t) => t.start > comma);
    if (skip < 0) return null;
  }
  // The shortest phrase that names a speaker and is followed by a lower-case word (its verb); when the
  // clause opens with an adjunct without a comma ("In the filing itself Ford also made …") later starts too.
  const firstStarts = /^(?:in|on|at|after|before|during|with|from|by|for|under|following|despite)$/i.test(tokens[skip]?.text ?? '') ? 6 : 1;
  for (let from = skip; from < Math.min(tokens.length, skip + firstStarts); from++) {
    for (let k = from + 1; k <= Math.min(tokens.length, from + MAX_APPOSED_SUBJECT_WORDS); k++) {
      if (k - from > MAX_SUBJECT_WORDS && !clause.slice(tokens[from].start, tokens[k - 1].end).includes(',')) break;
      const next = tokens[k];
      // ("The representative body Nursing Homes Alliance Ireland": a body's kind after the words is no verb.)
      if (next && (!/^[\p{Ll}]/u.test(next.text) || /^(?:of|for|and|the|de|van|von|bin|al|el|da|del|body|group|organisation|organization)$/.test(next.text))) continue;
      const phrase = clause.slice(tokens[from].start, tokens[k - 1].end);
      // ("The Labour politician also rejected …": a role or person noun after the words goes with them; "The
      // Labour" alone would read as a name.)
      // (Only right after a capitalised word, in a phrase with no comma: "Juan Manuel Serrano, the president of …"
      // is a name in apposition.)
      if (next && (ROLE_HEADS.has(next.text) || PERSON_NOUNS.has(next.text)) && /^\p{Lu}/u.test(tokens[k - 1].text) && !phrase.includes(',') && accept(clause.slice(tokens[from].start, next.end))) continue;
      if (accept(phrase)) return longerName(clause, tokens, from, k, accept) ?? longerBody(clause, tokens, from, k, accept) ?? { phrase, start: tokens[from].start };
    }
  }
  return null;
}

/**
 * A text whose subject is someone unnamed, after at most a short opening phrase of place or time: "A
 * 45-year-old office worker at Nagoya Station said", "Across the street, a retired bus driver was filling
 * jugs", "One of them, who declined to give her name, said". (Not "Ngozi Okonkwo-Eze, a mother of four,
 * said": an appositive describes the name before it. Not "a spokesperson", a body's voice; not a group, a
 * document or an amount.) The description runs to its first person noun (or to the comma before "who");
 * `start` is where it opens.
 */
// ("Another, a man in his thirties with a bandaged hand, was blunter": the description may follow "Another" in apposition.)
const OPENS_WITH_UNNAMED = /^(\s*(?:(?:At|In|On|Outside|Inside|Across|Near|Nearby|Back|Elsewhere|Later|Earlier|Meanwhile|Along|Around|Behind|Beside|By|Down|Up|Among|After|Before|During|Further|Closer|Farther|But|And|However)\b[^,;:“”"]{0,60}?,?\s+)?)((?:[Aa]n?|[Oo]ne|[Aa]nother)(?:,\s+(?:an?|one)(?=\s))?\s+[^,;:“”"]{0,80})/u;
const NOT_A_PERSON = /\bspokes|(?<![\p{L}-])(?:group|company|firm|body|statement|report|post|letter|number|total|series|lot|third|quarter|half|part|day|week|month|year|time|way|few|couple)(?![\p{L}-])/u;
/**
 * "who gave his name only as", "who identified herself as": a name follows (group 1 or 2 the pronoun). The one
 * pattern for it: `subject.ts` reads the name after it.
 */
const NAMED_AS = new RegExp(`${lexiconModule.WHO_NAMED_AS}\\b`);
const NAMED_AS_REACH = 100;
/** An indefinite description of up to five words ending in a lower-case noun, then "who": "A Dublin publisher who". */
const DESCRIPTION_THEN_WHO = /^((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'’-]+\s+){0,4}?\p{Ll}[\p{Ll}-]+)\s+who\s/u;
const VERB_IN_DESCRIPTION = /^(?:was|were|is|are|has|had|have|said|says)$/i;
/** How many words in a description may stand before its person noun ("a 45-year-old office worker"). */
const MAX_WORDS_TO_PERSON = 6;

export function unnamedPersonOpening(text: string): { description: string; start: number } | null {
  const opening = OPENS_WITH_UNNAMED.exec(text);
  if (!opening) return null;
  const words = opening[2].split(/\s+/);
  const head = words.findIndex((w, i) => i > 0 && i <= MAX_WORDS_TO_PERSON && PERSON_NOUNS.has(w.toLowerCase()));
  // ("Another was tour manager Thomas Gray": a verb before the noun makes no description of someone unnamed.)
  if (head > 0 && words.slice(1, head).some((w) => VERB_IN_DESCRIPTION.test(w))) return null;
  // ("One of them, who gave his name only as Efraín,": named after all.)
  const rest = text.slice(opening[1].length);
  // ("A Dublin publisher who has sat on the jury": "who" right after an indefinite description makes it someone's,
  // whatever noun it ends in.)
  const whoAfter = head > 0 ? null : DESCRIPTION_THEN_WHO.exec(opening[2]);
  const described = head > 0 ? words.slice(0, head + 1).join(' ') : whoAfter && !NAMED_AS.test(rest.slice(0, NAMED_AS_REACH)) ? whoAfter[1] : /^[^,]*,\s*who\s/.test(rest) && !NAMED_AS.test(rest.slice(0, NAMED_AS_REACH)) ? opening[2].trim() : null;
  // ("A single borehole, he cautions, offers only a snapshot": a thing, not someone.)
  if (!described || NOT_A_PERSON.test(described)) return null;
  return { description: described, start: opening[1].length };
}

