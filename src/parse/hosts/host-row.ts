export interface HostRow {
  readonly line: number;
  readonly host: string | null;
  readonly buildString: string | null;
  readonly error: string | null;
}

export const hostRow = (line: number, host: string | null, buildString: string | null): HostRow => ({ line, host, buildString, error: null });

export const badRow = (line: number, host: string | null, error: string): HostRow => ({ line, host, buildString: null, error });
