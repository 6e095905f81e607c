/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Adding gathered bulks to a dataset (see dataset_bulk.h). Every key of
 * every bulk is mapped to its slot first; each slot's pending array is
 * then allocated once, at its final size, and filled bulk by bulk: a
 * slot's rows from one bulk come from one key's chain of blocks (or a few,
 * merged by line), so the copy reads memory in order.
 */
#include "dataset_priv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_bulk.h"
#include "error_set.h"

#define UNMAPPED UINT32_MAX

/* What one bulk's local ids are in the dataset: filled on first use. */
typedef struct idmap {
    uint32_t *str;      /* by local string id */
    uint32_t *origin;   /* by local origin id */
    uint32_t *slot;     /* by key index */
    uint32_t *next;     /* by key index: the next key (+1) with its slot */
} idmap;

typedef struct merge_ctx {
    ei_dataset *ds;
    const ei_bulk *b;
    idmap *m;
    uint32_t file;      /* the file's pool id */
    ei_error *err;
} merge_ctx;

static int map_str(merge_ctx *c, uint32_t id, uint32_t *out)
{
    if (id == 0) {
        *out = 0;
        return EI_OK;
    }
    if (c->m->str[id] == UNMAPPED) {
        const char *s = ei_strpool_str(c->b->pool, id);
        if (ei_strpool_intern_cstr(c->ds->pool, s, &c->m->str[id]))
            return EI_ENOMEM;
    }
    *out = c->m->str[id];
    return EI_OK;
}

static int map_origin(merge_ctx *c, uint32_t id, uint32_t *out)
{
    if (id == 0 && c->file == 0) {
        *out = 0;
        return EI_OK;
    }
    if (c->m->origin[id] == UNMAPPED) {
        uint32_t ids[3] = {0, 0, 0};
        if (id)
            ei_origin_get(c->b->pool, id, ids);
        int rc = map_str(c, ids[EI_ORIGIN_SOURCE], &ids[EI_ORIGIN_SOURCE]);
        if (!rc)
            rc = map_str(c, ids[EI_ORIGIN_RELEASE], &ids[EI_ORIGIN_RELEASE]);
        ids[EI_ORIGIN_FILE] = c->file;
        if (!rc)
            rc = ei_origin_intern(c->ds->pool, ids, &c->m->origin[id]);
        if (rc)
            return rc;
    }
    *out = c->m->origin[id];
    return EI_OK;
}

/* A key's rows being copied: where in its chain, and its unit's factor,
 * known at its first row (the slot's unit may be set by an earlier key's
 * row: the first unit seen is the series'). */
typedef struct cursor {
    const ei_bulk_key *key;
    const ei_bulk_block *blk;
    uint32_t i;
    bool resolved;
    double num, den;
} cursor;

static const ei_obs_rec *cursor_peek(const cursor *cu)
{
    return cu->blk ? &cu->blk->rec[cu->i] : NULL;
}

static void cursor_next(cursor *cu)
{
    uint32_t n = cu->blk == cu->key->tail ? cu->key->tail_n : EI_BULK_BLOCK;
    if (++cu->i == n) {
        cu->blk = cu->blk->next;
        cu->i = 0;
    }
}

/* Copy one gathered row into slot @p si, as ei_dataset_add() would. */
static int copy_row(merge_ctx *c, uint32_t si, cursor *cu,
                    const ei_obs_rec *from)
{
    ei_dataset *ds = c->ds;
    ds_slot *slot = &ds->slots[si];
    const ei_bulk_key *k = cu->key;
    ei_obs_rec r = *from;
    unsigned long line = (unsigned long)r.line + c->b->line0;
    r.line = line > UINT32_MAX ? UINT32_MAX : (uint32_t)line;
    if (!cu->resolved) {
        ei_observation at;
        memset(&at, 0, sizeof at);
        at.file = ei_strpool_str(ds->pool, c->file);
        at.line = r.line;
        uint32_t raw;
        int rc = ei_dataset_slot_unit(ds, slot, k->unit_s, &at, &cu->num,
                                      &cu->den, &raw, c->err);
        if (rc)
            return rc;
        cu->resolved = true;
    }
    if (cu->num != cu->den && !isnan(r.value))
        r.value = r.value * cu->num / cu->den;
    int rc;
    if ((rc = map_str(c, from->caliber, &r.caliber)) ||
        (rc = map_str(c, from->note, &r.note)) ||
        (rc = map_origin(c, from->origin, &r.origin)))
        return ei_error_set(c->err, rc, "out of memory");
    if (!slot->touched) {
        ds->touched[ds->ntouched++] = si;
        slot->touched = true;
    }
    if (!slot->has_meta)
        ei_dataset_slot_meta(ds, slot, k->indicator_s, (ei_basis)k->basis);
    slot->pend[slot->npend++] = r;
    return EI_OK;
}

