/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Gathering observations on one thread, apart from any dataset (see
 * dataset_bulk.h). A row costs a comparison with the key its series was
 * guessed to have and an append to that key's block; texts are interned
 * (and checked as UTF-8) only the first time they are seen. */
#include "dataset_bulk.h"


#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "block_arena.h"
#include "csv_text.h"
#include "dataset_priv.h"
#include "error_set.h"
#include "huge_alloc.h"
#include "index_table.h"

/* A slab is one huge page (huge_alloc.h) of blocks, so a 10-million-row
 * file costs a few hundred allocations and page faults; spent, it is an
 * arena block (block_arena.h) for the commit's points. */
#define SLAB_BYTES EI_ARENA_BLOCK
#define SLAB_BLOCKS                                                          \
    ((SLAB_BYTES - sizeof(void *)) / sizeof(ei_bulk_block))

typedef struct slab {
    struct slab *next;
    ei_bulk_block blocks[SLAB_BLOCKS];
} slab;

_Static_assert(sizeof(slab) <= SLAB_BYTES, "a slab is one huge page");

ei_bulk *ei_bulk_new(void)
{
    ei_bulk *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->pool = ei_strpool_new();
    b->table = calloc(64, sizeof *b->table);
    if (!b->pool || !b->table) {
        ei_bulk_free(b);
        return NULL;
    }
    b->mask = 63;
    return b;
}

void ei_bulk_free_blocks(ei_bulk *b)
{
    slab *s = b->slabs;
    while (s) {
        slab *next = s->next;
        free(s);
        s = next;
    }
    b->slabs = NULL;
    b->free_at = b->free_end = NULL;
    for (uint32_t k = 0; k < b->nkeys; k++) {
        b->keys[k].head = b->keys[k].tail = NULL;
        b->keys[k].count = b->keys[k].tail_n = 0;
    }
    b->nobs = 0;
}

void *ei_bulk_take_slab(ei_bulk *b)
{
    slab *s = b->slabs;
    if (!s)
        return NULL;
    b->slabs = s->next;
    if (!b->slabs)
        ei_bulk_free_blocks(b);
    return s;
}

void ei_bulk_free(ei_bulk *b)
{
    if (!b)
        return;
    ei_bulk_free_blocks(b);
    free(b->keys);
    free(b->table);
    free(b->origins);
    ei_strpool_free(b->pool);
    free(b);
}

static bool utf8(const char *s)
{
    bool nul;
    size_t len = strlen(s);
    return ei_utf8_scan(s, len, &nul) == len;
}

/* Intern @p s, checking it as UTF-8 the first time it is seen: the
 * parallel reader checks the text this way instead of in a pass of its
 * own (every byte of a gathered row is in a field that was interned or
 * parsed). EI_ENCODING for bad bytes. */
static int intern(ei_bulk *b, const char *s, uint32_t *id)
{
    if (!s || !*s) {
        *id = 0;
        return EI_OK;
    }
    uint32_t before = ei_strpool_limit(b->pool);
    int rc = ei_strpool_intern_cstr(b->pool, s, id);
    if (rc == EI_OK && *id >= before && !utf8(s))
        return EI_ENCODING;
    return rc;
}

/* A row's key texts: region, indicator, unit ("" for none) and their
 * lengths. */
typedef struct key_texts {
    const char *s[3];
    size_t len[3];
} key_texts;

static uint32_t key_hash(const key_texts *t, int freq, int measure,
                         int basis)
{
    uint32_t h = ei_hash_bytes(t->s[0], t->len[0]);
    h = h * 31u + ei_hash_bytes(t->s[1], t->len[1]);
    h = h * 31u + ei_hash_bytes(t->s[2], t->len[2]);
    return h ^ (uint32_t)(freq << 16 | measure << 8 | basis);
}

static bool same_text(const char *a, uint32_t alen, const char *b,
                      size_t blen)
{
    return alen == blen && memcmp(a, b, blen) == 0;
}

