import { open, stat } from 'node:fs/promises';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file as read: its text, or why it cannot be (`missing` when it is gone: a removal, not a problem). */
export type FileReading =
  | { kind: 'text'; size: number; mtimeMs: number; text: string }
  | { kind: 'refused'; size: number; mtimeMs: number; message: string }
  | { kind: 'missing' };

const REASONS: Record<string, string> = {
  ELOOP: 'is a symbolic link that leads round in a loop',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  EISDIR: 'is a folder, not a file',
};

/** Why reading failed, in words naming the path (Node's own messages name the system call instead). */
export function describeReadError(file: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return `${file} ${REASONS[code] ?? `cannot be read: ${(error as Error).message}`}`;
}

/**
 * Reads one content file, refusing what is not a regular file or is too large before reading a byte of it
 * (a 100 MB file is never loaded), and text that is not UTF-8.
 */
export async function readContentFile(file: string): Promise<FileReading> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'refused', size: -1, mtimeMs: -1, message: describeReadError(file, error) };
  }
  const seen = { size: info.size, mtimeMs: info.mtimeMs };
  if (!info.isFile()) return { kind: 'refused', ...seen, message: describeReadError(file, { code: 'EISDIR' }) };
  if (info.size > MAX_FILE_BYTES)
    return { kind: 'refused', ...seen, message: `${file} is ${info.size} bytes, over the ${MAX_FILE_BYTES} limit` };
  try {
    const handle = await open(file, 'r');
    try {
      // Read at most one byte past the limit: a file that grew since stat is refused, not read whole.
      const buffer = Buffer.alloc(Math.min(info.size, MAX_FILE_BYTES) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_FILE_BYTES)
        return { kind: 'refused', ...seen, message: `${file} is over the ${MAX_FILE_BYTES} byte limit` };
      // fatal: a file that is not UTF-8 is an error, not silently mangled text.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead));
      return { kind: 'text', ...seen, text };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    const message = error instanceof TypeError ? `${file} is not UTF-8 text` : describeReadError(file, error);
    return { kind: 'refused', ...seen, message };
  }
}
