/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: the constant table of built-in indicators. */
#ifndef ECONIND_REGISTRY_BUILTIN_H
#define ECONIND_REGISTRY_BUILTIN_H

#include <stddef.h>

#include "econind/registry.h"

#define EI_BUILTIN_ALIASES_MAX 6

typedef struct ei_builtin_indicator {
    ei_indicator ind;
    const char *aliases[EI_BUILTIN_ALIASES_MAX + 1]; /* NULL-terminated */
} ei_builtin_indicator;

extern const ei_builtin_indicator ei_builtin_indicators[];
extern const size_t ei_builtin_indicator_count;

#endif
