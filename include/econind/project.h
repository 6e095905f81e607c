/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file project.h
 * (declarations arrive with their module)
 */
#ifndef ECONIND_PROJECT_H
#define ECONIND_PROJECT_H

#include "econind/export.h"

#endif
