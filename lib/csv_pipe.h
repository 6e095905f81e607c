/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: rows on two cores. A worker thread turns the text into rows
 * (libcsv, field copies) while the calling thread hands the rows it already
 * has to the row callback (cell parsing, the dataset), in order. The
 * callback sees exactly what the one-thread reader shows it, in the same
 * thread that called the reader; errors are the same and come in the same
 * order: a worker error is reported after every row before it was handled.
 */
#ifndef ECONIND_CSV_PIPE_H
#define ECONIND_CSV_PIPE_H

#include <stddef.h>

#include "csv_rows.h"

/* Texts shorter than this are read in one thread: a thread costs more than
 * it saves on them. */
#define EI_CSV_PIPE_MIN ((size_t)8 << 20)

/* Read rows the one-thread way: run(name, text, len, opts, fn, ctx, err). */
typedef int (*ei_csv_rows_run_fn)(void *run_ctx, const ei_csv_options *opts,
                                  ei_csv_row_fn fn, void *ctx,
                                  ei_error *err);

/* Run @p run in a worker thread with a row callback that queues copies of
 * the rows, and call @p fn for each of them here, in order. Progress
 * (opts->on_progress) is reported from here too, by @p total bytes.
 * Falls back to calling @p run directly when no thread can be started.
 * Returns what the one-thread read would have returned. */
int ei_csv_pipe_run(ei_csv_rows_run_fn run, void *run_ctx, size_t total,
                    const ei_csv_options *opts, ei_csv_row_fn fn, void *ctx,
                    ei_error *err);

#endif
