import { describe, expect, it } from 'vitest';
import { formatBuild } from '../../../src/parse/build/build.js';
import { MAX_TEXT_LENGTH, readBuildText, type BuildTextReading } from '../../../src/parse/build-text/read-build-text.js';
import { BuildStringError } from '../../../src/shared/errors.js';
import { INVALID_BUILD_STRINGS, VALID_BUILD_STRINGS } from '../../fixtures/build-strings.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

const read = (text: string): BuildTextReading => readBuildText(text, EXCHANGE_CONTEXT);
const readBuildOf = (text: string): string => {
  const reading = read(text);
  if (reading.kind !== 'build') return expect.unreachable(`read as ${reading.kind}`);
  return formatBuild(reading.build);
};
export const readRefusal = (text: string): string => {
  try {
    read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildStringError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/[\n\r]/);
    return message;
  }
  return expect.unreachable(`${JSON.stringify(text.slice(0, 80))} was read`);
};

describe('readBuildText across forms', () => {
  it('takes the exact build when a CU-level form states the same CU (AdminDisplayVersion keeps the CU build)', () => {
    expect(read('AdminDisplayVersion : Version 15.2 (Build 1544.4)\nFileVersion : 15.02.1544.014')).toEqual({
      kind: 'build',
      build: [15, 2, 1544, 14],
      form: 'file-version-list',
      proves: 'exact',
      names: [],
      notes: ['AdminDisplayVersion on line 1 states the CU level 15.2.1544.4, consistent with the exact build from FileVersion on line 2'],
      passedOver: [],
    });
  });

  it('takes an Exchange 2010 rollup build beside its service-pack AdminDisplayVersion', () => {
    expect(readBuildOf('Version 14.3 (Build 123.4)\nFileVersion : 14.03.0513.000')).toBe('14.3.513.0');
  });

  it('refuses a CU level of another CU, or newer than the exact build, naming both', () => {
    expect(readRefusal('AdminDisplayVersion : Version 15.2 (Build 1544.4)\nFileVersion : 15.02.1258.012')).toContain(
      'states 2 different builds: 15.2.1258.12 (FileVersion, line 2) and 15.2.1544.4 (AdminDisplayVersion, line 1)',
    );
    expect(readRefusal('Version 15.2 (Build 1544.14)\nFileVersion : 15.02.1544.004')).toContain('2 different builds');
  });

  it('takes the most exact form when several state the same build, noting the others', () => {
    const reading = read('Version : 15.2.1544.14\nBuild Number: 15.02.1544.014\nFileVersion : 15.02.1544.014');
    expect(reading).toMatchObject({
      kind: 'build',
      form: 'file-version-list',
      notes: ['also stated by Build Number on line 2', 'also stated by dotted build on line 1'],
    });
  });

  it('says a CU-level reading proves only the CU', () => {
    expect(read('Version 15.2 (Build 1544.4)')).toMatchObject({ proves: 'cu-level', notes: [expect.stringContaining('CU level only')] });
  });

  it('collects the release names stated beside the build; the build wins', () => {
    expect(read('Version: Exchange 2019 CU14 Nov24SU v2\nBuild Number: 15.02.1544.009')).toMatchObject({
      kind: 'build',
      names: ['Exchange 2019 CU14 Nov24SUv2'],
    });
  });

  it('reads a release name alone, normalised, for the caller to resolve', () => {
    expect(read('  "Exchange Server 2019 Cumulative Update 14."  ')).toEqual({ kind: 'name', name: 'Exchange 2019 CU14' });
    expect(read('Exchange 2019 CU14 Nov24SU v2')).toEqual({ kind: 'name', name: 'Exchange 2019 CU14 Nov24SUv2' });
  });

  it('tells Exchange 2000, 2003 and Exchange Online apart from the catalog products', () => {
    expect(read('Version 6.5 (Build 7638.2: Service Pack 2)')).toEqual({
      kind: 'foreign',
      product: 'exchange-2003',
      build: '6.5.7638.2',
      form: 'admin-display-version',
      notes: [],
    });
    expect(read('6.0.6249.4')).toMatchObject({ kind: 'foreign', product: 'exchange-2000' });
    expect(read('with mapi id 15.20.8466.016;\nwith Microsoft SMTP Server (version=TLS1_2) id 15.20.8489.25;')).toMatchObject({
      kind: 'foreign',
      product: 'exchange-online',
      build: '15.20.8466.16',
      notes: ['also 15.20.8489.25 (Received id, line 2)'],
    });
  });

  it('refuses an on-premises build next to an Exchange Online one', () => {
    expect(readRefusal('with Microsoft SMTP Server id 15.2.1544.4;\nwith mapi id 15.20.8466.016;')).toContain(
      'states builds of different products: 15.2.1544.4 (Received id, line 1) and Exchange Online 15.20.8466.16 (Received id, line 2)',
    );
  });

  it('does not take Windows Server 2008 (6.0.6002) for Exchange 2000', () => {
    expect(readRefusal('Microsoft Windows NT 6.0.6002.0')).toContain('no Exchange build (6.0.6002.0 on line 1 is no build of a product the catalog knows');
  });
});