static bool same_key(const ei_bulk_key *k, const key_texts *t,
                     const ei_series_meta *m)
{
    return k->freq == m->freq && k->measure == m->measure
           && k->basis == m->basis
           && same_text(k->indicator_s, k->indicator_len, t->s[1], t->len[1])
           && same_text(k->region_s, k->region_len, t->s[0], t->len[0])
           && same_text(k->unit_s, k->unit_len, t->s[2], t->len[2]);
}

static uint32_t key_hash_at(const void *keys, uint32_t i)
{
    return ((const ei_bulk_key *)keys)[i].hash;
}

/* The key's index, found by hashing, or made. */
static int find_key(ei_bulk *b, const key_texts *t, const ei_series_meta *m,
                    uint32_t *out)
{
    uint32_t h = key_hash(t, m->freq, m->measure, m->basis);
    uint32_t i = h & b->mask;
    for (; b->table[i]; i = (i + 1) & b->mask) {
        const ei_bulk_key *k = &b->keys[b->table[i] - 1];
        if (k->hash == h && same_key(k, t, m)) {
            *out = b->table[i] - 1;
            return EI_OK;
        }
    }
    ei_bulk_key k;
    memset(&k, 0, sizeof k);
    int rc;
    if ((rc = intern(b, t->s[0], &k.region)) ||
        (rc = intern(b, t->s[1], &k.indicator)) ||
        (rc = intern(b, t->s[2], &k.unit)))
        return rc;
    k.region_len = (uint32_t)t->len[0];
    k.indicator_len = (uint32_t)t->len[1];
    k.unit_len = (uint32_t)t->len[2];
    k.hash = h;
    k.freq = (uint8_t)m->freq;
    k.measure = (uint8_t)m->measure;
    k.basis = (uint8_t)m->basis;
    k.region_s = k.region ? ei_strpool_str(b->pool, k.region) : "";
    k.indicator_s = ei_strpool_str(b->pool, k.indicator);
    k.unit_s = k.unit ? ei_strpool_str(b->pool, k.unit) : "";
    if (b->nkeys == b->capkeys) {
        if (b->capkeys >= UINT32_MAX / 4)
            return EI_ERANGE;
        uint32_t cap = b->capkeys ? b->capkeys * 2 : 64;
        ei_bulk_key *keys = realloc(b->keys, (size_t)cap * sizeof *keys);
        if (!keys)
            return EI_ENOMEM;
        b->keys = keys;
        b->capkeys = cap;
    }
    if ((size_t)(b->nkeys + 1) * 2 > (size_t)b->mask + 1) {
        if ((rc = ei_index_table_grow(&b->table, &b->mask, b->nkeys,
                                      key_hash_at, b->keys)))
            return rc;
        for (i = h & b->mask; b->table[i]; i = (i + 1) & b->mask)
            ;
    }
    b->keys[b->nkeys] = k;
    b->table[i] = ++b->nkeys;
    *out = b->nkeys - 1;
    return EI_OK;
}

/* The key of this row: the one that followed the last row's key last
 * time (the same key in files in series order, the next series in files
 * in period order, which cycle through their series in the same order
 * every period), else the last row's, else a hash lookup. */
