import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from './api-error';
import { toast } from './feedback';

type Path = (string | number)[];
/** Server field path prefix (dot-joined) → the form field that shows it, e.g. `boundary.rings` → `boundaryText`. */
export type FieldAliases = Record<string, string | Path>;

const toPath = (key: string): Path => key.split('.').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
const asPath = (name: string | number | Path): Path => (Array.isArray(name) ? name : [name]);
const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));

/**
 * Finds the form field for a server path: the longest registered field name that is a prefix of the path
 * (`rings.0.3.1` lands on `rings`, `location.lat` on `['location','lat']`), else the longest alias prefix.
 */
function fieldFor(key: string, registered: Path[], aliases: FieldAliases): Path | undefined {
  const path = toPath(key);
  const field = registered.filter((r) => startsWith(path, r)).sort((a, b) => b.length - a.length)[0];
  if (field) return field;
  const alias = Object.keys(aliases)
    .filter((a) => startsWith(path, toPath(a)))
    .sort((a, b) => toPath(b).length - toPath(a).length)[0];
  return alias ? asPath(aliases[alias]) : undefined;
}

/**
 * Puts a VALIDATION error's `fields` onto the form items (each shows its Chinese message) and returns the
 * messages that matched no field. Values are untouched: the user's input is kept.
 */
export function applyFieldErrors(form: FormInstance, err: ApiError, aliases: FieldAliases = {}): string[] {
  if (!err.fields) return [];
  const registered = form.getFieldsError().map((f) => f.name as Path);
  const byField = new Map<string, { name: Path; errors: string[] }>();
  const unmatched: string[] = [];
  for (const [key, msg] of Object.entries(err.fields)) {
    const name = key === '_' ? undefined : fieldFor(key, registered, aliases);
    if (!name) {
      unmatched.push(msg);
      continue;
    }
    const id = JSON.stringify(name);
    const entry = byField.get(id) ?? { name, errors: [] };
    if (!entry.errors.includes(msg)) entry.errors.push(msg);
    byField.set(id, entry);
  }
  const list = [...byField.values()];
  form.setFields(list);
  if (list[0]) form.scrollToField(list[0].name, { block: 'center' });
  return unmatched;
}

/**
 * The one way forms report a failed submit: field errors under their fields, the top-level message as a toast.
 * Returns true when the error carried field errors (the form now shows them).
 */
export function reportFormError(form: FormInstance, err: unknown, aliases?: FieldAliases): boolean {
  if (err instanceof ApiError && err.fields && Object.keys(err.fields).length > 0) {
    const unmatched = applyFieldErrors(form, err, aliases);
    const extra = unmatched.filter((m) => m !== err.message);
    toast().error([err.message, ...extra].join('；'));
    return true;
  }
  toast().error(errorMessage(err));
  return false;
}
