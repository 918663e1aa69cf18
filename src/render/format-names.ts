/** The output formats, as `--format` and `-o FORMAT=FILE` accept them. */
export const FORMAT_NAMES = ['text', 'json', 'ndjson', 'tsv', 'junit', 'sarif', 'markdown', 'nagios', 'prometheus', 'html'] as const;
export type Format = (typeof FORMAT_NAMES)[number];
