/** A host-list row as read: its line in the list, the host name and the build string, or why it cannot be read. */
export interface HostRow {
  readonly lineNumber: number;
  readonly host: string | null;
  readonly buildString: string | null;
  readonly error: string | null;
}

export const hostRow = (lineNumber: number, host: string | null, buildString: string | null): HostRow => ({ lineNumber, host, buildString, error: null });

export const badRow = (lineNumber: number, host: string | null, error: string): HostRow => ({ lineNumber, host, buildString: null, error });
