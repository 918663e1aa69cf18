import { Option, type Command } from 'commander';
import type { RunContext } from '../app/run-context.js';
import { SUMMARY_FORMATS, type SummaryFormat } from '../render/import/import-summary.js';
import { outcomeOf, type CommandOutcome } from './command-outcome.js';
import { parseDateOption } from './option-parsers.js';

interface ImportOptions {
  catalog?: string;
  output?: string;
  dryRun?: boolean;
  factsComplete?: string;
  format: SummaryFormat;
}

/** `catalog import`: CVE records, a build table and CISA's KEV catalog into a catalog file. */
export function addImportCommand(catalog: Command, context: RunContext, done: (outcome: CommandOutcome) => void, rejectOptionsBefore: () => void): void {
  catalog
    .command('import')
    .description("bring a catalog up to date from CVE records (JSON 5), a build table (CSV) and CISA's KEV catalog (JSON); prints a review summary")
    .argument('<source...>', 'CVE record files or folders of them, a build-table CSV, a KEV JSON file, in any mix')
    .option('--catalog <file>', "the catalog to import into (default: the embedded catalog's source, catalog/exchange.yaml)")
    .option('-o, --output <file>', 'write the changes as an overlay catalog to FILE and leave the catalog as it is')
    .option('--dry-run', 'write nothing; print the summary only')
    .option('--facts-complete <date>', 'move factsComplete to this date (YYYY-MM-DD) instead of the one the sources vouch for', parseDateOption)
    .addOption(new Option('-f, --format <format>', 'summary format').choices(SUMMARY_FORMATS).default('text'))
    .option('--debug', 'show stack traces for errors')
    .action(async (sources: string[], options: ImportOptions) => {
      rejectOptionsBefore();
      const { runCatalogImport } = await import('../app/import-catalog.js');
      const request = {
        sources,
        catalog: options.catalog ?? null,
        overlay: options.output ?? null,
        dryRun: options.dryRun === true,
        factsComplete: options.factsComplete ?? null,
        format: options.format,
      };
      done(outcomeOf(await runCatalogImport(request, context)));
    });
}
