/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The annual plan set and its CSV reader (FORMATS.md "plans"). */
#include "econind/plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "econind/number.h"
#include "error_set.h"
#include "target_util.h"

enum { S_REGION, S_INDICATOR, S_UNIT, S_SOURCE, S_NOTE, S_FILE, S_N };

typedef struct slot {
    ei_plan_item p;
    char *str[S_N];
} slot;

struct ei_plans {
    slot *items;
    size_t n, cap;
};

int ei_plans_new(ei_plans **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the plan set");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    return EI_OK;
}

static void slot_free(slot *sl)
{
    for (int i = 0; i < S_N; i++)
        free(sl->str[i]);
}

void ei_plans_free(ei_plans *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        slot_free(&set->items[i]);
    free(set->items);
    free(set);
}

int ei_plans_add(ei_plans *set, const ei_plan_item *item, ei_error *err)
{
    if (!set || !item)
        return ei_error_set(err, EI_EINVAL, "no plan set or plan");
    if (!item->indicator || !*item->indicator)
        return ei_error_set(err, EI_EINVAL, "plan without an indicator");
    if (item->year < EI_YEAR_MIN || item->year > EI_YEAR_MAX)
        return ei_error_set(err, EI_EINVAL, "invalid plan year %d",
                            item->year);
    if (!isfinite(item->value))
        return ei_error_set(err, EI_EINVAL, "plan without a value");
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 16;
        slot *items = realloc(set->items, cap * sizeof *items);
        if (!items)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        set->items = items;
        set->cap = cap;
    }
    slot c;
    memset(&c, 0, sizeof c);
    c.p = *item;
    bool nomem = false;
    c.p.region = c.str[S_REGION] =
        eit_dup(item->region ? item->region : "", &nomem);
    c.p.indicator = c.str[S_INDICATOR] = eit_dup(item->indicator, &nomem);
    c.p.unit = c.str[S_UNIT] = eit_dup(item->unit ? item->unit : "", &nomem);
    c.p.source = c.str[S_SOURCE] = eit_dup(item->source, &nomem);
    c.p.note = c.str[S_NOTE] = eit_dup(item->note, &nomem);
    c.p.file = c.str[S_FILE] = eit_dup(item->file, &nomem);
    if (nomem) {
        slot_free(&c);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    set->items[set->n++] = c;
    return EI_OK;
}

size_t ei_plans_count(const ei_plans *set)
{
    return set ? set->n : 0;
}

const ei_plan_item *ei_plans_at(const ei_plans *set, size_t i)
{
    if (!set || i >= set->n)
        return NULL;
    return &set->items[i].p;
}

enum col { C_REGION, C_INDICATOR, C_PERIOD, C_VALUE, C_UNIT, C_SOURCE,
           C_NOTE, C_N };

static const char *const col_names[C_N][3] = {
    [C_REGION] = {"region", "地区", NULL},
    [C_INDICATOR] = {"indicator", "指标", NULL},
    [C_PERIOD] = {"period", "时期", NULL},
    [C_VALUE] = {"value", "数值", NULL},
    [C_UNIT] = {"unit", "单位", NULL},
    [C_SOURCE] = {"source", "来源", NULL},
    [C_NOTE] = {"note", "备注", NULL},
};

typedef struct reader {
    ei_plans *set;
    long col[C_N];
} reader;

static int read_header(reader *r, const ei_csv_row *row, ei_error *err)
{
    for (int c = 0; c < C_N; c++)
        r->col[c] = ei_csv_header_find(row, col_names[c]);
    static const int required[] = {C_INDICATOR, C_PERIOD, C_VALUE};
    for (size_t i = 0; i < 3; i++)
        if (r->col[required[i]] < 0)
            return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                    "missing column '%s' (%s)",
                                    col_names[required[i]][0],
                                    col_names[required[i]][1]);
    return EI_OK;
}

static char *dup_field(const ei_csv_row *row, long col, bool *nomem)
{
    size_t n;
    const char *t = eit_field(row, col, &n);
    char *s = eit_dupn(t, n);
    if (!s)
        *nomem = true;
    return s;
}

static int read_row(reader *r, const ei_csv_row *row, ei_error *err)
{
    ei_plan_item p;
    memset(&p, 0, sizeof p);
    size_t n;
    const char *f;
    ei_error e;
    ei_error_clear(&e);
    ei_period per;
    f = eit_field(row, r->col[C_PERIOD], &n);
    if (ei_period_parse(&per, f, n, &e) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_PERIOD]),
                                EI_EPARSE, "bad period: %s", e.text);
    if (per.freq != EI_FREQ_ANNUAL)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_PERIOD]),
                                EI_EPARSE,
                                "a plan is for a year, not '%.*s'", (int)n,
                                f);
    p.year = per.year;
    f = eit_field(row, r->col[C_VALUE], &n);
    ei_number num;
    if (ei_number_parse(&num, f, n, &e) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_VALUE]),
                                EI_EPARSE, "bad plan value: %s", e.text);
    if (num.missing)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_VALUE]),
                                EI_EPARSE, "missing plan value");
    p.value = num.value;
    f = eit_field(row, r->col[C_INDICATOR], &n);
    if (!n)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_INDICATOR]),
                                EI_EPARSE, "missing indicator");
    bool nomem = false;
    char *s[5];
    const int cols[5] = {C_REGION, C_INDICATOR, C_UNIT, C_SOURCE, C_NOTE};
    for (int i = 0; i < 5; i++)
        s[i] = dup_field(row, r->col[cols[i]], &nomem);
    int rc;
    if (nomem) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    } else {
        p.region = s[0];
        p.indicator = s[1];
        p.unit = s[2];
        p.source = s[3];
        p.note = s[4];
        p.file = row->source;
        p.line = row->line;
        rc = ei_plans_add(r->set, &p, err);
    }
    for (int i = 0; i < 5; i++)
        free(s[i]);
    return rc;
}

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    return row->index == 0 ? read_header(r, row, err)
                           : read_row(r, row, err);
}

static int read_any(ei_plans **out, const char *path, const char *name,
                    const void *data, size_t len, const ei_csv_options *opts,
                    ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the plan set");
    *out = NULL;
    reader r;
    memset(&r, 0, sizeof r);
    for (int c = 0; c < C_N; c++)
        r.col[c] = -1;
    int rc = ei_plans_new(&r.set, err);
    if (rc)
        return rc;
    if (path)
        rc = ei_csv_rows_read_file(path, opts, on_row, &r, err);
    else
        rc = ei_csv_rows_read_buffer(name, data, len, opts, on_row, &r, err);
    if (rc == EI_OK && r.col[C_INDICATOR] < 0)
        rc = ei_error_set_at(err, EI_EPARSE, path ? path : name, 1, 1,
                             "no header row");
    if (rc)
        ei_plans_free(r.set);
    else
        *out = r.set;
    return rc;
}

int ei_plans_read_file(ei_plans **out, const char *path,
                       const ei_csv_options *opts, ei_error *err)
{
    if (!path) {
        if (out)
            *out = NULL;
        return ei_error_set(err, EI_EINVAL, "no file name");
    }
    return read_any(out, path, path, NULL, 0, opts, err);
}

int ei_plans_read_buffer(ei_plans **out, const char *name, const void *data,
                         size_t len, const ei_csv_options *opts,
                         ei_error *err)
{
    if (!data && len) {
        if (out)
            *out = NULL;
        return ei_error_set(err, EI_EINVAL, "no data");
    }
    return read_any(out, NULL, name ? name : "<buffer>", data, len, opts,
                    err);
}
