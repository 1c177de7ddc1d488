import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { ACTIONS } from '../../ids';
import { openSearch } from './openSearch';
import { openSource } from './openSource';
import { pageResults } from './pageResults';
import { shareQuote } from './shareQuote';
import { showContext } from './showContext';

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.shareQuote, shareQuote(deps));
  app.action<BlockAction<ButtonAction>>(ACTIONS.showContext, showContext(deps));
  app.action<BlockAction<ButtonAction>>(ACTIONS.previousResult, pageResults(deps));
  app.action<BlockAction<ButtonAction>>(ACTIONS.nextResult, pageResults(deps));
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTIONS.chooseSpeaker}_\\d+$`), pageResults(deps));
  app.action<BlockAction<ButtonAction>>(ACTIONS.openSource, openSource());
  app.action<BlockAction<ButtonAction>>(ACTIONS.digestSearch, openSearch(deps));
}
