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
 * Measured on the development set (954 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 816
 * authored articles under 130 style prefixes that the rules were not first written against; 8966 direct quotes
 * found, 4332 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 4020, total: 4332 },
  leadingCue: { right: 3255, total: 3574 },
  trailingCue: { right: 2107, total: 2222 },
  splitCue: { right: 1802, total: 1866 },
  sentenceVerb: { right: 485, total: 536 },
  precedingColon: { right: 350, total: 378 },
  sameSentence: { right: 98, total: 109 },
  colonClause: { right: 41, total: 46 },
  afterReportedSpeech: { right: 26, total: 31 },
  followingSentence: { right: 17, total: 17 },
  nearbyMention: { right: 13, total: 16 },
  paragraphContinuation: { right: 14, total: 16 },
  accordingTo: { right: 9, total: 14 },
  sameParagraph: { right: 8, total: 10 },
  passiveBy: { right: 5, total: 6 },
  colonLeadIn: { right: 3, total: 3 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 648 authored articles
 * (batches 6 and 9–34, under 102 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.86 against
 * 0.91), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 2274, total: 2672 },
  indirect: { right: 3000, total: 3318 },
  trailingCue: { right: 1567, total: 1750 },
  splitCue: { right: 1261, total: 1360 },
  sentenceVerb: { right: 361, total: 429 },
  precedingColon: { right: 234, total: 279 },
  sameSentence: { right: 69, total: 84 },
  paragraphContinuation: { right: 9, total: 13 },
  colonClause: { right: 34, total: 38 },
  followingSentence: { right: 14, total: 15 },
  afterReportedSpeech: { right: 17, total: 25 },
  nearbyMention: { right: 8, total: 11 },
  accordingTo: { right: 1, total: 6 },
  sameParagraph: { right: 6, total: 9 },
  passiveBy: { right: 1, total: 1 },
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
