/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Question: do the two halves of a target agree? A work report or a plan
 * often sets a growth rate and a level for the same indicator and year
 * ("地区生产总值增长7.2%、突破千亿元大关"): grown from the base year at the
 * stated rate, does the level reach the stated level? If not, what rate does
 * the level need, and what price growth (deflator) would reconcile a real
 * growth target with a current-price level?
 *
 *   target_halves [DATASETS_DIR]
 */
#include <econind/econind.h>

#include <stdio.h>

#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

typedef struct context {
    const ei_targets *set;
    const ei_dataset *ds;
} context;

static void print_target(const char *label, const ei_target *t)
{
    char span[EI_SPAN_TEXT_MAX];
    ei_span_format(t->span, span, sizeof span);
    printf("  %s: %s %s %s %s %g %s\n", label, t->indicator, span,
           ei_target_kind_name(t->kind), ei_target_op_symbol(t->op),
           t->value, t->unit);
    printf("    document: 「%s」 (%s)\n", t->note ? t->note : "",
           t->source ? t->source : "");
}

/* The base-year figure the check used, with the words that give it. */
static void print_base(const context *c, const ei_target *t, ei_period base)
{
    const ei_series *s = ei_dataset_find(c->ds, t->region, t->indicator,
                                         base.freq);
    size_t idx;
    ei_observation o;
    if (!s || ei_series_index_of(s, base, &idx) != EI_OK ||
        ei_series_obs_for(s, idx, &o) != EI_OK)
        return;
    printf("    base (%s) document: 「%s」 (%s)\n",
           ei_obs_status_name(o.status), o.note ? o.note : "",
           o.source ? o.source : "");
}

static int on_pair(void *ctx, const ei_target_consistency *r)
{
    const context *c = ctx;
    const ei_target *g = ei_targets_at(c->set, r->growth_index);
    const ei_target *l = ei_targets_at(c->set, r->level_index);
    char base[EI_PERIOD_TEXT_MAX], span[EI_SPAN_TEXT_MAX];
    ei_period_format(r->base, base, sizeof base);
    ei_span_format(l->span, span, sizeof span);
    printf("%s %s: growth and level %s\n", g->indicator, span,
           r->reason != EI_REASON_NONE ? "cannot be checked"
           : r->consistent ? "agree" : "disagree");
    print_target("growth", g);
    print_target("level", l);
    if (r->reason != EI_REASON_NONE) {
        printf("  why: %s\n", ei_reason_text(r->reason));
        return EI_OK;
    }
    printf("  base %s: %g %s\n", base, r->base_level, l->unit);
    print_base(c, l, r->base);
    printf("  grown at %g%% for %ld year(s): %.1f %s, which %s %s %g\n",
           g->value, r->periods, r->implied_level, l->unit,
           r->consistent ? "meets" : "falls short of",
           ei_target_op_symbol(l->op), l->value);
    printf("  the level needs %.2f%% a year; deflator that reconciles "
           "them %.2f%% a year\n", r->required, r->deflator);
    return EI_OK;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ECONIND_DATASETS_SOURCE;
    char obs_path[1024], tgt_path[1024];
    snprintf(obs_path, sizeof obs_path, "%s/hanyang/observations.csv", dir);
    snprintf(tgt_path, sizeof tgt_path, "%s/hanyang/targets.csv", dir);

    ei_error err;
    ei_dataset *ds = NULL;
    ei_targets *set = NULL;
    size_t checked = 0, inconsistent = 0;
    int rc = ei_dataset_new(&ds, NULL, &err);
    if (!rc)
        rc = ei_csv_read_file(ds, obs_path, NULL, NULL, &err);
    if (!rc)
        rc = ei_targets_read_file(&set, tgt_path, NULL, NULL, &err);
    if (!rc) {
        printf("Do the halves of Hanyang's targets agree?\n");
        context c = {set, ds};
        rc = ei_targets_check(set, ds, on_pair, &c, &checked, &inconsistent,
                              &err);
    }
    if (rc) {
        char msg[600];
        ei_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "target_halves: %s\n", msg);
    } else {
        printf("pairs checked: %zu, disagreeing: %zu\n", checked,
               inconsistent);
    }
    ei_targets_free(set);
    ei_dataset_free(ds);
    return rc ? 1 : 0;
}
