/** What every format says when --insecure was given: the probed servers' certificates were not checked. */
export const INSECURE_NOTE = 'TLS certificates of the servers probed were NOT verified (--insecure)';
