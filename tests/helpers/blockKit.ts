/**
 * Validation of everything the bot renders, against the public Block Kit schema in ../shared/schemas/block-kit
 * plus the Slack limits the schema does not express (50 blocks per message, text lengths, unique ids).
 */
import fs from 'fs';
import path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const SCHEMA_PATH = path.resolve(__dirname, '../../../shared/schemas/block-kit/slack-block-kit.schema.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema, 'bk');
const validateBlocks = ajv.compile({ $ref: 'bk' });
const validateModal = ajv.compile({ $ref: 'bk#/$defs/modal_view' });
const validateHome = ajv.compile({ $ref: 'bk#/$defs/home_view' });

type Json = Record<string, any>;

/** Limits from Slack's documentation that the schema leaves out. Returns a list of problems. */
export function slackLimitProblems(blocks: Json[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  const walk = (node: any, where: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    if (typeof node.block_id === 'string') {
      if (node.block_id.length > 255) problems.push(`${where}.block_id longer than 255`);
      if (blockIds.has(node.block_id)) problems.push(`duplicate block_id ${node.block_id}`);
      blockIds.add(node.block_id);
    }
    if (typeof node.action_id === 'string') {
      if (node.action_id.length > 255) problems.push(`${where}.action_id longer than 255`);
      if (actionIds.has(node.action_id)) problems.push(`duplicate action_id ${node.action_id}`);
      actionIds.add(node.action_id);
    }
    if (node.type === 'section' && node.text?.text?.length > 3000) problems.push(`${where} section text > 3000`);
    if (node.type === 'section' && Array.isArray(node.fields)) {
      node.fields.forEach((f: any, i: number) => {
        if (f?.text?.length > 2000) problems.push(`${where}.fields[${i}] > 2000`);
      });
    }
    if (node.type === 'header' && node.text?.text?.length > 150) problems.push(`${where} header text > 150`);
    if (node.type === 'button') {
      if (node.text?.text?.length > 75) problems.push(`${where} button text > 75`);
      if (typeof node.value === 'string' && node.value.length > 2000) problems.push(`${where} button value > 2000`);
      if (typeof node.url === 'string' && node.url.length > 3000) problems.push(`${where} button url > 3000`);
    }
    if (node.type === 'context' && Array.isArray(node.elements) && node.elements.length > 10)
      problems.push(`${where} context has more than 10 elements`);
    if (node.type === 'actions' && Array.isArray(node.elements) && node.elements.length > 25)
      problems.push(`${where} actions has more than 25 elements`);
    for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
  };
  walk(blocks, 'blocks');
  return problems;
}

function schemaProblems(validate: any, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e: any) => `${e.instancePath} ${e.message}`);
}

/** Problems with a chat message payload ({ text, blocks }); empty when it is valid. */
export function messageProblems(message: Json): string[] {
  const problems: string[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('top-level text fallback missing');
  if (message.link_names) problems.push('link_names must never be set');
  if (message.parse === 'full') problems.push('parse: full must never be set');
  const blocks = message.blocks ?? [];
  problems.push(...schemaProblems(validateBlocks, blocks), ...slackLimitProblems(blocks, 50));
  return problems;
}

/** Problems with a view (modal or home). */
export function viewProblems(view: Json): string[] {
  const problems: string[] = [];
  if (view.type === 'modal') {
    problems.push(...schemaProblems(validateModal, view));
    if (view.title?.text?.length > 24) problems.push('modal title > 24');
    for (const k of ['submit', 'close']) if (view[k]?.text?.length > 24) problems.push(`modal ${k} > 24`);
  } else if (view.type === 'home') {
    problems.push(...schemaProblems(validateHome, view));
  } else {
    problems.push(`unknown view type ${view.type}`);
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000)
    problems.push('private_metadata > 3000');
  problems.push(...slackLimitProblems(view.blocks ?? [], 100));
  return problems;
}

export function expectValidMessage(message: Json): void {
  expect(messageProblems(message)).toEqual([]);
}

export function expectValidView(view: Json): void {
  expect(viewProblems(view)).toEqual([]);
}
