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
 * Measured on the development set (4194 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 4056
 * authored articles under 676 style prefixes that the rules were not first written against; 42375 direct quotes
 * found, 21280 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 20051, total: 21280 },
  leadingCue: { right: 14288, total: 15465 },
  trailingCue: { right: 11769, total: 12430 },
  splitCue: { right: 7620, total: 7845 },
  sentenceVerb: { right: 2368, total: 2575 },
  precedingColon: { right: 2057, total: 2226 },
  sameSentence: { right: 412, total: 465 },
  colonClause: { right: 295, total: 332 },
  afterReportedSpeech: { right: 109, total: 127 },
  followingSentence: { right: 75, total: 75 },
  nearbyMention: { right: 47, total: 68 },
  findingThat: { right: 47, total: 64 },
  sameParagraph: { right: 49, total: 60 },
  accordingTo: { right: 23, total: 39 },
  paragraphContinuation: { right: 24, total: 36 },
  colonLeadIn: { right: 22, total: 27 },
  colonName: { right: 22, total: 22 },
  passiveBy: { right: 14, total: 17 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 3888 authored articles
 * (batches 6 and 9–124, under 642 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 10474, total: 11896 },
  indirect: { right: 14996, total: 16392 },
  trailingCue: { right: 8587, total: 9473 },
  splitCue: { right: 5669, total: 6043 },
  sentenceVerb: { right: 1781, total: 2047 },
  precedingColon: { right: 1505, total: 1728 },
  sameSentence: { right: 300, total: 371 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 219, total: 255 },
  followingSentence: { right: 53, total: 54 },
  afterReportedSpeech: { right: 87, total: 111 },
  nearbyMention: { right: 31, total: 51 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 41, total: 51 },
  passiveBy: { right: 7, total: 9 },
  colonName: { right: 18, total: 18 },
  colonLeadIn: { right: 16, total: 20 },
  findingThat: { right: 21, total: 29 },
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
