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
 * Measured on the development set (1818 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 1680
 * authored articles under 274 style prefixes that the rules were not first written against; 17635 direct quotes
 * found, 8840 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 8303, total: 8840 },
  leadingCue: { right: 6187, total: 6710 },
  trailingCue: { right: 4516, total: 4756 },
  splitCue: { right: 3376, total: 3490 },
  sentenceVerb: { right: 975, total: 1063 },
  precedingColon: { right: 809, total: 881 },
  sameSentence: { right: 172, total: 191 },
  colonClause: { right: 110, total: 118 },
  afterReportedSpeech: { right: 45, total: 52 },
  nearbyMention: { right: 21, total: 28 },
  findingThat: { right: 20, total: 28 },
  followingSentence: { right: 27, total: 27 },
  sameParagraph: { right: 22, total: 25 },
  paragraphContinuation: { right: 17, total: 20 },
  accordingTo: { right: 11, total: 18 },
  colonLeadIn: { right: 8, total: 10 },
  passiveBy: { right: 8, total: 9 },
  colonName: { right: 3, total: 3 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 1512 authored articles
 * (batches 6 and 9–58, under 246 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.86 against
 * 0.91), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 5040, total: 5791 },
  indirect: { right: 7140, total: 7821 },
  trailingCue: { right: 3863, total: 4272 },
  splitCue: { right: 2782, total: 2992 },
  sentenceVerb: { right: 829, total: 963 },
  precedingColon: { right: 670, total: 782 },
  sameSentence: { right: 134, total: 166 },
  paragraphContinuation: { right: 13, total: 18 },
  colonClause: { right: 95, total: 102 },
  followingSentence: { right: 24, total: 25 },
  afterReportedSpeech: { right: 36, total: 48 },
  nearbyMention: { right: 15, total: 22 },
  accordingTo: { right: 3, total: 10 },
  sameParagraph: { right: 20, total: 25 },
  passiveBy: { right: 4, total: 4 },
  colonName: { right: 3, total: 3 },
  colonLeadIn: { right: 4, total: 6 },
  findingThat: { right: 2, total: 3 },
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
