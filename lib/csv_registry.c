/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ei_registry_load_csv: indicators from a CSV file. Every row is checked
 * (against the registry and against the rows before it, through a scratch
 * registry) before the first one is added, so that a failure leaves the
 * registry unchanged. */
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "econind/registry.h"
#include "error_set.h"

enum {
    R_CODE = 0,
    R_NAME_ZH,
    R_NAME_EN,
    R_ALIASES,
    R_UNIT,
    R_BASIS,
    R_DIRECTION,
    R_MEASURE,
    R_GROUP,
    R_COUNT_
};

static const char *const r_code[] = {"code", "代码", NULL};
static const char *const r_name_zh[] = {"name_zh", "name", "名称",
                                        "中文名称", NULL};
static const char *const r_name_en[] = {"name_en", "英文名称", NULL};
static const char *const r_aliases[] = {"aliases", "alias", "别名", NULL};
static const char *const r_unit[] = {"unit", "单位", NULL};
static const char *const r_basis[] = {"growth_basis", "basis", "增速口径",
                                      NULL};
static const char *const r_direction[] = {"direction", "方向", NULL};
static const char *const r_measure[] = {"measure", "类型", NULL};
static const char *const r_group[] = {"group", "分组", NULL};

static const char *const *const r_names[R_COUNT_] = {
    r_code,  r_name_zh,   r_name_en,  r_aliases, r_unit,
    r_basis, r_direction, r_measure,  r_group,
};

/* One row, its strings owned. */
typedef struct entry {
    ei_indicator ind;
    char **aliases; /* NULL-terminated */
    char *strings;  /* the row's text, which ind and aliases point into */
} entry;

typedef struct loader {
    const ei_registry *reg;
    ei_registry *scratch;
    long col[R_COUNT_];
    size_t ncols;
    entry *entries;
    size_t n, cap;
} loader;

static void entry_free(entry *e)
{
    free(e->aliases);
    free(e->strings);
}

static int header(loader *l, const ei_csv_row *row, ei_error *err)
{
    l->ncols = row->n;
    for (size_t c = 0; c < R_COUNT_; c++)
        l->col[c] = -1;
    for (size_t i = 0; i < row->n; i++) {
        for (size_t j = 0; j < i; j++)
            if (row->fields[i].len &&
                ei_csv_name_equal(&row->fields[j], &row->fields[i]))
                return ei_csv_row_error(err, row, i, EI_EPARSE,
                                        "duplicate column \"%s\" (also "
                                        "field %zu)",
                                        row->fields[i].text, j + 1);
        for (size_t c = 0; c < R_COUNT_; c++)
            if (ei_csv_name_match(&row->fields[i], r_names[c])) {
                if (l->col[c] >= 0)
                    return ei_csv_row_error(
                        err, row, i, EI_EPARSE,
                        "duplicate column \"%s\": field %ld is the %s "
                        "column already",
                        row->fields[i].text, l->col[c] + 1, r_names[c][0]);
                l->col[c] = (long)i;
            }
    }
    if (l->col[R_CODE] < 0)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                "missing required column \"code\" (or 代码)");
    if (l->col[R_NAME_ZH] < 0)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                                "missing required column \"name_zh\" (or "
                                "name, 名称, 中文名称)");
    return EI_OK;
}

/* A word of a column to an enum value; -1 if unknown. */
static int word(const ei_csv_field *f, const char *const *words,
                const int *values)
{
    for (size_t i = 0; words[i]; i++) {
        const char *w[] = {words[i], NULL};
        if (ei_csv_name_match(f, w))
            return values[i];
    }
    return -1;
}

static const char *const basis_words[] = {"", "unknown", "current", "现价",
                                          "comparable", "可比价", NULL};
static const int basis_values[] = {EI_BASIS_UNKNOWN, EI_BASIS_UNKNOWN,
                                   EI_BASIS_CURRENT, EI_BASIS_CURRENT,
                                   EI_BASIS_COMPARABLE, EI_BASIS_COMPARABLE};
