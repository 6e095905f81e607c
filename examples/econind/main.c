/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind: the command table and dispatch. */
#include "cli.h"

#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <string.h>

static void print_overview(FILE *fp)
{
    fprintf(fp, "econind %s - economic indicators against their plans\n\n"
                "Usage: econind COMMAND [OPTIONS] [FILE|DIR...]\n\n"
                "Commands:\n", ei_version());
    for (const cli_command *const *c = cli_commands; *c; c++)
        fprintf(fp, "  %-10s %s\n", (*c)->name, (*c)->summary);
    fprintf(fp, "\nWith no FILE, commands read the bundled datasets.\n"
                "'econind COMMAND --help' describes a command.\n");
}

const cli_command *cli_find_command(const char *name)
{
    for (const cli_command *const *c = cli_commands; *c; c++)
        if (strcmp((*c)->name, name) == 0)
            return *c;
    return NULL;
}

int main(int argc, char **argv)
{
    /* The library never touches GSL's process-wide handler; the program
     * may: errors are reported through return codes instead of aborts. */
    gsl_set_error_handler_off();

    if (argc < 2) {
        print_overview(stderr);
        return CLI_USAGE;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 ||
        strcmp(argv[1], "help") == 0) {
        if (argc > 2 && cli_find_command(argv[2]))
            return cli_print_help(cli_find_command(argv[2]));
        print_overview(stdout);
        return CLI_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("econind %s\n", ei_version());
        return CLI_OK;
    }
    const cli_command *cmd = cli_find_command(argv[1]);
    if (!cmd) {
        fprintf(stderr, "econind: unknown command '%s'\n\n", argv[1]);
        print_overview(stderr);
        return CLI_USAGE;
    }
    return cmd->run(argc - 1, argv + 1);
}
