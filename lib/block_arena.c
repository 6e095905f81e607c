/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "block_arena.h"

#include <stdint.h>
#include <stdlib.h>

#include "huge_alloc.h"

/* A spare block, or NULL when none is left. */
static void *take_spare(ei_block_spares *s)
{
    if (!s)
        return NULL;
    size_t i = atomic_fetch_add_explicit(&s->next, 1, memory_order_relaxed);
    return i < s->n ? s->blocks[i] : NULL;
}

static int add_block(ei_block_arena *a)
{
    if (a->nblocks == a->capblocks) {
        size_t cap = a->capblocks ? 2 * a->capblocks : 16;
        void **b = realloc(a->blocks, cap * sizeof *b);
        if (!b)
            return -1;
        a->blocks = b;
        a->capblocks = cap;
    }
    void *blk = take_spare(a->spares);
    if (!blk && !(blk = ei_huge_alloc(EI_ARENA_BLOCK)))
        return -1;
    a->blocks[a->nblocks++] = blk;
    a->at = blk;
    a->end = a->at + EI_ARENA_BLOCK;
    return 0;
}

void *ei_block_arena_alloc(ei_block_arena *a, size_t size)
{
    if (size == 0 || size > EI_ARENA_BLOCK / 4)
        return NULL;
    size = (size + 7) & ~(size_t)7;
    if ((size_t)(a->end - a->at) < size && add_block(a))
        return NULL;
    void *p = a->at;
    a->at += size;
    return p;
}

void ei_block_arena_free(ei_block_arena *a)
{
    for (size_t i = 0; i < a->nblocks; i++)
        free(a->blocks[i]);
    free(a->blocks);
    a->blocks = NULL;
    a->nblocks = a->capblocks = 0;
    a->at = a->end = NULL;
}

void ei_block_spares_free_rest(ei_block_spares *s)
{
    size_t from = atomic_load_explicit(&s->next, memory_order_relaxed);
    for (size_t i = from; i < s->n; i++)
        free(s->blocks[i]);
    atomic_store_explicit(&s->next, s->n, memory_order_relaxed);
}
