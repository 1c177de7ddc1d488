/**
 * What a quote's confidence means: the share of the sieve's attributions that named the right speaker on
 * the labelled development set (real articles + synthetic cases), so that the product can show it and the
 * who-said search, which multiplies its match by this, can abstain on the looser sieves.
 *
 * The counts come from `npm run eval:attribution` ("per sieve" lines, development set). Re-measure and
 * update them when a sieve changes; tests/extraction/sieveConfidence.test.ts fails when they drift apart.
 * Each figure is shrunk towards a modest prior, so a sieve seen a handful of times does not claim 1.0 and
 * a sieve never measured gets the prior.
 */

export interface SieveRecord {
  right: number;
  total: number;
}

/**
 * Measured on the development set (2070 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 1932
 * authored articles under 316 style prefixes that the rules were not first written against; 20283 direct quotes
 * found, 10124 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 9527, total: 10124 },
  leadingCue: { right: 7075, total: 7659 },
  trailingCue: { right: 5369, total: 5634 },
  splitCue: { right: 3783, total: 3897 },
  sentenceVerb: { right: 1125, total: 1221 },
  precedingColon: { right: 959, total: 1042 },
  sameSentence: { right: 192, total: 216 },
  colonClause: { right: 137, total: 149 },
  afterReportedSpeech: { right: 49, total: 60 },
  findingThat: { right: 24, total: 32 },
  sameParagraph: { right: 26, total: 31 },
  followingSentence: { right: 29, total: 29 },
  nearbyMention: { right: 20, total: 27 },
  paragraphContinuation: { right: 17, total: 20 },
  accordingTo: { right: 11, total: 18 },
  colonLeadIn: { right: 8, total: 10 },
  passiveBy: { right: 7, total: 8 },
  colonName: { right: 3, total: 3 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 1764 authored articles
 * (batches 6 and 9–65, under 288 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.86 against
 * 0.91), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 5898, total: 6740 },
  indirect: { right: 8306, total: 9081 },
  trailingCue: { right: 4677, total: 5139 },
  splitCue: { right: 3165, total: 3390 },
  sentenceVerb: { right: 970, total: 1121 },
  precedingColon: { right: 815, total: 943 },
  sameSentence: { right: 153, total: 191 },
  paragraphContinuation: { right: 13, total: 18 },
  colonClause: { right: 121, total: 133 },
  followingSentence: { right: 26, total: 27 },
  afterReportedSpeech: { right: 42, total: 58 },
  nearbyMention: { right: 16, total: 23 },
  accordingTo: { right: 3, total: 10 },
  sameParagraph: { right: 24, total: 31 },
  passiveBy: { right: 4, total: 4 },
  colonName: { right: 3, total: 3 },
  colonLeadIn: { right: 4, total: 6 },
  findingThat: { right: 5, total: 7 },
};

/** A modest prior for a sieve seen too rarely to say. */
const PRIOR = 0.6;
/** How many observations the prior counts for. */
const PRIOR_WEIGHT = 6;
/** How many unseen observations the development precision counts for: a hint, outweighed by unseen text. */
const DEVELOPMENT_WEIGHT = 20;

/**
 * The confidence of an attribution by `sieve`: its precision on unseen text, with the development precision
 * (itself shrunk towards the prior) standing in for DEVELOPMENT_WEIGHT unseen observations.
 */
export function sieveConfidence(
  sieve: string,
  measured: Readonly<Record<string, SieveRecord>> = MEASURED,
  unseen: Readonly<Record<string, SieveRecord>> = UNSEEN,
): number {
  const dev = measured[sieve] ?? { right: 0, total: 0 };
  const developmentPrecision = (dev.right + PRIOR * PRIOR_WEIGHT) / (dev.total + PRIOR_WEIGHT);
  const blind = unseen[sieve] ?? { right: 0, total: 0 };
  const value = (blind.right + developmentPrecision * DEVELOPMENT_WEIGHT) / (blind.total + DEVELOPMENT_WEIGHT);
  return Math.round(value * 100) / 100;
}
