import type { Command } from 'commander';
import { bashCompletion, zshCompletion } from './bash.js';
import { completionModel } from './completion-model.js';
import { fishCompletion } from './fish.js';
import { powershellCompletion } from './powershell.js';
import type { CompletionShell } from './shells.js';

const SCRIPTS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion, powershell: powershellCompletion } as const;

/** The completion script for a shell, generated from the program's own commands and options. */
export const completionScript = (program: Command, shell: CompletionShell): string => SCRIPTS[shell](program.name(), completionModel(program));
