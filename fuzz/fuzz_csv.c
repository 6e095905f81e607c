/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: ei_csv_read_buffer, long and wide layouts.
 * The first input byte picks the options (layout, encoding, lenient mode,
 * delimiter, defaults), the rest is the file. Checked, as csv.h promises:
 * a failure leaves the dataset as it was and gives a located, terminated
 * message; a second read of the same bytes into the same dataset either
 * succeeds or leaves it unchanged. Every series read then goes through the
 * growth transformations (growth.h), so that fuzzer-made series, with their
 * odd periods, spans, breaks and missing points, exercise the computations
 * too. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "econind/csv.h"
#include "econind/growth.h"

#define CHECK(c)                                                             \
    do {                                                                     \
        if (!(c))                                                            \
            abort();                                                         \
    } while (0)

static void check_error(const ei_error *e, int rc)
{
    CHECK(rc < 0 && e->code == rc);
    CHECK(memchr(e->text, '\0', sizeof e->text) != NULL);
    CHECK(memchr(e->source, '\0', sizeof e->source) != NULL);
    char buf[EI_ERROR_TEXT_MAX + EI_ERROR_SOURCE_MAX + 64];
    ei_error_format(e, buf, sizeof buf);
}

static void on_problem(void *ctx, const ei_error *problem)
{
    size_t *n = ctx;
    ++*n;
    check_error(problem, problem->code);
}

static void compute(const ei_dataset *ds)
{
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        CHECK(s != NULL);
        for (int t = 0; t < EI_TRANSFORM_COUNT_; t++) {
            ei_series *out;
            if (ei_series_transform(&out, s, (ei_transform)t, NULL, NULL) ==
                EI_OK) {
                CHECK(ei_series_len(out) == ei_series_len(s));
                for (size_t k = 0; k < ei_series_len(out); k++) {
                    double v = ei_series_value_at(out, k);
                    /* missing is NaN with a reason, never inf */
                    CHECK(!isinf(v));
                    CHECK(isnan(v) == (ei_series_reason_at(out, k) !=
                                       EI_REASON_NONE));
                }
                ei_series_free(out);
            } else {
                CHECK(out == NULL);
            }
        }
        if (ei_series_len(s)) {
            ei_series *out;
            ei_period base = ei_series_start(s);
            if (ei_series_index_fixed_base(&out, s, base, NULL, NULL) ==
                EI_OK)
                ei_series_free(out);
            if (ei_series_index_chain(&out, s, base, NULL, NULL) == EI_OK)
                ei_series_free(out);
            ei_result r;
            (void)ei_series_cagr(&r, s, base, ei_series_end(s), NULL, NULL);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    data++, size--;
    /* exact-size copy: ASan sees reads past the end */
    char *buf = malloc(size ? size : 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);

    static const char delims[] = {0, 0, ',', ';', '\t', '|', 0, 0};
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.layout = (ei_layout)(sel % 3);
    o.encoding = (ei_encoding)((sel / 3) % 3);
    o.lenient = (sel / 9) & 1;
    o.delimiter = delims[(sel / 18) & 7];
    if (sel & 0x80) {
        o.region = "汉阳区";
        o.indicator = "地区生产总值";
        o.unit = "亿元";
    }
    size_t problems = 0;
    o.on_problem = on_problem;
    o.problem_ctx = &problems;

    ei_dataset *ds;
    CHECK(ei_dataset_new(&ds, NULL, NULL) == EI_OK);
    ei_error e;
    size_t skipped = 0;
    int rc = ei_csv_read_buffer(ds, "fuzz.csv", buf, size, &o, &skipped, &e);
    if (rc != EI_OK) {
        check_error(&e, rc);
        CHECK(ei_dataset_count(ds) == 0);
    } else {
        if (o.lenient)
            CHECK(skipped == problems);
        size_t before = ei_dataset_count(ds);
        rc = ei_csv_read_buffer(ds, "again.csv", buf, size, &o, NULL, &e);
        if (rc != EI_OK) {
            check_error(&e, rc);
            CHECK(ei_dataset_count(ds) == before);
        }
        compute(ds);
    }
    ei_dataset_free(ds);
    free(buf);
    return 0;
}
