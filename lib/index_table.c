/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "index_table.h"

#include <stdlib.h>

#include "econind/error.h"

int ei_index_table_grow(uint32_t **table, uint32_t *mask, uint32_t n,
                        ei_index_hash_fn hash, const void *entries)
{
    size_t size = ((size_t)*mask + 1) * 2;
    if (size > ((size_t)1 << 31))
        return EI_ERANGE;
    uint32_t *t = calloc(size, sizeof *t);
    if (!t)
        return EI_ENOMEM;
    uint32_t m = (uint32_t)(size - 1);
    for (uint32_t e = 0; e < n; e++) {
        uint32_t i = hash(entries, e) & m;
        while (t[i])
            i = (i + 1) & m;
        t[i] = e + 1;
    }
    free(*table);
    *table = t;
    *mask = m;
    return EI_OK;
}
