/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_text.c: loading, BOM, UTF-8 validation, GBK conversion,
 * NUL bytes and error locations. The GBK bytes were made with
 * `iconv -f UTF-8 -t GBK` (地区 = B5D8 C7F8, 汉阳 = BABA D1F4). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv_text.h"
#include "econind/econind.h"

static void utf8_scan(void **state)
{
    (void)state;
    bool nul;
    /* Unicode 15 table 3-7 (well-formed UTF-8 byte sequences) */
    static const struct {
        const char *s;
        size_t len, bad;
    } cases[] = {
        {"plain ascii text, long enough", 29, 29},
        {"\xC0\x80", 2, 0},             /* overlong NUL */
        {"\xC1\xBF", 2, 0},             /* overlong */
        {"ab\xE0\x80\xAF", 5, 2},       /* overlong '/' */
        {"\xED\xA0\x80", 3, 0},         /* surrogate D800 */
        {"\xED\x9F\xBF", 3, 3},         /* U+D7FF, valid */
        {"\xF4\x90\x80\x80", 4, 0},     /* above U+10FFFF */
        {"\xF4\x8F\xBF\xBF", 4, 4},     /* U+10FFFF, valid */
        {"\xF5\x80\x80\x80", 4, 0},
        {"x\xF0\x9F\x98\x80y", 6, 6},   /* U+1F600, valid */
        {"\xF0\x8F\xBF\xBF", 4, 0},     /* overlong 4-byte */
        {"12345678\xE6\xB1", 10, 8},    /* truncated 汉 after a word */
        {"\xE6\xB1\x89\xE9\x98\xB3", 6, 6},
        {"\xE6\x41\x89", 3, 0},         /* bad continuation */
        {"\x80", 1, 0},                 /* stray continuation */
        {"\xFF", 1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(ei_utf8_scan(cases[i].s, cases[i].len, &nul),
                         cases[i].bad);
        assert_false(nul);
    }
    /* NUL inside an 8-byte word and in the tail */
    assert_int_equal(ei_utf8_scan("abcdefghijk\0m", 13, &nul), 11);
    assert_true(nul);
    assert_int_equal(ei_utf8_scan("abc\0", 4, &nul), 3);
    assert_true(nul);
    assert_int_equal(ei_utf8_scan("", 0, &nul), 0);
    assert_false(nul);
}

static void locate(void **state)
{
    (void)state;
    unsigned long line, col;
    const char *t = "ab\r\n汉阳,x\r区\nz";
    ei_csv_text_locate(t, 0, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 1);
    ei_csv_text_locate(t, 4 + 6 + 1, &line, &col); /* x */
    assert_int_equal(line, 2);
    assert_int_equal(col, 4);
    ei_csv_text_locate(t, strlen(t) - 1, &line, &col); /* z */
    assert_int_equal(line, 4);
    assert_int_equal(col, 1);
    ei_csv_text_locate(t, 13, &line, &col); /* 区, after a lone CR */
    assert_int_equal(line, 3);
    assert_int_equal(col, 1);
}

static void prepare_encodings(void **state)
{
    (void)state;
    ei_csv_text t;
    ei_error e;
    /* UTF-8 BOM stripped, text borrowed */
    static const char bom[] = "\xEF\xBB\xBF地区";
    assert_int_equal(ei_csv_text_prepare(&t, "b", NULL, bom, sizeof bom - 1,
                                         EI_ENCODING_AUTO, &e),
                     EI_OK);
    assert_int_equal(t.len, 6);
    assert_ptr_equal(t.data, bom + 3);
    assert_int_equal(t.bom, 3);
    assert_null(t.owned);
    ei_csv_text_free(&t);
    /* GBK detected, or declared */
    static const char gbk[] = "\xB5\xD8\xC7\xF8,\xBA\xBA\xD1\xF4";
    for (int enc = EI_ENCODING_AUTO; enc <= EI_ENCODING_GBK; enc += 2) {
        assert_int_equal(ei_csv_text_prepare(&t, "g", NULL, gbk,
                                             sizeof gbk - 1,
                                             (ei_encoding)enc, &e),
                         EI_OK);
        assert_int_equal(t.len, strlen("地区,汉阳"));
        assert_memory_equal(t.data, "地区,汉阳", t.len);
        ei_csv_text_free(&t);
    }
    /* a GB18030 BOM (84 31 95 33) is stripped after conversion */
    static const char gbbom[] = "\x84\x31\x95\x33\xB5\xD8";
    assert_int_equal(ei_csv_text_prepare(&t, "g", NULL, gbbom,
                                         sizeof gbbom - 1, EI_ENCODING_GBK,
                                         &e),
                     EI_OK);
    assert_int_equal(t.len, 3);
    assert_memory_equal(t.data, "地", 3);
    ei_csv_text_free(&t);
    /* plain ASCII under every encoding is unchanged */
    for (int enc = EI_ENCODING_AUTO; enc <= EI_ENCODING_GBK; enc++) {
        assert_int_equal(ei_csv_text_prepare(&t, "a", NULL, "a,b\n", 4,
                                             (ei_encoding)enc, &e),
                         EI_OK);
        assert_int_equal(t.len, 4);
        assert_memory_equal(t.data, "a,b\n", 4);
        ei_csv_text_free(&t);
    }
}

static void prepare_errors(void **state)
{
    (void)state;
    ei_csv_text t;
    ei_error e;
    /* NUL in converted GBK: located in the converted text */
    static const char gbk_nul[] = "\xB5\xD8\n\xC7\xF8\0";
    assert_int_equal(ei_csv_text_prepare(&t, "g.csv", NULL, gbk_nul,
                                         sizeof gbk_nul - 1, EI_ENCODING_GBK,
                                         &e),
                     EI_EPARSE);
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 2);
    assert_string_equal(e.source, "g.csv");
    /* owned buffers are freed on failure too (valgrind checks) */
    char *own = malloc(4);
    memcpy(own, "a\xFF\n", 4);
    assert_int_equal(ei_csv_text_prepare(&t, "o.csv", own, own, 3,
                                         EI_ENCODING_UTF8, &e),
                     EI_ENCODING);
    assert_string_equal(e.text, "invalid UTF-8 byte 0xFF");
    assert_int_equal(e.column, 2);
    assert_int_equal(e.offset, 1);
    assert_null(t.owned);
    /* byte offsets count the BOM */
    static const char bad_after_bom[] = "\xEF\xBB\xBFxy\xC3";
    assert_int_equal(ei_csv_text_prepare(&t, "b", NULL, bad_after_bom,
                                         sizeof bad_after_bom - 1,
                                         EI_ENCODING_AUTO, &e),
                     EI_ENCODING);
    assert_int_equal(e.offset, 5);
    assert_int_equal(e.column, 3);
}

static void load(void **state)
{
    (void)state;
    char *buf;
    size_t len;
    ei_error e;
    assert_int_equal(ei_csv_text_load(&buf, &len, "/nonexistent/x", &e),
                     EI_EIO);
    assert_null(buf);
    assert_non_null(strstr(e.text, "cannot open"));
    char path[] = "/tmp/ei_text_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "a,b\n1,2\n", 8), 8);
    close(fd);
    assert_int_equal(ei_csv_text_load(&buf, &len, path, &e), EI_OK);
    assert_int_equal(len, 8);
    assert_memory_equal(buf, "a,b\n1,2\n", 8);
    free(buf);
    unlink(path);
    /* a directory cannot be read */
    assert_int_equal(ei_csv_text_load(&buf, &len, "/tmp", &e), EI_EIO);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_scan),
        cmocka_unit_test(locate),
        cmocka_unit_test(prepare_encodings),
        cmocka_unit_test(prepare_errors),
        cmocka_unit_test(load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
