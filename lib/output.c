/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The public face of the private atomic file writer. */
#include "econind/output.h"

#include <stdlib.h>

#include "atomic_file.h"
#include "error_set.h"

struct ei_output {
    ei_atomic_file af;
};

int ei_output_open(ei_output **out, const char *path, ei_error *err)
{
    if (!out || !path)
        return ei_error_set(err, EI_EINVAL, "output: no path given");
    *out = NULL;
    ei_output *o = calloc(1, sizeof *o);
    if (!o)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    int rc = ei_atomic_file_open(&o->af, path, err);
    if (rc) {
        free(o);
        return rc;
    }
    *out = o;
    return EI_OK;
}

FILE *ei_output_stream(ei_output *o)
{
    return o ? o->af.fp : NULL;
}

int ei_output_commit(ei_output *o, ei_error *err)
{
    if (!o)
        return ei_error_set(err, EI_EINVAL, "output: nothing to commit");
    int rc = ei_atomic_file_commit(&o->af, err);
    free(o);
    return rc;
}

void ei_output_abort(ei_output *o)
{
    if (!o)
        return;
    ei_atomic_file_abort(&o->af);
    free(o);
}
