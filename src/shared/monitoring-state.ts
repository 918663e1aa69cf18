/** The states of a monitoring check (Nagios, Icinga, Checkmk: the Monitoring Plugins convention). */
export const MONITORING_STATES = ['ok', 'warning', 'critical', 'unknown'] as const;
export type MonitoringState = (typeof MONITORING_STATES)[number];

/** For several hosts the most actionable state wins: critical, then warning, then unknown, then ok. */
const PRECEDENCE: readonly MonitoringState[] = ['critical', 'warning', 'unknown', 'ok'];

export const worseMonitoringState = (a: MonitoringState, b: MonitoringState): MonitoringState => (PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b);
