/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scorecard CSV reader (FORMATS.md "scorecard"). */
#include "econind/scorecard.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "econind/number.h"
#include "error_set.h"
#include "target_util.h"

enum col { C_PLAN, C_INDICATOR, C_GROUP, C_STATUS, C_COUNT, C_SOURCE,
           C_NOTE, C_N };

static const char *const col_names[C_N][3] = {
    [C_PLAN] = {"plan", "规划", NULL},
    [C_INDICATOR] = {"indicator", "指标", NULL},
    [C_GROUP] = {"group", "类别", NULL},
    [C_STATUS] = {"status", "状态", NULL},
    [C_COUNT] = {"count", "数量", NULL},
    [C_SOURCE] = {"source", "来源", NULL},
    [C_NOTE] = {"note", "备注", NULL},
};

typedef struct reader {
    ei_scorecard *sc;
    long col[C_N];
} reader;

static int read_header(reader *r, const ei_csv_row *row, ei_error *err)
{
    for (int c = 0; c < C_N; c++)
        r->col[c] = ei_csv_header_find(row, col_names[c]);
    if (r->col[C_STATUS] < 0)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                "missing column 'status' (状态)");
    if (r->col[C_INDICATOR] < 0 && r->col[C_COUNT] < 0)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                "missing column 'indicator' (指标) or "
                                "'count' (数量)");
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
    bool nomem = false;
    char *s[5];
    const int cols[5] = {C_PLAN, C_INDICATOR, C_GROUP, C_SOURCE, C_NOTE};
    for (int i = 0; i < 5; i++)
        s[i] = dup_field(row, r->col[cols[i]], &nomem);
    int rc;
    if (nomem) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    } else {
        sr.plan = s[0];
        sr.indicator = s[1];
        sr.group = s[2];
        sr.source = s[3];
        sr.note = s[4];
        sr.file = row->source;
        sr.line = row->line;
        rc = ei_scorecard_add(r->sc, &sr, err);
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

static int read_any(ei_scorecard **out, const char *path, const char *name,
                    const void *data, size_t len, const ei_csv_options *opts,
                    ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the scorecard");
    *out = NULL;
    reader r;
    memset(&r, 0, sizeof r);
    for (int c = 0; c < C_N; c++)
        r.col[c] = -1;
    int rc = ei_scorecard_new(&r.sc, err);
    if (rc)
        return rc;
    if (path)
        rc = ei_csv_rows_read_file(path, opts, on_row, &r, err);
    else
        rc = ei_csv_rows_read_buffer(name, data, len, opts, on_row, &r, err);
    if (rc == EI_OK && r.col[C_STATUS] < 0)
        rc = ei_error_set_at(err, EI_EPARSE, path ? path : name, 1, 1,
                             "no header row");
    if (rc)
        ei_scorecard_free(r.sc);
    else
        *out = r.sc;
    return rc;
}

int ei_scorecard_read_file(ei_scorecard **out, const char *path,
                           const ei_csv_options *opts, ei_error *err)
{
    if (!path) {
        if (out)
            *out = NULL;
        return ei_error_set(err, EI_EINVAL, "no file name");
    }
    return read_any(out, path, path, NULL, 0, opts, err);
}

int ei_scorecard_read_buffer(ei_scorecard **out, const char *name,
                             const void *data, size_t len,
                             const ei_csv_options *opts, ei_error *err)
{
    if (!data && len) {
        if (out)
            *out = NULL;
        return ei_error_set(err, EI_EINVAL, "no data");
    }
    return read_any(out, NULL, name ? name : "<buffer>", data, len, opts,
                    err);
}
