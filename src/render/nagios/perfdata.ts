/** One performance-data value: a count (no unit of measurement), at least 0. */
export interface PerfValue {
  readonly label: string;
  readonly value: number;
  readonly max?: number;
}

/** Performance data as the Monitoring Plugins guidelines define it: `'label'=value[UOM];[warn];[crit];[min];[max]`, space-separated. */
export const perfdata = (values: readonly PerfValue[]): string =>
  values.map(({ label, value, max }) => `'${label.replace(/'/g, "''")}'=${value};;;0${max === undefined ? '' : `;${max}`}`).join(' ');

/** Text for a plugin's output lines: one line, no `|` (it starts the performance data), no control characters. */
export const pluginText = (text: string): string =>
  text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\|/g, '/')
    .trim();
