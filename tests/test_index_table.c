/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Growing a table of entry indexes (lib/index_table.c). */
#include "testutil.h"

#include <stdlib.h>

#include "econind/error.h"
#include "index_table.h"

static uint32_t hash_of(const void *entries, uint32_t i)
{
    return ((const uint32_t *)entries)[i];
}

/* Every entry is found from its hash after growing, colliding ones in the
 * next slots: hashes 3, 3+8 and 3+16 all start at slot 3 of 16. */
static void grows_and_finds_every_entry(void **state)
{
    (void)state;
    uint32_t hashes[] = {3, 11, 19, 5, 7};
    uint32_t *table = calloc(8, sizeof *table);
    uint32_t mask = 7;
    assert_int_equal(ei_index_table_grow(&table, &mask, 5, hash_of, hashes),
                     EI_OK);
    assert_int_equal(mask, 15);
    assert_int_equal(table[3], 1);
    assert_int_equal(table[4], 3); /* 19 & 15 = 3: next free after 3 */
    assert_int_equal(table[11], 2);
    assert_int_equal(table[5], 4);
    assert_int_equal(table[7], 5);
    size_t used = 0;
    for (uint32_t i = 0; i <= mask; i++)
        used += table[i] != 0;
    assert_int_equal(used, 5);
    free(table);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(grows_and_finds_every_entry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
