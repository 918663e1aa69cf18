import { claimOf, readVersionText, type Reading } from './build-claim.js';
import { scanXmlTags } from './scan-xml-tags.js';

const EXPORT_TOOL = /^microsoft\.exchange\./i;

/**
 * Reads the eDiscovery export tool's ClickOnce deployment manifest: the `assemblyIdentity` that is
 * a direct child of the root `assembly` element carries the exact build in `version`. Any namespace
 * prefix (`asmv1:`), attribute order and quote style is accepted.
 */
export function readExportToolManifest(text: string): Reading {
  const tags = scanXmlTags(text);
  const root = tags[0];
  if (root === undefined || root.depth !== 0 || root.localName !== 'assembly') {
    return { claims: [], note: 'the response is not a ClickOnce manifest', markers: [] };
  }
  const identity = tags.find((tag) => tag.depth === 1 && tag.localName === 'assemblyIdentity');
  if (identity === undefined) return { claims: [], note: 'the manifest has no assemblyIdentity', markers: [] };
  const name = identity.attributes.get('name') ?? '';
  if (!EXPORT_TOOL.test(name)) return { claims: [], note: `the manifest is for ${JSON.stringify(name)}, not an Exchange tool`, markers: [] };
  const markers = ['Exchange export tool manifest'];
  const version = identity.attributes.get('version');
  if (version === undefined) return { claims: [], note: 'the manifest names no version', markers };
  const parts = readVersionText(version, 4);
  if (parts === null) return { claims: [], note: `the manifest version ${JSON.stringify(version)} is not a four-part build`, markers };
  return { claims: [claimOf('export-tool-manifest', 'exact', parts)], note: `assemblyIdentity version ${parts.join('.')}`, markers };
}
