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
 * Measured on the development set (3186 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 3048
 * authored articles under 502 style prefixes that the rules were not first written against; 31916 direct quotes
 * found, 16056 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 15059, total: 16056 },
  leadingCue: { right: 10861, total: 11795 },
  trailingCue: { right: 8648, total: 9160 },
  splitCue: { right: 5768, total: 5951 },
  sentenceVerb: { right: 1793, total: 1962 },
  precedingColon: { right: 1525, total: 1652 },
  sameSentence: { right: 321, total: 363 },
  colonClause: { right: 229, total: 259 },
  afterReportedSpeech: { right: 87, total: 102 },
  findingThat: { right: 38, total: 50 },
  followingSentence: { right: 48, total: 48 },
  sameParagraph: { right: 39, total: 46 },
  nearbyMention: { right: 30, total: 45 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 27 },
  colonLeadIn: { right: 16, total: 21 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2880 authored articles
 * (batches 6 and 9–96, under 474 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9560, total: 10860 },
  indirect: { right: 13584, total: 14869 },
  trailingCue: { right: 7834, total: 8657 },
  splitCue: { right: 5091, total: 5440 },
  sentenceVerb: { right: 1625, total: 1862 },
  precedingColon: { right: 1353, total: 1552 },
  sameSentence: { right: 275, total: 337 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 207, total: 242 },
  followingSentence: { right: 44, total: 45 },
  afterReportedSpeech: { right: 79, total: 101 },
  nearbyMention: { right: 25, total: 42 },
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
