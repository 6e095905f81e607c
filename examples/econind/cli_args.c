/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Flag parsing shared by every command: one syntax everywhere
 * (--name value, --name=value, -o value, -h). */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_print_error(const ei_error *err)
{
    char msg[EI_ERROR_SOURCE_MAX + EI_ERROR_TEXT_MAX + 64];
    ei_error_format(err, msg, sizeof msg);
    fprintf(stderr, "econind: %s\n", msg);
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "econind %s: ", cmd ? cmd->name : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'econind %s --help'.\n", cmd ? cmd->name : "");
    return CLI_USAGE;
}

int cli_print_help(const cli_command *cmd)
{
    printf("econind %s - %s\n\n%s", cmd->name, cmd->summary, cmd->usage);
    printf("\nCommon options:\n"
           "  --region R        only series of region R (地区)\n"
           "  --indicator I     only indicator I (code, Chinese or English "
           "name)\n"
           "  --format F        table (default), csv, json or markdown\n"
           "  -o, --output F    write to F (through a temporary file and a "
           "rename); - is stdout\n"
           "  --encoding E      auto (default), utf8 or gbk\n"
           "  --lenient         skip bad rows, reporting each\n"
           "  --threads N       threads for reading large files (default: "
           "one per processor;\n"
           "                    1 reads on one thread; results are the same)\n"
           "  -h, --help        this help\n"
           "\nExit status: 0 ok, 1 data error, 2 usage error.\n");
    return CLI_OK;
}

/* The value of --name: "--name=v" or the next argument. */
static const char *flag_value(int argc, char **argv, int *i, const char *arg,
                              size_t namelen)
{
    if (arg[namelen] == '=')
        return arg + namelen + 1;
    if (*i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static bool flag_is(const char *arg, const char *name, size_t *len)
{
    *len = strlen(name);
    return strncmp(arg, name, *len) == 0 &&
           (arg[*len] == '\0' || arg[*len] == '=');
}

static int parse_encoding(ei_encoding *out, const char *v)
{
    if (strcmp(v, "auto") == 0)
        *out = EI_ENCODING_AUTO;
    else if (strcmp(v, "utf8") == 0 || strcmp(v, "utf-8") == 0)
        *out = EI_ENCODING_UTF8;
    else if (strcmp(v, "gbk") == 0 || strcmp(v, "gb18030") == 0)
        *out = EI_ENCODING_GBK;
    else
        return -1;
    return 0;
}

int cli_parse(const cli_command *cmd, int argc, char **argv, cli_common *opt,
              const char *const *extra, const char **extra_values,
              size_t *npos)
{
    memset(opt, 0, sizeof *opt);
    opt->format = EI_FORMAT_TABLE;
    size_t pos = 0;
    bool only_positional = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        size_t n;
        const char *v;
        if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
            argv[pos++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = true;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            opt->help = true;
            continue;
        }
        if (strcmp(a, "--lenient") == 0) {
            opt->lenient = true;
            continue;
        }
        if (strcmp(a, "--allow-incomplete") == 0) {
            opt->allow_incomplete = true;
            continue;
        }
        const char **slot = NULL;
        if (flag_is(a, "--region", &n))
            slot = &opt->region;
        else if (flag_is(a, "--indicator", &n))
            slot = &opt->indicator;
        else if (flag_is(a, "--output", &n) || flag_is(a, "-o", &n))
            slot = &opt->output;
        if (slot) {
            if (!(v = flag_value(argc, argv, &i, a, n)))
                return cli_usage_error(cmd, "%s needs a value", a);
            *slot = v;
            continue;
        }
        if (flag_is(a, "--format", &n)) {
            if (!(v = flag_value(argc, argv, &i, a, n)))
                return cli_usage_error(cmd, "--format needs a value");
            if (ei_format_parse(&opt->format, v) != EI_OK)
                return cli_usage_error(cmd, "unknown format '%s' (table, "
                                       "csv, json, markdown)", v);
            continue;
        }
        if (flag_is(a, "--threads", &n)) {
            if (!(v = flag_value(argc, argv, &i, a, n)))
                return cli_usage_error(cmd, "--threads needs a value");
            char *end;
            unsigned long t = strtoul(v, &end, 10);
            if (!*v || *end || t < 1 || t > 256)
                return cli_usage_error(cmd, "--threads: '%s' is not a "
                                       "number from 1 to 256", v);
            opt->threads = (unsigned)t;
            continue;
        }
        if (flag_is(a, "--encoding", &n)) {
            if (!(v = flag_value(argc, argv, &i, a, n)))
                return cli_usage_error(cmd, "--encoding needs a value");
            if (parse_encoding(&opt->encoding, v) != 0)
                return cli_usage_error(cmd, "unknown encoding '%s' (auto, "
                                       "utf8, gbk)", v);
            continue;
        }
        bool matched = false;
        for (size_t k = 0; extra && extra[k]; k++) {
            char name[64];
            size_t len = strlen(extra[k]);
            bool is_switch = len && extra[k][len - 1] == '?';
            snprintf(name, sizeof name, "--%.*s", (int)(len - is_switch),
                     extra[k]);
            if (is_switch && strcmp(a, name) == 0) {
                extra_values[k] = "yes";
                matched = true;
                break;
            }
            if (!is_switch && flag_is(a, name, &n)) {
                if (!(v = flag_value(argc, argv, &i, a, n)))
                    return cli_usage_error(cmd, "%s needs a value", name);
                extra_values[k] = v;
                matched = true;
                break;
            }
        }
        if (!matched)
            return cli_usage_error(cmd, "unknown option '%s'", a);
    }
    *npos = pos;
    return CLI_OK;
}

bool cli_series_selected(const ei_dataset *ds, const ei_series *s,
                         const cli_common *opt)
{
    if (opt->region && strcmp(opt->region, ei_series_region(s)) != 0)
        return false;
    if (!opt->indicator)
        return true;
    if (strcmp(opt->indicator, ei_series_indicator(s)) == 0)
        return true;
    const ei_indicator *want =
        ei_registry_find(ei_dataset_registry(ds), opt->indicator);
    return want && want == ei_series_registered(s);
}
