/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Gathering observations apart from a dataset (lib/dataset_gather.c). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "dataset_bulk.h"

static ei_series_meta meta(const char *region, const char *ind,
                           const char *unit)
{
    ei_series_meta m = {region, ind, unit, EI_FREQ_MONTHLY, EI_MEASURE_LEVEL,
                        EI_BASIS_UNKNOWN};
    return m;
}

static ei_observation obs(int year, int month, double v, unsigned long line)
{
    ei_observation o;
    memset(&o, 0, sizeof o);
    o.period = ei_period_month(year, month);
    o.value = v;
    o.growth = NAN;
    o.status = EI_STATUS_ACTUAL;
    o.file = "g.csv";
    o.line = line;
    return o;
}

/* The records of key k, in order, whole. */
static size_t records_of(const ei_bulk *b, uint32_t k, ei_obs_rec *out)
{
    const ei_bulk_key *key = &b->keys[k];
    size_t n = 0;
    for (const ei_bulk_block *blk = key->head; blk; blk = blk->next) {
        uint32_t m = ei_bulk_block_len(key, blk);
        for (uint32_t i = 0; i < m; i++)
            ei_bulk_record(key, blk, i, &out[n++]);
    }
    return n;
}

/* The records of key k, in order, as values. */
static size_t values_of(const ei_bulk *b, uint32_t k, double *out)
{
    ei_obs_rec r[512];
    size_t n = records_of(b, k, r);
    for (size_t i = 0; i < n; i++)
        out[i] = r[i].value;
    return n;
}

/* Rows in period order cycling through 3 series, then in series order:
 * the same 3 keys, in order of first appearance, each row with its key. */
static void keys_in_either_order(void **state)
{
    (void)state;
    static const char *const regions[] = {"汉阳区", "洪山区", "江岸区"};
    ei_bulk *b = ei_bulk_new();
    assert_non_null(b);
    unsigned long line = 2;
    for (int month = 1; month <= 40; month++)
        for (int r = 0; r < 3; r++) {
            ei_series_meta m = meta(regions[r], "地区生产总值", "亿元");
            ei_observation o = obs(2020 + (month - 1) / 12,
                                   (month - 1) % 12 + 1, r * 1000 + month,
                                   line++);
            assert_int_equal(ei_bulk_add(b, &m, &o, NULL), EI_OK);
        }
    for (int r = 2; r >= 0; r--)
        for (int month = 1; month <= 5; month++) {
            ei_series_meta m = meta(regions[r], "地区生产总值", "亿元");
            ei_observation o = obs(2030, month, r * 1000 + 100 + month,
                                   line++);
            assert_int_equal(ei_bulk_add(b, &m, &o, NULL), EI_OK);
        }
    assert_int_equal(b->nkeys, 3);
    assert_int_equal(b->nobs, 3 * 45);
    double v[64];
    for (uint32_t k = 0; k < 3; k++) {
        assert_string_equal(b->keys[k].region_s, regions[k]);
        assert_int_equal(b->keys[k].count, 45);
        /* plain rows: compact, 45 of them in blocks of 40 */
        assert_int_equal(EI_BULK_BLOCK_COMPACT, 40);
        assert_true(b->keys[k].compact);
        assert_int_equal(values_of(b, k, v), 45);
        assert_ptr_equal(b->keys[k].head->next, b->keys[k].tail);
        assert_int_equal(b->keys[k].tail_n, 5);
        for (int month = 1; month <= 40; month++)
            assert_close(v[month - 1], k * 1000.0 + month, 1e-15);
        assert_close(v[44], k * 1000.0 + 105, 1e-15);
    }
    ei_bulk_free(b);
}

/* Anything differing makes another key: unit, frequency, measure, and
 * the text as written (blanks kept: the dataset trims later). */
static void keys_as_written(void **state)
{
    (void)state;
    ei_bulk *b = ei_bulk_new();
    ei_series_meta m[] = {meta("汉阳区", "地区生产总值", "亿元"),
                          meta("汉阳区", "地区生产总值", "万元"),
                          meta(" 汉阳区", "地区生产总值", "亿元"),
                          meta("汉阳区", "GDP", "亿元"),
                          meta(NULL, "GDP", NULL),
                          meta("汉阳区", "地区生产总值", "亿元")};
    m[5].measure = EI_MEASURE_YTD;
    for (size_t i = 0; i < 6; i++) {
        ei_observation o = obs(2020, 1, 1, 2 + i);
        if (i == 5)
            o.period = ei_period_ytd(2020, EI_FREQ_MONTHLY, 1, 3);
        assert_int_equal(ei_bulk_add(b, &m[i], &o, NULL), EI_OK);
    }
    assert_int_equal(b->nkeys, 6);
    assert_string_equal(b->keys[4].region_s, "");
    assert_string_equal(b->keys[4].unit_s, "");
    assert_string_equal(b->keys[2].region_s, " 汉阳区");
    ei_bulk_free(b);
}

/* A key's rows stay compact while they fit its first row's template and
 * are made whole, in order, by the first that does not (here a published
 * growth rate on row 90, past a full compact block); a year-to-date span
 * is never compact. Every field reads back as given. */
