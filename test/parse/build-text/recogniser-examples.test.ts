import { describe, expect, it } from 'vitest';
import { formatBuild } from '../../../src/parse/build/build.js';
import type { FormExample, Recogniser, Scanner } from '../../../src/parse/build-text/finding.js';
import { readBuildText } from '../../../src/parse/build-text/read-build-text.js';
import { RECOGNISERS, SCANNERS } from '../../../src/parse/build-text/recogniser-table.js';
import { BuildStringError } from '../../../src/shared/errors.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

const refusalOf = (text: string): string => {
  try {
    readBuildText(text, EXCHANGE_CONTEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildStringError);
    return (error as Error).message;
  }
  return expect.unreachable(`${JSON.stringify(text)} was read`);
};

function checkExample(owner: Recogniser | Scanner, example: FormExample): void {
  if ('reads' in example) {
    const reading = readBuildText(example.text, EXCHANGE_CONTEXT);
    const form = example.form ?? ('form' in owner ? owner.form : undefined);
    expect(reading).toMatchObject({ kind: 'build', form, ...(example.proves ? { proves: example.proves } : {}) });
    if (reading.kind === 'build') expect(formatBuild(reading.build)).toBe(example.reads);
  } else if ('foreign' in example) {
    expect(readBuildText(example.text, EXCHANGE_CONTEXT)).toMatchObject({ kind: 'foreign', product: example.foreign });
  } else if ('name' in example) {
    expect(readBuildText(example.text, EXCHANGE_CONTEXT)).toEqual({ kind: 'name', name: example.name });
  } else {
    const message = refusalOf(example.text);
    expect(message).toContain(example.refused);
    expect(message).not.toMatch(/[\n\r]/);
  }
}

describe.each(RECOGNISERS.map((recogniser) => [recogniser.form, recogniser] as const))('the %s recogniser', (_, recogniser) => {
  it('has examples', () => {
    expect(recogniser.examples.filter((example) => 'reads' in example && (example.form ?? recogniser.form) === recogniser.form).length).toBeGreaterThan(0);
  });
  it.each(recogniser.examples.map((example) => [example.text, example] as const))('reads its example %j as documented', (_, example) => {
    checkExample(recogniser, example);
  });
});

describe.each(SCANNERS.map((scanner) => [scanner.name, scanner] as const))('the %s scanner', (_, scanner) => {
  it.each(scanner.examples.map((example) => [example.text, example] as const))('reads its example %j as documented', (_, example) => {
    checkExample(scanner, example);
  });
});
