/**
 * The attribution sieves, in order of precision: the first that answers wins.
 * (CoreNLP's quote attribution works the same way: high-precision patterns first, looser heuristics later.)
 */
import type { Sieve } from './types';
import { trailingCue } from './trailingCue';
import { splitCue } from './splitCue';
import { leadingCue } from './leadingCue';
import { passiveBy } from './passiveBy';
import { accordingTo } from './accordingTo';
import { quotedAuthor } from './quotedAuthor';
import { colonName } from './colonName';
import { colonClause } from './colonClause';
import { sameSentence } from './sameSentence';
import { precedingColon } from './precedingColon';
import { colonLeadIn } from './colonLeadIn';
import { issuedStatement } from './issuedStatement';
import { followingSentence } from './followingSentence';
import { sameParagraph } from './sameParagraph';
import { paragraphContinuation } from './paragraphContinuation';
import { sentenceVerb } from './sentenceVerb';
import { nearbyMention } from './nearbyMention';
import { findingThat } from './findingThat';

export type { Sieve, Attribution, SieveInput } from './types';

export const SIEVES: ReadonlyArray<{ name: string; sieve: Sieve }> = [
  { name: 'trailingCue', sieve: trailingCue },
  { name: 'splitCue', sieve: splitCue },
  { name: 'leadingCue', sieve: leadingCue },
  { name: 'passiveBy', sieve: passiveBy },
  { name: 'findingThat', sieve: findingThat },
  { name: 'accordingTo', sieve: accordingTo },
  { name: 'quotedAuthor', sieve: quotedAuthor },
  { name: 'colonName', sieve: colonName },
  { name: 'colonClause', sieve: colonClause },
  { name: 'sameSentence', sieve: sameSentence },
  { name: 'precedingColon', sieve: precedingColon },
  { name: 'colonLeadIn', sieve: colonLeadIn },
  { name: 'issuedStatement', sieve: issuedStatement },
  { name: 'followingSentence', sieve: followingSentence },
  { name: 'sameParagraph', sieve: sameParagraph },
  { name: 'paragraphContinuation', sieve: paragraphContinuation },
  { name: 'sentenceVerb', sieve: sentenceVerb },
  { name: 'nearbyMention', sieve: nearbyMention },
];
