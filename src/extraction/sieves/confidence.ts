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
 * Measured on the development set (2898 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2760
 * authored articles under 454 style prefixes that the rules were not first written against; 28914 direct quotes
 * found, 14524 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 13659, total: 14524 },
  leadingCue: { right: 9901, total: 10737 },
  trailingCue: { right: 7818, total: 8255 },
  splitCue: { right: 5253, total: 5421 },
  sentenceVerb: { right: 1616, total: 1772 },
  precedingColon: { right: 1360, total: 1472 },
  sameSentence: { right: 297, total: 336 },
  colonClause: { right: 209, total: 234 },
  afterReportedSpeech: { right: 67, total: 81 },
  findingThat: { right: 35, total: 46 },
  followingSentence: { right: 43, total: 43 },
  sameParagraph: { right: 35, total: 42 },
  nearbyMention: { right: 26, total: 37 },
  accordingTo: { right: 18, total: 29 },
  paragraphContinuation: { right: 20, total: 25 },
  colonLeadIn: { right: 14, total: 17 },
  passiveBy: { right: 10, total: 12 },
  colonName: { right: 11, total: 11 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2592 authored articles
 * (batches 6 and 9–88, under 426 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 8618, total: 9807 },
  indirect: { right: 12200, total: 13342 },
  trailingCue: { right: 7018, total: 7754 },
  splitCue: { right: 4594, total: 4912 },
  sentenceVerb: { right: 1448, total: 1670 },
  precedingColon: { right: 1191, total: 1372 },
  sameSentence: { right: 251, total: 310 },
  paragraphContinuation: { right: 16, total: 23 },
  colonClause: { right: 188, total: 218 },
  followingSentence: { right: 39, total: 40 },
  afterReportedSpeech: { right: 59, total: 80 },
  nearbyMention: { right: 21, total: 34 },
  accordingTo: { right: 9, total: 21 },
  sameParagraph: { right: 33, total: 42 },
  passiveBy: { right: 6, total: 7 },
  colonName: { right: 11, total: 11 },
  colonLeadIn: { right: 10, total: 13 },
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
