/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Adding gathered bulks to a dataset (see dataset_bulk.h), in two steps.
 *
 * First, on this thread, everything that depends on order or touches the
 * dataset's shared state, at a cost per key or per distinct text, not per
 * row: every key mapped to its slot; each slot's pending array allocated
 * at its final size; series touched, first spellings and units settled in
 * file order; where each bulk's rows go in each array; texts and origins
 * interned.
 *
 * Then the rows are copied, one thread per share of the slots (shares of
 * equal rows): each allocates its slots' arrays and fills them, bulk 0's
 * rows first, so allocation, first touch and copy all run in parallel and
 * read only what the first step left. A slot whose rows are all plain
 * (one compact key per bulk, one template) gets compact records. Last,
 * the bulks' slabs become the dataset's spares, where the commit builds
 * the points.
 */
#include "dataset_priv.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "csv_chunks.h"
#include "dataset_bulk.h"
#include "error_set.h"
#include "huge_alloc.h"

/* What one bulk's keys and ids are in the dataset. */
typedef struct idmap {
    uint32_t *id;       /* by local pool id: the dataset's id of the text
                           or origin */
    uint32_t *slot;     /* by key */
    uint32_t *next;     /* by key: the next key (+1) of the same slot */
    uint32_t *dest;     /* by key: where its group's rows start in the
                           slot's pending array (first key of a group) */
    double *num, *den;  /* by key: its unit's factor */
    bool *first;        /* by key: the first of its group */
    uint32_t *group1;   /* by slot: the first key (+1) of its group in this
                           bulk, 0 if none */
    uint32_t origin0;   /* the origin of rows without source or release:
                           the file's own */
} idmap;

static void idmap_free(idmap *m)
{
    free(m->id);
    free(m->slot);
    free(m->next);
    free(m->dest);
    free(m->num);
    free(m->den);
    free(m->first);
    free(m->group1);
}

static int idmap_init(idmap *m, const ei_bulk *b)
{
    size_t nid = ei_strpool_limit(b->pool);
    size_t nk = b->nkeys ? b->nkeys : 1;
    m->id = calloc(nid, sizeof *m->id);
    m->slot = malloc(nk * sizeof *m->slot);
    m->next = calloc(nk, sizeof *m->next);
    m->dest = malloc(nk * sizeof *m->dest);
    m->num = malloc(nk * sizeof *m->num);
    m->den = malloc(nk * sizeof *m->den);
    m->first = calloc(nk, sizeof *m->first);
    return m->id && m->slot && m->next && m->dest && m->num && m->den
                   && m->first
               ? EI_OK
               : EI_ENOMEM;
}

/* Every key of @p b to its slot; each slot's row count in *counts (grown
 * with the dataset's slots). */
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

/* Chain the keys of @p b that share a slot (m->next, m->first). @p last
 * is scratch by slot, all zero, and left so. */
static void chain_keys(const ei_bulk *b, idmap *m, uint32_t *last)
{
    for (uint32_t k = 0; k < b->nkeys; k++) {
        uint32_t si = m->slot[k];
        if (last[si])
            m->next[last[si] - 1] = k + 1;
        else
            m->first[k] = true;
        last[si] = k + 1;
    }
    for (uint32_t k = 0; k < b->nkeys; k++)
        last[m->slot[k]] = 0;
}

/* Room in the touched list for every slot. */
static int reserve_touched(ei_dataset *ds, uint32_t ncounts, ei_error *err)
{
    if (ds->captouched < ncounts) {
        uint32_t *t = realloc(ds->touched, (size_t)ncounts * sizeof *t);
        if (!t)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        ds->touched = t;
        ds->captouched = ncounts;
    }
    return EI_OK;
}

/* The line (in the piece) of a key's first row. */
static uint32_t first_line(const ei_bulk_key *key)
{
    return key->compact ? key->head->crec[0].line : key->head->rec[0].line;
}

/* The unit factor of key @p k, settled as ei_dataset_add() settles it at
 * the key's first row. */
static int settle_unit(ei_dataset *ds, const ei_bulk *b, idmap *m,
                       uint32_t k, uint32_t file, ei_error *err)
{
    const ei_bulk_key *key = &b->keys[k];
    ei_observation at;
    memset(&at, 0, sizeof at);
    at.file = ei_strpool_str(ds->pool, file);
    at.line = first_line(key) + b->line0;
    uint32_t raw;
    return ei_dataset_slot_unit(ds, &ds->slots[m->slot[k]], key->unit_s,
                                &at, &m->num[k], &m->den[k], &raw, err);
}

