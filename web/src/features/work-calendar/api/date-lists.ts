/**
 * Dates as an administrator types them: "YYYY-MM-DD" or a range "YYYY-MM-DD~YYYY-MM-DD", separated by
 * commas, spaces or new lines. Ranges are expanded (a holiday's every date is a rest day).
 */
export function parseDateList(textValue: string): { dates: string[]; bad: string[] } {
  const dates: string[] = [];
  const bad: string[] = [];
  const valid = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  for (const token of textValue.split(/[\s,，、;；]+/).filter(Boolean)) {
    const [from, to] = token.split(/[~～至]/);
    if (!from || !valid(from) || (to !== undefined && (!valid(to) || to < from))) { bad.push(token); continue; }
    for (let d = from; d <= (to ?? from); d = nextDay(d)) dates.push(d);
  }
  return { dates: [...new Set(dates)].sort(), bad };
}

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** The stored list shown back compactly: consecutive dates as ranges. */
export function formatDateList(dates: readonly string[]): string {
  const out: string[] = [];
  let start: string | undefined;
  let prev: string | undefined;
  for (const d of [...dates].sort()) {
    if (start && prev && nextDay(prev) === d) { prev = d; continue; }
    if (start) out.push(start === prev ? start : `${start}~${prev}`);
    start = d;
    prev = d;
  }
  if (start) out.push(start === prev ? start : `${start}~${prev}`);
  return out.join('\n');
}
