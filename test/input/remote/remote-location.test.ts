import { describe, expect, it } from 'vitest';
import { isRemoteCatalog } from '../../../src/input/remote/remote-location.js';

describe('a catalog given as a URL', () => {
  it.each([
    'https://example.org/exchange.yaml',
    'HTTP://example.org/c.yaml',
    'Https://example.org/c.yaml',
    'ftp://host/c.yaml',
    'git+ssh://host/c.yaml',
    'a.b-c://x',
  ])('%s is a URL', (location) => expect(isRemoteCatalog(location)).toBe(true));

  it.each([
    'catalog.yaml',
    './overlays/extra.yaml',
    'C:\\catalogs\\extra.yaml',
    'c:/catalogs/extra.yaml',
    '1http://host/c.yaml',
    'https:/host/c.yaml',
    'ſ://host',
    '',
    ' https://host',
  ])('%s is a file path', (location) => expect(isRemoteCatalog(location)).toBe(false));
});