/* The keys of one group (first key @p k0) in the order of their first
 * rows: the order in which ei_dataset_add() would have met them. */
static size_t group_by_first_row(const ei_bulk *b, const idmap *m,
                                 uint32_t k0, uint32_t *out)
{
    size_t n = 0;
    for (uint32_t k = k0 + 1; k; k = m->next[k - 1]) {
        uint32_t line = first_line(&b->keys[k - 1]);
        size_t i = n++;
        while (i > 0 && first_line(&b->keys[out[i - 1]]) > line) {
            out[i] = out[i - 1];
            i--;
        }
        out[i] = k - 1;
    }
    return n;
}

/* The first step for one bulk: series touched and their first spelling,
 * units, and where each group's rows go (fill: rows placed so far by
 * slot). */
static int settle_bulk(ei_dataset *ds, const ei_bulk *b, idmap *m,
                       uint32_t file, uint32_t *fill, uint32_t *order,
                       ei_error *err)
{
    for (uint32_t k = 0; k < b->nkeys; k++) {
        if (!m->first[k])
            continue;
        uint32_t si = m->slot[k];
        ds_slot *slot = &ds->slots[si];
        size_t n = group_by_first_row(b, m, k, order);
        uint32_t rows = 0;
        for (size_t i = 0; i < n; i++) {
            int rc = settle_unit(ds, b, m, order[i], file, err);
            if (rc)
                return rc;
            rows += b->keys[order[i]].count;
        }
        if (!slot->touched) {
            ds->touched[ds->ntouched++] = si;
            slot->touched = true;
        }
        if (!slot->has_meta)
            ei_dataset_slot_meta(ds, slot, b->keys[order[0]].indicator_s,
                                 (ei_basis)b->keys[order[0]].basis);
        m->dest[k] = fill[si];
        m->group1[si] = k + 1;
        fill[si] += rows;
    }
    return EI_OK;
}

/* The dataset's ids of the bulk's texts and origins (file: the file's id,
 * part of every origin). */
static int map_ids(ei_dataset *ds, const ei_bulk *b, idmap *m,
                   uint32_t file)
{
    uint32_t limit = ei_strpool_limit(b->pool);
    bool *is_origin = calloc(limit, sizeof *is_origin);
    if (!is_origin)
        return EI_ENOMEM;
    for (uint32_t i = 0; i < b->norigins; i++)
        is_origin[b->origins[i]] = true;
    int rc = EI_OK;
    for (uint32_t id = 1; id < limit && !rc; id++)
        if (!is_origin[id])
            rc = ei_strpool_intern_cstr(ds->pool,
                                        ei_strpool_str(b->pool, id),
                                        &m->id[id]);
    /* origin 0 (no source, no release) is the file's own */
    for (uint32_t id = 0; id < limit && !rc; id++) {
        if (id && !is_origin[id])
            continue;
        uint32_t ids[3] = {0, 0, 0};
        if (id) {
            ei_origin_get(b->pool, id, ids);
            ids[EI_ORIGIN_SOURCE] = m->id[ids[EI_ORIGIN_SOURCE]];
            ids[EI_ORIGIN_RELEASE] = m->id[ids[EI_ORIGIN_RELEASE]];
        }
        ids[EI_ORIGIN_FILE] = file;
        rc = ei_origin_intern(ds->pool, ids, id ? &m->id[id] : &m->origin0);
    }
    free(is_origin);
    return rc;
}

/* ---- the copy, one thread per bulk ---------------------------------- */

/* What copy_row() and copy_group() read of one bulk. */
typedef struct copy_job {
    const ei_bulk *b;
    const idmap *m;
} copy_job;

/* Where a key's rows are read from: the current record, whole. */
typedef struct cursor {
    const ei_bulk_key *key;
    uint32_t k;
    const ei_bulk_block *blk;
    uint32_t i, len;
    ei_obs_rec rec;
} cursor;

static void cursor_start(cursor *cu, const ei_bulk_key *key, uint32_t k)
{
    cu->key = key;
    cu->k = k;
    cu->blk = key->head;
    cu->i = 0;
    cu->len = cu->blk ? ei_bulk_block_len(key, cu->blk) : 0;
    if (cu->blk)
        ei_bulk_record(key, cu->blk, 0, &cu->rec);
}

static const ei_obs_rec *cursor_peek(const cursor *cu)
{
    return cu->blk ? &cu->rec : NULL;
}

