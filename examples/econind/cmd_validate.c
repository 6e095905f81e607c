/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind validate: every problem in the files, each as file:line:column. */
#include "cli.h"

#include <stdio.h>

static int run(int argc, char **argv);

const cli_command cli_validate = {
    "validate", "check files and list every problem as file:line:column",
    "Usage: econind validate [OPTIONS] FILE|DIR...\n\n"
    "Reads each observation file, reporting every bad row (not only the\n"
    "first) as file:line:column: message, then the checks across rows\n"
    "(conflicting duplicates, units). Exit status 1 if any problem.\n",
    run};

static void count_problem(void *ctx, const ei_error *problem)
{
    size_t *count = ctx;
    ++*count;
    cli_print_error(problem);
}

static int run(int argc, char **argv)
{
    cli_common opt;
    size_t npos;
    int rc = cli_parse(&cli_validate, argc, argv, &opt, NULL, NULL, &npos);
    if (rc != CLI_OK)
        return rc;
    if (opt.help)
        return cli_print_help(&cli_validate);
    char **files;
    if ((rc = cli_collect_files(&files, argv, npos, "observations")) != CLI_OK)
        return rc;
    size_t problems = 0, nfiles = 0;
    ei_error err;
    for (char **f = files; *f; f++, nfiles++) {
        ei_dataset *ds = NULL;
        if (ei_dataset_new(&ds, NULL, &err) != EI_OK) {
            cli_print_error(&err);
            cli_free_list(files);
            return CLI_DATA_ERROR;
        }
        /* Lenient reading reports every bad row; what fails the read
         * even then (encoding, conflicts) is one more problem. */
        ei_csv_options copt = EI_CSV_OPTIONS_INIT;
        copt.encoding = opt.encoding;
        copt.lenient = true;
        copt.on_problem = count_problem;
        copt.problem_ctx = &problems;
        if (ei_csv_read_file(ds, *f, &copt, NULL, &err) != EI_OK) {
            cli_print_error(&err);
            problems++;
        }
        ei_dataset_free(ds);
    }
    cli_free_list(files);
    if (problems) {
        fprintf(stderr, "econind: %zu problem%s in %zu file%s\n", problems,
                problems == 1 ? "" : "s", nfiles, nfiles == 1 ? "" : "s");
        return CLI_DATA_ERROR;
    }
    printf("%zu file%s valid\n", nfiles, nfiles == 1 ? "" : "s");
    return CLI_OK;
}
