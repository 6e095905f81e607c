/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The five-year-plan scorecard in the report: indicators per class,
 * overall and per group, from ei_scorecard_summary(). */
#include <string.h>

#include "error_set.h"
#include "report_model.h"

const char *const rp_score_columns[] = {
    "group", "met early", "met", "on track", "behind", "hard", "unknown",
    "total"};

static int row(ei_table *t, const char *group, const ei_score_summary *s,
               ei_error *err)
{
    size_t r;
    int rc = ei_table_add_row(t, &r, err);
    if (!rc)
        rc = ei_table_set_text(t, r, 0, group, err);
    for (int k = 0; k < EI_SCORE_COUNT_ && !rc; k++)
        rc = ei_table_set_number(t, r, 1 + (size_t)k,
                                 (double)s->by_score[k], 0, err);
    if (!rc)
        rc = ei_table_set_number(t, r, 1 + EI_SCORE_COUNT_, (double)s->total,
                                 0, err);
    return rc;
}

int rp_scorecard_build(ei_report *r, const ei_scorecard *sc, ei_error *err)
{
    int rc = ei_table_new(&r->scorecard, rp_score_columns, RP_SCORE_NCOL,
                          err);
    ei_score_summary all;
    for (size_t g = 0; g < ei_scorecard_group_count(sc) && !rc; g++) {
        const char *group = ei_scorecard_group_at(sc, g);
        ei_score_summary s;
        ei_scorecard_summary(&s, sc, group);
        rc = row(r->scorecard, *group ? group : "(no group)", &s, err);
    }
    ei_scorecard_summary(&all, sc, NULL);
    if (!rc)
        rc = row(r->scorecard, "all", &all, err);
    if (!rc && ei_scorecard_count(sc))
        rc = rp_say(&r->review,
                    "%s: %zu indicators, %zu met (%zu of them early), %zu "
                    "on track, %zu behind, %zu hard to complete.",
                    ei_scorecard_at(sc, 0)->plan && *ei_scorecard_at(sc, 0)->plan
                        ? ei_scorecard_at(sc, 0)->plan
                        : "The plan",
                    all.total, all.met_total, all.by_score[EI_SCORE_MET_EARLY],
                    all.by_score[EI_SCORE_ON_TRACK],
                    all.by_score[EI_SCORE_BEHIND],
                    all.by_score[EI_SCORE_HARD]);
    return rc;
}
