/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Names of statuses, frequencies, measures and bases, and status parsing. */
#include "econind/series.h"

#include <string.h>
#include <strings.h>

#include "error_set.h"

const char *ei_obs_status_name(ei_obs_status st)
{
    switch (st) {
    case EI_STATUS_ACTUAL: return "actual";
    case EI_STATUS_ESTIMATE: return "estimate";
    case EI_STATUS_PRELIMINARY: return "preliminary";
    case EI_STATUS_REVISED: return "revised";
    case EI_STATUS_TARGET: return "target";
    case EI_STATUS_PLAN: return "plan";
    default: return "unknown";
    }
}

static const struct {
    const char *text;
    ei_obs_status status;
} status_words[] = {
    {"actual", EI_STATUS_ACTUAL},       {"final", EI_STATUS_ACTUAL},
    {"实际", EI_STATUS_ACTUAL},         {"终值", EI_STATUS_ACTUAL},
    {"最终核实", EI_STATUS_ACTUAL},     {"estimate", EI_STATUS_ESTIMATE},
    {"estimated", EI_STATUS_ESTIMATE},  {"预计", EI_STATUS_ESTIMATE},
    {"估计", EI_STATUS_ESTIMATE},       {"preliminary", EI_STATUS_PRELIMINARY},
    {"初步", EI_STATUS_PRELIMINARY},    {"初步核算", EI_STATUS_PRELIMINARY},
    {"初值", EI_STATUS_PRELIMINARY},    {"revised", EI_STATUS_REVISED},
    {"修订", EI_STATUS_REVISED},        {"target", EI_STATUS_TARGET},
    {"目标", EI_STATUS_TARGET},         {"plan", EI_STATUS_PLAN},
    {"计划", EI_STATUS_PLAN},
};

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int ei_obs_status_parse(ei_obs_status *out, const char *text, size_t len)
{
    if (out)
        *out = EI_STATUS_ACTUAL;
    if (!out || (!text && len))
        return EI_EINVAL;
    while (len && is_space((unsigned char)text[0])) {
        text++;
        len--;
    }
    while (len && is_space((unsigned char)text[len - 1]))
        len--;
    if (len == 0)
        return EI_OK;
    for (size_t i = 0; i < sizeof status_words / sizeof *status_words; i++) {
        const char *w = status_words[i].text;
        if (strlen(w) == len && strncasecmp(w, text, len) == 0) {
            *out = status_words[i].status;
            return EI_OK;
        }
    }
    return EI_EPARSE;
}

const char *ei_freq_name(ei_freq f)
{
    switch (f) {
    case EI_FREQ_ANNUAL: return "annual";
    case EI_FREQ_QUARTERLY: return "quarterly";
    case EI_FREQ_MONTHLY: return "monthly";
    default: return "none";
    }
}

const char *ei_measure_name(ei_measure m)
{
    switch (m) {
    case EI_MEASURE_LEVEL: return "level";
    case EI_MEASURE_YTD: return "ytd";
    case EI_MEASURE_RATE: return "rate";
    case EI_MEASURE_INDEX: return "index";
    default: return "unknown";
    }
}

const char *ei_basis_name(ei_basis b)
{
    switch (b) {
    case EI_BASIS_CURRENT: return "current";
    case EI_BASIS_COMPARABLE: return "comparable";
    default: return "unknown";
    }
}
