import { Argument, Option, type Command } from 'commander';
import { COMPLETION_SHELLS, type CompletionShell } from './completion/shells.js';
import type { CatalogQuery } from '../app/catalog-views.js';
import type { RunContext } from '../app/run-context.js';
import { QUERY_FORMATS, type QueryFormat } from '../render/queries/query-output.js';
import { writeText } from '../output/output-sink.js';
import { UsageError } from '../shared/errors.js';
import { addCatalogOptions } from './catalog-options.js';
import { catalogChoice, type CatalogOptions } from './catalog-request.js';
import { outcomeOf, type CommandOutcome } from './command-outcome.js';
import { addConfigOptions } from './config-options.js';
import { addImportCommand } from './import-command.js';
import { parseDateOption } from './option-parsers.js';

interface QueryOptions extends CatalogOptions {
  format: QueryFormat;
  asOf?: string;
  header: boolean;
}

/** Options given before a command name belong to the check itself; say so rather than ignore them. */
function rejectOptionsBefore(program: Command, command: string): void {
  const given = program.options.filter((option) => program.getOptionValueSource(option.attributeName()) === 'cli').map((option) => option.long ?? option.short);
  if (given.length > 0) throw new UsageError(`put ${given.join(', ')} after "${command}": options before a command name are not passed to it`);
}

const formatOption = (): Option => new Option('-f, --format <format>', 'output format').choices(QUERY_FORMATS).default('text');

/** `releases`, `explain`, `diff` and `catalog lint`: questions about the catalog itself. */
export function addQueryCommands(program: Command, context: RunContext, done: (outcome: CommandOutcome) => void): void {
  const queryCommand = (name: string, description: string): Command =>
    addConfigOptions(addCatalogOptions(program.command(name).description(description)))
      .addOption(formatOption())
      .option('--as-of <date>', 'as of this date (YYYY-MM-DD; default today, or SOURCE_DATE_EPOCH)', parseDateOption)
      .option('--no-header', 'tsv: leave out the header line')
      .option('--debug', 'show stack traces for errors');
  const run = async (options: QueryOptions, query: CatalogQuery): Promise<void> => {
    rejectOptionsBefore(program, query.query);
    const request = { format: options.format, asOf: options.asOf ?? context.today, header: options.header, catalogs: catalogChoice(options) };
    const { runCatalogQuery } = await import('../app/catalog-views.js');
    done(outcomeOf(await runCatalogQuery(request, query, context)));
  };
  queryCommand('releases', "list the catalog's releases: name, build, date, KB and state (current, superseded, replaced, out-of-support)")
    .argument('[product]', 'a product id or a word of its name, e.g. exchange-2019 or 2019')
    .option('--line <line>', 'only this service line, e.g. CU14')
    .action((product: string | undefined, options: QueryOptions & { line?: string }) =>
      run(options, { query: 'releases', product: product ?? null, line: options.line ?? null }),
    );
  queryCommand(
    'explain',
    'explain a fix (where it ships, the first release per line that has it) or a build or release (its line, what it contains, what supersedes it)',
  )
    .argument('<subject...>', 'a fix id (CVE, KB, bulletin), a release KB, a build string or a release name')
    .option('--build <build-string>', 'with a fix: say whether this build contains it, and why')
    .action((subject: string[], options: QueryOptions & { build?: string }) =>
      run(options, { query: 'explain', subject: subject.join(' '), build: options.build ?? null }),
    );
  queryCommand('diff', 'the fixes gained (and lost) going from one build or release to another')
    .argument('<from>', 'build string or release name')
    .argument('<to>', 'build string or release name')
    .action((from: string, to: string, options: QueryOptions) => run(options, { query: 'diff', from, to }));
  const catalog = program.command('catalog').description('catalog tools');
  const lint = catalog
    .command('lint')
    .description('check catalogs and list every error and warning as file:line:column: severity: message [rule]')
    .argument('[file...]', 'catalog files or URLs, layered on the embedded catalog unless --no-default-catalog')
    .addOption(formatOption())
    .option('--no-header', 'tsv: leave out the header line')
    .option('--include-base', 'also list the problems of the catalogs the files are layered on (the embedded one, --catalog)')
    .option('--debug', 'show stack traces for errors')
    .action(async (files: string[], options: QueryOptions & { includeBase?: boolean }) => {
      rejectOptionsBefore(program, 'catalog lint');
      const { lintCatalogs } = await import('../app/lint-catalogs.js');
      const choice = catalogChoice({ ...options, catalog: [...(options.catalog ?? []), ...files] });
      const scope = { own: files.length > 0 ? files : null, includeBase: options.includeBase === true };
      done(outcomeOf(await lintCatalogs(choice, options.format, options.header, context, scope)));
    });
  addConfigOptions(addCatalogOptions(lint));
  program
    .command('completion')
    .description('print the shell completion script for bash, zsh, fish or PowerShell')
    .addArgument(new Argument('<shell>', 'the shell').choices(COMPLETION_SHELLS))
    .action(async (shell: CompletionShell) => {
      const { completionScript } = await import('./completion/completion-script.js');
      writeText(context.stdout, completionScript(program, shell));
      done(outcomeOf('pass'));
    });
  addImportCommand(catalog, context, done, () => rejectOptionsBefore(program, 'catalog import'));
}
