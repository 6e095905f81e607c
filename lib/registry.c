/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The indicator registry. Names (codes, Chinese and English names,
 * aliases) are interned in a string pool; the pool's dense ids index an
 * owner table, so a lookup is one hash probe. Indicators are allocated one
 * by one so that pointers handed out stay valid as the registry grows. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "econind/registry.h"
#include "error_set.h"
#include "registry_builtin.h"
#include "strpool.h"
#include "trim.h"

struct ei_registry {
    ei_strpool *pool;
    /* The indicators: the built-in ones are the entries of the constant
     * table (registry_builtin.c), so that pointers to them outlive any
     * registry (a series copied out of a dataset that owned its registry
     * keeps a valid ei_series_registered()); the others are copies owned
     * by the registry (owned[i], NULL for a built-in). */
    const ei_indicator **inds;
    ei_indicator **owned;
    size_t n, cap;
    uint32_t *owner;      /* by pool id: index + 1 of the indicator, 0 none */
    uint32_t owner_cap;
};

static int add(ei_registry *reg, const ei_indicator *ind,
               const char *const *aliases, bool forever, ei_error *err);

int ei_registry_new_empty(ei_registry **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "output pointer is NULL");
    *out = NULL;
    ei_registry *reg = calloc(1, sizeof *reg);
    if (!reg || !(reg->pool = ei_strpool_new())) {
        free(reg);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    *out = reg;
    return EI_OK;
}

int ei_registry_new_builtin(ei_registry **out, ei_error *err)
{
    int rc = ei_registry_new_empty(out, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < ei_builtin_indicator_count; i++) {
        const ei_builtin_indicator *b = &ei_builtin_indicators[i];
        rc = add(*out, &b->ind, b->aliases, true, err);
        if (rc) {
            ei_registry_free(*out);
            *out = NULL;
            return rc;
        }
    }
    return EI_OK;
}

void ei_registry_free(ei_registry *reg)
{
    if (!reg)
        return;
    for (size_t i = 0; i < reg->n; i++)
        free(reg->owned[i]);
    free(reg->inds);
    free(reg->owned);
    free(reg->owner);
    ei_strpool_free(reg->pool);
    free(reg);
}

static const ei_indicator *owner_of(const ei_registry *reg, uint32_t id)
{
    if (id == 0 || id >= reg->owner_cap || reg->owner[id] == 0)
        return NULL;
    return reg->inds[reg->owner[id] - 1];
}

const ei_indicator *ei_registry_find(const ei_registry *reg,
                                     const char *name)
{
    if (!reg || !name)
        return NULL;
    size_t len;
    const char *t = ei_trim(name, &len);
    if (len == 0)
        return NULL;
    return owner_of(reg, ei_strpool_find(reg->pool, t, len));
}

size_t ei_registry_count(const ei_registry *reg)
{
    return reg ? reg->n : 0;
}

const ei_indicator *ei_registry_at(const ei_registry *reg, size_t i)
{
    return reg && i < reg->n ? reg->inds[i] : NULL;
}

/* Intern @p s (trimmed when @p trim) and return its pooled copy. */
static int keep(ei_registry *reg, const char *s, bool trim, const char **out,
                uint32_t *id)
{
    size_t len = s ? strlen(s) : 0;
    if (s && trim)
        s = ei_trim(s, &len);
    uint32_t k;
    int rc = ei_strpool_intern(reg->pool, s ? s : "", len, &k);
    if (rc)
        return rc;
    *out = ei_strpool_str(reg->pool, k);
    if (id)
        *id = len ? k : 0;
    return EI_OK;
}

/* True when @p ind can be stored as it is: every string present and
 * already trimmed, as the registry would store it. */
static bool as_stored(const ei_indicator *ind)
{
    const char *strs[] = {ind->code, ind->name_zh, ind->name_en, ind->unit,
                          ind->group};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        size_t len;
        if (!strs[i] || (ei_trim(strs[i], &len), len != strlen(strs[i])))
            return false;
    }
    return true;
}

/* Add @p ind; with @p forever (an entry of the constant built-in table,
 * static storage) the registry points at it instead of copying it. */