static void cursor_next(cursor *cu)
{
    if (++cu->i == cu->len) {
        cu->blk = cu->blk->next;
        cu->i = 0;
        cu->len = cu->blk ? ei_bulk_block_len(cu->key, cu->blk) : 0;
    }
    if (cu->blk)
        ei_bulk_record(cu->key, cu->blk, cu->i, &cu->rec);
}

/* A line relative to the piece, in the file (saturating as
 * ei_dataset_add() does). */
static uint32_t file_line(const copy_job *j, uint32_t line)
{
    unsigned long l = (unsigned long)line + j->b->line0;
    return l > UINT32_MAX ? UINT32_MAX : (uint32_t)l;
}

/* One row as ei_dataset_add() stores it: the value in the series' unit,
 * the dataset's ids, the line in the file. */
static void copy_row(ei_obs_rec *to, const ei_obs_rec *from,
                     const copy_job *j, uint32_t k)
{
    const idmap *m = j->m;
    *to = *from;
    to->line = file_line(j, from->line);
    if (m->num[k] != m->den[k] && !isnan(to->value))
        to->value = to->value * m->num[k] / m->den[k];
    to->caliber = m->id[from->caliber];
    to->note = m->id[from->note];
    to->origin = from->origin ? m->id[from->origin] : m->origin0;
}

/* The rows of compact key @p k as the dataset stores them (value in the
 * series' unit, line in the file): whole records to @p whole, the
 * template mapped once, or compact ones to @p small (its slot's template
 * is the key's, mapped). */
static void copy_compact(const copy_job *j, uint32_t k, ei_obs_rec *whole,
                         ei_obs_compact *small)
{
    const ei_bulk_key *key = &j->b->keys[k];
    ei_obs_rec t;
    if (whole)
        copy_row(&t, &key->tmpl, j, k);
    bool scale = j->m->num[k] != j->m->den[k];
    double num = j->m->num[k], den = j->m->den[k];
    for (const ei_bulk_block *blk = key->head; blk; blk = blk->next) {
        uint32_t len = ei_bulk_block_len(key, blk);
        for (uint32_t i = 0; i < len; i++) {
            const ei_bulk_compact *c = &blk->crec[i];
            ei_obs_compact m = {
                scale && !isnan(c->value) ? c->value * num / den : c->value,
                c->ord, file_line(j, c->line)};
            if (whole)
                *whole++ = ei_obs_from_compact(&m, &t, key->freq);
            else
                *small++ = m;
        }
    }
}

/* Can slot @p si keep its rows compact: in every bulk one key of its own
 * (no spellings to interleave), compact, with the same template once
 * mapped to the dataset? Then *tmpl is that template. */
static bool slot_compact(const copy_job *jobs, size_t n, uint32_t si,
                         ei_obs_rec *tmpl)
{
    bool seen = false;
    for (size_t b = 0; b < n; b++) {
        const copy_job *j = &jobs[b];
        uint32_t k1 = j->m->group1[si];
        if (!k1)
            continue;
        const ei_bulk_key *key = &j->b->keys[k1 - 1];
        if (j->m->next[k1 - 1] || !key->compact)
            return false;
        ei_obs_rec t;
        copy_row(&t, &key->tmpl, j, k1 - 1);
        if (seen && (t.caliber != tmpl->caliber || t.note != tmpl->note
                     || t.origin != tmpl->origin || t.status != tmpl->status
                     || t.bound != tmpl->bound))
            return false;
        if (!seen)
            *tmpl = t;
        seen = true;
    }
    return seen;
}

/* The rows of the keys of one group (first key @p k0), in line order, to
 * @p to. */
static int copy_group(const copy_job *j, uint32_t k0, ei_obs_rec *to)
{
    const ei_bulk *b = j->b;
    const idmap *m = j->m;
    if (!m->next[k0]) {
        if (b->keys[k0].compact) {
            copy_compact(j, k0, to, NULL);
            return EI_OK;
        }
        cursor cu;
        cursor_start(&cu, &b->keys[k0], k0);
        for (const ei_obs_rec *r; (r = cursor_peek(&cu)); cursor_next(&cu))
            copy_row(to++, r, j, k0);
        return EI_OK;
    }
    /* Keys written differently for one series (" 汉阳区" and "汉阳区", an
     * alias of the indicator, another unit): interleave by line. */
    size_t n = 0;
    for (uint32_t k = k0 + 1; k; k = m->next[k - 1])
        n++;
    cursor *cur = calloc(n, sizeof *cur);
    if (!cur)
        return EI_ENOMEM;
    n = 0;
    for (uint32_t k = k0 + 1; k; k = m->next[k - 1], n++)
        cursor_start(&cur[n], &b->keys[k - 1], k - 1);
    for (;;) {
        cursor *best = NULL;
        const ei_obs_rec *first = NULL;
        for (size_t i = 0; i < n; i++) {
            const ei_obs_rec *r = cursor_peek(&cur[i]);
            if (r && (!first || r->line < first->line)) {
                best = &cur[i];
                first = r;
            }
        }
        if (!best)
            break;
        copy_row(to++, first, j, best->k);
        cursor_next(best);
    }
    free(cur);
    return EI_OK;
}

