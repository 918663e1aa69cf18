import { describe, expect, it } from 'vitest';
import { findColumns, isBuildColumn, isKnownColumn, normalizeColumn } from '../../../src/parse/hosts/columns.js';

describe('host-list columns', () => {
  it.each([
    ['BuildNumber', 'buildnumber'],
    ['Build Number', 'buildnumber'],
    ['"ExSetup_Version"', 'exsetupversion'],
    ['  Server-Name ', 'servername'],
  ])('%j is written %j', (name, normalized) => {
    expect(normalizeColumn(name)).toBe(normalized);
  });

  it.each(['BuildNumber', 'Build Number', 'ExchangeVersion', 'ExSetupVersion', 'AdminDisplayVersion', 'FileVersion'])('%j is a build column', (name) => {
    expect(isBuildColumn(name)).toBe(true);
  });

  it.each(['ServerName', 'Identity', 'PSComputerName', 'Fqdn'])('%j is a host column', (name) => {
    expect(isKnownColumn(name)).toBe(true);
    expect(isBuildColumn(name)).toBe(false);
  });

  it('tries the build columns exact first and the release name last, and the host columns in their order', () => {
    expect(findColumns(['ServerName', 'ExchangeVersion', 'BuildNumber'])).toEqual({ hosts: [0], builds: [2, 1], urls: [] });
    expect(findColumns(['Identity', 'AdminDisplayVersion', 'Name', 'FileVersion'])).toEqual({ hosts: [2, 0], builds: [3, 1], urls: [] });
    expect(findColumns(['Name', 'OwaUrl', 'Build Number'])).toEqual({ hosts: [0], builds: [2], urls: [1] });
    expect(findColumns(['Name', 'Site'])).toBeNull();
  });
});
