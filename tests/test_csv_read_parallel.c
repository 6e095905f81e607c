/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The parallel read (lib/csv_read_parallel.c) against the one-thread read:
 * every input is read both ways and everything compared — return code,
 * error (source, line, column, offset, text), the problems of lenient mode
 * in order, rows skipped, and the whole dataset down to each observation's
 * bits, line and strings. Inputs: generated panels (period-major and
 * series-major, units converted, aliases, blanks, quotes, CRLF, BOM), the
 * bundled datasets, every case of the bad-input corpus, and the inputs the
 * parallel read must hand back (GBK, bad UTF-8 anywhere, NUL, line ends in
 * quotes at a cut, units that do not convert).
 */
#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "csv_read.h"
#include "dataset_priv.h"
#include "econind/econind.h"
#include "series_priv.h"

typedef struct buf {
    char *s;
    size_t len, cap;
} buf;

static void put(buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void put(buf *b, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        size_t room = b->cap - b->len;
        int n = vsnprintf(b->s ? b->s + b->len : NULL, room, fmt, ap);
        va_end(ap);
        assert_true(n >= 0);
        if ((size_t)n < room) {
            b->len += (size_t)n;
            return;
        }
        b->cap = (b->cap + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        assert_non_null(b->s);
    }
}

static const char *str(const ei_strpool *p, uint32_t id)
{
    const char *s = ei_strpool_str(p, id);
    return s ? s : "-";
}

/* Everything a read leaves in the dataset, as text (hex floats: exact). */
static char *dump(const ei_dataset *ds)
{
    buf b = {NULL, 0, 0};
    put(&b, "files %zu\n", ei_dataset_file_count(ds));
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        put(&b, "%s|%s|%s|%d|%d|%d|%s|%zu obs\n", s->region, s->indicator,
            s->unit_name, (int)s->freq, (int)s->measure, (int)s->basis,
            s->registered ? s->registered->code : "-", s->nobs);
        for (size_t k = 0; k < s->nobs; k++) {
            ei_obs_rec rec = ei_series_rec(s, k);
            const ei_obs_rec *r = &rec;
            uint32_t ids[3];
            ei_origin_get(s->pool, r->origin, ids);
            put(&b, " %d %a %a l%u s%u b%u f%u c=%s n=%s o=%s,%s,%s\n",
                (int)r->ord, r->value, r->growth, (unsigned)r->line,
                r->status, r->bound, r->first, str(s->pool, r->caliber),
                str(s->pool, r->note), str(s->pool, ids[0]),
                str(s->pool, ids[1]), str(s->pool, ids[2]));
        }
        for (size_t k = 0; k < ei_series_len(s); k++)
            put(&b, " p%zu %a %a %d %d %d\n", k, ei_series_value_at(s, k),
                ei_series_growth_at(s, k), (int)ei_series_reason_at(s, k),
                (int)ei_series_status_at(s, k), (int)ei_series_bound_at(s, k));
        for (size_t k = 0; k < ei_series_break_count(s); k++) {
            ei_break br = ei_series_break_at(s, k);
            put(&b, " break %ld %ld\n", ei_period_ordinal(br.last_old),
                ei_period_ordinal(br.first_new));
        }
    }
    if (!b.s)
        put(&b, "%s", "");
    return b.s;
}

static void on_problem(void *ctx, const ei_error *e)
{
    put(ctx, "%s:%lu:%lu @%lld %d %s\n", e->source, e->line, e->column,
        e->offset, e->code, e->text);
}

/* One read: its outcome as text. A buffer is read under the name
 * @p name, a file (data NULL) from path @p name. Without @p callback
 * lenient mode's problems are only counted. */
