/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dataset: keys, the pending batch, lookups. Adding a row costs a
 * cache comparison or one hash probe and an append: no malloc per row. */
#include "dataset_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_bulk.h"
#include "error_set.h"
#include "index_table.h"
#include "trim.h"

int ei_dataset_new(ei_dataset **out, const ei_registry *reg, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "output pointer is NULL");
    *out = NULL;
    ei_dataset *ds = calloc(1, sizeof *ds);
    if (!ds)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    if (!reg) {
        int rc = ei_registry_new_builtin(&ds->own_reg, err);
        if (rc) {
            free(ds);
            return rc;
        }
        reg = ds->own_reg;
    }
    ds->reg = reg;
    ds->pool = ei_strpool_new();
    ds->table = calloc(64, sizeof *ds->table);
    ds->raw = calloc(64, sizeof *ds->raw);
    if (!ds->pool || !ds->table || !ds->raw) {
        ei_dataset_free(ds);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    ds->mask = 63;
    ds->raw_mask = 63;
    *out = ds;
    return EI_OK;
}

void ei_dataset_free(ei_dataset *ds)
{
    if (!ds)
        return;
    for (size_t i = 0; i < ds->nseries; i++)
        ei_series_free(ds->series[i]);
    for (uint32_t i = 0; i < ds->nslots; i++)
        if (!ds->slots[i].pend_arena) {
            free(ds->slots[i].pend);
            free(ds->slots[i].cpend);
        }
    /* after the series, whose observations may lie in them */
    for (size_t i = 0; i < ds->narenas; i++)
        free(ds->arenas[i]);
    free(ds->arenas);
    ei_dataset_free_spares(ds);
    free(ds->spares);
    free(ds->slots);
    free(ds->table);
    free(ds->raw);
    free(ds->series);
    free(ds->series_slot);
    free(ds->touched);
    free(ds->files);
    ei_strpool_free(ds->pool);
    ei_registry_free(ds->own_reg);
    free(ds);
}

const ei_registry *ei_dataset_registry(const ei_dataset *ds)
{
    return ds ? ds->reg : NULL;
}

size_t ei_dataset_count(const ei_dataset *ds)
{
    return ds ? ds->nseries : 0;
}

const ei_series *ei_dataset_at(const ei_dataset *ds, size_t i)
{
    return ds && i < ds->nseries ? ds->series[i] : NULL;
}

size_t ei_dataset_file_count(const ei_dataset *ds)
{
    return ds ? ds->nfiles_committed : 0;
}

/* ---- keys ---------------------------------------------------------- */

static uint32_t key_hash(uint32_t region, uint32_t key, int freq, int measure)
{
    uint32_t v[4] = {region, key, (uint32_t)freq, (uint32_t)measure};
    return ei_hash_bytes(v, sizeof v);
}

static uint32_t probe(const ei_dataset *ds, uint32_t region, uint32_t key,
                      int freq, int measure, uint32_t h, uint32_t *pos)
{
    uint32_t i = h & ds->mask;
    for (;;) {
        uint32_t s = ds->table[i];
        if (s == 0) {
            if (pos)
                *pos = i;
            return 0;
        }
        const ds_slot *sl = &ds->slots[s - 1];
        if (sl->hash == h && sl->region == region && sl->key == key
            && sl->freq == freq && sl->measure == measure)
            return s;
        i = (i + 1) & ds->mask;
    }
}

static uint32_t slot_hash(const void *slots, uint32_t i)
{
    return ((const ds_slot *)slots)[i].hash;
}

static int grow_table(ei_dataset *ds)
{
    return ei_index_table_grow(&ds->table, &ds->mask, ds->nslots, slot_hash,
                               ds->slots);
}

/* The key of an indicator name: the registered code, else the trimmed
 * name. */
static const char *resolve(const ei_dataset *ds, const char *indicator,
                           size_t *len, const ei_indicator **ind)
{
    *ind = ei_registry_find(ds->reg, indicator);
    if (*ind) {
        *len = strlen((*ind)->code);
        return (*ind)->code;
    }
    return ei_trim(indicator, len);
}

