/* bankcmd: the command-line actions on question banks that need the
 * catalog: --check-bank (its note on questions without Urdu asks the
 * catalog too) and --export-bank. Neither needs a display. */
#ifndef AMAN_BANKCMD_H
#define AMAN_BANKCMD_H

#include "cli.h"

/* --check-bank PATH...: the report on stdout; exit status 0 or 1. */
int bankcmd_check(const CliOptions *opt);

/* --export-bank FILE.gift [--bank PATH...]: the banks the game would play
 * (--bank, else the bundled ones found from exe_dir), with their Urdu (the
 * files' own, else locale/ur.po's), as GIFT; "-" is stdout. Exit status 0,
 * or 1 with messages on stderr. */
int bankcmd_export(const CliOptions *opt, const char *exe_dir);

#endif
