/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The targets CSV reader (columns in FORMATS.md). Reads into a fresh set
 * and hands it back only when every row is good. */
#include "econind/target.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv_records.h"
#include "econind/number.h"
#include "econind/period.h"
#include "error_set.h"
#include "target_priv.h"
#include "target_util.h"

enum col {
    C_REGION, C_INDICATOR, C_PERIOD, C_KIND, C_OP, C_VALUE, C_UNIT, C_TOL,
    C_LINKED, C_ATTR, C_DIR, C_BASE, C_SOURCE, C_NOTE, C_N
};

static const char *const *const col_names[C_N] = {
    [C_REGION] = (const char *const[]){"region", "地区", NULL},
    [C_INDICATOR] = (const char *const[]){"indicator", "指标", NULL},
    [C_PERIOD] = (const char *const[]){"period", "时期", NULL},
    [C_KIND] = (const char *const[]){"kind", "类型", NULL},
    [C_OP] = (const char *const[]){"operator", "运算", "op", NULL},
    [C_VALUE] = (const char *const[]){"value", "数值", NULL},
    [C_UNIT] = (const char *const[]){"unit", "单位", NULL},
    [C_TOL] = (const char *const[]){"tolerance", "容差", NULL},
    [C_LINKED] = (const char *const[]){"linked_indicator", "同步指标", NULL},
    [C_ATTR] = (const char *const[]){"attribute", "属性", NULL},
    [C_DIR] = (const char *const[]){"direction", "方向", NULL},
    [C_BASE] = (const char *const[]){"base_period", "基期", NULL},
    [C_SOURCE] = (const char *const[]){"source", "来源", NULL},
    [C_NOTE] = (const char *const[]){"note", "备注", NULL},
};

typedef struct reader {
    ei_targets *set;
    const ei_registry *reg; /* the caller's, else own */
    ei_registry *own;       /* the built-in one, made when reg is NULL */
    long col[C_N];
} reader;

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err);
static int read_row(void *ctx, const ei_csv_row *row, ei_error *err);

/* The set, after the built-in registry when the caller gave none. */
static int open_set(void *ctx, ei_error *err)
{
    reader *r = ctx;
    if (!r->reg) {
        int rc = ei_registry_new_builtin(&r->own, err);
        if (rc)
            return rc;
        r->reg = r->own;
    }
    return ei_targets_new(&r->set, err);
}

static void discard_set(void *ctx)
{
    ei_targets_free(((reader *)ctx)->set);
}

static const ei_csv_records spec = {"target set", C_N, col_names, open_set,
                                    discard_set, read_header, read_row};

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    static const int required[] = {C_INDICATOR, C_PERIOD, C_KIND, C_VALUE};
    return ei_csv_records_require(&spec, r->col, row, required, 4, err);
}

/* A copy of field c as a NUL-terminated string, or NULL when empty. */
static char *field_dup(const reader *r, const ei_csv_row *row, int c,
                       bool *nomem)
{
    size_t n;
    const char *t = eit_field(row, r->col[c], &n);
    if (!n)
        return NULL;
    char *s = eit_dupn(t, n);
    if (!s)
        *nomem = true;
    return s;
}

/* Parse a number field; *out NaN when the field is empty or missing. */
static int number_field(double *out, bool *percent, const reader *r,
                        const ei_csv_row *row, int c, const char *what,
                        ei_error *err)
{
    size_t n;
    const char *t = eit_field(row, r->col[c], &n);
    *out = NAN;
    if (percent)
        *percent = false;
    if (!n)
        return EI_OK;
    ei_number num;
    ei_error e;
    ei_error_clear(&e);
    if (ei_number_parse(&num, t, n, &e) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[c]), EI_EPARSE,
                                "bad %s: %s", what, e.text);
    *out = num.missing ? (double)NAN : num.value;
    if (percent)
        *percent = num.percent;
    return EI_OK;
}

/* Map a validation failure to the column that holds the culprit. */
static long column_of(const reader *r, eit_field_id f)
{
    switch (f) {
    case EIT_F_INDICATOR: return r->col[C_INDICATOR];
    case EIT_F_PERIOD: return r->col[C_PERIOD];
    case EIT_F_KIND: return r->col[C_KIND];
    case EIT_F_OPERATOR: return r->col[C_OP];
    case EIT_F_VALUE: return r->col[C_VALUE];
    case EIT_F_UNIT:
        return r->col[C_UNIT] >= 0 ? r->col[C_UNIT] : r->col[C_VALUE];
    case EIT_F_TOLERANCE: return r->col[C_TOL];
    case EIT_F_LINKED: return r->col[C_LINKED];
    case EIT_F_BASE: return r->col[C_BASE];
    case EIT_F_NONE: break;
    }
    return -1;
}

