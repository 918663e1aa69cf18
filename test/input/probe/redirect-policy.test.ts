import { describe, expect, it } from 'vitest';
import { isSameHost, judgeRedirect } from '../../../src/input/probe/redirect-policy.js';

describe('what counts as the same host', () => {
  it.each([
    ['https://mail.contoso.com/owa/', 'https://mail.contoso.com/owa/auth/logon.aspx', true],
    ['https://mail.contoso.com/', 'https://MAIL.contoso.com:443/x', true],
    ['http://mail.contoso.com/', 'https://mail.contoso.com/', true],
    ['http://mail.contoso.com:8080/', 'https://mail.contoso.com:8080/', true],
    ['http://mail.contoso.com:8080/', 'https://mail.contoso.com/', false],
    ['https://mail.contoso.com/', 'https://mail.contoso.com:8443/', false],
    ['https://mail.contoso.com/', 'https://login.contoso.com/', false],
    ['https://127.0.0.1:8443/', 'https://localhost:8443/', false],
  ])('%s -> %s: %s', (from, to, same) => {
    expect(isSameHost(new URL(from), new URL(to))).toBe(same);
  });
});

describe('following a redirect', () => {
  const from = 'https://mail.contoso.com/owa/';

  it('follows a relative or same-host redirect', () => {
    expect(judgeRedirect(from, '/owa/auth/logon.aspx?url=x&reason=0', false)).toEqual({
      follow: 'https://mail.contoso.com/owa/auth/logon.aspx?url=x&reason=0',
    });
    expect(judgeRedirect('http://mail.contoso.com/owa/', 'https://mail.contoso.com/owa/', false)).toEqual({ follow: 'https://mail.contoso.com/owa/' });
  });

  it('refuses another host unless told to follow', () => {
    expect(judgeRedirect(from, 'https://adfs.contoso.com/adfs/ls/', false)).toEqual({ refuse: 'other-host', target: 'https://adfs.contoso.com/adfs/ls/' });
    expect(judgeRedirect(from, 'https://adfs.contoso.com/adfs/ls/', true)).toEqual({ follow: 'https://adfs.contoso.com/adfs/ls/' });
  });

  it('refuses a downgrade from https to http unless told to follow', () => {
    expect(judgeRedirect(from, 'http://mail.contoso.com/owa/', false)).toEqual({ refuse: 'https-to-http', target: 'http://mail.contoso.com/owa/' });
    expect(judgeRedirect(from, 'http://mail.contoso.com/owa/', true)).toEqual({ follow: 'http://mail.contoso.com/owa/' });
  });

  it('never follows a non-http target, a missing location, or credentials in the target', () => {
    expect(judgeRedirect(from, 'javascript:alert(1)', true)).toEqual({ refuse: 'not-http', target: 'javascript:alert(1)' });
    expect(judgeRedirect(from, null, true)).toEqual({ refuse: 'not-http', target: '' });
    expect(judgeRedirect(from, 'https://[::1', true)).toEqual({ refuse: 'not-http', target: 'https://[::1' });
    expect(judgeRedirect(from, 'https://user:pw@mail.contoso.com/owa/', true)).toEqual({ refuse: 'credentials', target: 'https://mail.contoso.com/owa/' });
  });
});
