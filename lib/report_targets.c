/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The targets of the report: each target of the region with figures to
 * compare, its actual, gap and status from the gap, requirement and
 * scorecard computations; and which targets belong to an indicator (for
 * its charts and projection). */
#include <math.h>
#include <stdlib.h>
#include <stdlib.h>
#include <string.h>

#include "econind/gap.h"
#include "econind/required.h"
#include "econind/scorecard.h"
#include "error_set.h"
#include "report_model.h"

const char *const rp_target_columns[] = {"indicator", "period", "target",
                                         "actual", "gap", "status", "note"};

/* Above this multiple of the target pace a target is hard to reach
 * (ei_score_target()'s default). */
#define RP_HARD_RATIO 1.5

bool rp_target_is_for(const ei_dataset *ds, const ei_target *t,
                      const char *region, const char *code)
{
    if (t->region && *t->region && strcmp(t->region, region) != 0)
        return false;
    const ei_registry *reg = ei_dataset_registry(ds);
    const ei_indicator *a = ei_registry_find(reg, t->indicator);
    const ei_indicator *b = ei_registry_find(reg, code);
    return a ? a == b : strcmp(t->indicator, code) == 0;
}

const char *rp_status_words(ei_score sc, bool due)
{
    switch (sc) {
    case EI_SCORE_MET_EARLY: return "met early";
    case EI_SCORE_MET: return "met";
    case EI_SCORE_ON_TRACK: return "on track";
    case EI_SCORE_BEHIND: return "behind";
    case EI_SCORE_HARD: return due ? "not met" : "hard to reach";
    default: return "unknown";
    }
}

/* Put the target on the card of each reported indicator it is for. */
static int to_cards(ei_report *r, const ei_dataset *ds, const ei_target *t,
                    ei_score sc, bool due, const char *per, const char *tt)
{
    rp_tone tone = sc == EI_SCORE_BEHIND ? RP_TONE_WARN
                   : sc == EI_SCORE_HARD ? RP_TONE_BAD
                                         : RP_TONE_GOOD;
    for (size_t k = 0; k < r->n; k++) {
        rp_indicator *ri = &r->ind[k];
        if (!rp_target_is_for(ds, t, r->region, ri->code))
            continue;
        char line[400];
        snprintf(line, sizeof line, "%s %s: %s", per, tt,
                 rp_status_words(sc, due));
        bool seen = false; /* the same target from two documents */
        for (size_t j = 0; j < ri->goals.n && !seen; j++)
            seen = strcmp(ri->goals.items[j], line) == 0;
        if (seen)
            continue;
        rp_tone *p = realloc(ri->goal_tone, (ri->goals.n + 1) * sizeof *p);
        if (!p)
            return EI_ENOMEM;
        ri->goal_tone = p;
        p[ri->goals.n] = tone;
        int rc = rp_say(&ri->goals, "%s", line);
        if (rc)
            return rc;
    }
    return EI_OK;
}

static void target_text(char *buf, size_t size, const ei_target *t)
{
    char v[48];
    if (t->op == EI_OP_LINKED)
        snprintf(buf, size, "in step with (同步) %s",
                 t->linked_indicator ? t->linked_indicator : "");
    else
        snprintf(buf, size, "%s %s%s%s", ei_target_op_symbol(t->op),
                 rp_num(v, t->value, 2),
                 t->unit && strcmp(t->unit, "%") != 0 ? " " : "",
                 t->unit ? t->unit : "");
}

/* The order of the table: what needs attention first, unknown last. */
static int rank(ei_score sc)
{
    switch (sc) {
    case EI_SCORE_HARD: return 0;
    case EI_SCORE_BEHIND: return 1;
    case EI_SCORE_ON_TRACK: return 2;
    case EI_SCORE_MET_EARLY: return 3;
    case EI_SCORE_MET: return 4;
    default: return 5;
    }
}
enum { NRANK = 6 };

