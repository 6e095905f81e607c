/* SPDX-License-Identifier: GPL-3.0-or-later */
/* JSON through jansson: an array with one object per row, one row per line.
 * The layout is written here and every key and value is encoded by
 * jansson, each number with its own shortest round-trip precision (a
 * whole-document dump would print 7.2 as 7.2000000000000002). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "fmt_double.h"
#include "table_writers.h"

/* jansson's dump flags for a lone value, UTF-8 left unescaped. */
#define FLAGS (JSON_ENCODE_ANY | JSON_COMPACT)

typedef struct keys {
    json_t **name;   /* per column: "<name>" */
    json_t **reason; /* per column: "<name>_reason" */
    size_t n;
} keys;

static void keys_free(keys *k)
{
    for (size_t i = 0; i < k->n; i++) {
        json_decref(k->name[i]);
        json_decref(k->reason[i]);
    }
    free(k->name);
    free(k->reason);
}

static int keys_make(keys *k, const ei_table *t, ei_error *err)
{
    size_t nc = ei_table_cols(t);
    k->n = 0;
    k->name = calloc(nc, sizeof *k->name);
    k->reason = calloc(nc, sizeof *k->reason);
    if (!k->name || !k->reason) {
        keys_free(k);
        return ei_error_set(err, EI_ENOMEM, "json: out of memory");
    }
    for (; k->n < nc; k->n++) {
        const char *name = ei_table_col_name(t, k->n);
        size_t len = strlen(name);
        char *r = malloc(len + sizeof "_reason");
        if (!r) {
            keys_free(k);
            return ei_error_set(err, EI_ENOMEM, "json: out of memory");
        }
        memcpy(r, name, len);
        memcpy(r + len, "_reason", sizeof "_reason");
        k->name[k->n] = json_stringn(name, len);
        k->reason[k->n] = json_string(r);
        free(r);
        if (!k->name[k->n] || !k->reason[k->n]) {
            k->n++; /* free this column's keys too */
            keys_free(k);
            return ei_error_set(err, EI_ENCODING,
                                "json: column name '%s' is not valid UTF-8",
                                name);
        }
    }
    return EI_OK;
}

/* Write "key": value, taking ownership of value. */
static void put_member(FILE *fp, const json_t *key, json_t *value,
                       size_t flags, int first)
{
    if (!first)
        fputs(", ", fp);
    json_dumpf(key, fp, FLAGS);
    fputs(": ", fp);
    json_dumpf(value, fp, FLAGS | flags);
    json_decref(value);
}

/* The cell's JSON value and extra dump flags; NULL if the text is not
 * valid UTF-8 (or memory ran out). */
static json_t *cell_value(const ei_table *t, size_t r, size_t c,
                          size_t *flags)
{
    *flags = 0;
    switch (ei_table_cell_kind(t, r, c)) {
    case EI_CELL_TEXT:
        return json_string(ei_table_cell_text(t, r, c));
    case EI_CELL_NUMBER: {
        double v = ei_table_cell_number(t, r, c);
        *flags = JSON_REAL_PRECISION(ei_fmt_double_precision(v));
        return json_real(v);
    }
    case EI_CELL_EMPTY:
    case EI_CELL_MISSING:
        break;
    }
    return json_null();
}

int ei_write_json(const ei_table *t, FILE *fp, ei_error *err)
{
    size_t nc = ei_table_cols(t), nr = ei_table_rows(t);
    keys k;
    int rc = keys_make(&k, t, err);
    if (rc)
        return rc;
    fputs(nr ? "[\n" : "[", fp);
    for (size_t r = 0; r < nr && !rc; r++) {
        fputs("  {", fp);
        for (size_t c = 0; c < nc; c++) {
            size_t flags;
            json_t *v = cell_value(t, r, c, &flags);
            if (!v) {
                rc = ei_error_set(err, EI_ENCODING,
                                  "json: row %zu, column '%s': text is not "
                                  "valid UTF-8",
                                  r + 1, ei_table_col_name(t, c));
                break;
            }
            put_member(fp, k.name[c], v, flags, c == 0);
            ei_reason why = ei_table_cell_reason(t, r, c);
            if (why != EI_REASON_NONE)
                put_member(fp, k.reason[c], json_string(ei_reason_code(why)),
                           0, 0);
        }
        fputs(r + 1 < nr ? "},\n" : "}\n", fp);
    }
    fputs("]\n", fp);
    keys_free(&k);
    return rc;
}
