/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file growth.h
 * (declarations arrive with their module)
 */
#ifndef ECONIND_GROWTH_H
#define ECONIND_GROWTH_H

#include "econind/export.h"

#endif
