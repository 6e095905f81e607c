/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Nothing lost: an output that fails half-way (the disk fills up) leaves
 * the previous file exactly as it was and no temporary file behind, both
 * through ei_table_write_file() (table.h) and ei_output (output.h), which
 * the CLI writes every file through. A full disk is simulated with
 * RLIMIT_FSIZE: writes past the limit fail with EFBIG (SIGXFSZ ignored).
 * The CLI side (a failed read leaves -o's file untouched) is in
 * tests/check_cli.py.
 */
#include "testutil.h"

#include <signal.h>
#include <sys/resource.h>

#include "econind/econind.h"
#include "econind/output.h"
#include "tmpdir_fixture.h"

static const char previous[] = "previous output, must survive\n";

/* Files may grow to `limit` bytes until restore_limit(). */
static struct rlimit saved;
static void limit_file_size(rlim_t limit)
{
    signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved), 0);
    struct rlimit r = saved;
    r.rlim_cur = limit;
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &r), 0);
}

static void restore_limit(void)
{
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved), 0);
}

/* A table of about 200 KB of CSV. */
static ei_table *big_table(void)
{
    const char *const names[] = {"region", "indicator", "value"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 3, NULL), EI_OK);
    for (int i = 0; i < 4000; i++) {
        size_t r;
        assert_int_equal(ei_table_add_row(t, &r, NULL), EI_OK);
        assert_int_equal(ei_table_set_text(t, r, 0, "汉阳区", NULL), EI_OK);
        assert_int_equal(ei_table_set_text(t, r, 1, "地区生产总值", NULL),
                         EI_OK);
        assert_int_equal(ei_table_set_number(t, r, 2, 948.0 + i, 1, NULL),
                         EI_OK);
    }
    return t;
}

static void check_untouched(const char *dir, const char *path)
{
    char *got = slurp(path);
    assert_non_null(got);
    assert_string_equal(got, previous);
    free(got);
    /* the target only: the temporary file was removed */
    assert_int_equal(count_entries(dir), 1);
}

static void table_write_file_disk_full(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    assert_non_null(dir);
    char *path = join(dir, "out.csv");
    spit(path, previous);
    ei_table *t = big_table();

    for (int fmt = 0; fmt < 4; fmt++) {
        ei_error e;
        limit_file_size(4096);
        int rc = ei_table_write_file(t, path, (ei_format)fmt, &e);
        restore_limit();
        assert_int_equal(rc, EI_EIO);
        assert_string_equal(e.source, path);
        check_untouched(dir, path);
    }
    /* and with room, it is replaced */
    assert_int_equal(ei_table_write_file(t, path, EI_FORMAT_CSV, NULL),
                     EI_OK);
    char *got = slurp(path);
    assert_non_null(strstr(got, "汉阳区"));
    free(got);

    ei_table_free(t);
    free(path);
    remove_dir(dir);
}

static void output_disk_full(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    assert_non_null(dir);
    char *path = join(dir, "report.md");
    spit(path, previous);

    ei_output *o;
    ei_error e;
    limit_file_size(4096);
    assert_int_equal(ei_output_open(&o, path, &e), EI_OK);
    FILE *fp = ei_output_stream(o);
    for (int i = 0; i < 20000; i++)
        fprintf(fp, "| %d | 地区生产总值 | 948 |\n", i);
    int rc = ei_output_commit(o, &e);
    restore_limit();
    assert_int_equal(rc, EI_EIO);
    check_untouched(dir, path);

    /* an abort after a complete write leaves it untouched too */
    assert_int_equal(ei_output_open(&o, path, &e), EI_OK);
    fputs("new\n", ei_output_stream(o));
    ei_output_abort(o);
    check_untouched(dir, path);

    free(path);
    remove_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_write_file_disk_full),
        cmocka_unit_test(output_disk_full),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
