/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: a prepared text read in pieces, one thread per piece. The text
 * is cut at line ends; a cut that falls inside a quoted field (a line end
 * within quotes) is detected afterwards (span.open), and the caller then
 * reads the text in one piece instead. Lines are counted per piece; the
 * caller adds the lines of the pieces before (ei_csv_chunks_line_base).
 */
#ifndef ECONIND_CSV_CHUNKS_H
#define ECONIND_CSV_CHUNKS_H

#include <stdbool.h>
#include <stddef.h>

#include "csv_rows.h"

/* The most pieces (threads) a read uses. */
#define EI_CSV_CHUNKS_MAX 16

typedef struct ei_csv_chunk {
    ei_csv_span span;     /* from, to set by ei_csv_chunks_split() */
    void *ctx;            /* the row callback's context for this piece */
    int rc;               /* the piece's result */
    ei_error err;         /* its error when rc != EI_OK */
    bool nul;             /* it holds a NUL byte: not read */
    unsigned long line0;  /* lines before the piece (set by
                             ei_csv_chunks_line_base) */
} ei_csv_chunk;

/* Cut bytes [from, len) of text into at most n pieces of at least min
 * bytes, each ending just after a '\n' (or at len). Sets span.from and
 * span.to of chunks[0 .. count-1]; other fields are left for the caller.
 * Returns the count (1 when the text is too small to cut). */
size_t ei_csv_chunks_split(ei_csv_chunk *chunks, size_t n, const char *text,
                           size_t from, size_t len, size_t min);

/* Read every piece with fn(chunk->ctx, row, &chunk->err): pieces 1.. on
 * threads of their own, piece 0 on this one, which also reports progress
 * (opts->on_progress, may be NULL) over all pieces, by @p total bytes. A
 * piece whose thread cannot start is read here after piece 0. Each piece's
 * outcome is in its rc, err, nul and span fields. */
void ei_csv_chunks_run(ei_csv_chunk *chunks, size_t n, ei_csv_row_fn fn,
                       const ei_csv_options *opts, size_t total);

/* Set each piece's line0 from the lines of the pieces before it; the
 * first piece starts after @p first lines. */
void ei_csv_chunks_line_base(ei_csv_chunk *chunks, size_t n,
                             unsigned long first);

/* Threads to read with: opts->threads when set (EI_CSV_OPTIONS_VERSION 2
 * and later), else the processors online; at least 1, at most
 * EI_CSV_CHUNKS_MAX. */
size_t ei_csv_chunks_threads(const ei_csv_options *opts);

#endif
