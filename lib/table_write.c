/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dispatch to the writers, check the stream, and write files atomically. */
#include <errno.h>
#include <string.h>

#include "atomic_file.h"
#include "error_set.h"
#include "table_writers.h"

static const char *const format_names[] = {
    [EI_FORMAT_TABLE] = "table",
    [EI_FORMAT_CSV] = "csv",
    [EI_FORMAT_JSON] = "json",
    [EI_FORMAT_MARKDOWN] = "markdown",
};

/* Write without flushing; the callers check the stream. */
static int write_any(const ei_table *t, FILE *fp, ei_format fmt,
                     ei_error *err)
{
    switch (fmt) {
    case EI_FORMAT_TABLE: return ei_write_text(t, fp, err);
    case EI_FORMAT_CSV: return ei_write_csv(t, fp, err);
    case EI_FORMAT_JSON: return ei_write_json(t, fp, err);
    case EI_FORMAT_MARKDOWN: return ei_write_markdown(t, fp, err);
    }
    return ei_error_set(err, EI_EINVAL, "unknown output format %d", (int)fmt);
}

int ei_table_write(const ei_table *t, FILE *fp, ei_format fmt, ei_error *err)
{
    if (!t || !fp)
        return ei_error_set(err, EI_EINVAL, "table write: NULL argument");
    int rc = write_any(t, fp, fmt, err);
    if (rc)
        return rc;
    errno = 0;
    if (fflush(fp) != 0 || ferror(fp)) {
        int e = errno ? errno : EIO;
        char reason[128];
        if (strerror_r(e, reason, sizeof reason) != 0)
            snprintf(reason, sizeof reason, "error %d", e);
        return ei_error_set(err, EI_EIO, "write failed: %s", reason);
    }
    return EI_OK;
}

int ei_table_write_file(const ei_table *t, const char *path, ei_format fmt,
                        ei_error *err)
{
    if (!t || !path)
        return ei_error_set(err, EI_EINVAL, "table write: NULL argument");
    if ((unsigned)fmt >= sizeof format_names / sizeof format_names[0])
        return ei_error_set(err, EI_EINVAL, "unknown output format %d",
                            (int)fmt);
    ei_atomic_file af;
    int rc = ei_atomic_file_open(&af, path, err);
    if (rc)
        return rc;
    rc = write_any(t, af.fp, fmt, err);
    if (rc) {
        ei_error_locate(err, path, 0, 0);
        ei_atomic_file_abort(&af);
        return rc;
    }
    return ei_atomic_file_commit(&af, err);
}

/* ASCII case-insensitive equality; strcasecmp would follow the locale. */
static int name_eq(const char *a, const char *b)
{
    for (;; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        if (x != *b)
            return 0;
        if (!x)
            return 1;
    }
}

int ei_format_parse(ei_format *out, const char *name)
{
    if (!out || !name)
        return EI_EINVAL;
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
        if (name_eq(name, format_names[i])) {
            *out = (ei_format)i;
            return EI_OK;
        }
    if (name_eq(name, "text"))
        *out = EI_FORMAT_TABLE;
    else if (name_eq(name, "md"))
        *out = EI_FORMAT_MARKDOWN;
    else
        return EI_EINVAL;
    return EI_OK;
}

const char *ei_format_name(ei_format fmt)
{
    if ((unsigned)fmt >= sizeof format_names / sizeof format_names[0])
        return "unknown";
    return format_names[fmt];
}
