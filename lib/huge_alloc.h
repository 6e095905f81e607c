/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: large buffers on transparent huge pages where the kernel allows
 * it. Filling fresh memory costs a page fault per 4 KB page: for the
 * hundreds of megabytes a national file takes, that was a sixth of the
 * read. On 2 MB pages it is a fault per 2 MB. Free with free().
 */
#ifndef ECONIND_HUGE_ALLOC_H
#define ECONIND_HUGE_ALLOC_H

#include <stddef.h>

/* @p size bytes aligned to 2 MB and advised as huge pages (small sizes:
 * plain malloc); NULL when out of memory. */
void *ei_huge_alloc(size_t size);

#endif