/* One thread's share: slots [lo, hi), each allocated and filled from
 * every bulk in order. */
typedef struct share {
    ei_dataset *ds;
    const copy_job *bulks;
    size_t nbulks;
    const uint32_t *counts;
    const bool *compact;   /* by slot: rows kept compact */
    uint32_t lo, hi;
    char *arena;        /* room for all the share's rows, or NULL */
    int rc;
} share;

/* A slot's room for @p n rows of @p size bytes: in the share's arena,
 * else malloc'ed. */
static void *room(share *sh, ds_slot *slot, uint32_t n, size_t size)
{
    if (!sh->arena)
        return malloc((size_t)n * size);
    void *p = sh->arena;
    sh->arena += (size_t)n * size;
    slot->pend_arena = true;
    return p;
}

static void *copy_share(void *arg)
{
    share *sh = arg;
    for (uint32_t si = sh->lo; si < sh->hi && !sh->rc; si++) {
        if (!sh->counts[si])
            continue;
        ds_slot *slot = &sh->ds->slots[si];
        if (sh->compact[si]) {
            ei_obs_compact *c = room(sh, slot, sh->counts[si], sizeof *c);
            if (!c) {
                sh->rc = EI_ENOMEM;
                break;
            }
            for (size_t b = 0; b < sh->nbulks; b++) {
                const copy_job *j = &sh->bulks[b];
                uint32_t k1 = j->m->group1[si];
                if (k1)
                    copy_compact(j, k1 - 1, NULL, c + j->m->dest[k1 - 1]);
            }
            slot->cpend = c;
            slot->npend = slot->cappend = sh->counts[si];
            continue;
        }
        ei_obs_rec *p = room(sh, slot, sh->counts[si], sizeof *p);
        if (!p) {
            sh->rc = EI_ENOMEM;
            break;
        }
        slot->pend = p;
        slot->cappend = sh->counts[si];
        for (size_t b = 0; b < sh->nbulks && !sh->rc; b++) {
            const copy_job *j = &sh->bulks[b];
            uint32_t k1 = j->m->group1[si];
            if (k1)
                sh->rc = copy_group(j, k1 - 1, p + j->m->dest[k1 - 1]);
        }
        slot->npend = sh->counts[si];
    }
    return NULL;
}

/* Run fn(args[i]) for i < n: args[1 ..] on threads of their own, args[0]
 * here (and any whose thread did not start). */
static void run_all(void *(*fn)(void *), void *args, size_t size, size_t n)
{
    pthread_t th[EI_CSV_CHUNKS_MAX];
    bool started[EI_CSV_CHUNKS_MAX] = {false};
    char *a = args;
    for (size_t i = 1; i < n; i++)
        started[i] = pthread_create(&th[i], NULL, fn, a + i * size) == 0;
    if (n)
        fn(a);
    for (size_t i = 1; i < n; i++) {
        if (started[i])
            pthread_join(th[i], NULL);
        else
            fn(a + i * size);
    }
}

/* Copy every bulk's rows on as many threads as there are bulks, shares
 * of slots cut at equal rows; then hand the bulks' slabs to the dataset as
 * spares. */
