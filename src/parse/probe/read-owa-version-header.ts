import { claimOf, readVersionText, type Reading } from './build-claim.js';
import { headerValues, type HttpAnswer } from '../../shared/server-responses.js';

/**
 * Reads the `X-OWA-Version` header of every answer in a chain (a redirect can carry it too): a
 * four-part value is the exact build. Several equal values count once.
 */
export function readOwaVersionHeader(answers: readonly HttpAnswer[]): Reading {
  const values = answers.flatMap((answer) => headerValues(answer.headers, 'x-owa-version').flatMap((value) => value.split(',')));
  if (values.length === 0) return { claims: [], note: 'no X-OWA-Version header', markers: [] };
  const markers = ['X-OWA-Version header'];
  const builds = [...new Set(values.map((value) => value.trim()))];
  const claims = builds.flatMap((value) => {
    const parts = readVersionText(value, 4);
    return parts === null ? [] : [claimOf('x-owa-version', 'exact', parts)];
  });
  if (claims.length === 0) return { claims, note: `X-OWA-Version ${JSON.stringify(builds.join(', '))} is not a four-part build`, markers };
  return { claims, note: `X-OWA-Version ${claims.map((claim) => claim.build).join(', ')}`, markers };
}
