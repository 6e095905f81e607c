/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Private: a string interner. Each distinct string is stored once, in
 * arena chunks that never move, and named by a dense 32-bit id (0 means "no
 * string", i.e. NULL). Datasets use it so that a row costs no malloc and an
 * observation stores 4-byte ids instead of pointers; the registry uses the
 * ids to index its names.
 *
 * Pointers returned by ei_strpool_str() stay valid until the pool is freed,
 * whatever is interned later. Not synchronised.
 */
#ifndef ECONIND_STRPOOL_H
#define ECONIND_STRPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ei_strpool ei_strpool;

/* A new empty pool; NULL when out of memory. */
ei_strpool *ei_strpool_new(void);

/* Free @p p; NULL is a no-op. */
void ei_strpool_free(ei_strpool *p);

/* The id of the @p len bytes at @p s, copying them in if new. A NULL @p s
 * gives id 0. Returns 0 (EI_OK) or EI_ENOMEM / EI_ERANGE (more than 2^32-2
 * strings); on failure the pool is unchanged. */
int ei_strpool_intern(ei_strpool *p, const char *s, size_t len,
                      uint32_t *id);

/* As ei_strpool_intern() for a NUL-terminated string (NULL gives 0). */
int ei_strpool_intern_cstr(ei_strpool *p, const char *s, uint32_t *id);

/* ei_strpool_intern_cstr() through a one-entry cache: *last is the id of
 * the last string of the same field (files repeat them row after row) and
 * becomes this one's. "" and NULL give 0 and leave *last. *fresh (may be
 * NULL) tells whether the string was new to the pool. */
int ei_strpool_intern_last(ei_strpool *p, const char *s, uint32_t *last,
                           uint32_t *id, bool *fresh);

/* The id of the string if present, else 0. */
uint32_t ei_strpool_find(const ei_strpool *p, const char *s, size_t len);

/* The string of @p id (NUL-terminated), NULL for 0 or an unknown id. */
const char *ei_strpool_str(const ei_strpool *p, uint32_t id);

/* Number of strings plus one (ids run from 1 to this minus one). */
uint32_t ei_strpool_limit(const ei_strpool *p);

/* 32-bit FNV-1a of @p len bytes. */
uint32_t ei_hash_bytes(const void *data, size_t len);

#endif