static const char *const dir_words[] = {"", "unknown", "higher", "lower",
                                        "band", NULL};
static const int dir_values[] = {EI_DIRECTION_UNKNOWN, EI_DIRECTION_UNKNOWN,
                                 EI_DIRECTION_HIGHER, EI_DIRECTION_LOWER,
                                 EI_DIRECTION_BAND};
static const char *const measure_words[] = {"", "level", "ytd", "累计",
                                            "rate", "index", NULL};
static const int measure_values[] = {EI_MEASURE_LEVEL, EI_MEASURE_LEVEL,
                                     EI_MEASURE_YTD, EI_MEASURE_YTD,
                                     EI_MEASURE_RATE, EI_MEASURE_INDEX};

static const ei_csv_field *cell(const loader *l, const ei_csv_row *row,
                                int c)
{
    static const ei_csv_field none = {"", 0};
    return l->col[c] >= 0 ? &row->fields[l->col[c]] : &none;
}

/* Copy the row's fields into one block; fields[i] becomes block + off[i]. */
static char *copy_fields(const ei_csv_row *row, size_t *off)
{
    size_t total = 0;
    for (size_t i = 0; i < row->n; i++)
        total += row->fields[i].len + 1;
    char *b = malloc(total ? total : 1);
    if (!b)
        return NULL;
    size_t at = 0;
    for (size_t i = 0; i < row->n; i++) {
        const char *t;
        size_t n = ei_csv_trim(&row->fields[i], &t);
        memcpy(b + at, t, n);
        b[at + n] = '\0';
        off[i] = at;
        at += row->fields[i].len + 1;
    }
    return b;
}

/* Split the aliases text in place at '|' and ';' into a NULL-terminated
 * list of non-empty, trimmed names. */
static char **split_aliases(char *s)
{
    size_t n = 1;
    for (char *p = s; *p; p++)
        n += *p == '|' || *p == ';';
    char **list = calloc(n + 1, sizeof *list);
    if (!list)
        return NULL;
    size_t k = 0;
    for (char *p = s;;) {
        char *end = p + strcspn(p, "|;");
        char last = *end;
        *end = '\0';
        while (*p == ' ')
            p++;
        for (char *q = end; q > p && q[-1] == ' ';)
            *--q = '\0';
        if (*p)
            list[k++] = p;
        if (!last)
            break;
        p = end + 1;
    }
    return list;
}

static int check_free(const loader *l, const ei_csv_row *row, int c,
                      const char *name, ei_error *err)
{
    if (!name || !*name || !ei_registry_find(l->reg, name))
        return EI_OK;
    return ei_csv_row_error(err, row, (size_t)l->col[c], EI_ECONFLICT,
                            "%s: \"%s\" names an indicator already "
                            "registered",
                            r_names[c][0], name);
}

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    loader *l = ctx;
    if (row->index == 0)
        return header(l, row, err);
    if (row->n != l->ncols)
        return ei_csv_row_error(err, row,
                                row->n > l->ncols ? l->ncols : row->n,
                                EI_EPARSE,
                                "row has %zu fields, the header %zu", row->n,
                                l->ncols);
    if (cell(l, row, R_CODE)->len == 0)
        return ei_csv_row_error(err, row, (size_t)l->col[R_CODE], EI_EPARSE,
                                "code: empty");
    int basis = word(cell(l, row, R_BASIS), basis_words, basis_values);
    if (basis < 0)
        return ei_csv_row_error(err, row, (size_t)l->col[R_BASIS], EI_EPARSE,
                                "growth_basis: \"%s\" is not current or "
                                "comparable",
                                cell(l, row, R_BASIS)->text);
    int dir = word(cell(l, row, R_DIRECTION), dir_words, dir_values);
    if (dir < 0)
        return ei_csv_row_error(err, row, (size_t)l->col[R_DIRECTION],
                                EI_EPARSE,
                                "direction: \"%s\" is not higher, lower or "
                                "band",
                                cell(l, row, R_DIRECTION)->text);
    int measure = word(cell(l, row, R_MEASURE), measure_words,
                       measure_values);
    if (measure < 0)
        return ei_csv_row_error(err, row, (size_t)l->col[R_MEASURE],
                                EI_EPARSE,
                                "measure: \"%s\" is not level, ytd, rate or "
                                "index",
                                cell(l, row, R_MEASURE)->text);
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        entry *ne = realloc(l->entries, cap * sizeof *ne);
        if (!ne)
            return ei_csv_row_error(err, row, (size_t)-1, EI_ENOMEM,
                                    "out of memory");
        l->entries = ne;
        l->cap = cap;
    }
    size_t off[EI_CSV_COLUMNS_MAX];
    entry e;
    memset(&e, 0, sizeof e);
    e.strings = copy_fields(row, off);
    if (!e.strings)
        return ei_csv_row_error(err, row, (size_t)-1, EI_ENOMEM,
                                "out of memory");
