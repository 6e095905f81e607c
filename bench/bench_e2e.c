/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_e2e: the benchmark job (bench/README.md) through the public API.
 *
 *   bench_e2e IN.csv [YOY_OUT.csv SERIES_OUT.csv]
 *
 * Reads a long observations file with ei_csv_read_file(), then for every
 * series (in region, indicator, frequency order): year-on-year growth by
 * calendar period (ei_series_transform, pc1), CAGR from the first to the
 * last full year (monthly series summed to years with ei_series_aggregate;
 * ei_series_cagr), and the gap of the last year-on-year growth to a 5 %
 * target in percentage points. Writes every finite year-on-year growth
 * (region,indicator,period,yoy) with a plain buffered writer (its own
 * %.17g, without printf), blocks of series computed on two threads and
 * written in order as they finish, and one row per series with the
 * library's table writer. Reports the time and CPU time of each step,
 * MB/s, rows/s and peak memory on standard output.
 *
 * Outputs default to e2e_yoy.csv and e2e_series.csv in the current
 * directory.
 */
#define _GNU_SOURCE /* RUSAGE_THREAD, fallocate */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <econind/econind.h>

#define TARGET_PCT 5.0

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds (user + system) of the process or of this thread. */
static double cpu_seconds(int who)
{
    struct rusage ru;
    getrusage(who, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
           + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}

static int fail(const char *what, const ei_error *err)
{
    char msg[512];
    ei_error_format(err, msg, sizeof msg);
    fprintf(stderr, "bench_e2e: %s: %s\n", what, msg);
    return 1;
}

/* A series with its sort key at hand: the comparisons of the sort then
 * call nothing but strcmp. */
typedef struct keyed {
    const char *region, *indicator;
    int freq;
    const ei_series *s;
} keyed;

/* Series in region, indicator, frequency order (bytewise, as the peers
 * sort): the job's "sort it". */
static int by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->region, y->region);
    if (!c)
        c = strcmp(x->indicator, y->indicator);
    if (!c)
        c = x->freq - y->freq;
    return c;
}

/* A growable text buffer: a block of series writes its growth rows into
 * one (its pipeline slot's), written to the file in block order. */
typedef struct text {
    char *buf;
    size_t len, cap;
    int failed;
} text;

/* Room for @p n more bytes at buf + len; NULL when out of memory. */
static char *text_room(text *t, size_t n)
{
    if (t->len + n > t->cap) {
        size_t cap = t->cap ? t->cap : 1 << 16;
        while (cap < t->len + n)
            cap *= 2;
        char *b = realloc(t->buf, cap);
        if (!b) {
            t->failed = 1;
            return NULL;
        }
        t->buf = b;
        t->cap = cap;
    }
    return t->buf + t->len;
}

/* @p s as a CSV field into @p dst (room for 2 * strlen(s) + 2): quoted
 * when it holds a comma, quote or line end. Returns the length. */
static size_t quote_into(char *dst, const char *s)
{
    size_t n = strlen(s);
    if (!strpbrk(s, ",\"\r\n")) {
        memcpy(dst, s, n);
        return n;
    }
    char *p = dst;
    *p++ = '"';
    for (; *s; s++) {
        if (*s == '"')
            *p++ = '"';
        *p++ = *s;
    }
    *p++ = '"';
    return (size_t)(p - dst);
}

/* GCC and Clang's 128-bit integer; __extension__ keeps -pedantic quiet. */
__extension__ typedef unsigned __int128 u128;

static const uint64_t pow10_u64[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
    10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
    100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull,
    10000000000000000000ull};

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "fmt_g17 builds digit strings in little-endian words"
#endif

/* The 8 digits of n < 10^8 as ASCII in a word, the first in the low byte,
 * all at once in lanes of one register (SWAR): two 4-digit halves in
 * 32-bit lanes, split into 2-digit parts in 16-bit lanes, split into
 * digits in bytes; (x * 10486) >> 20 is x / 100 for x < 10^4, (x * 103)
 * >> 10 is x / 10 for x < 100, and no lane's product spills into the
 * next. */
