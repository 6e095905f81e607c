/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The owning target set: a growable array of targets whose strings the set
 * copies and frees. */
#include "econind/target.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "target_priv.h"
#include "target_util.h"

/* The strings of a target, owned by the set (the target's const pointers
 * point at them). */
enum { S_REGION, S_INDICATOR, S_UNIT, S_LINKED, S_SOURCE, S_NOTE, S_FILE,
       S_N };

typedef struct slot {
    ei_target t;
    char *str[S_N];
} slot;

struct ei_targets {
    slot *items;
    size_t n, cap;
};

int ei_targets_new(ei_targets **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the target set");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    return EI_OK;
}

static void slot_free(slot *sl)
{
    for (int i = 0; i < S_N; i++)
        free(sl->str[i]);
}

void ei_targets_free(ei_targets *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        slot_free(&set->items[i]);
    free(set->items);
    free(set);
}

int ei_targets_add(ei_targets *set, const ei_target *t,
                   const ei_registry *reg, ei_error *err)
{
    if (!set || !t)
        return ei_error_set(err, EI_EINVAL, "no target set or target");
    int rc = eit_target_check(t, reg, NULL, err);
    if (rc)
        return rc;
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 16;
        slot *items = realloc(set->items, cap * sizeof *items);
        if (!items)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        set->items = items;
        set->cap = cap;
    }
    slot c;
    c.t = *t;
    const char *unit = t->unit;
    if (!unit || !*unit) {
        const ei_indicator *ind =
            reg ? ei_registry_find(reg, t->indicator) : NULL;
        if (ei_target_kind_is_rate(t->kind))
            unit = "%";
        else if (ind && ind->unit)
            unit = ind->unit;
        else
            unit = "";
    }
    bool nomem = false;
    c.t.region = c.str[S_REGION] =
        eit_dup(t->region ? t->region : "", &nomem);
    c.t.indicator = c.str[S_INDICATOR] = eit_dup(t->indicator, &nomem);
    c.t.unit = c.str[S_UNIT] = eit_dup(unit, &nomem);
    c.t.linked_indicator = c.str[S_LINKED] =
        eit_dup(t->linked_indicator, &nomem);
    c.t.source = c.str[S_SOURCE] = eit_dup(t->source, &nomem);
    c.t.note = c.str[S_NOTE] = eit_dup(t->note, &nomem);
    c.t.file = c.str[S_FILE] = eit_dup(t->file, &nomem);
    if (nomem) {
        slot_free(&c);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    set->items[set->n++] = c;
    return EI_OK;
}

size_t ei_targets_count(const ei_targets *set)
{
    return set ? set->n : 0;
}

const ei_target *ei_targets_at(const ei_targets *set, size_t i)
{
    if (!set || i >= set->n)
        return NULL;
    return &set->items[i].t;
}