/* Find or create the slot of a key; *index is the slot index. */
static int slot_for(ei_dataset *ds, const char *region, const char *indicator,
                    int freq, int measure, uint32_t *index)
{
    size_t rlen, klen, wlen;
    const char *r = ei_trim(region ? region : "", &rlen);
    const ei_indicator *ind;
    const char *k = resolve(ds, indicator, &klen, &ind);
    uint32_t rid, kid;
    int rc = ei_strpool_intern(ds->pool, r, rlen, &rid);
    if (!rc)
        rc = ei_strpool_intern(ds->pool, k, klen, &kid);
    if (rc)
        return rc;
    uint32_t h = key_hash(rid, kid, freq, measure);
    uint32_t pos;
    uint32_t s = probe(ds, rid, kid, freq, measure, h, &pos);
    if (s) {
        *index = s - 1;
        return EI_OK;
    }
    const char *w = ei_trim(indicator, &wlen);
    uint32_t wid;
    if ((rc = ei_strpool_intern(ds->pool, w, wlen, &wid)))
        return rc;
    if (ds->nslots == ds->capslots) {
        if (ds->capslots >= UINT32_MAX / 4)
            return EI_ERANGE;
        uint32_t cap = ds->capslots ? ds->capslots * 2 : 16;
        ds_slot *slots = realloc(ds->slots, (size_t)cap * sizeof *slots);
        if (!slots)
            return EI_ENOMEM;
        ds->slots = slots;
        ds->capslots = cap;
    }
    if ((size_t)(ds->nslots + 1) * 2 > (size_t)ds->mask + 1) {
        if ((rc = grow_table(ds)))
            return rc;
        probe(ds, rid, kid, freq, measure, h, &pos);
    }
    ds_slot *sl = &ds->slots[ds->nslots];
    memset(sl, 0, sizeof *sl);
    sl->region = rid;
    sl->key = kid;
    sl->written = wid;
    sl->hash = h;
    sl->freq = (uint8_t)freq;
    sl->measure = (uint8_t)measure;
    sl->ind = ind;
    ei_unit_lookup(&sl->unitv, "");
    ds->table[pos] = ++ds->nslots;
    *index = ds->nslots - 1;
    return EI_OK;
}

void ei_dataset_slot_label(const ei_dataset *ds, const ds_slot *slot,
                           char *buf, size_t size)
{
    const char *r = ei_strpool_str(ds->pool, slot->region);
    const char *w = slot->series ? slot->series->indicator
                                 : ei_strpool_str(ds->pool, slot->written);
    snprintf(buf, size, "%s%s%s", r && *r ? r : "", r && *r ? " " : "",
             w ? w : "");
}

void ei_dataset_reset_slot(ei_dataset *ds, ds_slot *slot)
{
    if (slot->series) {
        uint32_t id = ei_strpool_find(ds->pool, slot->series->unit_name,
                                      strlen(slot->series->unit_name));
        slot->unit = slot->series->unit_name[0] ? id : 0;
        slot->unitv = slot->series->unit;
    } else {
        slot->unit = 0;
        ei_unit_lookup(&slot->unitv, "");
        slot->has_meta = false;
    }
    ds->cache.unit_valid = false;
}

/* ---- adding -------------------------------------------------------- */

/* An error located at the observation's file and line. */
#define FAIL_AT(err, code, obs, ...)                                         \
    ei_error_set_at((err), (code), (obs)->file, (obs)->line,                 \
                    (obs)->line ? 1 : 0, __VA_ARGS__)

static bool same_text(const ei_dataset *ds, uint32_t id, const char *s)
{
    const char *p = ei_strpool_str(ds->pool, id);
    return p && strcmp(p, s ? s : "") == 0;
}

