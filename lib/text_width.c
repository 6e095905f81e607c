/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Terminal width of UTF-8 text: a small East Asian Width check covering
 * Hangul Jamo, CJK (radicals to Yi), Hangul syllables, compatibility
 * ideographs, CJK compatibility forms, full-width forms and the
 * supplementary ideographic planes. Enough for Chinese statistics; not a
 * full wcwidth (combining marks count 1). */
#include "econind/table.h"

#include <stdint.h>

static const struct {
    uint32_t lo, hi;
} wide[] = {
    {0x1100, 0x115F},   {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},   {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},   {0x20000, 0x3FFFD},
};

static int cp_width(uint32_t cp)
{
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (cp >= wide[i].lo && cp <= wide[i].hi)
            return 2;
    return 1;
}

/* Decode one code point from s[0..len); returns its byte length, or 0 for
 * an invalid or truncated sequence (overlong forms, surrogates and values
 * above U+10FFFF are invalid). */
static size_t decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    unsigned char b = s[0];
    size_t n;
    uint32_t min;
    if (b < 0x80) {
        *cp = b;
        return 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
        n = 2, min = 0x80, *cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3, min = 0x800, *cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4, min = 0x10000, *cp = b & 0x07u;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        *cp = (*cp << 6) | (s[i] & 0x3Fu);
    }
    if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
        return 0;
    return n;
}

size_t ei_text_width(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t w = 0;
    if (!s)
        return 0;
    while (len > 0) {
        uint32_t cp;
        size_t n = decode(p, len, &cp);
        if (n == 0) {
            w += 1; /* an invalid byte shows as one replacement glyph */
            n = 1;
        } else {
            w += (size_t)cp_width(cp);
        }
        p += n;
        len -= n;
    }
    return w;
}
