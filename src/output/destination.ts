import type { Writable } from 'node:stream';

/** Where standard output goes: its file descriptor, written directly (a file, a pipe), or a stream (a terminal, a test's collector). */
export type Destination = { readonly fd: number } | { readonly stream: Writable };
