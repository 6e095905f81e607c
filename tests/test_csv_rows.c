/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_rows.c and lib/csv_text.c: bytes to located rows (see
 * also test_csv_stream.c, test_csv_row_error.c, test_csv_names.c). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "csv_rows.h"
#include "csv_text.h"
#include "econind/econind.h"

/* Every record seen, flattened as "line|f1|f2|..." lines. */
typedef struct collect {
    char out[4096];
    size_t len;
    unsigned long rows;
    int stop_at;       /* return EI_EINVAL at this index if > 0 */
} collect;

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    collect *c = ctx;
    if (c->stop_at > 0 && row->index == (unsigned long)c->stop_at)
        return ei_csv_row_error(err, row, 1, EI_EINVAL, "stop");
    assert_int_equal(row->index, c->rows);
    c->rows++;
    c->len += (size_t)snprintf(c->out + c->len, sizeof c->out - c->len,
                               "%lu", row->line);
    for (size_t i = 0; i < row->n; i++) {
        assert_int_equal(strlen(row->fields[i].text), row->fields[i].len);
        c->len += (size_t)snprintf(c->out + c->len, sizeof c->out - c->len,
                                   "|%s", row->fields[i].text);
    }
    c->len += (size_t)snprintf(c->out + c->len, sizeof c->out - c->len, "\n");
    return EI_OK;
}

static int parse(collect *c, const char *data, size_t len,
                 const ei_csv_options *opts, ei_error *err)
{
    memset(c, 0, sizeof *c);
    return ei_csv_rows_read_buffer("t.csv", data, len, opts, on_row, c, err);
}

#define PARSE_OK(c, lit, opts)                                               \
    do {                                                                     \
        ei_error e_;                                                         \
        int rc_ = parse((c), (lit), sizeof(lit) - 1, (opts), &e_);           \
        if (rc_ != EI_OK)                                                    \
            print_error("%s\n", e_.text);                                    \
        assert_int_equal(rc_, EI_OK);                                        \
    } while (0)

/* Formats err as line:column: text (the source is always t.csv). */
static const char *where(const ei_error *e)
{
    static char buf[512];
    snprintf(buf, sizeof buf, "%lu:%lu: %s", e->line, e->column, e->text);
    return buf;
}

#define PARSE_FAILS(lit, opts, code, expect)                                 \
    do {                                                                     \
        collect c_;                                                          \
        ei_error e_;                                                         \
        assert_int_equal(parse(&c_, (lit), sizeof(lit) - 1, (opts), &e_),    \
                         (code));                                            \
        assert_string_equal(where(&e_), (expect));                           \
        assert_string_equal(e_.source, "t.csv");                             \
    } while (0)

static void lines_and_quotes(void **state)
{
    (void)state;
    collect c;
    PARSE_OK(&c,
             "a,b,c\n"
             "1,\"x, y\",3\n"
             "\n"
             "2,\"two\nlines\",\"say \"\"hi\"\"\"\n"
             "  3 , 4 ,5\n"
             ",,\n"
             "6,7,8",
             NULL);
    assert_string_equal(c.out, "1|a|b|c\n"
                               "2|1|x, y|3\n"
                               "4|2|two\nlines|say \"hi\"\n"
                               "6|3|4|5\n"
                               "8|6|7|8\n");
}

static void line_ends(void **state)
{
    (void)state;
    collect c;
    PARSE_OK(&c, "a,b\r\n1,2\r\n\r\n3,4\r\n", NULL);
    assert_string_equal(c.out, "1|a|b\n2|1|2\n4|3|4\n");
    PARSE_OK(&c, "a,b\r1,2\r\r3,\"x\ry\"\r5,6", NULL);
    assert_string_equal(c.out, "1|a|b\n2|1|2\n4|3|x\ry\n6|5|6\n");
    /* mixed: LF, lone CR, CRLF */
    PARSE_OK(&c, "a\n1\r2\r\n3\n", NULL);
    assert_string_equal(c.out, "1|a\n2|1\n3|2\n4|3\n");
}

