/**
 * JSON text that keeps the exact data and shows a terminal no control character: JSON.stringify
 * already escapes C0; DEL, C1 (U+009B is an 8-bit CSI), the line and paragraph separators and the
 * bidirectional controls are written as \u escapes too. They can only occur inside JSON strings,
 * so escaping them anywhere in the text is exact.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this file is for
const RAW_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export const guardJsonText = (json: string): string => json.replace(RAW_CONTROLS, unicodeEscape);

/** Whether UTF-8 bytes hold one of the characters `guardJsonText` escapes (C0 but tab, LF, CR; DEL; C1; U+061C; U+200E-F; U+2028-9; U+202A-E; U+2066-9). */
export function bytesNeedJsonGuard(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (byte < 0x20) {
      if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return true;
    } else if (byte === 0x7f) {
      return true;
    } else if (byte === 0xc2) {
      const next = bytes[index + 1] ?? 0;
      if (next >= 0x80 && next <= 0x9f) return true;
    } else if (byte === 0xd8) {
      if (bytes[index + 1] === 0x9c) return true;
    } else if (byte === 0xe2) {
      const second = bytes[index + 1];
      const third = bytes[index + 2] ?? 0;
      if (second === 0x80 && (third === 0x8e || third === 0x8f || (third >= 0xa8 && third <= 0xae))) return true;
      if (second === 0x81 && third >= 0xa6 && third <= 0xa9) return true;
    }
  }
  return false;
}

// Made on first use: a single check writes text, and making them loads Node's encoding support.
let decoder: TextDecoder | undefined;
let encoder: TextEncoder | undefined;
const guardedBytes = new WeakMap<Uint8Array, Uint8Array>();

/** The bytes of JSON text, guarded; encoded bodies are shared between hosts, so each is checked once. */
export function guardJsonBytes(bytes: Uint8Array): Uint8Array {
  let guarded = guardedBytes.get(bytes);
  if (guarded === undefined) {
    guarded = bytesNeedJsonGuard(bytes) ? (encoder ??= new TextEncoder()).encode(guardJsonText((decoder ??= new TextDecoder()).decode(bytes))) : bytes;
    guardedBytes.set(bytes, guarded);
  }
  return guarded;
}
