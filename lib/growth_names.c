/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Names of the FRED transformations, for the CLI and for output labels. */
#include "econind/growth.h"

#include <string.h>

#include "error_set.h"

static const struct {
    const char *code;
    const char *label;
    const char *label_zh;
} transforms[EI_TRANSFORM_COUNT_] = {
    [EI_TRANSFORM_LIN] = {"lin", "levels", "水平值"},
    [EI_TRANSFORM_CHG] = {"chg", "change", "增量"},
    [EI_TRANSFORM_CH1] = {"ch1", "change from a year ago", "同比增量"},
    [EI_TRANSFORM_PCH] = {"pch", "percent change", "环比增长"},
    [EI_TRANSFORM_PC1] = {"pc1", "percent change from a year ago",
                          "同比增长"},
    [EI_TRANSFORM_PCA] = {"pca", "compounded annual rate of change",
                          "环比折年率"},
    [EI_TRANSFORM_CCH] = {"cch", "continuously compounded rate of change",
                          "连续复合增长率"},
    [EI_TRANSFORM_CCA] = {"cca",
                          "continuously compounded annual rate of change",
                          "连续复合年率"},
    [EI_TRANSFORM_LOG] = {"log", "natural log", "自然对数"},
};

/* Aliases beside the codes; matched without regard to ASCII case. */
static const struct {
    const char *name;
    ei_transform t;
} aliases[] = {
    {"yoy", EI_TRANSFORM_PC1},        {"同比", EI_TRANSFORM_PC1},
    {"同比增长", EI_TRANSFORM_PC1},   {"同比增速", EI_TRANSFORM_PC1},
    {"mom", EI_TRANSFORM_PCH},        {"qoq", EI_TRANSFORM_PCH},
    {"pop", EI_TRANSFORM_PCH},        {"环比", EI_TRANSFORM_PCH},
    {"环比增长", EI_TRANSFORM_PCH},   {"diff", EI_TRANSFORM_CHG},
    {"change", EI_TRANSFORM_CHG},     {"增量", EI_TRANSFORM_CHG},
    {"yoy-change", EI_TRANSFORM_CH1}, {"同比增量", EI_TRANSFORM_CH1},
    {"annualized", EI_TRANSFORM_PCA}, {"折年率", EI_TRANSFORM_PCA},
    {"ln", EI_TRANSFORM_LOG},         {"对数", EI_TRANSFORM_LOG},
    {"level", EI_TRANSFORM_LIN},      {"levels", EI_TRANSFORM_LIN},
    {"总量", EI_TRANSFORM_LIN},
};

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
           c == '\f';
}

static int same(const char *name, const char *text, size_t len)
{
    size_t n = strlen(name);

    if (n != len)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)name[i]) != lower((unsigned char)text[i]))
            return 0;
    return 1;
}

int ei_transform_parse(ei_transform *out, const char *text, size_t len,
                       ei_error *err)
{
    if (out == NULL || text == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL transformation argument");
    *out = EI_TRANSFORM_LIN;
    while (len > 0 && is_space((unsigned char)*text)) {
        text++;
        len--;
    }
    while (len > 0 && is_space((unsigned char)text[len - 1]))
        len--;
    for (int t = 0; t < EI_TRANSFORM_COUNT_; t++)
        if (same(transforms[t].code, text, len)) {
            *out = (ei_transform)t;
            return EI_OK;
        }
    for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++)
        if (same(aliases[k].name, text, len)) {
            *out = aliases[k].t;
            return EI_OK;
        }
    return ei_error_set(err, EI_EPARSE,
                        "unknown transformation '%.*s' (expected lin, chg, "
                        "ch1, pch, pc1, pca, cch, cca, log, yoy, mom, 同比, "
                        "环比 …)", (int)(len > 64 ? 64 : len), text);
}

const char *ei_transform_name(ei_transform t)
{
    if ((int)t < 0 || t >= EI_TRANSFORM_COUNT_)
        return "unknown";
    return transforms[t].code;
}

const char *ei_transform_label(ei_transform t)
{
    if ((int)t < 0 || t >= EI_TRANSFORM_COUNT_)
        return "unknown";
    return transforms[t].label;
}

const char *ei_transform_label_zh(ei_transform t)
{
    if ((int)t < 0 || t >= EI_TRANSFORM_COUNT_)
        return "unknown";
    return transforms[t].label_zh;
}

const char *ei_transform_unit(ei_transform t, const char *unit)
{
    switch (t) {
    case EI_TRANSFORM_PCH:
    case EI_TRANSFORM_PC1:
    case EI_TRANSFORM_PCA:
    case EI_TRANSFORM_CCH:
    case EI_TRANSFORM_CCA:
        return "%";
    case EI_TRANSFORM_LOG:
        return "";
    case EI_TRANSFORM_CHG:
    case EI_TRANSFORM_CH1:
        /* A change of a rate is in percentage points, not percent. */
        if (unit != NULL && strcmp(unit, "%") == 0)
            return "个百分点";
        return unit;
    default:
        return unit;
    }
}
