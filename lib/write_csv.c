/* SPDX-License-Identifier: GPL-3.0-or-later */
/* RFC 4180 CSV through libcsv. A column with missing cells is followed by a
 * `<name>_reason` column, so a reader gets both the gap and its cause. */
#include <csv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "fmt_double.h"
#include "table_writers.h"

/* Quote a field holding a delimiter, quote or line break, and one with
 * leading or trailing blanks, which libcsv-based readers (ours) trim. */
static bool needs_quotes(const char *s, size_t n)
{
    if (n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' ||
              s[n - 1] == '\t'))
        return true;
    return strpbrk(s, ",\"\r\n") != NULL;
}

static void put_field(FILE *fp, bool first, const char *s)
{
    size_t n = strlen(s);
    if (!first)
        putc(',', fp);
    if (needs_quotes(s, n))
        csv_fwrite(fp, s, n);
    else
        fwrite(s, 1, n, fp);
}

int ei_write_csv(const ei_table *t, FILE *fp, ei_error *err)
{
    size_t nc = ei_table_cols(t), nr = ei_table_rows(t);
    bool *has_missing = calloc(nc, sizeof *has_missing);
    if (!has_missing)
        return ei_error_set(err, EI_ENOMEM, "csv: out of memory");
    for (size_t c = 0; c < nc; c++)
        for (size_t r = 0; r < nr && !has_missing[c]; r++)
            has_missing[c] = ei_table_cell_kind(t, r, c) == EI_CELL_MISSING;

    for (size_t c = 0; c < nc; c++) {
        const char *name = ei_table_col_name(t, c);
        put_field(fp, c == 0, name);
        if (has_missing[c]) {
            size_t n = strlen(name);
            char *rname = malloc(n + sizeof "_reason");
            if (!rname) {
                free(has_missing);
                return ei_error_set(err, EI_ENOMEM, "csv: out of memory");
            }
            memcpy(rname, name, n);
            memcpy(rname + n, "_reason", sizeof "_reason");
            put_field(fp, false, rname);
            free(rname);
        }
    }
    fputs("\r\n", fp);

    for (size_t r = 0; r < nr; r++) {
        for (size_t c = 0; c < nc; c++) {
            char num[EI_FMT_DOUBLE_MAX];
            const char *s = "";
            switch (ei_table_cell_kind(t, r, c)) {
            case EI_CELL_TEXT:
                s = ei_table_cell_text(t, r, c);
                break;
            case EI_CELL_NUMBER:
                ei_fmt_double(num, ei_table_cell_number(t, r, c));
                s = num;
                break;
            case EI_CELL_EMPTY:
            case EI_CELL_MISSING:
                break;
            }
            if (nc == 1 && !has_missing[c] && !*s)
                fputs("\"\"", fp); /* a blank line would be no record */
            else
                put_field(fp, c == 0, s);
            if (has_missing[c]) {
                ei_reason why = ei_table_cell_reason(t, r, c);
                put_field(fp, false,
                          why == EI_REASON_NONE ? "" : ei_reason_code(why));
            }
        }
        fputs("\r\n", fp);
    }
    free(has_missing);
    return EI_OK;
}
