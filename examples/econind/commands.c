/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command table: one line per command. */
#include "cli.h"

#include <stddef.h>

extern const cli_command cli_show, cli_validate, cli_growth, cli_average,
    cli_contrib, cli_aggregate, cli_compare, cli_revisions, cli_project, cli_backtest, cli_gap, cli_plan,
    cli_scorecard, cli_tasks, cli_report, cli_chart;

const cli_command *const cli_commands[] = {
    &cli_show,
    &cli_validate,
    &cli_growth,
    &cli_average,
    &cli_contrib,
    &cli_aggregate,
    &cli_compare,
    &cli_revisions,
    &cli_gap,
    &cli_plan,
    &cli_scorecard,
    &cli_tasks,
    &cli_project,
    &cli_backtest,
    &cli_report,
    &cli_chart,
    NULL,
};
