/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The annual plan set and its CSV reader (FORMATS.md "plans"). */
#include "econind/plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv_records.h"
#include "econind/number.h"
#include "error_set.h"
#include "record_set.h"
#include "target_util.h"

struct ei_plans {
    ei_recset rs; /* of ei_plan_item */
};

int ei_plans_new(ei_plans **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the plan set");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    int rc = ei_recset_init(&(*out)->rs, sizeof(ei_plan_item), err);
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

void ei_plans_free(ei_plans *set)
{
    if (!set)
        return;
    ei_recset_fini(&set->rs);
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
    ei_plan_item c = *item;
    c.region = item->region ? item->region : "";
    c.unit = item->unit ? item->unit : "";
    const char **const strs[] = {&c.region, &c.indicator, &c.unit,
                                 &c.source, &c.note, &c.file};
    int rc = ei_recset_own(&set->rs, strs, sizeof strs / sizeof strs[0],
                           err);
    return rc ? rc : ei_recset_append(&set->rs, &c, err);
}

size_t ei_plans_count(const ei_plans *set)
{
    return set ? set->rs.n : 0;
}

const ei_plan_item *ei_plans_at(const ei_plans *set, size_t i)
{
    return set ? ei_recset_at(&set->rs, i) : NULL;
}

enum col { C_REGION, C_INDICATOR, C_PERIOD, C_VALUE, C_UNIT, C_SOURCE,
           C_NOTE, C_N };

static const char *const *const col_names[C_N] = {
    [C_REGION] = (const char *const[]){"region", "地区", NULL},
    [C_INDICATOR] = (const char *const[]){"indicator", "指标", NULL},
    [C_PERIOD] = (const char *const[]){"period", "时期", NULL},
    [C_VALUE] = (const char *const[]){"value", "数值", NULL},
    [C_UNIT] = (const char *const[]){"unit", "单位", NULL},
    [C_SOURCE] = (const char *const[]){"source", "来源", NULL},
    [C_NOTE] = (const char *const[]){"note", "备注", NULL},
};

typedef struct reader {
    ei_plans *set;
    long col[C_N];
} reader;

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err);
static int read_row(void *ctx, const ei_csv_row *row, ei_error *err);

static int open_set(void *ctx, ei_error *err)
{
    return ei_plans_new(&((reader *)ctx)->set, err);
}

static void discard_set(void *ctx)
{
    ei_plans_free(((reader *)ctx)->set);
}

static const ei_csv_records spec = {"plan set", C_N, col_names, open_set,
                                     discard_set, read_header, read_row};

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    static const int required[] = {C_INDICATOR, C_PERIOD, C_VALUE};
    return ei_csv_records_require(&spec, r->col, row, required, 3, err);
}

static int read_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
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
    char *s[5];
    static const int cols[5] = {C_REGION, C_INDICATOR, C_UNIT, C_SOURCE,
                                C_NOTE};
    int rc = ei_csv_records_strs(s, row, r->col, cols, 5, err);
    if (rc)
        return rc;
    p.region = s[0];
    p.indicator = s[1];
    p.unit = s[2];
    p.source = s[3];
    p.note = s[4];
    p.file = row->source;
    p.line = row->line;
    rc = ei_plans_add(r->set, &p, err);
    ei_csv_records_free_strs(s, 5);
    return rc;
}

static int read_any(ei_plans **out, bool file, const char *source,
                    const void *data, size_t len, const ei_csv_options *opts,
                    ei_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    int rc = ei_csv_records_load(&spec, out != NULL, &r, r.col, file, source,
                                 data, len, opts, err);
    if (out)
        *out = rc ? NULL : r.set;
    return rc;
}

int ei_plans_read_file(ei_plans **out, const char *path,
                       const ei_csv_options *opts, ei_error *err)
{
    return read_any(out, true, path, NULL, 0, opts, err);
}

int ei_plans_read_buffer(ei_plans **out, const char *name, const void *data,
                         size_t len, const ei_csv_options *opts,
                         ei_error *err)
{
    return read_any(out, false, name, data, len, opts, err);
}