int ei_dataset_slot_unit(ei_dataset *ds, ds_slot *slot, const char *u,
                         const ei_observation *obs, double *num, double *den,
                         uint32_t *raw, ei_error *err)
{
    *num = *den = 1.0;
    *raw = 0;
    if (!*u || (slot->unit && same_text(ds, slot->unit, u)))
        return EI_OK; /* in the series' unit: nothing to convert */
    size_t len;
    const char *t = ei_trim(u, &len);
    uint32_t id;
    int rc = ei_strpool_intern_cstr(ds->pool, u, raw);
    if (!rc)
        rc = ei_strpool_intern(ds->pool, t, len, &id);
    if (rc)
        return ei_error_set(err, rc, "out of memory");
    if (len && !slot->unit) {
        /* The series' unit is the first one seen for it. */
        slot->unit = id;
        ei_unit_lookup(&slot->unitv, ei_strpool_str(ds->pool, id));
    } else if (len && id != slot->unit) {
        ei_unit from;
        ei_unit_lookup(&from, ei_strpool_str(ds->pool, id));
        double f;
        if (ei_unit_factor(&f, from, slot->unitv, NULL)) {
            char label[200];
            ei_dataset_slot_label(ds, slot, label, sizeof label);
            return FAIL_AT(err, EI_EUNIT, obs,
                           "unit %s does not convert to %s, the unit of %s",
                           ei_strpool_str(ds->pool, id), ei_strpool_str(ds->pool, slot->unit),
                           label);
        }
        /* value * scale_from / scale_to is exact where the factor is not
         * (6990000 万元 is exactly 699 亿元; * 1e-4 is not). */
        if (from.scale > 0 && slot->unitv.scale > 0
            && fabs(from.scale / slot->unitv.scale - f) <= 1e-12 * fabs(f)) {
            *num = from.scale;
            *den = slot->unitv.scale;
        } else {
            *num = f;
        }
    }
    return EI_OK;
}

/* The factor taking the row's unit @p u to the slot's; fills the cache. */
static int unit_for(ei_dataset *ds, ds_slot *slot, const char *u,
                    const ei_observation *obs, ei_error *err)
{
    ds_cache *c = &ds->cache;
    /* Until it is known again: a row in the series' own unit returns
     * early, and must not leave the cache saying the last unit converts
     * by 1 (then 万元, 亿元, 万元 left the second 万元 unconverted). */
    c->unit_valid = false;
    uint32_t raw;
    int rc = ei_dataset_slot_unit(ds, slot, u, obs, &c->num, &c->den, &raw,
                                  err);
    if (rc || !raw)
        return rc;
    c->unit_valid = true;
    c->unit_raw = raw;
    return EI_OK;
}

/* An observation string through the one-entry cache of its field. */
static int field_id(ei_dataset *ds, int f, const char *s, uint32_t *id)
{
    return ei_strpool_intern_last(ds->pool, s, &ds->cache.str[f], id, NULL);
}

int ei_dataset_note_file(ei_dataset *ds, uint32_t file)
{
    for (size_t i = ds->nfiles; i-- > 0;)
        if (ds->files[i] == file)
            return EI_OK;
    if (ds->nfiles == ds->capfiles) {
        size_t cap = ds->capfiles ? 2 * ds->capfiles : 8;
        uint32_t *f = realloc(ds->files, cap * sizeof *f);
        if (!f)
            return EI_ENOMEM;
        ds->files = f;
        ds->capfiles = cap;
    }
    ds->files[ds->nfiles++] = file;
    return EI_OK;
}

static uint32_t raw_hash(uint32_t region, uint32_t ind, int freq,
                         int measure)
{
    uint64_t k = ((uint64_t)region << 32 | ind) * 0x9E3779B97F4A7C15u;
    return (uint32_t)(k >> 32) ^ (uint32_t)(freq * 31 + measure);
}

/* The slot of a key as written: the raw-key table, else the full lookup
 * (trim, registry, intern), remembered in the table. */
int ei_dataset_raw_slot(ei_dataset *ds, uint32_t rr, uint32_t ir,
                    const ei_series_meta *meta, uint32_t *si)
{
    int freq = meta->freq, measure = meta->measure;
    uint32_t i = raw_hash(rr, ir, freq, measure) & ds->raw_mask;
    for (; ds->raw[i].slot1; i = (i + 1) & ds->raw_mask) {
        const ds_rawkey *k = &ds->raw[i];
        if (k->region == rr && k->ind == ir && k->freq == freq
            && k->measure == measure) {
            *si = k->slot1 - 1;
            return EI_OK;
        }
    }
    int rc = slot_for(ds, meta->region ? meta->region : "", meta->indicator,
                      freq, measure, si);
    if (rc)
        return rc;
    if ((size_t)(ds->nraw + 1) * 2 > (size_t)ds->raw_mask + 1) {
        size_t size = ((size_t)ds->raw_mask + 1) * 2;
        if (size > ((size_t)1 << 31))
            return EI_OK; /* just not remembered */
        ds_rawkey *t = calloc(size, sizeof *t);
        if (!t)
            return EI_OK;
        uint32_t mask = (uint32_t)(size - 1);
        for (size_t j = 0; j <= ds->raw_mask; j++) {
            if (!ds->raw[j].slot1)
                continue;
            const ds_rawkey *k = &ds->raw[j];
            uint32_t h = raw_hash(k->region, k->ind, k->freq, k->measure);
            uint32_t n = h & mask;
            while (t[n].slot1)
                n = (n + 1) & mask;
            t[n] = *k;
        }
        free(ds->raw);
        ds->raw = t;
        ds->raw_mask = mask;
        i = raw_hash(rr, ir, freq, measure) & mask;
        while (ds->raw[i].slot1)
            i = (i + 1) & mask;
    }
    ds_rawkey k = {rr, ir, *si + 1, (uint8_t)freq, (uint8_t)measure};
    ds->raw[i] = k;
    ds->nraw++;
    return EI_OK;
}

