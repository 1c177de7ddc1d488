import type { ArticleView, Candidate } from '../context';
import type { SpeakerRef } from '../speakerPhrase';

/** A sieve's answer: who (as a phrase to resolve, or the same speaker as an earlier quotation) and why. */
export interface Attribution {
  ref: SpeakerRef | { kind: 'inherit'; from: number };
  /** Offset in Article.raw of the speaker phrase (pronouns resolve from there). */
  refStart: number;
  cue: string | null;
  confidence: number;
  sieve: string;
  /** The quotation is a short fragment woven into the attributing sentence. */
  fragment?: boolean;
}

export interface SieveInput {
  view: ArticleView;
  candidates: Candidate[];
  index: number;
  /** Attributions of the earlier candidates (null where none was found). */
  previous: Array<Attribution | null>;
}

export type Sieve = (input: SieveInput) => Attribution | null;
