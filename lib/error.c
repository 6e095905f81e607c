/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "error_set.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void ei_error_clear(ei_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->offset = -1;
}

static void copy_source(ei_error *err, const char *source)
{
    if (source)
        snprintf(err->source, sizeof err->source, "%s", source);
    else
        err->source[0] = '\0';
}

int ei_error_set(ei_error *err, int code, const char *fmt, ...)
{
    if (!err)
        return code;
    ei_error_clear(err);
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    va_end(ap);
    return code;
}

int ei_error_set_at(ei_error *err, int code, const char *source,
                    unsigned long line, unsigned long column,
                    const char *fmt, ...)
{
    if (!err)
        return code;
    ei_error_clear(err);
    err->code = code;
    copy_source(err, source);
    err->line = line;
    err->column = column;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    va_end(ap);
    return code;
}

void ei_error_locate(ei_error *err, const char *source, unsigned long line,
                     unsigned long column)
{
    if (!err)
        return;
    copy_source(err, source);
    err->line = line;
    err->column = column;
}

int ei_error_format(const ei_error *err, char *buf, size_t size)
{
    if (!err)
        return snprintf(buf, size, "no error");
    const char *text = err->text[0] ? err->text : ei_strerror(err->code);
    if (err->source[0] && err->line && err->column)
        return snprintf(buf, size, "%s:%lu:%lu: %s", err->source, err->line,
                        err->column, text);
    if (err->source[0] && err->line)
        return snprintf(buf, size, "%s:%lu: %s", err->source, err->line,
                        text);
    if (err->source[0])
        return snprintf(buf, size, "%s: %s", err->source, text);
    return snprintf(buf, size, "%s", text);
}

const char *ei_strerror(int code)
{
    switch (code) {
    case EI_OK: return "success";
    case EI_ENOMEM: return "out of memory";
    case EI_EIO: return "input/output error";
    case EI_EPARSE: return "malformed input";
    case EI_EINVAL: return "invalid argument";
    case EI_ENOTFOUND: return "not found";
    case EI_ECONFLICT: return "conflicting inputs";
    case EI_EUNIT: return "incompatible units";
    case EI_ERANGE: return "out of range";
    case EI_ENCODING: return "invalid text encoding";
    case EI_ENODATA: return "not enough data";
    default: return "unknown error";
    }
}