static int copy_all(ei_dataset *ds, ei_bulk *const *bulks, const idmap *maps,
                    size_t n, const uint32_t *counts, uint32_t ncounts)
{
    copy_job jobs[EI_CSV_CHUNKS_MAX];
    share shares[EI_CSV_CHUNKS_MAX];
    uint64_t total = 0;
    for (uint32_t si = 0; si < ncounts; si++)
        total += counts[si];
    for (size_t b = 0; b < n; b++) {
        jobs[b].b = bulks[b];
        jobs[b].m = &maps[b];
    }
    bool *compact = calloc(ncounts ? ncounts : 1, sizeof *compact);
    if (!compact)
        return EI_ENOMEM;
    for (uint32_t si = 0; si < ncounts; si++)
        if (counts[si])
            compact[si] = slot_compact(jobs, n, si, &ds->slots[si].ctmpl);
    size_t nshares = n ? n : 1;
    uint32_t si = 0;
    uint64_t done = 0;
    for (size_t t = 0; t < nshares; t++) {
        shares[t] = (share){ds, jobs, n, counts, compact, si, si, NULL,
                            EI_OK};
        uint64_t want = total * (t + 1) / nshares, from = done, bytes = 0;
        while (si < ncounts && (done < want || t + 1 == nshares)) {
            bytes += (uint64_t)counts[si]
                     * (compact[si] ? sizeof(ei_obs_compact)
                                    : sizeof(ei_obs_rec));
            done += counts[si++];
        }
        shares[t].hi = si;
        /* One block of huge pages for the share's arrays instead of a
         * malloc each: fresh memory costs a page fault per page, and
         * 4 KB pages made that a tenth of the read. The arrays become the
         * series' observations; the dataset frees the block. */
        if (done > from) {
            void *block = ei_huge_alloc((size_t)bytes);
            if (block && ei_dataset_keep_arena(ds, block) == EI_OK)
                shares[t].arena = block;
            else
                free(block); /* a malloc per array, then */
        }
    }
    run_all(copy_share, shares, sizeof *shares, nshares);
    free(compact);
    for (size_t t = 0; t < nshares; t++)
        if (shares[t].rc)
            return shares[t].rc;
    for (size_t b = 0; b < n; b++)
        for (void *s; (s = ei_bulk_take_slab(bulks[b]));)
            ei_dataset_keep_spare(ds, s);
    return EI_OK;
}

int ei_dataset_add_bulk(ei_dataset *ds, ei_bulk *const *bulks, size_t n,
                        const char *file, ei_error *err)
{
    if (!ds || (n && !bulks) || n > EI_CSV_CHUNKS_MAX)
        return ei_error_set(err, EI_EINVAL, "dataset or bulks is NULL, or "
                            "too many bulks");
    if (ei_dataset_pending(ds))
        return ei_error_set(err, EI_EINVAL, "the dataset has pending "
                            "observations");
    memset(&ds->cache, 0, sizeof ds->cache);
    idmap *maps = calloc(n ? n : 1, sizeof *maps);
    uint32_t *counts = NULL, ncounts = 0, *last = NULL, *order = NULL;
    uint32_t fid = 0, maxkeys = 1;
    int rc = maps ? EI_OK : EI_ENOMEM;
    if (!rc && file && *file)
        rc = ei_strpool_intern_cstr(ds->pool, file, &fid);
    if (!rc && fid)
        rc = ei_dataset_note_file(ds, fid);
    for (size_t b = 0; b < n && !rc; b++) {
        if ((rc = idmap_init(&maps[b], bulks[b])))
            break;
        if ((rc = map_keys(ds, bulks[b], &maps[b], &counts, &ncounts, err)))
            goto out;
        if (bulks[b]->nkeys > maxkeys)
            maxkeys = bulks[b]->nkeys;
    }
    if (!rc) {
        last = calloc(ncounts ? ncounts : 1, sizeof *last);
        order = malloc(maxkeys * sizeof *order);
        rc = last && order ? EI_OK : EI_ENOMEM;
    }
    if (rc) {
        ei_error_set(err, rc, "out of memory");
        goto out;
    }
    if ((rc = reserve_touched(ds, ncounts, err)))
        goto out;
    for (size_t b = 0; b < n; b++)
        if (!(maps[b].group1 = calloc(ncounts ? ncounts : 1,
                                      sizeof *maps[b].group1))) {
            rc = ei_error_set(err, EI_ENOMEM, "out of memory");
            goto out;
        }
    /* last: rows placed so far, by slot; scratch: for chaining keys */
    uint32_t *scratch = calloc(ncounts ? ncounts : 1, sizeof *scratch);
    if (!scratch) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
        goto out;
    }
    for (size_t b = 0; b < n && !rc; b++) {
        chain_keys(bulks[b], &maps[b], scratch);
        rc = settle_bulk(ds, bulks[b], &maps[b], fid, last, order, err);
        if (!rc && map_ids(ds, bulks[b], &maps[b], fid))
            rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    free(scratch);
    if (rc)
        goto out;
    if ((rc = copy_all(ds, bulks, maps, n, counts,
                       ncounts < ds->nslots ? ncounts : ds->nslots))) {
        ei_error_set(err, rc, "out of memory");
        goto out;
    }
out:
    for (size_t b = 0; maps && b < n; b++)
        idmap_free(&maps[b]);
    free(maps);
    free(counts);
    free(last);
    free(order);
    return rc;
}
