/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <stdint.h>
#include <string.h>

#include "econind/error.h"
#include "strpool.h"

static void interns_once_with_dense_ids(void **state)
{
    (void)state;
    ei_strpool *p = ei_strpool_new();
    assert_non_null(p);
    uint32_t a, b, c, z;
    assert_int_equal(ei_strpool_intern_cstr(p, "汉阳区", &a), EI_OK);
    assert_int_equal(ei_strpool_intern_cstr(p, "地区生产总值", &b), EI_OK);
    assert_int_equal(ei_strpool_intern(p, "汉阳区 extra", strlen("汉阳区"),
                                       &c), EI_OK);
    assert_int_equal(ei_strpool_intern_cstr(p, NULL, &z), EI_OK);
    assert_int_equal(a, 1);
    assert_int_equal(b, 2);
    assert_int_equal(c, a);
    assert_int_equal(z, 0);
    assert_null(ei_strpool_str(p, 0));
    assert_null(ei_strpool_str(p, 99));
    assert_string_equal(ei_strpool_str(p, b), "地区生产总值");
    assert_int_equal(ei_strpool_find(p, "地区生产总值",
                                     strlen("地区生产总值")), b);
    assert_int_equal(ei_strpool_find(p, "地区", strlen("地区")), 0);
    assert_int_equal(ei_strpool_limit(p), 3);
    /* The empty string is a string, distinct from NULL. */
    uint32_t e;
    assert_int_equal(ei_strpool_intern_cstr(p, "", &e), EI_OK);
    assert_int_equal(e, 3);
    assert_string_equal(ei_strpool_str(p, e), "");
    ei_strpool_free(p);
    ei_strpool_free(NULL);
}

/* Binary blobs (embedded NULs) are keys too: the dataset interns triples
 * of ids this way. */
static void blobs_with_nul_bytes(void **state)
{
    (void)state;
    ei_strpool *p = ei_strpool_new();
    uint32_t x[3] = {1, 0, 7}, y[3] = {1, 0, 8}, ix, iy, ix2;
    assert_int_equal(ei_strpool_intern(p, (const char *)x, sizeof x, &ix), 0);
    assert_int_equal(ei_strpool_intern(p, (const char *)y, sizeof y, &iy), 0);
    assert_int_equal(ei_strpool_intern(p, (const char *)x, sizeof x, &ix2),
                     0);
    assert_int_not_equal(ix, iy);
    assert_int_equal(ix, ix2);
    assert_memory_equal(ei_strpool_str(p, iy), y, sizeof y);
    ei_strpool_free(p);
}

/* Many strings: the table and the arena grow, earlier pointers stay. */
static void pointers_survive_growth(void **state)
{
    (void)state;
    ei_strpool *p = ei_strpool_new();
    uint32_t first;
    assert_int_equal(ei_strpool_intern_cstr(p, "s0", &first), 0);
    const char *s0 = ei_strpool_str(p, first);
    char buf[32];
    for (int i = 1; i < 50000; i++) {
        uint32_t id;
        snprintf(buf, sizeof buf, "s%d", i);
        assert_int_equal(ei_strpool_intern_cstr(p, buf, &id), 0);
        assert_int_equal(id, (uint32_t)i + 1);
    }
    assert_ptr_equal(ei_strpool_str(p, first), s0);
    assert_string_equal(s0, "s0");
    assert_int_equal(ei_strpool_find(p, "s31415", 6), 31416);
    assert_string_equal(ei_strpool_str(p, 27183), "s27182");
    ei_strpool_free(p);
}

/* FNV-1a 32-bit test vectors (Fowler, Noll, Vo: "a" -> 0xe40c292c,
 * "" -> the offset basis 0x811c9dc5, "foobar" -> 0xbf9cf968). */
static void fnv1a_vectors(void **state)
{
    (void)state;
    assert_int_equal(ei_hash_bytes("", 0), 0x811c9dc5u);
    assert_int_equal(ei_hash_bytes("a", 1), 0xe40c292cu);
    assert_int_equal(ei_hash_bytes("foobar", 6), 0xbf9cf968u);
}

/* The one-entry cache of a field: a repeat is its last id, a new text is
 * interned (fresh only the first time in the pool), "" is 0. */
static void interns_through_the_last_id(void **state)
{
    (void)state;
    ei_strpool *p = ei_strpool_new();
    assert_non_null(p);
    uint32_t last = 0, a, b, c;
    bool fresh;
    assert_int_equal(ei_strpool_intern_last(p, "统计局", &last, &a, &fresh),
                     EI_OK);
    assert_true(fresh);
    assert_int_equal(last, a);
    assert_int_equal(ei_strpool_intern_last(p, "统计局", &last, &b, &fresh),
                     EI_OK);
    assert_false(fresh);
    assert_int_equal(b, a);
    assert_int_equal(ei_strpool_intern_last(p, "发改局", &last, &c, &fresh),
                     EI_OK);
    assert_true(fresh);
    assert_true(c != a);
    assert_int_equal(last, c);
    /* back to the first: known to the pool, not fresh, the cache moves */
    assert_int_equal(ei_strpool_intern_last(p, "统计局", &last, &b, &fresh),
                     EI_OK);
    assert_false(fresh);
    assert_int_equal(b, a);
    assert_int_equal(last, a);
    assert_int_equal(ei_strpool_intern_last(p, "", &last, &b, NULL), EI_OK);
    assert_int_equal(b, 0);
    assert_int_equal(last, a);
    ei_strpool_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interns_once_with_dense_ids),
        cmocka_unit_test(blobs_with_nul_bytes),
        cmocka_unit_test(pointers_survive_growth),
        cmocka_unit_test(fnv1a_vectors),
        cmocka_unit_test(interns_through_the_last_id),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
