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
 * Measured on the development set (3114 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2976
 * authored articles under 490 style prefixes that the rules were not first written against; 31176 direct quotes
 * found, 15663 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 14693, total: 15663 },
  leadingCue: { right: 10612, total: 11525 },
  trailingCue: { right: 8425, total: 8913 },
  splitCue: { right: 5666, total: 5845 },
  sentenceVerb: { right: 1756, total: 1923 },
  precedingColon: { right: 1481, total: 1605 },
  sameSentence: { right: 316, total: 358 },
  colonClause: { right: 225, total: 253 },
  afterReportedSpeech: { right: 84, total: 98 },
  findingThat: { right: 37, total: 49 },
  sameParagraph: { right: 39, total: 46 },
  followingSentence: { right: 45, total: 45 },
  nearbyMention: { right: 28, total: 43 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 26 },
  colonLeadIn: { right: 16, total: 20 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2808 authored articles
 * (batches 6 and 9–94, under 462 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9316, total: 10590 },
  indirect: { right: 13219, total: 14476 },
  trailingCue: { right: 7612, total: 8410 },
  splitCue: { right: 4993, total: 5334 },
  sentenceVerb: { right: 1588, total: 1823 },
  precedingColon: { right: 1309, total: 1505 },
  sameSentence: { right: 270, total: 332 },
  paragraphContinuation: { right: 16, total: 25 },
  colonClause: { right: 203, total: 236 },
  followingSentence: { right: 41, total: 42 },
  afterReportedSpeech: { right: 76, total: 97 },
  nearbyMention: { right: 23, total: 40 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 37, total: 46 },
  passiveBy: { right: 7, total: 8 },
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
