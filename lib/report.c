/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Building a report (the summary and one part per indicator) and writing
 * it in the format asked for. */
#include <stdlib.h>
#include <string.h>

#include "atomic_file.h"
#include "error_set.h"
#include "report_model.h"

static const char *const headline[] = {"gdp", "fai", "retail",
                                       "fiscal_revenue"};

static char *dup_text(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

static const char *first_region(const ei_dataset *ds)
{
    for (size_t i = 0; i < ei_dataset_count(ds); i++)
        if (*ei_series_region(ei_dataset_at(ds, i)))
            return ei_series_region(ei_dataset_at(ds, i));
    return NULL;
}

static bool has_region(const ei_dataset *ds, const char *region)
{
    for (size_t i = 0; i < ei_dataset_count(ds); i++)
        if (strcmp(ei_series_region(ei_dataset_at(ds, i)), region) == 0)
            return true;
    return false;
}

/* A copy of the observations of ds up to as_of (through the public
 * dataset API, so breaks and vintages are rebuilt the same way). */
static int filter_as_of(ei_dataset **out, const ei_dataset *ds,
                        ei_period as_of, ei_error *err)
{
    ei_dataset *f = NULL;
    int rc = ei_dataset_new(&f, ei_dataset_registry(ds), err);
    for (size_t i = 0; i < ei_dataset_count(ds) && !rc; i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        ei_series_meta meta = ei_series_get_meta(s);
        for (size_t k = 0; k < ei_series_obs_count(s) && !rc; k++) {
            ei_observation o;
            rc = ei_series_obs_at(s, k, &o);
            if (!rc && ei_period_compare(o.period, as_of) <= 0)
                rc = ei_dataset_add(f, &meta, &o, err);
        }
    }
    if (!rc)
        rc = ei_dataset_commit(f, err);
    if (rc) {
        ei_dataset_free(f);
        return rc;
    }
    *out = f;
    return EI_OK;
}

/* The last day of period p (of its last sub-period for a span). */
static ei_date period_end(ei_period p)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30,
                                31, 31, 30, 31, 30, 31};
    int month = p.freq == EI_FREQ_MONTHLY     ? p.sub
                : p.freq == EI_FREQ_QUARTERLY ? p.sub * 3
                                              : 12;
    if (month < 1 || month > 12)
        month = 12;
    int leap = (p.year % 4 == 0 && p.year % 100 != 0) || p.year % 400 == 0;
    ei_date d = {p.year, month, mdays[month - 1] + (month == 2 && leap)};
    return d;
}

/* "Targets: 2 met, 1 not met …" */
static int say_targets(ei_report *r)
{
    char buf[400] = "";
    size_t len = 0, total = 0;
    static const ei_score order[] = {EI_SCORE_MET,      EI_SCORE_MET_EARLY,
                                     EI_SCORE_ON_TRACK, EI_SCORE_BEHIND,
                                     EI_SCORE_HARD,     EI_SCORE_UNKNOWN};
    for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
        size_t n = r->by_status[order[i]];
        total += n;
        if (n && len < sizeof buf)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%zu %s",
                                    len ? ", " : "", n,
                                    order[i] == EI_SCORE_HARD
                                        ? "not met or hard to reach"
                                        : rp_status_words(order[i], false));
    }
    int rc = rp_say(&r->summary, "Targets with figures to compare: %zu (%s).",
                    total, total ? buf : "none");
    if (!rc && r->targets_without_data)
        rc = rp_say(&r->summary,
                    "%zu more targets of %s have no figures in the data.",
                    r->targets_without_data, r->region);
    return rc;
}

