/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <errno.h>

#include "econind/econind.h"
#include "table_fixture.h"
#include "tmpdir_fixture.h"

static void write_file_each_format(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "t.out");
    ei_table *t = sample_table();
    const ei_format fmts[] = {EI_FORMAT_TABLE, EI_FORMAT_CSV, EI_FORMAT_JSON,
                              EI_FORMAT_MARKDOWN};
    for (size_t i = 0; i < 4; i++) {
        int rc;
        char *want = render(t, fmts[i], &rc);
        assert_int_equal(ei_table_write_file(t, path, fmts[i], NULL), 0);
        char *got = slurp(path);
        assert_string_equal(got, want);
        free(got);
        free(want);
        assert_int_equal(count_entries(dir), 1);
    }
    ei_table_free(t);
    free(path);
    remove_dir(dir);
}

/* The JSON writer fails on the second row (GBK bytes, not UTF-8) after the
 * first row went out: the existing file is untouched, the temporary file
 * gone, and the error names the file. */
static void failure_midway_keeps_old(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "t.json");
    spit(path, "[]\n");
    ei_table *t = sample_table();
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 2, 0, "\xBA\xBA\xD1\xF4", NULL), 0);
    ei_error e;
    assert_int_equal(ei_table_write_file(t, path, EI_FORMAT_JSON, &e),
                     EI_ENCODING);
    assert_string_equal(e.source, path);
    assert_non_null(strstr(e.text, "row 3"));
    char *got = slurp(path);
    assert_string_equal(got, "[]\n");
    free(got);
    assert_int_equal(count_entries(dir), 1);
    ei_table_free(t);
    free(path);
    remove_dir(dir);
}

static void missing_directory(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "none/t.csv");
    ei_table *t = sample_table();
    ei_error e;
    assert_int_equal(ei_table_write_file(t, path, EI_FORMAT_CSV, &e), EI_EIO);
    assert_string_equal(e.source, path);
    assert_non_null(strstr(e.text, strerror(ENOENT)));
    char buf[512];
    ei_error_format(&e, buf, sizeof buf);
    assert_int_equal(strncmp(buf, path, strlen(path)), 0);
    ei_table_free(t);
    free(path);
    remove_dir(dir);
}

/* A stream that fails to write (/dev/full: no space left) is reported,
 * not ignored. */
static void stream_error(void **state)
{
    (void)state;
    FILE *fp = fopen("/dev/full", "w");
    if (!fp)
        skip();
    ei_table *t = sample_table();
    ei_error e;
    assert_int_equal(ei_table_write(t, fp, EI_FORMAT_TABLE, &e), EI_EIO);
    assert_non_null(strstr(e.text, strerror(ENOSPC)));
    fclose(fp);
    assert_int_equal(ei_table_write(t, NULL, EI_FORMAT_TABLE, NULL),
                     EI_EINVAL);
    assert_int_equal(ei_table_write(t, stdout, (ei_format)9, NULL),
                     EI_EINVAL);
    assert_int_equal(ei_table_write_file(t, "x", (ei_format)9, NULL),
                     EI_EINVAL);
    ei_table_free(t);
}

static void format_names(void **state)
{
    (void)state;
    ei_format f = EI_FORMAT_JSON;
    assert_int_equal(ei_format_parse(&f, "CSV"), 0);
    assert_int_equal(f, EI_FORMAT_CSV);
    assert_int_equal(ei_format_parse(&f, "md"), 0);
    assert_int_equal(f, EI_FORMAT_MARKDOWN);
    assert_int_equal(ei_format_parse(&f, "text"), 0);
    assert_int_equal(f, EI_FORMAT_TABLE);
    assert_int_equal(ei_format_parse(&f, "Json"), 0);
    assert_int_equal(f, EI_FORMAT_JSON);
    assert_int_equal(ei_format_parse(&f, "jsonl"), EI_EINVAL);
    assert_int_equal(ei_format_parse(&f, ""), EI_EINVAL);
    assert_int_equal(ei_format_parse(&f, NULL), EI_EINVAL);
    assert_int_equal(f, EI_FORMAT_JSON); /* unchanged on failure */
    for (int i = EI_FORMAT_TABLE; i <= EI_FORMAT_MARKDOWN; i++) {
        assert_int_equal(ei_format_parse(&f, ei_format_name((ei_format)i)),
                         0);
        assert_int_equal(f, i);
    }
    assert_string_equal(ei_format_name((ei_format)-1), "unknown");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(write_file_each_format),
        cmocka_unit_test(failure_midway_keeps_old),
        cmocka_unit_test(missing_directory),
        cmocka_unit_test(stream_error),
        cmocka_unit_test(format_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
