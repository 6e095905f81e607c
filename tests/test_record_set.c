/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The owning record set behind the target, plan, scorecard and task
 * sets: copies of strings that outlive the caller's and survive growth. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "econind/error.h"
#include "record_set.h"

typedef struct rec {
    int k;
    const char *name;
    const char *note;
} rec;

/* 100 records (past the first growth at 16): each name is the set's copy
 * of a caller's buffer that is overwritten afterwards; NULL stays NULL;
 * record 0 is still right after the array moved. */
static void owns_strings_and_grows(void **state)
{
    (void)state;
    ei_recset rs;
    assert_int_equal(ei_recset_init(&rs, sizeof(rec), NULL), EI_OK);
    char buf[32];
    for (int i = 0; i < 100; i++) {
        snprintf(buf, sizeof buf, "指标%d", i);
        rec r = {i, buf, NULL};
        const char **const strs[] = {&r.name, &r.note};
        assert_int_equal(ei_recset_own(&rs, strs, 2, NULL), EI_OK);
        assert_ptr_not_equal(r.name, buf);
        assert_null(r.note);
        assert_int_equal(ei_recset_append(&rs, &r, NULL), EI_OK);
    }
    strcpy(buf, "overwritten");
    assert_int_equal(rs.n, 100);
    const rec *first = ei_recset_at(&rs, 0);
    assert_non_null(first);
    if (!first)
        return;
    assert_int_equal(first->k, 0);
    assert_string_equal(first->name, "指标0");
    const rec *last = ei_recset_item(&rs, 99);
    assert_string_equal(last->name, "指标99");
    assert_null(ei_recset_at(&rs, 100));
    assert_null(ei_recset_at(NULL, 0));
    ei_recset_fini(&rs);
    ei_recset_fini(&rs); /* zeroed: a no-op */
}

/* An owned block is zeroed and freed with the set (valgrind checks). */
static void owned_blocks(void **state)
{
    (void)state;
    ei_recset rs;
    assert_int_equal(ei_recset_init(&rs, sizeof(rec), NULL), EI_OK);
    for (int i = 0; i < 20; i++) {
        const char **units = ei_recset_alloc(&rs, 3 * sizeof *units, NULL);
        assert_non_null(units);
        assert_null(units[2]);
    }
    assert_int_equal(rs.nblocks, 20);
    ei_recset_fini(&rs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(owns_strings_and_grows),
        cmocka_unit_test(owned_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
