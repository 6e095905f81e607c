/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Building a chart: copies of what the caller adds, checked. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart_priv.h"
#include "error_set.h"

static char *dup_text(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    char *d = malloc(n + 1);
    if (d) {
        if (n)
            memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

int ei_chart_new(ei_chart **out, ei_chart_kind kind, const char *title,
                 const char *unit, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "chart: no output given");
    *out = NULL;
    if (kind != EI_CHART_LINE && kind != EI_CHART_BARS)
        return ei_error_set(err, EI_EINVAL, "chart: unknown kind %d",
                            (int)kind);
    ei_chart *c = calloc(1, sizeof *c);
    if (!c)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    c->kind = kind;
    c->title = dup_text(title);
    c->unit = dup_text(unit);
    if (!c->title || !c->unit) {
        ei_chart_free(c);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    *out = c;
    return EI_OK;
}

void ei_chart_free(ei_chart *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nlines; i++) {
        ei_chart_line *l = &c->lines[i];
        free(l->name);
        free(l->x);
        free(l->y);
        free(l->upper);
        free(l->hollow);
    }
    for (size_t i = 0; i < c->ntargets; i++)
        free(c->targets[i].name);
    for (size_t i = 0; i < c->nbars; i++)
        free(c->bars[i].label);
    for (size_t i = 0; i < c->nbreaks; i++)
        free(c->breaks[i].name);
    free(c->breaks);
    free(c->lines);
    free(c->targets);
    free(c->bars);
    free(c->title);
    free(c->unit);
    free(c);
}

bool ei_chart_empty(const ei_chart *c)
{
    return !c || (c->nlines == 0 && c->ntargets == 0 && c->nbars == 0);
}

/* Room for one more element of size sz in *arr. */
static int grow(void **arr, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 4;
    void *p = realloc(*arr, nc * sz);
    if (!p)
        return -1;
    *arr = p;
    *cap = nc;
    return 0;
}

static int check_periods(ei_chart *c, const ei_period *x, size_t n,
                         ei_error *err)
{
    for (size_t i = 0; i < n; i++) {
        if (!ei_period_valid(x[i]) || ei_period_is_span(x[i]))
            return ei_error_set(err, EI_EINVAL,
                                "chart: point %zu is not a single period", i);
        ei_freq f = c->freq ? c->freq : x[0].freq;
        if (x[i].freq != f)
            return ei_error_set(err, EI_EINVAL,
                                "chart: periods of different frequencies");
        if (i && ei_period_compare(x[i - 1], x[i]) >= 0)
            return ei_error_set(err, EI_EINVAL,
                                "chart: periods must increase (point %zu)",
                                i);
    }
    return EI_OK;
}

static int add_line(ei_chart *c, const char *name, const ei_period *x,
                    const double *y, const double *upper, const bool *hollow,
                    size_t n, bool dashed, ei_error *err)
{
    if (!c || !x || !y || n == 0)
        return ei_error_set(err, EI_EINVAL, "chart: no points given");
    if (c->kind != EI_CHART_LINE)
        return ei_error_set(err, EI_EINVAL,
                            "chart: lines go on a line chart");
    int rc = check_periods(c, x, n, err);
    if (rc)
        return rc;
    if (grow((void **)&c->lines, &c->caplines, c->nlines, sizeof *c->lines))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    ei_chart_line l = {0};
    l.n = n;
    l.dashed = dashed;
    l.name = dup_text(name);
    l.x = malloc(n * sizeof *l.x);
    l.y = malloc(n * sizeof *l.y);
    if (upper)
        l.upper = malloc(n * sizeof *l.upper);
    if (hollow)
        l.hollow = malloc(n * sizeof *l.hollow);
    if (!l.name || !l.x || !l.y || (upper && !l.upper) ||
        (hollow && !l.hollow)) {
        free(l.name);
        free(l.x);
        free(l.y);
        free(l.upper);
        free(l.hollow);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    memcpy(l.x, x, n * sizeof *x);
    memcpy(l.y, y, n * sizeof *y);
    if (upper)
        memcpy(l.upper, upper, n * sizeof *upper);
    if (hollow)
        memcpy(l.hollow, hollow, n * sizeof *hollow);
    l.colour = upper ? -1 : c->ncolours++;
    c->freq = x[0].freq;
    c->lines[c->nlines++] = l;
    return EI_OK;
}

int ei_chart_add_line(ei_chart *c, const char *name, const ei_period *x,
                      const double *y, const bool *hollow, size_t n,
                      bool dashed, ei_error *err)
{
    return add_line(c, name, x, y, NULL, hollow, n, dashed, err);
}

int ei_chart_add_band(ei_chart *c, const char *name, const ei_period *x,
                      const double *lower, const double *upper, size_t n,
                      ei_error *err)
{
    if (!upper)
        return ei_error_set(err, EI_EINVAL, "chart: band without upper end");
    return add_line(c, name, x, lower, upper, NULL, n, false, err);
}

int ei_chart_add_target(ei_chart *c, const char *name, ei_period from,
                        ei_period to, double value, ei_error *err)
{
    if (!c || c->kind != EI_CHART_LINE)
        return ei_error_set(err, EI_EINVAL,
                            "chart: targets go on a line chart");
    if (!isfinite(value))
        return ei_error_set(err, EI_EINVAL, "chart: target is not a number");
    if (!ei_period_valid(from) || !ei_period_valid(to) ||
        from.freq != to.freq || ei_period_compare(from, to) > 0 ||
        (c->freq && from.freq != c->freq))
        return ei_error_set(err, EI_EINVAL, "chart: bad target periods");
    if (grow((void **)&c->targets, &c->captargets, c->ntargets,
             sizeof *c->targets))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    ei_chart_target t = {dup_text(name), from, to, value};
    if (!t.name)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    c->freq = from.freq;
    c->targets[c->ntargets++] = t;
    return EI_OK;
}

int ei_chart_add_break(ei_chart *c, const char *name, ei_period last_old,
                       ei_period first_new, ei_error *err)
{
    if (!c || c->kind != EI_CHART_LINE)
        return ei_error_set(err, EI_EINVAL,
                            "chart: breaks go on a line chart");
    if (!ei_period_valid(last_old) || !ei_period_valid(first_new) ||
        last_old.freq != first_new.freq ||
        ei_period_compare(last_old, first_new) >= 0 ||
        (c->freq && last_old.freq != c->freq))
        return ei_error_set(err, EI_EINVAL, "chart: bad break periods");
    if (grow((void **)&c->breaks, &c->capbreaks, c->nbreaks,
             sizeof *c->breaks))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    ei_chart_break b = {dup_text(name), last_old, first_new};
    if (!b.name)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    c->freq = last_old.freq;
    c->breaks[c->nbreaks++] = b;
    return EI_OK;
}

int ei_chart_add_bar(ei_chart *c, const char *label, double completion,
                     double time_progress, ei_error *err)
{
    if (!c || !label || c->kind != EI_CHART_BARS)
        return ei_error_set(err, EI_EINVAL,
                            "chart: bars need a label and a bar chart");
    if (!isfinite(time_progress))
        return ei_error_set(err, EI_EINVAL,
                            "chart: time progress is not a number");
    if (grow((void **)&c->bars, &c->capbars, c->nbars, sizeof *c->bars))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    ei_chart_bar b = {dup_text(label), completion, time_progress};
    if (!b.label)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    c->bars[c->nbars++] = b;
    return EI_OK;
}

int ei_image_format_parse(ei_image_format *out, const char *name)
{
    if (!out || !name)
        return EI_EINVAL;
    if (strcmp(name, "svg") == 0 || strcmp(name, "SVG") == 0)
        *out = EI_IMAGE_SVG;
    else if (strcmp(name, "png") == 0 || strcmp(name, "PNG") == 0)
        *out = EI_IMAGE_PNG;
    else
        return EI_EPARSE;
    return EI_OK;
}
