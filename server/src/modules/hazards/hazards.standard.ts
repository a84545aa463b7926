import fs from 'node:fs';
import { fieldError } from '../../platform/errors';

/**
 * 《金属非金属矿山重大事故隐患判定标准》 as paraphrased in reference-data/major-hazard-criteria.json
 * (stable codes UG-/OP-/TP-). Read once; the items are summaries, the published text is authoritative.
 */
interface Situation { code: string; text: string }
export interface StandardItem { code: string; mineType: string; title: string; situations: Situation[] }

const raw = JSON.parse(fs.readFileSync(new URL('../../../../reference-data/major-hazard-criteria.json', import.meta.url), 'utf8')) as {
  standard: string; items: { code: string; mineType: string; title: string; situations?: Situation[] }[];
};
export const STANDARD_VERSION = raw.standard;
export const STANDARD_NOTE = '条目为判定标准的摘要，以原文为准';
const ITEMS: StandardItem[] = raw.items.map((i) => ({ ...i, situations: i.situations ?? [] }));

/** The items that apply to a mine with these kinds (an item applies only to its own mine type). */
export function itemsFor(kinds: readonly string[], q?: string): StandardItem[] {
  const words = (q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = (i: StandardItem) => [i.code, i.title, ...i.situations.flatMap((s) => [s.code, s.text])].join(' ').toLowerCase();
  return ITEMS.filter((i) => kinds.includes(i.mineType) && words.every((w) => haystack(i).includes(w)));
}

/** A major hazard must name an item of the mine's kinds, and a situation when the item lists them. */
export function assertApplicable(kinds: readonly string[], itemCode: string | null | undefined, situationCode: string | null | undefined) {
  if (!itemCode) throw fieldError('standardItemCode', '重大事故隐患须选择判定标准条目');
  const item = ITEMS.find((i) => i.code === itemCode);
  if (!item) throw fieldError('standardItemCode', `判定标准中没有条目${itemCode}`);
  if (!kinds.includes(item.mineType)) throw fieldError('standardItemCode', `条目${itemCode}不适用于该矿山类型`);
  if (item.situations.length === 0) {
    if (situationCode) throw fieldError('standardSituationCode', `条目${itemCode}没有细分情形`);
    return;
  }
  if (!situationCode) throw fieldError('standardSituationCode', `请选择条目${itemCode}的具体情形`);
  if (!item.situations.some((s) => s.code === situationCode)) {
    throw fieldError('standardSituationCode', `情形${situationCode}不属于条目${itemCode}`);
  }
}