static uint64_t digits8(uint32_t n)
{
    uint64_t x = n / 10000 | (uint64_t)(n % 10000) << 32;
    uint64_t h = (x * 10486) >> 20 & 0x0000007f0000007full;
    x = h | (x - 100 * h) << 16;
    uint64_t t = (x * 103) >> 10 & 0x000f000f000f000full;
    x = t | (x - 10 * t) << 8;
    return x | 0x3030303030303030ull;
}

/* The 16 bytes of v at o as two 8-byte stores from registers (copying a
 * u128 whole goes through the stack, and reading it back stalls). */
static void store16(char *o, u128 v)
{
    uint64_t lo = (uint64_t)v, hi = (uint64_t)(v >> 64);
    memcpy(o, &lo, 8);
    memcpy(o + 8, &hi, 8);
}

/* 10^-3 .. 10^15 as doubles. Those below 1 are the doubles just above the
 * powers, and no double lies in between, so a >= pow10_dbl[k + 3] exactly
 * when a >= 10^k. */
static const double pow10_dbl[19] = {
    1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
    1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/* v as printf's %.17g writes it (17 significant digits always read back
 * to the same double), without printf: for 1e-3 <= |v| < 1e15, where
 * growth rates lie, |v| = m * 2^-s exactly (3 <= s <= 62), so the 17
 * digits are round(m * 10^(16-x) / 2^s) for the decimal exponent x,
 * computed in 128-bit integers, rounding half to even as glibc does;
 * other values go to snprintf. Returns the length; buf holds 40 bytes
 * (the digits are moved with fixed-size copies past the end). */
static size_t fmt_g17(char *buf, double v)
{
    double a = fabs(v);
    if (!(a >= 1e-3 && a < 1e15))
        return (size_t)snprintf(buf, 32, "%.17g", v);
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int b = (int)(bits >> 52) - 1023; /* 2^b <= a < 2^(b+1) */
    uint64_t m = (bits & ((1ull << 52) - 1)) | (1ull << 52);
    int s = 52 - b;
    /* floor(b log10 2) (78913 / 2^18 ~ log10 2, GCC's >> floors) is x
     * or x - 1 */
    int x = (b * 78913) >> 18;
    x += a >= pow10_dbl[x + 4];
    u128 p = (u128)m * pow10_u64[16 - x];
    /* p / 2^s rounded half to even: adding half - 1, and one more when the
     * quotient is odd, carries exactly when it must round up */
    uint64_t q = (uint64_t)((p + ((u128)1 << (s - 1)) - 1 + ((p >> s) & 1))
                            >> s);
    if (q == pow10_u64[17]) { /* 9.99...95 rounds up to 10.00...0 */
        q = pow10_u64[16];
        x++;
    }
    /* The 17 digits as a string held in registers, bytes 0-15 in str and
     * byte 16 in c16: cut and stored with fixed-size copies, never read
     * back from memory. */
    uint64_t w1 = digits8((uint32_t)(q / pow10_u64[8] % pow10_u64[8]));
    uint64_t w2 = digits8((uint32_t)(q % pow10_u64[8]));
    u128 str = (u128)('0' + q / pow10_u64[16]) | (u128)w1 << 8 |
               (u128)w2 << 72;
    char c16 = (char)(w2 >> 56);
    int nd = 17; /* %g drops trailing zeros of the fraction */
    if (c16 == '0')
        for (nd = 16; (char)(str >> (8 * (nd - 1))) == '0';)
            nd--; /* stops at the first digit, never 0 */
    char *o = buf;
    if (v < 0)
        *o++ = '-';
    if (x >= 0) { /* x <= 14: the integer digits, then the fraction */
        store16(o, str);
        o += x + 1;
        if (nd > x + 1) {
            u128 f = str >> (8 * (x + 1)) | (u128)(unsigned char)c16
                                              << (8 * (15 - x));
            *o = '.';
            store16(o + 1, f);
            o += nd - x;
        }
    } else { /* 0. and -x - 1 zeros, then the digits */
        memcpy(o, "0.00", 4);
        o += 1 - x;
        store16(o, str);
        o[16] = c16;
        o += nd;
    }
    return (size_t)(o - buf);
}

/* Bytes of a row's prefix copied at once: more than most prefixes, so the
 * copy has a constant size (the buffers have room past their ends). */
#define PREFIX_COPY 64

/* The start of every row of a series up to its sub-period:
 * "region,indicator,2017-" (monthly), "...,2017Q" (quarterly),
 * "...,2017," (annual). Its year is rewritten when the year changes, so
 * most of a row is one fixed-size copy. */
typedef struct prefix {
    char *buf;      /* the key, then the year; PREFIX_COPY bytes at least */
    size_t key_len; /* "region,indicator," */
    size_t len;     /* 0 while the year has no 4-digit text */
    int year;
} prefix;

/* Point the prefix at year @p y of frequency @p f: 2017 and its
 * separator; years outside 1000-9999 leave len 0 (ei_period_format()
 * writes those rows). */
static void prefix_year(prefix *pf, int y, ei_freq f)
{
    pf->year = y;
    pf->len = 0;
    if (y < 1000 || y > 9999)
        return;
    char *d = pf->buf + pf->key_len;
    for (int i = 3; i >= 0; i--, y /= 10)
        d[i] = (char)('0' + y % 10);
    d[4] = f == EI_FREQ_MONTHLY ? '-' : f == EI_FREQ_QUARTERLY ? 'Q' : ',';
    pf->len = pf->key_len + 5;
}

/* Row text up to the growth rate for single period @p p into @p buf (room
 * for PREFIX_COPY + EI_PERIOD_TEXT_MAX + 1 past the prefix). Returns the
 * length. */
static size_t put_row_start(char *buf, prefix *pf, ei_period p)
{
    static const char months[] = "010203040506070809101112";
    if (p.year != pf->year)
        prefix_year(pf, p.year, p.freq);
    char *o = buf;
    if (!pf->len) {
        memcpy(o, pf->buf, pf->key_len);
        o += pf->key_len;
        o += ei_period_format(p, o, EI_PERIOD_TEXT_MAX);
        *o++ = ',';
        return (size_t)(o - buf);
    }
    if (pf->len <= PREFIX_COPY)
        memcpy(o, pf->buf, PREFIX_COPY);
    else
        memcpy(o, pf->buf, pf->len);
    o += pf->len;
    if (p.freq == EI_FREQ_MONTHLY) {
        memcpy(o, months + 2 * (p.sub - 1), 2);
        o[2] = ',';
        o += 3;
    } else if (p.freq == EI_FREQ_QUARTERLY) {
        o[0] = (char)('0' + p.sub);
        o[1] = ',';
        o += 2;
    }
    return (size_t)(o - buf);
}

/* The single period after @p p (ei_period_next without its checks). */
static ei_period next_period(ei_period p)
{
    if (p.freq == EI_FREQ_ANNUAL) {
        p.year++;
    } else if (++p.sub > (int)p.freq) {
        p.sub = 1;
        p.year++;
    }
    p.first = p.sub;
    return p;
}

enum { C_REGION, C_INDICATOR, C_FREQ, C_FIRST, C_LAST, C_CAGR, C_LASTP,
       C_YOY, C_GAP, C_COUNT_ };
static const char *const columns[C_COUNT_] = {
    "region", "indicator", "freq", "first_year", "last_year", "cagr",
    "last_period", "yoy_last", "gap"};

/* What the series table shows of one series. */
typedef struct summary {
    int first, last;       /* first and last full year; 0 if < 2 */
    ei_result cagr;
    bool has_yoy;          /* some year-on-year growth is finite */
    ei_period last_period; /* the last one's period */
    double yoy_last;
} summary;

/* CAGR from the first to the last year of @p annual with a value. */
static int cagr_full_years(summary *sm, const ei_series *annual,
                           ei_error *err)
{
    const double *v = ei_series_values(annual);
    size_t n = ei_series_len(annual), i0 = 0, i1 = n;
    while (i0 < n && isnan(v[i0]))
        i0++;
    while (i1 > i0 && isnan(v[i1 - 1]))
        i1--;
    sm->cagr.value = NAN;
    sm->cagr.reason = EI_REASON_TOO_FEW_POINTS;
    sm->first = sm->last = 0;
    if (i1 == 0 || i1 - 1 <= i0)
        return EI_OK;
    ei_period p0 = ei_series_period_at(annual, i0);
    ei_period p1 = ei_series_period_at(annual, i1 - 1);
    sm->first = p0.year;
    sm->last = p1.year;
    return ei_series_cagr(&sm->cagr, annual, p0, p1, NULL, err);
}

/* Growth rows of @p s into @p out, and its summary. Touches nothing
 * shared: blocks of series run on both cores. */
static int do_series(text *out, size_t *rows, summary *sm,
                     const ei_series *s, ei_error *err)
{
    ei_series *yoy = NULL, *annual = NULL;
    int rc = ei_series_transform(&yoy, s, EI_TRANSFORM_PC1, NULL, err);
    if (rc)
        return rc;

    /* "region,indicator,2017-" once per series and year, copied to every
     * row. */
    const char *reg = ei_series_region(s), *ind = ei_series_indicator(s);
    size_t cap = 2 * (strlen(reg) + strlen(ind)) + 16; /* quoted, year */
    prefix pf = {malloc(cap > PREFIX_COPY ? cap : PREFIX_COPY), 0, 0, 0};
    if (!pf.buf) {
        ei_series_free(yoy);
        return EI_ENOMEM;
    }
    pf.key_len = quote_into(pf.buf, reg);
    pf.buf[pf.key_len++] = ',';
    pf.key_len += quote_into(pf.buf + pf.key_len, ind);
    pf.buf[pf.key_len++] = ',';

    /* Every finite growth rate, and the last one for the gap. The points
     * are consecutive periods: counted on from the first, not looked up. */
    const double *g = ei_series_values(yoy);
    size_t n = ei_series_len(yoy);
    ei_period per = ei_series_start(yoy);
    sm->has_yoy = false;
    for (size_t i = 0; i < n; i++, per = next_period(per)) {
        if (isnan(g[i]))
            continue;
        char *p = text_room(out, pf.key_len + PREFIX_COPY +
                                     EI_PERIOD_TEXT_MAX + 48);
        if (!p) {
            rc = EI_ENOMEM;
            goto done;
        }
        p += put_row_start(p, &pf, per);
        p += fmt_g17(p, g[i]);
        *p++ = '\n';
        out->len = (size_t)(p - out->buf);
        ++*rows;
        sm->has_yoy = true;
        sm->last_period = per;
        sm->yoy_last = g[i];
    }

    const ei_series *ann = s;
    if (ei_series_freq(s) != EI_FREQ_ANNUAL) {
        rc = ei_series_aggregate(&annual, s, EI_FREQ_ANNUAL, EI_AGG_SUM, NULL,
                                 err);
        if (rc)
            goto done;
        ann = annual;
    }
    rc = cagr_full_years(sm, ann, err);
done:
    free(pf.buf);
    ei_series_free(yoy);
    ei_series_free(annual);
    return rc;
}

/* The series table's row for @p s. */
static int table_row(ei_table *t, const ei_series *s, const summary *sm,
                     ei_error *err)
{
    size_t row;
    int rc;
    if ((rc = ei_table_add_row(t, &row, err)) ||
        (rc = ei_table_set_text(t, row, C_REGION, ei_series_region(s), err)) ||
        (rc = ei_table_set_text(t, row, C_INDICATOR, ei_series_indicator(s),
                                err)) ||
        (rc = ei_table_set_text(t, row, C_FREQ,
                                ei_freq_name(ei_series_freq(s)), err)))
        return rc;
    if (sm->last > sm->first &&
        ((rc = ei_table_set_number(t, row, C_FIRST, sm->first, 0, err)) ||
         (rc = ei_table_set_number(t, row, C_LAST, sm->last, 0, err))))
        return rc;
    rc = sm->cagr.reason == EI_REASON_NONE
             ? ei_table_set_number(t, row, C_CAGR, sm->cagr.value, 2, err)
             : ei_table_set_missing(t, row, C_CAGR, sm->cagr.reason, err);
    if (rc)
        return rc;
    if (!sm->has_yoy) {
        if ((rc = ei_table_set_missing(t, row, C_YOY,
                                       EI_REASON_TOO_FEW_POINTS, err)))
            return rc;
        return ei_table_set_missing(t, row, C_GAP, EI_REASON_TOO_FEW_POINTS,
                                    err);
    }
    char per[EI_PERIOD_TEXT_MAX];
    ei_period_format(sm->last_period, per, sizeof per);
    if ((rc = ei_table_set_text(t, row, C_LASTP, per, err)) ||
        (rc = ei_table_set_number(t, row, C_YOY, sm->yoy_last, 2, err)))
        return rc;
    return ei_table_set_number(t, row, C_GAP, sm->yoy_last - TARGET_PCT, 2,
                               err);
}

/* Series per block: small enough that a block's growth text stays a few
 * megabytes and the last block leaves little idle time. */
#define BLOCK_SERIES 64

/* Blocks computed ahead of the one being written, at most. */
#define SLOTS 8

/* A computed block waiting to be written. */
typedef struct slot {
    text out;
    size_t rows;
    int rc;
    ei_error err;
    const char *what;
    bool done;
} slot;

/* The growth phase as a pipeline: two threads compute blocks of
 * consecutive series into a ring of slots, up to SLOTS ahead of the
 * writing; whichever thread finds the next block in order computed, and
 * nobody writing, writes it (growth rows and table rows) and those after
 * it that are ready. So a thread that falls behind or writes never stalls
 * the other. The mutex guards everything but the slot a thread computes
 * into and the file and table, which only the writer touches. */
typedef struct pipeline {
    const ei_series *const *order;
    summary *sums;
    size_t nser, nblocks;
    FILE *fp;
    ei_table *table;
    pthread_mutex_t mu;
    pthread_cond_t room; /* a slot was freed, or the pipeline failed */
    slot slots[SLOTS];
    size_t next;         /* the next block to compute */
    size_t written;      /* blocks written, in order */
    bool writing;        /* a thread is writing */
    size_t rows;         /* growth rows written */
    off_t bytes;         /* bytes of the growth file written */
    off_t reserved;      /* bytes of it preallocated, -1 if refused */
    int rc;              /* the first failure: stops everyone */
    ei_error err;
    const char *what;
} pipeline;

/* The growth file is preallocated this much at a time. */
#define PREALLOC ((off_t)64 << 20)

/* Preallocate the growth file up to @p upto bytes, PREALLOC at a time,
 * keeping its size (fallocate): ext4 then neither reserves blocks page by
 * page nor, for a file truncated on opening, writes the whole file back
 * when it is closed. Where fallocate is refused the file grows as usual.
 * The writer's alone. */
static void preallocate(pipeline *pl, off_t upto)
{
    while (pl->reserved >= 0 && pl->reserved < upto) {
        if (fallocate(fileno(pl->fp), FALLOC_FL_KEEP_SIZE, pl->reserved,
                      PREALLOC) != 0)
            pl->reserved = -1;
        else
            pl->reserved += PREALLOC;
    }
}

/* Series [*i0, *i1) of block k. */
static void block_range(const pipeline *pl, size_t k, size_t *i0,
                        size_t *i1)
{
    *i0 = k * BLOCK_SERIES;
    *i1 = *i0 + BLOCK_SERIES < pl->nser ? *i0 + BLOCK_SERIES : pl->nser;
}

/* Compute block k into its slot. On failure what names the failing
 * series (err says why), or is NULL when out ran out of memory. */
static void compute_block(pipeline *pl, size_t k, slot *sl)
{
    size_t i0, i1;
    block_range(pl, k, &i0, &i1);
    sl->out.len = 0;
    sl->rows = 0;
    sl->rc = EI_OK;
    sl->what = NULL;
    ei_error_clear(&sl->err);
    for (size_t i = i0; i < i1 && !sl->rc; i++) {
        sl->rc = do_series(&sl->out, &sl->rows, &pl->sums[i], pl->order[i],
                           &sl->err);
        if (sl->rc)
            sl->what = ei_series_indicator(pl->order[i]);
    }
    if (!sl->rc && sl->out.failed)
        sl->rc = EI_ENOMEM;
}

/* Write block k (its turn has come): its text, then its table rows. */
static int write_block(pipeline *pl, size_t k, slot *sl)
{
    if (sl->rc)
        return sl->rc;
    preallocate(pl, pl->bytes + (off_t)sl->out.len);
    if (sl->out.len &&
        fwrite(sl->out.buf, 1, sl->out.len, pl->fp) != sl->out.len)
        return EI_EIO; /* errno says why */
    pl->bytes += (off_t)sl->out.len;
    size_t i0, i1;
    block_range(pl, k, &i0, &i1);
    for (size_t i = i0; i < i1; i++) {
        int rc = table_row(pl->table, pl->order[i], &pl->sums[i], &sl->err);
        if (rc) {
            sl->what = "series table";
            return rc;
        }
    }
    return EI_OK;
}

static void *run_pipeline(void *arg)
{
    pipeline *pl = arg;
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        while (!pl->rc && pl->next < pl->nblocks &&
               pl->next - pl->written >= SLOTS)
            pthread_cond_wait(&pl->room, &pl->mu);
        if (pl->rc || pl->next >= pl->nblocks)
            break;
        size_t k = pl->next++;
        slot *sl = &pl->slots[k % SLOTS];
        pthread_mutex_unlock(&pl->mu);
        compute_block(pl, k, sl);
        pthread_mutex_lock(&pl->mu);
        sl->done = true;
        /* Write what is ready in order, unless another thread is. */
        while (!pl->writing && !pl->rc && pl->written < pl->nblocks &&
               pl->slots[pl->written % SLOTS].done) {
            size_t j = pl->written;
            slot *w = &pl->slots[j % SLOTS];
            pl->writing = true;
            pthread_mutex_unlock(&pl->mu);
            int rc = write_block(pl, j, w);
            pthread_mutex_lock(&pl->mu);
            pl->writing = false;
            w->done = false;
            if (rc) {
                pl->rc = rc;
                pl->err = w->err;
                pl->what = w->what;
            } else {
                pl->rows += w->rows;
            }
            pl->written = j + 1;
            pthread_cond_broadcast(&pl->room);
        }
    }
    pthread_mutex_unlock(&pl->mu);
    return NULL;
}