/* Judge t; add its row when its status has rank `pass`. */
static int one(ei_report *r, const ei_dataset *ds, const ei_target *t,
               int data_year, int pass, ei_error *err)
{
    ei_gap g;
    ei_score sc = EI_SCORE_UNKNOWN;
    int rc = ei_gap_evaluate(&g, t, ds, NULL, err);
    if (!rc)
        rc = ei_score_target(&sc, t, ds, RP_HARD_RATIO, err);
    if (rc)
        return rc;
    /* due: the data reach the target's last period */
    bool due = !isnan(g.actual);
    ei_requirement req;
    memset(&req, 0, sizeof req);
    req.required = NAN;
    if (!due && (rc = ei_target_requirement(&req, t, ds, NULL, err)))
        return rc;
    /* ended within the data, yet no figure: not reported */
    bool unreported = !due && t->span.last.year <= data_year;
    if (unreported)
        sc = EI_SCORE_UNKNOWN;
    if (rank(sc) != pass)
        return EI_OK;
    size_t row;
    char per[48], tt[200], note[400] = "", a[48], b[48];
    ei_span_format(t->span, per, sizeof per);
    target_text(tt, sizeof tt, t);
    rc = ei_table_add_row(r->targets, &row, err);
    if (!rc)
        rc = ei_table_set_text(r->targets, row, 0, t->indicator, err);
    if (!rc)
        rc = ei_table_set_text(r->targets, row, 1, per, err);
    if (!rc)
        rc = ei_table_set_text(r->targets, row, 2, tt, err);
    if (!rc) {
        if (due) {
            rc = ei_table_set_number(r->targets, row, 3, g.actual, 2, err);
        } else if (!isnan(req.latest_value)) {
            char lp[24];
            ei_period_format(req.latest, lp, sizeof lp);
            snprintf(a, sizeof a, "%s", "");
            char txt[96];
            snprintf(txt, sizeof txt, "%s (%s)",
                     rp_num(a, req.latest_value, 2), lp);
            rc = ei_table_set_text(r->targets, row, 3, txt, err);
        } else {
            rc = ei_table_set_missing(r->targets, row, 3,
                                      g.reason ? g.reason : EI_REASON_MISSING,
                                      err);
        }
    }
    if (!rc)
        rc = isnan(g.gap) ? ei_table_set_text(r->targets, row, 4, "", err)
                          : ei_table_set_number(r->targets, row, 4, g.gap, 2,
                                                err);
    if (!rc)
        rc = ei_table_set_text(r->targets, row, 5, rp_status_words(sc, due),
                               err);
    if (due && g.provisional)
        snprintf(note, sizeof note,
                 "rests on an estimate (预计): may change with the final "
                 "figure");
    else if (due && g.bound != EI_BOUND_EXACT)
        snprintf(note, sizeof note, "the actual is a bound (%s)",
                 g.bound == EI_BOUND_ABOVE ? "突破/超过" : "近/约");
    else if (unreported)
        snprintf(note, sizeof note, "no figure for %s in the data",
                 per);
    else if (sc == EI_SCORE_MET_EARLY)
        snprintf(note, sizeof note, "already reached");
    else if (!due && !isnan(req.required))
        snprintf(note, sizeof note, "needs %s%% a year for %ld more year%s",
                 rp_num(b, req.required, 2), req.periods_left,
                 req.periods_left == 1 ? "" : "s");
    else if (sc == EI_SCORE_UNKNOWN && t->span.last.year > data_year)
        snprintf(note, sizeof note, "not yet due: the figures run to %d",
                 data_year);
    else if (sc == EI_SCORE_UNKNOWN)
        snprintf(note, sizeof note, "%s",
                 ei_reason_text(g.reason ? g.reason
                                         : req.reason ? req.reason
                                                      : EI_REASON_MISSING));
    if (!rc)
        rc = ei_table_set_text(r->targets, row, 6, note, err);
    if (!rc)
        r->by_status[sc]++;
    if (!rc && sc != EI_SCORE_UNKNOWN &&
        to_cards(r, ds, t, sc, due, per, tt) != EI_OK)
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    return rc;
}

int rp_targets_build(ei_report *r, const ei_dataset *ds,
                     const ei_targets *set, ei_error *err)
{
    int rc = ei_table_new(&r->targets, rp_target_columns, RP_TARGET_NCOL,
                          err);
    int data_year = r->data_year;
    for (int pass = 0; pass < NRANK && !rc; pass++) {
        if (pass == rank(EI_SCORE_UNKNOWN))
            r->targets_known = ei_table_rows(r->targets);
        for (size_t i = 0; i < ei_targets_count(set) && !rc; i++) {
            const ei_target *t = ei_targets_at(set, i);
            if (t->region && *t->region &&
                strcmp(t->region, r->region) != 0)
                continue;
            if (!ei_dataset_find(ds, r->region, t->indicator,
                                 EI_FREQ_NONE)) {
                r->targets_without_data += pass == 0;
                continue;
            }
            rc = one(r, ds, t, data_year, pass, err);
        }
    }
    return rc;
}
