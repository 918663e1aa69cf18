export const FLEET_FORMATS = ['text', 'json', 'ndjson', 'tsv', 'junit', 'sarif', 'markdown'] as const;
export type FleetFormat = (typeof FLEET_FORMATS)[number];
