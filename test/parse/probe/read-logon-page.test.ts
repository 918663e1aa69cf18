import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLogonPage } from '../../../src/parse/probe/read-logon-page.js';
import { fixturePath } from '../../support/helpers.js';

const page = (name: string): string => readFileSync(fixturePath(`probe/${name}`), 'utf8');

describe('reading the OWA sign-in page', () => {
  it('reads the CU level from the versioned static-file folder of Exchange 2013 and later', () => {
    expect(readLogonPage(page('logon.aspx.html').replaceAll('{{LEVEL}}', '15.2.1544'))).toEqual({
      claims: [{ source: 'static-file-paths', proves: 'cu-level', parts: [15, 2, 1544], build: '15.2.1544' }],
      note: 'static files under 15.2.1544',
      markers: ['OWA sign-in form', 'OWA sign-in page', 'versioned OWA static files'],
    });
  });

  it('takes only the CU level from the four-part folder of Exchange 2010', () => {
    expect(readLogonPage(page('logon-2010.aspx.html')).claims.map((claim) => [claim.build, claim.proves])).toEqual([['14.3.123', 'cu-level']]);
  });

  it('finds versioned paths in absolute URLs too, and names every level it sees', () => {
    const html = '<link href="https://mail.contoso.com/owa/auth/15.2.1544/themes/a.css"><img src="/OWA/AUTH/15.2.1748/themes/b.png">';
    expect(readLogonPage(html).claims.map((claim) => claim.build)).toEqual(['15.2.1544', '15.2.1748']);
  });

  it('ignores unversioned links to OWA and paths that are not folders', () => {
    expect(readLogonPage(page('not-exchange.html'))).toEqual({ claims: [], note: 'no versioned OWA paths', markers: [] });
    expect(readLogonPage('<a href="/owa/15.2.1544.x">').claims).toEqual([]);
    expect(readLogonPage('<a href="/owa/prem/15.2.1544.14/scripts/boot.js">').claims).toEqual([]);
  });

  it('recognises a sign-in page without versioned paths', () => {
    expect(readLogonPage('<form action="/owa/auth.owa" method="POST" name="logonForm"></form>')).toEqual({
      claims: [],
      note: 'a sign-in page without versioned paths',
      markers: ['OWA sign-in form', 'OWA sign-in page'],
    });
  });
});
