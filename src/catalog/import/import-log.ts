/** What an import changed, by kind, for the review summary. */
export const CHANGE_KINDS = ['release-added', 'release-updated', 'fix-added', 'fix-placed', 'fact-changed', 'fix-list', 'catalog-dates'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  readonly kind: ChangeKind;
  /** The release or fix changed. */
  readonly subject: string;
  readonly detail: string;
}

/** Something found in an input: where (file and JSON pointer or line) and what. */
export interface Finding {
  readonly source: string;
  readonly message: string;
}

/** Counts of what was read. */
export interface ImportInputs {
  records: number;
  recordsSkipped: number;
  tables: number;
  tableRows: number;
  kevCatalogs: number;
  kevEntries: number;
  kevEntriesUsed: number;
}

/** The review summary of an import: what changed, what deserves a look, and what it did not resolve. */
export class ImportLog {
  readonly changes: Change[] = [];
  /** Handled, but worth a maintainer's look. */
  readonly notes: Finding[] = [];
  /** Not resolved: the catalog was left as it was for these. */
  readonly conflicts: Finding[] = [];
  readonly inputs: ImportInputs = { records: 0, recordsSkipped: 0, tables: 0, tableRows: 0, kevCatalogs: 0, kevEntries: 0, kevEntriesUsed: 0 };

  change(kind: ChangeKind, subject: string, detail: string): void {
    this.changes.push({ kind, subject, detail });
  }

  note(source: string, message: string): void {
    this.notes.push({ source, message });
  }

  conflict(source: string, message: string): void {
    this.conflicts.push({ source, message });
  }
}

/** A file and a place in it, as findings name them. */
export const sourceAt = (file: string, at: string): string => (at === '' ? file : `${file} ${at}`);
