import { describe, expect, it } from 'vitest';
import { rejectMistypedCommand } from '../../src/cli/command-suggestion.js';
import { UsageError } from '../../src/shared/errors.js';

const COMMANDS = ['help', 'releases', 'explain', 'diff', 'catalog'];

describe('rejectMistypedCommand', () => {
  it.each([[['relases']], [['relases', '2019']], [['Expalin', 'CVE-2021-26855']], [['catalgo', 'lint']]])('refuses %j', (words) => {
    expect(() => rejectMistypedCommand(words, COMMANDS)).toThrow(UsageError);
  });

  it.each([[[]], [['15.2.1544.4']], [['Exchange', '2019', 'CU14']], [['Version 15.2 (Build 1544.4)']], [['garbage']], [['v15.2.1118.7']]])(
    'lets %j through to the build text reader',
    (words) => {
      expect(() => rejectMistypedCommand(words, COMMANDS)).not.toThrow();
    },
  );

  it('names every close command, the nearest in length first', () => {
    expect(() => rejectMistypedCommand(['dif'], ['diff', 'dig'])).toThrow('did you mean "dig" or "diff"?');
  });
});
