/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the owning set behind ei_targets, ei_plans, ei_scorecard and
 * ei_tasks: a growable array of plain records (structs whose strings are
 * const char pointers) and the memory those pointers point at. Strings are
 * interned in a string pool (strpool.h), so they never move when the array
 * grows and are freed all at once with the set; other owned blocks (a
 * task's array of unit names) are kept in a list and freed with it too.
 *
 * Adding a record is all or nothing for the caller: copy the caller's
 * record, ei_recset_own() its strings, then ei_recset_append(). A failure
 * between the two leaves only unreachable copies, freed with the set.
 * Not synchronised.
 */
#ifndef ECONIND_RECORD_SET_H
#define ECONIND_RECORD_SET_H

#include <stddef.h>

#include "econind/error.h"
#include "strpool.h"

typedef struct ei_recset {
    unsigned char *items; /* n records of `size` bytes */
    size_t n, cap, size;
    ei_strpool *pool;     /* the records' strings */
    void **blocks;        /* other memory the records point at */
    size_t nblocks, capblocks;
} ei_recset;

/* An empty set of records of `size` bytes. EI_OK or EI_ENOMEM (err set
 * to "out of memory"). */
int ei_recset_init(ei_recset *rs, size_t size, ei_error *err);

/* Free everything the set owns; a zeroed set is fine. */
void ei_recset_fini(ei_recset *rs);

/* Replace each *fields[i] (i < n) by the set's own copy; NULL stays NULL.
 * EI_OK or EI_ENOMEM ("out of memory"). */
int ei_recset_own(ei_recset *rs, const char **const *fields, size_t n,
                  ei_error *err);

/* A block of `size` zeroed bytes owned by the set (freed with it); NULL
 * and err set ("out of memory") on failure. */
void *ei_recset_alloc(ei_recset *rs, size_t size, ei_error *err);

/* Append a copy of the record at `rec`. EI_OK or EI_ENOMEM. */
int ei_recset_append(ei_recset *rs, const void *rec, ei_error *err);

/* Record i, or NULL when rs is NULL or i is out of range. Pointers stay
 * valid until the next append. */
static inline const void *ei_recset_at(const ei_recset *rs, size_t i)
{
    return rs && i < rs->n ? rs->items + i * rs->size : NULL;
}

/* Record i, which must exist (i < rs->n). */
static inline const void *ei_recset_item(const ei_recset *rs, size_t i)
{
    return rs->items + i * rs->size;
}

#endif