int ei_dataset_check_row(const ei_series_meta *meta,
                         const ei_observation *obs, ei_error *err)
{
    size_t ilen;
    ei_trim(meta->indicator, &ilen);
    if (ilen == 0)
        return FAIL_AT(err, EI_EINVAL, obs, "observation without an "
                       "indicator");
    if (meta->freq != EI_FREQ_ANNUAL && meta->freq != EI_FREQ_QUARTERLY
        && meta->freq != EI_FREQ_MONTHLY)
        return FAIL_AT(err, EI_EINVAL, obs, "series frequency is not "
                       "annual, quarterly or monthly");
    if (!ei_period_valid(obs->period) || obs->period.freq != meta->freq)
        return FAIL_AT(err, EI_EINVAL, obs, "period is invalid or not %s",
                       ei_freq_name(meta->freq));
    if ((unsigned)meta->measure > EI_MEASURE_INDEX
        || (unsigned)meta->basis > EI_BASIS_COMPARABLE
        || (unsigned)obs->status >= EI_STATUS_COUNT_
        || (unsigned)obs->bound > EI_BOUND_ABOUT)
        return FAIL_AT(err, EI_EINVAL, obs, "measure, basis, status or "
                       "bound out of range");
    if (isinf(obs->value) || isinf(obs->growth))
        return FAIL_AT(err, EI_EINVAL, obs, "infinite value or growth");
    return EI_OK;
}

