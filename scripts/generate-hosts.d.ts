/** Writes a host list of `count` rows (Name, Build) with real build strings of the embedded catalog in four forms. */
export function generateHosts(path: string, count: number, mix: 'fleet' | 'uniform'): Promise<void>;
