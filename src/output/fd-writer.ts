import { fstatSync, statSync, writeSync } from 'node:fs';

const BUFFER_BYTES = 1024 * 1024;

/** The bytes a piece may take: a string at most 3 UTF-8 bytes per UTF-16 unit. */
const mostBytesOf = (piece: string | Uint8Array): number => (typeof piece === 'string' ? piece.length * 3 : piece.length);
let pause: Int32Array | undefined;

/** Waits a millisecond for a full pipe (a start-up snapshot has no SharedArrayBuffer to sleep on: then it spins). */
function waitBriefly(): void {
  if (typeof SharedArrayBuffer === 'function') {
    Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 1);
    return;
  }
  for (const until = Date.now() + 1; Date.now() < until;);
}

/** Writes all of `bytes`, waiting out a full non-blocking pipe; false when the reader has gone (EPIPE). */
export function writeAllSync(fd: number, bytes: Uint8Array): boolean {
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw error;
      waitBriefly();
    }
  }
  return true;
}

/**
 * Output gathered in one reused 1 MiB buffer and written synchronously to a file descriptor when
 * the buffer is full or flushed. Once the reader of a pipe has gone, the rest is dropped.
 */
export class FdWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private readerGone = false;

  constructor(readonly fd: number) {}

  /**
   * Writes the pieces of one record into the same buffer, so that a flush (and a signal after it)
   * never cuts the record: the buffer is written out first when they might not fit.
   */
  writeRecord(pieces: readonly (string | Uint8Array)[]): void {
    if (pieces.reduce((sum, piece) => sum + mostBytesOf(piece), 0) > BUFFER_BYTES - this.used) this.flush();
    for (const piece of pieces) this.write(piece);
  }

  write(chunk: string | Uint8Array): void {
    const most = mostBytesOf(chunk);
    if (most > BUFFER_BYTES - this.used) {
      this.flush();
      if (most > BUFFER_BYTES) {
        this.send(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        return;
      }
    }
    if (typeof chunk === 'string') this.used += this.buffer.write(chunk, this.used);
    else {
      this.buffer.set(chunk, this.used);
      this.used += chunk.length;
    }
  }

  flush(): void {
    if (this.used === 0) return;
    this.send(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private send(bytes: Uint8Array): void {
    if (!this.readerGone && !writeAllSync(this.fd, bytes)) this.readerGone = true;
  }
}

let nullDevice: number | null | undefined;

/**
 * Whether a standard stream may be a terminal, known without loading Node's terminal support:
 * files, pipes and the null device are not. Windows always asks Node.
 */
export function mayBeTerminal(fd: number, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return true;
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    nullDevice ??= statSync('/dev/null', { throwIfNoEntry: false })?.rdev ?? null;
    return stat.rdev !== nullDevice;
  } catch {
    return false;
  }
}