#define STR(c) (l->col[c] >= 0 ? e.strings + off[l->col[c]] : "")
    e.ind.code = STR(R_CODE);
    e.ind.name_zh = STR(R_NAME_ZH);
    e.ind.name_en = STR(R_NAME_EN);
    e.ind.unit = STR(R_UNIT);
    e.ind.group = STR(R_GROUP);
#undef STR
    e.ind.growth_basis = (ei_basis)basis;
    e.ind.direction = (ei_direction)dir;
    e.ind.measure = (ei_measure)measure;
    char none[1] = "";
    e.aliases = split_aliases(l->col[R_ALIASES] >= 0
                                  ? e.strings + off[l->col[R_ALIASES]]
                                  : none);
    if (!e.aliases) {
        entry_free(&e);
        return ei_csv_row_error(err, row, (size_t)-1, EI_ENOMEM,
                                "out of memory");
    }
    int rc = check_free(l, row, R_CODE, e.ind.code, err);
    if (!rc)
        rc = check_free(l, row, R_NAME_ZH, e.ind.name_zh, err);
    if (!rc)
        rc = check_free(l, row, R_NAME_EN, e.ind.name_en, err);
    for (size_t i = 0; !rc && e.aliases[i]; i++)
        rc = check_free(l, row, R_ALIASES, e.aliases[i], err);
    if (!rc) {
        /* the scratch registry catches conflicts between rows */
        ei_error e2;
        ei_error_clear(&e2);
        rc = ei_registry_add(l->scratch, &e.ind,
                             (const char *const *)e.aliases, &e2);
        if (rc)
            ei_csv_row_error(err, row, (size_t)l->col[R_CODE], rc, "%s",
                             e2.text[0] ? e2.text : ei_strerror(rc));
    }
    if (rc) {
        entry_free(&e);
        return rc;
    }
    l->entries[l->n++] = e;
    return EI_OK;
}

int ei_registry_load_csv(ei_registry *reg, const char *path, ei_error *err)
{
    if (!reg || !path)
        return ei_error_set(err, EI_EINVAL, "NULL registry or path");
    loader l;
    memset(&l, 0, sizeof l);
    l.reg = reg;
    int rc = ei_registry_new_empty(&l.scratch, err);
    if (rc)
        return rc;
    rc = ei_csv_rows_read_file(path, NULL, on_row, &l, err);
    if (rc == EI_OK && l.ncols == 0)
        rc = ei_error_set_at(err, EI_EPARSE, path, 1, 1,
                             "empty file: no header row");
    /* every row was checked: adding can only fail for want of memory */
    for (size_t i = 0; rc == EI_OK && i < l.n; i++)
        rc = ei_registry_add(reg, &l.entries[i].ind,
                             (const char *const *)l.entries[i].aliases, err);
    for (size_t i = 0; i < l.n; i++)
        entry_free(&l.entries[i]);
    free(l.entries);
    ei_registry_free(l.scratch);
    return rc;
}
