/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: trimming white space (ASCII and the ideographic space U+3000,
 * common in Chinese spreadsheets) from both ends of a name. */
#ifndef ECONIND_TRIM_H
#define ECONIND_TRIM_H

#include <stddef.h>
#include <string.h>

/* Set *len and return the first byte of @p s without surrounding white
 * space; NULL gives NULL and length 0. */
static inline const char *ei_trim(const char *s, size_t *len)
{
    if (!s) {
        *len = 0;
        return NULL;
    }
    size_t n = strlen(s);
    for (;;) {
        if (n && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r'
                  || s[0] == '\n')) {
            s++;
            n--;
        } else if (n >= 3 && (unsigned char)s[0] == 0xE3
                   && (unsigned char)s[1] == 0x80
                   && (unsigned char)s[2] == 0x80) {
            s += 3;
            n -= 3;
        } else {
            break;
        }
    }
    for (;;) {
        if (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'
                  || s[n - 1] == '\n')) {
            n--;
        } else if (n >= 3 && (unsigned char)s[n - 3] == 0xE3
                   && (unsigned char)s[n - 2] == 0x80
                   && (unsigned char)s[n - 1] == 0x80) {
            n -= 3;
        } else {
            break;
        }
    }
    *len = n;
    return s;
}

#endif
