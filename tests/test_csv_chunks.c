/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cutting a text into pieces and reading them on threads
 * (lib/csv_chunks.c). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "csv_chunks.h"

/* Rows seen by one piece: their lines (relative to the piece) and first
 * fields. */
typedef struct seen {
    unsigned long lines[64];
    char first[64][16];
    size_t n;
} seen;

static int count_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    (void)err;
    seen *s = ctx;
    if (s->n < 64) {
        s->lines[s->n] = row->line;
        snprintf(s->first[s->n], sizeof s->first[0], "%s",
                 row->fields[0].text);
    }
    s->n++;
    return EI_OK;
}

/* Cuts fall just after a line feed, pieces cover the body without gap
 * and hold at least `min` bytes. */
static void split_at_line_feeds(void **state)
{
    (void)state;
    const char *t = "h\na,1\nb,2\nc,3\nd,4\ne,5\nf,6\n";
    size_t len = strlen(t);
    ei_csv_chunk c[4];
    size_t n = ei_csv_chunks_split(c, 4, t, 2, len, 4);
    assert_int_equal(n, 4);
    assert_int_equal(c[0].span.from, 2);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(c[i].span.fd, -1);
        if (i)
            assert_int_equal(c[i].span.from, c[i - 1].span.to);
        assert_int_equal(t[c[i].span.to - 1], '\n');
    }
    assert_int_equal(c[n - 1].span.to, len);
    /* too small for two pieces of 100 bytes: one */
    assert_int_equal(ei_csv_chunks_split(c, 4, t, 2, len, 100), 1);
    assert_int_equal(c[0].span.from, 2);
    assert_int_equal(c[0].span.to, len);
    /* no line feed after the aim: the first piece takes all */
    const char *one = "h\nxxxxxxxxxxxxxxxx";
    n = ei_csv_chunks_split(c, 2, one, 2, strlen(one), 1);
    assert_int_equal(c[0].span.to, strlen(one));
}

/* Every row is read once, by its piece, with lines counted per piece;
 * the line bases add the pieces before. Hand count: the header is line 1,
 * a..f lines 2..7. */
static void run_reads_every_piece(void **state)
{
    (void)state;
    const char *t = "h\na,1\nb,2\nc,3\nd,4\ne,5\nf,6\n";
    size_t len = strlen(t);
    ei_csv_chunk c[3];
    seen s[3];
    memset(s, 0, sizeof s);
    size_t n = ei_csv_chunks_split(c, 3, t, 2, len, 1);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++) {
        c[i].span.name = "t.csv";
        c[i].span.text = t;
        c[i].span.len = len;
        c[i].span.delim = ',';
        c[i].span.first_index = 1;
        c[i].ctx = &s[i];
    }
    ei_csv_chunks_run(c, n, count_row, NULL, len);
    ei_csv_chunks_line_base(c, n, 1);
    size_t rows = 0;
    char order[8] = "";
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(c[i].rc, EI_OK);
        assert_false(c[i].span.open);
        for (size_t k = 0; k < s[i].n; k++) {
            /* absolute line = base + relative line; a is line 2 */
            assert_int_equal(c[i].line0 + s[i].lines[k],
                             (unsigned long)(2 + rows));
            order[rows++] = s[i].first[k][0];
        }
    }
    assert_int_equal(rows, 6);
    assert_string_equal(order, "abcdef");
}

/* A cut inside a quoted field is seen (span.open) and a NUL byte stops a
 * piece before it is read. */
static void open_quotes_and_nul(void **state)
{
    (void)state;
    const char *t = "h\n\"x\ny\",1\n\"x\ny\",2\n\"x\ny\",3\n";
    size_t len = strlen(t);
    ei_csv_chunk c[4];
    seen s[4];
    memset(s, 0, sizeof s);
    size_t n = ei_csv_chunks_split(c, 4, t, 2, len, 1);
    for (size_t i = 0; i < n; i++) {
        c[i].span.name = "t.csv";
        c[i].span.text = t;
        c[i].span.len = len;
        c[i].span.delim = ',';
        c[i].ctx = &s[i];
    }
    ei_csv_chunks_run(c, n, count_row, NULL, len);
    bool open = false;
    for (size_t i = 0; i + 1 < n; i++)
        open = open || (c[i].rc == EI_OK && c[i].span.open);
    /* every line feed inside quotes: some cut falls in one */
    assert_true(open || n == 1);

    char nul[] = "h\na,1\nb,\0002\n";
    n = ei_csv_chunks_split(c, 1, nul, 2, sizeof nul - 1, 1);
    c[0].span.name = "t.csv";
    c[0].span.text = nul;
    c[0].span.len = sizeof nul - 1;
    c[0].span.delim = ',';
    memset(s, 0, sizeof s);
    c[0].ctx = &s[0];
    ei_csv_chunks_run(c, 1, count_row, NULL, sizeof nul - 1);
    assert_true(c[0].nul);
    assert_int_equal(s[0].n, 0);
}

static void threads_from_options(void **state)
{
    (void)state;
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    assert_true(ei_csv_chunks_threads(&o) >= 1);
    assert_true(ei_csv_chunks_threads(NULL) >= 1);
    o.threads = 1;
    assert_int_equal(ei_csv_chunks_threads(&o), 1);
    o.threads = 1000;
    assert_int_equal(ei_csv_chunks_threads(&o), EI_CSV_CHUNKS_MAX);
    /* a version 1 caller's struct has no threads field: not read */
    o.version = 1;
    o.threads = 1;
    assert_true(ei_csv_chunks_threads(&o) >= 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(split_at_line_feeds),
        cmocka_unit_test(run_reads_every_piece),
        cmocka_unit_test(open_quotes_and_nul),
        cmocka_unit_test(threads_from_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
