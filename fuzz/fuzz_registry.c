/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: ei_registry_load_csv, which reads a path: the input is
 * written to a temporary file (one per process, written and removed each
 * run) and loaded into the built-in registry. Checked: a failure leaves the registry
 * unchanged (same count, the built-in names still found); a success adds
 * indicators that can be found by code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "econind/registry.h"

#define CHECK(c)                                                             \
    do {                                                                     \
        if (!(c))                                                            \
            abort();                                                         \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/ei_fuzz_registry_%ld.csv",
                 (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    if (size && fwrite(data, 1, size, f) != size) {
        fclose(f);
        return 0;
    }
    fclose(f);

    ei_registry *reg;
    CHECK(ei_registry_new_builtin(&reg, NULL) == EI_OK);
    size_t before = ei_registry_count(reg);
    ei_error e;
    int rc = ei_registry_load_csv(reg, path, &e);
    remove(path); /* the replay in the test suite must leave no file */
    if (rc != EI_OK) {
        CHECK(rc < 0 && e.code == rc);
        CHECK(memchr(e.text, '\0', sizeof e.text) != NULL);
        CHECK(ei_registry_count(reg) == before);
    } else {
        CHECK(ei_registry_count(reg) >= before);
        for (size_t i = before; i < ei_registry_count(reg); i++) {
            const ei_indicator *ind = ei_registry_at(reg, i);
            CHECK(ind != NULL && ind->code != NULL);
            CHECK(ei_registry_find(reg, ind->code) != NULL);
        }
    }
    CHECK(ei_registry_find(reg, "地区生产总值") != NULL);
    ei_registry_free(reg);
    return 0;
}
