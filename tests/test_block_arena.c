/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One thread's bump allocator over huge-page blocks, spares first
 * (lib/block_arena.c). Leaks and double frees show under valgrind and
 * ASan, which run this test in CI. */
#include "testutil.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "block_arena.h"
#include "huge_alloc.h"

static void pieces_are_aligned_and_fill_a_block(void **state)
{
    (void)state;
    ei_block_arena a = {0};
    char *first = ei_block_arena_alloc(&a, 3);
    assert_non_null(first);
    /* 3 bytes take 8: the next piece starts 8 bytes on */
    char *second = ei_block_arena_alloc(&a, 100);
    assert_ptr_equal(second, first + 8);
    assert_int_equal(a.nblocks, 1);
    memset(first, 'f', 3);
    memset(second, 's', 100);
    /* 104 + 4 * (EI_ARENA_BLOCK / 4 - 8) bytes: the last no longer fits */
    size_t big = EI_ARENA_BLOCK / 4 - 8;
    char *p = NULL;
    for (int i = 0; i < 4; i++) {
        p = ei_block_arena_alloc(&a, big);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 8, 0);
        memset(p, i, big);
    }
    assert_int_equal(a.nblocks, 2);
    assert_ptr_equal(p, a.blocks[1]);
    /* the later pieces did not overlap the first two */
    assert_int_equal(first[2], 'f');
    assert_int_equal(second[0], 's');
    assert_int_equal(second[99], 's');
    ei_block_arena_free(&a);
    assert_int_equal(a.nblocks, 0);
}

static void too_large_or_empty_is_refused(void **state)
{
    (void)state;
    ei_block_arena a = {0};
    assert_null(ei_block_arena_alloc(&a, EI_ARENA_BLOCK / 4 + 1));
    assert_null(ei_block_arena_alloc(&a, 0));
    assert_int_equal(a.nblocks, 0);
    assert_non_null(ei_block_arena_alloc(&a, EI_ARENA_BLOCK / 4));
    ei_block_arena_free(&a);
}

/* @p n fresh blocks as spares. */
static ei_block_spares make_spares(void **blocks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        assert_non_null(blocks[i] = ei_huge_alloc(EI_ARENA_BLOCK));
    ei_block_spares sp = {.blocks = blocks, .n = n};
    atomic_init(&sp.next, 0);
    return sp;
}

/* Two arenas share three spares: each is taken once, in order, before
 * any fresh block; the one left over is freed by free_rest. */
static void spares_are_taken_once_then_fresh_blocks(void **state)
{
    (void)state;
    void *blocks[3];
    ei_block_spares sp = make_spares(blocks, 3);
    ei_block_arena a = {.spares = &sp}, b = {.spares = &sp};
    size_t big = EI_ARENA_BLOCK / 4;
    assert_ptr_equal(ei_block_arena_alloc(&a, 8), blocks[0]);
    assert_ptr_equal(ei_block_arena_alloc(&b, 8), blocks[1]);
    /* fill a's block: its next piece is in the third spare */
    for (int i = 0; i < 3; i++)
        assert_non_null(ei_block_arena_alloc(&a, big));
    char *p = ei_block_arena_alloc(&a, big);
    assert_ptr_equal(p, blocks[2]);
    assert_int_equal(a.nblocks, 2);
    /* no spare left: b's second block is fresh */
    for (int i = 0; i < 4; i++)
        assert_non_null(ei_block_arena_alloc(&b, big));
    assert_int_equal(b.nblocks, 2);
    assert_true(b.blocks[1] != blocks[0] && b.blocks[1] != blocks[1]
                && b.blocks[1] != blocks[2]);
    ei_block_spares_free_rest(&sp); /* none left: frees nothing */
    ei_block_arena_free(&a);
    ei_block_arena_free(&b);
}

static void unused_spares_are_freed(void **state)
{
    (void)state;
    void *blocks[2];
    ei_block_spares sp = make_spares(blocks, 2);
    ei_block_arena a = {.spares = &sp};
    assert_ptr_equal(ei_block_arena_alloc(&a, 64), blocks[0]);
    ei_block_spares_free_rest(&sp); /* frees blocks[1] */
    assert_null(ei_block_arena_alloc(&a, EI_ARENA_BLOCK / 2));
    ei_block_arena_free(&a);        /* frees blocks[0] */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pieces_are_aligned_and_fill_a_block),
        cmocka_unit_test(too_large_or_empty_is_refused),
        cmocka_unit_test(spares_are_taken_once_then_fresh_blocks),
        cmocka_unit_test(unused_spares_are_freed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
