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
 * Measured on the development set (3150 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 3012
 * authored articles under 496 style prefixes that the rules were not first written against; 31560 direct quotes
 * found, 15861 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 14880, total: 15861 },
  leadingCue: { right: 10736, total: 11663 },
  trailingCue: { right: 8543, total: 9043 },
  splitCue: { right: 5718, total: 5896 },
  sentenceVerb: { right: 1781, total: 1948 },
  precedingColon: { right: 1504, total: 1629 },
  sameSentence: { right: 318, total: 360 },
  colonClause: { right: 227, total: 255 },
  afterReportedSpeech: { right: 86, total: 101 },
  findingThat: { right: 38, total: 50 },
  followingSentence: { right: 48, total: 48 },
  sameParagraph: { right: 39, total: 46 },
  nearbyMention: { right: 29, total: 44 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 27 },
  colonLeadIn: { right: 16, total: 21 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2844 authored articles
 * (batches 6 and 9–95, under 468 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9437, total: 10728 },
  indirect: { right: 13405, total: 14674 },
  trailingCue: { right: 7729, total: 8540 },
  splitCue: { right: 5041, total: 5385 },
  sentenceVerb: { right: 1613, total: 1848 },
  precedingColon: { right: 1332, total: 1529 },
  sameSentence: { right: 272, total: 334 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 205, total: 238 },
  followingSentence: { right: 44, total: 45 },
  afterReportedSpeech: { right: 78, total: 100 },
  nearbyMention: { right: 24, total: 41 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 37, total: 46 },
  passiveBy: { right: 7, total: 8 },
  colonName: { right: 15, total: 15 },
  colonLeadIn: { right: 11, total: 15 },
  findingThat: { right: 19, total: 25 },
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
