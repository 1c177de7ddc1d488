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
 * Measured on the development set (5526 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 5388
 * authored articles under 898 style prefixes that the rules were not first written against; 56225 direct quotes
 * found, 28769 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 27252, total: 28769 },
  leadingCue: { right: 18335, total: 19667 },
  trailingCue: { right: 16353, total: 17158 },
  splitCue: { right: 10778, total: 11086 },
  sentenceVerb: { right: 2981, total: 3206 },
  precedingColon: { right: 2394, total: 2578 },
  sameSentence: { right: 516, total: 578 },
  colonClause: { right: 429, total: 472 },
  afterReportedSpeech: { right: 189, total: 208 },
  paragraphContinuation: { right: 118, total: 135 },
  followingSentence: { right: 110, total: 110 },
  sameParagraph: { right: 71, total: 88 },
  nearbyMention: { right: 61, total: 85 },
  findingThat: { right: 63, total: 81 },
  accordingTo: { right: 46, total: 67 },
  colonLeadIn: { right: 30, total: 34 },
  passiveBy: { right: 16, total: 22 },
  colonName: { right: 22, total: 22 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 5220 authored articles
 * (batches 6 and 9–161, under 864 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27 and 2026-11-28), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 16743, total: 18662 },
  indirect: { right: 25426, total: 27531 },
  trailingCue: { right: 15324, total: 16654 },
  splitCue: { right: 10023, total: 10559 },
  sentenceVerb: { right: 2762, total: 3092 },
  precedingColon: { right: 2181, total: 2475 },
  sameSentence: { right: 468, total: 557 },
  paragraphContinuation: { right: 111, total: 135 },
  colonClause: { right: 401, total: 452 },
  followingSentence: { right: 106, total: 107 },
  afterReportedSpeech: { right: 178, total: 207 },
  nearbyMention: { right: 58, total: 88 },
  accordingTo: { right: 33, total: 57 },
  sameParagraph: { right: 71, total: 91 },
  passiveBy: { right: 12, total: 17 },
  colonName: { right: 22, total: 22 },
  colonLeadIn: { right: 24, total: 28 },
  findingThat: { right: 36, total: 47 },
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
