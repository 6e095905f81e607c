/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file period.h
 * Calendar periods (years, quarters, months, year-to-date spans), multi-year
 * spans and calendar dates: parsing, arithmetic and formatting.
 *
 * All functions are pure and thread-safe.
 */
#ifndef ECONIND_PERIOD_H
#define ECONIND_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Frequency; the value is the number of periods per year. */
typedef enum ei_freq {
    EI_FREQ_NONE = 0,       /**< unknown, or "any" in lookups */
    EI_FREQ_ANNUAL = 1,
    EI_FREQ_QUARTERLY = 4,
    EI_FREQ_MONTHLY = 12
} ei_freq;

/** Smallest and largest year a period may have. */
#define EI_YEAR_MIN 1
#define EI_YEAR_MAX 9999

/** Buffer sizes that always hold ei_period_format(), ei_span_format() and
 *  ei_date_format() output with its NUL. */
#define EI_PERIOD_TEXT_MAX 16
#define EI_SPAN_TEXT_MAX 40
#define EI_DATE_TEXT_MAX 16

/**
 * One period. `sub` is the quarter (1-4) or month (1-12), 0 for a year.
 * `first` is the first sub-period a year-to-date span covers (`2017-01..03`
 * is monthly, sub 3, first 1); for a single period `first == sub`.
 */
typedef struct ei_period {
    int year;
    ei_freq freq;
    int sub;
    int first;
} ei_period;

/** An inclusive run of periods of one frequency, e.g. the plan 2021-2025. */
typedef struct ei_span {
    ei_period first;
    ei_period last;
} ei_span;

/** A calendar date. */
typedef struct ei_date {
    int year;
    int month; /**< 1-12 */
    int day;   /**< 1-31 */
} ei_date;

/* The constructors below do not validate: an out-of-range argument gives a
 * period for which ei_period_valid() is false. */

/** The year @p year (sub and first 0). */
EI_API ei_period ei_period_year(int year);
/** Quarter @p q (1-4) of @p year. */
EI_API ei_period ei_period_quarter(int year, int q);
/** Month @p m (1-12) of @p year. */
EI_API ei_period ei_period_month(int year, int m);
/** The span from sub-period @p first to @p last of @p freq within @p year
 *  (`2017年1-3月` is ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3)); a single
 *  period when first == last. For EI_FREQ_ANNUAL gives the year. */
EI_API ei_period ei_period_ytd(int year, ei_freq freq, int first, int last);

/** True when @p p is a well-formed period within EI_YEAR_MIN..EI_YEAR_MAX. */
EI_API bool ei_period_valid(ei_period p);

/** True when @p p covers more than one sub-period (e.g. 1-3月). */
EI_API bool ei_period_is_span(ei_period p);

/**
 * Parse a period. Accepts `2017`, `2017Q3`, `2017-Q3`, `2017-03`, `2017/3`,
 * `2017M03`, `2017-01..03`, `2017Q1..Q2`, `2017年`, `2017年度`, `2017年3月`,
 * `2017年3月份`, `2017年1-3月` (dash also —, –, ~, ～, －, 至, 到),
 * `2017年1月-3月`, `2017年第三季度`, `2017年3季度`, `2017年一季度`,
 * `2017年1-3季度`, `2017年前三季度` (Q1..Q3), `2017年上半年` (Q1..Q2) and
 * `2017年下半年` (Q3..Q4) as spans; Q, M may be lower case. Years have four
 * digits, months one or two. White space around the text (ASCII, U+3000,
 * U+00A0) is ignored. Allocation-free byte scanner: cheap enough per row.
 * @param out  the period; set to a zero period on failure
 * @param text the text, need not be NUL-terminated
 * @param len  its length in bytes
 * @param err  may be NULL; on failure gets EI_EPARSE and a message (no
 *             location: the caller knows where the text came from)
 * @return EI_OK or EI_EPARSE (malformed, quarter 5, month 13, year 99999,
 *         reversed span)
 */
EI_API int ei_period_parse(ei_period *out, const char *text, size_t len,
                           ei_error *err);

/** The canonical text (`2017`, `2017Q3`, `2017-03`, `2017-01..03`,
 *  `2017Q1..Q2`) into @p buf, which ei_period_parse() reads back to the same
 *  period; `invalid` for an invalid period. Returns what snprintf returns;
 *  EI_PERIOD_TEXT_MAX bytes always suffice. */
EI_API int ei_period_format(ei_period p, char *buf, size_t size);

/** Order of two periods of one frequency by their end: <0, 0, >0. Periods of
 *  different frequencies compare by frequency first (annual < quarterly <
 *  monthly); equal ends by their start (1-3月 before 3月), so 0 only when
 *  ei_period_equal(). A total order, fit for qsort. */
