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
 * Measured on the development set (2610 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2472
 * authored articles under 406 style prefixes that the rules were not first written against; 25966 direct quotes
 * found, 13038 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 12261, total: 13038 },
  leadingCue: { right: 8925, total: 9677 },
  trailingCue: { right: 7004, total: 7378 },
  splitCue: { right: 4753, total: 4898 },
  sentenceVerb: { right: 1440, total: 1576 },
  precedingColon: { right: 1218, total: 1320 },
  sameSentence: { right: 263, total: 300 },
  colonClause: { right: 184, total: 208 },
  afterReportedSpeech: { right: 61, total: 75 },
  findingThat: { right: 31, total: 41 },
  followingSentence: { right: 40, total: 40 },
  sameParagraph: { right: 30, total: 37 },
  nearbyMention: { right: 26, total: 36 },
  accordingTo: { right: 14, total: 24 },
  paragraphContinuation: { right: 19, total: 23 },
  colonLeadIn: { right: 12, total: 14 },
  passiveBy: { right: 8, total: 9 },
  colonName: { right: 7, total: 7 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2304 authored articles
 * (batches 6 and 9–80, under 378 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 7669, total: 8747 },
  indirect: { right: 10838, total: 11858 },
  trailingCue: { right: 6228, total: 6876 },
  splitCue: { right: 4104, total: 4389 },
  sentenceVerb: { right: 1280, total: 1478 },
  precedingColon: { right: 1053, total: 1220 },
  sameSentence: { right: 219, total: 275 },
  paragraphContinuation: { right: 15, total: 21 },
  colonClause: { right: 166, total: 192 },
  followingSentence: { right: 36, total: 37 },
  afterReportedSpeech: { right: 53, total: 74 },
  nearbyMention: { right: 21, total: 32 },
  accordingTo: { right: 5, total: 16 },
  sameParagraph: { right: 28, total: 37 },
  passiveBy: { right: 4, total: 4 },
  colonName: { right: 7, total: 7 },
  colonLeadIn: { right: 8, total: 10 },
  findingThat: { right: 12, total: 16 },
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
