/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A large file loaded by several threads at once: each reads its share
 * with pread() into one buffer. Most of a load's time is the kernel
 * copying pages and the first touch of the buffer's fresh pages, and
 * both go as fast as the threads that do them.
 */
#include "csv_text.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv_chunks.h"
#include "huge_alloc.h"

typedef struct share {
    int fd;
    char *buf;
    size_t from, to;
    bool ok;
} share;

static void *read_share(void *arg)
{
    share *s = arg;
    size_t at = s->from;
    while (at < s->to) {
        ssize_t r = pread(s->fd, s->buf + at, s->to - at, (off_t)at);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return NULL; /* an error, or the file shrank: s->ok stays false */
        at += (size_t)r;
    }
    s->ok = true;
    return NULL;
}

int ei_csv_text_load_split(char **out, size_t *len, const char *path,
                           size_t min, size_t threads)
{
    *out = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return EI_EIO;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)
        || (unsigned long long)st.st_size < min || st.st_size <= 0) {
        close(fd);
        return EI_EIO;
    }
    size_t size = (size_t)st.st_size;
    /* Fewer, larger pages: a page fault per 2 MB instead of per 4 KB
     * (advice only; the kernel may decline). */
    char *buf = ei_huge_alloc(size + 1);
    if (!buf) {
        close(fd);
        return EI_ENOMEM;
    }
    if (threads > EI_CSV_CHUNKS_MAX)
        threads = EI_CSV_CHUNKS_MAX;
    if (threads < 1)
        threads = 1;
    share shares[EI_CSV_CHUNKS_MAX];
    pthread_t th[EI_CSV_CHUNKS_MAX];
    bool started[EI_CSV_CHUNKS_MAX] = {false};
    for (size_t i = 0; i < threads; i++) {
        shares[i].fd = fd;
        shares[i].buf = buf;
        shares[i].from = size / threads * i;
        shares[i].to = i + 1 < threads ? size / threads * (i + 1) : size;
        shares[i].ok = false;
    }
    for (size_t i = 1; i < threads; i++)
        started[i] = pthread_create(&th[i], NULL, read_share, &shares[i]) == 0;
    read_share(&shares[0]);
    bool ok = shares[0].ok;
    for (size_t i = 1; i < threads; i++) {
        if (started[i])
            pthread_join(th[i], NULL);
        else
            read_share(&shares[i]);
        ok = ok && shares[i].ok;
    }
    /* the file must end where fstat said: one more byte means it grew */
    char extra;
    if (ok && pread(fd, &extra, 1, (off_t)size) != 0)
        ok = false;
    close(fd);
    if (!ok) {
        free(buf);
        return EI_EIO;
    }
    *out = buf;
    *len = size;
    return EI_OK;
}
