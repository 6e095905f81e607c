/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The table container. Cells live in one array (rows * cols); every string
 * a cell shows (text, formatted number, "[reason]") lives in a chunked
 * arena that never moves, so ei_table_cell_text() pointers stay valid until
 * the table is freed and numbers cost no malloc of their own. */
#include "econind/table.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "fmt_double.h"

#define CHUNK_MIN 4096

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    char data[];
} chunk;

/* 24 bytes on LP64: the value, the shown text, the kind and reason. */
typedef struct cell {
    double value;      /* NUMBER: the value; otherwise NaN */
    const char *text;  /* shown text, NUL-terminated (arena or "") */
    uint8_t kind;      /* ei_cell_kind */
    uint8_t reason;    /* MISSING: ei_reason */
} cell;

struct ei_table {
    size_t ncol, nrow, cap_rows;
    char **names;
    cell *cells;       /* nrow * ncol, row-major */
    chunk *arena;      /* newest first */
};

static const cell empty_cell = {(double)NAN, "", EI_CELL_EMPTY, EI_REASON_NONE};

/* Copy len bytes of s into the arena, NUL-terminated. */
static char *arena_copy(ei_table *t, const char *s, size_t len)
{
    chunk *c = t->arena;
    if (!c || c->cap - c->used < len + 1) {
        size_t cap = len + 1 > CHUNK_MIN ? len + 1 : CHUNK_MIN;
        c = malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->next = t->arena;
        c->used = 0;
        c->cap = cap;
        t->arena = c;
    }
    char *p = c->data + c->used;
    memcpy(p, s, len);
    p[len] = '\0';
    c->used += len + 1;
    return p;
}

void ei_table_free(ei_table *t)
{
    if (!t)
        return;
    if (t->names)
        for (size_t i = 0; i < t->ncol; i++)
            free(t->names[i]);
    free(t->names);
    free(t->cells);
    for (chunk *c = t->arena, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(t);
}

/* Whether name is "<col>_reason", which CSV and JSON use for col's
 * reasons. */
static bool is_reason_of(const char *name, const char *col)
{
    size_t n = strlen(col);
    return strncmp(name, col, n) == 0 && strcmp(name + n, "_reason") == 0;
}

int ei_table_new(ei_table **out, const char *const *names, size_t ncol,
                 ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "table: no output pointer");
    *out = NULL;
    if (!names || ncol == 0)
        return ei_error_set(err, EI_EINVAL, "table: no columns");
    for (size_t i = 0; i < ncol; i++) {
        if (!names[i])
            return ei_error_set(err, EI_EINVAL,
                                "table: column %zu has no name", i + 1);
        for (size_t j = 0; j < i; j++)
            if (strcmp(names[i], names[j]) == 0)
                return ei_error_set(err, EI_EINVAL,
                                    "table: duplicate column name '%s'",
                                    names[i]);
    }
    for (size_t i = 0; i < ncol; i++)
        for (size_t j = 0; j < ncol; j++)
            if (is_reason_of(names[i], names[j]))
                return ei_error_set(err, EI_EINVAL,
                                    "table: column '%s' would clash with the "
                                    "reason column of '%s'",
                                    names[i], names[j]);
    ei_table *t = calloc(1, sizeof *t);
    if (!t || !(t->names = calloc(ncol, sizeof *t->names))) {
        free(t);
        return ei_error_set(err, EI_ENOMEM, "table: out of memory");
    }
    t->ncol = ncol;
    for (size_t i = 0; i < ncol; i++) {
        size_t n = strlen(names[i]) + 1;
        if (!(t->names[i] = malloc(n))) {
            ei_table_free(t);
            return ei_error_set(err, EI_ENOMEM, "table: out of memory");
        }
        memcpy(t->names[i], names[i], n);
    }
    *out = t;
    return EI_OK;
}

int ei_table_add_row(ei_table *t, size_t *row, ei_error *err)
{
    if (!t)
        return ei_error_set(err, EI_EINVAL, "table: NULL table");
    if (t->nrow == t->cap_rows) {
        size_t cap = t->cap_rows ? t->cap_rows * 2 : 16;
        if (cap > SIZE_MAX / sizeof(cell) / t->ncol)
            return ei_error_set(err, EI_ENOMEM, "table: too many rows");
        cell *cells = realloc(t->cells, cap * t->ncol * sizeof *cells);
        if (!cells)
            return ei_error_set(err, EI_ENOMEM, "table: out of memory");
        t->cells = cells;
        t->cap_rows = cap;
    }
    cell *r = t->cells + t->nrow * t->ncol;
    for (size_t i = 0; i < t->ncol; i++)
        r[i] = empty_cell;
    if (row)
        *row = t->nrow;
    t->nrow++;
    return EI_OK;
}

