/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: write a file all or nothing. Output goes to a temporary file
 * `<path>.tmp.XXXXXX` beside the target; commit flushes, fsyncs, closes and
 * renames it over the target; abort (or any failure in commit) removes it,
 * so an existing target is never left half-written. The path "-" means
 * standard output: commit only flushes it, abort does nothing. A replaced
 * file keeps its permission bits; a symbolic link at path is replaced by
 * the new file, not followed. The directory must be writable.
 *
 *     ei_atomic_file af;
 *     if ((rc = ei_atomic_file_open(&af, path, err)))
 *         return rc;
 *     if ((rc = write_things(af.fp, err))) {
 *         ei_atomic_file_abort(&af);
 *         return rc;
 *     }
 *     return ei_atomic_file_commit(&af, err);
 *
 * Errors are EI_EIO (EI_ENOMEM for memory) with the target path as the
 * error's source and strerror(errno) in its text. */
#ifndef ECONIND_ATOMIC_FILE_H
#define ECONIND_ATOMIC_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "econind/error.h"

typedef struct ei_atomic_file {
    FILE *fp;        /* write here; NULL once committed or aborted */
    char *tmp_path;  /* the temporary file's name; NULL for stdout */
    char *path;      /* the target (copy) */
    bool is_stdout;
} ei_atomic_file;

/* Open a temporary file for path. On failure af->fp is NULL and nothing
 * is left to clean up. */
int ei_atomic_file_open(ei_atomic_file *af, const char *path, ei_error *err);

/* Flush, fsync and close the temporary file and rename it to the target.
 * On failure the temporary file is removed and the target untouched.
 * Releases af in every case. */
int ei_atomic_file_commit(ei_atomic_file *af, ei_error *err);

/* Close and remove the temporary file; the target is untouched. Releases
 * af; a no-op on a released af. */
void ei_atomic_file_abort(ei_atomic_file *af);

#endif
