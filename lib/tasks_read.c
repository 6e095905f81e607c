/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tasks CSV reader (FORMATS.md; the seed file's column names too).
 * Responsible units are split at 、 ， , ; ； and trimmed. */
#include "econind/tasks.h"

#include <stdlib.h>
#include <string.h>

#include "csv_records.h"
#include "error_set.h"
#include "target_util.h"

enum col { C_PLAN, C_NO, C_SUMMARY, C_LEAD, C_RESP, C_DEADLINE, C_DONE,
           C_EXPECTED, C_SOURCE, C_NOTE, C_DEADLINE_TEXT, C_N };

static const char *const *const col_names[C_N] = {
    [C_PLAN] = (const char *const[]){"plan", "方案", NULL},
    [C_NO] = (const char *const[]){"task_no", "序号", NULL},
    [C_SUMMARY] = (const char *const[]){"summary", "任务", "task_summary_zh",
                                        NULL},
    [C_LEAD] = (const char *const[]){"lead_unit", "牵头单位", NULL},
    [C_RESP] = (const char *const[]){"responsible_units", "责任单位", NULL},
    [C_DEADLINE] = (const char *const[]){"deadline", "完成时限", NULL},
    [C_DONE] = (const char *const[]){"done", "完成日期", NULL},
    [C_EXPECTED] = (const char *const[]){"expected", "预期成果",
                                         "expected_outcome_quantities", NULL},
    [C_SOURCE] = (const char *const[]){"source", "来源", "source_file",
                                       NULL},
    [C_NOTE] = (const char *const[]){"note", "备注", "原文", NULL},
    [C_DEADLINE_TEXT] = (const char *const[]){"deadline_text", "时限原文",
                                              NULL},
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

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err);
static int read_row(void *ctx, const ei_csv_row *row, ei_error *err);

static int open_set(void *ctx, ei_error *err)
{
    return ei_tasks_new(&((reader *)ctx)->set, err);
}

static void discard_set(void *ctx)
{
    ei_tasks_free(((reader *)ctx)->set);
}

static const ei_csv_records spec = {"task set", C_N, col_names, open_set,
                                     discard_set, read_header, read_row};

static int read_header(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
    static const int required[] = {C_DEADLINE};
    return ei_csv_records_require(&spec, r->col, row, required, 1, err);
}

static void free_units(char **units, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(units[i]);
    free(units);
}

static int read_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    reader *r = ctx;
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
    /* the deadline as written: its own column, else the deadline cell */
    long dl_text = r->col[C_DEADLINE_TEXT];
    eit_field(row, dl_text, &n);
    int cols[8] = {C_PLAN, C_NO, C_SUMMARY, C_LEAD, C_EXPECTED, C_SOURCE,
                   C_NOTE, n ? C_DEADLINE_TEXT : C_DEADLINE};
    char *s[8];
    int rc = ei_csv_records_strs(s, row, r->col, cols, 8, err);
    if (rc)
        return rc;
    char **units = NULL;
    size_t nunits = 0;
    f = eit_field(row, r->col[C_RESP], &n);
    if (split_units(&units, &nunits, f, n) != EI_OK) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    } else {
        t.plan = s[0];
        t.task_no = s[1];
        t.summary = s[2];
        t.lead_unit = s[3];
        t.expected = s[4];
        t.source = s[5];
        t.note = s[6];
        t.deadline_text = s[7];
        t.responsible = (const char *const *)units;
        t.n_responsible = nunits;
        t.file = row->source;
        t.line = row->line;
        rc = ei_tasks_add(r->set, &t, err);
    }
    ei_csv_records_free_strs(s, 8);
    free_units(units, nunits);
    return rc;
}

static int read_any(ei_tasks **out, bool file, const char *source,
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

int ei_tasks_read_file(ei_tasks **out, const char *path,
                       const ei_csv_options *opts, ei_error *err)
{
    return read_any(out, true, path, NULL, 0, opts, err);
}

int ei_tasks_read_buffer(ei_tasks **out, const char *name, const void *data,
                         size_t len, const ei_csv_options *opts,
                         ei_error *err)
{
    return read_any(out, false, name, data, len, opts, err);
}
