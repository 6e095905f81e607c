/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: one writer per format, each a client of the public table
 * accessors. They write to fp without flushing or checking it: the caller
 * (ei_table_write) flushes and turns a stream error into EI_EIO. They fail
 * only on content (EI_ENCODING) or memory. */
#ifndef ECONIND_TABLE_WRITERS_H
#define ECONIND_TABLE_WRITERS_H

#include <stdio.h>

#include "econind/table.h"

int ei_write_text(const ei_table *t, FILE *fp, ei_error *err);
int ei_write_csv(const ei_table *t, FILE *fp, ei_error *err);
int ei_write_json(const ei_table *t, FILE *fp, ei_error *err);
int ei_write_markdown(const ei_table *t, FILE *fp, ei_error *err);

#endif
