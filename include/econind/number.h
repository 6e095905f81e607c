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
 *
 * Accepted: white space around (ASCII, U+3000, U+00A0); a sign (`-`, `+`,
 * full-width `－` `＋`, U+2212 `−`); digits (ASCII or full-width `０`-`９`)
 * with `,` thousands separators only between groups of exactly three
 * (`1,234,567.5`; `1,23`, `1234,567`, `0,500` are errors); a decimal point
 * (`.` or `．`); an exponent (`1.5e3`); a trailing `%` or `％` (sets
 * `percent`, value unchanged). `-0` gives -0.0, which compares equal to 0.
 *
 * Missing, with `missing` set, value NaN and EI_OK: empty or blank, `-`,
 * `－`, `—`, `——`, `–`, `…`, `……`, `...`, `..`, `NA`, `N/A`, `n/a`, `null`,
 * `NULL`, `#N/A`.
 *
 * Correctly rounded (the nearest double, ties to even) and independent of
 * the C locale; allocation-free and thread-safe.
 *
 * @param out  the number; on failure value NaN, missing and percent false
 * @param err  may be NULL; on failure gets EI_EPARSE and a message (no
 *             location): "not a finite number" for NaN/inf/Infinity
 *             literals, "out of range" on overflow (1e400), "unexpected
 *             '亿元'" for stray text (`12亿元`, `1.2.3`), "misplaced
 *             thousands separator", "no digits", "exponent has no digits".
 *             Underflow to a subnormal or zero is accepted.
 * @return EI_OK, EI_EPARSE, or EI_EINVAL if @p out is NULL.
 */
EI_API int ei_number_parse(ei_number *out, const char *text, size_t len,
                           ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
