const encodeSegments = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Turns a file path as given on the command line into a URI reference (RFC 3986), as SARIF wants. */
export function toUriReference(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\/(.*)$/.exec(slashed);
  if (drive) return `file:///${drive[1]!.toUpperCase()}:/${encodeSegments(drive[2]!)}`;
  if (slashed.startsWith('/')) return `file://${encodeSegments(slashed)}`;
  return encodeSegments(slashed);
}