static int key_of(ei_bulk *b, const ei_series_meta *m, const size_t *lens,
                  uint32_t *out)
{
    key_texts t = {{m->region ? m->region : "", m->indicator,
                    m->unit ? m->unit : ""}, {0, 0, 0}};
    for (int i = 0; i < 3; i++)
        t.len[i] = lens ? lens[i] : strlen(t.s[i]);
    uint32_t k;
    ei_bulk_key *prev = b->last1 ? &b->keys[b->last1 - 1] : NULL;
    uint32_t guess1 = prev ? (prev->next1 ? prev->next1 : b->last1) : 0;
    if (guess1 && same_key(&b->keys[guess1 - 1], &t, m)) {
        k = guess1 - 1;
    } else if (prev && guess1 != b->last1 && same_key(prev, &t, m)) {
        k = b->last1 - 1;
    } else {
        int rc = find_key(b, &t, m, &k);
        if (rc)
            return rc;
    }
    if (b->last1) /* keys may have moved */
        b->keys[b->last1 - 1].next1 = k + 1;
    /* Two rows ahead: the guess for the next row was fetched a row ago,
     * so its texts and the record it will append to can be fetched now
     * without waiting; and the key after it. */
    const ei_bulk_key *kk = &b->keys[k];
    if (kk->next1) {
        const ei_bulk_key *n = &b->keys[kk->next1 - 1];
        /* a key spans two or three cache lines */
        __builtin_prefetch((const char *)n + 64);
        __builtin_prefetch((const char *)n + sizeof *n - 1);
        __builtin_prefetch(n->indicator_s);
        __builtin_prefetch(n->region_s);
        if (n->tail)
            __builtin_prefetch(n->compact ? (const void *)&n->tail->crec[n->tail_n]
                                          : (const void *)&n->tail->rec[n->tail_n],
                               1);
        if (n->next1) {
            const ei_bulk_key *n2 = &b->keys[n->next1 - 1];
            __builtin_prefetch(n2);
            __builtin_prefetch((const char *)n2 + 64);
            __builtin_prefetch((const char *)n2 + sizeof *n2 - 1);
        }
    }
    *out = k;
    return EI_OK;
}

static ei_bulk_block *new_block(ei_bulk *b)
{
    if (b->free_at == b->free_end) {
        slab *s = ei_huge_alloc(SLAB_BYTES);
        if (!s)
            return NULL;
        s->next = b->slabs;
        b->slabs = s;
        b->free_at = s->blocks;
        b->free_end = s->blocks + SLAB_BLOCKS;
    }
    ei_bulk_block *blk = b->free_at++;
    blk->next = NULL;
    return blk;
}

/* Does @p r fit key @p k's template (dataset_bulk.h)? */
static bool fits(const ei_bulk_key *k, const ei_obs_rec *r)
{
    const ei_obs_rec *t = &k->tmpl;
    return isnan(r->growth) && r->caliber == t->caliber && r->note == t->note
           && r->origin == t->origin && r->status == t->status
           && r->bound == t->bound
           && r->first == ei_obs_plain_first(k->freq, r->ord);
}

/* The key's records so far made whole, in new blocks: a row that does not
 * fit the template came (the compact blocks stay in their slab). */
static int make_full(ei_bulk *b, ei_bulk_key *k)
{
    ei_bulk_block *head = NULL, *tail = NULL;
    uint32_t n = 0;
    for (const ei_bulk_block *blk = k->head; blk; blk = blk->next) {
        uint32_t len = ei_bulk_block_len(k, blk);
        for (uint32_t i = 0; i < len; i++) {
            if (!tail || n == EI_BULK_BLOCK) {
                ei_bulk_block *nb = new_block(b);
                if (!nb)
                    return EI_ENOMEM;
                if (tail)
                    tail->next = nb;
                else
                    head = nb;
                tail = nb;
                n = 0;
            }
            ei_bulk_record(k, blk, i, &tail->rec[n++]);
        }
    }
    k->head = head;
    k->tail = tail;
    k->tail_n = n;
    k->compact = false;
    return EI_OK;
}

/* Append @p r to key @p k, compact while it fits the template set by the
 * key's first row. */
static int append(ei_bulk *b, ei_bulk_key *k, const ei_obs_rec *r)
{
    if (!k->head) {
        k->tmpl = *r;
        k->compact = fits(k, r);
    } else if (k->compact && !fits(k, r)) {
        int rc = make_full(b, k);
        if (rc)
            return rc;
    }
    uint32_t cap = k->compact ? (uint32_t)EI_BULK_BLOCK_COMPACT
                              : EI_BULK_BLOCK;
    if (!k->tail || k->tail_n == cap) {
        ei_bulk_block *blk = new_block(b);
        if (!blk)
            return EI_ENOMEM;
        if (k->tail)
            k->tail->next = blk;
        else
            k->head = blk;
        k->tail = blk;
        k->tail_n = 0;
    }
    if (k->compact) {
        ei_bulk_compact *c = &k->tail->crec[k->tail_n++];
        c->value = r->value;
        c->ord = r->ord;
        c->line = r->line;
    } else {
        k->tail->rec[k->tail_n++] = *r;
    }
    return EI_OK;
}