/* Copy the rows of the keys of one bulk that share slot @p si (first key
 * @p k0), in line order. */
static int copy_group(merge_ctx *c, uint32_t k0, uint32_t si, bool *done)
{
    cursor one, *cur = &one;
    size_t n = 0;
    for (uint32_t k = k0 + 1; k; k = c->m->next[k - 1])
        n++;
    if (n > 1 && !(cur = calloc(n, sizeof *cur)))
        return ei_error_set(c->err, EI_ENOMEM, "out of memory");
    size_t i = 0;
    for (uint32_t k = k0 + 1; k; k = c->m->next[k - 1], i++) {
        memset(&cur[i], 0, sizeof cur[i]);
        cur[i].key = &c->b->keys[k - 1];
        cur[i].blk = cur[i].key->head;
        done[k - 1] = true;
    }
    int rc = EI_OK;
    if (n == 1) {
        for (const ei_obs_rec *r; !rc && (r = cursor_peek(cur));
             cursor_next(cur))
            rc = copy_row(c, si, cur, r);
        return rc;
    }
    /* Keys written differently for one series (" 汉阳区" and "汉阳区",
     * an alias of the indicator, another unit): interleave by line. */
    for (;;) {
        cursor *best = NULL;
        const ei_obs_rec *first = NULL;
        for (i = 0; i < n; i++) {
            const ei_obs_rec *r = cursor_peek(&cur[i]);
            if (r && (!first || r->line < first->line)) {
                best = &cur[i];
                first = r;
            }
        }
        if (!best || (rc = copy_row(c, si, best, first)))
            break;
        cursor_next(best);
    }
    free(cur);
    return rc;
}

/* Map every key of @p b to its slot, count each slot's rows, and chain the
 * keys that share a slot. @p last is scratch by slot (UNMAPPED), left as
 * found. */
static int map_keys(ei_dataset *ds, const ei_bulk *b, idmap *m,
                    uint32_t **counts, uint32_t *ncounts, ei_error *err)
{
    for (uint32_t k = 0; k < b->nkeys; k++) {
        const ei_bulk_key *key = &b->keys[k];
        ei_series_meta meta;
        memset(&meta, 0, sizeof meta);
        meta.region = key->region_s;
        meta.indicator = key->indicator_s;
        meta.freq = (ei_freq)key->freq;
        meta.measure = (ei_measure)key->measure;
        uint32_t rr, ir;
        int rc = ei_strpool_intern_cstr(ds->pool, key->region_s, &rr);
        if (!rc)
            rc = ei_strpool_intern_cstr(ds->pool, key->indicator_s, &ir);
        if (!rc)
            rc = ei_dataset_raw_slot(ds, rr, ir, &meta, &m->slot[k]);
        if (rc)
            return ei_error_set(err, rc, "out of memory or too many keys");
        if (ds->nslots > *ncounts) {
            uint32_t n = ds->capslots;
            uint32_t *a = realloc(*counts, (size_t)n * sizeof *a);
            if (!a)
                return ei_error_set(err, EI_ENOMEM, "out of memory");
            memset(a + *ncounts, 0, (size_t)(n - *ncounts) * sizeof *a);
            *counts = a;
            *ncounts = n;
        }
        uint64_t total = (uint64_t)(*counts)[m->slot[k]] + key->count;
        if (total >= UINT32_MAX / 3 * 2)
            return ei_error_set(err, EI_ERANGE, "too many observations in "
                                "one series");
        (*counts)[m->slot[k]] = (uint32_t)total;
    }
    return EI_OK;
}

/* Chain the keys of @p b by slot: m->next[k] is the next key (+1) with
 * key k's slot. @p last is scratch by slot, all zero, left so. */
