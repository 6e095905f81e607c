/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: ei_number_parse on arbitrary bytes. Properties from
 * number.h: no read past len; a success is finite or (missing and NaN);
 * a failure gives NaN, missing and percent false and EI_EPARSE. For plain
 * ASCII decimals ([sign]digits[.digits][e[sign]digits]) the value must be
 * the one glibc's strtod gives in the C locale, which is correctly rounded:
 * a differential check of the rounding. */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "econind/number.h"

#define CHECK(c)                                                             \
    do {                                                                     \
        if (!(c))                                                            \
            abort();                                                         \
    } while (0)

/* True for [+-]?D+(.D*)?([eE][+-]?D+)? or [+-]?.D+(...)? */
static bool plain_decimal(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    while (i < n && isdigit((unsigned char)s[i]))
        i++, digits++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && isdigit((unsigned char)s[i]))
            i++, digits++;
    }
    if (!digits)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t e = 0;
        while (i < n && isdigit((unsigned char)s[i]))
            i++, e++;
        if (!e)
            return false;
    }
    return i == n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    memcpy(text, data, size);

    ei_number num;
    ei_error err;
    int rc = ei_number_parse(&num, text, size, &err);
    if (rc == EI_OK) {
        if (num.missing)
            CHECK(isnan(num.value) && !num.percent);
        else
            CHECK(isfinite(num.value));
    } else {
        CHECK(rc == EI_EPARSE && err.code == EI_EPARSE);
        CHECK(isnan(num.value) && !num.missing && !num.percent);
    }

    if (plain_decimal(text, size)) {
        char *z = malloc(size + 1);
        CHECK(z != NULL);
        memcpy(z, text, size);
        z[size] = '\0';
        double want = strtod(z, NULL);
        free(z);
        if (isfinite(want)) {
            CHECK(rc == EI_OK && !num.missing && !num.percent);
            /* same bits: -0 stays -0, ties go to even */
            CHECK(memcmp(&want, &num.value, sizeof want) == 0);
        } else {
            CHECK(rc == EI_EPARSE); /* 1e400: out of range */
        }
    }
    free(text);
    return 0;
}
