/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Question: which of Hanyang's targets were met, which were not, and which
 * cannot be told from the documents' figures (and why)?
 *
 * Every target of hanyang/targets.csv is evaluated against the observations
 * (hanyang/observations*.csv); met and not met are listed with the actual,
 * the gap and the words of both the target and the figure. Targets with no
 * verdict are counted by reason.
 *
 *   targets_met [DATASETS_DIR]
 */
#include <econind/econind.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

/* The words of the figure that gives period p its value in the series of
 * the target's indicator. */
static void print_figure(const ei_dataset *ds, const ei_target *t,
                         ei_period p)
{
    const ei_series *s = ei_dataset_find(ds, t->region, t->indicator,
                                         p.freq);
    size_t idx;
    ei_observation o;
    if (!s || ei_series_index_of(s, p, &idx) != EI_OK ||
        ei_series_obs_for(s, idx, &o) != EI_OK)
        return;
    char per[EI_PERIOD_TEXT_MAX];
    ei_period_format(p, per, sizeof per);
    printf("  figure %s (%s): 「%s」\n", per, ei_obs_status_name(o.status),
           o.note ? o.note : "");
}

static void print_gap(const ei_dataset *ds, const ei_target *t,
                      const ei_gap *g)
{
    char span[EI_SPAN_TEXT_MAX];
    ei_span_format(t->span, span, sizeof span);
    printf("%s", ei_verdict_name(g->verdict));
    if (g->verdict == EI_VERDICT_UNKNOWN)
        printf(" (%s)", ei_reason_text(g->reason));
    printf(": %s %s %s", t->indicator, span, ei_target_kind_name(t->kind));
    if (t->op == EI_OP_LINKED)
        printf(" in step with %s (%.2f%%)", t->linked_indicator, g->target);
    else
        printf(" %s %g %s", ei_target_op_symbol(t->op), t->value, t->unit);
    if (isnan(g->actual)) {
        printf("; no actual\n  target: 「%s」\n", t->note ? t->note : "");
        return;
    }
    printf("; actual %s%.2f (%s%s%s)",
           g->bound == EI_BOUND_ABOVE ? ">" :
           g->bound == EI_BOUND_BELOW ? "<" : "",
           g->actual, ei_obs_status_name(g->status),
           g->derived ? ", derived" : "",
           g->provisional ? ", provisional" : "");
    if (g->verdict != EI_VERDICT_UNKNOWN) /* a bound's gap would mislead */
        printf(", gap %+.2f", g->gap);
    printf("\n");
    printf("  target: 「%s」\n", t->note ? t->note : "");
    /* A derived rate rests on two levels: the base and the period. */
    if (g->derived)
        print_figure(ds, t, t->kind == EI_TARGET_GROWTH
                                ? ei_period_year_ago(g->period)
                                : ei_target_base(t));
    print_figure(ds, t, g->period);
}

static int load(const char *dir, ei_dataset **ds, ei_targets **set,
                ei_error *err)
{
    static const char *const obs[] = {"observations.csv",
                                      "observations_other.csv"};
    char path[1024];
    int rc = ei_dataset_new(ds, NULL, err);
    for (size_t i = 0; !rc && i < sizeof obs / sizeof *obs; i++) {
        snprintf(path, sizeof path, "%s/hanyang/%s", dir, obs[i]);
        rc = ei_csv_read_file(*ds, path, NULL, NULL, err);
    }
    snprintf(path, sizeof path, "%s/hanyang/targets.csv", dir);
    if (!rc)
        rc = ei_targets_read_file(set, path, ei_dataset_registry(*ds), NULL,
                                  err);
    return rc;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ECONIND_DATASETS_SOURCE;
    ei_error err;
    ei_dataset *ds = NULL;
    ei_targets *set = NULL;
    ei_gap *gaps = NULL;
    int rc = load(dir, &ds, &set, &err);
    size_t n = ei_targets_count(set);
    if (!rc && !(gaps = calloc(n ? n : 1, sizeof *gaps)))
        rc = EI_ENOMEM;
    if (!rc)
        rc = ei_gaps_evaluate(gaps, set, ds, NULL, &err);
    if (rc) {
        char msg[600];
        ei_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "targets_met: %s\n", rc == EI_ENOMEM
                ? ei_strerror(rc) : msg);
        free(gaps);
        ei_targets_free(set);
        ei_dataset_free(ds);
        return 1;
    }

    printf("Which of Hanyang's %zu targets were met?\n", n);
    size_t by_verdict[3] = {0}, by_reason[EI_REASON_COUNT_] = {0};
    /* Met, not met, then the unknowns that have a figure but no verdict
     * (a bound, a break …); those with no figure at all are only counted. */
    static const ei_verdict order[] = {EI_VERDICT_MET, EI_VERDICT_NOT_MET,
                                       EI_VERDICT_UNKNOWN};
    for (size_t v = 0; v < sizeof order / sizeof *order; v++)
        for (size_t i = 0; i < n; i++)
            if (gaps[i].verdict == order[v] &&
                gaps[i].reason != EI_REASON_MISSING)
                print_gap(ds, ei_targets_at(set, i), &gaps[i]);
    for (size_t i = 0; i < n; i++) {
        by_verdict[gaps[i].verdict]++;
        if (gaps[i].verdict == EI_VERDICT_UNKNOWN)
            by_reason[gaps[i].reason]++;
    }
    printf("met %zu, not met %zu, unknown %zu\n", by_verdict[EI_VERDICT_MET],
           by_verdict[EI_VERDICT_NOT_MET], by_verdict[EI_VERDICT_UNKNOWN]);
    for (int r = 0; r < EI_REASON_COUNT_; r++)
        if (by_reason[r])
            printf("  unknown, %s: %zu\n", ei_reason_text((ei_reason)r),
                   by_reason[r]);
    free(gaps);
    ei_targets_free(set);
    ei_dataset_free(ds);
    return 0;
}
