import type { BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Surface } from '../../renderers/types';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** A card keeps its surface when replaced: ephemeral answers stay shareable, public ones do not. */
export function surfaceOf(body: BlockAction): Surface {
  return (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral ? 'ephemeral' : 'public';
}

/**
 * The modal a button was clicked in (the search modal), or null for a button in a message. A modal has no
 * response_url: its answers go through views.update / views.push instead.
 */
export function modalOf(body: BlockAction): { id: string; hash: string } | null {
  const type = (body.container as { type?: string } | undefined)?.type;
  return type === 'view' && body.view ? { id: body.view.id, hash: body.view.hash } : null;
}
