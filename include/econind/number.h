/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file number.h
 * Numbers as spreadsheets export them: `1,234.5`, `7.2%`, `-0.5`, full-width
 * digits and minus signs, and the usual spellings of "missing" (empty, NA,
 * N/A, -, —, …, ..). Independent of the C locale; correctly rounded.
 * Thread-safe.
 */
#ifndef ECONIND_NUMBER_H
#define ECONIND_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What ei_number_parse() found. */
typedef struct ei_number {
    double value;   /**< NaN when missing */
    bool missing;   /**< one of the missing spellings */
    bool percent;   /**< a trailing % was present (value is still 7.2 for
                         "7.2%", not 0.072) */
} ei_number;

/**
 * Parse @p len bytes of @p text (need not be NUL-terminated).
 * Rejects NaN, inf, overflow (1e400), stray text (`12亿元`) and empty
 * digits with EI_EPARSE and a message in @p err (no location).
 * Underflow to a subnormal or zero is accepted.
 */
EI_API int ei_number_parse(ei_number *out, const char *text, size_t len,
                           ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
