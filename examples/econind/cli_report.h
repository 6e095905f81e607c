/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What `econind report` and `econind chart` share: the flags that choose
 * what goes into a report, and building it through the library. */
#ifndef ECONIND_CLI_REPORT_H
#define ECONIND_CLI_REPORT_H

#include "cli.h"

/* Take "--format V" / "--format=V" out of argv when V is one of `values`
 * (NULL-terminated): formats of a report or an image, which the shared
 * parser would refuse. *fmt is V, or unchanged when absent. */
void cli_take_format(int *argc, char **argv, const char *const *values,
                     const char **fmt);

/* Parse the shared flags and --as-of, --horizon, --targets, --plans; read
 * the observations, targets and plans; build the report (of
 * `indicator` only when not NULL). *opt receives the shared options.
 * Prints errors; returns an exit code (CLI_OK with *out set, or help
 * printed and *out NULL). */
int cli_report_build(ei_report **out, const cli_command *cmd, int argc,
                     char **argv, cli_common *opt);

#endif
