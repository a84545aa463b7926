import fs from 'node:fs';
import path from 'node:path';
import { ATTACHMENT_PART_BYTES, sm3, type AttachmentPart } from './format';
import { BackupError } from './errors';

/** Relative paths (with "/") of every file under dir, sorted; none if dir does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk('');
  return out;
}

async function digestFile(file: string): Promise<{ size: number; sm3: string }> {
  const h = sm3();
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sm3: h.digest('hex') };
}

/** The attachment lines of one file: its checksum first, then the parts, re-hashed as they are read. */
export async function* attachmentLines(dir: string, rel: string): AsyncGenerator<string> {
  const file = path.join(dir, rel);
  const whole = await digestFile(file);
  const parts = Math.max(1, Math.ceil(whole.size / ATTACHMENT_PART_BYTES));
  const again = sm3();
  let part = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: ATTACHMENT_PART_BYTES })) {
    again.update(chunk as Buffer);
    const line: AttachmentPart = { attachment: rel, size: whole.size, sm3: whole.sm3, part: ++part, parts, data: (chunk as Buffer).toString('base64') };
    yield `${JSON.stringify(line)}\n`;
  }
  if (whole.size === 0) {
    yield `${JSON.stringify({ attachment: rel, size: 0, sm3: whole.sm3, part: ++part, parts, data: '' })}\n`;
  }
  if (again.digest('hex') !== whole.sm3 || part !== parts) throw new BackupError(`附件 ${rel} 在备份过程中被修改，请重新备份`);
}

/** Restored attachments are written to a staging folder and moved into place only after the commit. */
export class AttachmentStaging {
  private current: { rel: string; part: number; hash: ReturnType<typeof sm3>; size: number; fd: number } | null = null;
  count = 0;

  constructor(readonly dir: string) {}

  write(line: AttachmentPart): void {
    const rel = safeRelative(line.attachment);
    if (line.part === 1) {
      if (this.current) throw incomplete(this.current.rel);
      const target = path.join(this.dir, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      this.current = { rel, part: 0, hash: sm3(), size: 0, fd: fs.openSync(target, 'wx') };
    }
    const c = this.current;
    if (!c || c.rel !== rel || line.part !== c.part + 1 || line.part > line.parts) throw incomplete(rel);
    const data = Buffer.from(line.data, 'base64');
    fs.writeSync(c.fd, data);
    c.hash.update(data);
    c.size += data.length;
    c.part = line.part;
    if (line.part < line.parts) return;
    fs.closeSync(c.fd);
    this.current = null;
    if (c.size !== line.size || c.hash.digest('hex') !== line.sm3) throw new BackupError(`附件 ${rel} 校验失败：内容与备份时不一致`);
    this.count++;
  }

  finish(): void {
    if (this.current) throw incomplete(this.current.rel);
  }

  discard(): void {
    if (this.current) fs.closeSync(this.current.fd);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

const incomplete = (rel: string) => new BackupError(`附件 ${rel} 在备份文件中不完整`);

function safeRelative(rel: string): string {
  const ok = typeof rel === 'string' && rel.length > 0 && !rel.includes('\\') && !rel.includes('\0')
    && !path.posix.isAbsolute(rel) && path.posix.normalize(rel) === rel && !rel.split('/').includes('..');
  if (!ok) throw new BackupError(`备份文件中的附件路径无效：${String(rel)}`);
  return rel;
}
