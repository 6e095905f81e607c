/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tasks CSV reader (FORMATS.md; the seed file's column names too).
 * Responsible units are split at 、 ， , ; ； and trimmed. */
#include "econind/tasks.h"

#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "error_set.h"
#include "target_util.h"

enum col { C_PLAN, C_NO, C_SUMMARY, C_LEAD, C_RESP, C_DEADLINE, C_DONE,
           C_EXPECTED, C_SOURCE, C_N };

static const char *const col_names[C_N][5] = {
    [C_PLAN] = {"plan", "方案", NULL},
    [C_NO] = {"task_no", "序号", NULL},
    [C_SUMMARY] = {"summary", "任务", "task_summary_zh", NULL},
    [C_LEAD] = {"lead_unit", "牵头单位", NULL},
    [C_RESP] = {"responsible_units", "责任单位", NULL},
    [C_DEADLINE] = {"deadline", "完成时限", NULL},
    [C_DONE] = {"done", "完成日期", NULL},
    [C_EXPECTED] = {"expected", "预期成果", "expected_outcome_quantities",
                    NULL},
    [C_SOURCE] = {"source", "来源", "source_file", NULL},
};

typedef struct reader {
    ei_tasks *set;
    long col[C_N];
} reader;

/* Length of the separator at s (0 if none). */
static size_t sep_len(const char *s, size_t left)
{
    static const char *const seps[] = {"、", "，", "；", ",", ";", NULL};
    for (int i = 0; seps[i]; i++) {
        size_t n = strlen(seps[i]);
        if (n <= left && memcmp(s, seps[i], n) == 0)
            return n;
    }
    return 0;
}

/* Split text into newly allocated, trimmed, non-empty unit names. */
static int split_units(char ***out, size_t *n, const char *text, size_t len)
{
    *out = NULL;
    *n = 0;
    size_t cap = 0;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && !sep_len(text + j, len - j))
            j++;
        const char *part = text + i;
        size_t plen = j - i;
        eit_trim(&part, &plen);
        if (plen) {
            if (*n == cap) {
                cap = cap ? cap * 2 : 8;
                char **grown = realloc(*out, cap * sizeof *grown);
                if (!grown)
                    return EI_ENOMEM;
                *out = grown;
            }
            if (!((*out)[*n] = eit_dupn(part, plen)))
                return EI_ENOMEM;
            (*n)++;
        }
        if (j >= len)
            break;
        i = j + sep_len(text + j, len - j);
    }
    return EI_OK;
}

static int read_header(reader *r, const ei_csv_row *row, ei_error *err)
{
    for (int c = 0; c < C_N; c++)
        r->col[c] = ei_csv_header_find(row, col_names[c]);
    if (r->col[C_DEADLINE] < 0)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                "missing column 'deadline' (完成时限)");
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
    ei_task t;
    memset(&t, 0, sizeof t);
    size_t n;
    const char *f;
    ei_error e;
    ei_error_clear(&e);
    f = eit_field(row, r->col[C_DEADLINE], &n);
    if (n && ei_date_parse(&t.deadline, f, n, &e) != EI_OK)
        return ei_csv_row_error(err, row, eit_at(row, r->col[C_DEADLINE]),
                                EI_EPARSE, "bad deadline: %s", e.text);
    t.has_deadline = n > 0;
    f = eit_field(row, r->col[C_DONE], &n);
    if (n) {
        if (ei_date_parse(&t.done, f, n, &e) != EI_OK)
            return ei_csv_row_error(err, row, eit_at(row, r->col[C_DONE]),
                                    EI_EPARSE, "bad done date: %s", e.text);
        t.has_done = true;
    }
    bool nomem = false;
    char *s[5];
    const int cols[5] = {C_PLAN, C_NO, C_SUMMARY, C_LEAD, C_EXPECTED};
    for (int i = 0; i < 5; i++)
        s[i] = dup_field(row, r->col[cols[i]], &nomem);
    char *source = dup_field(row, r->col[C_SOURCE], &nomem);
    char **units = NULL;
    size_t nunits = 0;
    f = eit_field(row, r->col[C_RESP], &n);
    if (split_units(&units, &nunits, f, n) != EI_OK)
        nomem = true;
    int rc;
    if (nomem) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    } else {
        t.plan = s[0];
        t.task_no = s[1];
        t.summary = s[2];
        t.lead_unit = s[3];
        t.expected = s[4];
        t.source = source;
        t.responsible = (const char *const *)units;
        t.n_responsible = nunits;
        t.file = row->source;
        t.line = row->line;
        rc = ei_tasks_add(r->set, &t, err);
    }
    for (int i = 0; i < 5; i++)
        free(s[i]);
    free(source);
    for (size_t i = 0; i < nunits; i++)
        free(units[i]);
    free(units);
    return rc;
}

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    return row->index == 0 ? read_header(r, row, err)
                           : read_row(r, row, err);
}

static int read_any(ei_tasks **out, const char *path, const char *name,
                    const void *data, size_t len, const ei_csv_options *opts,
                    ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the task set");
    *out = NULL;
    reader r;
    memset(&r, 0, sizeof r);
    for (int c = 0; c < C_N; c++)
        r.col[c] = -1;
    int rc = ei_tasks_new(&r.set, err);
    if (rc)
        return rc;
    if (path)
        rc = ei_csv_rows_read_file(path, opts, on_row, &r, err);
    else
        rc = ei_csv_rows_read_buffer(name, data, len, opts, on_row, &r, err);
    if (rc == EI_OK && r.col[C_DEADLINE] < 0)
        rc = ei_error_set_at(err, EI_EPARSE, path ? path : name, 1, 1,
                             "no header row");
    if (rc)
        ei_tasks_free(r.set);
    else
        *out = r.set;
    return rc;
}

int ei_tasks_read_file(ei_tasks **out, const char *path,
                       const ei_csv_options *opts, ei_error *err)
{
    if (!path) {
        if (out)
            *out = NULL;
        return ei_error_set(err, EI_EINVAL, "no file name");
    }
    return read_any(out, path, path, NULL, 0, opts, err);
}

int ei_tasks_read_buffer(ei_tasks **out, const char *name, const void *data,
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
