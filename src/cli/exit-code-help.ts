/** The exit codes as `--help` lists them (the README has the same table). */
export const EXIT_CODE_HELP = `
Exit codes (for a host list: the worst over all hosts, in the order 2, 6, 4, 1, 0):
  0   current, ahead of the catalog, or the gate passed
  1   the gate failed: by default any fix the build certainly lacks, a missing security update
      whose fixes the catalog does not list, a server behind its recommended release, or a server
      out of support; see --fail-on, --grace, --require, --no-fail-on-unsupported,
      --fail-on-uncertain and the ignore file
  2   usage error, unreadable build string or host-list row, bad ignore file, a host list or
      report file that cannot be read or written
  3   catalog error (every problem listed as file:line:column: message)
  4   the catalog cannot place a build (unknown product, not yet released, or older than every
      listed release; with --fail-on-newer-build, newer than every listed release of its line),
      or explain names an id it does not know; --no-fail-on-unknown reports such hosts without
      failing
  5   the catalog's facts end more than --max-catalog-age days before the as-of date (only with
      --fail-on-stale-catalog)
  6   a server's build could not be read: unreachable, TLS failure, not Exchange, no build
      revealed, or endpoints that disagree beyond what a security update explains
  70  internal error
  130, 143  interrupted by SIGINT, SIGTERM (128 + the signal's number)
With --format nagios the exit code is the check's state (Monitoring Plugins): 0 OK, 1 WARNING
  (passes the gate but lacks a fix at or above --warning, or a stale catalog), 2 CRITICAL (fails the
  gate), 3 UNKNOWN (a build the catalog cannot place, an unreadable row, any error).`;
