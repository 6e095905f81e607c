/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A scratch directory per test for the file-writing tests, under BUILDDIR
 * (set by tests/meson.build) or /tmp, with helpers to inspect it. */
#ifndef ECONIND_TMPDIR_FIXTURE_H
#define ECONIND_TMPDIR_FIXTURE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Create a fresh directory; returns its malloc'ed path. */
static inline char *scratch_dir(void)
{
    const char *base = getenv("BUILDDIR");
    char *path = malloc(4096);
    snprintf(path, 4096, "%s/ei_test_XXXXXX", base ? base : "/tmp");
    if (!mkdtemp(path)) {
        free(path);
        return NULL;
    }
    return path;
}

/* dir/name as a malloc'ed path. */
static inline char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Number of entries in dir, . and .. excluded. */
static inline int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (!d)
        return -1;
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

/* Whole file as a malloc'ed string, or NULL. */
static inline char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    char *buf = malloc(65536);
    size_t n = fread(buf, 1, 65535, fp);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

static inline void spit(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
}

/* Remove dir and the plain files in it. */
static inline void remove_dir(char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        for (struct dirent *e; (e = readdir(d));)
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
                char *p = join(dir, e->d_name);
                if (remove(p) != 0)
                    rmdir(p);
                free(p);
            }
        closedir(d);
    }
    rmdir(dir);
    free(dir);
}

#endif
