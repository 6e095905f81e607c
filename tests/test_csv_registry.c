/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_registry.c: ei_registry_load_csv. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "econind/econind.h"

static void fixture(char *path, size_t size)
{
    const char *src = getenv("SRCDIR");
    assert_non_null(src);
    snprintf(path, size, "%s/tests/data/registry_extra.csv", src);
}

/* Write text to a new temporary file; the caller unlinks path. */
static void temp_csv(char *path, const char *text)
{
    strcpy(path, "/tmp/ei_registry_XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    size_t n = strlen(text);
    assert_int_equal(write(fd, text, n), (ssize_t)n);
    close(fd);
}

static void loads_rows(void **state)
{
    (void)state;
    ei_registry *reg;
    ei_error e;
    assert_int_equal(ei_registry_new_empty(&reg, &e), EI_OK);
    char path[1024];
    fixture(path, sizeof path);
    assert_int_equal(ei_registry_load_csv(reg, path, &e), EI_OK);
    assert_int_equal(ei_registry_count(reg), 3);
    const ei_indicator *d = ei_registry_find(reg, "数字经济占比");
    assert_non_null(d);
    assert_string_equal(d->code, "digital_share");
    assert_string_equal(d->unit, "%");
    assert_int_equal(d->measure, EI_MEASURE_RATE);
    assert_int_equal(d->direction, EI_DIRECTION_HIGHER);
    assert_int_equal(d->growth_basis, EI_BASIS_UNKNOWN);
    /* aliases split at ';' too, blanks trimmed */
    const ei_indicator *en = ei_registry_find(reg, "能耗强度");
    assert_non_null(en);
    assert_string_equal(en->code, "energy_intensity");
    assert_int_equal(en->direction, EI_DIRECTION_LOWER);
    const ei_indicator *f = ei_registry_find(reg, "new market entities");
    assert_non_null(f);
    assert_int_equal(f->growth_basis, EI_BASIS_CURRENT);
    ei_registry_free(reg);
}

/* Each bad file fails at the given place and leaves the registry as it
 * was. */
static void failures_leave_registry_unchanged(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int code;
        unsigned long line, column;
        const char *msg;
    } cases[] = {
        {"code,name_zh\nx1,某指标\ngdp,另一个\n", EI_ECONFLICT, 3, 1,
         "code: \"gdp\" names an indicator already registered"},
        {"code,name_zh,aliases\nx1,甲,A|B\nx2,乙,C|B\n", EI_ECONFLICT, 3, 1,
         "indicator 'x2': name 'B' already names indicator 'x1'"},
        {"code,name_zh,direction\nx1,甲,up\n", EI_EPARSE, 2, 6,
         "direction: \"up\" is not higher, lower or band"},
        {"name_zh,unit\n甲,亿元\n", EI_EPARSE, 1, 1,
         "missing required column \"code\" (or 代码)"},
        {"code,name_zh,Code\nx,甲,y\n", EI_EPARSE, 1, 14,
         "duplicate column \"Code\" (also field 1)"},
        {"code,name_zh\nx1,甲,多\n", EI_EPARSE, 2, 6,
         "row has 3 fields, the header 2"},
        {"", EI_EPARSE, 1, 1, "empty file: no header row"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ei_registry *reg;
        ei_error e;
        assert_int_equal(ei_registry_new_builtin(&reg, &e), EI_OK);
        size_t before = ei_registry_count(reg);
        char path[64];
        temp_csv(path, cases[i].text);
        assert_int_equal(ei_registry_load_csv(reg, path, &e), cases[i].code);
        assert_string_equal(e.source, path);
        assert_string_equal(e.text, cases[i].msg);
        assert_int_equal(e.line, cases[i].line);
        assert_int_equal(e.column, cases[i].column);
        assert_int_equal(ei_registry_count(reg), before);
        assert_null(ei_registry_find(reg, "x1"));
        unlink(path);
        ei_registry_free(reg);
    }
}

static void missing_file(void **state)
{
    (void)state;
    ei_registry *reg;
    assert_int_equal(ei_registry_new_empty(&reg, NULL), EI_OK);
    ei_error e;
    assert_int_equal(ei_registry_load_csv(reg, "/nonexistent.csv", &e),
                     EI_EIO);
    assert_int_equal(ei_registry_load_csv(reg, "/nonexistent.csv", NULL),
                     EI_EIO);
    assert_int_equal(ei_registry_load_csv(NULL, "x", NULL), EI_EINVAL);
    ei_registry_free(reg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_rows),
        cmocka_unit_test(failures_leave_registry_unchanged),
        cmocka_unit_test(missing_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