static char *read_once(const char *text, size_t len, const char *name,
                       const ei_csv_options *base, unsigned threads,
                       const ei_csv_tuning *tune, bool callback,
                       bool *parallel)
{
    ei_csv_options o = *base;
    buf problems = {NULL, 0, 0};
    put(&problems, "%s", "");
    o.threads = threads;
    o.on_problem = callback ? on_problem : NULL;
    o.problem_ctx = &problems;
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    size_t skipped = 0;
    int rc = ei_csv_read_tuned(ds, name, text, len, text ? NULL : name, &o,
                               tune, &skipped, parallel, &e);
    buf out = {NULL, 0, 0};
    put(&out, "rc %d skipped %zu\n", rc, skipped);
    if (rc)
        put(&out, "%s:%lu:%lu @%lld %d %s\n", e.source, e.line, e.column,
            e.offset, e.code, e.text);
    put(&out, "problems:\n%s", problems.s);
    char *d = dump(ds);
    put(&out, "%s", d);
    free(d);
    free(problems.s);
    ei_dataset_free(ds);
    return out.s;
}

static void same_text(const char *one, const char *other, const char *how)
{
    if (strcmp(one, other) == 0)
        return;
    /* the first line that differs */
    const char *a = one, *b = other;
    while (*a && *a == *b)
        a++, b++;
    while (a > one && a[-1] != '\n')
        a--, b--;
    fail_msg("%s differs:\n one-thread: %.300s\n %s: %.300s", how, a, how,
             b);
}

/* Read the text one-thread, then in pieces (3 threads, any size) from
 * memory and from a file (in blocks of 64 bytes: most lines and some
 * records cross a block's end); the outcomes must be the same. Returns
 * whether the parallel reads gave their results (both or neither). */
static bool same_both_ways(const char *text, size_t len,
                           const ei_csv_options *o)
{
    static const ei_csv_tuning tune = {0, 64};
    char path[] = "/tmp/ei_parallel_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    bool par1 = true, par_mem = false, par_file = false, par_quiet = false;
    char *one = read_once(text, len, path, o, 1, &tune, true, &par1);
    assert_false(par1);
    char *mem = read_once(text, len, path, o, 3, &tune, true, &par_mem);
    char *file = read_once(NULL, 0, path, o, 3, &tune, true, &par_file);
    same_text(one, mem, "from memory");
    same_text(one, file, "from a file");
    /* with no callback the pieces count their problems instead */
    char *one_quiet = read_once(text, len, path, o, 1, &tune, false, &par1);
    char *quiet = read_once(text, len, path, o, 3, &tune, false, &par_quiet);
    same_text(one_quiet, quiet, "with no callback");
    assert_int_equal(par_quiet, par_mem);
    remove(path);
    free(one);
    free(mem);
    free(file);
    free(one_quiet);
    free(quiet);
    assert_int_equal(par_mem, par_file);
    return par_mem;
}

/* ---- generated panels ------------------------------------------------ */

typedef struct panel_opts {
    bool series_major;   /* every row of a series together */
    bool crlf, bom;
    bool extras;         /* status, growth, note, source, release, caliber,
                            and a column no reader knows */
    const char *region_pad;  /* written around some regions */
} panel_opts;

static const char *const regions[] = {"汉阳区", "洪山区", "江岸区",
                                      "武昌区"};
static const char *const indicators[] = {"地区生产总值", "固定资产投资",
                                         "社会消费品零售总额", "税收收入"};

/* regions x indicators x 36 months; values deterministic, a few "NA" and
 * missing rows, GDP of 汉阳区 written as "GDP" now and then (an alias: two
 * keys, one series), retail of 洪山区 in 万元 now and then (converted). */