static int read_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    ei_target t = ei_target_init();
    size_t n;
    const char *f;
    ei_error e;
    ei_error_clear(&e);
    int rc;

    f = eit_field(row, r->col[C_PERIOD], &n);
    if (ei_span_parse(&t.span, f, n, &e) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_PERIOD]),
                                EI_EPARSE, "bad period: %s", e.text);
    f = eit_field(row, r->col[C_KIND], &n);
    if (ei_target_kind_parse(&t.kind, f, n) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_KIND]),
                                EI_EPARSE, "unknown target kind '%.*s'",
                                (int)n, f);
    f = eit_field(row, r->col[C_OP], &n);
    if (!n)
        t.op = ei_target_kind_default_op(t.kind);
    else if (ei_target_op_parse(&t.op, f, n) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_OP]),
                                EI_EPARSE, "unknown operator '%.*s'", (int)n,
                                f);
    bool percent;
    if ((rc = number_field(&t.value, &percent, r, row, C_VALUE, "value",
                           err)))
        return rc;
    if ((rc = number_field(&t.tolerance, NULL, r, row, C_TOL, "tolerance",
                           err)))
        return rc;
    f = eit_field(row, r->col[C_ATTR], &n);
    if (ei_target_attr_parse(&t.attribute, f, n) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_ATTR]),
                                EI_EPARSE, "unknown attribute '%.*s'",
                                (int)n, f);
    f = eit_field(row, r->col[C_DIR], &n);
    if (ei_target_direction_parse(&t.direction, f, n) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_DIR]),
                                EI_EPARSE, "unknown direction '%.*s'",
                                (int)n, f);
    f = eit_field(row, r->col[C_BASE], &n);
    if (n && ei_period_parse(&t.base, f, n, &e) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_BASE]),
                                EI_EPARSE, "bad base period: %s", e.text);

    bool nomem = false;
    char *region = field_dup(r, row, C_REGION, &nomem);
    char *indicator = field_dup(r, row, C_INDICATOR, &nomem);
    char *unit = field_dup(r, row, C_UNIT, &nomem);
    char *linked = field_dup(r, row, C_LINKED, &nomem);
    char *source = field_dup(r, row, C_SOURCE, &nomem);
    char *note = field_dup(r, row, C_NOTE, &nomem);
    t.region = region;
    t.indicator = indicator;
    t.unit = unit ? unit : (percent ? "%" : NULL);
    t.linked_indicator = linked;
    t.source = source;
    t.note = note;
    t.file = row->source;
    t.line = row->line;
    if (nomem) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    } else {
        eit_field_id which;
        rc = eit_target_check(&t, r->reg, &which, &e);
        if (rc)
            rc = ei_csv_row_error(err, row, eit_at(row, column_of(r, which)),
                                  rc, "%s", e.text);
        else
            rc = ei_targets_add(r->set, &t, r->reg, err);
    }
    free(region);
    free(indicator);
    free(unit);
    free(linked);
    free(source);
    free(note);
    return rc;
}

static int read_any(ei_targets **out, bool file, const char *source,
                    const void *data, size_t len, const ei_registry *reg,
                    const ei_csv_options *opts, ei_error *err)
{
    reader r = {NULL, reg, NULL, {0}};
    int rc = ei_csv_records_load(&spec, out != NULL, &r, r.col, file, source,
                                 data, len, opts, err);
    ei_registry_free(r.own);
    if (out)
        *out = rc ? NULL : r.set;
    return rc;
}

int ei_targets_read_file(ei_targets **out, const char *path,
                         const ei_registry *reg, const ei_csv_options *opts,
                         ei_error *err)
{
    return read_any(out, true, path, NULL, 0, reg, opts, err);
}

int ei_targets_read_buffer(ei_targets **out, const char *name,
                           const void *data, size_t len,
                           const ei_registry *reg, const ei_csv_options *opts,
                           ei_error *err)
{
    return read_any(out, false, name, data, len, reg, opts, err);
}