static void compact_until_a_row_differs(void **state)
{
    (void)state;
    ei_bulk *b = ei_bulk_new();
    ei_series_meta m = meta("汉阳区", "地区生产总值", "亿元");
    for (int i = 0; i < 100; i++) {
        ei_observation o = obs(2000 + i / 12, i % 12 + 1, 10.0 + i,
                               100 + (unsigned long)i);
        if (i == 90)
            o.growth = 7.5;
        assert_int_equal(ei_bulk_add(b, &m, &o, NULL), EI_OK);
        assert_int_equal(b->keys[0].compact, i < 90);
    }
    ei_obs_rec r[128];
    assert_int_equal(records_of(b, 0, r), 100);
    for (int i = 0; i < 100; i++) {
        assert_close(r[i].value, 10.0 + i, 1e-15);
        assert_int_equal(r[i].line, 100 + i);
        ei_period p = ei_period_month(2000 + i / 12, i % 12 + 1);
        assert_int_equal(r[i].ord, ei_period_ordinal(p));
        assert_int_equal(r[i].first, p.first);
        assert_int_equal(r[i].status, EI_STATUS_ACTUAL);
        if (i == 90)
            assert_close(r[i].growth, 7.5, 1e-15);
        else
            assert_true(isnan(r[i].growth));
    }
    ei_series_meta ytd = m;
    ytd.measure = EI_MEASURE_YTD;
    ei_observation o = obs(2020, 1, 1, 7);
    o.period = ei_period_ytd(2020, EI_FREQ_MONTHLY, 1, 3);
    assert_int_equal(ei_bulk_add(b, &ytd, &o, NULL), EI_OK);
    assert_false(b->keys[1].compact);
    assert_int_equal(records_of(b, 1, r), 1);
    assert_int_equal(r[0].first, 1);
    /* annual periods: first sub-period 0 */
    ei_series_meta year = m;
    year.freq = EI_FREQ_ANNUAL;
    o = obs(2020, 1, 1, 8);
    o.period = ei_period_year(2020);
    assert_int_equal(ei_bulk_add(b, &year, &o, NULL), EI_OK);
    assert_true(b->keys[2].compact);
    assert_int_equal(records_of(b, 2, r), 1);
    assert_int_equal(r[0].first, 0);
    assert_int_equal(r[0].ord, 2020);
    ei_bulk_free(b);
}

/* Texts kept once, in the bulk's pool; origins (source, release) marked as
 * such; a line's number as given. */
static void strings_and_origins(void **state)
{
    (void)state;
    ei_bulk *b = ei_bulk_new();
    ei_series_meta m = meta("汉阳区", "地区生产总值", "亿元");
    for (int i = 0; i < 4; i++) {
        ei_observation o = obs(2020, i + 1, i, 10 + (unsigned long)i);
        o.note = "汉阳区2020年政府工作报告";
        o.source = i < 2 ? "统计局" : "发改局";
        o.release = "2021-01-15";
        o.caliber = i == 3 ? "新口径" : NULL;
        assert_int_equal(ei_bulk_add(b, &m, &o, NULL), EI_OK);
    }
    ei_obs_rec r[8];
    assert_int_equal(records_of(b, 0, r), 4);
    assert_int_equal(r[0].note, r[3].note);
    assert_string_equal(ei_strpool_str(b->pool, r[0].note),
                        "汉阳区2020年政府工作报告");
    assert_int_equal(r[0].caliber, 0);
    assert_string_equal(ei_strpool_str(b->pool, r[3].caliber), "新口径");
    assert_int_equal(r[0].origin, r[1].origin);
    assert_true(r[1].origin != r[2].origin);
    assert_int_equal(b->norigins, 2);
    uint32_t ids[3];
    ei_origin_get(b->pool, r[2].origin, ids);
    assert_int_equal(ids[EI_ORIGIN_FILE], 0); /* the file is the bulk's */
    assert_string_equal(ei_strpool_str(b->pool, ids[EI_ORIGIN_SOURCE]),
                        "发改局");
    assert_int_equal(r[3].line, 13);
    ei_bulk_free(b);
}

/* The checks of ei_dataset_add(), located; text that is not UTF-8 the
 * first time it is seen gives EI_ENCODING without a message. */
static void checks_and_bad_text(void **state)
{
    (void)state;
    ei_bulk *b = ei_bulk_new();
    ei_error err;
    ei_series_meta m = meta("汉阳区", "  ", "亿元");
    ei_observation o = obs(2020, 1, 1, 7);
    assert_int_equal(ei_bulk_add(b, &m, &o, &err), EI_EINVAL);
    assert_string_equal(err.source, "g.csv");
    assert_int_equal(err.line, 7);
    m = meta("汉阳区", "地区生产总值", "亿元");
    o.value = INFINITY;
    assert_int_equal(ei_bulk_add(b, &m, &o, &err), EI_EINVAL);
    o.value = 1;
    o.period = ei_period_year(2020); /* not monthly */
    assert_int_equal(ei_bulk_add(b, &m, &o, &err), EI_EINVAL);
    o = obs(2020, 1, 1, 8);
    m.region = "\xff\xfe";
    assert_int_equal(ei_bulk_add(b, &m, &o, &err), EI_ENCODING);
    m.region = "汉阳区";
    o.note = "\xe6\xb1";
    assert_int_equal(ei_bulk_add(b, &m, &o, &err), EI_ENCODING);
    assert_int_equal(b->nobs, 0);
    ei_bulk_free(b);
    ei_bulk_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keys_in_either_order),
        cmocka_unit_test(keys_as_written),
        cmocka_unit_test(compact_until_a_row_differs),
        cmocka_unit_test(strings_and_origins),
        cmocka_unit_test(checks_and_bad_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
