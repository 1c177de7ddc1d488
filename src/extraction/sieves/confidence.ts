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
 * Measured on the development set (2718 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2580
 * authored articles under 424 style prefixes that the rules were not first written against; 27061 direct quotes
 * found, 13590 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 12778, total: 13590 },
  leadingCue: { right: 9264, total: 10054 },
  trailingCue: { right: 7352, total: 7754 },
  splitCue: { right: 4916, total: 5066 },
  sentenceVerb: { right: 1498, total: 1638 },
  precedingColon: { right: 1267, total: 1371 },
  sameSentence: { right: 278, total: 316 },
  colonClause: { right: 196, total: 221 },
  afterReportedSpeech: { right: 64, total: 78 },
  findingThat: { right: 33, total: 43 },
  followingSentence: { right: 40, total: 40 },
  sameParagraph: { right: 31, total: 38 },
  nearbyMention: { right: 26, total: 37 },
  accordingTo: { right: 16, total: 26 },
  paragraphContinuation: { right: 19, total: 24 },
  colonLeadIn: { right: 13, total: 16 },
  passiveBy: { right: 8, total: 9 },
  colonName: { right: 8, total: 8 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2412 authored articles
 * (batches 6 and 9–83, under 396 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 7999, total: 9123 },
  indirect: { right: 11341, total: 12408 },
  trailingCue: { right: 6560, total: 7253 },
  splitCue: { right: 4264, total: 4557 },
  sentenceVerb: { right: 1336, total: 1539 },
  precedingColon: { right: 1101, total: 1271 },
  sameSentence: { right: 234, total: 291 },
  paragraphContinuation: { right: 15, total: 22 },
  colonClause: { right: 175, total: 205 },
  followingSentence: { right: 36, total: 37 },
  afterReportedSpeech: { right: 56, total: 77 },
  nearbyMention: { right: 21, total: 34 },
  accordingTo: { right: 7, total: 18 },
  sameParagraph: { right: 29, total: 38 },
  passiveBy: { right: 4, total: 4 },
  colonName: { right: 8, total: 8 },
  colonLeadIn: { right: 9, total: 12 },
  findingThat: { right: 14, total: 18 },
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
