/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Header names: trimmed, ASCII letters compared without case (independent
 * of the C locale). */
#include "csv_rows.h"

#include <string.h>

/* ASCII-only case folding: independent of the C locale. */
static bool equal_nocase(const char *a, const char *b, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

size_t ei_csv_trim(const ei_csv_field *f, const char **start)
{
    const char *t = f->text;
    size_t len = f->len;
    while (len && (*t == ' ' || *t == '\t'))
        t++, len--;
    while (len && (t[len - 1] == ' ' || t[len - 1] == '\t'))
        len--;
    *start = t;
    return len;
}

bool ei_csv_name_match(const ei_csv_field *f, const char *const *names)
{
    const char *t;
    size_t len = ei_csv_trim(f, &t);
    for (const char *const *nm = names; *nm; nm++)
        if (strlen(*nm) == len && equal_nocase(t, *nm, len))
            return true;
    return false;
}

bool ei_csv_name_equal(const ei_csv_field *a, const ei_csv_field *b)
{
    const char *s, *t;
    size_t m = ei_csv_trim(a, &s), n = ei_csv_trim(b, &t);
    return m == n && equal_nocase(s, t, n);
}

long ei_csv_header_find(const ei_csv_row *header, const char *const *names)
{
    for (size_t i = 0; i < header->n; i++)
        if (ei_csv_name_match(&header->fields[i], names))
            return (long)i;
    return -1;
}