static int build(ei_report *r, const ei_dataset *ds,
                 const ei_report_options *o, ei_error *err)
{
    const char *const *codes = o->indicators ? o->indicators : headline;
    size_t n = o->indicators ? o->n_indicators
                             : sizeof headline / sizeof *headline;
    r->ind = calloc(n ? n : 1, sizeof *r->ind);
    if (!r->ind)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    r->n = n;
    int rc = ei_table_new(&r->glance, rp_glance_columns, RP_GLANCE_NCOL, err);
    for (size_t i = 0; i < n && !rc; i++)
        rc = rp_indicator_build(&r->ind[i], r->glance, ds, r->region,
                                codes[i], o, err);
    r->data_year = o->as_of.year;
    for (size_t i = 0; i < n && !o->as_of.year; i++) {
        const ei_series *s =
            ei_dataset_find(ds, r->region, codes[i], EI_FREQ_ANNUAL);
        for (size_t k = s ? ei_series_len(s) : 0; k-- > 0;)
            if (ei_series_count_present(s) &&
                ei_series_reason_at(s, k) == EI_REASON_NONE) {
                int y = ei_series_period_at(s, k).year;
                r->data_year = y > r->data_year ? y : r->data_year;
                break;
            }
    }
    r->nseries = 0;
    for (size_t i = 0; i < ei_dataset_count(ds); i++)
        r->nseries += strcmp(ei_series_region(ei_dataset_at(ds, i)),
                             r->region) == 0;
    r->nfiles = ei_dataset_file_count(ds);
    if (!rc && o->targets)
        rc = rp_targets_build(r, ds, o->targets, err);
    if (!rc && o->plans)
        rc = rp_plans_build(r, ds, o->plans, err);
    if (!rc && o->scorecard)
        rc = rp_scorecard_build(r, o->scorecard, err);
    ei_date when = o->tasks_as_of;
    if (!ei_date_valid(when) && o->as_of.year)
        when = period_end(o->as_of);
    if (!rc && o->tasks && ei_date_valid(when))
        rc = rp_tasks_build(r, o->tasks, when, err);
    if (!rc)
        rc = rp_say(&r->summary,
                    "%zu series of %s from %zu file%s. Levels are as published; \"derived\" "
                    "growth is computed by econind from levels of the same "
                    "caliber, beside the rate the documents report.",
                    r->nseries, r->region, r->nfiles,
                    r->nfiles == 1 ? "" : "s");
    if (!rc && *r->as_of)
        rc = rp_say(&r->summary,
                    "As of %s: figures for later periods are left out.",
                    r->as_of);
    if (!rc)
        rc = rp_say(&r->summary,
                    "\"estimate\" (预计) marks a figure given before the year's "
                    "final data; it may still be revised. A missing figure "
                    "says why it is missing.");
    if (!rc && r->targets)
        rc = say_targets(r);
    if (!rc && r->plans && ei_table_rows(r->plans))
        rc = rp_say(&r->summary,
                    "Annual plans with year-to-date figures: %zu; %zu more "
                    "have none to judge completion by.",
                    ei_table_rows(r->plans), r->plans_without_data);
    else if (!rc && r->plans_without_data)
        rc = rp_say(&r->summary,
                    "None of the %zu annual plans of %s has a year-to-date "
                    "figure to judge its completion by.",
                    r->plans_without_data, r->region);
    if (rc == EI_ENOMEM && err && !err->text[0])
        ei_error_set(err, EI_ENOMEM, "out of memory");
    return rc;
}

int ei_report_new(ei_report **out, const ei_dataset *ds,
                  const ei_report_options *opts, ei_error *err)
{
    if (!out || !ds)
        return ei_error_set(err, EI_EINVAL, "report: no dataset given");
    *out = NULL;
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    if (opts)
        o = *opts;
    if (o.version != EI_REPORT_OPTIONS_VERSION)
        return ei_error_set(err, EI_EINVAL, "report: options version %u",
                            o.version);
    if (o.horizon < 1 || o.horizon > 50)
        return ei_error_set(err, EI_EINVAL,
                            "report: horizon %d outside 1..50", o.horizon);
    bool as_of = o.as_of.year != 0;
    if (as_of && !ei_period_valid(o.as_of))
        return ei_error_set(err, EI_EINVAL, "report: invalid as-of period");
    const char *region = o.region ? o.region : first_region(ds);
    if (!region || !has_region(ds, region))
        return ei_error_set(err, EI_ENOTFOUND, "report: no series of %s",
                            region ? region : "any region");
    ei_report *r = calloc(1, sizeof *r);
    if (!r)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    char when[24] = "";
    if (as_of)
        ei_period_format(o.as_of, when, sizeof when);
    r->region = dup_text(region);
    r->as_of = dup_text(when);
    int rc = r->region && r->as_of
                 ? EI_OK
                 : ei_error_set(err, EI_ENOMEM, "out of memory");
    ei_dataset *filtered = NULL;
    if (!rc && as_of)
        rc = filter_as_of(&filtered, ds, o.as_of, err);
    if (!rc)
        rc = build(r, filtered ? filtered : ds, &o, err);
    ei_dataset_free(filtered);
    if (rc) {
        ei_report_free(r);
        return rc;
    }
    *out = r;
    return EI_OK;
}