int ei_dataset_add(ei_dataset *ds, const ei_series_meta *meta,
                   const ei_observation *obs, ei_error *err)
{
    if (!ds || !meta || !obs)
        return ei_error_set(err, EI_EINVAL, "dataset, meta or observation "
                            "is NULL");
    int rc = ei_dataset_check_row(meta, obs, err);
    if (rc)
        return rc;
    ds_cache *c = &ds->cache;
    const char *region = meta->region ? meta->region : "";
    uint32_t si;
    if (c->valid && c->freq == meta->freq && c->measure == meta->measure
        && same_text(ds, c->region_raw, region)
        && same_text(ds, c->ind_raw, meta->indicator)) {
        si = c->slot;
    } else {
        /* Period-major rows cycle through every series: try the slot that
         * followed the previous row's last time before hashing (see
         * ds_slot.next1); its texts were prefetched a row ago. */
        ds_slot *prev = c->valid ? &ds->slots[c->slot] : NULL;
        const ds_slot *guess = prev && prev->next1
                                   ? &ds->slots[prev->next1 - 1] : NULL;
        c->valid = false;
        c->unit_valid = false;
        uint32_t rr, ir;
        if (guess && guess->freq == meta->freq
            && guess->measure == meta->measure && guess->hint_region_s
            && strcmp(guess->hint_region_s, region) == 0
            && strcmp(guess->hint_ind_s, meta->indicator) == 0) {
            si = prev->next1 - 1;
            rr = guess->hint_region;
            ir = guess->hint_ind;
        } else {
            rc = ei_strpool_intern_cstr(ds->pool, region, &rr);
            if (!rc)
                rc = ei_strpool_intern_cstr(ds->pool, meta->indicator, &ir);
            if (!rc)
                rc = ei_dataset_raw_slot(ds, rr, ir, meta, &si);
            if (rc)
                return ei_error_set(err, rc, "out of memory or too many "
                                    "keys");
            ds_slot *sl = &ds->slots[si];
            sl->hint_region = rr;
            sl->hint_ind = ir;
            sl->hint_region_s = ei_strpool_str(ds->pool, rr);
            sl->hint_ind_s = ei_strpool_str(ds->pool, ir);
            if (prev) /* slots may have moved (grown) in raw_slot */
                prev = &ds->slots[c->slot];
        }
        if (prev)
            prev->next1 = si + 1;
        /* Two rows ahead: the guess for the next row is in cache (it was
         * prefetched a row ago), so fetch its texts and its pending
         * array's end; and fetch the slot after it. */
        const ds_slot *n1 = ds->slots[si].next1
                                ? &ds->slots[ds->slots[si].next1 - 1] : NULL;
        if (n1) {
            __builtin_prefetch(n1->hint_region_s);
            __builtin_prefetch(n1->hint_ind_s);
            if (n1->pend)
                __builtin_prefetch(n1->pend + n1->npend, 1);
            if (n1->next1)
                __builtin_prefetch(&ds->slots[n1->next1 - 1]);
        }
        c->valid = true;
        c->region_raw = rr;
        c->ind_raw = ir;
        c->freq = (uint8_t)meta->freq;
        c->measure = (uint8_t)meta->measure;
        c->slot = si;
    }
    ds_slot *slot = &ds->slots[si];
    const char *unit = meta->unit ? meta->unit : "";
    if (!c->unit_valid || !same_text(ds, c->unit_raw, unit)) {
        if ((rc = unit_for(ds, slot, unit, obs, err)))
            return rc;
    }
    ei_obs_rec r = ei_dataset_obs_rec(obs);
    if (c->num != c->den && !isnan(r.value))
        r.value = r.value * c->num / c->den;
    uint32_t prev_file = c->str[4];
    uint32_t oid[3];
    if ((rc = field_id(ds, 0, obs->caliber, &r.caliber))
        || (rc = field_id(ds, 1, obs->release, &oid[EI_ORIGIN_RELEASE]))
        || (rc = field_id(ds, 2, obs->source, &oid[EI_ORIGIN_SOURCE]))
        || (rc = field_id(ds, 3, obs->note, &r.note))
        || (rc = field_id(ds, 4, obs->file, &oid[EI_ORIGIN_FILE])))
        return ei_error_set(err, rc, "out of memory");
    if (c->origin_valid && memcmp(oid, c->origin_ids, sizeof oid) == 0) {
        r.origin = c->origin;
    } else {
        if ((rc = ei_origin_intern(ds->pool, oid, &r.origin)))
            return ei_error_set(err, rc, "out of memory");
        memcpy(c->origin_ids, oid, sizeof oid);
        c->origin = r.origin;
        c->origin_valid = true;
    }
    uint32_t file = oid[EI_ORIGIN_FILE];
    if ((slot->pend_arena || slot->cpend) && ei_dataset_own_pend(slot))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    if (slot->npend == slot->cappend) {
        /* Grow by half: ~20% slack on average instead of doubling's ~40%. */
        uint32_t cap = slot->cappend < 4 ? 4
                                         : slot->cappend + slot->cappend / 2;
        if (slot->cappend >= UINT32_MAX / 3 * 2)
            return ei_error_set(err, EI_ERANGE, "too many observations in "
                                "one series");
        ei_obs_rec *p = realloc(slot->pend, (size_t)cap * sizeof *p);
        if (!p)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        slot->pend = p;
        slot->cappend = cap;
    }
    if (!slot->touched) {
        if (ds->ntouched == ds->captouched) {
            size_t cap = ds->captouched ? 2 * ds->captouched : 16;
            uint32_t *t = realloc(ds->touched, cap * sizeof *t);
            if (!t)
                return ei_error_set(err, EI_ENOMEM, "out of memory");
            ds->touched = t;
            ds->captouched = cap;
        }
    }
    if (file && (file != prev_file || ds->nfiles == 0)
        && (rc = ei_dataset_note_file(ds, file))) {
        ds->cache.str[4] = prev_file;
        return ei_error_set(err, rc, "out of memory");
    }
    /* Nothing can fail from here on. */
    if (!slot->touched) {
        ds->touched[ds->ntouched++] = si;
        slot->touched = true;
    }
    if (!slot->has_meta)
        ei_dataset_slot_meta(ds, slot, meta->indicator, meta->basis);
    slot->pend[slot->npend++] = r;
    return EI_OK;
}

