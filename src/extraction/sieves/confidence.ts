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
 * Measured on the development set (2250 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2112
 * authored articles under 346 style prefixes that the rules were not first written against; 22158 direct quotes
 * found, 11074 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 10415, total: 11074 },
  leadingCue: { right: 7693, total: 8326 },
  trailingCue: { right: 5959, total: 6261 },
  splitCue: { right: 4096, total: 4222 },
  sentenceVerb: { right: 1206, total: 1311 },
  precedingColon: { right: 1048, total: 1135 },
  sameSentence: { right: 205, total: 234 },
  colonClause: { right: 145, total: 160 },
  afterReportedSpeech: { right: 54, total: 65 },
  followingSentence: { right: 33, total: 33 },
  findingThat: { right: 25, total: 33 },
  sameParagraph: { right: 26, total: 32 },
  nearbyMention: { right: 21, total: 28 },
  paragraphContinuation: { right: 18, total: 21 },
  accordingTo: { right: 12, total: 19 },
  colonLeadIn: { right: 9, total: 11 },
  passiveBy: { right: 8, total: 9 },
  colonName: { right: 3, total: 3 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 1944 authored articles
 * (batches 6 and 9–70, under 318 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.86 against
 * 0.91), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 6502, total: 7406 },
  indirect: { right: 9178, total: 10027 },
  trailingCue: { right: 5245, total: 5767 },
  splitCue: { right: 3475, total: 3715 },
  sentenceVerb: { right: 1049, total: 1211 },
  precedingColon: { right: 900, total: 1036 },
  sameSentence: { right: 165, total: 209 },
  paragraphContinuation: { right: 14, total: 19 },
  colonClause: { right: 129, total: 144 },
  followingSentence: { right: 30, total: 31 },
  afterReportedSpeech: { right: 46, total: 63 },
  nearbyMention: { right: 17, total: 24 },
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
