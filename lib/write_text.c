/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Aligned plain text for a terminal: header, rule, rows; widths in display
 * cells so Chinese names line up. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "table_writers.h"

static void put_spaces(FILE *fp, size_t n)
{
    while (n--)
        putc(' ', fp);
}

/* Write s with control characters as spaces: each counted 1 cell wide by
 * ei_text_width(), so the padding stays right. */
static void put_clean(FILE *fp, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        putc(c < 0x20 || c == 0x7F ? ' ' : c, fp);
    }
}

/* One line of nc fields padded to their widths, separated by two spaces,
 * ending after the last non-empty field so that no line has trailing
 * spaces. */
static void put_line(FILE *fp, size_t nc, const char *const *field,
                     const bool *right, const size_t *width)
{
    size_t end = nc;
    while (end > 0 && field[end - 1][0] == '\0')
        end--;
    for (size_t c = 0; c < end; c++) {
        size_t sw = ei_text_width(field[c], strlen(field[c]));
        size_t pad = width[c] > sw ? width[c] - sw : 0;
        if (c)
            fputs("  ", fp);
        if (right[c])
            put_spaces(fp, pad);
        put_clean(fp, field[c]);
        if (!right[c] && c + 1 < end)
            put_spaces(fp, pad);
    }
    putc('\n', fp);
}

int ei_write_text(const ei_table *t, FILE *fp, ei_error *err)
{
    size_t nc = ei_table_cols(t), nr = ei_table_rows(t);
    size_t *width = calloc(nc, sizeof *width);
    bool *numeric = calloc(nc, sizeof *numeric); /* numbers and no text */
    bool *right = calloc(nc, sizeof *right);
    const char **field = calloc(nc, sizeof *field);
    if (!width || !numeric || !right || !field) {
        free(width);
        free(numeric);
        free(right);
        free(field);
        return ei_error_set(err, EI_ENOMEM, "table: out of memory");
    }
    for (size_t c = 0; c < nc; c++) {
        const char *name = ei_table_col_name(t, c);
        bool has_text = false;
        width[c] = ei_text_width(name, strlen(name));
        for (size_t r = 0; r < nr; r++) {
            const char *s = ei_table_cell_text(t, r, c);
            size_t w = ei_text_width(s, strlen(s));
            if (w > width[c])
                width[c] = w;
            ei_cell_kind k = ei_table_cell_kind(t, r, c);
            if (k == EI_CELL_TEXT)
                has_text = true;
            else if (k == EI_CELL_NUMBER || k == EI_CELL_MISSING)
                numeric[c] = true;
        }
        numeric[c] = numeric[c] && !has_text;
        field[c] = name;
    }
    put_line(fp, nc, field, numeric, width);
    for (size_t c = 0; c < nc; c++) {
        if (c)
            fputs("  ", fp);
        for (size_t i = 0; i < width[c]; i++)
            putc('-', fp);
    }
    putc('\n', fp);
    for (size_t r = 0; r < nr; r++) {
        for (size_t c = 0; c < nc; c++) {
            ei_cell_kind k = ei_table_cell_kind(t, r, c);
            field[c] = ei_table_cell_text(t, r, c);
            right[c] = k == EI_CELL_NUMBER || k == EI_CELL_MISSING;
        }
        put_line(fp, nc, field, right, width);
    }
    free(width);
    free(numeric);
    free(right);
    free(field);
    return EI_OK;
}