static char *panel(const panel_opts *po, size_t *len)
{
    buf b = {NULL, 0, 0};
    const char *nl = po->crlf ? "\r\n" : "\n";
    if (po->bom)
        put(&b, "\xEF\xBB\xBF");
    put(&b, "region,indicator,period,value,unit%s%s",
        po->extras ? ",status,growth,note,source,release,caliber,extra" : "",
        nl);
    size_t nr = 4, ni = 4, nt = 36;
    for (size_t outer = 0; outer < (po->series_major ? nr * ni : nt);
         outer++) {
        for (size_t inner = 0; inner < (po->series_major ? nt : nr * ni);
             inner++) {
            size_t t = po->series_major ? inner : outer;
            size_t s = po->series_major ? outer : inner;
            size_t r = s / ni, i = s % ni;
            unsigned h = (unsigned)(t * 131 + s * 71 + 7);
            if (h % 97 == 3)
                continue; /* a row missing */
            const char *ind = indicators[i];
            if (r == 0 && i == 0 && t % 5 == 1)
                ind = "GDP";
            const char *unit = "亿元";
            double v = 100.0 + (double)(h % 1000) / 8.0;
            if (r == 1 && i == 2 && t % 4 == 2) {
                unit = "万元";
                v *= 1e4;
            }
            const char *pad = po->region_pad && t % 3 == 0 ? po->region_pad
                                                           : "";
            put(&b, "%s%s%s,%s,%d-%02d,", pad, regions[r], pad, ind,
                2020 + (int)(t / 12), (int)(t % 12) + 1);
            if (h % 53 == 5)
                put(&b, "NA");
            else if (h % 7 == 0)
                put(&b, "\"%.2f\"", v);
            else
                put(&b, "%.2f", v);
            put(&b, ",%s", unit);
            if (po->extras)
                put(&b, ",%s,%.1f,\"note %u, quoted\",%s,2024-0%u-15,%s,x%u",
                    h % 3 ? "actual" : "estimate", (double)(h % 90) / 10.0,
                    h % 4, h % 2 ? "统计局" : "", 1 + h % 3,
                    t >= 24 ? "new" : "", h % 5);
            put(&b, "%s", nl);
        }
    }
    *len = b.len;
    return b.s;
}

static void check_panel(const panel_opts *po, bool lenient)
{
    size_t len;
    char *text = panel(po, &len);
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.lenient = lenient;
    assert_true(same_both_ways(text, len, &o));
    free(text);
}

static void period_major(void **state)
{
    (void)state;
    panel_opts po = {false, false, false, false, NULL};
    check_panel(&po, false);
    check_panel(&po, true);
}

static void series_major(void **state)
{
    (void)state;
    panel_opts po = {true, false, false, false, NULL};
    check_panel(&po, false);
}

static void extras_crlf_bom_blanks(void **state)
{
    (void)state;
    panel_opts po = {false, true, true, true, " "};
    check_panel(&po, false);
    po.series_major = true;
    check_panel(&po, true);
}

/* The wide layout: a row per series (regions x indicators, written
 * @p copies times over for size, three copies a region), a column
 * per month and year-to-date span; blank and "NA" cells, a quoted cell,
 * 万元 rows converted into the series' 亿元 from the same series' earlier
 * row, a % cell without a unit, and with @p bad a row whose cell is not a
 * number (strict: the error; lenient: the row skipped whole). */
static char *wide_panel(size_t copies, bool bad, size_t *len)
{
    buf b = {NULL, 0, 0};
    put(&b, "region,indicator,unit");
    for (int t = 0; t < 24; t++)
        put(&b, ",%d-%02d", 2020 + t / 12, t % 12 + 1);
    put(&b, ",2021年1-3月\n");
    for (size_t c = 0; c < copies; c++)
        for (size_t r = 0; r < 4; r++)
            for (size_t i = 0; i < 4; i++) {
                /* copies c = 3k, 3k+1, 3k+2 are one region's rows: the
                 * same figures (identical duplicates), the last one's
                 * 洪山区 retail in 万元 */
                unsigned h = (unsigned)(c / 3 * 977 + r * 31 + i * 7);
                bool retail = r == 1 && i == 2;
                bool wan = c % 3 == 2 && retail;
                bool no_unit = h % 11 == 4 && !retail;
                put(&b, "%s%zu,%s,%s", regions[r], c / 3, indicators[i],
                    wan ? "万元" : no_unit ? "" : "亿元");
                for (int t = 0; t < 25; t++) {
                    unsigned g = h + (unsigned)t * 13;
                    double v = 100.0 + (double)(g % 1000) / 8.0;
                    if (bad && c == copies / 2 && r == 2 && t == 7)
                        put(&b, ",abc");
                    else if (g % 17 == 3)
                        put(&b, ",");
                    else if (g % 29 == 5)
                        put(&b, ",NA");
                    else if (g % 31 == 6)
                        put(&b, ",\"%.2f\"", v);
                    else if (no_unit && t == 24)
                        put(&b, ",%.1f%%", v / 20);
                    else
                        put(&b, ",%.2f", wan ? v * 1e4 : v);
                }
                put(&b, "\n");
            }
    *len = b.len;
    return b.s;
}

