/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The bad-input corpus, in the manner of jansson's test suites: every folder
 * of tests/data/bad/ holds input.csv (or input.bin), then either `error`,
 * the exact expected `line:column: message` of the failed read, or
 * `accept`, the exact dump of the dataset read (one line per series:
 * region|indicator|unit|frequency|measure|period=value …, then
 * `skipped N` in lenient mode). An optional `options` file sets reader
 * options, one key=value a line: encoding=auto|utf8|gbk, layout=long|wide,
 * lenient=1, delimiter=C, region=, indicator=, unit=, and fill=N, which
 * replaces the token {FILL} of the input by N letters x (for inputs too big
 * to commit).
 */
#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

typedef struct text {
    char *s;
    size_t len;
} text;

static bool slurp(text *t, const char *dir, const char *file)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    size_t cap = 4096, n = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    size_t r;
    while ((r = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0) {
            cap *= 2;
            s = realloc(s, cap);
            assert_non_null(s);
        }
    }
    fclose(f);
    s[n] = '\0';
    t->s = s;
    t->len = n;
    return true;
}

/* Without trailing line ends. */
static void chomp(text *t)
{
    while (t->len && (t->s[t->len - 1] == '\n' || t->s[t->len - 1] == '\r'))
        t->s[--t->len] = '\0';
}

/* Apply the options file; returns the fill count (0 if none). Strings
 * point into opt_text, which the caller frees. */
static size_t apply_options(ei_csv_options *o, char *opt_text)
{
    size_t fill = 0;
    for (char *line = strtok(opt_text, "\n"); line;
         line = strtok(NULL, "\n")) {
        char *eq = strchr(line, '=');
        assert_non_null(eq);
        *eq = '\0';
        const char *k = line, *v = eq + 1;
        if (strcmp(k, "encoding") == 0)
            o->encoding = strcmp(v, "utf8") == 0  ? EI_ENCODING_UTF8
                          : strcmp(v, "gbk") == 0 ? EI_ENCODING_GBK
                                                  : EI_ENCODING_AUTO;
        else if (strcmp(k, "layout") == 0)
            o->layout = strcmp(v, "long") == 0   ? EI_LAYOUT_LONG
                        : strcmp(v, "wide") == 0 ? EI_LAYOUT_WIDE
                                                 : EI_LAYOUT_AUTO;
        else if (strcmp(k, "lenient") == 0)
            o->lenient = strcmp(v, "1") == 0;
        else if (strcmp(k, "delimiter") == 0)
            o->delimiter = v[0];
        else if (strcmp(k, "region") == 0)
            o->region = v;
        else if (strcmp(k, "indicator") == 0)
            o->indicator = v;
        else if (strcmp(k, "unit") == 0)
            o->unit = v;
        else if (strcmp(k, "fill") == 0)
            fill = (size_t)strtoul(v, NULL, 10);
        else
            fail_msg("unknown option '%s'", k);
    }
    return fill;
}

static void expand_fill(text *in, size_t fill)
{
    char *at = strstr(in->s, "{FILL}");
    assert_non_null(at);
    size_t pre = (size_t)(at - in->s), post = in->len - pre - 6;
    char *s = malloc(pre + fill + post + 1);
    assert_non_null(s);
    memcpy(s, in->s, pre);
    memset(s + pre, 'x', fill);
    memcpy(s + pre + fill, at + 6, post + 1);
    free(in->s);
    in->s = s;
    in->len = pre + fill + post;
}

/* The dataset as text, see the file comment. */
static char *dump(const ei_dataset *ds)
{
    size_t cap = 1 << 16, n = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        n += (size_t)snprintf(out + n, cap - n, "%s%s|%s|%s|%s|%s",
                              i ? "\n" : "", ei_series_region(s),
                              ei_series_indicator(s),
                              ei_series_unit(s).name
                                  ? ei_series_unit(s).name
                                  : "",
                              ei_freq_name(ei_series_freq(s)),
                              ei_measure_name(ei_series_measure(s)));
        for (size_t k = 0; k < ei_series_len(s) && n < cap - 64; k++) {
            char p[16];
            ei_period_format(ei_series_period_at(s, k), p, sizeof p);
            double v = ei_series_value_at(s, k);
            n += (size_t)snprintf(out + n, cap - n, "|%s=", p);
            n += (size_t)(isnan(v) ? snprintf(out + n, cap - n, "NA")
                                   : snprintf(out + n, cap - n, "%.15g", v));
        }
    }
    return out;
}

