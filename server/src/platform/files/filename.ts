/**
 * A stored name for a file the user uploaded: no directories, no control or reserved characters, no
 * leading dots, at most 120 characters, the extension kept (and forced to match the sniffed type).
 */
export function sanitizeFilename(raw: string, ext: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '') || '附件';
  return `${[...stem].slice(0, 120).join('')}.${ext}`;
}
