/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scorecard CSV reader (FORMATS.md "scorecard"). */
#include "econind/scorecard.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv_records.h"
#include "econind/number.h"
#include "error_set.h"
#include "target_util.h"

enum col { C_PLAN, C_INDICATOR, C_GROUP, C_STATUS, C_COUNT, C_SOURCE,
           C_NOTE, C_N };

static const char *const *const col_names[C_N] = {
    [C_PLAN] = (const char *const[]){"plan", "规划", NULL},
    [C_INDICATOR] = (const char *const[]){"indicator", "指标", NULL},
    [C_GROUP] = (const char *const[]){"group", "类别", NULL},
    [C_STATUS] = (const char *const[]){"status", "状态", NULL},
    [C_COUNT] = (const char *const[]){"count", "数量", NULL},
    [C_SOURCE] = (const char *const[]){"source", "来源", NULL},
    [C_NOTE] = (const char *const[]){"note", "备注", NULL},
};

typedef struct reader {
    ei_scorecard *sc;
    long col[C_N];
} reader;

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err);
static int read_row(void *ctx, const ei_csv_row *row, ei_error *err);

static int open_set(void *ctx, ei_error *err)
{
    return ei_scorecard_new(&((reader *)ctx)->sc, err);
}

static void discard_set(void *ctx)
{
    ei_scorecard_free(((reader *)ctx)->sc);
}

static const ei_csv_records spec = {"scorecard", C_N, col_names, open_set,
                                     discard_set, read_header, read_row};

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    static const int required[] = {C_STATUS};
    int rc = ei_csv_records_require(&spec, r->col, row, required, 1, err);
    if (rc)
        return rc;
    if (r->col[C_INDICATOR] < 0 && r->col[C_COUNT] < 0)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                "missing column 'indicator' (指标) or "
                                "'count' (数量)");
    return EI_OK;
}

static int read_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    ei_score_row sr;
    memset(&sr, 0, sizeof sr);
    size_t n;
    const char *f = eit_field(row, r->col[C_STATUS], &n);
    if (ei_score_parse(&sr.score, f, n) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_STATUS]),
                                EI_EPARSE, "unknown status '%.*s'", (int)n,
                                f);
    sr.count = 1;
    f = eit_field(row, r->col[C_COUNT], &n);
    if (n) {
        ei_number num;
        ei_error e;
        ei_error_clear(&e);
        if (ei_number_parse(&num, f, n, &e) != EI_OK || num.missing ||
            !(num.value >= 1) || num.value != floor(num.value) ||
            num.value > 1e9)
            return ei_csv_row_error(err, row, eit_at(row, r->col[C_COUNT]),
                                    EI_EPARSE,
                                    "bad count '%.*s': a whole number of "
                                    "indicators is expected", (int)n, f);
        sr.count = (size_t)num.value;
    } else {
        size_t ni;
        eit_field(row, r->col[C_INDICATOR], &ni);
        if (!ni)
            return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                    "a row needs an indicator or a count");
    }
    char *s[5];
    static const int cols[5] = {C_PLAN, C_INDICATOR, C_GROUP, C_SOURCE,
                                C_NOTE};
    int rc = ei_csv_records_strs(s, row, r->col, cols, 5, err);
    if (rc)
        return rc;
    sr.plan = s[0];
    sr.indicator = s[1];
    sr.group = s[2];
    sr.source = s[3];
    sr.note = s[4];
    sr.file = row->source;
    sr.line = row->line;
    rc = ei_scorecard_add(r->sc, &sr, err);
    ei_csv_records_free_strs(s, 5);
    return rc;
}

static int read_any(ei_scorecard **out, bool file, const char *source,
                    const void *data, size_t len, const ei_csv_options *opts,
                    ei_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    int rc = ei_csv_records_load(&spec, out != NULL, &r, r.col, file, source,
                                 data, len, opts, err);
    if (out)
        *out = rc ? NULL : r.sc;
    return rc;
}

int ei_scorecard_read_file(ei_scorecard **out, const char *path,
                           const ei_csv_options *opts, ei_error *err)
{
    return read_any(out, true, path, NULL, 0, opts, err);
}

int ei_scorecard_read_buffer(ei_scorecard **out, const char *name,
                             const void *data, size_t len,
                             const ei_csv_options *opts, ei_error *err)
{
    return read_any(out, false, name, data, len, opts, err);
}