static int add(ei_registry *reg, const ei_indicator *ind,
               const char *const *aliases, bool forever, ei_error *err)
{
    if (!reg || !ind)
        return ei_error_set(err, EI_EINVAL, "registry or indicator is NULL");
    size_t clen;
    const char *code = ei_trim(ind->code, &clen);
    if (clen == 0)
        return ei_error_set(err, EI_EINVAL, "an indicator needs a code");
    if ((unsigned)ind->growth_basis > EI_BASIS_COMPARABLE
        || (unsigned)ind->direction > EI_DIRECTION_BAND
        || (unsigned)ind->measure > EI_MEASURE_INDEX)
        return ei_error_set(err, EI_EINVAL, "indicator '%.*s': basis, "
                            "direction or measure out of range", (int)clen,
                            code);
    /* Every name must be free or already this indicator's own. */
    size_t nalias = 0;
    while (aliases && aliases[nalias])
        nalias++;
    for (size_t i = 0; i < nalias + 3; i++) {
        const char *name = i == 0 ? ind->code
                           : i == 1 ? ind->name_zh
                           : i == 2 ? ind->name_en
                                    : aliases[i - 3];
        size_t len;
        const char *t = ei_trim(name, &len);
        if (len == 0)
            continue;
        const ei_indicator *other =
            owner_of(reg, ei_strpool_find(reg->pool, t, len));
        if (other)
            return ei_error_set(err, EI_ECONFLICT, "indicator '%.*s': name "
                                "'%.*s' already names indicator '%s'",
                                (int)clen, code, (int)len, t, other->code);
    }
    /* Allocate everything before changing what lookups see. */
    if (reg->n == reg->cap) {
        size_t cap = reg->cap ? 2 * reg->cap : 32;
        const ei_indicator **inds = realloc(reg->inds, cap * sizeof *inds);
        if (!inds)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        reg->inds = inds;
        ei_indicator **owned = realloc(reg->owned, cap * sizeof *owned);
        if (!owned)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        reg->owned = owned;
        reg->cap = cap;
    }
    ei_indicator *copy = calloc(1, sizeof *copy);
    if (!copy)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    *copy = *ind;
    uint32_t ids[3];
    int rc = keep(reg, ind->code, true, &copy->code, &ids[0]);
    if (!rc)
        rc = keep(reg, ind->name_zh, true, &copy->name_zh, &ids[1]);
    if (!rc)
        rc = keep(reg, ind->name_en, true, &copy->name_en, &ids[2]);
    if (!rc)
        rc = keep(reg, ind->unit, true, &copy->unit, NULL);
    if (!rc)
        rc = keep(reg, ind->group, true, &copy->group, NULL);
    for (size_t i = 0; !rc && i < nalias; i++) {
        const char *dummy;
        rc = keep(reg, aliases[i], true, &dummy, NULL);
    }
    uint32_t limit = ei_strpool_limit(reg->pool);
    if (!rc && limit > reg->owner_cap) {
        uint32_t cap = reg->owner_cap ? reg->owner_cap : 64;
        while (cap < limit)
            cap *= 2;
        uint32_t *owner = realloc(reg->owner, (size_t)cap * sizeof *owner);
        if (!owner) {
            rc = EI_ENOMEM;
        } else {
            memset(owner + reg->owner_cap, 0,
                   (size_t)(cap - reg->owner_cap) * sizeof *owner);
            reg->owner = owner;
            reg->owner_cap = cap;
        }
    }
    if (rc) {
        free(copy);
        return ei_error_set(err, rc, "out of memory");
    }
    uint32_t self = (uint32_t)reg->n + 1;
    for (int i = 0; i < 3; i++)
        if (ids[i])
            reg->owner[ids[i]] = self;
    for (size_t i = 0; i < nalias; i++) {
        size_t len;
        const char *t = ei_trim(aliases[i], &len);
        uint32_t id = len ? ei_strpool_find(reg->pool, t, len) : 0;
        if (id)
            reg->owner[id] = self;
    }
    if (forever && as_stored(ind)) {
        free(copy); /* the names are interned for lookups all the same */
        copy = NULL;
    }
    reg->owned[reg->n] = copy;
    reg->inds[reg->n++] = copy ? copy : ind;
    return EI_OK;
}

int ei_registry_add(ei_registry *reg, const ei_indicator *ind,
                    const char *const *aliases, ei_error *err)
{
    return add(reg, ind, aliases, false, err);
}
