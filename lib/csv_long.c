/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The long layout: one observation per row. */
#include "csv_read.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "error_set.h"

/* "value" (or 数值, 值): the names a missing column could have had. */
static int missing_column(ei_error *err, const ei_csv_row *row,
                          ei_csv_col c)
{
    const char *const *n = ei_csv_col_names[c];
    char alt[128] = "";
    size_t len = 0;
    for (size_t i = 1; n[i] && len < sizeof alt; i++)
        len += (size_t)snprintf(alt + len, sizeof alt - len, "%s%s",
                                i > 1 ? ", " : "", n[i]);
    return ei_csv_row_error(err, row, (size_t)-1, EI_EPARSE,
                            "missing required column \"%s\" (or %s)", n[0],
                            alt);
}

int ei_csv_long_header(ei_csv_reader *r, const ei_csv_row *row,
                       ei_error *err)
{
    int rc = ei_csv_map_columns(r, row, NULL, err);
    if (rc != EI_OK)
        return rc;
    if (r->col[EI_COL_INDICATOR] < 0 && !r->opts->indicator)
        return missing_column(err, row, EI_COL_INDICATOR);
    if (r->col[EI_COL_PERIOD] < 0)
        return missing_column(err, row, EI_COL_PERIOD);
    if (r->col[EI_COL_VALUE] < 0)
        return missing_column(err, row, EI_COL_VALUE);
    r->layout = EI_LAYOUT_LONG;
    return EI_OK;
}

/* A slot for a name from its length and first and last 8 bytes: a few
 * instructions per row, where hashing every byte showed in profiles.
 * (Names of one file differ in their ends: 预算收入, 预算支出.) */
static size_t name_slot(const char *s, size_t len)
{
    uint64_t a = 0, b = 0;
    if (len >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + len - 8, 8);
    } else {
        for (size_t i = 0; i < len; i++)
            a = a << 8 | (unsigned char)s[i];
    }
    uint64_t h = a * 0x9E3779B97F4A7C15u ^ b * 0xC2B2AE3D27D4EB4Fu ^ len;
    return (size_t)(h >> 32) % EI_CSV_MEASURE_SLOTS;
}

/* The measure when the file does not say: a year-to-date span is YTD,
 * otherwise what the registry says of the indicator (a rate, an index),
 * otherwise a level. */
ei_measure ei_csv_default_measure(const ei_csv_reader *r, const char *ind,
                                  size_t len, ei_period p)
{
    if (ei_period_is_span(p))
        return EI_MEASURE_YTD;
    /* A registry lookup hashes the name and probes the registry: remember
     * the answer per name, in a small open-addressed table (a file has a
     * few dozen indicators; when the table is full, names are looked up
     * each time). */
    ei_csv_measure_cache *mc = r->measures;
    bool cacheable = mc && len && len < sizeof mc->slot[0].name;
    size_t k = cacheable ? name_slot(ind, len) : 0;
    size_t probes = 0;
    if (cacheable) {
        for (; probes < EI_CSV_MEASURE_SLOTS && mc->slot[k].name[0];
             probes++, k = (k + 1) % EI_CSV_MEASURE_SLOTS)
            if (mc->slot[k].len == len
                && memcmp(mc->slot[k].name, ind, len) == 0)
                return mc->slot[k].measure;
    }
    const ei_registry *reg = ei_dataset_registry(r->ds);
    const ei_indicator *in = reg && ind ? ei_registry_find(reg, ind) : NULL;
    ei_measure m = in && in->measure != EI_MEASURE_YTD ? in->measure
                                                       : EI_MEASURE_LEVEL;
    if (cacheable && probes < EI_CSV_MEASURE_SLOTS) {
        memcpy(mc->slot[k].name, ind, len + 1);
        mc->slot[k].len = len;
        mc->slot[k].measure = m;
    }
    return m;
}

/* Frequency and measure columns, checked against the period. */
int ei_csv_freq_measure(const ei_csv_reader *r, const ei_csv_row *row,
                        ei_period p, ei_series_meta *meta, ei_error *err)
{
    int rc;
    meta->freq = p.freq;
    long fc = r->col[EI_COL_FREQUENCY];
    if (fc >= 0) {
        ei_freq f;
        if ((rc = ei_csv_cell_freq(&f, row, (size_t)fc, err)))
            return rc;
        if (f != EI_FREQ_NONE && f != p.freq)
            return ei_csv_row_error(err, row, (size_t)fc, EI_EPARSE,
                                    "frequency: \"%s\" does not match the "
                                    "period (%s)",
                                    row->fields[fc].text,
                                    ei_freq_name(p.freq));
    }
    bool given = false;
    long mc = r->col[EI_COL_MEASURE];
    if (mc >= 0 &&
        (rc = ei_csv_cell_measure(&meta->measure, &given, row, (size_t)mc,
                                  err)))
        return rc;
    if (!given)
        meta->measure = ei_csv_default_measure(
            r, meta->indicator,
            ei_csv_text_len(r, row, EI_COL_INDICATOR, meta->indicator), p);
    else if (meta->measure == EI_MEASURE_LEVEL && ei_period_is_span(p))
        return ei_csv_row_error(err, row, (size_t)mc, EI_EPARSE,
                                "measure: \"%s\" but the period is a "
                                "year-to-date span (use ytd)",
                                row->fields[mc].text);
    return EI_OK;
}

int ei_csv_long_row(ei_csv_reader *r, const ei_csv_row *row, ei_error *err)
{
    int rc;
    if ((rc = ei_csv_check_width(r, row, err)))
        return rc;
    ei_series_meta meta;
    ei_observation obs;
    if ((rc = ei_csv_series_fields(r, row, &meta, &obs, err)))
        return rc;
    size_t pc = (size_t)r->col[EI_COL_PERIOD];
    if ((rc = ei_csv_cell_period(&obs.period, row, pc, "period", err)))
        return rc;
    size_t vc = (size_t)r->col[EI_COL_VALUE];
    ei_number v, g = {(double)NAN, true, false};
    if ((rc = ei_csv_cell_number(&v, row, vc, "value", err)))
        return rc;
    long gc = r->col[EI_COL_GROWTH];
    if (gc >= 0 &&
        (rc = ei_csv_cell_number(&g, row, (size_t)gc, "growth", err)))
        return rc;
    if (v.missing && g.missing) {
        const char *t;
        if (ei_csv_trim(&row->fields[vc], &t) == 0)
            return ei_csv_row_error(err, row, vc, EI_EPARSE,
                                    "value: empty and no growth given");
        return EI_OK; /* written as missing (NA, -, …): nothing to add */
    }
    if ((rc = ei_csv_freq_measure(r, row, obs.period, &meta, err)))
        return rc;
    if (v.percent && (!meta.unit || !*meta.unit))
        meta.unit = "%";
    obs.value = v.missing ? (double)NAN : v.value;
    obs.growth = g.missing ? (double)NAN : g.value;
    return ei_csv_add(r, row, &meta, &obs, err);
}
