/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading observation files into a dataset and writing result tables,
 * both through the library. */
#include "cli.h"

#include <stdio.h>

static void print_problem(void *ctx, const ei_error *problem)
{
    (void)ctx;
    char msg[EI_ERROR_SOURCE_MAX + EI_ERROR_TEXT_MAX + 64];
    ei_error_format(problem, msg, sizeof msg);
    fprintf(stderr, "econind: skipped: %s\n", msg);
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
    copt.on_problem = print_problem;
    for (char **f = files; *f; f++) {
        size_t skipped = 0;
        if (ei_csv_read_file(ds, *f, &copt, &skipped, &err) != EI_OK) {
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
