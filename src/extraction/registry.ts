/**
 * The speakers of one article: every person and organisation named outside quotations, in order, with
 * their variants merged to the name as first introduced in full, their roles and their gender. Later
 * stages look names and pronouns up here.
 */
import type { Gender } from './lexicon';
import { FEMALE_WORDS, MALE_WORDS, ROLE_HEADS } from './lexicon';
import { findNames, tokenize } from './names';
import { foldName, organizationMatches, personMatches } from './aliases';

export type EntityType = 'person' | 'organization';

export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  role: string | null;
  aliases: Set<string>;
  /** Votes from honorifics, gendered roles and the pronouns that follow the entity's mentions. */
  male: number;
  female: number;
  /** True while the entity is known only by one word (a surname, an acronym). */
  partial: boolean;
}

export interface Mention {
  entity: Entity;
  /** Offsets into Article.raw. */
  start: number;
  end: number;
  /** Global index of the sentence holding the mention. */
  sentence: number;
  /** Preceded by a preposition ("with", "by", "to"): an object, a weak antecedent. */
  object: boolean;
  /** Set when the mention is the speaker of a quote or of reported speech. */
  speaker: boolean;
}

export function genderOf(entity: Entity): Gender {
  if (entity.male > entity.female) return 'male';
  if (entity.female > entity.male) return 'female';
  return 'unknown';
}

const PREPOSITIONS = new Set(['with', 'by', 'to', 'of', 'for', 'from', 'against', 'about', 'on', 'at', 'in', 'and', 'between', 'among', 'toward', 'towards', 'than', 'like', 'including', 'as']);