void ei_report_free(ei_report *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        rp_indicator_free(&r->ind[i]);
    free(r->ind);
    ei_table_free(r->glance);
    ei_table_free(r->targets);
    ei_table_free(r->plans);
    ei_table_free(r->scorecard);
    ei_table_free(r->tasks);
    rp_text_free(&r->review);
    rp_text_free(&r->overdue);
    ei_chart_free(r->plan_chart);
    rp_text_free(&r->summary);
    free(r->region);
    free(r->as_of);
    free(r);
}

const char *ei_report_region(const ei_report *r)
{
    return r ? r->region : NULL;
}

int ei_report_write(const ei_report *r, FILE *fp, ei_report_format fmt,
                    ei_error *err)
{
    if (!r || !fp)
        return ei_error_set(err, EI_EINVAL, "report: nothing to write");
    int rc;
    if (fmt == EI_REPORT_MARKDOWN)
        rc = rp_write_markdown(r, fp, err);
    else if (fmt == EI_REPORT_HTML)
        rc = rp_write_html(r, fp, err);
    else
        return ei_error_set(err, EI_EINVAL, "report: unknown format %d",
                            (int)fmt);
    if (!rc && ferror(fp))
        rc = ei_error_set(err, EI_EIO, "report: write failed");
    return rc;
}

int ei_report_write_file(const ei_report *r, const char *path,
                         ei_report_format fmt, ei_error *err)
{
    if (!path)
        return ei_error_set(err, EI_EINVAL, "report: no path given");
    ei_atomic_file af;
    int rc = ei_atomic_file_open(&af, path, err);
    if (rc)
        return rc;
    rc = ei_report_write(r, af.fp, fmt, err);
    if (rc) {
        ei_atomic_file_abort(&af);
        if (err && !err->source[0])
            ei_error_locate(err, path, 0, 0);
        return rc;
    }
    return ei_atomic_file_commit(&af, err);
}

int ei_report_format_parse(ei_report_format *out, const char *name)
{
    if (!out || !name)
        return EI_EINVAL;
    if (strcmp(name, "html") == 0)
        *out = EI_REPORT_HTML;
    else if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
        *out = EI_REPORT_MARKDOWN;
    else
        return EI_EPARSE;
    return EI_OK;
}

ei_report_format ei_report_format_for_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (dot && (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0 ||
                strcmp(dot, ".HTML") == 0))
        return EI_REPORT_HTML;
    return EI_REPORT_MARKDOWN;
}

size_t ei_report_indicator_count(const ei_report *r)
{
    return r ? r->n : 0;
}

const ei_chart *ei_report_chart(const ei_report *r, ei_report_chart_kind kind,
                                size_t i)
{
    if (!r)
        return NULL;
    if (kind == EI_REPORT_CHART_PLANS)
        return r->plans && ei_table_rows(r->plans) ? r->plan_chart : NULL;
    if (i >= r->n)
        return NULL;
    if (kind == EI_REPORT_CHART_LEVEL)
        return r->ind[i].level_chart;
    if (kind == EI_REPORT_CHART_GROWTH)
        return r->ind[i].growth_chart;
    return NULL;
}
