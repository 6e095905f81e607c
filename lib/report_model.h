/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: a built report, the contract between the builder (which calls
 * the computations) and the writers (which only arrange what is here). */
#ifndef ECONIND_REPORT_MODEL_H
#define ECONIND_REPORT_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "econind/chart.h"
#include "econind/plan.h"
#include "econind/scorecard.h"
#include "econind/target.h"
#include "econind/tasks.h"
#include "econind/report.h"
#include "econind/table.h"

/* A list of sentences (UTF-8, plain words, no markup). */
typedef struct rp_text {
    char **items;
    size_t n, cap;
} rp_text;

/* Append a sentence; returns EI_OK or EI_ENOMEM. */
int rp_say(rp_text *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void rp_text_free(rp_text *t);

/* A number as short text: at most `decimals` decimals, trailing zeros
 * dropped, '.' whatever the locale; "—" for NaN. */
const char *rp_num(char buf[48], double v, int decimals);

/* How an indicator stands at a glance (the summary table's colour). */
typedef enum rp_mark {
    RP_MARK_NONE = 0, /* nothing to say */
    RP_MARK_FINAL,    /* latest figure final */
    RP_MARK_ESTIMATE, /* latest figure an estimate: may change */
    RP_MARK_MISSING   /* no figure at all */
} rp_mark;

/* How a target stands, for colour: on track or met, behind, not met or
 * hard to reach. */
typedef enum rp_tone { RP_TONE_GOOD = 0, RP_TONE_WARN, RP_TONE_BAD } rp_tone;

typedef struct rp_indicator {
    char *code;        /* as asked (options or the headline list) */
    char *name;        /* Chinese name, or as given */
    char *name_en;     /* English name, "" if unregistered */
    char *unit;
    bool found;        /* a series exists */
    rp_mark mark;
    ei_table *table;   /* levels and growth by period */
    rp_text notes;     /* how to read the figures (price basis) */
    rp_text caveats;   /* breaks, estimates, bounds */
    rp_text revisions; /* estimate -> final */
    rp_text projection;/* what was projected and how, or why not */
    ei_table *proj_table; /* projected periods; NULL if none */
    ei_chart *level_chart;  /* levels and the projection fan; NULL if none */
    ei_chart *growth_chart; /* published and derived growth; NULL if none */
    rp_text goals;     /* its targets with a known status, for its card */
    rp_tone *goal_tone;/* goals.n of them */
} rp_indicator;

struct ei_report {
    char *region;
    char *as_of;        /* "" when everything is reported */
    size_t nseries, nfiles;
    /* the report's year: the as-of year, else the last year with a figure
     * of a reported indicator; targets ending by then without a figure
     * were not reported, rather than still running */
    int data_year;
    rp_text summary;    /* the opening sentences */
    ei_table *glance;   /* one row per indicator: latest figure */
    rp_indicator *ind;
    size_t n;
    ei_table *targets;  /* targets with figures to compare; NULL: none given */
    size_t by_status[EI_SCORE_COUNT_]; /* rows of `targets` per status */
    size_t targets_known; /* rows before the unknown ones (the table runs
                             from not met to met, unknown last) */
    size_t targets_without_data;       /* of the region, no figures */
    ei_table *plans;      /* plans with a year-to-date figure; NULL: none
                             given */
    ei_chart *plan_chart; /* completion bars of those */
    size_t plans_without_data; /* of the region, no year-to-date figure */
    ei_table *scorecard;  /* classes per group; NULL: none given */
    ei_table *tasks;      /* task statuses per lead unit; NULL: none */
    rp_text review;       /* sentences on the scorecard and the tasks */
    rp_text overdue;      /* the overdue tasks, one sentence each */
};

/* The scorecard (report_scorecard.c) and the tasks (report_tasks.c). */
extern const char *const rp_score_columns[];
enum { RP_SCORE_NCOL = 8 };
int rp_scorecard_build(ei_report *r, const ei_scorecard *sc, ei_error *err);
extern const char *const rp_task_columns[];
enum { RP_TASK_NCOL = 6 };
int rp_tasks_build(ei_report *r, const ei_tasks *set, ei_date as_of,
                   ei_error *err);

/* Plan completion (report_plans.c); columns rp_plan_columns. */
extern const char *const rp_plan_columns[];
enum { RP_PLAN_NCOL = 8 };
int rp_plans_build(ei_report *r, const ei_dataset *ds, const ei_plans *set,
                   ei_error *err);

/* The targets table (report_targets.c); columns rp_target_columns. */
extern const char *const rp_target_columns[];
enum { RP_TARGET_NCOL = 7, RP_TARGET_STATUS_COL = 5 };
int rp_targets_build(ei_report *r, const ei_dataset *ds,
                     const ei_targets *set, ei_error *err);
/* True when t is a target of `region` (or of no region) for indicator
 * `code` (same registry entry, or the same name when unregistered). */
bool rp_target_is_for(const ei_dataset *ds, const ei_target *t,
                      const char *region, const char *code);
/* "met", "met early", "on track", "behind", "not met" (due) or "hard to
 * reach", "unknown". */
const char *rp_status_words(ei_score sc, bool due);

/* The writers. */
int rp_write_markdown(const ei_report *r, FILE *fp, ei_error *err);
int rp_write_html(const ei_report *r, FILE *fp, ei_error *err);

/* Per-indicator parts of the builder (report_indicator.c). */
/* Build ri for indicator `code` of `region` in ds, and append its row to
 * the glance table (columns as rp_glance_columns). */
int rp_indicator_build(rp_indicator *ri, ei_table *glance,
                       const ei_dataset *ds, const char *region,
                       const char *code, const ei_report_options *opts,
                       ei_error *err);

extern const char *const rp_glance_columns[];
enum { RP_GLANCE_NCOL = 7 };
void rp_indicator_free(rp_indicator *ri);

/* The projection part (report_projection.c). */
int rp_projection_build(rp_indicator *ri, const ei_series *s,
                        const ei_dataset *ds, const char *region,
                        const char *code, const ei_report_options *opts,
                        ei_error *err);

#endif