/* The cell at (row, col), or NULL (and err filled) if out of range. */
static cell *cell_at(ei_table *t, size_t row, size_t col, ei_error *err)
{
    if (!t) {
        ei_error_set(err, EI_EINVAL, "table: NULL table");
        return NULL;
    }
    if (row >= t->nrow || col >= t->ncol) {
        ei_error_set(err, EI_EINVAL,
                     "table: cell (%zu, %zu) outside %zu rows, %zu columns",
                     row, col, t->nrow, t->ncol);
        return NULL;
    }
    return t->cells + row * t->ncol + col;
}

static const cell *cell_get(const ei_table *t, size_t row, size_t col)
{
    if (!t || row >= t->nrow || col >= t->ncol)
        return NULL;
    return t->cells + row * t->ncol + col;
}

/* Store len bytes of s as c's shown text. */
static int set_shown(ei_table *t, cell *c, const char *s, size_t len,
                     ei_error *err)
{
    const char *p = arena_copy(t, s, len);
    if (!p)
        return ei_error_set(err, EI_ENOMEM, "table: out of memory");
    c->text = p;
    return EI_OK;
}

int ei_table_set_text(ei_table *t, size_t row, size_t col, const char *text,
                      ei_error *err)
{
    cell *c = cell_at(t, row, col, err);
    if (!c)
        return EI_EINVAL;
    if (!text) {
        *c = empty_cell;
        return EI_OK;
    }
    int rc = set_shown(t, c, text, strlen(text), err);
    if (rc)
        return rc;
    c->value = (double)NAN;
    c->kind = EI_CELL_TEXT;
    c->reason = EI_REASON_NONE;
    return EI_OK;
}

int ei_table_set_number(ei_table *t, size_t row, size_t col, double value,
                        int decimals, ei_error *err)
{
    cell *c = cell_at(t, row, col, err);
    if (!c)
        return EI_EINVAL;
    if (isnan(value))
        return ei_table_set_missing(t, row, col, EI_REASON_MISSING, err);
    if (isinf(value))
        return ei_error_set(err, EI_EINVAL,
                            "table: infinite number in cell (%zu, %zu)", row,
                            col);
    if (decimals < EI_DECIMALS_FULL || decimals > EI_DECIMALS_MAX)
        return ei_error_set(err, EI_EINVAL,
                            "table: %d decimals (allowed -1 to %d)", decimals,
                            EI_DECIMALS_MAX);
    /* %.17f of 1e308 needs 327 bytes. */
    char buf[EI_FMT_DOUBLE_MAX + 330];
    int n = decimals == EI_DECIMALS_FULL
                ? ei_fmt_double(buf, value)
                : ei_fmt_fixed(buf, sizeof buf, value, decimals);
    if (n < 0 || (size_t)n >= sizeof buf)
        return ei_error_set(err, EI_ERANGE, "table: number too long");
    int rc = set_shown(t, c, buf, ei_fmt_c_point(buf), err);
    if (rc)
        return rc;
    c->value = value;
    c->kind = EI_CELL_NUMBER;
    c->reason = EI_REASON_NONE;
    return EI_OK;
}

int ei_table_set_missing(ei_table *t, size_t row, size_t col, ei_reason why,
                         ei_error *err)
{
    cell *c = cell_at(t, row, col, err);
    if (!c)
        return EI_EINVAL;
    if (why <= EI_REASON_NONE || why >= EI_REASON_COUNT_)
        return ei_error_set(err, EI_EINVAL, "table: %d is not a reason",
                            (int)why);
    char buf[64];
    int n = snprintf(buf, sizeof buf, "[%s]", ei_reason_code(why));
    if (n < 0 || (size_t)n >= sizeof buf)
        return ei_error_set(err, EI_ERANGE, "table: reason code too long");
    int rc = set_shown(t, c, buf, (size_t)n, err);
    if (rc)
        return rc;
    c->value = (double)NAN;
    c->kind = EI_CELL_MISSING;
    c->reason = (uint8_t)why;
    return EI_OK;
}

size_t ei_table_rows(const ei_table *t)
{
    return t ? t->nrow : 0;
}

size_t ei_table_cols(const ei_table *t)
{
    return t ? t->ncol : 0;
}

const char *ei_table_col_name(const ei_table *t, size_t col)
{
    return t && col < t->ncol ? t->names[col] : NULL;
}

ei_cell_kind ei_table_cell_kind(const ei_table *t, size_t row, size_t col)
{
    const cell *c = cell_get(t, row, col);
    return c ? (ei_cell_kind)c->kind : EI_CELL_EMPTY;
}

const char *ei_table_cell_text(const ei_table *t, size_t row, size_t col)
{
    const cell *c = cell_get(t, row, col);
    return c ? c->text : NULL;
}

double ei_table_cell_number(const ei_table *t, size_t row, size_t col)
{
    const cell *c = cell_get(t, row, col);
    return c ? c->value : (double)NAN;
}

ei_reason ei_table_cell_reason(const ei_table *t, size_t row, size_t col)
{
    const cell *c = cell_get(t, row, col);
    return c ? (ei_reason)c->reason : EI_REASON_NONE;
}