static void bom_and_delimiters(void **state)
{
    (void)state;
    collect c;
    PARSE_OK(&c, "\xEF\xBB\xBFregion;value\nA;1,5\n", NULL);
    assert_string_equal(c.out, "1|region|value\n2|A|1,5\n");
    PARSE_OK(&c, "region\tvalue\tnote\nA\t1,234\t\"x\ty\"\n", NULL);
    assert_string_equal(c.out, "1|region|value|note\n2|A|1,234|x\ty\n");
    /* a semicolon inside quotes does not count */
    PARSE_OK(&c, "\"a;b;c\",d\n1,2\n", NULL);
    assert_string_equal(c.out, "1|a;b;c|d\n2|1|2\n");
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.delimiter = '|';
    PARSE_OK(&c, "a|b,c\n1|2\n", &o);
    assert_string_equal(c.out, "1|a|b,c\n2|1|2\n");
    o.delimiter = '"';
    ei_error e;
    assert_int_equal(parse(&c, "a,b\n", 4, &o, &e), EI_EINVAL);
}

static void gbk(void **state)
{
    (void)state;
    collect c;
    /* 地区,指标 / 汉阳,GDP in GBK (iconv -t GBK) */
    static const char gbk_text[] =
        "\xB5\xD8\xC7\xF8,\xD6\xB8\xB1\xEA\n\xBA\xBA\xD1\xF4,GDP\n";
    PARSE_OK(&c, gbk_text, NULL);
    assert_string_equal(c.out, "1|地区|指标\n2|汉阳|GDP\n");
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.encoding = EI_ENCODING_GBK;
    PARSE_OK(&c, gbk_text, &o);
    assert_string_equal(c.out, "1|地区|指标\n2|汉阳|GDP\n");
    /* declared UTF-8: the first GBK byte is the error */
    o.encoding = EI_ENCODING_UTF8;
    PARSE_FAILS(gbk_text, &o, EI_ENCODING, "1:1: invalid UTF-8 byte 0xB5");
    /* UTF-8 declared GBK converts as GBK: E6 B1 is one GBK character, then
     * 89 0A is no GBK pair */
    o.encoding = EI_ENCODING_GBK;
    PARSE_FAILS("ab\n汉\n", &o, EI_ENCODING,
                "2:2: invalid GBK byte 0x89");
    /* bad in both: located at the first bad UTF-8 byte */
    PARSE_FAILS("a,b\n1,\xC3(\n", NULL, EI_ENCODING,
                "2:3: invalid UTF-8 byte 0xC3");
}

static void nul_byte(void **state)
{
    (void)state;
    PARSE_FAILS("a,b\n12345678,\0x\n", NULL, EI_EPARSE,
                "2:10: NUL byte in text (is this a binary or UTF-16 file?)");
    PARSE_FAILS("区,\0", NULL, EI_EPARSE,
                "1:3: NUL byte in text (is this a binary or UTF-16 file?)");
}

static void strict_errors(void **state)
{
    (void)state;
    PARSE_FAILS("a,b\n1,\"abc\n2,3\n", NULL, EI_EPARSE,
                "2:3: unterminated quoted field");
    PARSE_FAILS("a,b\n1,ab\"c\n", NULL, EI_EPARSE,
                "2:5: quote inside an unquoted field");
    PARSE_FAILS("a,b\n区,\"ab\"c\n", NULL, EI_EPARSE,
                "2:7: unexpected text after a closing quote");
}

static void limits(void **state)
{
    (void)state;
    size_t big = EI_CSV_FIELD_MAX + 1;
    char *data = malloc(big + 64);
    assert_non_null(data);
    size_t n = (size_t)sprintf(data, "a,b\n区,");
    memset(data + n, 'x', big);
    n += big;
    memcpy(data + n, "\n", 1);
    n++;
    collect c;
    ei_error e;
    assert_int_equal(parse(&c, data, n, NULL, &e), EI_ERANGE);
    assert_string_equal(where(&e), "2:3: field longer than 1048576 bytes");
    assert_int_equal(e.offset, 8); /* "a,b\n" + 区 (3 bytes) + "," */
    /* a runaway quote is cut short at the limit */
    n = (size_t)sprintf(data, "a,b\n1,\"");
    memset(data + n, 'x', big);
    n += big;
    assert_int_equal(parse(&c, data, n, NULL, &e), EI_ERANGE);
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 3);
    free(data);

    size_t cols = EI_CSV_COLUMNS_MAX + 1;
    data = malloc(cols * 2 + 2);
    assert_non_null(data);
    for (size_t i = 0; i < cols; i++) {
        data[2 * i] = 'a';
        data[2 * i + 1] = ',';
    }
    data[2 * cols - 1] = '\n';
    assert_int_equal(parse(&c, data, 2 * cols, NULL, &e), EI_ERANGE);
    assert_int_equal(e.line, 1);
    assert_int_equal(e.column, 2 * EI_CSV_COLUMNS_MAX + 1);
    free(data);
}

