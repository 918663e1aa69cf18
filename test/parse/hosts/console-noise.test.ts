import { describe, expect, it } from 'vitest';
import { createConsoleNoiseFilter, dropConsoleNoise } from '../../../src/parse/hosts/console-noise.js';

describe('console noise', () => {
  it.each([
    'PS C:\\Users\\exadmin> Get-ExchangeServer | ft Name,AdminDisplayVersion',
    '[PS] C:\\Windows\\system32>Get-ExchangeServer',
    '[PS] C:\\Windows\\system32>',
    'PS /home/exadmin> Get-Content ./servers.csv',
    'PS Microsoft.PowerShell.Core\\FileSystem::\\\\srv\\share> type servers.txt',
    'PS>Get-ExchangeServer',
    'C:\\Windows\\system32>type servers.txt',
    '>> Format-Table Name,AdminDisplayVersion',
    'Transcript started, output file is C:\\Users\\exadmin\\Documents\\servers.txt',
    'Transcript stopped, output file is C:\\Users\\exadmin\\Documents\\servers.txt',
    "WARNING: The object EX03 has been corrupted or isn't compatible with Microsoft support requirements.",
    '**********************',
  ])('%j is noise', (line) => {
    expect(createConsoleNoiseFilter().isNoise(line)).toBe(true);
  });

  it.each([
    'EX01 15.2.1118.7',
    'ex01.contoso.local\t15.2.1748.49',
    'Name   AdminDisplayVersion',
    '"Name","AdminDisplayVersion"',
    'PSComputerName : ex01.contoso.com',
    'Name                : EX01',
    '[',
    '{"host": "EX01", "build": "15.2.1118.7"}',
    'Start time: 20261120091502',
    'Version 15.2 (Build 1118.7)',
    'PSVersion 15.2.1118.7',
  ])('%j is not', (line) => {
    expect(createConsoleNoiseFilter().isNoise(line)).toBe(false);
  });

  it('drops a transcript’s header and footer blocks, and only those', () => {
    const lines = [
      '**********************',
      'Windows PowerShell transcript start',
      'Start time: 20261120091502',
      'Machine: EX01 (Microsoft Windows NT 10.0.20348.0)',
      '**********************',
      'Name AdminDisplayVersion',
      '**********************',
      'Command start time: 20261120091510',
      '**********************',
      'EX01 Version 15.2 (Build 1118.7)',
      '**********************',
      'PowerShell transcript end',
      'End time: 20261120091533',
      '**********************',
    ];
    expect(dropConsoleNoise(lines)).toEqual(['Name AdminDisplayVersion', 'EX01 Version 15.2 (Build 1118.7)']);
  });

  it('keeps what follows a line of asterisks that opens no transcript block', () => {
    expect(dropConsoleNoise(['**********', 'Start time: 20261120091502', 'EX01 15.2.1118.7'])).toEqual(['Start time: 20261120091502', 'EX01 15.2.1118.7']);
  });
});
