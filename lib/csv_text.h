/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: bytes to checked UTF-8 text, before any CSV parsing. Loads a
 * file, strips a BOM, validates UTF-8, converts GBK/GB18030 with iconv and
 * rejects NUL bytes, each failure located as line:column.
 */
#ifndef ECONIND_CSV_TEXT_H
#define ECONIND_CSV_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/csv.h"
#include "econind/error.h"

/* UTF-8 text without BOM or NUL. `data` points into `owned` or into the
 * caller's buffer. */
typedef struct ei_csv_text {
    const char *data;
    size_t len;
    size_t bom;        /* bytes of BOM skipped (for byte offsets) */
    char *owned;       /* freed by ei_csv_text_free() */
} ei_csv_text;

/* Read the whole file at path into a new buffer (*out, caller frees).
 * EI_EIO with the path and strerror on failure. */
int ei_csv_text_load(char **out, size_t *len, const char *path,
                     ei_error *err);

/* Make t from len bytes of data. When own is not NULL it is data itself,
 * malloc'ed: t takes it over (also on failure, when it is freed).
 * EI_ENCODING / EI_EPARSE (NUL byte) located in name; EI_ENOMEM. */
int ei_csv_text_prepare(ei_csv_text *t, const char *name, char *own,
                        const void *data, size_t len, ei_encoding enc,
                        ei_error *err);

/* Bytes of UTF-8 BOM at the start of data (a BOM repeated by careless
 * tools counts too): ei_csv_text_prepare() drops them. */
size_t ei_csv_text_bom(const char *data, size_t len);

/* Free what t owns; t may be NULL. */
void ei_csv_text_free(ei_csv_text *t);

/* Line and column (code points, both 1-based) of byte pos of text; the
 * bytes before pos are valid UTF-8. CRLF, LF and lone CR end a line. */
void ei_csv_text_locate(const char *text, size_t pos, unsigned long *line,
                        unsigned long *column);

/* Index of the first byte of s that is NUL or not valid UTF-8 (overlong
 * forms, surrogates and code points above U+10FFFF are invalid), or len;
 * *nul tells which. ASCII runs are skipped 8 bytes at a time. */
size_t ei_utf8_scan(const char *s, size_t len, bool *nul);

#endif
