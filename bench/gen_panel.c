/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * gen_panel: a deterministic synthetic panel of district indicators, shaped
 * like a statistics bureau's dump, for the benchmarks.
 *
 *   gen_panel [--rows N] [--seed S] [--wide [--annual]] [-o FILE]
 *
 * Long layout (default): region,indicator,period,value,unit with periods
 * 2000-01 .. 2025-12 for 12 monthly indicators and 2000 .. 2025 for 6 annual
 * ones, values in 亿元 with two decimals. Rows come period-major (every
 * district's figures for 2000-01, then 2000-02 …, the annual figures after
 * each December), as bureau dumps do. About 0.5% of rows are absent, 0.2% of
 * values are empty, and one series in five starts late (2003-2018).
 * The number of districts is chosen so the long file has about N rows (a
 * wide file holds the same observations, one row per series).
 *
 * Wide layout: region,indicator,unit then one column per month (or per year
 * with --annual), one row per series, empty cells where the long file has no
 * value.
 *
 * Everything is a pure function of (seed, series, period): same arguments,
 * same bytes (values are rounded to integer fen of 亿元 and printed with
 * integer arithmetic; only libm's exp and sin could differ between systems,
 * by an ulp, which almost never moves a fen).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PI 3.14159265358979323846
#define YEAR0 2000
#define NYEARS 26
#define NMONTHS (NYEARS * 12)

static const char *const monthly_ind[] = {
    "社会消费品零售总额", "一般公共预算收入", "一般公共预算支出",
    "税收收入", "进出口总额", "出口总额", "进口总额",
    "金融机构人民币存款余额", "金融机构人民币贷款余额", "住户存款余额",
    "规模以上工业营业收入", "商品房销售额",
};
static const char *const annual_ind[] = {
    "农林牧渔业总产值", "建筑业总产值", "批发和零售业销售额",
    "住宿和餐饮业营业额", "城乡居民储蓄存款年末余额", "政府性基金收入",
};
#define N_MONTHLY (sizeof monthly_ind / sizeof *monthly_ind)
#define N_ANNUAL (sizeof annual_ind / sizeof *annual_ind)
#define N_IND (N_MONTHLY + N_ANNUAL)

static const char *const provinces[] = {
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江",
    "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
    "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
    "陕西", "甘肃", "青海", "宁夏", "新疆",
};
static const char *const syllables[] = {
    "安", "平", "东", "西", "南", "北", "清", "河", "阳", "山", "新", "长",
    "永", "宁", "兴", "和", "丰", "城", "江", "湖", "石", "林", "泉", "昌",
    "华", "金", "台", "云", "龙", "德", "庆", "通", "武", "明", "远", "海",
    "桥", "溪", "田", "乐",
};
static const char *const suffixes[] = {"区", "县", "市"};
#define N_PROV (sizeof provinces / sizeof *provinces)
#define N_SYL (sizeof syllables / sizeof *syllables)

/* splitmix64's finaliser: a good 64-bit mix, enough for test data. */
static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15u;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

static uint64_t hash3(uint64_t seed, uint64_t a, uint64_t b)
{
    return mix(mix(mix(seed) ^ a) ^ b);
}

/* Uniform in [0, 1). */
static double unif(uint64_t h)
{
    return (double)(h >> 11) * (1.0 / 9007199254740992.0);
}

typedef struct series_spec {
    double base;   /* level in the first period, 亿元 */
    double growth; /* trend growth per year */
    int start;     /* first period index (month or year) with data */
} series_spec;

typedef struct gen {
    uint64_t seed;
    size_t nreg;
    char (*names)[64];
    series_spec *spec; /* nreg * N_IND */
    char buf[1 << 20];
    size_t len;
    FILE *out;
    unsigned long long rows;
} gen;

static void flush_out(gen *g)
{
    if (g->len && fwrite(g->buf, 1, g->len, g->out) != g->len) {
        perror("gen_panel: write");
        exit(1);
    }
    g->len = 0;
}

