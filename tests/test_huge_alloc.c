/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Large buffers on huge pages (lib/huge_alloc.c). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "huge_alloc.h"

static void large_is_aligned_and_usable(void **state)
{
    (void)state;
    size_t size = (size_t)5 << 20;
    unsigned char *p = ei_huge_alloc(size);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % ((size_t)2 << 20), 0);
    memset(p, 0xA5, size);
    assert_int_equal(p[size - 1], 0xA5);
    free(p);
}

static void small_is_plain_malloc(void **state)
{
    (void)state;
    char *p = ei_huge_alloc(100);
    assert_non_null(p);
    memset(p, 1, 100);
    free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(large_is_aligned_and_usable),
        cmocka_unit_test(small_is_plain_malloc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