void ei_dataset_slot_meta(ei_dataset *ds, ds_slot *slot,
                          const char *indicator, ei_basis basis)
{
    size_t wlen;
    const char *w = ei_trim(indicator, &wlen);
    uint32_t wid = ei_strpool_find(ds->pool, w, wlen);
    if (wid)
        slot->written = wid;
    slot->basis = (uint8_t)basis;
    slot->has_meta = true;
}

static int push_block(void ***blocks, size_t *n, size_t *capn, void *block)
{
    if (*n == *capn) {
        size_t cap = *capn ? 2 * *capn : 8;
        void **a = realloc(*blocks, cap * sizeof *a);
        if (!a)
            return EI_ENOMEM;
        *blocks = a;
        *capn = cap;
    }
    (*blocks)[(*n)++] = block;
    return EI_OK;
}

int ei_dataset_keep_arena(ei_dataset *ds, void *block)
{
    return push_block(&ds->arenas, &ds->narenas, &ds->caparenas, block);
}

void ei_dataset_keep_spare(ei_dataset *ds, void *block)
{
    if (push_block(&ds->spares, &ds->nspares, &ds->capspares, block))
        free(block);
}

void ei_dataset_free_spares(ei_dataset *ds)
{
    for (size_t i = 0; i < ds->nspares; i++)
        free(ds->spares[i]);
    ds->nspares = 0;
}

int ei_dataset_own_pend(ds_slot *slot)
{
    if (slot->cappend < slot->npend)
        slot->cappend = slot->npend;
    ei_obs_rec *p = malloc((slot->cappend ? slot->cappend : 1) * sizeof *p);
    if (!p)
        return EI_ENOMEM;
    if (slot->cpend) {
        ei_obs_expand(slot->cpend, slot->npend, &slot->ctmpl, slot->freq, p);
        if (!slot->pend_arena)
            free(slot->cpend);
        slot->cpend = NULL;
    } else {
        memcpy(p, slot->pend, slot->npend * sizeof *p);
    }
    slot->pend = p;
    slot->pend_arena = false;
    return EI_OK;
}

bool ei_dataset_pending(const ei_dataset *ds)
{
    return ds && ds->ntouched > 0;
}

void ei_dataset_rollback(ei_dataset *ds)
{
    if (!ds)
        return;
    for (size_t t = 0; t < ds->ntouched; t++) {
        ds_slot *slot = &ds->slots[ds->touched[t]];
        if (!slot->pend_arena) {
            free(slot->pend);
            free(slot->cpend);
        }
        slot->pend = NULL;
        slot->cpend = NULL;
        slot->pend_arena = false;
        slot->npend = slot->cappend = 0;
        slot->touched = false;
        ei_dataset_reset_slot(ds, slot);
    }
    ds->ntouched = 0;
    ds->nfiles = ds->nfiles_committed;
    ds->cache.str[4] = 0;
    /* the batch's arenas hold nothing any series uses */
    for (size_t i = ds->narenas_committed; i < ds->narenas; i++)
        free(ds->arenas[i]);
    ds->narenas = ds->narenas_committed;
    ei_dataset_free_spares(ds);
}

/* ---- series built in code ------------------------------------------ */

/* Move @p s's strings into the dataset's pool, so that observations merged
 * into it later share one pool. */
static int adopt_strings(ei_dataset *ds, ei_series *s)
{
    ei_series_meta m = ei_series_get_meta(s);
    ei_strpool *old = s->pool;
    ei_series tmp = *s;
    tmp.pool = ds->pool;
    int rc = ei_series_init_meta(&tmp, &m);
    if (!rc)
        rc = ei_obs_remap(s->obs, s->nobs, old, ds->pool);
    if (rc)
        return rc;  /* the caller frees s, half-remapped or not */
    *s = tmp;
    s->owns_pool = false;
    ei_strpool_free(old);
    return EI_OK;
}