static void put(gen *g, const char *s, size_t n)
{
    if (g->len + n > sizeof g->buf)
        flush_out(g);
    memcpy(g->buf + g->len, s, n);
    g->len += n;
}

static void puts_(gen *g, const char *s) { put(g, s, strlen(s)); }

/* An amount in fen (0.01 亿元) as "123.45". */
static void put_fen(gen *g, int64_t fen)
{
    char tmp[32];
    char *p = tmp + sizeof tmp;
    int64_t whole = fen / 100, frac = fen % 100;
    *--p = (char)('0' + frac % 10);
    *--p = (char)('0' + frac / 10);
    *--p = '.';
    do {
        *--p = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole);
    put(g, p, (size_t)(tmp + sizeof tmp - p));
}

static void put_uint(gen *g, unsigned v, int width)
{
    char tmp[16];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v || n < width);
    while (n)
        put(g, &tmp[--n], 1);
}

static void make_names(gen *g)
{
    for (size_t i = 0; i < g->nreg; i++) {
        size_t k = i / N_PROV;
        snprintf(g->names[i], sizeof g->names[i], "%s%s%s%s%s",
                 provinces[i % N_PROV], syllables[k % N_SYL],
                 syllables[(k / N_SYL) % N_SYL],
                 k >= N_SYL * N_SYL ? syllables[(k / N_SYL / N_SYL) % N_SYL]
                                    : "",
                 suffixes[mix(i) % 3]);
    }
}

static void make_specs(gen *g)
{
    for (size_t r = 0; r < g->nreg; r++)
        for (size_t j = 0; j < N_IND; j++) {
            series_spec *s = &g->spec[r * N_IND + j];
            uint64_t h = hash3(g->seed, r, j);
            int monthly = j < N_MONTHLY;
            /* log-uniform size: 1-80 亿元 a month, 20-2000 a year */
            double lo = monthly ? 1.0 : 20.0, hi = monthly ? 80.0 : 2000.0;
            s->base = lo * exp(unif(h) * log(hi / lo));
            s->growth = 0.02 + 0.10 * unif(mix(h ^ 1));
            int late = unif(mix(h ^ 2)) < 0.2;
            int year = late ? 3 + (int)(mix(h ^ 3) % 16) : 0;
            s->start = monthly ? year * 12 + (late ? (int)(mix(h ^ 4) % 12)
                                                   : 0)
                               : year;
        }
}

/* Value in fen of series (r, j) at period index t (months or years), or -1
 * for an empty cell, -2 for an absent row. */
static int64_t value_at(const gen *g, size_t r, size_t j, int t)
{
    const series_spec *s = &g->spec[r * N_IND + j];
    if (t < s->start)
        return -2;
    uint64_t h = hash3(g->seed ^ 0x5eed, r * N_IND + j, (uint64_t)t);
    double u = unif(h);
    if (u < 0.005)
        return -2;
    if (u < 0.007)
        return -1;
    int monthly = j < N_MONTHLY;
    double years = monthly ? t / 12.0 : (double)t;
    double season = monthly ? 1.0 + 0.15 * sin(2 * PI * (t % 12) / 12.0
                                                + (double)j)
                            : 1.0;
    double noise = 1.0 + 0.06 * (unif(mix(h)) - 0.5);
    double v = s->base * exp(s->growth * years) * season * noise;
    int64_t fen = (int64_t)(v * 100.0 + 0.5);
    return fen < 1 ? 1 : fen;
}

static void put_period(gen *g, int t, int monthly)
{
    if (monthly) {
        put_uint(g, (unsigned)(YEAR0 + t / 12), 4);
        put(g, "-", 1);
        put_uint(g, (unsigned)(t % 12 + 1), 2);
    } else {
        put_uint(g, (unsigned)(YEAR0 + t), 4);
    }
}

