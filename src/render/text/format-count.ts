const THOUSANDS = /\B(?=(\d{3})+$)/g;

/** A whole number as en-US writes it: 12,345 (written out here: the first Intl number format costs a run 15 to 30 ms). */
export const formatCount = (count: number): string => String(count).replace(THOUSANDS, ',');

/** "1 fix", "12,345 fixes". */
export const countOf = (count: number, one: string, many: string): string => `${formatCount(count)} ${count === 1 ? one : many}`;
