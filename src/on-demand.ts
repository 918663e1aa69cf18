/**
 * Everything a single check on the embedded catalog does not need, loaded on first use as one
 * module: the YAML and JSON Schema validation, host lists, fleet runs, globs, local detection, the
 * spinner, remote catalogs and the catalog commands. Keeping these behind one import keeps start-up to one extra file.
 */
export { loadCatalogs } from './catalog/read-catalogs.js';
export { validateCatalogText } from './catalog/validate-catalog.js';
export { detectLocalBuild } from './detect/detect-local-build.js';
export { hostGlob } from './gate/host-glob.js';
export { validateIgnoreFile } from './gate/validate-ignore-file.js';
export { openHostSource, readHostRows } from './hosts/read-hosts.js';
export { progressAllowed, startProgress } from './progress.js';
export { resolveRemoteCatalogs } from './remote/resolve-catalogs.js';
export { FLEET_RENDERERS } from './render/fleet/fleet-renderers.js';
export { FleetSummaryBuilder } from './fleet/fleet-summary.js';
export { runFleet, writeFleet } from './run-fleet.js';
export { runLint } from './run-lint.js';
export { runView } from './run-views.js';
