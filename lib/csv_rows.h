/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the one place that turns bytes into CSV rows. Every reader
 * (observations, targets, plans, tasks, registry) goes through it, so BOM,
 * encoding, delimiter detection, limits and error locations are handled once.
 */
#ifndef ECONIND_CSV_ROWS_H
#define ECONIND_CSV_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/csv.h"
#include "econind/error.h"

/* One field: NUL-terminated text (quotes removed) and its length. */
typedef struct ei_csv_field {
    const char *text;
    size_t len;
} ei_csv_field;

/* One record, valid only during the callback. */
typedef struct ei_csv_row {
    const ei_csv_field *fields;
    size_t n;                 /* number of fields */
    unsigned long line;       /* line the record starts on, 1-based */
    unsigned long index;      /* 0 for the header, then 1, 2, … */
    const char *source;       /* name used in messages */
    /* private: lets ei_csv_row_error() find a field's column */
    const char *raw;          /* record's first byte in the UTF-8 buffer */
    size_t raw_len;
    long long raw_offset;
    char delimiter;
} ei_csv_row;

/* Return EI_OK to go on; anything else stops the read and is returned
 * (the callback fills err, normally with ei_csv_row_error()). */
typedef int (*ei_csv_row_fn)(void *ctx, const ei_csv_row *row, ei_error *err);

/* Read a file or buffer and call fn for every record, header included.
 * Blank lines, and lines of empty fields only (",,," as spreadsheets export
 * them), are skipped; row->index counts only the records passed to fn.
 * Handles BOM, GBK (per opts->encoding), CRLF, LF and lone CR, progress
 * (opts->on_progress, about every MB), delimiter detection
 * (opts->delimiter), field and column limits, and libcsv errors, all
 * reported with file:line:column. opts may be NULL. */
int ei_csv_rows_read_file(const char *path, const ei_csv_options *opts,
                          ei_csv_row_fn fn, void *ctx, ei_error *err);
int ei_csv_rows_read_buffer(const char *name, const void *data, size_t len,
                            const ei_csv_options *opts, ei_csv_row_fn fn,
                            void *ctx, ei_error *err);

/* A callback's "enough": the read stops after this record and returns
 * EI_OK (only ei_csv_rows_read_span() tells where it stopped). */
#define EI_CSV_STOP 1

/* Bytes [from, to) of a text read on their own, for reading a text in
 * pieces on several threads (csv_chunks.h): from memory (text), or from a
 * file (fd), in blocks. Lines are counted from 1 at `from`: the caller
 * adds the lines before the piece. The text is taken to be UTF-8 without
 * NUL: callers check what they use (csv_read_parallel.c). */
typedef struct ei_csv_span {
    const char *name;          /* used in messages */
    const char *text;          /* the whole text (offsets are into it), or
                                  NULL with fd */
    int fd;                    /* >= 0: read the text from this file, where
                                  text offset 0 is file offset base */
    size_t len;                /* the text's length */
    long long base;            /* bytes before the text in the input (BOM) */
    char delim;
    size_t from, to;           /* to == len: the end of the input. From a
                                  file, each is moved on to the next line
                                  start (unless 0 or len), so that the
                                  pieces on both sides of a cut agree */
    unsigned long first_index; /* row->index of the first record */
    bool check_rest;           /* on an error, check the rest as UTF-8 */
    size_t block;              /* (file) bytes read at once; 0: 4 MB */
    void (*tick)(void *ctx, size_t bytes); /* progress; may be NULL */
    void *tick_ctx;
    /* filled by the read */
    size_t stop;               /* where reading ended: `to`, or just past
                                  the line that ended a stopping record */
    unsigned long lines;       /* line ends passed before `stop` */
    bool open;                 /* `to` fell inside a record (a quoted line
                                  end): the split was not a record end */
    bool stopped;              /* a callback returned EI_CSV_STOP */
    bool rest_bad;             /* check_rest found bad UTF-8 or NUL */
    bool nul;                  /* (file) a NUL byte: not read further */
    bool io_failed;            /* (file) a read failed or came short */
    bool too_long;             /* (file) a record over 64 MB */
} ei_csv_span;

/* Read the records of a span (no BOM, encoding or delimiter handling: the
 * delimiter is known). Errors as for ei_csv_rows_read_buffer(); from a
 * file also EI_EIO (io_failed), EI_EPARSE (nul) and EI_ERANGE (too_long)
 * without a message, for the caller to read the file the one-thread way. */
int ei_csv_rows_read_span(ei_csv_span *sp, ei_csv_row_fn fn, void *ctx,
                          ei_error *err);

/* ei_csv_rows_read_span() of a file span (sp->fd >= 0). */
int ei_csv_rows_stream_span(ei_csv_span *sp, ei_csv_row_fn fn, void *ctx,
                            ei_error *err);

/* The delimiter of the first non-blank line: the most frequent of comma,
 * tab and semicolon outside quotes; comma when none appears. */
char ei_csv_detect_delimiter(const char *t, size_t len);

/* Fill err with code, the row's source and line, the column (in characters)
 * where field `field` starts (its first non-blank byte or its opening quote),
 * and a printf-style message. field == (size_t)-1 points at the start of the
 * record, field >= row->n just past its end (a missing field). Also sets
 * err->offset. Returns code. */
int ei_csv_row_error(ei_error *err, const ei_csv_row *row, size_t field,
                     int code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Index of the first header field equal (after trimming blanks, ASCII
 * letters compared without case) to one of the NULL-terminated names, or
 * -1. */
long ei_csv_header_find(const ei_csv_row *header, const char *const *names);

/* Length of f's text without leading and trailing blanks; *start gets
 * where it begins. */
size_t ei_csv_trim(const ei_csv_field *f, const char **start);

/* True when f (trimmed) equals one of the NULL-terminated names, ASCII
 * letters compared without case. */
bool ei_csv_name_match(const ei_csv_field *f, const char *const *names);

/* True when two header fields (trimmed, ASCII letters without case) are
 * the same name. */
bool ei_csv_name_equal(const ei_csv_field *a, const ei_csv_field *b);

#endif
