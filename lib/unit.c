/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The constant unit table and conversions between units. */
#include "econind/unit.h"

#include <math.h>
#include <string.h>

#include "error_set.h"

/* One table row: the name looked up, the canonical name it stands for,
 * the dimension, the scale to the base and the base's name. */
typedef struct unit_row {
    const char *name;
    const char *canonical;
    ei_dimension dim;
    double scale;
    const char *base;
} unit_row;

#define ROW(n, d, s, b) {n, n, d, s, b}
#define ALIAS(n, c, d, s, b) {n, c, d, s, b}
/* A count word and its 万 form, its own base. */
#define COUNT(w) ROW(w, EI_DIM_COUNT, 1.0, w), \
                 ROW("万" w, EI_DIM_COUNT, 1e4, w)

static const unit_row table[] = {
    ROW("元", EI_DIM_CNY, 1.0, "元"),
    ROW("千元", EI_DIM_CNY, 1e3, "元"),
    ROW("万元", EI_DIM_CNY, 1e4, "元"),
    ROW("百万元", EI_DIM_CNY, 1e6, "元"),
    ROW("亿元", EI_DIM_CNY, 1e8, "元"),
    ROW("万亿元", EI_DIM_CNY, 1e12, "元"),
    ROW("美元", EI_DIM_USD, 1.0, "美元"),
    ROW("千美元", EI_DIM_USD, 1e3, "美元"),
    ROW("万美元", EI_DIM_USD, 1e4, "美元"),
    ROW("百万美元", EI_DIM_USD, 1e6, "美元"),
    ROW("亿美元", EI_DIM_USD, 1e8, "美元"),
    ROW("人", EI_DIM_PERSONS, 1.0, "人"),
    ROW("万人", EI_DIM_PERSONS, 1e4, "人"),
    ROW("名", EI_DIM_PERSONS, 1.0, "人"),
    ROW("万名", EI_DIM_PERSONS, 1e4, "人"),
    ROW("%", EI_DIM_PERCENT, 1.0, "%"),
    ALIAS("％", "%", EI_DIM_PERCENT, 1.0, "%"),
    ROW("百分点", EI_DIM_POINTS, 1.0, "百分点"),
    ROW("个百分点", EI_DIM_POINTS, 1.0, "百分点"),
    ROW("pp", EI_DIM_POINTS, 1.0, "百分点"),
    COUNT("个"), COUNT("家"), COUNT("项"), COUNT("件"), COUNT("所"),
    COUNT("户"), COUNT("座"), COUNT("条"), COUNT("套"), COUNT("处"),
    COUNT("宗"), COUNT("张"), COUNT("栋"), COUNT("间"), COUNT("位"),
    COUNT("篇"), COUNT("次"), COUNT("场"), COUNT("台"), COUNT("辆"),
    COUNT("人次"),
    ROW("平方米", EI_DIM_AREA, 1.0, "平方米"),
    ALIAS("㎡", "平方米", EI_DIM_AREA, 1.0, "平方米"),
    ROW("万平方米", EI_DIM_AREA, 1e4, "平方米"),
    ROW("平方公里", EI_DIM_AREA, 1e6, "平方米"),
    ROW("公顷", EI_DIM_AREA, 1e4, "平方米"),
    /* 1 亩 = 1/15 公顷 (the statutory definition) */
    ROW("亩", EI_DIM_AREA, 10000.0 / 15.0, "平方米"),
    ROW("index", EI_DIM_INDEX, 1.0, "index"),
    ALIAS("指数", "index", EI_DIM_INDEX, 1.0, "index"),
};

bool ei_unit_lookup(ei_unit *out, const char *name)
{
    if (!name)
        name = "";
    /* A linear scan of ~60 short names: units are looked up per series,
     * not per value. */
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].name, name) == 0) {
            if (out) {
                out->name = table[i].canonical;
                out->dimension = table[i].dim;
                out->scale = table[i].scale;
                out->base = table[i].base;
            }
            return true;
        }
    }
    if (out) {
        out->name = name;
        out->dimension = EI_DIM_UNKNOWN;
        out->scale = 1.0;
        out->base = name;
    }
    return false;
}

static const char *safe(const char *s) { return s ? s : ""; }

bool ei_unit_compatible(ei_unit a, ei_unit b)
{
    if (a.dimension != b.dimension)
        return false;
    if (a.dimension == EI_DIM_UNKNOWN || a.dimension == EI_DIM_COUNT)
        return strcmp(safe(a.base), safe(b.base)) == 0;
    return true;
}

int ei_unit_factor(double *factor, ei_unit from, ei_unit to, ei_error *err)
{
    if (!factor)
        return ei_error_set(err, EI_EINVAL, "unit factor: no output");
    *factor = NAN;
    if (!ei_unit_compatible(from, to))
        return ei_error_set(err, EI_EUNIT, "cannot convert %s to %s",
                            from.name && *from.name ? from.name : "(no unit)",
                            to.name && *to.name ? to.name : "(no unit)");
    if (!(from.scale > 0) || !(to.scale > 0) || !isfinite(from.scale) ||
        !isfinite(to.scale))
        return ei_error_set(err, EI_EUNIT,
                            "cannot convert %s to %s: bad scale",
                            safe(from.name), safe(to.name));
    *factor = from.scale / to.scale;
    return EI_OK;
}
