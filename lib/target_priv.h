/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: target checks that also say which field is at fault, so that the
 * reader can point at the right column. */
#ifndef ECONIND_TARGET_PRIV_H
#define ECONIND_TARGET_PRIV_H

#include "econind/target.h"

/* The field a validation error is about. */
typedef enum eit_field_id {
    EIT_F_NONE = 0,
    EIT_F_INDICATOR,
    EIT_F_PERIOD,
    EIT_F_KIND,
    EIT_F_OPERATOR,
    EIT_F_VALUE,
    EIT_F_UNIT,
    EIT_F_TOLERANCE,
    EIT_F_LINKED,
    EIT_F_BASE
} eit_field_id;

/* ei_target_validate() that also sets *field (may be NULL). */
int eit_target_check(const ei_target *t, const ei_registry *reg,
                     eit_field_id *field, ei_error *err);

#endif
