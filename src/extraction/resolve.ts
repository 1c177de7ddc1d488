/**
 * Coreference: a speaker phrase → the entity it names. Names go through the registry's alias merging;
 * pronouns go to the nearest compatible speaker or subject before them (gender and number agree);
 * "the minister" goes to the last person with that role; anything unsure stays unknown.
 */
import type { Speaker } from '../types';
import type { Entity, Registry } from './registry';
import { genderOf } from './registry';
import type { SpeakerRef } from './speakerPhrase';
import { foldName } from './aliases';

export type Resolved = { entity: Entity; description?: undefined } | { entity: null; description: string };

/** How many sentences back a pronoun may reach. */
const PRONOUN_WINDOW = 6;

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function compatible(entity: Entity, ref: Extract<SpeakerRef, { kind: 'pronoun' }>): boolean {
  if (ref.pronoun === 'he' || ref.pronoun === 'she') {
    if (entity.type !== 'person') return false;
    const g = genderOf(entity);
    return g === 'unknown' || g === ref.gender;
  }
  if (ref.pronoun === 'they' || ref.pronoun === 'it' || ref.pronoun === 'we') return entity.type === 'organization';
  return false;
}

export function resolvePronoun(registry: Registry, ref: Extract<SpeakerRef, { kind: 'pronoun' }>, position: number, sentence: number): Entity | null {
  const before = registry.mentionsBefore(position).filter((m) => m.sentence >= sentence - PRONOUN_WINDOW);
  const bySentence = new Map<number, typeof before>();
  for (const m of before) {
    if (!compatible(m.entity, ref)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const sentences = [...bySentence.keys()].sort((a, b) => b - a);
  // Speakers and subjects first, nearest sentence first; objects ("speaking to X") only when no subject fits.
  for (const s of sentences) {
    const list = bySentence.get(s)!; // nearest first
    const speaker = list.find((m) => m.speaker);
    if (speaker) return speaker.entity;
    const subjects = list.filter((m) => !m.object);
    // The subject of a sentence is normally its leftmost non-object mention.
    if (subjects.length > 0) return subjects[subjects.length - 1].entity;
  }
  for (const s of sentences) return bySentence.get(s)![0].entity;
  return null;
}

export function resolveRef(registry: Registry, ref: SpeakerRef, position: number, sentence: number): Resolved {
  switch (ref.kind) {
    case 'pronoun': {
      const entity = resolvePronoun(registry, ref, position, sentence);
      return entity ? { entity } : { entity: null, description: ref.pronoun };
    }
    case 'person': {
      const entity = registry.findPerson(ref.name) ?? registry.addPerson(ref.name, ref.role);
      registry.noteAlias(entity, ref.name);
      if (!entity.role && ref.role) entity.role = ref.role;
      if (ref.gender === 'male') entity.male += 2;
      if (ref.gender === 'female') entity.female += 2;
      return { entity };
    }
    case 'organization': {
      const found = registry.findOrganization(ref.name);
      if (found) {
        registry.noteAlias(found, ref.name);
        return { entity: found };
      }
      return { entity: registry.addOrganization(ref.nominal ? titleCase(ref.name) : ref.name) };
    }
    case 'described': {
      for (const m of registry.mentionsBefore(position)) {
        if (m.entity.type === 'person' && m.entity.role && foldName(m.entity.role).split(' ').includes(ref.head)) return { entity: m.entity };
      }
      return { entity: null, description: ref.description };
    }
    case 'unknown':
      return { entity: null, description: ref.description };
  }
}

export function speakerOf(resolved: Resolved, registry: Registry): Speaker {
  if (!resolved.entity) return { name: 'unknown', role: null, type: 'unknown', aliases: [], description: resolved.description };
  const e = resolved.entity;
  const aliases = [...e.aliases].filter((a) => foldName(a) !== foldName(e.name));
  void registry;
  return { name: e.name, role: e.role, type: e.type, aliases };
}