static void wide_layout(void **state)
{
    (void)state;
    for (int bad = 0; bad < 2; bad++)
        for (int lenient = 0; lenient < 2; lenient++) {
            size_t len;
            char *text = wide_panel(40, bad, &len);
            ei_csv_options o = EI_CSV_OPTIONS_INIT;
            o.lenient = lenient;
            bool par = same_both_ways(text, len, &o);
            /* read in pieces, unless the read stops at the bad row: then
             * the one-thread reader reports it */
            assert_true(par || (bad && !lenient));
            free(text);
        }
}

/* ---- what the parallel read hands back --------------------------------- */

/* The panel with lines rows[k] (0 is the header) replaced by with[k]. */
static char *panel_with_many(const char *const *with, const size_t *rows,
                             size_t n, size_t *len)
{
    panel_opts po = {false, false, false, true, NULL};
    char *text = panel(&po, len);
    buf b = {NULL, 0, 0};
    const char *p = text;
    for (size_t line = 0; *p; line++) {
        const char *e = strchr(p, '\n');
        size_t len1 = e ? (size_t)(e - p) + 1 : strlen(p);
        size_t k = 0;
        while (k < n && rows[k] != line)
            k++;
        if (k < n)
            put(&b, "%s\n", with[k]);
        else
            put(&b, "%.*s", (int)len1, p);
        p += len1;
    }
    free(text);
    *len = b.len;
    return b.s;
}

static char *panel_with(const char *with, size_t row, size_t *len)
{
    return panel_with_many(&with, &row, 1, len);
}

static void handed_back(const char *with, size_t row, bool lenient)
{
    size_t len;
    char *text = panel_with(with, row, &len);
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.lenient = lenient;
    same_both_ways(text, len, &o);
    free(text);
}

static void bad_text(void **state)
{
    (void)state;
    for (int lenient = 0; lenient < 2; lenient++) {
        /* bad UTF-8 in a region, an unknown column, a missing value's
         * row, a note; late and early in the file */
        handed_back("\xff\xfe,地区生产总值,2020-01,1,亿元,actual,1,n,s,r,c,x",
                    500, lenient);
        handed_back("汉阳区,地区生产总值,2029-01,1,亿元,actual,1,n,s,r,c,\xe6",
                    40, lenient);
        handed_back("\xc3(,地区生产总值,2029-01,NA,亿元,actual,1,n,s,r,c,x",
                    300, lenient);
        handed_back("汉阳区,地区生产总值,2029-01,1,亿元,actual,1,\xed\xa0\x80,"
                    "s,r,c,x", 560, lenient);
        /* a NUL byte */
        size_t len;
        char *text = panel_with("汉阳区,地区生产总值,2029-01,1,亿元,actual,1,n,"
                                "s,r,c,x", 200, &len);
        char *x = strstr(text, "2029-01,1");
        x[8] = '\0';
        ei_csv_options o = EI_CSV_OPTIONS_INIT;
        o.lenient = lenient;
        same_both_ways(text, len, &o);
        free(text);
    }
}

static void gbk_file(void **state)
{
    (void)state;
    /* "汉阳区" in GBK: the auto encoding converts it on the one-thread
     * path */
    handed_back("\xba\xba\xd1\xf4\xc7\xf8,地区生产总值,2029-01,1,亿元,actual,1,n,"
                "s,r,c,x", 300, false);
}

/* A unit that does not convert (% for a level in 亿元): the error is
 * located by the one-thread read, before a later bad cell. */
static void unit_then_cell(void **state)
{
    (void)state;
    size_t len;
    char *text = panel_with("汉阳区,地区生产总值,2020-02,1,%,actual,1,n,s,r,"
                            "c,x", 30, &len);
    char *bad = strstr(text + len / 2, "\n");
    memcpy(bad + 1, "?", 1); /* a bad cell far later: row's region */
    for (int lenient = 0; lenient < 2; lenient++) {
        ei_csv_options o = EI_CSV_OPTIONS_INIT;
        o.lenient = lenient;
        same_both_ways(text, len, &o);
    }
    free(text);
}

