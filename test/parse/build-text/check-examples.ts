// Runs the worked examples of a recogniser or scanner through the whole reader.
import { expect, it } from 'vitest';
import { formatBuild } from '../../../src/parse/build/build.js';
import type { Finding, FormExample, Recogniser, Scanner } from '../../../src/parse/build-text/finding.js';
import { readBuildText } from '../../../src/parse/build-text/read-build-text.js';
import { splitSourceText } from '../../../src/parse/build-text/source-text.js';
import { BuildStringError } from '../../../src/shared/errors.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

export function readRefusal(text: string): string {
  try {
    readBuildText(text, EXCHANGE_CONTEXT);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildStringError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/[\n\r]/);
    return message;
  }
  return expect.unreachable(`${JSON.stringify(text)} was read`);
}

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
    expect(readRefusal(example.text)).toContain(example.refused);
  }
}

/** One test per worked example: the text, read by the whole reader, gives what the example says. */
export function itReadsItsExamples(owner: Recogniser | Scanner): void {
  if ('form' in owner) {
    it('has examples of its own form', () => {
      expect(owner.examples.some((example) => 'reads' in example && (example.form ?? owner.form) === owner.form)).toBe(true);
    });
  }
  it.each(owner.examples.map((example) => [example.text, example] as const))('reads its example %j as documented', (_, example) => {
    checkExample(owner, example);
  });
}

/** What one recogniser or scanner finds on its own in `text`. */
export const findIn = (owner: Recogniser | Scanner, text: string): readonly Finding[] => owner.find(splitSourceText(text));
