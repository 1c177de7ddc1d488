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
 * Measured on the development set (2934 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2796
 * authored articles under 460 style prefixes that the rules were not first written against; 29283 direct quotes
 * found, 14707 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 13822, total: 14707 },
  leadingCue: { right: 10043, total: 10894 },
  trailingCue: { right: 7903, total: 8352 },
  splitCue: { right: 5313, total: 5484 },
  sentenceVerb: { right: 1629, total: 1788 },
  precedingColon: { right: 1380, total: 1495 },
  sameSentence: { right: 297, total: 336 },
  colonClause: { right: 209, total: 234 },
  afterReportedSpeech: { right: 71, total: 85 },
  findingThat: { right: 35, total: 46 },
  sameParagraph: { right: 36, total: 43 },
  followingSentence: { right: 43, total: 43 },
  nearbyMention: { right: 26, total: 37 },
  accordingTo: { right: 18, total: 30 },
  paragraphContinuation: { right: 20, total: 25 },
  colonLeadIn: { right: 15, total: 18 },
  passiveBy: { right: 10, total: 12 },
  colonName: { right: 11, total: 11 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2628 authored articles
 * (batches 6 and 9–89, under 432 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 8759, total: 9963 },
  indirect: { right: 12363, total: 13525 },
  trailingCue: { right: 7103, total: 7851 },
  splitCue: { right: 4654, total: 4975 },
  sentenceVerb: { right: 1461, total: 1686 },
  precedingColon: { right: 1211, total: 1395 },
  sameSentence: { right: 251, total: 310 },
  paragraphContinuation: { right: 16, total: 23 },
  colonClause: { right: 188, total: 218 },
  followingSentence: { right: 39, total: 40 },
  afterReportedSpeech: { right: 63, total: 84 },
  nearbyMention: { right: 21, total: 34 },
  accordingTo: { right: 9, total: 22 },
  sameParagraph: { right: 34, total: 43 },
  passiveBy: { right: 6, total: 7 },
  colonName: { right: 11, total: 11 },
  colonLeadIn: { right: 11, total: 14 },
  findingThat: { right: 16, total: 21 },
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
