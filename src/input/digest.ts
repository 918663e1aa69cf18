import { createHash } from 'node:crypto';

export const sha256Digest = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
