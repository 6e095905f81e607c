/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file error.h
 * Status codes and the caller-owned error record.
 *
 * Every fallible function returns 0 (EI_OK) or a negative EI_E* code and,
 * when its `err` argument is not NULL, fills the record with a location and a
 * message. There is no global or thread-local error state.
 */
#ifndef ECONIND_ERROR_H
#define ECONIND_ERROR_H

#include <stddef.h>

#include "econind/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status codes: 0 is success, failures are negative. */
typedef enum ei_status {
    EI_OK = 0,
    EI_ENOMEM = -1,    /**< out of memory */
    EI_EIO = -2,       /**< a file could not be opened, read or written */
    EI_EPARSE = -3,    /**< malformed text: a CSV, a period, a number */
    EI_EINVAL = -4,    /**< an argument is out of its domain */
    EI_ENOTFOUND = -5, /**< no such series, period, indicator or unit */
    EI_ECONFLICT = -6, /**< two inputs disagree (duplicate observation) */
    EI_EUNIT = -7,     /**< units that cannot be combined or converted */
    EI_ERANGE = -8,    /**< a number, size or limit is out of range */
    EI_ENCODING = -9,  /**< text is not valid in its declared encoding */
    EI_ENODATA = -10   /**< not enough data for the computation */
} ei_status;

/** Size of the text buffers inside ::ei_error. */
#define EI_ERROR_SOURCE_MAX 256
#define EI_ERROR_TEXT_MAX 320

/**
 * Where and why an operation failed. Plain struct, owned by the caller.
 * `line` and `column` are 1-based; 0 means "not applicable". `column` counts
 * characters (UTF-8 code points) from the start of the line, as GNU tools do.
 * `offset` is the byte offset in the (UTF-8) input, or -1 if unknown.
 */
typedef struct ei_error {
    int code;                           /**< an ::ei_status */
    unsigned long line;                 /**< 1-based line, 0 if none */
    unsigned long column;               /**< 1-based column, 0 if none */
    long long offset;                   /**< byte offset, -1 if unknown */
    char source[EI_ERROR_SOURCE_MAX];   /**< file name or "<buffer>" */
    char text[EI_ERROR_TEXT_MAX];       /**< message, no trailing newline */
} ei_error;

/** Reset an error record to "no error". Accepts NULL. */
EI_API void ei_error_clear(ei_error *err);

/**
 * Format @p err as `source:line:column: text` (parts that are unknown are
 * left out) into @p buf of @p size bytes, always NUL-terminated.
 * @return the length the full text needs, as snprintf does.
 */
EI_API int ei_error_format(const ei_error *err, char *buf, size_t size);

/** A static English description of a status code; never NULL. */
EI_API const char *ei_strerror(int code);

#ifdef __cplusplus
}
#endif

#endif
