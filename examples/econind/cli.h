/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The econind command line: a thin client of <econind/econind.h>. Commands
 * parse their flags, call the library, and hand tables to its writers; they
 * never parse data files or compute figures themselves.
 */
#ifndef ECONIND_CLI_H
#define ECONIND_CLI_H

#include <econind/econind.h>

#include <stdbool.h>
#include <stddef.h>

/* Exit codes. */
enum { CLI_OK = 0, CLI_DATA_ERROR = 1, CLI_USAGE = 2 };

/* A command: name, one-line summary, usage text, entry point. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    const char *usage;
    int (*run)(int argc, char **argv);
} cli_command;

/* Options most commands share. */
typedef struct cli_common {
    const char *region;     /* --region */
    const char *indicator;  /* --indicator */
    const char *output;     /* -o/--output, "-" for stdout */
    ei_format format;       /* --format */
    ei_encoding encoding;   /* --encoding */
    bool lenient;           /* --lenient */
    unsigned threads;       /* --threads, 0 for the default */
    bool allow_incomplete;  /* --allow-incomplete (aggregate) */
    bool help;              /* -h/--help */
} cli_common;

/* Print "econind: <formatted error>" to stderr. */
void cli_print_error(const ei_error *err);

/* Print "econind CMD: message" and the usage hint to stderr; returns
 * CLI_USAGE. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Print a command's help to stdout; returns CLI_OK. */
int cli_print_help(const cli_command *cmd);

/* The command table, NULL-terminated, and a lookup. */
extern const cli_command *const cli_commands[];
const cli_command *cli_find_command(const char *name);

/* Directory of the bundled datasets: $ECONIND_DATASETS, else the installed
 * copy, else the source tree's. */
const char *cli_datasets_dir(void);

/* The files to read for ARGS (files, or directories searched for
 * observations*.csv), or the bundled datasets when there are none.
 * kind is "observations", "targets", "plans", "tasks" or "scorecard": the
 * stem of the file names to collect from directories. The list is
 * NULL-terminated; free with cli_free_list(). Returns CLI_OK or an exit
 * code after printing why. */
int cli_collect_files(char ***out, char *const *args, size_t nargs,
                      const char *kind);
void cli_free_list(char **list);

/* Read the observation files of ARGS into a new dataset (bundled datasets
 * when nargs is 0). Prints errors; returns an exit code. */
int cli_load_dataset(ei_dataset **out, char *const *args, size_t nargs,
                     const cli_common *opt);

/* The files of one kind ("targets", "plans", "scorecard", "tasks") to read:
 * the file named by the command's flag if given, else those found by name
 * in the directories among ARGS, else in the bundled datasets. */
int cli_kind_files(char ***out, const char *flag_file, char *const *args,
                   size_t nargs, const char *kind);

/* Write a table in the requested format to opt->output (stdout by
 * default) through the library's atomic writer. */
int cli_write_table(const ei_table *t, const cli_common *opt);

/* Parse the shared flags; the rest (positional arguments) are moved to the
 * front of argv and counted in *npos. Unknown flags are a usage error
 * unless the command lists them in `extra` (NULL-terminated long names
 * without dashes, each taking a value, or ending in '?' for a switch that
 * takes none and is set to "yes"), whose values go to extra_values. */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_common *opt,
              const char *const *extra, const char **extra_values,
              size_t *npos);

/* True when series s matches --region and --indicator (through the
 * dataset's registry). */
bool cli_series_selected(const ei_dataset *ds, const ei_series *s,
                         const cli_common *opt);

/* Table cells: a number, or the reason there is none (NaN value). */
int cli_cell_value(ei_table *t, size_t r, size_t c, double v, ei_reason why,
                   int decimals, ei_error *err);
/* A period cell in canonical text. */
int cli_cell_period(ei_table *t, size_t r, size_t c, ei_period p,
                    ei_error *err);
/* Append a row and fill columns 0 and 1 with the series' region and
 * indicator. */
int cli_row_for_series(ei_table *t, size_t *r, const ei_series *s,
                       ei_error *err);
/* Parse an optional period flag value; a usage error names the flag. */
int cli_parse_period(const cli_command *cmd, const char *flag,
                     const char *text, ei_period *p, bool *given);
/* Run a table-producing command body: print err and free on failure,
 * write the table on success. Frees t and ds in every case. */
int cli_finish(ei_table *t, ei_dataset *ds, int rc, const ei_error *err,
               const cli_common *opt);

#endif
