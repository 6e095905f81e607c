/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file unit.h
 * Units of measure with their scale: 亿元 = 1e8 元, 万人 = 1e4 人, % and
 * 个百分点 (percentage points). Units the table does not know are kept as the
 * user wrote them, with no dimension: they combine only with themselves.
 *
 * The table: 元 千元 万元 百万元 亿元 万亿元 (CNY); 美元 千美元 万美元
 * 百万美元 亿美元 (USD); 人 万人, also 名 万名 (persons); % ％ (percent);
 * 百分点 个百分点 pp (points); count words 个 家 项 件 所 户 座 条 套 处 宗
 * 张 栋 间 位 篇 次 场 台 辆 人次, each with a 万 form (万个 = 1e4 个);
 * 平方米 ㎡ 万平方米 平方公里 公顷 亩 (area: 1 公顷 = 1e4 平方米, 1 亩 =
 * 10000/15 平方米); index 指数 (index).
 *
 * Thread-safe: the table is constant.
 */
#ifndef ECONIND_UNIT_H
#define ECONIND_UNIT_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a unit measures. Units convert only within one dimension. */
typedef enum ei_dimension {
    EI_DIM_UNKNOWN = 0,  /**< not in the table: only equal names combine */
    EI_DIM_CNY,          /**< money in yuan (元, 万元, 亿元) */
    EI_DIM_USD,          /**< money in US dollars (美元, 万美元, 亿美元) */
    EI_DIM_PERSONS,      /**< people (人, 万人) */
    EI_DIM_PERCENT,      /**< a rate or share in percent */
    EI_DIM_POINTS,       /**< percentage points: a difference of two rates */
    EI_DIM_COUNT,        /**< a count (个, 家, 项, 件 …) */
    EI_DIM_AREA,         /**< area (平方米, 万平方米, 公顷, 亩) */
    EI_DIM_INDEX         /**< an index number (上年=100) */
} ei_dimension;

/** A unit: its name, its dimension, its base unit and its scale to the
 *  base (亿元: EI_DIM_CNY, base 元, 1e8). Count words are not
 *  interchangeable (3 家 is not 3 项), so each count word is its own base:
 *  units combine when their dimensions are equal and, for counts and
 *  unknown units, their bases are equal too. */
typedef struct ei_unit {
    const char *name;        /**< borrowed; canonical name or as written */
    ei_dimension dimension;
    double scale;            /**< value in base units of 1 of this; 1 for
                                  unknown units */
    const char *base;        /**< borrowed; the base unit's name (元 for
                                  亿元, 个 for 万个); the name itself for
                                  unknown units */
} ei_unit;

/**
 * Look up @p name (`亿元`, `万元`, `%`, `百分点`, `个百分点`, `万人` …), a
 * NUL-terminated string compared exactly (trim it first). An alias gives
 * its canonical name (`％` gives `%`, `㎡` gives `平方米`). An unknown name
 * gives a unit of EI_DIM_UNKNOWN and scale 1 whose `name` and `base` point
 * at @p name (borrowed from the caller: keep it alive while the unit is
 * used). NULL is taken as "".
 * @return true if the unit is in the table.
 */
EI_API bool ei_unit_lookup(ei_unit *out, const char *name);

/** True when values in @p a and @p b can be combined after scaling: same
 *  dimension and, for counts and unknown units, the same base (个 and 万个
 *  combine, 个 and 家 do not; unknown units only with an equal name). */
EI_API bool ei_unit_compatible(ei_unit a, ei_unit b);

/**
 * The factor f with value_in_to = value_in_from * f (万元 → 亿元: 1e-4,
 * computed as 1e4 / 1e8 so that it is the double nearest the exact ratio).
 * @param factor the factor; NaN on failure
 * @param err    may be NULL; gets a message naming both units
 * @return EI_OK, EI_EUNIT if the units do not convert, EI_EINVAL if
 *         @p factor is NULL.
 */
EI_API int ei_unit_factor(double *factor, ei_unit from, ei_unit to,
                          ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
