/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The owning target set: a growable array of targets whose strings the set
 * copies and frees. */
#include "econind/target.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "target_priv.h"
#include "target_util.h"

struct ei_targets {
    ei_target *items;
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

/* Free the strings of one target held by the set. */
static void target_strings_free(ei_target *t)
{
    free((char *)t->region);
    free((char *)t->indicator);
    free((char *)t->unit);
    free((char *)t->linked_indicator);
    free((char *)t->source);
    free((char *)t->note);
    free((char *)t->file);
}

void ei_targets_free(ei_targets *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        target_strings_free(&set->items[i]);
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
        ei_target *items = realloc(set->items, cap * sizeof *items);
        if (!items)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        set->items = items;
        set->cap = cap;
    }
    ei_target c = *t;
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
    c.region = eit_dup(t->region ? t->region : "", &nomem);
    c.indicator = eit_dup(t->indicator, &nomem);
    c.unit = eit_dup(unit, &nomem);
    c.linked_indicator = eit_dup(t->linked_indicator, &nomem);
    c.source = eit_dup(t->source, &nomem);
    c.note = eit_dup(t->note, &nomem);
    c.file = eit_dup(t->file, &nomem);
    if (nomem) {
        target_strings_free(&c);
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
    return &set->items[i];
}
