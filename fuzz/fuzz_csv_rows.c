/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the private row splitter every reader goes through
 * (lib/csv_rows.h): BOM, encodings, line ends, delimiter detection, limits.
 * Checked: fields are NUL-terminated at their length, rows stay within
 * EI_CSV_COLUMNS_MAX and fields within EI_CSV_FIELD_MAX, row indexes count
 * up from 0, lines never go back, and ei_csv_row_error() can point at any
 * field, the record start and past the end. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"

#define CHECK(c)                                                             \
    do {                                                                     \
        if (!(c))                                                            \
            abort();                                                         \
    } while (0)

typedef struct state {
    unsigned long next_index;
    unsigned long last_line;
    unsigned stop_at; /* stop the read at this row (tests early stop) */
} state;

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    state *st = ctx;
    CHECK(row->index == st->next_index);
    st->next_index++;
    CHECK(row->line >= st->last_line && row->line >= 1);
    st->last_line = row->line;
    CHECK(row->n >= 1 && row->n <= EI_CSV_COLUMNS_MAX);
    for (size_t i = 0; i < row->n; i++) {
        const ei_csv_field *f = &row->fields[i];
        CHECK(f->len <= EI_CSV_FIELD_MAX);
        CHECK(f->text[f->len] == '\0');
    }
    ei_error e;
    size_t pick[] = {0, row->n / 2, row->n - 1, row->n, (size_t)-1};
    for (size_t k = 0; k < sizeof pick / sizeof pick[0]; k++) {
        int rc = ei_csv_row_error(&e, row, pick[k], EI_EPARSE, "field %zu",
                                  pick[k]);
        /* a quoted field may start on a later line of its record */
        CHECK(rc == EI_EPARSE && e.line >= row->line && e.column >= 1);
        CHECK(memchr(e.text, '\0', sizeof e.text) != NULL);
    }
    static const char *const names[] = {"indicator", "指标", NULL};
    (void)ei_csv_header_find(row, names);
    if (st->stop_at && row->index + 1 == st->stop_at)
        return ei_csv_row_error(err, row, 0, EI_EINVAL, "stop");
    return EI_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    data++, size--;
    char *buf = malloc(size ? size : 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    static const char delims[] = {0, ',', ';', '\t'};
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.encoding = (ei_encoding)(sel % 3);
    o.delimiter = delims[(sel / 3) & 3];
    state st = {0, 0, (sel >> 4) & 7};
    ei_error e;
    int rc = ei_csv_rows_read_buffer("fuzz.csv", buf, size, &o, on_row, &st,
                                     &e);
    if (rc != EI_OK) {
        CHECK(rc < 0 && e.code == rc);
        CHECK(memchr(e.text, '\0', sizeof e.text) != NULL);
    }
    free(buf);
    return 0;
}
