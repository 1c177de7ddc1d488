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
 * Measured on the development set (1710 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 1572
 * authored articles under 256 style prefixes that the rules were not first written against; 16532 direct quotes
 * found, 8278 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 7771, total: 8278 },
  leadingCue: { right: 5857, total: 6352 },
  trailingCue: { right: 4190, total: 4408 },
  splitCue: { right: 3198, total: 3304 },
  sentenceVerb: { right: 901, total: 978 },
  precedingColon: { right: 735, total: 802 },
  sameSentence: { right: 159, total: 175 },
  colonClause: { right: 104, total: 111 },
  afterReportedSpeech: { right: 43, total: 50 },
  followingSentence: { right: 27, total: 27 },
  nearbyMention: { right: 21, total: 27 },
  findingThat: { right: 18, total: 25 },
  sameParagraph: { right: 20, total: 23 },
  paragraphContinuation: { right: 17, total: 20 },
  accordingTo: { right: 10, total: 17 },
  passiveBy: { right: 7, total: 8 },
  colonLeadIn: { right: 5, total: 6 },
  colonName: { right: 3, total: 3 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 1404 authored articles
 * (batches 6 and 9–55, under 228 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.86 against
 * 0.91), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 4718, total: 5435 },
  indirect: { right: 6611, total: 7259 },
  trailingCue: { right: 3540, total: 3925 },
  splitCue: { right: 2604, total: 2806 },
  sentenceVerb: { right: 759, total: 879 },
  precedingColon: { right: 597, total: 704 },
  sameSentence: { right: 122, total: 150 },
  paragraphContinuation: { right: 13, total: 18 },
  colonClause: { right: 89, total: 95 },
  followingSentence: { right: 24, total: 25 },
  afterReportedSpeech: { right: 34, total: 45 },
  nearbyMention: { right: 15, total: 21 },
  accordingTo: { right: 2, total: 9 },
  sameParagraph: { right: 18, total: 23 },
  passiveBy: { right: 3, total: 3 },
  colonName: { right: 3, total: 3 },
  colonLeadIn: { right: 2, total: 3 },
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
