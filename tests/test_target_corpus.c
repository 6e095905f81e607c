/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The bad-input corpus of the target-side readers, in the manner of
 * jansson's test suites: every folder of tests/data/bad_targets/ holds
 * input.csv, `error` (the exact expected `line:column: message` of the
 * failed read) and optionally `reader` (targets, plans, tasks or scorecard;
 * targets when absent). Each read must fail with that location and
 * message and hand back nothing. Columns were checked by hand against the
 * inputs (characters, not bytes).
 */
#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

/* The file's text without trailing line ends; NULL if it cannot be read. */
static char *slurp(const char *dir, const char *file, size_t *len)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, r;
    char *s = malloc(cap);
    assert_non_null(s);
    while ((r = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 == cap) {
            cap *= 2;
            s = realloc(s, cap);
            assert_non_null(s);
        }
    }
    fclose(f);
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

static void chomp(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
}

/* Read with the named reader; true when it handed something back. */
static int read_with(const char *reader, const char *data, size_t len,
                     bool *handed_back, ei_error *e)
{
    int rc;
    *handed_back = false;
    if (strcmp(reader, "plans") == 0) {
        ei_plans *p = NULL;
        rc = ei_plans_read_buffer(&p, "input.csv", data, len, NULL, e);
        *handed_back = p != NULL;
        ei_plans_free(p);
    } else if (strcmp(reader, "tasks") == 0) {
        ei_tasks *t = NULL;
        rc = ei_tasks_read_buffer(&t, "input.csv", data, len, NULL, e);
        *handed_back = t != NULL;
        ei_tasks_free(t);
    } else if (strcmp(reader, "scorecard") == 0) {
        ei_scorecard *s = NULL;
        rc = ei_scorecard_read_buffer(&s, "input.csv", data, len, NULL, e);
        *handed_back = s != NULL;
        ei_scorecard_free(s);
    } else {
        ei_targets *t = NULL;
        rc = ei_targets_read_buffer(&t, "input.csv", data, len, NULL, NULL,
                                    e);
        *handed_back = t != NULL;
        ei_targets_free(t);
    }
    return rc;
}

static int check_case(const char *dir, const char *name)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *input = slurp(path, "input.csv", &len);
    char *want = slurp(path, "error", NULL);
    char *reader = slurp(path, "reader", NULL);
    if (!input || !want) {
        fprintf(stderr, "%s: missing input.csv or error\n", name);
        free(input);
        free(want);
        free(reader);
        return 1;
    }
    chomp(want);
    if (reader)
        chomp(reader);
    ei_error e;
    ei_error_clear(&e);
    bool handed;
    int rc = read_with(reader ? reader : "targets", input, len, &handed, &e);
    char got[512];
    snprintf(got, sizeof got, "%lu:%lu: %s", e.line, e.column, e.text);
    int bad = 0;
    if (rc == EI_OK || handed || strcmp(got, want) != 0) {
        fprintf(stderr, "%s: rc %d, want '%s'\n%s:  got '%s'\n", name, rc,
                want, name, got);
        bad = 1;
    }
    free(input);
    free(want);
    free(reader);
    return bad;
}

static void corpus(void **state)
{
    (void)state;
    const char *src = getenv("SRCDIR");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/data/bad_targets", src ? src : ".");
    DIR *d = opendir(dir);
    assert_non_null(d);
    int cases = 0, failures = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        cases++;
        failures += check_case(dir, ent->d_name);
    }
    closedir(d);
    assert_true(cases >= 20);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(corpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
