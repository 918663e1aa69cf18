import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBuildTable, parseBuildTable, tableDate, unpadBuild } from '../../../src/parse/import/build-table.js';
import { fixturePath } from '../../support/helpers.js';

describe('reading a build table', () => {
  it('reads BOM, CRLF, quoted fields and zero-padded builds', () => {
    const text = readFileSync(fixturePath('import/build-table.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(isBuildTable(text)).toBe(true);
    const { table, problems } = parseBuildTable(text, 'build-table.csv');
    expect(problems).toEqual([]);
    expect(table!.rows).toHaveLength(8);
    expect(table!.rows[1]).toMatchObject({ name: 'Exchange 2019 CU15 Oct26SU', build: '15.2.1748.55', date: '2026-10-13', kb: 'KB5130002', line: 3 });
    expect(table!.rows[7]).toMatchObject({ name: 'Exchange 2010 SP3 RU27', build: '14.3.452.0', date: '2019-04-09', url: null });
  });

  it('names the line of every unreadable row', () => {
    const { table, problems } = parseBuildTable(readFileSync(fixturePath('import/malformed/bad-table.csv'), 'utf8'), 'bad.csv');
    expect(table).toBeNull();
    expect(problems).toEqual([
      { file: 'bad.csv', at: 'line 3', message: 'Build Number "15.2.x.57" is not a build of four numeric parts' },
      { file: 'bad.csv', at: 'line 4', message: 'Date "13/20/2026" is not a date as M/D/YYYY' },
    ]);
  });

  it('needs the name, build and date columns', () => {
    expect(parseBuildTable('Product Name,Date\nX,1/1/2020\n', 'short.csv').problems).toEqual([
      { file: 'short.csv', at: 'line 1', message: 'no column "build number" in the header' },
    ]);
  });

  it.each([
    ['15.02.1748.046', '15.2.1748.46'],
    ['14.03.0452.000', '14.3.452.0'],
    ['15.2.1748', null],
    ['publication', null],
    ['15.2.70000.1', null],
  ])('unpads %s', (text, build) => expect(unpadBuild(text)).toBe(build));

  it.each([
    ['3/8/2007', '2007-03-08'],
    ['02/14/2023', '2023-02-14'],
    ['2026-10-13', '2026-10-13'],
    ['2/30/2026', null],
    ['13/1/2026', null],
  ])('reads the date %s', (text, date) => expect(tableDate(text)).toBe(date));
});
