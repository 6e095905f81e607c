/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Question (issue 4): where does Hanyang stand against its 14th five-year
 * plan (2021-2025), and what growth does each target now require?
 *
 * For every target of the plan (a span ending in its last year) the
 * library finds the latest figure, the pace still required from it, and a
 * classification (on track, behind, hard …); targets the documents give no
 * figure for are counted. The growth and level targets of one indicator
 * are checked against each other.
 *
 *   fyp14_requires [DATASETS_DIR]
 */
#include <econind/econind.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

/* The words of the figure that gives period p its value. */
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
    printf("    figure (%s): 「%s」\n", ei_obs_status_name(o.status),
           o.note ? o.note : "");
}

static bool in_plan(const ei_target *t, ei_span plan)
{
    return ei_period_equal(t->span.first, plan.first) &&
           ei_period_equal(t->span.last, plan.last);
}

typedef struct context {
    const ei_targets *set;
    ei_span plan;
} context;

/* A growth target and a level target of the plan for one indicator: does
 * the stated growth reach the stated level? */
static int on_pair(void *ctx, const ei_target_consistency *r)
{
    const context *c = ctx;
    const ei_target *g = ei_targets_at(c->set, r->growth_index);
    const ei_target *l = ei_targets_at(c->set, r->level_index);
    if (!in_plan(l, c->plan) || r->reason != EI_REASON_NONE)
        return EI_OK;
    printf("halves: %s %s %g%% a year from %g gives %.1f, %s %s %g; "
           "the level needs %.2f%% (deflator %.2f%%)\n", g->indicator,
           ei_target_kind_name(g->kind), g->value, r->base_level,
           r->implied_level, r->consistent ? "meeting" : "short of",
           ei_target_op_symbol(l->op), l->value, r->required, r->deflator);
    return EI_OK;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ECONIND_DATASETS_SOURCE;
    static const char *const obs[] = {"observations.csv",
                                      "observations_other.csv"};
    const char *plan_text = "2021-2025";
    char path[1024];
    ei_error err;
    ei_span plan;
    ei_dataset *ds = NULL;
    ei_targets *set = NULL;
    int rc = ei_span_parse(&plan, plan_text, strlen(plan_text), &err);
    if (!rc)
        rc = ei_dataset_new(&ds, NULL, &err);
    for (size_t i = 0; !rc && i < sizeof obs / sizeof *obs; i++) {
        snprintf(path, sizeof path, "%s/hanyang/%s", dir, obs[i]);
        rc = ei_csv_read_file(ds, path, NULL, NULL, &err);
    }
    snprintf(path, sizeof path, "%s/hanyang/targets.csv", dir);
    if (!rc)
        rc = ei_targets_read_file(&set, path, ei_dataset_registry(ds), NULL,
                                  &err);
    if (rc) {
        char msg[600];
        ei_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "fyp14_requires: %s\n", msg);
        ei_targets_free(set);
        ei_dataset_free(ds);
        return 1;
    }

    printf("Where does Hanyang stand against the %s plan, and what growth "
           "does each target now require?\n", plan_text);
    size_t n_plan = 0, no_figure = 0, no_pace = 0;
    size_t by_score[EI_SCORE_COUNT_] = {0};
    for (size_t i = 0; i < ei_targets_count(set); i++) {
        const ei_target *t = ei_targets_at(set, i);
        if (!in_plan(t, plan))
            continue;
        n_plan++;
        ei_requirement req;
        ei_score score = EI_SCORE_UNKNOWN;
        if (ei_target_requirement(&req, t, ds, NULL, &err) ||
            ei_score_target(&score, t, ds, NAN, &err)) {
            fprintf(stderr, "fyp14_requires: %s\n", err.text);
            continue;
        }
        by_score[score]++;
        if (isnan(req.required) && isnan(req.latest_value)) {
            /* Nothing to measure from: no figure, or (shares, ceilings,
             * 同步) a kind with no pace and no figure either. */
            if (req.reason == EI_REASON_NO_TARGET)
                no_pace++;
            else
                no_figure++;
            continue;
        }
        char latest[EI_PERIOD_TEXT_MAX];
        ei_period_format(req.latest, latest, sizeof latest);
        printf("%s %s %s %g %s [%s]\n", t->indicator,
               ei_target_kind_name(t->kind), ei_target_op_symbol(t->op),
               t->value, t->unit, ei_score_name(score));
        if (isnan(req.latest_value))
            printf("  from %s: no year of the plan reported yet", latest);
        else
            printf("  latest %s: %g%s", latest, req.latest_value,
                   req.provisional ? " (estimate)" : "");
        printf("; %ld year(s) left", req.periods_left);
        if (req.met)
            printf("; already met");
        if (!isnan(req.required))
            printf("; requires %.2f%% a year", req.required);
        if (!isnan(req.progress))
            printf("; progress %.1f%%", req.progress);
        printf("\n    target: 「%s」\n", t->note ? t->note : "");
        if (!isnan(req.latest_value))
            print_figure(ds, t, req.latest);
    }
    size_t pairs = 0, disagree = 0;
    context c = {set, plan};
    ei_targets_check(set, ds, on_pair, &c, &pairs, &disagree, NULL);
    printf("plan targets: %zu; with a pace: %zu; no figure in the documents: "
           "%zu; no figure and no pace for the kind (share, ceiling, "
           "同步): %zu\n", n_plan, n_plan - no_figure - no_pace, no_figure,
           no_pace);
    printf("classification:");
    for (int k = 0; k < EI_SCORE_COUNT_; k++)
        printf(" %s %zu", ei_score_name((ei_score)k), by_score[k]);
    printf("\n");
    ei_targets_free(set);
    ei_dataset_free(ds);
    return 0;
}
