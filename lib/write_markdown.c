/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A GitHub-flavoured Markdown table: cells as the text writer shows them,
 * unpadded (renderers align), numeric columns right-aligned. */
#include <stdbool.h>

#include "error_set.h"
#include "table_writers.h"

/* A pipe would end the cell and a line break the row. */
static void put_cell(FILE *fp, const char *s)
{
    putc(' ', fp);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '|')
            fputs("\\|", fp);
        else
            putc(c < 0x20 || c == 0x7F ? ' ' : c, fp);
    }
    fputs(" |", fp);
}

/* Numbers or missing cells and no text: aligned like the text writer. */
static bool numeric_column(const ei_table *t, size_t c)
{
    bool num = false;
    for (size_t r = 0; r < ei_table_rows(t); r++) {
        ei_cell_kind k = ei_table_cell_kind(t, r, c);
        if (k == EI_CELL_TEXT)
            return false;
        num = num || k == EI_CELL_NUMBER || k == EI_CELL_MISSING;
    }
    return num;
}

int ei_write_markdown(const ei_table *t, FILE *fp, ei_error *err)
{
    size_t nc = ei_table_cols(t), nr = ei_table_rows(t);
    (void)err;
    putc('|', fp);
    for (size_t c = 0; c < nc; c++)
        put_cell(fp, ei_table_col_name(t, c));
    fputs("\n|", fp);
    for (size_t c = 0; c < nc; c++)
        fputs(numeric_column(t, c) ? " ---: |" : " --- |", fp);
    putc('\n', fp);
    for (size_t r = 0; r < nr; r++) {
        putc('|', fp);
        for (size_t c = 0; c < nc; c++)
            put_cell(fp, ei_table_cell_text(t, r, c));
        putc('\n', fp);
    }
    return EI_OK;
}