static void run_case(void **state)
{
    const char *dir = *state;
    text in, opt = {NULL, 0}, want;
    bool bin = false;
    if (!slurp(&in, dir, "input.csv")) {
        assert_true(slurp(&in, dir, "input.bin"));
        bin = true;
    }
    (void)bin;
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    if (slurp(&opt, dir, "options")) {
        size_t fill = apply_options(&o, opt.s);
        if (fill)
            expand_fill(&in, fill);
    }
    bool expect_error = slurp(&want, dir, "error");
    if (!expect_error && !slurp(&want, dir, "accept"))
        fail_msg("%s: neither error nor accept", dir);
    chomp(&want);

    ei_dataset *ds;
    ei_error e;
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    size_t skipped = 99;
    int rc = ei_csv_read_buffer(ds, "input.csv", in.s, in.len, &o, &skipped,
                                &e);
    if (expect_error) {
        char got[EI_ERROR_TEXT_MAX + 64];
        if (rc == EI_OK)
            fail_msg("%s: accepted, expected: %s", dir, want.s);
        if (e.line && e.column)
            snprintf(got, sizeof got, "%lu:%lu: %s", e.line, e.column,
                     e.text);
        else if (e.line)
            snprintf(got, sizeof got, "%lu: %s", e.line, e.text);
        else
            snprintf(got, sizeof got, "%s", e.text);
        if (strcmp(got, want.s) != 0)
            fail_msg("%s:\n  got:      %s\n  expected: %s", dir, got,
                     want.s);
        assert_string_equal(e.source, "input.csv");
        assert_int_equal(e.code, rc);
        /* a failed read leaves the dataset as it was: empty */
        assert_int_equal(ei_dataset_count(ds), 0);
    } else {
        if (rc != EI_OK) {
            char msg[512];
            ei_error_format(&e, msg, sizeof msg);
            fail_msg("%s: rejected: %s", dir, msg);
        }
        char *got = dump(ds);
        if (o.lenient) {
            size_t n = strlen(got);
            got = realloc(got, n + 32);
            snprintf(got + n, 32, "%sskipped %zu", n ? "\n" : "", skipped);
        }
        if (strcmp(got, want.s) != 0)
            fail_msg("%s:\n  got:\n%s\n  expected:\n%s", dir, got, want.s);
        free(got);
    }
    ei_dataset_free(ds);
    free(in.s);
    free(opt.s);
    free(want.s);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
    const char *src = getenv("SRCDIR");
    if (!src) {
        fprintf(stderr, "SRCDIR is not set\n");
        return 1;
    }
    char root[1024];
    snprintf(root, sizeof root, "%s/tests/data/bad", src);
    DIR *d = opendir(root);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", root);
        return 1;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        /* case folders have no dot in their names: skip README.md */
        if (ent->d_name[0] == '.' || strchr(ent->d_name, '.'))
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(ent->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    struct CMUnitTest *tests = calloc(n, sizeof *tests);
    char **dirs = calloc(n, sizeof *dirs);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(root) + strlen(names[i]) + 2;
        dirs[i] = malloc(len);
        snprintf(dirs[i], len, "%s/%s", root, names[i]);
        tests[i].name = names[i];
        tests[i].test_func = run_case;
        tests[i].initial_state = dirs[i];
    }
    int rc = _cmocka_run_group_tests("csv_corpus", tests, n, NULL, NULL);
    for (size_t i = 0; i < n; i++) {
        free(names[i]);
        free(dirs[i]);
    }
    free(names);
    free(dirs);
    free(tests);
    return n >= 30 ? rc : 1;
}