EI_API int ei_period_compare(ei_period a, ei_period b);

/** True when @p a and @p b name the same period (span start included). */
EI_API bool ei_period_equal(ei_period a, ei_period b);

/** A running index of the period's end: year * freq + sub - 1 (year for
 *  annual). Consecutive periods have consecutive ordinals. 0 for an invalid
 *  frequency. */
EI_API long ei_period_ordinal(ei_period p);

/** The single period of @p freq with ordinal @p ordinal; the zero period
 *  (invalid) when @p freq is not a frequency or the year would leave
 *  EI_YEAR_MIN..EI_YEAR_MAX. */
EI_API ei_period ei_period_from_ordinal(ei_freq freq, long ordinal);

/** @p p moved by @p k periods of its own frequency. A year-to-date span
 *  moves its end and keeps its start, clamped to the end: after 1-3月 comes
 *  1-4月, after 1-12月 the next year's 1月 (C_t - C_{t-1} of a cumulative
 *  series needs exactly this). The zero period (invalid) if @p p is invalid
 *  or the result leaves EI_YEAR_MIN..EI_YEAR_MAX. */
EI_API ei_period ei_period_shift(ei_period p, long k);
/** The next period. */
EI_API ei_period ei_period_next(ei_period p);
/** The previous period. */
EI_API ei_period ei_period_prev(ei_period p);
/** The same period one year earlier (12 months or 4 quarters back; a span
 *  keeps its start: 2018年1-3月 gives 2017年1-3月). Zero period if invalid. */
EI_API ei_period ei_period_year_ago(ei_period p);

/**
 * Number of periods from @p from to @p to (to - from, by their ends):
 * 2020 to 2025 is 5, 2017-12 to 2018-01 is 1.
 * @param out the distance; 0 on failure
 * @param err may be NULL
 * @return EI_OK, or EI_EINVAL when the frequencies differ or a period is
 *         invalid.
 */
EI_API int ei_period_distance(long *out, ei_period from, ei_period to,
                              ei_error *err);

/** Parse `2021-2025`, `2021—2025年`, `2021~2025`, `2021至2025年`,
 *  `2021年-2025年`, `2021Q1~2021Q4`, `2021-01~2021-06` (both ends of one
 *  frequency) or a single period (a span of one). @p out is zeroed on
 *  failure; @p err may be NULL.
 *  @return EI_OK or EI_EPARSE (also for a reversed span or mixed
 *  frequencies). */
EI_API int ei_span_parse(ei_span *out, const char *text, size_t len,
                         ei_error *err);

/** Format a span as `2021-2025` (annual), `2021Q1~2021Q4` (others) or the
 *  single period; ei_span_parse() reads it back. As snprintf;
 *  EI_SPAN_TEXT_MAX bytes always suffice. */
EI_API int ei_span_format(ei_span s, char *buf, size_t size);

/** Parse `2021-10-31`, `2021/10/31`, `2021.10.31`, `20211031`,
 *  `2021年10月31日` (or 号), and, as the last day of the period, `2021-10`,
 *  `2021年10月`, `2021年10月底` (or 末), `2021年底` (or 年末) and any other
 *  period ei_period_parse() reads (`2021年上半年` is 2021-06-30).
 *  @param out the date; zeroed on failure
 *  @param err may be NULL
 *  @return EI_OK or EI_EPARSE (malformed, month 13, 2021-02-29 …). */
EI_API int ei_date_parse(ei_date *out, const char *text, size_t len,
                         ei_error *err);

/** Format as `YYYY-MM-DD`; `invalid` for an invalid date; as snprintf. */
EI_API int ei_date_format(ei_date d, char *buf, size_t size);

/** <0, 0, >0 as @p a is before, equal to or after @p b. */
EI_API int ei_date_compare(ei_date a, ei_date b);

/** True for a real calendar date (leap years included). */
EI_API bool ei_date_valid(ei_date d);

/** Day of the year, 1-366; 0 for an invalid date. */
EI_API int ei_date_day_of_year(ei_date d);

/** Days in @p year (365 or 366; proleptic Gregorian leap years). */
EI_API int ei_days_in_year(int year);

/** Days in month @p month (1-12) of @p year; 0 for an invalid month. */
EI_API int ei_days_in_month(int year, int month);

/** True for a Gregorian leap year (2020, 2000; not 1900). */
EI_API bool ei_is_leap_year(int year);

/** The last day of period @p p (2017Q3: 2017-09-30); zeroed if invalid. */
EI_API ei_date ei_period_end_date(ei_period p);

#ifdef __cplusplus
}
#endif

#endif
