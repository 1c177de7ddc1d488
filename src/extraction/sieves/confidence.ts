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
 * Measured on the development set (3294 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 3156
 * authored articles under 520 style prefixes that the rules were not first written against; 33036 direct quotes
 * found, 16623 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 15613, total: 16623 },
  leadingCue: { right: 11237, total: 12194 },
  trailingCue: { right: 8956, total: 9479 },
  splitCue: { right: 5965, total: 6153 },
  sentenceVerb: { right: 1849, total: 2029 },
  precedingColon: { right: 1593, total: 1726 },
  sameSentence: { right: 332, total: 375 },
  colonClause: { right: 233, total: 264 },
  afterReportedSpeech: { right: 91, total: 107 },
  followingSentence: { right: 53, total: 53 },
  findingThat: { right: 39, total: 52 },
  sameParagraph: { right: 41, total: 48 },
  nearbyMention: { right: 31, total: 47 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 27 },
  colonLeadIn: { right: 19, total: 24 },
  colonName: { right: 18, total: 18 },
  passiveBy: { right: 11, total: 13 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2988 authored articles
 * (batches 6 and 9–99, under 492 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9915, total: 11257 },
  indirect: { right: 14110, total: 15436 },
  trailingCue: { right: 8126, total: 8976 },
  splitCue: { right: 5284, total: 5642 },
  sentenceVerb: { right: 1676, total: 1929 },
  precedingColon: { right: 1421, total: 1626 },
  sameSentence: { right: 286, total: 350 },
  paragraphContinuation: { right: 16, total: 26 },
  colonClause: { right: 211, total: 247 },
  followingSentence: { right: 49, total: 50 },
  afterReportedSpeech: { right: 83, total: 106 },
  nearbyMention: { right: 26, total: 44 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 39, total: 48 },
  passiveBy: { right: 7, total: 8 },
  colonName: { right: 18, total: 18 },
  colonLeadIn: { right: 14, total: 18 },
  findingThat: { right: 20, total: 27 },
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
