/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Datasets and targets for the report's tests, from CSV text. */
#ifndef ECONIND_REPORT_FIXTURE_H
#define ECONIND_REPORT_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "econind/econind.h"

/* Hanyang GDP as the documents give it (datasets/hanyang/observations.csv):
 * 2017 estimate 948 (+7%), 2018 above 1000, 2020 estimate 700 then final
 * 699 on the caliber adjusted in 2019; retail sales 2017 and 2020. */
static const char rf_hanyang[] =
    "region,indicator,period,value,unit,growth,status,bound,caliber\n"
    "汉阳区,地区生产总值,2017,948,亿元,7,estimate,,old\n"
    "汉阳区,地区生产总值,2018,1000,亿元,,actual,above,old\n"
    "汉阳区,地区生产总值,2020,700,亿元,,estimate,,new\n"
    "汉阳区,地区生产总值,2020,699,亿元,,actual,,new\n"
    "汉阳区,社会消费品零售总额,2017,568,亿元,10.2,estimate,,\n"
    "汉阳区,社会消费品零售总额,2020,470.67,亿元,-21.7,actual,,\n";

static inline ei_dataset *rf_dataset(const char *csv)
{
    ei_dataset *ds = NULL;
    ei_error err;
    assert_int_equal(ei_dataset_new(&ds, NULL, &err), EI_OK);
    int rc = ei_csv_read_buffer(ds, "test.csv", csv, strlen(csv), NULL, NULL,
                                &err);
    if (rc)
        fail_msg("%s", err.text);
    return ds;
}

static inline ei_targets *rf_targets(const char *csv)
{
    ei_targets *t = NULL;
    ei_error err;
    int rc = ei_targets_read_buffer(&t, "targets.csv", csv, strlen(csv), NULL,
                                    NULL, &err);
    if (rc)
        fail_msg("%s", err.text);
    return t;
}

/* The report of ds written in fmt, as a new NUL-terminated string. */
static inline char *rf_write(const ei_report *r, ei_report_format fmt)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ei_error err;
    int rc = ei_report_write(r, fp, fmt, &err);
    fclose(fp);
    if (rc)
        fail_msg("%s", err.text);
    return buf;
}

static inline char *rf_report(const ei_dataset *ds,
                              const ei_report_options *o,
                              ei_report_format fmt)
{
    ei_report *r = NULL;
    ei_error err;
    if (ei_report_new(&r, ds, o, &err))
        fail_msg("%s", err.text);
    char *text = rf_write(r, fmt);
    ei_report_free(r);
    return text;
}

/* Number of occurrences of needle in s. */
static inline size_t rf_count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

#endif
