/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file tasks.h
 * (declarations arrive with their module)
 */
#ifndef ECONIND_TASKS_H
#define ECONIND_TASKS_H

#include "econind/export.h"

#endif