/* The growth file, opened on a thread of its own while the input is read:
 * truncating a previous output of hundreds of megabytes takes a twentieth
 * of a second or more. */
typedef struct opener {
    const char *path;
    FILE *fp;
    int err; /* errno when fp is NULL */
} opener;

static void *open_output(void *arg)
{
    opener *op = arg;
    op->fp = fopen(op->path, "wb");
    op->err = op->fp ? 0 : errno;
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 4) {
        fputs("usage: bench_e2e IN.csv [YOY_OUT.csv SERIES_OUT.csv]\n",
              stderr);
        return 2;
    }
    const char *in = argv[1];
    const char *yoy_path = argc == 4 ? argv[2] : "e2e_yoy.csv";
    const char *series_path = argc == 4 ? argv[3] : "e2e_series.csv";
    struct stat st;
    if (stat(in, &st) != 0) {
        perror(in);
        return 1;
    }

    ei_error err;
    ei_error_clear(&err);
    ei_dataset *ds = NULL;
    double t0 = now();
    opener op = {yoy_path, NULL, 0};
    pthread_t opth;
    bool opening = pthread_create(&opth, NULL, open_output, &op) == 0;
    if (!opening)
        open_output(&op);
    if (ei_dataset_new(&ds, NULL, &err))
        return fail("dataset", &err);
    /* Lenient: bureau dumps have empty cells, which the strict reader
     * refuses; they are skipped and counted (the peers read them as NaN,
     * which gives the same results). */
    ei_csv_options opts = EI_CSV_OPTIONS_INIT;
    opts.lenient = true;
    size_t skipped = 0;
    if (ei_csv_read_file(ds, in, &opts, &skipped, &err))
        return fail(in, &err);
    double t1 = now();
    double read_cpu = cpu_seconds(RUSAGE_SELF);
    double read_cpu_main = cpu_seconds(RUSAGE_THREAD);

    size_t nser = ei_dataset_count(ds), nobs = 0;
    const ei_series **order = malloc((nser ? nser : 1) * sizeof *order);
    summary *sums = calloc(nser ? nser : 1, sizeof *sums);
    if (!order || !sums)
        return fail("out of memory", NULL);
    keyed *keys = malloc((nser ? nser : 1) * sizeof *keys);
    if (!keys)
        return fail("out of memory", NULL);
    for (size_t i = 0; i < nser; i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        keys[i] = (keyed){ei_series_region(s), ei_series_indicator(s),
                          (int)ei_series_freq(s), s};
        nobs += ei_series_obs_count(s);
    }
    qsort(keys, nser, sizeof *keys, by_key);
    for (size_t i = 0; i < nser; i++)
        order[i] = keys[i].s;
    free(keys);

    if (opening)
        pthread_join(opth, NULL);
    FILE *fp = op.fp;
    if (!fp) {
        errno = op.err;
        perror(yoy_path);
        return 1;
    }
    static const char yoy_header[] = "region,indicator,period,yoy\n";
    fputs(yoy_header, fp);
    ei_table *table = NULL;
    if (ei_table_new(&table, columns, C_COUNT_, &err))
        return fail("table", &err);

    /* The dataset is read-only from here and the growth functions are
     * pure: the pipeline runs on this thread and one more. */
    pipeline pl = {.order = order, .sums = sums, .nser = nser,
                   .nblocks = (nser + BLOCK_SERIES - 1) / BLOCK_SERIES,
                   .fp = fp, .table = table,
                   .bytes = (off_t)sizeof yoy_header - 1};
    pthread_mutex_init(&pl.mu, NULL);
    pthread_cond_init(&pl.room, NULL);
    pthread_t th;
    bool threaded = pthread_create(&th, NULL, run_pipeline, &pl) == 0;
    run_pipeline(&pl);
    if (threaded)
        pthread_join(th, NULL);
    pthread_cond_destroy(&pl.room);
    pthread_mutex_destroy(&pl.mu);
    for (int k = 0; k < SLOTS; k++)
        free(pl.slots[k].out.buf);
    if (pl.rc == EI_EIO) {
        perror(yoy_path);
        return 1;
    }
    if (pl.rc)
        return pl.what ? fail(pl.what, &pl.err) : fail("out of memory", NULL);
    size_t yoy_rows = pl.rows;
    /* Give back the preallocation past the end. */
    if (pl.reserved > pl.bytes &&
        (fflush(fp) != 0 || ftruncate(fileno(fp), pl.bytes) != 0)) {
        perror(yoy_path);
        return 1;
    }
    if (fclose(fp) != 0) {
        perror(yoy_path);
        return 1;
    }
    double t2 = now();
    double growth_cpu = cpu_seconds(RUSAGE_SELF);
    if (ei_table_write_file(table, series_path, EI_FORMAT_CSV, &err))
        return fail(series_path, &err);
    double t3 = now();
    double series_cpu = cpu_seconds(RUSAGE_SELF);

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double total = t3 - t0, mb = (double)st.st_size / 1e6;
    printf("econind e2e: %s: %.1f MB, %zu observations, %zu series, "
           "%zu growth rates, %zu rows skipped\n", in, mb, nobs, nser,
           yoy_rows, skipped);
    printf("  read %.3f s, compute and write growth %.3f s, "
           "write series %.3f s\n", t1 - t0, t2 - t1, t3 - t2);
    /* CPU time tells what the steps cost when other work shares the
     * machine; the reading thread's own time bounds the read's wall time
     * on an idle machine. */
    printf("  CPU: read %.3f s (reading thread %.3f s), compute and write "
           "growth %.3f s, write series %.3f s, total %.3f s\n",
           read_cpu, read_cpu_main, growth_cpu - read_cpu,
           series_cpu - growth_cpu, series_cpu);
    printf("  total %.3f s: %.1f MB/s, %.0f rows/s, peak RSS %.1f MB\n",
           total, mb / total, (double)nobs / total,
           (double)ru.ru_maxrss / 1024.0);

    ei_table_free(table);
    free(sums);
    free(order);
    ei_dataset_free(ds);
    return 0;
}
