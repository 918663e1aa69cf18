import { escapeHtml } from './escape-html.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** A colour for the bar (a presentation attribute: the Content-Security-Policy allows no style attributes). */
  readonly fill: string;
}

const LABEL_WIDTH = 150;
const BAR_AREA = 260;
const ROW = 22;

/** A horizontal bar chart as inline SVG, readable without script or network; null when there is nothing to draw. */
export function barChart(caption: string, bars: readonly Bar[]): string | null {
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, index) => {
    const y = index * ROW + 2;
    const width = Math.max(1, Math.round((bar.value / max) * BAR_AREA));
    return [
      `<text x="${LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 2}" width="${width}" height="${ROW - 6}" fill="${bar.fill}"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 14}">${bar.value}</text>`,
    ].join('');
  });
  const description = bars.map((bar) => `${bar.label}: ${bar.value}`).join(', ');
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${LABEL_WIDTH + BAR_AREA + 50}" height="${height}" role="img" aria-label="${escapeHtml(`${caption}: ${description}`)}">${rows.join('')}</svg></figure>`;
}
