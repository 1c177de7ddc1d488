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
 * Measured on the development set (3078 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2940
 * authored articles under 484 style prefixes that the rules were not first written against; 30787 direct quotes
 * found, 15463 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 14507, total: 15463 },
  leadingCue: { right: 10507, total: 11402 },
  trailingCue: { right: 8327, total: 8808 },
  splitCue: { right: 5596, total: 5767 },
  sentenceVerb: { right: 1730, total: 1896 },
  precedingColon: { right: 1451, total: 1576 },
  sameSentence: { right: 310, total: 350 },
  colonClause: { right: 223, total: 249 },
  afterReportedSpeech: { right: 80, total: 94 },
  findingThat: { right: 37, total: 49 },
  sameParagraph: { right: 38, total: 45 },
  followingSentence: { right: 44, total: 44 },
  nearbyMention: { right: 28, total: 43 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 25 },
  colonLeadIn: { right: 15, total: 18 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 10, total: 12 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2772 authored articles
 * (batches 6 and 9–93, under 456 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9213, total: 10470 },
  indirect: { right: 13038, total: 14281 },
  trailingCue: { right: 7515, total: 8307 },
  splitCue: { right: 4923, total: 5258 },
  sentenceVerb: { right: 1560, total: 1794 },
  precedingColon: { right: 1280, total: 1476 },
  sameSentence: { right: 264, total: 324 },
  paragraphContinuation: { right: 16, total: 23 },
  colonClause: { right: 202, total: 233 },
  followingSentence: { right: 40, total: 41 },
  afterReportedSpeech: { right: 72, total: 93 },
  nearbyMention: { right: 23, total: 40 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 36, total: 45 },
  passiveBy: { right: 6, total: 7 },
  colonName: { right: 15, total: 15 },
  colonLeadIn: { right: 11, total: 14 },
  findingThat: { right: 18, total: 24 },
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
