import { describe, expect, it } from 'vitest';
import { parseProbeTarget } from '../../../src/parse/probe/probe-target.js';

describe('reading a probe target', () => {
  it.each([
    ['https://mail.contoso.com', 'https://mail.contoso.com', 'mail.contoso.com', 443, true],
    ['https://mail.contoso.com/', 'https://mail.contoso.com', 'mail.contoso.com', 443, true],
    ['HTTPS://Mail.Contoso.COM', 'https://mail.contoso.com', 'mail.contoso.com', 443, true],
    ['http://host:8080', 'http://host:8080', 'host', 8080, false],
    ['http://host:80', 'http://host', 'host', 80, false],
    ['mail.contoso.com', 'https://mail.contoso.com', 'mail.contoso.com', 443, true],
    ['  ex01  ', 'https://ex01', 'ex01', 443, true],
    ['ex01.corp.local:8443', 'https://ex01.corp.local:8443', 'ex01.corp.local', 8443, true],
    ['10.0.0.5', 'https://10.0.0.5', '10.0.0.5', 443, true],
    ['[2001:db8::1]', 'https://[2001:db8::1]', '[2001:db8::1]', 443, true],
    ['2001:db8::1', 'https://[2001:db8::1]', '[2001:db8::1]', 443, true],
    ['::1', 'https://[::1]', '[::1]', 443, true],
    ['http://[::1]:8080/', 'http://[::1]:8080', '[::1]', 8080, false],
    ['https://mail.contoso.com:65535', 'https://mail.contoso.com:65535', 'mail.contoso.com', 65535, true],
  ])('%j is %s', (input, origin, hostname, port, secure) => {
    expect(parseProbeTarget(input)).toEqual({ ok: true, target: { input: input.trim(), origin, hostname, port, secure } });
  });

  it.each([
    ['', 'no server was given'],
    ['   ', 'no server was given'],
    ['https://mail.contoso.com:0', 'port 0 is outside 1-65535'],
    ['https://mail.contoso.com:65536', 'port 65536 is outside 1-65535'],
    ['mail.contoso.com:99999', 'port 99999 is outside 1-65535'],
    ['https://mail.contoso.com/owa', 'give the server only (scheme, host, port), without a path, query or fragment'],
    ['https://mail.contoso.com/?x=1', 'give the server only (scheme, host, port), without a path, query or fragment'],
    ['https://mail.contoso.com/#top', 'give the server only (scheme, host, port), without a path, query or fragment'],
    ['ftp://mail.contoso.com', 'only http and https can be probed, not ftp'],
    ['mail contoso com', 'a server name cannot contain spaces or control characters'],
    ['mail.contoso.com\u0007', 'a server name cannot contain spaces or control characters'],
    ['https://[::1', 'not a valid server name or http(s) URL'],
    ['https://[fe80::1%25eth0]', 'not a valid server name or http(s) URL'],
    ['fe80::1%eth0', 'not a valid server name or http(s) URL'],
    ['https://mail.contoso.com:abc', 'not a valid server name or http(s) URL'],
    ['https://', 'not a valid server name or http(s) URL'],
    ['https://exa mple.com', 'a server name cannot contain spaces or control characters'],
  ])('refuses %j: %s', (input, detail) => {
    expect(parseProbeTarget(input)).toEqual({ ok: false, failure: { kind: 'invalid-target', input: input.trim(), detail } });
  });

  it.each([
    ['https://admin:secret@mail.contoso.com', 'https://***@mail.contoso.com'],
    ['https://admin@mail.contoso.com:8443', 'https://***@mail.contoso.com:8443'],
  ])('names %j without its credentials when it refuses it', (input, shown) => {
    expect(parseProbeTarget(input)).toMatchObject({ ok: false, failure: { input: shown } });
  });
});
