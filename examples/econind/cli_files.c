/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which files a command reads: named files, files found in named
 * directories by their stem (observations*.csv, targets*.csv …), or the
 * bundled datasets. */
#include "cli.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef ECONIND_DATASETS_INSTALLED
#define ECONIND_DATASETS_INSTALLED "/usr/local/share/econind/datasets"
#endif
#ifndef ECONIND_DATASETS_SOURCE
#define ECONIND_DATASETS_SOURCE "datasets"
#endif

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_datasets_dir(void)
{
    const char *env = getenv("ECONIND_DATASETS");
    if (env && *env)
        return env;
    if (is_dir(ECONIND_DATASETS_SOURCE))
        return ECONIND_DATASETS_SOURCE;
    return ECONIND_DATASETS_INSTALLED;
}

typedef struct list {
    char **items;
    size_t n, cap;
} list;

static int list_push(list *l, const char *s)
{
    if (l->n + 2 > l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **p = realloc(l->items, cap * sizeof *p);
        if (!p)
            return -1;
        l->items = p;
        l->cap = cap;
    }
    if (!(l->items[l->n] = strdup(s)))
        return -1;
    l->items[++l->n] = NULL;
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool matches_kind(const char *name, const char *kind)
{
    size_t n = strlen(name), k = strlen(kind);
    return n > 4 && strncmp(name, kind, k) == 0 &&
           strcmp(name + n - 4, ".csv") == 0;
}

/* Depth-first, sorted, so the order (and every figure) is reproducible. */
static int walk(list *l, const char *dir, const char *kind, int depth)
{
    if (depth > 8)
        return 0;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "econind: %s: cannot open directory\n", dir);
        return -1;
    }
    list names = {0};
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(d)) && rc == 0)
        if (e->d_name[0] != '.')
            rc = list_push(&names, e->d_name);
    closedir(d);
    if (names.n)
        qsort(names.items, names.n, sizeof *names.items, by_name);
    for (size_t i = 0; i < names.n && rc == 0; i++) {
        size_t len = strlen(dir) + strlen(names.items[i]) + 2;
        char *path = malloc(len);
        if (!path) {
            rc = -1;
            break;
        }
        snprintf(path, len, "%s/%s", dir, names.items[i]);
        if (is_dir(path))
            rc = walk(l, path, kind, depth + 1);
        else if (matches_kind(names.items[i], kind))
            rc = list_push(l, path);
        free(path);
    }
    cli_free_list(names.items);
    return rc;
}

void cli_free_list(char **items)
{
    if (!items)
        return;
    for (char **p = items; *p; p++)
        free(*p);
    free(items);
}

int cli_collect_files(char ***out, char *const *args, size_t nargs,
                      const char *kind)
{
    list l = {0};
    const char *bundled = cli_datasets_dir();
    int rc = 0;
    if (nargs == 0) {
        if (!is_dir(bundled)) {
            fprintf(stderr, "econind: no files given and no bundled datasets "
                            "at %s (set ECONIND_DATASETS)\n", bundled);
            return CLI_DATA_ERROR;
        }
        rc = walk(&l, bundled, kind, 0);
    }
    for (size_t i = 0; i < nargs && rc == 0; i++)
        rc = is_dir(args[i]) ? walk(&l, args[i], kind, 0)
                             : list_push(&l, args[i]);
    if (rc != 0) {
        cli_free_list(l.items);
        return CLI_DATA_ERROR;
    }
    if (!l.items && list_push(&l, "") == 0) { /* an empty list, not NULL */
        free(l.items[0]);
        l.items[0] = NULL;
    }
    *out = l.items;
    return l.items ? CLI_OK : CLI_DATA_ERROR;
}

int cli_kind_files(char ***out, const char *flag_file, char *const *args,
                   size_t nargs, const char *kind)
{
    if (flag_file) {
        char *one[] = {strdup(flag_file)};
        int rc = one[0] ? cli_collect_files(out, one, 1, kind)
                        : CLI_DATA_ERROR;
        free(one[0]);
        return rc;
    }
    /* only the directories among ARGS: named files are observations */
    size_t ndirs = 0;
    char **dirs = calloc(nargs + 1, sizeof *dirs);
    if (!dirs)
        return CLI_DATA_ERROR;
    for (size_t i = 0; i < nargs; i++)
        if (is_dir(args[i]))
            dirs[ndirs++] = args[i];
    int rc = cli_collect_files(out, dirs, ndirs, kind);
    free(dirs);
    return rc;
}
