import type { App, ViewSubmitAction } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { VIEWS } from '../../ids';
import { addArticleSubmitted } from './addArticleSubmitted';
import { previewSaved } from './previewSaved';
import { searchSubmitted } from './searchSubmitted';

export function register(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(VIEWS.addArticle, addArticleSubmitted(deps));
  app.view<ViewSubmitAction>(VIEWS.articlePreview, previewSaved(deps));
  app.view<ViewSubmitAction>(VIEWS.searchQuotes, searchSubmitted(deps));
}
