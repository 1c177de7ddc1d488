import type { KnownBlock, ModalView, HomeView } from '@slack/types';

export type { KnownBlock, ModalView, HomeView };

/** A chat message as every renderer returns it: blocks plus the top-level text fallback, always set. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Where a card is shown decides its buttons: an ephemeral answer can be shared in the channel; a public
 * one (mention, DM) is already visible; a shared copy is final and has no controls but the source link.
 */
export type Surface = 'ephemeral' | 'public' | 'shared';
