/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file plan.h
 * (declarations arrive with their module)
 */
#ifndef ECONIND_PLAN_H
#define ECONIND_PLAN_H

#include "econind/export.h"

#endif
