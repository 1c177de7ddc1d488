import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../context';
import { COMMAND } from '../../ids';
import { quoteCommand } from './quoteCommand';

export function register(app: App, deps: ListenerDeps): void {
  app.command(COMMAND, quoteCommand(deps));
}
