/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "strpool.h"

#include <stdlib.h>
#include <string.h>

#include "econind/error.h"

/* Arena chunks start small (a standalone series interns a few names) and
 * double up to CHUNK_MAX, so a pool of ten names costs a few hundred bytes
 * and a pool of millions of notes costs a malloc per 64 KiB. */
#define CHUNK_MIN 128u
#define CHUNK_MAX 65536u

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    char data[];
} chunk;

/* A hash slot: id 0 marks an empty slot; the hash is kept to skip most
 * string comparisons and to rehash without rereading strings. */
typedef struct slot {
    uint32_t id;
    uint32_t hash;
} slot;

struct ei_strpool {
    chunk *chunks;        /* newest first */
    size_t next_chunk;    /* size of the next chunk to allocate */
    const char **strs;    /* by id; strs[0] is NULL */
    uint32_t *lens;       /* by id */
    uint32_t count;       /* ids in use, including 0 */
    uint32_t cap;
    slot *table;
    uint32_t mask;        /* table size - 1; table size is a power of 2 */
};

uint32_t ei_hash_bytes(const void *data, size_t len)
{
    const unsigned char *b = data;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= b[i];
        h *= 16777619u;
    }
    return h;
}

ei_strpool *ei_strpool_new(void)
{
    ei_strpool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->next_chunk = CHUNK_MIN;
    p->cap = 8;
    p->strs = malloc(p->cap * sizeof *p->strs);
    p->lens = malloc(p->cap * sizeof *p->lens);
    p->table = calloc(16, sizeof *p->table);
    if (!p->strs || !p->lens || !p->table) {
        ei_strpool_free(p);
        return NULL;
    }
    p->mask = 15;
    p->strs[0] = NULL;
    p->lens[0] = 0;
    p->count = 1;
    return p;
}

void ei_strpool_free(ei_strpool *p)
{
    if (!p)
        return;
    chunk *c = p->chunks;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(p->strs);
    free(p->lens);
    free(p->table);
    free(p);
}

static uint32_t lookup(const ei_strpool *p, const char *s, size_t len,
                       uint32_t h, uint32_t *pos)
{
    uint32_t i = h & p->mask;
    for (;;) {
        uint32_t id = p->table[i].id;
        if (id == 0) {
            *pos = i;
            return 0;
        }
        if (p->table[i].hash == h && p->lens[id] == len
            && memcmp(p->strs[id], s, len) == 0)
            return id;
        i = (i + 1) & p->mask;
    }
}

uint32_t ei_strpool_find(const ei_strpool *p, const char *s, size_t len)
{
    if (!p || !s)
        return 0;
    uint32_t pos;
    return lookup(p, s, len, ei_hash_bytes(s, len), &pos);
}

static int grow_table(ei_strpool *p)
{
    size_t size = ((size_t)p->mask + 1) * 2;
    if (size > ((size_t)1 << 32))
        return EI_ERANGE;
    slot *t = calloc(size, sizeof *t);
    if (!t)
        return EI_ENOMEM;
    uint32_t mask = (uint32_t)(size - 1);
    for (size_t i = 0; i <= p->mask; i++) {
        if (!p->table[i].id)
            continue;
        uint32_t j = p->table[i].hash & mask;
        while (t[j].id)
            j = (j + 1) & mask;
        t[j] = p->table[i];
    }
    free(p->table);
    p->table = t;
    p->mask = mask;
    return EI_OK;
}

static char *arena_copy(ei_strpool *p, const char *s, size_t len)
{
    chunk *c = p->chunks;
    if (!c || c->size - c->used < len + 1) {
        size_t size = p->next_chunk;
        if (size < len + 1)
            size = len + 1;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->size = size;
        c->used = 0;
        c->next = p->chunks;
        p->chunks = c;
        if (p->next_chunk < CHUNK_MAX)
            p->next_chunk *= 2;
    }
    char *dst = c->data + c->used;
    memcpy(dst, s, len);
    dst[len] = '\0';
    c->used += len + 1;
    return dst;
}

int ei_strpool_intern(ei_strpool *p, const char *s, size_t len, uint32_t *id)
{
    *id = 0;
    if (!s)
        return EI_OK;
    if (len > UINT32_MAX)
        return EI_ERANGE;
    uint32_t h = ei_hash_bytes(s, len);
    uint32_t pos;
    uint32_t found = lookup(p, s, len, h, &pos);
    if (found) {
        *id = found;
        return EI_OK;
    }
    if (p->count == UINT32_MAX)
        return EI_ERANGE;
    /* Keep the load factor at or below 1/2. */
    if ((size_t)(p->count + 1) * 2 > (size_t)p->mask + 1) {
        int rc = grow_table(p);
        if (rc)
            return rc;
        lookup(p, s, len, h, &pos);
    }
    if (p->count == p->cap) {
        uint32_t cap = p->cap > UINT32_MAX / 2 ? UINT32_MAX : p->cap * 2;
        const char **strs = realloc(p->strs, (size_t)cap * sizeof *strs);
        if (!strs)
            return EI_ENOMEM;
        p->strs = strs;
        uint32_t *lens = realloc(p->lens, (size_t)cap * sizeof *lens);
        if (!lens)
            return EI_ENOMEM;
        p->lens = lens;
        p->cap = cap;
    }
    char *copy = arena_copy(p, s, len);
    if (!copy)
        return EI_ENOMEM;
    uint32_t nid = p->count++;
    p->strs[nid] = copy;
    p->lens[nid] = (uint32_t)len;
    p->table[pos].id = nid;
    p->table[pos].hash = h;
    *id = nid;
    return EI_OK;
}

int ei_strpool_intern_cstr(ei_strpool *p, const char *s, uint32_t *id)
{
    return ei_strpool_intern(p, s, s ? strlen(s) : 0, id);
}

int ei_strpool_intern_last(ei_strpool *p, const char *s, uint32_t *last,
                           uint32_t *id, bool *fresh)
{
    if (fresh)
        *fresh = false;
    if (!s || !*s) {
        *id = 0;
        return EI_OK;
    }
    if (*last && strcmp(p->strs[*last], s) == 0) {
        *id = *last;
        return EI_OK;
    }
    uint32_t before = p->count;
    int rc = ei_strpool_intern_cstr(p, s, id);
    if (rc)
        return rc;
    if (fresh)
        *fresh = *id >= before;
    *last = *id;
    return EI_OK;
}

const char *ei_strpool_str(const ei_strpool *p, uint32_t id)
{
    if (!p || id == 0 || id >= p->count)
        return NULL;
    return p->strs[id];
}

uint32_t ei_strpool_limit(const ei_strpool *p)
{
    return p ? p->count : 0;
}
