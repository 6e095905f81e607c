/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Question: how did the indicators of Hanyang's 13th five-year plan
 * (2016-2020) split into met and hard to complete, overall and by group?
 *
 * The review in the 14th plan gives counts only; the scorecard file keeps
 * one row per group and class with the count, and the library sums them.
 *
 *   plan13_scorecard [DATASETS_DIR]
 */
#include <econind/econind.h>

#include <stdio.h>
#include <string.h>

#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

static void print_summary(const char *label, const ei_score_summary *s)
{
    printf("%s: %zu indicators, met %zu (early %zu, on time %zu)", label,
           s->total, s->met_total, s->by_score[EI_SCORE_MET_EARLY],
           s->by_score[EI_SCORE_MET]);
    for (int c = EI_SCORE_ON_TRACK; c < EI_SCORE_COUNT_; c++)
        if (s->by_score[c])
            printf(", %s %zu", ei_score_name((ei_score)c), s->by_score[c]);
    printf("\n");
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ECONIND_DATASETS_SOURCE;
    char path[1024];
    snprintf(path, sizeof path, "%s/hanyang/scorecard.csv", dir);
    ei_error err;
    ei_scorecard *sc = NULL;
    if (ei_scorecard_read_file(&sc, path, NULL, &err)) {
        char msg[600];
        ei_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "plan13_scorecard: %s\n", msg);
        return 1;
    }
    const ei_score_row *first = ei_scorecard_at(sc, 0);
    printf("How did the indicators of %s split into met and hard to "
           "complete?\n",
           first ? first->plan : "the plan");

    ei_score_summary all;
    ei_scorecard_summary(&all, sc, NULL);
    print_summary("all", &all);
    for (size_t g = 0; g < ei_scorecard_group_count(sc); g++) {
        const char *group = ei_scorecard_group_at(sc, g);
        ei_score_summary s;
        ei_scorecard_summary(&s, sc, group);
        /* Only the classes the rows of the group state. */
        printf("  %s:", *group ? group : "group not given");
        for (int c = 0; c < EI_SCORE_COUNT_; c++)
            if (s.by_score[c])
                printf(" %s %zu", ei_score_name((ei_score)c), s.by_score[c]);
        printf("\n");
    }
    /* The document's words, once per distinct quote. */
    for (size_t i = 0; i < ei_scorecard_count(sc); i++) {
        const ei_score_row *r = ei_scorecard_at(sc, i);
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(ei_scorecard_at(sc, j)->note, r->note) == 0;
        if (!seen)
            printf("  document: 「%s」 (%s)\n", r->note, r->source);
    }
    ei_scorecard_free(sc);
    return 0;
}