describe('readBuildText on hostile text', () => {
  it('names the first two of 4,500 different builds and counts the rest, in a short line', () => {
    const text = Array.from({ length: 4500 }, (_, index) => `FileVersion : 15.02.${1000 + index}.001`).join('\r\n');
    const message = readRefusal(text);
    expect(message).toContain('states 4,500 different builds: 15.2.1000.1 (FileVersion, line 1), 15.2.1001.1 (FileVersion, line 2) and 4,498 more');
    expect(message.length).toBeLessThan(400);
  });

  it('refuses numbers of hundreds of digits in one line', () => {
    expect(readRefusal(`15.2.${'9'.repeat(500)}.7`)).toContain('no Exchange build');
    expect(readRefusal(`FileVersion : 15.2.${'9'.repeat(500)}.7`)).toContain('above 65535');
    expect(readRefusal(`Version 15.2 (Build ${'9'.repeat(300)}.1)`)).toContain('no Exchange build');
  });

  it('refuses 10 MB of text in one line, without reading it', () => {
    expect(readRefusal('15.2.1118.7 '.repeat(Math.ceil((10 * 1024 * 1024) / 12)))).toContain('is too long');
  });

  it('reads the build from text just under the limit', () => {
    const filler = 'WhenChanged : 11/27/2024 10:12:33 AM\r\n';
    const text = `${filler.repeat(Math.floor((MAX_TEXT_LENGTH - 100) / filler.length))}FileVersion : 15.02.1544.014`;
    expect(readBuildOf(text)).toBe('15.2.1544.14');
  });

  it('refuses a cut-off cell, never completing it', () => {
    expect(readRefusal('Version 15.1 (Build 25...')).toContain('looks truncated on line 1 ("Version 15.1 (Build 25...")');
    expect(readRefusal('FileVersion : 15.2.1544.…')).toContain('looks truncated');
  });
});

describe('readBuildText on the build strings parseBuildString reads', () => {
  it.each(VALID_BUILD_STRINGS)('reads %j as %s, in the form parseBuildString names (%s)', (input, build, form) => {
    expect(readBuildOf(input)).toBe(build);
    expect(read(input)).toMatchObject({ form });
  });

  const nowRead: Record<string, BuildTextReading['kind']> = {
    'FileVersion : 15.02.1118.007 (built by: EXCHANGE)': 'build',
    'Exchange 2019 CU99': 'name',
  };
  it.each(INVALID_BUILD_STRINGS.filter(([input]) => !(input in nowRead)))('refuses %j', (input) => {
    readRefusal(input);
  });
  it.each(Object.entries(nowRead))('reads %j, which parseBuildString refused, as a %s', (input, kind) => {
    expect(read(input).kind).toBe(kind);
  });
});
