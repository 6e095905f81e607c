/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Question (issue 5): where does Hanyang's GDP get to by 2025 under each
 * projection method, against the 14th five-year plan's 突破1100亿元, and how
 * likely is the target reached?
 *
 * The plan's own figures (the level target and the 年均增长 rate) come from
 * the targets file; every projected figure, rate and probability from the
 * library. Methods that need a history refuse after the 2019 caliber break,
 * and the refusal says why.
 *
 *   gdp_to_2025 [DATASETS_DIR]
 */
#include <econind/econind.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

static int fail(const ei_error *err)
{
    char msg[600];
    ei_error_format(err, msg, sizeof msg);
    fprintf(stderr, "gdp_to_2025: %s\n", msg);
    return 1;
}

static bool is_span(const ei_target *t)
{
    return !ei_period_equal(t->span.first, t->span.last);
}

/* The plan's GDP targets: its average-growth target over a span, and the
 * level target of the same span and document. */
static void find_targets(const ei_targets *set, const ei_target **level,
                         const ei_target **rate)
{
    *level = *rate = NULL;
    for (size_t i = 0; i < ei_targets_count(set) && !*rate; i++) {
        const ei_target *t = ei_targets_at(set, i);
        if (t->kind == EI_TARGET_AVG_GROWTH && is_span(t) &&
            strcmp(t->indicator, "地区生产总值") == 0)
            *rate = t;
    }
    for (size_t i = 0; *rate && i < ei_targets_count(set) && !*level; i++) {
        const ei_target *t = ei_targets_at(set, i);
        if (t->kind == EI_TARGET_LEVEL && is_span(t) &&
            strcmp(t->indicator, (*rate)->indicator) == 0 &&
            ei_period_equal(t->span.last, (*rate)->span.last) &&
            strcmp(t->source ? t->source : "",
                   (*rate)->source ? (*rate)->source : "") == 0)
            *level = t;
    }
}

/* The observation that gives period p its value, with its quote. */
static void print_observation(const ei_series *s, ei_period p)
{
    size_t idx;
    ei_observation o;
    if (ei_series_index_of(s, p, &idx) != EI_OK ||
        ei_series_obs_for(s, idx, &o) != EI_OK)
        return;
    char per[EI_PERIOD_TEXT_MAX];
    ei_period_format(o.period, per, sizeof per);
    printf("origin: %s %g %s (%s, caliber %s)\n", per, o.value,
           ei_series_unit(s).name, ei_obs_status_name(o.status),
           o.caliber ? o.caliber : "-");
    printf("  document: 「%s」 (%s)\n", o.note ? o.note : "",
           o.source ? o.source : "");
}

static void print_projection(const ei_projection *p,
                             const ei_project_options *o)
{
    const ei_series *pt = ei_projection_point(p);
    size_t i;
    if (ei_series_index_of(pt, o->to, &i) != EI_OK)
        return;
    const ei_projection_fit *f = ei_projection_get_fit(p);
    double prob = NAN;
    ei_projection_prob_reach(p, o->to, o->target, &prob, NULL);
    printf("%-14s 2025 %8.2f", ei_projection_method_name(p),
           ei_series_value_at(pt, i));
    const ei_series *lo = ei_projection_lower(p), *hi = ei_projection_upper(p);
    if (lo && hi)
        printf("  band %.2f..%.2f", ei_series_value_at(lo, i),
               ei_series_value_at(hi, i));
    printf("  rate %.2f%% a year  P(reach %g) = %.2f\n", 100 * f->rate,
           o->target, prob);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ECONIND_DATASETS_SOURCE;
    char obs_path[1024], tgt_path[1024];
    snprintf(obs_path, sizeof obs_path, "%s/hanyang/observations.csv", dir);
    snprintf(tgt_path, sizeof tgt_path, "%s/hanyang/targets.csv", dir);

    ei_error err;
    ei_dataset *ds = NULL;
    ei_targets *targets = NULL;
    if (ei_dataset_new(&ds, NULL, &err) ||
        ei_csv_read_file(ds, obs_path, NULL, NULL, &err) ||
        ei_targets_read_file(&targets, tgt_path, NULL, NULL, &err)) {
        ei_dataset_free(ds);
        return fail(&err);
    }
    const ei_series *gdp = ei_dataset_find(ds, "汉阳区", "地区生产总值",
                                           EI_FREQ_ANNUAL);
    const ei_target *level, *rate;
    find_targets(targets, &level, &rate);
    if (!gdp || !level) {
        fprintf(stderr, "gdp_to_2025: no Hanyang GDP series or target\n");
        ei_targets_free(targets);
        ei_dataset_free(ds);
        return 1;
    }

    char span[EI_SPAN_TEXT_MAX];
    ei_span_format(level->span, span, sizeof span);
    printf("Hanyang GDP to %d under each method, against the %g %s target\n",
           level->span.last.year, level->value, level->unit);
    printf("target: %s %s %s %g %s; average growth %s %g%%\n",
           level->indicator, span, ei_target_op_symbol(level->op),
           level->value, level->unit, ei_target_op_symbol(rate->op),
           rate->value);
    printf("  document: 「%s」 (%s)\n", level->note, level->source);
    for (size_t b = 0; b < ei_series_break_count(gdp); b++) {
        ei_break br = ei_series_break_at(gdp, b);
        char a[EI_PERIOD_TEXT_MAX], c[EI_PERIOD_TEXT_MAX];
        ei_period_format(br.last_old, a, sizeof a);
        ei_period_format(br.first_new, c, sizeof c);
        printf("caliber break: old caliber up to %s, new from %s\n", a, c);
    }
    print_observation(gdp, ei_series_end(gdp));

    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.to = level->span.last;
    o.target = level->value;
    o.rate = rate->value; /* constant-rate: at the plan's own pace */
    for (int m = 0; m < EI_PROJECT_METHOD_COUNT_; m++) {
        o.method = (ei_project_method)m;
        ei_projection *p = NULL;
        if (ei_project(&p, gdp, &o, &err) == EI_OK)
            print_projection(p, &o);
        else
            printf("%-14s refused: %s\n", ei_project_method_name(o.method),
                   err.text);
        ei_projection_free(p);
    }
    printf("note: the target is %s %g; P is the probability of at least "
           "%g, and is 1 or 0 for a deterministic path\n",
           ei_target_op_symbol(level->op), level->value, level->value);
    ei_targets_free(targets);
    ei_dataset_free(ds);
    return 0;
}