static void long_row(gen *g, size_t r, size_t j, int t)
{
    int monthly = j < N_MONTHLY;
    int64_t v = value_at(g, r, j, t);
    if (v == -2)
        return;
    puts_(g, g->names[r]);
    put(g, ",", 1);
    puts_(g, monthly ? monthly_ind[j] : annual_ind[j - N_MONTHLY]);
    put(g, ",", 1);
    put_period(g, t, monthly);
    put(g, ",", 1);
    if (v >= 0)
        put_fen(g, v);
    puts_(g, ",亿元\n");
    g->rows++;
}

static void write_long(gen *g)
{
    puts_(g, "region,indicator,period,value,unit\n");
    for (int y = 0; y < NYEARS; y++) {
        for (int m = 0; m < 12; m++)
            for (size_t r = 0; r < g->nreg; r++)
                for (size_t j = 0; j < N_MONTHLY; j++)
                    long_row(g, r, j, y * 12 + m);
        for (size_t r = 0; r < g->nreg; r++)
            for (size_t j = N_MONTHLY; j < N_IND; j++)
                long_row(g, r, j, y);
    }
}

static void write_wide(gen *g, int annual)
{
    int nper = annual ? NYEARS : NMONTHS;
    size_t j0 = annual ? N_MONTHLY : 0, j1 = annual ? N_IND : N_MONTHLY;
    puts_(g, "region,indicator,unit");
    for (int t = 0; t < nper; t++) {
        put(g, ",", 1);
        put_period(g, t, !annual);
    }
    put(g, "\n", 1);
    for (size_t r = 0; r < g->nreg; r++)
        for (size_t j = j0; j < j1; j++) {
            puts_(g, g->names[r]);
            put(g, ",", 1);
            puts_(g, annual ? annual_ind[j - N_MONTHLY] : monthly_ind[j]);
            puts_(g, ",亿元");
            for (int t = 0; t < nper; t++) {
                int64_t v = value_at(g, r, j, t);
                put(g, ",", 1);
                if (v >= 0)
                    put_fen(g, v);
            }
            put(g, "\n", 1);
            g->rows++;
        }
}

static void usage(void)
{
    fputs("usage: gen_panel [--rows N] [--seed S] [--wide [--annual]] "
          "[-o FILE]\n", stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    static gen g; /* 1 MB buffer: not on the stack */
    unsigned long long want = 10000;
    const char *path = NULL;
    int wide = 0, annual = 0;
    g.seed = 20240601;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--rows") && i + 1 < argc)
            want = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            g.seed = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--wide"))
            wide = 1;
        else if (!strcmp(argv[i], "--annual"))
            annual = 1;
        else if (!strcmp(argv[i], "-o") && i + 1 < argc)
            path = argv[++i];
        else
            usage();
    }
    /* Long rows per district: every monthly and annual period of every
     * indicator, less late starts (mean 1/5 * 10.5 years) and absent rows. */
    double per = (N_MONTHLY * NMONTHS + N_ANNUAL * NYEARS)
                 * (1.0 - 0.2 * 10.5 / NYEARS) * 0.995;
    g.nreg = (size_t)((double)want / per + 0.5);
    if (g.nreg < 1)
        g.nreg = 1;
    if (g.nreg > N_PROV * N_SYL * N_SYL * N_SYL) {
        fputs("gen_panel: too many rows\n", stderr);
        return 2;
    }
    g.names = calloc(g.nreg, sizeof *g.names);
    g.spec = calloc(g.nreg * N_IND, sizeof *g.spec);
    if (!g.names || !g.spec) {
        fputs("gen_panel: out of memory\n", stderr);
        return 1;
    }
    g.out = path ? fopen(path, "wb") : stdout;
    if (!g.out) {
        perror(path);
        return 1;
    }
    make_names(&g);
    make_specs(&g);
    if (wide)
        write_wide(&g, annual);
    else
        write_long(&g);
    flush_out(&g);
    if (fflush(g.out) || (path && fclose(g.out))) {
        perror("gen_panel: write");
        return 1;
    }
    fprintf(stderr, "gen_panel: %zu districts, %llu rows\n", g.nreg, g.rows);
    free(g.names);
    free(g.spec);
    return 0;
}
