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
 * Measured on the development set (3222 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 3084
 * authored articles under 508 style prefixes that the rules were not first written against; 32317 direct quotes
 * found, 16235 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 15227, total: 16235 },
  leadingCue: { right: 11006, total: 11951 },
  trailingCue: { right: 8741, total: 9254 },
  splitCue: { right: 5842, total: 6027 },
  sentenceVerb: { right: 1816, total: 1992 },
  precedingColon: { right: 1546, total: 1674 },
  sameSentence: { right: 326, total: 370 },
  colonClause: { right: 231, total: 261 },
  afterReportedSpeech: { right: 87, total: 102 },
  findingThat: { right: 38, total: 51 },
  followingSentence: { right: 48, total: 48 },
  sameParagraph: { right: 40, total: 47 },
  nearbyMention: { right: 30, total: 46 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 27 },
  colonLeadIn: { right: 18, total: 23 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2916 authored articles
 * (batches 6 and 9–97, under 480 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9703, total: 11016 },
  indirect: { right: 13746, total: 15048 },
  trailingCue: { right: 7922, total: 8751 },
  splitCue: { right: 5162, total: 5516 },
  sentenceVerb: { right: 1647, total: 1892 },
  precedingColon: { right: 1374, total: 1574 },
  sameSentence: { right: 280, total: 344 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 209, total: 244 },
  followingSentence: { right: 44, total: 45 },
  afterReportedSpeech: { right: 79, total: 101 },
  nearbyMention: { right: 25, total: 43 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 38, total: 47 },
  passiveBy: { right: 7, total: 8 },
  colonName: { right: 15, total: 15 },
  colonLeadIn: { right: 13, total: 17 },
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