/** A lower-case role right before a name: "regional governor Boris Dubrovsky" → "regional governor". */
export function lowercaseRoleBefore(text: string, nameStart: number): string | null {
  const before = text.slice(Math.max(0, nameStart - 60), nameStart);
  const m = /((?:[\p{Ll}\p{Lu}][\p{L}'’-]*\s+){0,3}?)([\p{Ll}][\p{L}-]*)\s+$/u.exec(before);
  if (!m || !ROLE_HEADS.has(m[2].toLowerCase())) return null;
  const words = `${m[1]}${m[2]}`.trim().split(/\s+/);
  // Keep only the role's own words: stop at determiners and prepositions ("the", "of").
  let i = words.length - 1;
  while (i > 0 && /^[\p{L}-]+$/u.test(words[i - 1]) && !/^(?:the|a|an|and|of|with|by|to|for|said|says|told|as|in|on|at|from|his|her|its|their)$/i.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

export class Registry {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];

  private create(type: EntityType, name: string, role: string | null, partial: boolean): Entity {
    const entity: Entity = { id: this.entities.length, type, name, role, aliases: new Set(), male: 0, female: 0, partial };
    this.entities.push(entity);
    return entity;
  }

  /** The person a name refers to, preferring the most recently mentioned match. */
  findPerson(name: string): Entity | null {
    const folded = foldName(name);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const e = this.mentions[i].entity;
      if (e.type === 'person' && (personMatches(e.name, name) || [...e.aliases].some((a) => foldName(a) === folded))) return e;
    }
    return this.entities.find((e) => e.type === 'person' && personMatches(e.name, name)) ?? null;
  }

  findOrganization(name: string): Entity | null {
    const folded = foldName(name);
    const exact = this.entities.find(
      (e) => e.type === 'organization' && (foldName(e.name) === folded || [...e.aliases].some((a) => foldName(a) === folded)),
    );
    if (exact) return exact;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const e = this.mentions[i].entity;
      if (e.type === 'organization' && organizationMatches(e.name, name)) return e;
    }
    return this.entities.find((e) => e.type === 'organization' && organizationMatches(e.name, name)) ?? null;
  }

  /** Add (or merge) a person; the first full mention names the entity. */
  addPerson(name: string, role: string | null): Entity {
    const found = this.findPerson(name);
    const isFull = name.trim().split(/\s+/).length > 1;
    if (found) {
      if (foldName(found.name) !== foldName(name)) {
        if (found.partial && isFull && personMatches(name, found.name)) {
          found.aliases.add(found.name);
          found.name = name;
          found.partial = false;
        } else found.aliases.add(name);
      }
      if (!found.role && role) found.role = role;
      return found;
    }
    return this.create('person', name, role, !isFull);
  }

  addOrganization(name: string): Entity {
    const found = this.findOrganization(name);
    if (found) {
      if (foldName(found.name) !== foldName(name)) found.aliases.add(name);
      return found;
    }
    return this.create('organization', name, null, false);
  }

  /** Remember another way the article names an entity ("Rajnath", "defence ministry"). */
  noteAlias(entity: Entity, name: string): void {
    const alias = name.trim();
    if (alias !== '' && foldName(alias) !== foldName(entity.name)) entity.aliases.add(alias);
  }

  addMention(entity: Entity, start: number, end: number, sentence: number, object: boolean): Mention {
    const mention: Mention = { entity, start, end, sentence, object, speaker: false };
    this.mentions.push(mention);
    this.mentions.sort((a, b) => a.start - b.start);
    return mention;
  }

  /** Mentions before `position`, nearest first. */
  mentionsBefore(position: number): Mention[] {
    return this.mentions.filter((m) => m.end <= position).reverse();
  }
}

/**
 * Read every name of a sentence (quotations masked) into the registry.
 * @param masked the sentence text with quoted characters replaced by spaces (offsets unchanged)
 * @param offset where the sentence starts in Article.raw
 */
export function registerSentenceNames(registry: Registry, masked: string, offset: number, sentence: number): void {
  for (const name of findNames(masked)) {
    const before = masked.slice(0, name.start).trimEnd();
    const prev = /([\p{L}]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    const object = PREPOSITIONS.has(prev);
    let entity: Entity | null = null;
    if (name.kind === 'organization') entity = registry.addOrganization(name.name);
    else if (name.kind === 'person') entity = registry.addPerson(name.name, name.role ?? lowercaseRoleBefore(masked, name.start));
    else {
      // One capitalised word: a later mention of someone already named, an acronym, or a new surname
      // with a role ("Minister Zinichev"); a bare unknown word (a place, a brand) is not registered.
      entity = registry.findPerson(name.name) ?? registry.findOrganization(name.name);
      if (entity) registry.noteAlias(entity, name.name);
      const roleBefore = name.role ?? lowercaseRoleBefore(masked, name.start);
      const speaks = /^\s+(?:[\p{Ll}]+ly\s+|also\s+|once\s+|later\s+)?(?:said|says|told|tells|added|adds|stated|wrote|writes|tweeted|explained|noted|warned|argued|claimed|insisted|commented|replied|responded|announced|recalled|described|called)\b/u.test(masked.slice(name.end));
      if (!entity && (roleBefore || speaks) && !/^[\p{Lu}]{2,6}$/u.test(name.name)) entity = registry.addPerson(name.name, roleBefore);
      if (!entity && /^[\p{Lu}]{2,6}$/u.test(name.name)) entity = registry.addOrganization(name.name);
      if (entity && entity.type === 'person' && name.role && !entity.role) entity.role = name.role;
    }
    if (!entity) continue;
    if (name.gender === 'male') entity.male += 2;
    if (name.gender === 'female') entity.female += 2;
    registry.addMention(entity, offset + name.start, offset + name.end, sentence, object);
    // "Federal Security Service (FSB)": the bracketed acronym is an alias.
    const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.]{1,8})\)/u.exec(masked.slice(name.end));
    if (acronym && entity.type === 'organization') entity.aliases.add(acronym[1]);
  }
}

/** Gender evidence from the pronouns that follow a person's mention in the same or the next sentence. */
export function votePronounGender(registry: Registry, sentenceTexts: string[]): void {
  for (const mention of registry.mentions) {
    if (mention.entity.type !== 'person' || mention.object) continue;
    const next = sentenceTexts[mention.sentence + 1] ?? '';
    const firstWord = tokenize(next)[0]?.text.toLowerCase() ?? '';
    if (MALE_WORDS.has(firstWord) && (firstWord === 'he' || firstWord === 'his')) mention.entity.male += 1;
    if (FEMALE_WORDS.has(firstWord) && (firstWord === 'she' || firstWord === 'her')) mention.entity.female += 1;
  }
}