/* Field columns reported by ei_csv_row_error. */
static void callback_stops(void **state)
{
    (void)state;
    collect c;
    memset(&c, 0, sizeof c);
    c.stop_at = 2;
    ei_error e;
    assert_int_equal(ei_csv_rows_read_buffer("t.csv", "a,b\n1,2\n3,4\n5,6\n",
                                             16, NULL, on_row, &c, &e),
                     EI_EINVAL);
    assert_string_equal(where(&e), "3:3: stop");
    assert_int_equal(c.rows, 2);
}

static void progress_cb(void *ctx, size_t done, size_t total)
{
    size_t *last = ctx;
    assert_true(done <= total);
    assert_true(done >= *last);
    *last = done;
}

static void empty_and_progress(void **state)
{
    (void)state;
    collect c;
    PARSE_OK(&c, "", NULL);
    assert_int_equal(c.rows, 0);
    PARSE_OK(&c, "\n\r\n  \n", NULL);
    assert_int_equal(c.rows, 0);
    size_t last = 0;
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.on_progress = progress_cb;
    o.progress_ctx = &last;
    PARSE_OK(&c, "a,b\n1,2\n", &o);
    assert_int_equal(last, 8);
}

static void files(void **state)
{
    (void)state;
    ei_error e;
    collect c;
    memset(&c, 0, sizeof c);
    assert_int_equal(ei_csv_rows_read_file("/nonexistent/x.csv", NULL, on_row,
                                           &c, &e),
                     EI_EIO);
    assert_string_equal(e.source, "/nonexistent/x.csv");
    const char *src = getenv("SRCDIR");
    assert_non_null(src);
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/gbk_long.csv", src);
    assert_int_equal(ei_csv_rows_read_file(path, NULL, on_row, &c, &e),
                     EI_OK);
    assert_non_null(strstr(c.out, "1|地区|指标|时期|数值|单位|增速|状态|来源|备注\n"));
}

/* ---- fields exactly as libcsv gives them ------------------------------ */

/* Rows as "f1|f2|...\n" (fields with '|' and line ends escaped). */
typedef struct flat {
    char *s;
    size_t len, cap;
    size_t nfields;
    bool row_open;
} flat;

static void flat_put(flat *f, const char *p, size_t n)
{
    if (f->len + 2 * n + 4 > f->cap) {
        f->cap = (f->len + 2 * n + 4) * 2;
        f->s = realloc(f->s, f->cap);
        assert_non_null(f->s);
    }
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '|' || c == '\\' || c == '\n' || c == '\r')
            f->s[f->len++] = '\\';
        f->s[f->len++] = c == '\n' ? 'n' : c == '\r' ? 'r' : c;
    }
    f->s[f->len] = '\0';
}

/* One character as is: the separators of fields and rows. */
static void flat_raw(flat *f, char c)
{
    flat_put(f, "", 0);
    if (f->len + 2 > f->cap) {
        f->cap = (f->len + 2) * 2;
        f->s = realloc(f->s, f->cap);
        assert_non_null(f->s);
    }
    f->s[f->len++] = c;
    f->s[f->len] = '\0';
}

static int flat_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    (void)err;
    flat *f = ctx;
    for (size_t i = 0; i < row->n; i++) {
        if (i)
            flat_raw(f, '|');
        assert_int_equal(strlen(row->fields[i].text), row->fields[i].len);
        flat_put(f, row->fields[i].text, row->fields[i].len);
    }
    flat_raw(f, '\n');
    return EI_OK;
}

/* The reference: libcsv given the whole text at once, rows of empty
 * fields only dropped as the reader drops them. */
typedef struct ref {
    flat out;
    char **fields;
    size_t *lens;
    size_t n, cap;
} ref;

static void ref_field(void *data, size_t len, void *ctx)
{
    ref *r = ctx;
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 16;
        r->fields = realloc(r->fields, r->cap * sizeof *r->fields);
        r->lens = realloc(r->lens, r->cap * sizeof *r->lens);
        assert_non_null(r->fields);
        assert_non_null(r->lens);
    }
    r->fields[r->n] = malloc(len + 1);
    memcpy(r->fields[r->n], data ? data : "", len);
    r->lens[r->n++] = len;
}

