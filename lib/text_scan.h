/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private byte-scanning helpers shared by the value parsers (periods, dates,
 * numbers). Everything is inline and allocation-free: these run on every
 * row of large files. Text is UTF-8 and need not be NUL-terminated. */
#ifndef ECONIND_TEXT_SCAN_H
#define ECONIND_TEXT_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* A cursor over the bytes [p, end). */
typedef struct ei_cursor {
    const unsigned char *p;
    const unsigned char *end;
} ei_cursor;

static inline ei_cursor ei_cursor_make(const char *text, size_t len)
{
    const unsigned char *p = (const unsigned char *)text;
    ei_cursor c = {p, p ? p + len : p};
    return c;
}

static inline bool ei_cursor_done(const ei_cursor *c) { return c->p >= c->end; }

static inline size_t ei_cursor_left(const ei_cursor *c)
{
    return (size_t)(c->end - c->p);
}

/* Consume the n bytes of lit if the text continues with them. */
static inline bool ei_cursor_lit(ei_cursor *c, const char *lit, size_t n)
{
    if (ei_cursor_left(c) < n || memcmp(c->p, lit, n) != 0)
        return false;
    c->p += n;
    return true;
}

/* ei_cursor_lit with a string literal. */
#define EI_LIT(c, s) ei_cursor_lit((c), (s), sizeof(s) - 1)

/* Consume ASCII digits; *count gets how many, *value their value (saturated
 * at 999999999 so that huge inputs cannot overflow). */
static inline void ei_cursor_digits(ei_cursor *c, int *count, long *value)
{
    int n = 0;
    long v = 0;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
        if (v < 100000000L)
            v = v * 10 + (*c->p - '0');
        else
            v = 999999999L;
        c->p++;
        n++;
    }
    *count = n;
    *value = v;
}

/* Length of the white space (ASCII, U+3000 ideographic space, U+00A0
 * no-break space, U+FEFF byte-order mark) starting at p, 0 if none. */
static inline size_t ei_space_len(const unsigned char *p,
                                  const unsigned char *end)
{
    size_t left = (size_t)(end - p);
    if (left == 0)
        return 0;
    switch (p[0]) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
        return 1;
    case 0xC2:
        return left >= 2 && p[1] == 0xA0 ? 2 : 0;
    case 0xE3:
        return left >= 3 && p[1] == 0x80 && p[2] == 0x80 ? 3 : 0;
    case 0xEF:
        return left >= 3 && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
    default:
        return 0;
    }
}

/* Drop leading and trailing white space. */
static inline void ei_cursor_trim(ei_cursor *c)
{
    size_t n;
    while ((n = ei_space_len(c->p, c->end)) > 0)
        c->p += n;
    /* Trailing: every space form ends in a byte we can recognise
     * backwards; test the 1-, 2- and 3-byte forms ending at end. */
    for (;;) {
        size_t left = ei_cursor_left(c);
        if (left >= 1 && ei_space_len(c->end - 1, c->end) == 1)
            c->end -= 1;
        else if (left >= 2 && ei_space_len(c->end - 2, c->end) == 2)
            c->end -= 2;
        else if (left >= 3 && ei_space_len(c->end - 3, c->end) == 3)
            c->end -= 3;
        else
            break;
    }
}

/* Consume one "range" dash: - ~ – — ～ － 至 到. */
static inline bool ei_cursor_dash(ei_cursor *c)
{
    if (c->p >= c->end)
        return false;
    if (*c->p == '-' || *c->p == '~') {
        c->p++;
        return true;
    }
    /* em dash, en dash, full-width tilde and hyphen, 至, 到 */
    return EI_LIT(c, u8"—") || EI_LIT(c, u8"–") || EI_LIT(c, u8"～") ||
           EI_LIT(c, u8"－") || EI_LIT(c, u8"至") || EI_LIT(c, u8"到");
}

/* A piece of input for a message: at most EI_QUOTE_MAX bytes, cut at a
 * UTF-8 character boundary, "..." marking a cut. Print with
 * "'%.*s%s'", q.len, q.text, q.more. */
#define EI_QUOTE_MAX 40

typedef struct ei_quote {
    int len;
    const char *text;
    const char *more;
} ei_quote;

static inline ei_quote ei_quote_make(const char *text, size_t len)
{
    ei_quote q = {0, "", ""};
    if (!text)
        return q;
    q.text = text;
    if (len <= EI_QUOTE_MAX) {
        q.len = (int)len;
        return q;
    }
    size_t n = EI_QUOTE_MAX;
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    q.len = (int)n;
    q.more = "...";
    return q;
}

#endif
