/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private to the row readers (csv_rows.c, csv_stream.c, csv_row_error.c):
 * the state of one libcsv parser turning lines into rows.
 */
#ifndef ECONIND_CSV_ROWS_PRIV_H
#define ECONIND_CSV_ROWS_PRIV_H

#include <csv.h>
#include <stdbool.h>
#include <stddef.h>

#include "csv_rows.h"

/* libcsv's parser state when no record is under way (ROW_NOT_BEGUN, the
 * first value of csv_parser.pstate): a record goes on into the next line
 * exactly when pstate is not this after the line was fed. */
enum { LIBCSV_ROW_NOT_BEGUN = 0 };

/* Where a field lies in rows_state.buf. */
typedef struct field_span {
    size_t off, len;
} field_span;

typedef struct rows_state {
    struct csv_parser p;
    const char *name;
    const char *text;
    size_t len;
    long long base;            /* bytes before text in the input (BOM) */
    char delim;
    ei_csv_row_fn fn;
    void *ctx;
    ei_error *err;
    int status;                /* first failure: ignore the rest */
    bool stopped;              /* a callback returned EI_CSV_STOP */
    /* the record under way */
    const char *rec_start;
    unsigned long rec_line;
    const char *line_end;      /* current line's end, terminator excluded */
    const char *cursor;        /* where the next field starts in the text,
                                  while every field of the record so far
                                  was plain (see on_field); else NULL */
    unsigned long index;
    /* its fields: bytes (each NUL-terminated) and where each one lies */
    char *buf;
    size_t buf_len, buf_cap;
    field_span *spans;
    size_t spans_cap;
    ei_csv_field *fields;
    size_t nfields, fields_cap;
} rows_state;

/* Where a read of bytes [from, to) of the text ended (see feed()). */
typedef struct feed_end {
    const char *at;            /* `to`, or past the record that stopped it */
    unsigned long lines;       /* line ends passed */
    bool open;                 /* `to` fell inside a record */
} feed_end;

/* Progress: called about every PROGRESS_STEP bytes with the bytes read
 * since the last call. */
typedef void (*tick_fn)(void *ctx, size_t bytes);

/* A parser over text for fn; EI_EINVAL for a delimiter libcsv cannot
 * use. */
int ei_csv_rows_init(rows_state *s, const char *name, const char *text,
                     size_t len, long long base, char delim, ei_csv_row_fn fn,
                     void *ctx, ei_error *err);
void ei_csv_rows_fini(rows_state *s);

/* Feed the lines of [from, to) to libcsv; the line at `from` is
 * first_line. With `last`, `to` is the end of the input: a record left open
 * there is finished (csv_fini) or an error; otherwise it is left open and
 * end->open says so. */
int ei_csv_feed(rows_state *s, const char *from, const char *to, bool last,
                unsigned long first_line, tick_fn tick, void *tick_ctx,
                feed_end *end);

/* After a record stopped the read with an error: is the rest, from that
 * record on, UTF-8 without NUL? */
bool ei_csv_rest_is_text(const char *p, const char *end);

/* Characters (UTF-8 code points) in [a, b). */
size_t ei_csv_count_chars(const char *a, const char *b);

#endif
