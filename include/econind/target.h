/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file target.h
 * Targets (目标): what a plan or a work report promises for an indicator, and
 * the set that holds them, read from a targets CSV or built in code.
 *
 * A target names a region and indicator, a period or a span (2018, or the
 * plan 2021-2025), a kind (a level to reach, an annual growth rate, an
 * average growth over a span, a share, a ceiling, a floor, a cumulative
 * reduction, a count), an operator (>=, >, <=, <, ~ with a tolerance, or
 * "linked": in step with another indicator's growth, 同步), a value and a
 * unit, an attribute (预期性 indicative, 约束性 binding) and a direction.
 *
 * Conventions for values: growth, average growth, shares and rate ceilings
 * are in percent (7.5 for 7.5%); a reduction is the cumulative change over
 * the span in percent, and may be written as the size of the cut (17) or as
 * the change (-17): both mean "down 17%". Levels are in the target's unit.
 *
 * Thread-safety: the functions are pure or act on one set; share a const set
 * freely between threads, but do not change it while another reads it.
 */
#ifndef ECONIND_TARGET_H
#define ECONIND_TARGET_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/csv.h"
#include "econind/error.h"
#include "econind/export.h"
#include "econind/period.h"
#include "econind/registry.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a target is about. */
typedef enum ei_target_kind {
    EI_TARGET_LEVEL = 0,   /**< a level to reach (GDP 突破1100亿元 by 2025) */
    EI_TARGET_GROWTH,      /**< an annual growth rate (GDP +7.2% in 2018) */
    EI_TARGET_AVG_GROWTH,  /**< average growth over a span (年均增长7.5%) */
    EI_TARGET_SHARE,       /**< a share in percent (数字经济占比40%) */
    EI_TARGET_CEILING,     /**< an upper limit (失业率控制在5.5%以内) */
    EI_TARGET_FLOOR,       /**< a lower limit (粮食面积不低于…) */
    EI_TARGET_REDUCTION,   /**< a cumulative reduction over a span (能耗-17%) */
    EI_TARGET_COUNT        /**< a number of things (新增市场主体50家) */
} ei_target_kind;

/** How the actual must compare with the target value. */
typedef enum ei_target_op {
    EI_OP_GE = 0,  /**< >= : 以上 不低于 不少于 至少 达到 */
    EI_OP_GT,      /**< >  : 突破 超过 超 过 */
    EI_OP_LE,      /**< <= : 控制在 以内 不超过 低于 */
    EI_OP_LT,      /**< <  */
    EI_OP_ABOUT,   /**< ~  : 左右 约, within the tolerance */
    EI_OP_LINKED   /**< 同步: growth in step with another indicator's */
} ei_target_op;

/** Attribute of a five-year-plan indicator. */
typedef enum ei_target_attr {
    EI_ATTR_NONE = 0,   /**< not stated */
    EI_ATTR_INDICATIVE, /**< 预期性 */
    EI_ATTR_BINDING     /**< 约束性 */
} ei_target_attr;

/** Default tolerance of a `~` or linked target on a rate, in percentage
 *  points (FORMATS.md: "default 0.5 for rates"). */
#define EI_TARGET_RATE_TOLERANCE 0.5

/**
 * One target. A plain value: the strings are borrowed (from the set that
 * holds it, or from the caller when passed to ei_targets_add(), which copies
 * them). Optional strings may be NULL or "".
 */
typedef struct ei_target {
    const char *region;           /**< may be NULL/"" */
    const char *indicator;        /**< code or name; required */
    ei_span span;                 /**< the period (first == last) or span */
    ei_period base;               /**< base period (year 0: none; then the
                                       period before the span is the base) */
    ei_target_kind kind;
    ei_target_op op;
    double value;                 /**< see the file comment for the units;
                                       NaN for a linked target */
    const char *unit;             /**< as written: "%", "亿元" … */
    double tolerance;             /**< for ~ and linked, in the target's
                                       unit; NaN: the default (0.5 for
                                       rates, 0 otherwise) */
    const char *linked_indicator; /**< for EI_OP_LINKED: whose growth */
    ei_target_attr attribute;
    ei_direction direction;       /**< EI_DIRECTION_UNKNOWN: from the
                                       registry, else higher is better */
    const char *source;           /**< source document */
    const char *note;             /**< verbatim quote */
    const char *file;             /**< file it was read from, or NULL */
    unsigned long line;           /**< its line there, 0 if built in code */
} ei_target;

/** A target with every field at its default: kind level, operator >=,
 *  value and tolerance NaN, periods zero, strings NULL. */
EI_API ei_target ei_target_init(void);

/**
 * True for a kind whose value is a rate in percent (growth, avg_growth,
 * share, reduction). Ceilings and floors are rates only when their unit is.
 */
EI_API bool ei_target_kind_is_rate(ei_target_kind kind);

/** The stable name of a kind: "level", "growth", "avg_growth", "share",
 *  "ceiling", "floor", "reduction", "count"; "unknown" if invalid. */
EI_API const char *ei_target_kind_name(ei_target_kind kind);

/**
 * Parse a kind: the English names above or 水平/总量 (level), 增长/增速
 * (growth), 年均增长 (avg_growth), 比重/占比 (share), 上限 (ceiling),
 * 下限 (floor), 下降/累计下降 (reduction), 数量 (count).
 * @param text need not be NUL-terminated; white space around it is ignored
 * @return EI_OK or EI_EPARSE (out untouched)
 */
EI_API int ei_target_kind_parse(ei_target_kind *out, const char *text,
                                size_t len);

/** The symbol of an operator: ">=", ">", "<=", "<", "~", "linked". */
EI_API const char *ei_target_op_symbol(ei_target_op op);

/**
 * Parse an operator: a symbol (>=, ≥, >, <=, ≤, <, ~, ≈, linked) or a
 * Chinese qualifier on its own: 以上 不低于 不少于 至少 达到 → >=;
 * 突破 超过 超 过 → >; 控制在 以内 不超过 低于 → <=; 左右 约 → ~;
 * 同步 → linked. Combinations that agree are accepted (控制在…以内).
 * @return EI_OK or EI_EPARSE (unknown operator; out untouched)
 */
EI_API int ei_target_op_parse(ei_target_op *out, const char *text,
                              size_t len);

/**
 * Find the operator of a Chinese phrase such as "突破1100亿元",
 * "年均增长7.5%以上", "控制在5.5%以内", "与经济增长同步", "8%左右".
 * @param found false when the phrase has no qualifier (*out untouched)
 * @return EI_OK, or EI_EPARSE when two qualifiers contradict each other
 *         (以上 … 以内)
 */
EI_API int ei_target_op_find(ei_target_op *out, bool *found,
                             const char *text, size_t len);

/** The operator a kind implies when none is written: <= for a ceiling, >=
 *  for everything else (for a reduction it applies to the size of the cut:
 *  at least 17% down). */
EI_API ei_target_op ei_target_kind_default_op(ei_target_kind kind);

/** "indicative", "binding" or "" for none. */
EI_API const char *ei_target_attr_name(ei_target_attr attr);

/** Parse indicative/binding/预期性/约束性 (empty text: EI_ATTR_NONE).
 *  @return EI_OK or EI_EPARSE */
EI_API int ei_target_attr_parse(ei_target_attr *out, const char *text,
                                size_t len);

/** "higher", "lower", "band" or "" for unknown. */
EI_API const char *ei_target_direction_name(ei_direction dir);

/** Parse higher/lower/band (or 越高越好/正向, 越低越好/逆向, 区间); empty text
 *  gives EI_DIRECTION_UNKNOWN. @return EI_OK or EI_EPARSE */
EI_API int ei_target_direction_parse(ei_direction *out, const char *text,
                                     size_t len);

/**
 * The direction that applies to @p t: its own, else the registry's for its
 * indicator (@p reg may be NULL), else lower for a ceiling or a reduction,
 * else higher.
 */
EI_API ei_direction ei_target_direction(const ei_target *t,
                                        const ei_registry *reg);

/**
 * The tolerance that applies to @p t for ~ and linked: its own if set, else
 * EI_TARGET_RATE_TOLERANCE for rates (unit % or a rate kind), else 0.
 */
EI_API double ei_target_tolerance(const ei_target *t);

/**
 * The base period of a target over a span: its own base if set, else the
 * period just before the span's first period (2021-2025 → 2020). For a
 * single-period target without a base, the period before it. The zero
 * (invalid) period for a NULL @p t.
 */
EI_API ei_period ei_target_base(const ei_target *t);

/**
 * Check one target on its own: indicator present, a valid period or span,
 * the unit fits the kind (growth, avg_growth, share and reduction in %; a
 * level, count, ceiling or floor not in % unless the indicator is a rate)
 * and the indicator (@p reg: a level of GDP must be in a money unit; NULL
 * skips this), a linked target names its linked indicator, avg_growth and
 * reduction have a span or a base, growth has a single period, the value
 * is finite (except for linked), a tolerance is not negative.
 * @return EI_OK or EI_EINVAL / EI_EUNIT with a message (no location)
 */
EI_API int ei_target_validate(const ei_target *t, const ei_registry *reg,
                              ei_error *err);

/** A set of targets (opaque, owning). */
typedef struct ei_targets ei_targets;

/** A new empty set. @param out new, free with ei_targets_free(); NULL on
 *  failure. @return EI_OK or EI_ENOMEM */
EI_API int ei_targets_new(ei_targets **out, ei_error *err);

/** Free @p set and its strings; NULL is a no-op. */
EI_API void ei_targets_free(ei_targets *set);

/**
 * Copy @p t (and its strings) into @p set after ei_target_validate().
 * An empty unit becomes "%" for rate kinds, or the registry's unit for the
 * indicator when @p reg knows it.
 * @return EI_OK, EI_EINVAL, EI_EUNIT, EI_ENOMEM; the set is unchanged on
 *         failure
 */
EI_API int ei_targets_add(ei_targets *set, const ei_target *t,
                          const ei_registry *reg, ei_error *err);

/** Number of targets. NULL set: 0. */
EI_API size_t ei_targets_count(const ei_targets *set);

/** Target @p i (in order of addition), or NULL if out of range. Borrowed:
 *  valid until the set is changed or freed. */
EI_API const ei_target *ei_targets_at(const ei_targets *set, size_t i);

/**
 * Read a targets CSV (columns in FORMATS.md: region/地区, indicator/指标,
 * period/时期, kind/类型, operator/运算, value/数值, unit/单位,
 * tolerance/容差, linked_indicator/同步指标, attribute/属性, direction/方向,
 * base_period/基期, source/来源, note/备注; indicator, period, kind and value
 * are required, value may be empty for a linked target). An empty operator
 * takes the kind's default; a value written with its qualifier ("7.5%以上")
 * is not accepted: put the qualifier in the operator column.
 * @param out  new set, free with ei_targets_free(); NULL on failure
 * @param reg  the registry used to check units and fill empty units; NULL:
 *             the built-in registry
 * @param opts encoding and delimiter (other fields ignored); NULL: defaults
 * @return EI_OK; EI_EIO, EI_EPARSE (unknown operator or kind, bad number,
 *         bad or reversed period), EI_EUNIT (a unit that does not fit the
 *         kind or the indicator), EI_EINVAL, EI_ENOMEM, each with
 *         file:line:column in @p err. Nothing is handed back on failure.
 */
EI_API int ei_targets_read_file(ei_targets **out, const char *path,
                                const ei_registry *reg,
                                const ei_csv_options *opts, ei_error *err);

/** As ei_targets_read_file() on @p len bytes of @p data; @p name is used in
 *  messages. */
EI_API int ei_targets_read_buffer(ei_targets **out, const char *name,
                                  const void *data, size_t len,
                                  const ei_registry *reg,
                                  const ei_csv_options *opts, ei_error *err);

#ifdef __cplusplus
}
#endif

#endif
