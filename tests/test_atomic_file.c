/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <errno.h>
#include <sys/stat.h>

#include "atomic_file.h"
#include "tmpdir_fixture.h"

static void commit_replaces(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "out.txt");
    spit(path, "old\n");
    ei_atomic_file af;
    assert_int_equal(ei_atomic_file_open(&af, path, NULL), 0);
    assert_non_null(af.fp);
    /* the temporary file sits beside the target, named <path>.tmp.XXXXXX */
    assert_int_equal(strncmp(af.tmp_path, path, strlen(path)), 0);
    assert_int_equal(strncmp(af.tmp_path + strlen(path), ".tmp.", 5), 0);
    assert_int_equal(count_entries(dir), 2);
    fputs("new\n", af.fp);
    char *mid = slurp(path);
    assert_string_equal(mid, "old\n"); /* untouched until the commit */
    free(mid);
    assert_int_equal(ei_atomic_file_commit(&af, NULL), 0);
    assert_null(af.fp);
    char *got = slurp(path);
    assert_string_equal(got, "new\n");
    free(got);
    assert_int_equal(count_entries(dir), 1);
    free(path);
    remove_dir(dir);
}

/* Abort after a partial write: the old file is intact and no temporary
 * file is left. */
static void abort_keeps_old(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "out.txt");
    spit(path, "old\n");
    ei_atomic_file af;
    assert_int_equal(ei_atomic_file_open(&af, path, NULL), 0);
    fputs("half a tab", af.fp);
    ei_atomic_file_abort(&af);
    assert_null(af.fp);
    ei_atomic_file_abort(&af); /* released: a no-op */
    char *got = slurp(path);
    assert_string_equal(got, "old\n");
    free(got);
    assert_int_equal(count_entries(dir), 1);
    free(path);
    remove_dir(dir);
}

/* A directory that does not exist: EI_EIO naming the path and the system's
 * reason. */
static void missing_directory(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "no/such/out.txt");
    ei_atomic_file af;
    ei_error e;
    assert_int_equal(ei_atomic_file_open(&af, path, &e), EI_EIO);
    assert_null(af.fp);
    assert_int_equal(e.code, EI_EIO);
    assert_string_equal(e.source, path);
    assert_non_null(strstr(e.text, strerror(ENOENT)));
    assert_int_equal(count_entries(dir), 0);
    free(path);
    remove_dir(dir);
}

/* The rename fails (the target is a directory): commit reports it, removes
 * the temporary file and leaves the target alone. */
static void commit_failure_cleans_up(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "sub");
    assert_int_equal(mkdir(path, 0700), 0);
    ei_atomic_file af;
    ei_error e;
    assert_int_equal(ei_atomic_file_open(&af, path, &e), 0);
    fputs("data\n", af.fp);
    assert_int_equal(ei_atomic_file_commit(&af, &e), EI_EIO);
    assert_string_equal(e.source, path);
    assert_non_null(strstr(e.text, "cannot replace"));
    assert_null(af.fp);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(count_entries(dir), 1);
    free(path);
    remove_dir(dir);
}

/* A replaced file keeps its permission bits (mkstemp alone gives 0600). */
static void keeps_mode(void **state)
{
    (void)state;
    char *dir = scratch_dir();
    char *path = join(dir, "out.txt");
    spit(path, "old\n");
    assert_int_equal(chmod(path, 0640), 0);
    ei_atomic_file af;
    assert_int_equal(ei_atomic_file_open(&af, path, NULL), 0);
    assert_int_equal(ei_atomic_file_commit(&af, NULL), 0);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    free(path);
    remove_dir(dir);
}

static void bad_arguments(void **state)
{
    (void)state;
    ei_atomic_file af;
    assert_int_equal(ei_atomic_file_open(&af, "", NULL), EI_EINVAL);
    assert_int_equal(ei_atomic_file_open(&af, NULL, NULL), EI_EINVAL);
    assert_int_equal(ei_atomic_file_open(NULL, "x", NULL), EI_EINVAL);
    assert_int_equal(ei_atomic_file_commit(&af, NULL), EI_EINVAL);
    /* "-" is standard output: nothing to rename or remove */
    assert_int_equal(ei_atomic_file_open(&af, "-", NULL), 0);
    assert_ptr_equal(af.fp, stdout);
    assert_int_equal(ei_atomic_file_commit(&af, NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(commit_replaces),
        cmocka_unit_test(abort_keeps_old),
        cmocka_unit_test(missing_directory),
        cmocka_unit_test(commit_failure_cleans_up),
        cmocka_unit_test(keeps_mode),
        cmocka_unit_test(bad_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
