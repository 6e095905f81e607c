/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "econind/reason.h"

#include <stddef.h>

/* Codes are stable (they appear in CSV and JSON output); texts are for
 * people and may be reworded. */
static const struct {
    const char *code;
    const char *text;
} reasons[EI_REASON_COUNT_] = {
    [EI_REASON_NONE] = {"", "has a value"},
    [EI_REASON_MISSING] = {"missing", "no figure for this period"},
    [EI_REASON_MISSING_OPERAND] = {"missing-operand",
                                   "a period it needs has no figure"},
    [EI_REASON_OUT_OF_RANGE] = {"out-of-range",
                                "a period it needs lies outside the series"},
    [EI_REASON_ZERO_BASE] = {"zero-base", "the base is zero"},
    [EI_REASON_NEGATIVE_BASE] = {"negative-base",
                                 "the base is negative, a rate would mislead"},
    [EI_REASON_BREAK] = {"caliber-break",
                         "a caliber break lies between the periods"},
    [EI_REASON_UNIT_MISMATCH] = {"unit-mismatch",
                                 "the units do not combine"},
    [EI_REASON_INCOMPLETE] = {"incomplete",
                              "some sub-periods of the period are missing"},
    [EI_REASON_COMBINED] = {"combined",
                            "published only combined with a neighbouring "
                            "period"},
    [EI_REASON_TOO_FEW_POINTS] = {"too-few-points",
                                  "too few observations for the method"},
    [EI_REASON_NOT_YET_DUE] = {"not-yet-due",
                               "the period has not ended yet"},
    [EI_REASON_ESTIMATE_ONLY] = {"estimate-only",
                                 "only an estimate exists, no final figure"},
    [EI_REASON_BOUND] = {"bound",
                         "the figure is a bound (突破, 余), not exact"},
    [EI_REASON_FREQ_MISMATCH] = {"frequency-mismatch",
                                 "the periods are of different frequencies"},
    [EI_REASON_DOMAIN] = {"domain",
                          "outside the formula's domain"},
    [EI_REASON_NO_TARGET] = {"no-target", "no target or plan to compare"},
    [EI_REASON_PRICE_BASIS] = {"price-basis",
                               "derived growth is nominal, the published "
                               "rate is at comparable prices"},
};

const char *ei_reason_code(ei_reason r)
{
    if ((unsigned)r >= EI_REASON_COUNT_)
        return "unknown";
    return reasons[r].code;
}

const char *ei_reason_text(ei_reason r)
{
    if ((unsigned)r >= EI_REASON_COUNT_)
        return "unknown reason";
    return reasons[r].text;
}