int ei_dataset_add_series(ei_dataset *ds, ei_series *s, ei_error *err)
{
    if (!ds || !s) {
        ei_series_free(s);
        return ei_error_set(err, EI_EINVAL, "dataset or series is NULL");
    }
    uint32_t si;
    int rc = slot_for(ds, s->region, s->indicator, s->freq, s->measure, &si);
    if (rc) {
        ei_series_free(s);
        return ei_error_set(err, rc, "out of memory or too many keys");
    }
    ds_slot *slot = &ds->slots[si];
    if (slot->series) {
        char label[200];
        ei_dataset_slot_label(ds, slot, label, sizeof label);
        ei_series_free(s);
        return ei_error_set(err, EI_ECONFLICT, "the dataset already has a "
                            "%s %s series of %s", ei_freq_name(slot->freq),
                            ei_measure_name(slot->measure), label);
    }
    if (slot->touched && slot->unit && s->unit_name[0]
        && strcmp(s->unit_name, ei_strpool_str(ds->pool, slot->unit)) != 0) {
        ei_series_free(s);
        return ei_error_set(err, EI_EUNIT, "series unit %s differs from the "
                            "unit %s of pending rows", s->unit_name,
                            ei_strpool_str(ds->pool, slot->unit));
    }
    if (ds->nseries == ds->capseries) {
        size_t cap = ds->capseries ? 2 * ds->capseries : 16;
        ei_series **a = realloc(ds->series, cap * sizeof *a);
        if (a)
            ds->series = a;
        uint32_t *b = a ? realloc(ds->series_slot, cap * sizeof *b) : NULL;
        if (b)
            ds->series_slot = b;
        if (!a || !b) {
            ei_series_free(s);
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        }
        ds->capseries = cap;
    }
    if (s->owns_pool && (rc = adopt_strings(ds, s))) {
        ei_series_free(s);
        return ei_error_set(err, rc, "out of memory");
    }
    if (!s->registered)
        s->registered = slot->ind;
    slot->series = s;
    slot->has_meta = true;
    slot->written = ei_strpool_find(ds->pool, s->indicator,
                                    strlen(s->indicator));
    slot->basis = (uint8_t)s->basis;
    if (!slot->touched || !slot->unit)
        ei_dataset_reset_slot(ds, slot);
    ds->series[ds->nseries] = s;
    ds->series_slot[ds->nseries++] = si;
    return EI_OK;
}

/* ---- lookups ------------------------------------------------------- */

static const ei_series *find_key(const ei_dataset *ds, uint32_t rid,
                                 uint32_t kid, int freq)
{
    static const int measures[] = {EI_MEASURE_LEVEL, EI_MEASURE_YTD,
                                   EI_MEASURE_RATE, EI_MEASURE_INDEX};
    for (int m = 0; m < 4; m++) {
        uint32_t s = probe(ds, rid, kid, freq, measures[m],
                           key_hash(rid, kid, freq, measures[m]), NULL);
        if (s && ds->slots[s - 1].series)
            return ds->slots[s - 1].series;
    }
    return NULL;
}

const ei_series *ei_dataset_find(const ei_dataset *ds, const char *region,
                                 const char *indicator, ei_freq freq)
{
    if (!ds || !indicator)
        return NULL;
    size_t klen;
    const ei_indicator *ind;
    const char *k = resolve(ds, indicator, &klen, &ind);
    uint32_t kid = ei_strpool_find(ds->pool, k, klen);
    if (!kid)
        return NULL;
    static const int freqs[] = {EI_FREQ_ANNUAL, EI_FREQ_QUARTERLY,
                                EI_FREQ_MONTHLY};
    if (region) {
        size_t rlen;
        const char *r = ei_trim(region, &rlen);
        uint32_t rid = ei_strpool_find(ds->pool, r, rlen);
        if (!rid)
            return NULL;
        if (freq != EI_FREQ_NONE)
            return find_key(ds, rid, kid, freq);
        for (int f = 0; f < 3; f++) {
            const ei_series *s = find_key(ds, rid, kid, freqs[f]);
            if (s)
                return s;
        }
        return NULL;
    }
    /* Any region: the first series in order, annual preferred. */
    const ei_series *any = NULL;
    for (size_t i = 0; i < ds->nseries; i++) {
        const ds_slot *sl = &ds->slots[ds->series_slot[i]];
        if (sl->key != kid)
            continue;
        if (freq != EI_FREQ_NONE ? sl->freq == freq
                                 : sl->freq == EI_FREQ_ANNUAL)
            return ds->series[i];
        if (freq == EI_FREQ_NONE && !any)
            any = ds->series[i];
    }
    return any;
}