static void ref_row(int c, void *ctx)
{
    (void)c;
    ref *r = ctx;
    bool empty = true;
    for (size_t i = 0; i < r->n; i++)
        empty = empty && r->lens[i] == 0;
    for (size_t i = 0; i < r->n && !empty; i++) {
        if (i)
            flat_raw(&r->out, '|');
        flat_put(&r->out, r->fields[i], r->lens[i]);
    }
    if (!empty)
        flat_raw(&r->out, '\n');
    for (size_t i = 0; i < r->n; i++)
        free(r->fields[i]);
    r->n = 0;
}

/* Compare the reader's fields with libcsv's on one text; texts the reader
 * changes first (BOM, not UTF-8) or refuses are left out. */
static bool same_fields(const char *text, size_t len)
{
    bool nul;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        return false;
    if (ei_utf8_scan(text, len, &nul) != len)
        return false;
    flat got = {NULL, 0, 0, 0, false};
    flat_put(&got, "", 0);
    if (ei_csv_rows_read_buffer("f.csv", text, len, NULL, flat_row, &got,
                                NULL) != EI_OK) {
        free(got.s);
        return false;
    }
    ref r;
    memset(&r, 0, sizeof r);
    flat_put(&r.out, "", 0);
    struct csv_parser p;
    assert_int_equal(csv_init(&p, CSV_STRICT | CSV_APPEND_NULL |
                                      CSV_STRICT_FINI), 0);
    csv_set_delim(&p, (unsigned char)ei_csv_detect_delimiter(text, len));
    assert_int_equal(csv_parse(&p, text, len, ref_field, ref_row, &r), len);
    assert_int_equal(csv_fini(&p, ref_field, ref_row, &r), 0);
    csv_free(&p);
    if (strcmp(got.s, r.out.s) != 0)
        fail_msg("fields differ for [%.*s]\n reader: [%s] %zu\n libcsv: [%s] %zu",
                 (int)(len < 200 ? len : 200), text, got.s, got.len, r.out.s, r.out.len);
    free(got.s);
    free(r.out.s);
    free(r.fields);
    free(r.lens);
    return true;
}

/* Every field the reader hands on is libcsv's, byte for byte, however the
 * field is written: plain, quoted, with blanks around or inside, empty,
 * across CR LF, LF and lone CR, quoted line ends, other delimiters. (The
 * reader copies plain fields from the text rather than from libcsv's
 * buffer: this is what shows the two agree.) */
static void fields_as_libcsv_gives_them(void **state)
{
    (void)state;
    static const char *const cells[] = {
        "a", "汉阳区", "", " ", " a", "a ", " a b ", "\"a\"", " \"a,b\" ",
        "\"a\"\"b\"", "\"多\n行\"", "\"\r\n\"", "7.80", "\t", "x\ty",
        "\"\"", "1,2", "地区生产总值地区生产总值地区生产总值12", ";"};
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    static const char delims[] = {',', ';', '\t'};
    uint64_t rng = 0x9E3779B97F4A7C15u;
    size_t compared = 0;
    for (int t = 0; t < 3000; t++) {
        char text[4096];
        size_t n = 0;
        char d = delims[t % 3];
        int rows = 1 + (int)(rng % 5);
        for (int r = 0; r < rows; r++) {
            int cols = 1 + (int)((rng >> 8) % 4);
            for (int c = 0; c < cols; c++) {
                rng = rng * 6364136223846793005u + 1442695040888963407u;
                const char *cell = cells[(rng >> 33) % (sizeof cells /
                                                        sizeof *cells)];
                if (c)
                    text[n++] = d;
                n += (size_t)snprintf(text + n, sizeof text - n, "%s", cell);
            }
            rng = rng * 6364136223846793005u + 1442695040888963407u;
            n += (size_t)snprintf(text + n, sizeof text - n, "%s",
                                  ends[(rng >> 40) % 3]);
        }
        if (t % 7 == 0)
            n--; /* no line end at the end */
        compared += same_fields(text, n);
    }
    assert_true(compared > 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lines_and_quotes),
        cmocka_unit_test(line_ends),
        cmocka_unit_test(bom_and_delimiters),
        cmocka_unit_test(gbk),
        cmocka_unit_test(nul_byte),
        cmocka_unit_test(strict_errors),
        cmocka_unit_test(limits),
        cmocka_unit_test(callback_stops),
        cmocka_unit_test(empty_and_progress),
        cmocka_unit_test(files),
        cmocka_unit_test(fields_as_libcsv_gives_them),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
