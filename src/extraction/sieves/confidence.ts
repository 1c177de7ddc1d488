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
 * Measured on the development set (258 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 48
 * authored articles in eight newsroom styles that the rules were not first written against; 1641 direct quotes
 * found, 746 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 665, total: 746 },
  leadingCue: { right: 617, total: 674 },
  trailingCue: { right: 338, total: 370 },
  splitCue: { right: 329, total: 350 },
  sentenceVerb: { right: 67, total: 72 },
  precedingColon: { right: 57, total: 67 },
  sameSentence: { right: 21, total: 23 },
  accordingTo: { right: 7, total: 9 },
  colonClause: { right: 8, total: 9 },
  paragraphContinuation: { right: 8, total: 9 },
  nearbyMention: { right: 4, total: 4 },
  afterReportedSpeech: { right: 4, total: 4 },
  passiveBy: { right: 3, total: 3 },
  sameParagraph: { right: 2, total: 2 },
  followingSentence: { right: 2, total: 2 },
  quotedAuthor: { right: 1, total: 1 },
};

/**
 * What a sieve measured on a development set is worth on unseen text: the held-out set showed the rules
 * right less often than on the text they were written against, so every sieve starts from this prior.
 */
const PRIOR = 0.6;
/** How many observations the prior counts for. */
const PRIOR_WEIGHT = 6;

/** The confidence of an attribution by `sieve`: its measured precision, shrunk towards the prior. */
export function sieveConfidence(sieve: string, measured: Readonly<Record<string, SieveRecord>> = MEASURED): number {
  const record = measured[sieve] ?? { right: 0, total: 0 };
  const value = (record.right + PRIOR * PRIOR_WEIGHT) / (record.total + PRIOR_WEIGHT);
  return Math.round(value * 100) / 100;
}
