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
 * Measured on the development set (3042 gold files: 53 Wikinews articles, the seed, 84 synthetic cases and 2904
 * authored articles under 478 style prefixes that the rules were not first written against; 30412 direct quotes
 * found, 15280 reported).
 */
export const MEASURED: Readonly<Record<string, SieveRecord>> = {
  indirect: { right: 14330, total: 15280 },
  leadingCue: { right: 10390, total: 11278 },
  trailingCue: { right: 8194, total: 8670 },
  splitCue: { right: 5537, total: 5710 },
  sentenceVerb: { right: 1706, total: 1871 },
  precedingColon: { right: 1441, total: 1566 },
  sameSentence: { right: 306, total: 346 },
  colonClause: { right: 219, total: 244 },
  afterReportedSpeech: { right: 78, total: 92 },
  findingThat: { right: 36, total: 48 },
  sameParagraph: { right: 36, total: 43 },
  followingSentence: { right: 43, total: 43 },
  nearbyMention: { right: 27, total: 40 },
  accordingTo: { right: 20, total: 33 },
  paragraphContinuation: { right: 20, total: 25 },
  colonLeadIn: { right: 15, total: 18 },
  colonName: { right: 15, total: 15 },
  passiveBy: { right: 10, total: 12 },
  quotedAuthor: { right: 1, total: 1 },
  issuedStatement: { right: 1, total: 1 },
};

/**
 * What each sieve scored on text it had never been tuned on: the first, blind readings of 2736 authored articles
 * (batches 6 and 9–92, under 450 style prefixes from Wikinews and the wires to court reporting, live blogs and the
 * popular press), each with the rules of its day (2026-11-27), before the batch joined the development set.
 * The rules do worse on unseen text than on the text they were written against (leadingCue 0.88 against
 * 0.92), so these readings, not the development figure, are what a quote's confidence leans on. (Batch 6 was
 * read with older, weaker rules: a conservative share of the counts.)
 */
export const UNSEEN: Readonly<Record<string, SieveRecord>> = {
  leadingCue: { right: 9099, total: 10346 },
  indirect: { right: 12865, total: 14098 },
  trailingCue: { right: 7384, total: 8169 },
  splitCue: { right: 4866, total: 5201 },
  sentenceVerb: { right: 1537, total: 1769 },
  precedingColon: { right: 1271, total: 1466 },
  sameSentence: { right: 260, total: 320 },
  paragraphContinuation: { right: 16, total: 23 },
  colonClause: { right: 198, total: 228 },
  followingSentence: { right: 39, total: 40 },
  afterReportedSpeech: { right: 70, total: 91 },
  nearbyMention: { right: 22, total: 37 },
  accordingTo: { right: 11, total: 25 },
  sameParagraph: { right: 34, total: 43 },
  passiveBy: { right: 6, total: 7 },
  colonName: { right: 15, total: 15 },
  colonLeadIn: { right: 11, total: 14 },
  findingThat: { right: 17, total: 23 },
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
