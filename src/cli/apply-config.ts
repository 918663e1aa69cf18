import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../app/config-file-name.js';
import { fileExists, maxInputBytesFrom } from '../input/text-files.js';
import type { RunContext } from '../app/run-context.js';
import { UsageError } from '../shared/errors.js';
import { configurableOptions } from './config-options.js';

/**
 * Fills the options the command line left at their defaults from the config file: `--config FILE`,
 * else `.rollup-check.yaml` in the working directory when it exists (`--no-config` skips it). The
 * command line wins; a value the option refuses is an error at its place in the file.
 */
export async function applyConfig(command: Command, context: RunContext): Promise<void> {
  const { config } = command.opts<{ config?: string | false }>();
  if (config === false) return;
  if (config === undefined && !fileExists(join(context.cwd, DEFAULT_CONFIG_FILE))) return;
  const { loadConfig } = await import('../app/load-config.js');
  const loaded = loadConfig(config ?? null, context.cwd, maxInputBytesFrom(context.env));
  for (const { key, attribute, option, kind } of configurableOptions(command)) {
    const value = loaded.values[key];
    if (value === undefined || command.getOptionValueSource(attribute) === 'cli') continue;
    const at = (message: string): UsageError => {
      const { line, column } = loaded.positionOf([key]);
      return new UsageError(`${loaded.file}:${line}:${column}: ${key}: ${message}`);
    };
    try {
      if (kind === 'flag') {
        command.setOptionValueWithSource(attribute, value, 'config');
        continue;
      }
      const texts = Array.isArray(value) ? value.map(String) : [String(value)];
      let parsed: unknown = undefined;
      for (const text of texts) parsed = option.parseArg ? option.parseArg(text, parsed) : text;
      command.setOptionValueWithSource(attribute, parsed, 'config');
    } catch (error) {
      if (error instanceof InvalidArgumentError) throw at(error.message.replace(/\.$/, ''));
      throw error;
    }
  }
}
