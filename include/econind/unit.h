/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file unit.h
 * Units of measure with their scale: 亿元 = 1e8 元, 万人 = 1e4 人, % and
 * 个百分点 (percentage points). Units the table does not know are kept as the
 * user wrote them, with no dimension: they combine only with themselves.
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

/** A unit: its name as written, its dimension and its scale to the
 *  dimension's base unit (亿元: EI_DIM_CNY, 1e8). */
typedef struct ei_unit {
    const char *name;        /**< borrowed; canonical name or as written */
    ei_dimension dimension;
    double scale;            /**< 1 for unknown units */
} ei_unit;

/**
 * Look up @p name (`亿元`, `万元`, `%`, `百分点`, `个百分点`, `万人` …).
 * An unknown name gives a unit of EI_DIM_UNKNOWN and scale 1 whose `name`
 * points at @p name (borrowed from the caller).
 * @return true if the unit is in the table.
 */
EI_API bool ei_unit_lookup(ei_unit *out, const char *name);

/** True when values in @p a and @p b can be combined after scaling. Two
 *  unknown units combine only when their names are equal. */
EI_API bool ei_unit_compatible(ei_unit a, ei_unit b);

/**
 * The factor f with value_in_to = value_in_from * f (万元 → 亿元: 1e-4).
 * @return EI_OK, or EI_EUNIT if the units do not convert.
 */
EI_API int ei_unit_factor(double *factor, ei_unit from, ei_unit to,
                          ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