/* A string field through its one-entry cache, checked as UTF-8 the first
 * time it is seen (see intern()). */
static int field_id(ei_bulk *b, int f, const char *s, uint32_t *id)
{
    if (!s || !*s) { /* most files have no such column */
        *id = 0;
        return EI_OK;
    }
    bool fresh;
    int rc = ei_strpool_intern_last(b->pool, s, &b->str[f], id, &fresh);
    if (rc == EI_OK && fresh && !utf8(s))
        return EI_ENCODING;
    return rc;
}

/* Remember that pool id @p id is an origin (merged differently). */
static int note_origin(ei_bulk *b, uint32_t id)
{
    if (b->norigins == b->caporigins) {
        uint32_t cap = b->caporigins ? 2 * b->caporigins : 16;
        uint32_t *o = realloc(b->origins, (size_t)cap * sizeof *o);
        if (!o)
            return EI_ENOMEM;
        b->origins = o;
        b->caporigins = cap;
    }
    b->origins[b->norigins++] = id;
    return EI_OK;
}

int ei_bulk_add(ei_bulk *b, const ei_series_meta *meta,
                const ei_observation *obs, ei_error *err)
{
    return ei_bulk_add_sized(b, meta, NULL, obs, err);
}

int ei_bulk_add_sized(ei_bulk *b, const ei_series_meta *meta,
                      const size_t lens[3], const ei_observation *obs,
                      ei_error *err)
{
    if (!b || !meta || !obs)
        return ei_error_set(err, EI_EINVAL, "bulk, meta or observation is "
                            "NULL");
    int rc = ei_dataset_check_row(meta, obs, err);
    if (rc)
        return rc;
    ei_obs_rec r = ei_dataset_obs_rec(obs);
    uint32_t release, source;
    if ((rc = field_id(b, 0, obs->caliber, &r.caliber)) ||
        (rc = field_id(b, 1, obs->release, &release)) ||
        (rc = field_id(b, 2, obs->source, &source)) ||
        (rc = field_id(b, 3, obs->note, &r.note)))
        goto fail;
    if (release != b->origin_ids[0] || source != b->origin_ids[1]) {
        /* the bulk's origins leave the file out: it is the same for all */
        uint32_t ids[3] = {0, 0, 0};
        ids[EI_ORIGIN_SOURCE] = source;
        ids[EI_ORIGIN_RELEASE] = release;
        uint32_t before = ei_strpool_limit(b->pool);
        if ((rc = ei_origin_intern(b->pool, ids, &b->origin)))
            goto fail;
        if (b->origin >= before && (rc = note_origin(b, b->origin)))
            goto fail;
        b->origin_ids[0] = release;
        b->origin_ids[1] = source;
    }
    r.origin = b->origin;
    uint32_t k;
    if ((rc = key_of(b, meta, lens, &k)))
        goto fail;
    ei_bulk_key *key = &b->keys[k];
    if (key->compact && key->tail_n < EI_BULK_BLOCK_COMPACT
        && fits(key, &r)) {
        /* most rows: room in a compact tail, the template fits; the
         * record is written field by field, not copied whole */
        ei_bulk_compact *c = &key->tail->crec[key->tail_n++];
        c->value = r.value;
        c->ord = r.ord;
        c->line = r.line;
    } else if ((rc = append(b, key, &r))) {
        goto fail;
    }
    key->count++;
    b->nobs++;
    b->last1 = k + 1;
    return EI_OK;
fail:
    if (rc == EI_ENCODING)
        return rc;
    return ei_error_set(err, rc, rc == EI_ERANGE ? "too many keys"
                                                 : "out of memory");
}
