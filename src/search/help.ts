/**
 * What `help` says, as data: the Slack help card, the App Home tab and the console all render this one list,
 * so a new command is documented in one place. Usages are written without the `/quote` prefix; each surface
 * adds its own (`/quote`, `@Quotebot`, or nothing in the console). Must stay in step with the grammar in
 * src/search/query.ts (a test checks that every example parses to the command it documents).
 */
import type { ParsedQuery } from './types';

export interface HelpCommand {
  /** The shape of the command, placeholders in <angle brackets>, optional parts in [brackets]. */
  usage: string;
  /** One line: what it does. */
  description: string;
  /** Things to type, exactly as a user would (without the prefix). */
  examples: string[];
  /** The query type every example parses to. */
  parsesTo: ParsedQuery['type'];
}

export interface HelpSection {
  title: string;
  commands: HelpCommand[];
}

export const HELP_INTRO =
  'Quotebot finds who said what in the news articles it has read. Type a few words you remember — typos are fine.';

export const HELP_SECTIONS: readonly HelpSection[] = [
  {
    title: 'Find a quote',
    commands: [
      {
        usage: '<words>',
        description: 'Quotes that contain words like these, best match first.',
        examples: ['free open indo pacfic', 'charting new pathways'],
        parsesTo: 'search',
      },
      {
        usage: '"<exact phrase>"',
        description: 'Only quotes with this exact phrase.',
        examples: ['"maritime security"'],
        parsesTo: 'search',
      },
      {
        usage: 'who said <words>',
        description: 'Who said it, in which article and when — with how sure the match is.',
        examples: ['who said "maritime security"?', 'who said mutual trust shared values'],
        parsesTo: 'whoSaid',
      },
      {
        usage: 'by <speaker> [words]',
        description: 'Quotes of one speaker: full name, surname, first name, role, organisation or a misspelling; words after the name search their quotes.',
        examples: ['by Rajnath Singh', 'by defence minister', 'by Singh supply chains', 'from "Lloyd Austin" security'],
        parsesTo: 'bySpeaker',
      },
      {
        usage: 'random [by <speaker>]',
        description: 'A random quote, from anyone or from one speaker.',
        examples: ['random', 'random by Singh'],
        parsesTo: 'random',
      },
      {
        usage: 'next',
        description: 'The next page of the last search.',
        examples: ['next'],
        parsesTo: 'next',
      },
      {
        usage: 'id <quote id>',
        description: 'A quote again by the short id shown on every card.',
        examples: ['id Q-3f9a'],
        parsesTo: 'id',
      },
    ],
  },
  {
    title: 'Narrow any search',
    commands: [
      {
        usage: 'since:<YYYY-MM-DD>  until:<YYYY-MM-DD>',
        description: 'Only articles published in this window (a year or month works too: since:2023-11). Works with by, who said and random too.',
        examples: ['maritime security since:2023-11-01', 'pandemic since:2020 until:2020-06-30'],
        parsesTo: 'search',
      },
      {
        usage: 'in:<word> or in:"<words>"',
        description: 'Only articles whose title, file or source matches.',
        examples: ['pandemic in:wikinews', 'security in:"india us defence"'],
        parsesTo: 'search',
      },
    ],
  },
  {
    title: 'About the bot',
    commands: [
      {
        usage: 'sources',
        description: 'The articles the bot has read, with their quote counts.',
        examples: ['sources'],
        parsesTo: 'sources',
      },
      {
        usage: 'stats',
        description: 'How many articles, quotes and speakers; the most quoted speakers.',
        examples: ['stats'],
        parsesTo: 'stats',
      },
      {
        usage: 'add',
        description: 'Add an article: paste its text, check the quotes found, save.',
        examples: ['add'],
        parsesTo: 'add',
      },
      {
        usage: 'digest on [HH:MM] [time zone] [weekdays] | off | status | preview',
        description: 'A daily digest of new quotes in this channel (members of the channel manage it).',
        examples: ['digest on 09:00 Europe/London weekdays', 'digest off', 'digest status', 'digest preview'],
        parsesTo: 'digest',
      },
      {
        usage: 'help',
        description: 'This list.',
        examples: ['help'],
        parsesTo: 'help',
      },
    ],
  },
];

/** Every command in order, for renderers that do not group. */
export function helpCommands(): HelpCommand[] {
  return HELP_SECTIONS.flatMap((section) => section.commands);
}

/**
 * The help as plain text (console, the `text` fallback of the Slack card). `prefix` is what the user types
 * before a command: "/quote" in Slack and in the console (which accepts it), "@Quotebot" for mentions.
 */
export function formatHelpText(prefix = '/quote'): string {
  const lead = prefix ? `${prefix} ` : '';
  const lines: string[] = [HELP_INTRO, ''];
  for (const section of HELP_SECTIONS) {
    lines.push(`${section.title}:`);
    for (const command of section.commands) {
      lines.push(`  ${lead}${command.usage}`);
      lines.push(`      ${command.description}`);
      const shown = command.examples.filter((e) => e !== command.usage);
      if (shown.length > 0) lines.push(`      e.g. ${shown.map((e) => `${lead}${e}`).join('   ')}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
