/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file target.h
 * (declarations arrive with their module)
 */
#ifndef ECONIND_TARGET_H
#define ECONIND_TARGET_H

#include "econind/export.h"

#endif
