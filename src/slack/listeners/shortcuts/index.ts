import type { App, GlobalShortcut, MessageShortcut } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { SHORTCUTS } from '../../ids';
import { addArticle } from './addArticle';
import { whoSaidThis } from './whoSaidThis';

export function register(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(SHORTCUTS.whoSaidThis, whoSaidThis(deps));
  app.shortcut<MessageShortcut>(SHORTCUTS.addArticleFromMessage, addArticle(deps));
  app.shortcut<GlobalShortcut>(SHORTCUTS.addArticle, addArticle(deps));
}
