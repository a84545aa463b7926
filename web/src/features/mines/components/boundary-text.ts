/**
 * The 矿区范围 textarea: one corner point per line, two numbers (lon,lat or X,Y as the CRS defines);
 * a blank line starts another ring.
 */
export type Ring = [number, number][];

export class BoundaryTextError extends Error {}

// Accepts the separators people paste from Excel or Word: comma (half/full width), tab, spaces, semicolon.
const SEPARATOR = /[,，;；\s]+/;

export function parseBoundaryText(textValue: string): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  textValue.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      if (ring.length) rings.push(ring);
      ring = [];
      return;
    }
    const parts = line.split(SEPARATOR).filter(Boolean);
    const nums = parts.map(Number);
    if (parts.length !== 2 || nums.some((n) => !Number.isFinite(n))) {
      throw new BoundaryTextError(`第${i + 1}行格式不正确，应为用逗号分隔的两个数字`);
    }
    ring.push([nums[0], nums[1]]);
  });
  if (ring.length) rings.push(ring);
  return rings.map((r, i) => {
    const closed = closeRing(r);
    if (closed.length < 4) throw new BoundaryTextError(`第${i + 1}个范围至少需要3个不同的拐点`);
    return closed;
  });
}

/** Polygon rings end where they start (GeoJSON); add the closing point if the user left it out. */
function closeRing(r: Ring): Ring {
  const [first, last] = [r[0], r[r.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? r : [...r, first];
}

export function ringsToText(rings: unknown): string {
  if (!Array.isArray(rings)) return '';
  return rings
    .filter(Array.isArray)
    .map((ring: unknown[]) => ring.filter(Array.isArray).map((p) => `${p[0]},${p[1]}`).join('\n'))
    .join('\n\n');
}
