/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: observations gathered on several threads, then added to a
 * dataset at once (the CSV reader's parallel path for large files).
 *
 * Each thread gathers the rows of its piece of a file into its own
 * ei_bulk (dataset_gather.c): series keys and strings interned in a local
 * pool, observations appended to their key's chain of blocks, in the order
 * they came. No dataset is touched, so the threads share nothing.
 * ei_dataset_add_bulk (dataset_bulk.c) then adds the bulks, in file order,
 * to the dataset's pending batch: the same observations, units, first
 * indicator spellings and order of series as ei_dataset_add() row by row
 * would give.
 */
#ifndef ECONIND_DATASET_BULK_H
#define ECONIND_DATASET_BULK_H

#include <stdbool.h>
#include <stdint.h>

#include "econind/dataset.h"
#include "series_priv.h"
#include "strpool.h"

/* Observations per block (40 compact ones): a key's last block is half
 * empty on average, and a national file has 100,000 keys across its
 * pieces, so small blocks waste less fresh memory (at 32 a block the
 * bulks took 260 MB for 160 MB of records); a chain costs a pointer per
 * block. */
#define EI_BULK_BLOCK 16

/* A compact record: what varies from row to row of most series. A key's
 * rows are kept compact (40 a block) while every one matches the key's
 * template: no growth, the same caliber, note, origin, status and bound,
 * and a single period (its first sub-period is then the period's own).
 * Memory the gathering touches for the first time costs a page fault and
 * zeroing per page: compact records need 16 bytes where 40 would do. */
typedef ei_obs_compact ei_bulk_compact; /* series_priv.h */

#define EI_BULK_BLOCK_COMPACT                                                \
    (EI_BULK_BLOCK * sizeof(ei_obs_rec) / sizeof(ei_bulk_compact))

/* A block is full but for its key's tail (ei_bulk_key.tail_n records). */
typedef struct ei_bulk_block {
    struct ei_bulk_block *next;
    union {
        ei_obs_rec rec[EI_BULK_BLOCK]; /* line relative to the piece;
                                          caliber, note, origin in the
                                          bulk's pool */
        ei_bulk_compact crec[EI_BULK_BLOCK_COMPACT];
    };
} ei_bulk_block;

/* A series key as written: region, indicator and unit texts (pool ids, 0
 * for none), frequency, measure, basis. */
typedef struct ei_bulk_key {
    uint32_t region, indicator, unit;
    uint32_t hash;
    uint8_t freq, measure, basis;
    uint32_t next1;        /* the key (+1) whose row followed this one's
                              last time: period-major files cycle through
                              their series in the same order every period */
    uint32_t count;        /* observations */
    uint32_t tail_n;       /* records in the tail block: kept here, so
                              that an append touches only its record */
    bool compact;          /* blocks of compact records */
    ei_bulk_block *head, *tail;
    const char *region_s, *indicator_s, *unit_s; /* the pool's texts */
    uint32_t region_len, indicator_len, unit_len;
    ei_obs_rec tmpl;       /* compact: what every record has but value,
                              period and line */
} ei_bulk_key;

/* Records in block @p blk of key @p k. */
static inline uint32_t ei_bulk_block_len(const ei_bulk_key *k,
                                         const ei_bulk_block *blk)
{
    if (blk == k->tail)
        return k->tail_n;
    return k->compact ? (uint32_t)EI_BULK_BLOCK_COMPACT : EI_BULK_BLOCK;
}

/* Record @p i of block @p blk of key @p k, whole. */
static inline void ei_bulk_record(const ei_bulk_key *k,
                                  const ei_bulk_block *blk, uint32_t i,
                                  ei_obs_rec *out)
{
    if (!k->compact) {
        *out = blk->rec[i];
        return;
    }
    *out = ei_obs_from_compact(&blk->crec[i], &k->tmpl, k->freq);
}

typedef struct ei_bulk {
    ei_strpool *pool;
    ei_bulk_key *keys;     /* in order of first appearance */
    uint32_t nkeys, capkeys;
    uint32_t *table;       /* key index + 1, 0 empty; load at most 1/2 */
    uint32_t mask;
    uint32_t last1;        /* key (+1) of the last row */
    uint32_t str[4];       /* last caliber, release, source, note ids */
    uint32_t origin;       /* origin of the last release and source */
    uint32_t origin_ids[2];
    uint32_t *origins;     /* pool ids that are origins, not texts */
    uint32_t norigins, caporigins;
    void *slabs;           /* blocks come from slabs, freed together */
    ei_bulk_block *free_at, *free_end;
    size_t nobs;
    unsigned long line0;   /* lines before the piece: added when merged */
} ei_bulk;

/* A new empty bulk; NULL when out of memory. */
ei_bulk *ei_bulk_new(void);

/* Free @p b; NULL is a no-op. */
void ei_bulk_free(ei_bulk *b);

/* Free @p b's observations (its keys and texts stay, with no rows). */
void ei_bulk_free_blocks(ei_bulk *b);

/* Take one of @p b's slabs (EI_ARENA_BLOCK bytes from ei_huge_alloc, the
 * caller's to free) away from it, NULL when none is left: its observations
 * are then gone, as after ei_bulk_free_blocks(). */
void *ei_bulk_take_slab(ei_bulk *b);

/* Gather one observation, checked as ei_dataset_add() checks it (same
 * errors, located at obs->file and obs->line). obs->file is not kept: all
 * observations of a bulk come from the file given to
 * ei_dataset_add_bulk(). Returns EI_OK, EI_EINVAL, EI_ENOMEM, or
 * EI_ENCODING (err untouched) when a text seen for the first time is not
 * valid UTF-8: the caller reads the file the one-thread way, which reports
 * it. */
int ei_bulk_add(ei_bulk *b, const ei_series_meta *meta,
                const ei_observation *obs, ei_error *err);

/* The same, given the lengths of meta's region, indicator and unit texts
 * (their strlen, 0 for NULL), which the reader knows: keys are then
 * compared without strcmp. */
int ei_bulk_add_sized(ei_bulk *b, const ei_series_meta *meta,
                      const size_t lens[3], const ei_observation *obs,
                      ei_error *err);

/* Add bulks[0 .. n-1], in that order, as if each of their observations had
 * gone through ei_dataset_add() in file order, from file @p file. The
 * dataset must have no pending observations. On success each bulk's
 * observations are gone: their slabs are the dataset's spares, memory the
 * commit builds points in instead of asking the kernel for more. Returns EI_OK, or an error
 * (EI_EUNIT, EI_ERANGE, EI_ENOMEM, EI_EINVAL) after which the caller rolls
 * the dataset back: the error carries no row location, so the caller
 * reads the file again the one-thread way to report it where it is. */
int ei_dataset_add_bulk(ei_dataset *ds, ei_bulk *const *bulks, size_t n,
                        const char *file, ei_error *err);

/* True when the dataset has observations added but not committed. */
bool ei_dataset_pending(const ei_dataset *ds);

/* The checks ei_dataset_add() makes of a row before looking at the
 * dataset. */
int ei_dataset_check_row(const ei_series_meta *meta,
                         const ei_observation *obs, ei_error *err);

#endif
