/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sentences and numbers as text for the report. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "econind/error.h"
#include "fmt_double.h"
#include "report_model.h"

int rp_say(rp_text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return EI_EINVAL;
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 4;
        char **p = realloc(t->items, nc * sizeof *p);
        if (!p)
            return EI_ENOMEM;
        t->items = p;
        t->cap = nc;
    }
    char *s = malloc((size_t)n + 1);
    if (!s)
        return EI_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    t->items[t->n++] = s;
    return EI_OK;
}

void rp_text_free(rp_text *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->items[i]);
    free(t->items);
    memset(t, 0, sizeof *t);
}

const char *rp_num(char buf[48], double v, int decimals)
{
    if (!isfinite(v)) {
        strcpy(buf, "—");
        return buf;
    }
    snprintf(buf, 48, "%.*f", decimals, v);
    ei_fmt_c_point(buf);
    if (strchr(buf, '.')) {
        size_t n = strlen(buf);
        while (n && buf[n - 1] == '0')
            buf[--n] = '\0';
        if (n && buf[n - 1] == '.')
            buf[--n] = '\0';
    }
    if (strcmp(buf, "-0") == 0)
        strcpy(buf, "0");
    return buf;
}
