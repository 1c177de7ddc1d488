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
 * Measured on the development set (2214 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2076
 * authored articles under 340 style prefixes that the rules were not first written against; 21818 direct quotes
 * found, 10888 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 10238, total: 10888 },
  leadingCue: { right: 7595, total: 8221 },
  trailingCue: { right: 5852, total: 6150 },
  splitCue: { right: 4019, total: 4142 },
  sentenceVerb: { right: 1191, total: 1295 },
  precedingColon: { right: 1037, total: 1123 },
  sameSentence: { right: 204, total: 231 },
  colonClause: { right: 142, total: 156 },
  afterReportedSpeech: { right: 52, total: 63 },
  findingThat: { right: 25, total: 33 },
  sameParagraph: { right: 26, total: 32 },
  followingSentence: { right: 32, total: 32 },
  nearbyMention: { right: 20, total: 27 },
  paragraphContinuation: { right: 18, total: 21 },
  accordingTo: { right: 12, total: 19 },
  colonLeadIn: { right: 9, total: 11 },
  passiveBy: { right: 8, total: 9 },
  colonName: { right: 3, total: 3 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 1908 authored articles
 * (batches 6 and 9–69, under 312 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.86 against
 * 0.91), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 6404, total: 7301 },
  indirect: { right: 9005, total: 9841 },
  trailingCue: { right: 5140, total: 5656 },
  splitCue: { right: 3399, total: 3635 },
  sentenceVerb: { right: 1035, total: 1195 },
  precedingColon: { right: 889, total: 1024 },
  sameSentence: { right: 164, total: 206 },
  paragraphContinuation: { right: 14, total: 19 },
  colonClause: { right: 126, total: 140 },
  followingSentence: { right: 29, total: 30 },
  afterReportedSpeech: { right: 44, total: 61 },
  nearbyMention: { right: 16, total: 23 },
  accordingTo: { right: 4, total: 11 },
  sameParagraph: { right: 24, total: 32 },
  passiveBy: { right: 4, total: 4 },
  colonName: { right: 3, total: 3 },
  colonLeadIn: { right: 5, total: 7 },
  findingThat: { right: 6, total: 8 },
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
