/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading observation files into a dataset and writing result tables,
 * both through the library. */
#include "cli.h"
#include "cli_progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_problem(void *ctx, const ei_error *problem)
{
    (void)ctx;
    char msg[EI_ERROR_SOURCE_MAX + EI_ERROR_TEXT_MAX + 64];
    ei_error_format(problem, msg, sizeof msg);
    fprintf(stderr, "econind: skipped: %s\n", msg);
}

/* Read standard input whole ("-" as a file name). */
static int read_stdin(ei_dataset *ds, const ei_csv_options *copt,
                      size_t *skipped, ei_error *err)
{
    size_t len = 0, cap = 65536;
    char *buf = malloc(cap);
    while (buf) {
        len += fread(buf + len, 1, cap - len, stdin);
        if (len < cap)
            break;
        char *p = realloc(buf, cap *= 2);
        if (!p) {
            free(buf);
            buf = NULL;
        } else {
            buf = p;
        }
    }
    if (!buf || ferror(stdin)) {
        free(buf);
        ei_error_clear(err);
        err->code = EI_EIO;
        snprintf(err->text, sizeof err->text, "cannot read standard input");
        return EI_EIO;
    }
    int rc = ei_csv_read_buffer(ds, "<stdin>", buf, len, copt, skipped, err);
    free(buf);
    return rc;
}

int cli_load_dataset(ei_dataset **out, char *const *args, size_t nargs,
                     const cli_common *opt)
{
    *out = NULL;
    char **files = NULL;
    int rc = cli_collect_files(&files, args, nargs, "observations");
    if (rc != CLI_OK)
        return rc;
    if (!files[0]) {
        fprintf(stderr, "econind: no observation files found\n");
        cli_free_list(files);
        return CLI_DATA_ERROR;
    }
    ei_error err;
    ei_dataset *ds = NULL;
    if (ei_dataset_new(&ds, NULL, &err) != EI_OK) {
        cli_print_error(&err);
        cli_free_list(files);
        return CLI_DATA_ERROR;
    }
    ei_csv_options copt = EI_CSV_OPTIONS_INIT;
    copt.encoding = opt->encoding;
    copt.lenient = opt->lenient;
    copt.threads = opt->threads;
    copt.on_problem = print_problem;
    for (char **f = files; *f; f++) {
        size_t skipped = 0;
        cli_progress bar;
        cli_progress_start(&bar, *f);
        copt.on_progress = cli_progress_update;
        copt.progress_ctx = &bar;
        rc = strcmp(*f, "-") == 0
                     ? read_stdin(ds, &copt, &skipped, &err)
                     : ei_csv_read_file(ds, *f, &copt, &skipped, &err);
        cli_progress_end(&bar);
        if (rc != EI_OK) {
            cli_print_error(&err);
            ei_dataset_free(ds);
            cli_free_list(files);
            return CLI_DATA_ERROR;
        }
        if (skipped)
            fprintf(stderr, "econind: %s: %zu rows skipped\n", *f, skipped);
    }
    cli_free_list(files);
    *out = ds;
    return CLI_OK;
}

int cli_write_table(const ei_table *t, const cli_common *opt)
{
    ei_error err;
    const char *path = opt->output ? opt->output : "-";
    if (ei_table_write_file(t, path, opt->format, &err) != EI_OK) {
        cli_print_error(&err);
        return CLI_DATA_ERROR;
    }
    return CLI_OK;
}
