/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Errors located at a field of a row: line and column (in characters) of
 * the field's first byte, found by a small quote-aware rescan of the row,
 * on error paths only. */
#include "csv_rows_priv.h"

#include <stdarg.h>
#include <stdio.h>

#include "error_set.h"

static bool is_blank(char c, char delim)
{
    return (c == ' ' || c == '\t') && c != delim;
}

/* Byte offset in row->raw where field `field` starts (its first non-blank
 * byte or its opening quote); the end of the record when the record has
 * fewer fields. A small quote-aware rescan, used on error paths only. */
static size_t field_offset(const ei_csv_row *row, size_t field)
{
    const char *s = row->raw;
    size_t n = row->raw_len, i = 0;
    char d = row->delimiter;
    if (field == (size_t)-1)
        return 0;
    for (size_t f = 0;; f++) {
        while (i < n && is_blank(s[i], d))
            i++;
        if (f == field)
            return i;
        if (i < n && s[i] == '"') {
            for (i++; i < n; i++) {
                if (s[i] == '"') {
                    if (i + 1 < n && s[i + 1] == '"')
                        i++;
                    else {
                        i++;
                        break;
                    }
                }
            }
        }
        while (i < n && s[i] != d)
            i++;
        if (i >= n)
            return n;
        i++; /* the delimiter */
    }
}

int ei_csv_row_error(ei_error *err, const ei_csv_row *row, size_t field,
                     int code, const char *fmt, ...)
{
    if (!err)
        return code;
    char text[EI_ERROR_TEXT_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    size_t off = row->raw ? field_offset(row, field) : 0;
    /* a quoted field may span lines: count the line ends before it */
    unsigned long line = row->line, col;
    size_t start = 0;
    for (size_t i = 0; i < off; i++) {
        char c = row->raw[i];
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < off && row->raw[i + 1] == '\n')
                i++;
            line++;
            start = i + 1;
        }
    }
    col = row->raw ? 1 + (unsigned long)ei_csv_count_chars(row->raw + start,
                                                     row->raw + off)
                   : 0;
    ei_error_set_at(err, code, row->source, line, col, "%s", text);
    err->offset = row->raw ? row->raw_offset + (long long)off : -1;
    return code;
}
