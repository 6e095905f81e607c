/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: one thread's bump allocator over 2 MB huge-page blocks, for the
 * many small arrays a large commit builds (a series' points). Pieces are
 * never freed one by one: the blocks go whole to an owner (the dataset),
 * which frees them with itself. A shared stack of spare blocks (a read's
 * spent slabs) is used before fresh memory: fresh pages cost the kernel a
 * fault and a zeroing each, which was a sixth of a national read.
 */
#ifndef ECONIND_BLOCK_ARENA_H
#define ECONIND_BLOCK_ARENA_H

#include <stdatomic.h>
#include <stddef.h>

/* The size of every block (one huge page). */
#define EI_ARENA_BLOCK ((size_t)2 << 20)

/* Spare blocks shared by the threads; each is taken once. */
typedef struct ei_block_spares {
    void *const *blocks;
    size_t n;
    atomic_size_t next;     /* the next block to take */
} ei_block_spares;

typedef struct ei_block_arena {
    ei_block_spares *spares; /* may be NULL */
    char *at, *end;          /* room left in the current block */
    void **blocks;           /* blocks taken or allocated, in order */
    size_t nblocks, capblocks;
} ei_block_arena;

/* @p size bytes aligned to 8 from @p a; NULL when a piece that large
 * would waste too much of a block (over a quarter) or memory is out: the
 * caller allocates it by itself then. */
void *ei_block_arena_alloc(ei_block_arena *a, size_t size);

/* Free @p a's blocks (nothing handed out may be used after). */
void ei_block_arena_free(ei_block_arena *a);

/* Free the spares no arena took. */
void ei_block_spares_free_rest(ei_block_spares *s);

#endif
