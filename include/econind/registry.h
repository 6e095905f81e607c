/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file registry.h
 * The indicator registry: codes, Chinese and English names, aliases, default
 * unit, the price basis of published growth and the good direction.
 *
 * A registry is immutable once built; it may be shared by several threads
 * and by several datasets (which borrow it).
 */
#ifndef ECONIND_REGISTRY_H
#define ECONIND_REGISTRY_H

#include <stddef.h>

#include "econind/error.h"
#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Price basis of a level or of a growth rate. */
typedef enum ei_basis {
    EI_BASIS_UNKNOWN = 0,
    EI_BASIS_CURRENT,     /**< 现价: nominal */
    EI_BASIS_COMPARABLE   /**< 可比价: real, at constant prices */
} ei_basis;

/** Which way is better. */
typedef enum ei_direction {
    EI_DIRECTION_UNKNOWN = 0,
    EI_DIRECTION_HIGHER,  /**< more is better (GDP) */
    EI_DIRECTION_LOWER,   /**< less is better (unemployment, energy intensity) */
    EI_DIRECTION_BAND     /**< within a band is best */
} ei_direction;

/** What the numbers of a series are. */
typedef enum ei_measure {
    EI_MEASURE_LEVEL = 0, /**< a level or flow for the period */
    EI_MEASURE_YTD,       /**< year-to-date cumulative (累计) */
    EI_MEASURE_RATE,      /**< a rate or share in percent */
    EI_MEASURE_INDEX      /**< an index number */
} ei_measure;

/** One registered indicator. All strings are borrowed from the registry. */
typedef struct ei_indicator {
    const char *code;        /**< stable ASCII code, e.g. "gdp" */
    const char *name_zh;     /**< 地区生产总值 */
    const char *name_en;     /**< gross domestic product */
    const char *unit;        /**< default unit, e.g. 亿元 */
    ei_basis growth_basis;   /**< basis of its published growth rates */
    ei_direction direction;
    ei_measure measure;
    const char *group;       /**< e.g. "economy", may be "" */
} ei_indicator;

/** An indicator registry (opaque, owning). */
typedef struct ei_registry ei_registry;

/**
 * A new registry holding the built-in indicators (GDP and its three
 * industries, fixed-asset investment, retail sales, fiscal revenue, tax
 * revenue, investment attracted, foreign capital, disposable income,
 * unemployment rate, industrial output, …). Their entries (as returned by
 * ei_registry_find() and ei_registry_at()) are the library's constant
 * table: valid for the life of the program, after ei_registry_free() too,
 * and the same in every registry.
 * @param out new, free with ei_registry_free(); NULL on failure
 * @return EI_OK, EI_EINVAL (@p out NULL), EI_ENOMEM
 */
EI_API int ei_registry_new_builtin(ei_registry **out, ei_error *err);

/** A new empty registry. */
EI_API int ei_registry_new_empty(ei_registry **out, ei_error *err);

/** Free @p reg; NULL is a no-op. */
EI_API void ei_registry_free(ei_registry *reg);

/**
 * Add the indicators of a registry CSV (columns code, name_zh, name_en,
 * aliases separated by `|` or `;`, unit, growth_basis current|comparable,
 * direction higher|lower|band, measure level|ytd|rate|index, group).
 * On failure the registry is unchanged and @p err names file:line:column.
 */
EI_API int ei_registry_load_csv(ei_registry *reg, const char *path,
                                ei_error *err);

/** Add one indicator (strings are copied); @p aliases is NULL-terminated and
 *  may be NULL. EI_ECONFLICT if the code or an alias names another one. */
EI_API int ei_registry_add(ei_registry *reg, const ei_indicator *ind,
                           const char *const *aliases, ei_error *err);

/** The indicator whose code, Chinese or English name or alias is @p name
 *  (exact match after trimming white space); NULL if none. Borrowed. */
EI_API const ei_indicator *ei_registry_find(const ei_registry *reg,
                                            const char *name);

/** Number of indicators. */
EI_API size_t ei_registry_count(const ei_registry *reg);

/** Indicator @p i (0-based) or NULL; borrowed. */
EI_API const ei_indicator *ei_registry_at(const ei_registry *reg, size_t i);

#ifdef __cplusplus
}
#endif

#endif
