/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the target-side readers, ei_targets_read_buffer
 * (target.h), ei_plans_read_buffer (plan.h), ei_tasks_read_buffer
 * (tasks.h) and ei_scorecard_read_buffer (scorecard.h). The first byte
 * picks the reader (bits 0-1) and the encoding (bits 2-3); the rest is the
 * file. Checked: failure hands back NULL and a located, terminated error.
 * Every target read is then evaluated (gap.h) against a small fixed
 * dataset of Hanyang figures, so fuzzer-made targets (odd spans, bases,
 * operators, units, tolerances) exercise the gap computations too. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "econind/csv.h"
#include "econind/gap.h"
#include "econind/plan.h"
#include "econind/scorecard.h"
#include "econind/target.h"
#include "econind/tasks.h"

#define CHECK(c)                                                             \
    do {                                                                     \
        if (!(c))                                                            \
            abort();                                                         \
    } while (0)

/* Annual and year-to-date figures the targets can be evaluated against
 * (values of shared/data/seed_indicators.csv; the 2019-2025 ones are made
 * up and only need to be numbers). */
static const char observations[] =
    "region,indicator,period,value,unit,growth,status,measure\n"
    "汉阳区,地区生产总值,2015,780,亿元,,actual,level\n"
    "汉阳区,地区生产总值,2016,860,亿元,8.1,actual,level\n"
    "汉阳区,地区生产总值,2017,948,亿元,7,estimate,level\n"
    "汉阳区,地区生产总值,2018,1000,亿元,7.2,actual,level\n"
    "汉阳区,地区生产总值,2020,699,亿元,-5.1,actual,level\n"
    "汉阳区,地区生产总值,2021,800,亿元,12.9,actual,level\n"
    "汉阳区,地区生产总值,2023,900,亿元,6.1,actual,level\n"
    "汉阳区,地区生产总值,2025,1000,亿元,5.5,estimate,level\n"
    "汉阳区,社会消费品零售总额,2017,568,亿元,10.2,estimate,level\n"
    "汉阳区,社会消费品零售总额,2020,470.67,亿元,-21.7,actual,level\n"
    "汉阳区,固定资产投资,2023-01..06,,亿元,8.5,actual,ytd\n"
    "汉阳区,固定资产投资,2023-01..08,,亿元,9.1,actual,ytd\n";

static ei_dataset *dataset(void)
{
    static ei_dataset *ds; /* built once per process, then only read */
    if (!ds) {
        CHECK(ei_dataset_new(&ds, NULL, NULL) == EI_OK);
        CHECK(ei_csv_read_buffer(ds, "obs.csv", observations,
                                 sizeof observations - 1, NULL, NULL,
                                 NULL) == EI_OK);
    }
    return ds;
}

static void check_error(int rc, const void *out, const ei_error *e)
{
    CHECK(out == NULL);
    CHECK(rc < 0 && e->code == rc);
    CHECK(memchr(e->text, '\0', sizeof e->text) != NULL);
    CHECK(strcmp(e->source, "fuzz.csv") == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    data++, size--;
    char *buf = malloc(size ? size : 1); /* exact size: ASan sees overreads */
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.encoding = (ei_encoding)(((sel >> 2) & 3) % 3);
    ei_error e;
    int rc;
    switch (sel & 3) {
    case 0: {
        ei_targets *set = NULL;
        const ei_dataset *ds = dataset();
        rc = ei_targets_read_buffer(&set, "fuzz.csv", buf, size,
                                    ei_dataset_registry(ds), &o, &e);
        if (rc != EI_OK) {
            check_error(rc, set, &e);
            break;
        }
        for (size_t i = 0; i < ei_targets_count(set); i++) {
            const ei_target *t = ei_targets_at(set, i);
            CHECK(t != NULL);
            ei_gap g;
            if (ei_gap_evaluate(&g, t, ds, NULL, NULL) == EI_OK) {
                /* no verdict without an actual, none with inf */
                CHECK(!isinf(g.actual) && !isinf(g.gap));
                if (g.verdict != EI_VERDICT_UNKNOWN)
                    CHECK(!isnan(g.actual));
            }
            (void)ei_gap_actual_at(&g, t, ds, t->span.last, NULL, NULL);
        }
        ei_targets_free(set);
        break;
    }
    case 1: {
        ei_plans *set = NULL;
        rc = ei_plans_read_buffer(&set, "fuzz.csv", buf, size, &o, &e);
        if (rc != EI_OK)
            check_error(rc, set, &e);
        ei_plans_free(set);
        break;
    }
    case 2: {
        ei_tasks *set = NULL;
        rc = ei_tasks_read_buffer(&set, "fuzz.csv", buf, size, &o, &e);
        if (rc != EI_OK)
            check_error(rc, set, &e);
        ei_tasks_free(set);
        break;
    }
    default: {
        ei_scorecard *set = NULL;
        rc = ei_scorecard_read_buffer(&set, "fuzz.csv", buf, size, &o, &e);
        if (rc != EI_OK)
            check_error(rc, set, &e);
        ei_scorecard_free(set);
        break;
    }
    }
    free(buf);
    return 0;
}
