/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A progress bar on standard error for long reads: only when stderr is a
 * terminal, and only once a read has taken two seconds, so short reads and
 * redirected output stay silent. */
#include "cli_progress.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void cli_progress_start(cli_progress *p, const char *name)
{
    memset(p, 0, sizeof *p);
    p->enabled = isatty(STDERR_FILENO) == 1;
    p->name = name;
    p->start = now();
}

void cli_progress_update(void *ctx, size_t done, size_t total)
{
    cli_progress *p = ctx;
    if (!p->enabled || total == 0)
        return;
    double t = now();
    if (t - p->start < 2.0 || t - p->last < 0.1)
        return;
    p->last = t;
    p->shown = true;
    enum { WIDTH = 30 };
    int filled = (int)((double)done / (double)total * WIDTH);
    if (filled > WIDTH)
        filled = WIDTH;
    char bar[WIDTH + 1];
    memset(bar, '#', (size_t)filled);
    memset(bar + filled, '.', (size_t)(WIDTH - filled));
    bar[WIDTH] = '\0';
    fprintf(stderr, "\r%s [%s] %3.0f%% %.0f MB", p->name, bar,
            100.0 * (double)done / (double)total, (double)done / 1e6);
    fflush(stderr);
}

void cli_progress_end(cli_progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr); /* clear the line */
        fflush(stderr);
    }
}
