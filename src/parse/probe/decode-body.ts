const decoders = {
  utf8: new TextDecoder('utf-8'),
  utf16le: new TextDecoder('utf-16le'),
} as const;

/** Text of a response body: UTF-16LE when it starts with that byte-order mark, otherwise UTF-8 (bad bytes become U+FFFD). */
export function decodeBody(body: Uint8Array): string {
  if (body[0] === 0xff && body[1] === 0xfe) return decoders.utf16le.decode(body.subarray(2));
  return decoders.utf8.decode(body).replace(/^\uFEFF/, '');
}
