/* SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ECONIND_CLI_PROGRESS_H
#define ECONIND_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cli_progress {
    bool enabled; /* stderr is a terminal */
    bool shown;   /* something was drawn: clear it at the end */
    const char *name;
    double start, last;
} cli_progress;

void cli_progress_start(cli_progress *p, const char *name);
/* An ei_progress_fn: ctx is a cli_progress. */
void cli_progress_update(void *ctx, size_t done, size_t total);
void cli_progress_end(cli_progress *p);

#endif
