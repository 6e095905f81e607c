/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Five-year plan scorecards: the owning row set, class names, summaries by
 * class and group. Classification from data is in scorecard_score.c, the
 * reader in scorecard_read.c. */
#include "econind/scorecard.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "target_util.h"

enum { S_PLAN, S_INDICATOR, S_GROUP, S_SOURCE, S_NOTE, S_FILE, S_N };

typedef struct slot {
    ei_score_row r;
    char *str[S_N];
} slot;

struct ei_scorecard {
    slot *items;
    size_t n, cap;
};

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
    return EI_OK;
}

static void slot_free(slot *sl)
{
    for (int i = 0; i < S_N; i++)
        free(sl->str[i]);
}

void ei_scorecard_free(ei_scorecard *sc)
{
    if (!sc)
        return;
    for (size_t i = 0; i < sc->n; i++)
        slot_free(&sc->items[i]);
    free(sc->items);
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
    if (sc->n == sc->cap) {
        size_t cap = sc->cap ? sc->cap * 2 : 16;
        slot *items = realloc(sc->items, cap * sizeof *items);
        if (!items)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        sc->items = items;
        sc->cap = cap;
    }
    slot c;
    memset(&c, 0, sizeof c);
    c.r = *row;
    bool nomem = false;
    c.r.plan = c.str[S_PLAN] = eit_dup(row->plan ? row->plan : "", &nomem);
    c.r.indicator = c.str[S_INDICATOR] =
        eit_dup(row->indicator ? row->indicator : "", &nomem);
    c.r.group = c.str[S_GROUP] =
        eit_dup(row->group ? row->group : "", &nomem);
    c.r.source = c.str[S_SOURCE] = eit_dup(row->source, &nomem);
    c.r.note = c.str[S_NOTE] = eit_dup(row->note, &nomem);
    c.r.file = c.str[S_FILE] = eit_dup(row->file, &nomem);
    if (nomem) {
        slot_free(&c);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    sc->items[sc->n++] = c;
    return EI_OK;
}

size_t ei_scorecard_count(const ei_scorecard *sc)
{
    return sc ? sc->n : 0;
}

const ei_score_row *ei_scorecard_at(const ei_scorecard *sc, size_t i)
{
    if (!sc || i >= sc->n)
        return NULL;
    return &sc->items[i].r;
}

static bool group_seen_before(const ei_scorecard *sc, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(sc->items[j].r.group, sc->items[i].r.group) == 0)
            return true;
    return false;
}

size_t ei_scorecard_group_count(const ei_scorecard *sc)
{
    size_t n = 0;
    for (size_t i = 0; sc && i < sc->n; i++)
        if (!group_seen_before(sc, i))
            n++;
    return n;
}

const char *ei_scorecard_group_at(const ei_scorecard *sc, size_t k)
{
    size_t n = 0;
    for (size_t i = 0; sc && i < sc->n; i++)
        if (!group_seen_before(sc, i) && n++ == k)
            return sc->items[i].r.group;
    return NULL;
}

void ei_scorecard_summary(ei_score_summary *out, const ei_scorecard *sc,
                          const char *group)
{
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; sc && i < sc->n; i++) {
        const ei_score_row *r = &sc->items[i].r;
        if (group && strcmp(group, r->group) != 0)
            continue;
        out->by_score[r->score] += r->count;
        out->total += r->count;
    }
    out->met_total = out->by_score[EI_SCORE_MET] +
                     out->by_score[EI_SCORE_MET_EARLY];
}
