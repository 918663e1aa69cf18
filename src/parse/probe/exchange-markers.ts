import { headerValues, type HttpAnswer } from '../../shared/server-responses.js';

const FRONT_END_HEADERS = ['x-feserver', 'x-beserver', 'x-calculatedbetarget', 'x-owa-diagnosticsinfo'];
const TO_SIGN_IN_PAGE = /\/owa\/auth\/logon\.aspx/i;

/** Signs in the headers of an answer that an Exchange server sent it. */
export function headerMarkers(answer: HttpAnswer): string[] {
  const markers = FRONT_END_HEADERS.filter((name) => headerValues(answer.headers, name).length > 0).map((name) => `${name} header`);
  if (headerValues(answer.headers, 'location').some((location) => TO_SIGN_IN_PAGE.test(location))) markers.push('redirect to the OWA sign-in page');
  return markers;
}
