/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the table and writer tests: a small Chinese table and a helper
 * that renders a table into a string. */
#ifndef ECONIND_TABLE_FIXTURE_H
#define ECONIND_TABLE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "econind/econind.h"

/* 地区 | 地区生产总值 | 增长
 * 汉阳区 | 699.0 | 3.5
 * 江岸区 | 1457.3 | missing: caliber break
 * Hanyang's 699 (亿元, 2020) is from the 14th five-year plan (DOMAIN.md);
 * the other figures are made up for layout. */
static inline ei_table *sample_table(void)
{
    const char *names[] = {"地区", "地区生产总值", "增长"};
    ei_table *t = NULL;
    if (ei_table_new(&t, names, 3, NULL) ||
        ei_table_add_row(t, NULL, NULL) ||
        ei_table_set_text(t, 0, 0, "汉阳区", NULL) ||
        ei_table_set_number(t, 0, 1, 699.0, 1, NULL) ||
        ei_table_set_number(t, 0, 2, 3.5, 1, NULL) ||
        ei_table_add_row(t, NULL, NULL) ||
        ei_table_set_text(t, 1, 0, "江岸区", NULL) ||
        ei_table_set_number(t, 1, 1, 1457.3, 1, NULL) ||
        ei_table_set_missing(t, 1, 2, EI_REASON_BREAK, NULL)) {
        ei_table_free(t);
        return NULL;
    }
    return t;
}

/* t written in fmt, as a malloc'ed string (NULL if the writer failed);
 * *rc receives the writer's status. */
static inline char *render(const ei_table *t, ei_format fmt, int *rc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    if (!fp)
        return NULL;
    *rc = ei_table_write(t, fp, fmt, NULL);
    fclose(fp);
    if (*rc) {
        free(buf);
        return NULL;
    }
    return buf;
}

#endif
