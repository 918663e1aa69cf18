/** Label values in the Prometheus text exposition format: backslash, double quote and line feed escaped. */
export const escapeLabelValue = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** HELP text: backslash and line feed escaped. */
const escapeHelp = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

export type Labels = Readonly<Record<string, string>>;

export const sample = (name: string, labels: Labels, value: number): string => {
  const pairs = Object.entries(labels).map(([key, text]) => `${key}="${escapeLabelValue(text)}"`);
  return `${name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${Number.isFinite(value) ? String(value) : 'NaN'}\n`;
};

/**
 * One metric family: its HELP and TYPE lines, then every sample. The format wants each family in
 * one block, so samples are collected per family and written together at the end.
 */
export class MetricFamily {
  private readonly samples: string[] = [];

  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly type: 'gauge' | 'counter' = 'gauge',
  ) {}

  add(labels: Labels, value: number): void {
    this.samples.push(sample(this.name, labels, value));
  }

  render(): string {
    if (this.samples.length === 0) return '';
    return `# HELP ${this.name} ${escapeHelp(this.help)}\n# TYPE ${this.name} ${this.type}\n${this.samples.join('')}`;
  }
}
