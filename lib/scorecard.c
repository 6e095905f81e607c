/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Five-year plan scorecards: the owning row set, class names, summaries by
 * class and group. Classification from data is in scorecard_score.c, the
 * reader in scorecard_read.c. */
#include "econind/scorecard.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "record_set.h"
#include "target_util.h"

struct ei_scorecard {
    ei_recset rs; /* of ei_score_row */
};

/* Row i (i < count). */
static const ei_score_row *row_at(const ei_scorecard *sc, size_t i)
{
    return ei_recset_item(&sc->rs, i);
}

static const char *const score_names[EI_SCORE_COUNT_] = {
    "met_early", "met", "on_track", "behind", "hard", "unknown",
};

const char *ei_score_name(ei_score s)
{
    if ((unsigned)s < EI_SCORE_COUNT_)
        return score_names[s];
    return "unknown";
}

int ei_score_parse(ei_score *out, const char *text, size_t len)
{
    static const char *const words[EI_SCORE_COUNT_][6] = {
        {"met_early", "提前完成", "met early", NULL},
        {"met", "完成", "已完成", "达到", NULL},
        {"on_track", "序时推进", "正常推进", "on track", NULL},
        {"behind", "滞后", "进度滞后", "滞后于序时", NULL},
        {"hard", "难以完成", "未完成", "hard to complete", NULL},
        {"unknown", "未知", NULL},
    };
    if (!out || (!text && len))
        return EI_EINVAL;
    for (int s = 0; s < EI_SCORE_COUNT_; s++)
        if (eit_match(text, len, words[s]) >= 0) {
            *out = (ei_score)s;
            return EI_OK;
        }
    return EI_EPARSE;
}

int ei_scorecard_new(ei_scorecard **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the scorecard");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    int rc = ei_recset_init(&(*out)->rs, sizeof(ei_score_row), err);
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

void ei_scorecard_free(ei_scorecard *sc)
{
    if (!sc)
        return;
    ei_recset_fini(&sc->rs);
    free(sc);
}

int ei_scorecard_add(ei_scorecard *sc, const ei_score_row *row,
                     ei_error *err)
{
    if (!sc || !row)
        return ei_error_set(err, EI_EINVAL, "no scorecard or row");
    if ((unsigned)row->score >= EI_SCORE_COUNT_)
        return ei_error_set(err, EI_EINVAL, "invalid class");
    if (row->count == 0)
        return ei_error_set(err, EI_EINVAL, "a row stands for at least one "
                                            "indicator");
    ei_score_row c = *row;
    c.plan = row->plan ? row->plan : "";
    c.indicator = row->indicator ? row->indicator : "";
    c.group = row->group ? row->group : "";
    const char **const strs[] = {&c.plan, &c.indicator, &c.group,
                                 &c.source, &c.note, &c.file};
    int rc = ei_recset_own(&sc->rs, strs, sizeof strs / sizeof strs[0],
                           err);
    return rc ? rc : ei_recset_append(&sc->rs, &c, err);
}

size_t ei_scorecard_count(const ei_scorecard *sc)
{
    return sc ? sc->rs.n : 0;
}

const ei_score_row *ei_scorecard_at(const ei_scorecard *sc, size_t i)
{
    return sc ? ei_recset_at(&sc->rs, i) : NULL;
}

static bool group_seen_before(const ei_scorecard *sc, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(row_at(sc, j)->group, row_at(sc, i)->group) == 0)
            return true;
    return false;
}

size_t ei_scorecard_group_count(const ei_scorecard *sc)
{
    size_t n = 0;
    for (size_t i = 0; sc && i < sc->rs.n; i++)
        if (!group_seen_before(sc, i))
            n++;
    return n;
}

const char *ei_scorecard_group_at(const ei_scorecard *sc, size_t k)
{
    size_t n = 0;
    for (size_t i = 0; sc && i < sc->rs.n; i++)
        if (!group_seen_before(sc, i) && n++ == k)
            return row_at(sc, i)->group;
    return NULL;
}

void ei_scorecard_summary(ei_score_summary *out, const ei_scorecard *sc,
                          const char *group)
{
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; sc && i < sc->rs.n; i++) {
        const ei_score_row *r = row_at(sc, i);
        if (group && strcmp(group, r->group) != 0)
            continue;
        out->by_score[r->score] += r->count;
        out->total += r->count;
    }
    out->met_total = out->by_score[EI_SCORE_MET] +
                     out->by_score[EI_SCORE_MET_EARLY];
}
