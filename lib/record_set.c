/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The owning record set shared by the target, plan, scorecard and task
 * sets (record_set.h). */
#include "record_set.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"

static int nomem(ei_error *err)
{
    return ei_error_set(err, EI_ENOMEM, "out of memory");
}

int ei_recset_init(ei_recset *rs, size_t size, ei_error *err)
{
    memset(rs, 0, sizeof *rs);
    rs->size = size;
    rs->pool = ei_strpool_new();
    return rs->pool ? EI_OK : nomem(err);
}

void ei_recset_fini(ei_recset *rs)
{
    if (!rs)
        return;
    for (size_t i = 0; i < rs->nblocks; i++)
        free(rs->blocks[i]);
    free(rs->blocks);
    free(rs->items);
    ei_strpool_free(rs->pool);
    memset(rs, 0, sizeof *rs);
}

int ei_recset_own(ei_recset *rs, const char **const *fields, size_t n,
                  ei_error *err)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t id;
        if (ei_strpool_intern_cstr(rs->pool, *fields[i], &id) != EI_OK)
            return nomem(err);
        *fields[i] = ei_strpool_str(rs->pool, id);
    }
    return EI_OK;
}

void *ei_recset_alloc(ei_recset *rs, size_t size, ei_error *err)
{
    if (rs->nblocks == rs->capblocks) {
        size_t cap = rs->capblocks ? rs->capblocks * 2 : 8;
        void **b = realloc(rs->blocks, cap * sizeof *b);
        if (!b) {
            nomem(err);
            return NULL;
        }
        rs->blocks = b;
        rs->capblocks = cap;
    }
    void *p = calloc(1, size ? size : 1);
    if (!p) {
        nomem(err);
        return NULL;
    }
    rs->blocks[rs->nblocks++] = p;
    return p;
}

int ei_recset_append(ei_recset *rs, const void *rec, ei_error *err)
{
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? rs->cap * 2 : 16;
        unsigned char *items = realloc(rs->items, cap * rs->size);
        if (!items)
            return nomem(err);
        rs->items = items;
        rs->cap = cap;
    }
    memcpy(rs->items + rs->n * rs->size, rec, rs->size);
    rs->n++;
    return EI_OK;
}
