/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private helpers that fill an ei_error; all accept err == NULL. */
#ifndef ECONIND_ERROR_SET_H
#define ECONIND_ERROR_SET_H

#include "econind/error.h"

/* Set code and message; location cleared. Returns code. */
int ei_error_set(ei_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Set code, source, line, column and message. Returns code. */
int ei_error_set_at(ei_error *err, int code, const char *source,
                    unsigned long line, unsigned long column,
                    const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Give err (which holds a message without location) a location, keeping
 * its text and code. */
void ei_error_locate(ei_error *err, const char *source, unsigned long line,
                     unsigned long column);

#endif
