import { describe, expect, it } from 'vitest';
import { isIpShaped, readDottedCore, readDottedToken } from '../../../src/parse/build-text/dotted-value.js';

describe('readDottedCore', () => {
  it.each([
    ['15.02.1118.007', { kind: 'build', parts: [15, 2, 1118, 7] }],
    ['15.2.1118', { kind: 'bad', why: 'malformed', prefix: [15, 2, 1118] }],
    ['15.2.1118.7.1', { kind: 'bad', why: 'malformed', prefix: [15, 2, 1118, 7, 1] }],
    ['15..1118.7', { kind: 'bad', why: 'malformed', prefix: [15] }],
    ['15.2.70000.7', { kind: 'bad', why: 'too-large', prefix: [15, 2] }],
    [`15.2.${'9'.repeat(400)}.7`, { kind: 'bad', why: 'too-large', prefix: [15, 2] }],
    ['65535.65535.65535.65535', { kind: 'build', parts: [65535, 65535, 65535, 65535] }],
  ])('reads %j', (core, reading) => {
    expect(readDottedCore(core)).toEqual(reading);
  });
});

describe('readDottedToken', () => {
  it.each([
    ["'15.02.1748.010'", [15, 2, 1748, 10]],
    ['"15.2.1748.10"', [15, 2, 1748, 10]],
    ['15.2.1748.10.', [15, 2, 1748, 10]],
    ['15.2.1748.10;', [15, 2, 1748, 10]],
  ])('reads %j', (token, parts) => {
    expect(readDottedToken(token)).toEqual({ kind: 'build', parts });
  });

  it.each(['Unknown', '8/1/2002', '08:00:00', '15', '15.2.1544.…', '15.2.15...', '{}'])('finds no number in %j', (token) => {
    expect(readDottedToken(token)).toBeNull();
  });

  it('calls a dotted number followed by other characters malformed', () => {
    expect(readDottedToken('15.2.1118.7a')).toEqual({ kind: 'bad', why: 'malformed', prefix: [15, 2, 1118, 7] });
    expect(readDottedToken('15.2.1118,7')).toEqual({ kind: 'bad', why: 'malformed', prefix: [15, 2, 1118] });
  });
});

describe('isIpShaped', () => {
  it('is true when every part is at most 255', () => {
    expect(isIpShaped([15, 1, 225, 42])).toBe(true);
    expect(isIpShaped([15, 1, 2507, 6])).toBe(false);
    expect(isIpShaped([14, 3, 123, 256])).toBe(false);
  });
});
