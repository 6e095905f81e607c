/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: the open-addressed tables of entry indexes that the dataset's
 * and the bulks' key tables use: slots hold an entry's index + 1 (0 is
 * empty), probed linearly from the entry's hash; the entries keep their
 * hashes, so growing never rehashes a key.
 */
#ifndef ECONIND_INDEX_TABLE_H
#define ECONIND_INDEX_TABLE_H

#include <stdint.h>

/* The stored hash of entry @p i. */
typedef uint32_t (*ei_index_hash_fn)(const void *entries, uint32_t i);

/* Replace *table (size *mask + 1) by one twice the size holding entries
 * 0 .. n-1. EI_OK, EI_ENOMEM, or EI_ERANGE past 2^31 slots; on failure
 * the table is unchanged. */
int ei_index_table_grow(uint32_t **table, uint32_t *mask, uint32_t n,
                        ei_index_hash_fn hash, const void *entries);

#endif
