import type { BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Surface } from '../../renderers/types';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** A card keeps its surface when replaced: ephemeral answers stay shareable, public ones do not. */
export function surfaceOf(body: BlockAction): Surface {
  return (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral ? 'ephemeral' : 'public';
}
