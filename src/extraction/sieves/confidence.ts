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
 * Measured on the development set (3330 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 3192
 * authored articles under 526 style prefixes that the rules were not first written against; 33403 direct quotes
 * found, 16824 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 15812, total: 16824 },
  leadingCue: { right: 11350, total: 12308 },
  trailingCue: { right: 9087, total: 9610 },
  splitCue: { right: 6025, total: 6214 },
  sentenceVerb: { right: 1877, total: 2056 },
  precedingColon: { right: 1616, total: 1749 },
  sameSentence: { right: 333, total: 376 },
  colonClause: { right: 234, total: 265 },
  afterReportedSpeech: { right: 92, total: 109 },
  followingSentence: { right: 54, total: 54 },
  findingThat: { right: 39, total: 53 },
  sameParagraph: { right: 41, total: 49 },
  nearbyMention: { right: 31, total: 48 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 27 },
  colonLeadIn: { right: 19, total: 24 },
  colonName: { right: 18, total: 18 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 3024 authored articles
 * (batches 6 and 9–100, under 498 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 10017, total: 11370 },
  indirect: { right: 14297, total: 15637 },
  trailingCue: { right: 8248, total: 9107 },
  splitCue: { right: 5344, total: 5703 },
  sentenceVerb: { right: 1699, total: 1956 },
  precedingColon: { right: 1442, total: 1649 },
  sameSentence: { right: 287, total: 351 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 212, total: 248 },
  followingSentence: { right: 50, total: 51 },
  afterReportedSpeech: { right: 84, total: 108 },
  nearbyMention: { right: 26, total: 45 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 39, total: 49 },
  passiveBy: { right: 7, total: 8 },
  colonName: { right: 18, total: 18 },
  colonLeadIn: { right: 14, total: 18 },
  findingThat: { right: 20, total: 28 },
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
