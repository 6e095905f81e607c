/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file output.h
 * All-or-nothing output files for clients that write their own text (a
 * report, a chart): everything goes to a temporary file beside the target,
 * which replaces the target only on commit. A failure never leaves a
 * half-written file, and an existing file stays untouched.
 *
 * Thread-safe on distinct outputs; one output belongs to one thread.
 */
#ifndef ECONIND_OUTPUT_H
#define ECONIND_OUTPUT_H

#include <stdio.h>

#include "econind/error.h"
#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An output being written (opaque, owning). */
typedef struct ei_output ei_output;

/**
 * Start writing @p path ("-" is standard output).
 * @param out new; released by ei_output_commit() or ei_output_abort();
 *            NULL on failure
 * @return EI_OK, EI_EIO (directory not writable …), EI_ENOMEM
 */
EI_API int ei_output_open(ei_output **out, const char *path, ei_error *err);

/** The stream to write to; borrowed, valid until commit or abort. */
EI_API FILE *ei_output_stream(ei_output *o);

/** Flush, sync and rename the temporary file over the target, then
 *  release @p o. On failure the target is untouched. @return EI_OK or
 *  EI_EIO naming the path. */
EI_API int ei_output_commit(ei_output *o, ei_error *err);

/** Drop what was written and release @p o; NULL is a no-op. */
EI_API void ei_output_abort(ei_output *o);

#ifdef __cplusplus
}
#endif

#endif
