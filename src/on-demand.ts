/**
 * Everything a single check on the embedded catalog does not need, loaded on first use as one
 * module: the YAML and JSON Schema validation, host lists, fleet runs, globs, local detection, the
 * spinner, remote catalogs and the catalog commands. Keeping these behind one import keeps start-up to one extra file.
 */
export { loadCatalogs } from './app/read-catalogs.js';
export { validateCatalogText } from './catalog/validate-catalog.js';
export { detectLocalBuild } from './app/detect-local-build.js';
export { hostGlob } from './gate/host-glob.js';
export { validateIgnoreFile } from './gate/ignore-file.js';
export { openHostSource, readHostRows } from './input/read-hosts.js';
export { progressAllowed, startProgress } from './output/spinner.js';
export { resolveRemoteCatalogs } from './app/resolve-remote-catalogs.js';
export { FLEET_RENDERERS } from './render/fleet/fleet-renderers.js';
export { FleetSummaryBuilder } from './gate/fleet-summary.js';
export { runFleet, writeFleet } from './app/run-fleet.js';
export { runLint } from './app/lint-catalogs.js';
export { runView } from './app/catalog-views.js';
