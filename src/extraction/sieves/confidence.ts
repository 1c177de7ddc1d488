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
 * Measured on the development set (2826 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2688
 * authored articles under 442 style prefixes that the rules were not first written against; 28171 direct quotes
 * found, 14158 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 13315, total: 14158 },
  leadingCue: { right: 9657, total: 10472 },
  trailingCue: { right: 7640, total: 8064 },
  splitCue: { right: 5106, total: 5266 },
  sentenceVerb: { right: 1568, total: 1712 },
  precedingColon: { right: 1332, total: 1440 },
  sameSentence: { right: 290, total: 327 },
  colonClause: { right: 201, total: 226 },
  afterReportedSpeech: { right: 66, total: 80 },
  findingThat: { right: 34, total: 44 },
  followingSentence: { right: 42, total: 42 },
  sameParagraph: { right: 32, total: 39 },
  nearbyMention: { right: 26, total: 37 },
  accordingTo: { right: 18, total: 28 },
  paragraphContinuation: { right: 19, total: 24 },
  colonLeadIn: { right: 13, total: 16 },
  colonName: { right: 11, total: 11 },
  passiveBy: { right: 8, total: 9 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2520 authored articles
 * (batches 6 and 9–86, under 414 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 8377, total: 9538 },
  indirect: { right: 11861, total: 12976 },
  trailingCue: { right: 6843, total: 7563 },
  splitCue: { right: 4449, total: 4757 },
  sentenceVerb: { right: 1404, total: 1613 },
  precedingColon: { right: 1163, total: 1340 },
  sameSentence: { right: 244, total: 302 },
  paragraphContinuation: { right: 15, total: 22 },
  colonClause: { right: 180, total: 210 },
  followingSentence: { right: 38, total: 39 },
  afterReportedSpeech: { right: 58, total: 79 },
  nearbyMention: { right: 21, total: 34 },
  accordingTo: { right: 9, total: 20 },
  sameParagraph: { right: 30, total: 39 },
  passiveBy: { right: 4, total: 4 },
  colonName: { right: 11, total: 11 },
  colonLeadIn: { right: 9, total: 12 },
  findingThat: { right: 15, total: 19 },
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