/* Errors and problems found in pieces come in file order with their lines
 * counted across pieces. */
static void cell_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "汉阳区,地区生产总值,2020-13,1,亿元,actual,1,n,s,r,c,x",
        "汉阳区,地区生产总值,2022-01,1x,亿元,actual,1,n,s,r,c,x",
        "汉阳区,税收收入,2023-01,1,亿元,maybe,1,n,s,r,c,x",
        "汉阳区,税收收入,2023-02,1,亿元,actual,1,n,s,r,c",
    };
    static const size_t rows[] = {100, 250, 400, 520};
    for (int lenient = 0; lenient < 2; lenient++) {
        size_t len;
        char *text = panel_with_many(bad, rows, 4, &len);
        ei_csv_options o = EI_CSV_OPTIONS_INIT;
        o.lenient = lenient;
        assert_true(same_both_ways(text, len, &o));
        free(text);
    }
}

/* Line ends inside quotes: a cut may fall in one. */
static void quoted_line_ends(void **state)
{
    (void)state;
    buf b = {NULL, 0, 0};
    put(&b, "region,indicator,period,value,note\n");
    for (int t = 0; t < 400; t++)
        put(&b, "汉阳区,地区生产总值,%d-%02d,%d,\"line one\nline %d\"\n",
            2000 + t / 12, t % 12 + 1, t, t);
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    same_both_ways(b.s, b.len, &o);
    free(b.s);
}

/* ---- bundled datasets and the bad-input corpus ------------------------- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    buf b = {NULL, 0, 0};
    put(&b, "%s", "");
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n + 1 > b.cap) {
            b.cap = (b.len + n + 1) * 2;
            b.s = realloc(b.s, b.cap);
            assert_non_null(b.s);
        }
        memcpy(b.s + b.len, chunk, n);
        b.len += n;
        b.s[b.len] = '\0';
    }
    fclose(f);
    *len = b.len;
    return b.s;
}

static void datasets(void **state)
{
    (void)state;
    const char *src = getenv("SRCDIR");
    assert_non_null(src);
    static const char *const files[] = {
        "hanyang/observations.csv", "hanyang/observations_other.csv",
        "hanyang/cumulative.csv", "hongshan/observations.csv",
        "wuhan/observations.csv"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/datasets/%s", src, files[i]);
        size_t len;
        char *text = slurp(path, &len);
        if (!text)
            continue; /* not every district has every file */
        ei_csv_options o = EI_CSV_OPTIONS_INIT;
        same_both_ways(text, len, &o);
        free(text);
    }
}

static void corpus(void **state)
{
    (void)state;
    const char *src = getenv("SRCDIR");
    assert_non_null(src);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/data/bad", src);
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t cases = 0;
    for (struct dirent *de; (de = readdir(d));) {
        if (de->d_name[0] == '.')
            continue;
        char path[2048];
        size_t len;
        snprintf(path, sizeof path, "%s/%s/input.csv", dir, de->d_name);
        char *text = slurp(path, &len);
        if (!text) {
            snprintf(path, sizeof path, "%s/%s/input.bin", dir, de->d_name);
            text = slurp(path, &len);
        }
        if (!text)
            continue;
        for (int lenient = 0; lenient < 2; lenient++) {
            ei_csv_options o = EI_CSV_OPTIONS_INIT;
            o.lenient = lenient;
            same_both_ways(text, len, &o);
        }
        free(text);
        cases++;
    }
    closedir(d);
    assert_true(cases >= 60);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(period_major),
        cmocka_unit_test(series_major),
        cmocka_unit_test(extras_crlf_bom_blanks),
        cmocka_unit_test(wide_layout),
        cmocka_unit_test(bad_text),
        cmocka_unit_test(gbk_file),
        cmocka_unit_test(unit_then_cell),
        cmocka_unit_test(cell_errors),
        cmocka_unit_test(quoted_line_ends),
        cmocka_unit_test(datasets),
        cmocka_unit_test(corpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
