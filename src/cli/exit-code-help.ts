/** The exit codes as `--help` lists them (the README has the same table). */
export const EXIT_CODE_HELP = `
Exit codes (for a host list: the worst over all hosts, in the order 2, 6, 4, 1, 0):
  0   current, or the gate passed (an out-of-support server lacking no listed fix is said on stderr)
  1   the gate failed: by default any exposed fix or a server behind its recommended release;
      see --fail-on, --grace, --require, --fail-on-unsupported and the ignore file
  2   usage error, unreadable build string or host-list row, bad ignore file
  3   catalog error (every problem listed as file:line:column: message)
  4   the catalog cannot place a build (unknown product, or newer or older than every listed
      release); --no-fail-on-unknown reports such hosts without failing
  5   the newest catalog is older than --max-catalog-age (only with --fail-on-stale-catalog)
  6   a server's build could not be read: unreachable, TLS failure, not Exchange, no build
      revealed, or endpoints that disagree beyond what a security update explains
  70  internal error`;
