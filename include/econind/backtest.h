/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file backtest.h
 * (declarations arrive with their module)
 */
#ifndef ECONIND_BACKTEST_H
#define ECONIND_BACKTEST_H

#include "econind/export.h"

#endif
