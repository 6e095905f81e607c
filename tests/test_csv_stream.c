/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A file span read in blocks (lib/csv_stream.c) against the same text
 * read from memory. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv_rows.h"

/* Rows of a span, as "line@offset|f1|f2...": lines relative to the span,
 * offsets in the whole input. */
typedef struct span_rows {
    char out[8192];
    size_t len;
} span_rows;

static int span_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    (void)err;
    span_rows *c = ctx;
    c->len += (size_t)snprintf(c->out + c->len, sizeof c->out - c->len,
                               "%lu@%lld", row->line, row->raw_offset);
    for (size_t i = 0; i < row->n; i++) {
        c->out[c->len++] = '|';
        for (const char *t = row->fields[i].text; *t; t++)
            c->out[c->len++] = *t == '\n' ? '~' : *t; /* one row a line */
    }
    c->out[c->len++] = '\n';
    c->out[c->len] = '\0';
    return EI_OK;
}

/* A file read in blocks of any size gives the rows read from memory; two
 * spans cut anywhere each find the same line start, so together they give
 * every row once, with the second's lines counted after the first's.
 * Line ends LF, CR LF and lone CR, a quoted line end, a BOM's 3 bytes
 * before the text. */
static void file_spans_in_blocks(void **state)
{
    (void)state;
    const char *text = "a,b\r\n1,\"x\ny\"\r\n2,z\r3,w\n\n4,\"long long "
                       "long long field\"\n5,v";
    size_t len = strlen(text);
    char path[] = "/tmp/ei_span_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "\xEF\xBB\xBF", 3), 3);
    assert_int_equal(write(fd, text, len), (ssize_t)len);
    ei_csv_span mem;
    memset(&mem, 0, sizeof mem);
    mem.fd = -1;
    mem.name = "s.csv";
    mem.text = text;
    mem.len = len;
    mem.base = 3;
    mem.delim = ',';
    mem.to = len;
    span_rows want = {"", 0};
    assert_int_equal(ei_csv_rows_read_span(&mem, span_row, &want, NULL),
                     EI_OK);
    assert_int_equal(mem.lines, 7); /* seven line ends, the last line open */
    static const size_t blocks[] = {1, 2, 5, 16, 4096};
    for (size_t bi = 0; bi < sizeof blocks / sizeof *blocks; bi++) {
        ei_csv_span f = mem;
        f.text = NULL;
        f.fd = fd;
        f.block = blocks[bi];
        span_rows got = {"", 0};
        assert_int_equal(ei_csv_rows_read_span(&f, span_row, &got, NULL),
                         EI_OK);
        assert_string_equal(got.out, want.out);
        assert_int_equal(f.lines, mem.lines);
    }
    /* every cut: two spans; a cut inside the quoted line end leaves the
     * first one open */
    for (size_t cut = 1; cut < len; cut++) {
        ei_csv_span a = mem, b = mem;
        a.text = b.text = NULL;
        a.fd = b.fd = fd;
        a.block = b.block = 4;
        a.to = b.from = cut;
        span_rows ga = {"", 0}, gb = {"", 0};
        assert_int_equal(ei_csv_rows_read_span(&a, span_row, &ga, NULL),
                         EI_OK);
        if (a.open)
            continue;
        assert_int_equal(ei_csv_rows_read_span(&b, span_row, &gb, NULL),
                         EI_OK);
        assert_int_equal(b.from, a.to);
        /* b's lines are relative: shift them by a's */
        char joined[8192];
        size_t n = (size_t)snprintf(joined, sizeof joined, "%s", ga.out);
        for (char *p = gb.out; *p;) {
            char *e = strchr(p, '\n');
            unsigned long line = strtoul(p, &p, 10);
            n += (size_t)snprintf(joined + n, sizeof joined - n, "%lu%.*s",
                                  line + a.lines, (int)(e - p + 1), p);
            p = e + 1;
        }
        if (strcmp(joined, want.out))
            fail_msg("cut %zu:\n%s\nwant:\n%s", cut, joined, want.out);
    }
    close(fd);
    remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(file_spans_in_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
