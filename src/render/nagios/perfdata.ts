/** One performance-data value: a count (no unit of measurement), at least 0. */
export interface PerfValue {
  readonly label: string;
  readonly value: number;
  readonly max?: number;
}

/** Performance data as the Monitoring Plugins guidelines define it: `'label'=value[UOM];[warn];[crit];[min];[max]`, space-separated. */
export const perfdata = (values: readonly PerfValue[]): string =>
  values.map(({ label, value, max }) => `'${label.replace(/'/g, "''")}'=${value};;;0${max === undefined ? '' : `;${max}`}`).join(' ');

/** C0 and C1 control characters, the Unicode line separators and the bidirectional controls: nothing a one-line status may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** Text for a plugin's output lines: one line, no `|` (it starts the performance data), no control characters. */
export const pluginText = (text: string): string => text.replace(CONTROL, ' ').replace(/\|/g, '/').trim();
