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
 * Measured on the development set (3258 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 3120
 * authored articles under 514 style prefixes that the rules were not first written against; 32681 direct quotes
 * found, 16435 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 15417, total: 16435 },
  leadingCue: { right: 11105, total: 12063 },
  trailingCue: { right: 8853, total: 9376 },
  splitCue: { right: 5903, total: 6091 },
  sentenceVerb: { right: 1829, total: 2007 },
  precedingColon: { right: 1574, total: 1705 },
  sameSentence: { right: 329, total: 373 },
  colonClause: { right: 232, total: 262 },
  afterReportedSpeech: { right: 91, total: 107 },
  findingThat: { right: 38, total: 51 },
  followingSentence: { right: 50, total: 50 },
  sameParagraph: { right: 40, total: 47 },
  nearbyMention: { right: 30, total: 46 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 27 },
  colonLeadIn: { right: 19, total: 24 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2952 authored articles
 * (batches 6 and 9–98, under 486 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9800, total: 11127 },
  indirect: { right: 13930, total: 15248 },
  trailingCue: { right: 8032, total: 8873 },
  splitCue: { right: 5223, total: 5580 },
  sentenceVerb: { right: 1659, total: 1907 },
  precedingColon: { right: 1402, total: 1605 },
  sameSentence: { right: 283, total: 347 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 210, total: 245 },
  followingSentence: { right: 46, total: 47 },
  afterReportedSpeech: { right: 83, total: 106 },
  nearbyMention: { right: 25, total: 43 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 38, total: 47 },
  passiveBy: { right: 7, total: 8 },
  colonName: { right: 15, total: 15 },
  colonLeadIn: { right: 14, total: 18 },
  findingThat: { right: 19, total: 26 },
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
