/**
 * The help card, rendered from the one help list in src/search/help.ts, with the prefix of the surface the
 * user is on (`/quote` for the command and DMs, `@Quotebot` for mentions).
 */
import { HELP_INTRO, HELP_SECTIONS, type HelpSection } from '../../search/help';
import { escapeMrkdwn } from './escape';
import type { KnownBlock, SlackMessage } from './types';
import { truncate } from './text';

function commandLines(section: HelpSection, prefix: string): string {
  const lead = prefix ? `${prefix} ` : '';
  return section.commands
    .map((c) => {
      const examples = c.examples.filter((e) => e !== c.usage).slice(0, 2);
      const eg = examples.length ? `\n      e.g. ${examples.map((e) => `\`${escapeMrkdwn(lead + e)}\``).join('  ')}` : '';
      return `\`${escapeMrkdwn(lead + c.usage)}\`  ${escapeMrkdwn(c.description)}${eg}`;
    })
    .join('\n');
}

/** The help as blocks, for the help message and the App Home tab. */
export function helpBlocks(prefix: string): KnownBlock[] {
  return [
    { type: 'section', block_id: 'help_intro', text: { type: 'mrkdwn', text: escapeMrkdwn(HELP_INTRO) } },
    ...HELP_SECTIONS.flatMap((section, i): KnownBlock[] => [
      { type: 'section', block_id: `help_${i}`, text: { type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(section.title)}*\n${commandLines(section, prefix)}`, 2900) } },
    ]),
  ];
}

export function renderHelp(prefix = '/quote'): SlackMessage {
  return {
    text: `${escapeMrkdwn(HELP_INTRO)} Try \`${prefix} help\` for the commands.`,
    blocks: [{ type: 'header', block_id: 'help_title', text: { type: 'plain_text', text: 'How to use Quotebot' } }, ...helpBlocks(prefix)],
  };
}
