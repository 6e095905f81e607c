/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the layout of a dataset, shared by dataset.c (keys, adding,
 * lookups) and dataset_commit.c (building series from a batch).
 *
 * Every key (region, resolved indicator, frequency, measure) has a slot,
 * found through an open-addressing hash table of slot indices. A slot holds
 * the committed series, if any, and the observations of the pending batch
 * for it, appended to a growable array. Slots are never removed: a slot
 * created by a batch that failed holds no series and is invisible.
 */
#ifndef ECONIND_DATASET_PRIV_H
#define ECONIND_DATASET_PRIV_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "econind/dataset.h"
#include "series_priv.h"
#include "strpool.h"

typedef struct ds_slot {
    uint32_t region;    /* pool id of the trimmed region ("" allowed) */
    uint32_t key;       /* pool id of the registered code or the name */
    uint32_t written;   /* pool id of the indicator as first written */
    uint32_t unit;      /* pool id of the series' unit, 0 while none */
    uint32_t hash;
    uint8_t freq;
    uint8_t measure;
    uint8_t basis;
    bool touched;       /* in the pending batch's touched list */
    bool has_meta;      /* written/basis set (by a row or a series) */
    bool pend_arena;    /* pend lies in one of ds->arenas: not freed or
                           grown by itself */
    const ei_indicator *ind;
    ei_series *series;  /* NULL until a commit builds it */
    ei_unit unitv;      /* the unit named by `unit` */
    ei_obs_rec *pend;   /* pending observations */
    ei_obs_compact *cpend; /* instead of pend (then NULL): compact ones,
                              all ctmpl but value, ord and line (set by
                              ei_dataset_add_bulk only) */
    ei_obs_rec ctmpl;
    uint32_t npend, cappend;
    /* The order of series rows came in, for period-major dumps (every
     * district's figures for a month, then the next month, in the same
     * order each time): next1 is the slot (+1) whose row followed this
     * one's last time, hint_* the texts (as written) and pool ids of the
     * last row of this slot, compared directly and prefetched ahead. */
    uint32_t next1;
    uint32_t hint_region, hint_ind;
    const char *hint_region_s, *hint_ind_s;
} ds_slot;

/* The last row's key and unit: bureau dumps come in runs, so most rows
 * skip the registry lookup, the hashing and the unit table. */
typedef struct ds_cache {
    bool valid;
    uint32_t region_raw;   /* pool ids of the texts as passed */
    uint32_t ind_raw;
    uint8_t freq, measure;
    uint32_t slot;
    bool unit_valid;
    uint32_t unit_raw;     /* pool id of the unit text as passed */
    double num, den;       /* value * num / den converts to the series' */
    uint32_t str[5];       /* last ids of caliber, release, source, note,
                              file */
    bool origin_valid;
    uint32_t origin_ids[3];/* file, source, release of `origin` */
    uint32_t origin;
} ds_cache;

/* A key as written (ids of the untrimmed region and indicator texts) to its
 * slot, so that rows missing the one-entry cache skip trimming and the
 * registry. */
typedef struct ds_rawkey {
    uint32_t region;
    uint32_t ind;
    uint32_t slot1;        /* slot index + 1, 0 for an empty entry */
    uint8_t freq, measure;
} ds_rawkey;

struct ei_dataset {
    const ei_registry *reg;
    ei_registry *own_reg;
    ei_strpool *pool;
    ds_slot *slots;
    uint32_t nslots, capslots;
    uint32_t *table;       /* slot index + 1, 0 empty */
    uint32_t mask;
    ei_series **series;    /* committed, in order of first appearance */
    uint32_t *series_slot; /* slot of each series */
    size_t nseries, capseries;
    uint32_t *touched;     /* slots with pending observations */
    size_t ntouched, captouched;
    uint32_t *files;       /* file ids: committed ones, then pending ones */
    size_t nfiles, nfiles_committed, capfiles;
    ds_rawkey *raw;        /* open addressing, load at most 1/2 */
    uint32_t raw_mask, nraw;
    ds_cache cache;
    void **arenas;         /* large blocks holding observations of many
                              series (ei_dataset_add_bulk), freed with the
                              dataset */
    size_t narenas, caparenas;
    size_t narenas_committed; /* arenas before the pending batch's */
    void **spares;         /* free EI_ARENA_BLOCK blocks (a read's spent
                              slabs) for the next commit; it frees the
                              rest, as does a rollback */
    size_t nspares, capspares;
};

/* The record of an observation's numbers, period, line, status and bound
 * (its strings are the caller's to intern). */
static inline ei_obs_rec ei_dataset_obs_rec(const ei_observation *obs)
{
    ei_obs_rec r;
    memset(&r, 0, sizeof r);
    r.value = obs->value;
    r.growth = obs->growth;
    r.ord = (int32_t)ei_period_ordinal(obs->period);
    r.line = obs->line > UINT32_MAX ? UINT32_MAX : (uint32_t)obs->line;
    r.status = (uint8_t)obs->status;
    r.bound = (uint8_t)obs->bound;
    r.first = (uint8_t)obs->period.first;
    return r;
}

/* Keep @p block (from ei_huge_alloc) until the dataset is freed. */
int ei_dataset_keep_arena(ei_dataset *ds, void *block);

/* Keep @p block (EI_ARENA_BLOCK bytes from ei_huge_alloc) as a spare
 * for the next commit; it is freed at once if there is no room to. */
void ei_dataset_keep_spare(ei_dataset *ds, void *block);

/* Free the spares. */
void ei_dataset_free_spares(ei_dataset *ds);

/* Give slot @p slot a pending array of its own (malloc'ed, whole) if it
 * lies in an arena or is compact, so that it can grow: EI_OK or
 * EI_ENOMEM. */
int ei_dataset_own_pend(ds_slot *slot);

/* The slot (*si) of a key as written: pool ids of the region and
 * indicator texts as passed (untrimmed), meta's frequency and measure
 * (and its texts, when the key is new). */
int ei_dataset_raw_slot(ei_dataset *ds, uint32_t region_raw,
                        uint32_t indicator_raw, const ei_series_meta *meta,
                        uint32_t *si);

/* The factor num / den taking a value in unit text @p u ("" for none) to
 * the slot's unit, which becomes @p u's when the slot has none yet.
 * *raw is the pool id of @p u when it was interned, else 0. EI_EUNIT
 * (located at obs) when the units do not convert. */
int ei_dataset_slot_unit(ei_dataset *ds, ds_slot *slot, const char *u,
                         const ei_observation *obs, double *num, double *den,
                         uint32_t *raw, ei_error *err);

/* The indicator as first written and the basis, from a slot's first
 * row. */
void ei_dataset_slot_meta(ei_dataset *ds, ds_slot *slot,
                          const char *indicator, ei_basis basis);

/* Remember that the pending batch has rows from file id @p file. */
int ei_dataset_note_file(ei_dataset *ds, uint32_t file);

/* Reset the slot's unit to its series' (or to none) after a rollback. */
void ei_dataset_reset_slot(ei_dataset *ds, ds_slot *slot);

/* "汉阳区 地区生产总值" or just the indicator, for messages. */
void ei_dataset_slot_label(const ei_dataset *ds, const ds_slot *slot,
                           char *buf, size_t size);

/* ei_dataset_commit() on @p nthreads threads (0: as many as the batch's
 * size and the cores call for, which is what ei_dataset_commit() does).
 * The same result and error whatever the count; for tests. */
int ei_dataset_commit_threads(ei_dataset *ds, size_t nthreads,
                              ei_error *err);

#endif