static void chain_keys(const ei_bulk *b, idmap *m, uint32_t *last)
{
    for (uint32_t k = 0; k < b->nkeys; k++) {
        m->next[k] = 0;
        uint32_t si = m->slot[k];
        if (last[si])
            m->next[last[si] - 1] = k + 1;
        last[si] = k + 1;
    }
    for (uint32_t k = 0; k < b->nkeys; k++)
        last[m->slot[k]] = 0;
}

static void idmap_free(idmap *m)
{
    free(m->str);
    free(m->origin);
    free(m->slot);
    free(m->next);
}

static int idmap_init(idmap *m, const ei_bulk *b)
{
    size_t nstr = ei_strpool_limit(b->pool);
    size_t nkeys = b->nkeys ? b->nkeys : 1;
    m->str = malloc(nstr * sizeof *m->str);
    m->origin = malloc(nstr * sizeof *m->origin);
    m->slot = malloc(nkeys * sizeof *m->slot);
    m->next = malloc(nkeys * sizeof *m->next);
    if (!m->str || !m->origin || !m->slot || !m->next)
        return EI_ENOMEM;
    for (size_t i = 0; i < nstr; i++)
        m->str[i] = m->origin[i] = UNMAPPED;
    return EI_OK;
}

/* Each touched slot's pending array at its final size, and room in the
 * touched list for every slot. */
static int reserve(ei_dataset *ds, const uint32_t *counts, uint32_t ncounts,
                   ei_error *err)
{
    if (ds->captouched < ncounts) {
        uint32_t *t = realloc(ds->touched, (size_t)ncounts * sizeof *t);
        if (!t)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        ds->touched = t;
        ds->captouched = ncounts;
    }
    for (uint32_t si = 0; si < ncounts && si < ds->nslots; si++) {
        if (!counts[si])
            continue;
        ds_slot *slot = &ds->slots[si];
        ei_obs_rec *p = realloc(slot->pend, (size_t)counts[si] * sizeof *p);
        if (!p)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        slot->pend = p;
        slot->cappend = counts[si];
        slot->npend = 0;
    }
    return EI_OK;
}

int ei_dataset_add_bulk(ei_dataset *ds, ei_bulk *const *bulks, size_t n,
                        const char *file, ei_error *err)
{
    if (!ds || (n && !bulks))
        return ei_error_set(err, EI_EINVAL, "dataset or bulks is NULL");
    if (ei_dataset_pending(ds))
        return ei_error_set(err, EI_EINVAL, "the dataset has pending "
                            "observations");
    memset(&ds->cache, 0, sizeof ds->cache);
    idmap *maps = calloc(n ? n : 1, sizeof *maps);
    uint32_t *counts = NULL, ncounts = 0, *last = NULL;
    bool *done = NULL;
    uint32_t fid = 0;
    int rc = maps ? EI_OK : EI_ENOMEM;
    if (!rc && file && *file)
        rc = ei_strpool_intern_cstr(ds->pool, file, &fid);
    if (!rc && fid)
        rc = ei_dataset_note_file(ds, fid);
    if (rc) {
        ei_error_set(err, rc, "out of memory");
        goto out;
    }
    uint32_t maxkeys = 1;
    for (size_t b = 0; b < n; b++) {
        if (idmap_init(&maps[b], bulks[b])) {
            rc = ei_error_set(err, EI_ENOMEM, "out of memory");
            goto out;
        }
        if ((rc = map_keys(ds, bulks[b], &maps[b], &counts, &ncounts, err)))
            goto out;
        if (bulks[b]->nkeys > maxkeys)
            maxkeys = bulks[b]->nkeys;
    }
    last = calloc(ncounts ? ncounts : 1, sizeof *last);
    done = malloc(maxkeys * sizeof *done);
    if (!last || !done) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
        goto out;
    }
    if ((rc = reserve(ds, counts, ncounts, err)))
        goto out;
    for (size_t b = 0; b < n && !rc; b++) {
        const ei_bulk *bk = bulks[b];
        merge_ctx c = {ds, bk, &maps[b], fid, err};
        chain_keys(bk, &maps[b], last);
        memset(done, 0, maxkeys * sizeof *done);
        for (uint32_t k = 0; k < bk->nkeys && !rc; k++)
            if (!done[k])
                rc = copy_group(&c, k, maps[b].slot[k], done);
    }
out:
    for (size_t b = 0; maps && b < n; b++)
        idmap_free(&maps[b]);
    free(maps);
    free(counts);
    free(last);
    free(done);
    memset(&ds->cache, 0, sizeof ds->cache);
    return rc;
}
