/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: ei_period_parse, ei_span_parse, ei_date_parse on
 * arbitrary bytes, and the properties their headers promise: whatever
 * parses is valid, formats within the documented buffer size and reads back
 * to the same value; failures zero the output and set EI_EPARSE. Period
 * arithmetic (shift, ordinal, year_ago, end date) runs on every period
 * parsed and must stay valid or give the zero period. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "econind/period.h"

#define CHECK(c)                                                             \
    do {                                                                     \
        if (!(c))                                                            \
            abort();                                                         \
    } while (0)

static void period_props(ei_period p)
{
    char buf[EI_PERIOD_TEXT_MAX];
    int n = ei_period_format(p, buf, sizeof buf);
    CHECK(n > 0 && (size_t)n < sizeof buf);
    ei_period q;
    CHECK(ei_period_parse(&q, buf, (size_t)n, NULL) == EI_OK);
    CHECK(ei_period_equal(p, q) && ei_period_compare(p, q) == 0);

    long ord = ei_period_ordinal(p);
    ei_period s = ei_period_from_ordinal(p.freq, ord);
    CHECK(ei_period_valid(s));
    ei_period ks[] = {ei_period_next(p), ei_period_prev(p),
                      ei_period_year_ago(p), ei_period_shift(p, 1000000),
                      ei_period_shift(p, -1000000),
                      ei_period_shift(p, 0x7fffffffL),
                      ei_period_shift(p, -0x7fffffffL - 1)};
    for (size_t i = 0; i < sizeof ks / sizeof ks[0]; i++) {
        if (!ei_period_valid(ks[i]))
            continue;
        long d;
        CHECK(ei_period_distance(&d, p, ks[i], NULL) == EI_OK);
        n = ei_period_format(ks[i], buf, sizeof buf);
        CHECK(n > 0 && (size_t)n < sizeof buf);
    }
    ei_date e = ei_period_end_date(p);
    CHECK(ei_date_valid(e));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A copy of exactly size bytes, so that ASan sees any read past the
     * end: the parsers take a length and must not need a NUL. */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    memcpy(text, data, size);

    ei_error err;
    ei_period p;
    int rc = ei_period_parse(&p, text, size, &err);
    if (rc == EI_OK) {
        CHECK(ei_period_valid(p));
        period_props(p);
    } else {
        CHECK(rc == EI_EPARSE && err.code == EI_EPARSE);
        CHECK(p.year == 0 && p.freq == 0 && p.sub == 0 && p.first == 0);
        CHECK(memchr(err.text, '\0', sizeof err.text) != NULL);
    }

    ei_span s;
    rc = ei_span_parse(&s, text, size, &err);
    if (rc == EI_OK) {
        CHECK(ei_period_valid(s.first) && ei_period_valid(s.last));
        CHECK(ei_period_compare(s.first, s.last) <= 0);
        char buf[EI_SPAN_TEXT_MAX];
        int n = ei_span_format(s, buf, sizeof buf);
        CHECK(n > 0 && (size_t)n < sizeof buf);
        ei_span t;
        CHECK(ei_span_parse(&t, buf, (size_t)n, NULL) == EI_OK);
        CHECK(ei_period_equal(s.first, t.first) &&
              ei_period_equal(s.last, t.last));
    } else {
        CHECK(rc == EI_EPARSE);
    }

    ei_date d;
    rc = ei_date_parse(&d, text, size, NULL);
    if (rc == EI_OK) {
        CHECK(ei_date_valid(d));
        char buf[EI_DATE_TEXT_MAX];
        int n = ei_date_format(d, buf, sizeof buf);
        CHECK(n > 0 && (size_t)n < sizeof buf);
        ei_date e;
        CHECK(ei_date_parse(&e, buf, (size_t)n, NULL) == EI_OK);
        CHECK(ei_date_compare(d, e) == 0);
        CHECK(ei_date_day_of_year(d) >= 1 && ei_date_day_of_year(d) <= 366);
    } else {
        CHECK(rc == EI_EPARSE && d.year == 0 && d.month == 0 && d.day == 0);
    }
    free(text);
    return 0;
}
