/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The owning target set: a growable array of targets whose strings the set
 * copies (record_set.h). */
#include "econind/target.h"

#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "record_set.h"
#include "target_priv.h"

struct ei_targets {
    ei_recset rs; /* of ei_target */
};

int ei_targets_new(ei_targets **out, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "no output for the target set");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    int rc = ei_recset_init(&(*out)->rs, sizeof(ei_target), err);
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

void ei_targets_free(ei_targets *set)
{
    if (!set)
        return;
    ei_recset_fini(&set->rs);
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
    c.region = t->region ? t->region : "";
    c.unit = unit;
    const char **const strs[] = {&c.region, &c.indicator, &c.unit,
                                 &c.linked_indicator, &c.source, &c.note,
                                 &c.file};
    rc = ei_recset_own(&set->rs, strs, sizeof strs / sizeof strs[0], err);
    return rc ? rc : ei_recset_append(&set->rs, &c, err);
}

size_t ei_targets_count(const ei_targets *set)
{
    return set ? set->rs.n : 0;
}

const ei_target *ei_targets_at(const ei_targets *set, size_t i)
{
    return set ? ei_recset_at(&set->rs, i) : NULL;
}
