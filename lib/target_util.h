/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: small text helpers shared by the target, plan, scorecard and
 * task modules and their readers (string copies, trimming, keyword
 * matching, column lookup by English or Chinese name). */
#ifndef ECONIND_TARGET_UTIL_H
#define ECONIND_TARGET_UTIL_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"

/* A heap copy of s (NULL stays NULL); *fail set when allocation fails. */
static inline char *eit_dup(const char *s, bool *fail)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (!d) {
        *fail = true;
        return NULL;
    }
    memcpy(d, s, n);
    return d;
}

/* A heap copy of len bytes of s, NUL-terminated. */
static inline char *eit_dupn(const char *s, size_t len)
{
    char *d = malloc(len + 1);
    if (!d)
        return NULL;
    if (len)
        memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

/* Strip ASCII white space and the ideographic space U+3000 at both ends. */
static inline void eit_trim(const char **text, size_t *len)
{
    const char *s = *text;
    size_t n = *len;
    for (;;) {
        if (n && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' ||
                  s[0] == '\n')) {
            s++, n--;
        } else if (n >= 3 && (unsigned char)s[0] == 0xE3 &&
                   (unsigned char)s[1] == 0x80 &&
                   (unsigned char)s[2] == 0x80) {
            s += 3, n -= 3;
        } else {
            break;
        }
    }
    for (;;) {
        if (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
                  s[n - 1] == '\n')) {
            n--;
        } else if (n >= 3 && (unsigned char)s[n - 3] == 0xE3 &&
                   (unsigned char)s[n - 2] == 0x80 &&
                   (unsigned char)s[n - 1] == 0x80) {
            n -= 3;
        } else {
            break;
        }
    }
    *text = s;
    *len = n;
}

/* True when the len bytes at text equal the NUL-terminated word, ASCII
 * case ignored. */
static inline bool eit_eq(const char *text, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (n != len)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)text[i], b = (unsigned char)word[i];
        if (a >= 'A' && a <= 'Z')
            a = (unsigned char)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = (unsigned char)(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

/* Index of the first word of the NULL-terminated list the trimmed text
 * equals, or -1. */
static inline int eit_match(const char *text, size_t len,
                            const char *const *words)
{
    eit_trim(&text, &len);
    for (int i = 0; words[i]; i++)
        if (eit_eq(text, len, words[i]))
            return i;
    return -1;
}

/* Field `col` of a row, trimmed; "" (len 0) when the column is absent. */
static inline const char *eit_field(const ei_csv_row *row, long col,
                                    size_t *len)
{
    if (col < 0 || (size_t)col >= row->n) {
        *len = 0;
        return "";
    }
    const char *t = row->fields[col].text;
    size_t n = row->fields[col].len;
    eit_trim(&t, &n);
    *len = n;
    return t;
}

/* Index to report an error at: the column if the row has it, else the
 * start of the record. */
static inline size_t eit_at(const ei_csv_row *row, long col)
{
    return (col >= 0 && (size_t)col < row->n) ? (size_t)col : (size_t)-1;
}

#endif
