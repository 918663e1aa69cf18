import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuildText, type BuildTextReading } from '../../../src/parse/build-text/read-build-text.js';
import { BuildStringError } from '../../../src/shared/errors.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

const readFixture = (name: string): string => readFileSync(new URL(`../../fixtures/build-text/${name}`, import.meta.url), 'utf8');
const read = (name: string): BuildTextReading => readBuildText(readFixture(name), EXCHANGE_CONTEXT);

describe('readBuildText on real-shaped console pastes', () => {
  it.each([
    ['health-checker-exchange-2019.txt', [15, 2, 1544, 14], 'health-checker', 'exact'],
    ['get-exchangeserver-fl.txt', [15, 2, 1544, 4], 'admin-display-version', 'cu-level'],
    ['reg-query-setup.txt', [15, 2, 1748, 10], 'registry-setup', 'cu-level'],
    ['setup-key.reg', [15, 1, 2507, 6], 'registry-setup', 'cu-level'],
    ['get-itemproperty-setup.txt', [15, 2, 1544, 4], 'registry-setup', 'cu-level'],
    ['exsetup-fileversioninfo.clixml', [15, 2, 1544, 4], 'clixml', 'exact'],
    ['exchangesetup-install.log', [15, 2, 1748, 10], 'setup-log', 'exact'],
    ['exchange-2010-setup.log', [14, 3, 123, 4], 'setup-log', 'exact'],
    ['mail-header-on-premises.txt', [15, 2, 1544, 14], 'mail-header', 'exact'],
    ['get-command-exsetup-fl.txt', [15, 2, 1544, 14], 'file-version-list', 'exact'],
    ['curl-owa-headers.txt', [15, 2, 1544, 9], 'http-header', 'exact'],
    ['get-adobject-serialnumber.txt', [15, 1, 2507, 6], 'ad-serial-number', 'cu-level'],
  ])('reads %s as %j (%s, %s)', (name, build, form, proves) => {
    expect(read(name)).toMatchObject({ kind: 'build', build, form, proves });
  });

  it('collects the release names of a HealthChecker report beside its build', () => {
    expect(read('health-checker-exchange-2019.txt')).toMatchObject({ names: ['Exchange 2019 CU14 Nov24SUv2', 'Exchange 2019 CU14'] });
  });

  it('says that the AD object version in Get-ExchangeServer output is no build', () => {
    expect(read('get-exchangeserver-fl.txt')).toMatchObject({
      notes: [expect.stringContaining('CU level only')],
      passedOver: ['8.0.535.0 on line 41 was not read: it is an AD object version (ExchangeVersion), not a server build'],
    });
  });

  it('says an Exchange 2003 server object is Exchange 2003', () => {
    expect(read('exchange-2003-serialnumber.txt')).toEqual({
      kind: 'foreign',
      product: 'exchange-2003',
      build: '6.5.7638.2',
      form: 'ad-serial-number',
      notes: [],
    });
  });

  it.each([
    ['get-exchangeserver-ft-narrow.txt', 'looks truncated on line 4 ("Version 15.2 (Bu...")'],
    [
      'get-exchangeserver-ft-two-servers.txt',
      'states 2 different builds: 15.2.1544.4 (AdminDisplayVersion, line 4) and 15.2.1258.12 (AdminDisplayVersion, line 5)',
    ],
    ['exchangesetup-upgrade.log', 'states 2 different builds: 15.2.1748.10 (Setup version, line 3) and 15.2.1544.4 (locally installed version, line 5)'],
    [
      'mail-header-hybrid.txt',
      'states builds of different products: 15.2.1748.24 (Received id, line 11) and Exchange Online 15.20.8466.20 (Received id, line 4)',
    ],
  ])('refuses %s in one line', (name, reason) => {
    expect(() => read(name)).toThrow(BuildStringError);
    expect(() => read(name)).toThrow(reason);
  });
});
