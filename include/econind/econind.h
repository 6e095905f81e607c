/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file econind.h
 * econind: economic indicators of districts and cities against their plans.
 * The one header a client includes.
 */
#ifndef ECONIND_ECONIND_H
#define ECONIND_ECONIND_H

#include "econind/version.h"
#include "econind/export.h"
#include "econind/error.h"
#include "econind/reason.h"
#include "econind/period.h"
#include "econind/unit.h"
#include "econind/number.h"
#include "econind/registry.h"
#include "econind/series.h"
#include "econind/dataset.h"
#include "econind/csv.h"
#include "econind/table.h"
#include "econind/output.h"
#include "econind/growth.h"
#include "econind/contrib.h"
#include "econind/aggregate.h"
#include "econind/vintage.h"
#include "econind/target.h"
#include "econind/gap.h"
#include "econind/required.h"
#include "econind/target_check.h"
#include "econind/plan.h"
#include "econind/tasks.h"
#include "econind/scorecard.h"
#include "econind/project.h"
#include "econind/backtest.h"
#include "econind/chart.h"
#include "econind/report.h"

#endif
