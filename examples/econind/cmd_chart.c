/* SPDX-License-Identifier: GPL-3.0-or-later */
/* econind chart: one chart of the report as a standalone SVG or PNG. */
#include "cli_report.h"

#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const cli_command cli_chart = {
    "chart", "a chart of the report as an SVG or PNG file",
    "Usage: econind chart [OPTIONS] [FILE|DIR...] [--kind K] -o OUT\n\n"
    "The charts of the report, one at a time:\n"
    "  --kind level     levels of --indicator (default GDP), estimates\n"
    "                   hollow, the projection fan and level targets\n"
    "  --kind growth    reported and derived growth with growth targets\n"
    "  --kind plans     plan completion against time elapsed (bars)\n"
    "  --format F       svg or png; without it, -o FILE.png writes PNG and\n"
    "                   anything else (and '-', standard output) SVG\n"
    "  --width W, --height H   size in pixels (default 720 x 340)\n"
    "Also takes the report's --region, --as-of, --horizon, --targets and\n"
    "--plans. Chinese labels need a CJK font (Debian: fonts-noto-cjk).\n",
    run};

static int parse_size(const char *v, int *out)
{
    char *end;
    long n = v ? strtol(v, &end, 10) : 0;
    if (v && (*end || n < 64 || n > 8192))
        return cli_usage_error(&cli_chart, "size '%s' outside 64-8192", v);
    *out = (int)n;
    return CLI_OK;
}

/* Take "--NAME V" out of argv (the report's parser does not know it). */
static const char *take_flag(int *argc, char **argv, const char *name)
{
    size_t n = strlen(name);
    const char *v = NULL;
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        if (strncmp(argv[i], name, n) == 0 && argv[i][n] == '=') {
            v = argv[i] + n + 1;
            continue;
        }
        if (strcmp(argv[i], name) == 0 && i + 1 < *argc) {
            v = argv[++i];
            continue;
        }
        argv[out++] = argv[i];
    }
    *argc = out;
    return v;
}

static int run(int argc, char **argv)
{
    static const char *const formats[] = {"svg", "png", NULL};
    const char *fmt_name = NULL;
    cli_take_format(&argc, argv, formats, &fmt_name);
    const char *kind_name = take_flag(&argc, argv, "--kind");
    const char *w = take_flag(&argc, argv, "--width");
    const char *h = take_flag(&argc, argv, "--height");
    int width = 0, height = 0, rc;
    if ((rc = parse_size(w, &width)) || (rc = parse_size(h, &height)))
        return rc;
    ei_report_chart_kind kind = EI_REPORT_CHART_LEVEL;
    if (kind_name && strcmp(kind_name, "growth") == 0)
        kind = EI_REPORT_CHART_GROWTH;
    else if (kind_name && strcmp(kind_name, "plans") == 0)
        kind = EI_REPORT_CHART_PLANS;
    else if (kind_name && strcmp(kind_name, "level") != 0)
        return cli_usage_error(&cli_chart, "unknown kind '%s' (level, "
                               "growth, plans)", kind_name);
    cli_common opt;
    ei_report *r = NULL;
    rc = cli_report_build(&r, &cli_chart, argc, argv, &opt);
    if (rc != CLI_OK || !r)
        return rc;
    const char *path = opt.output ? opt.output : "-";
    const char *dot = strrchr(path, '.');
    ei_image_format fmt =
        dot && strcmp(dot, ".png") == 0 ? EI_IMAGE_PNG : EI_IMAGE_SVG;
    if (fmt_name)
        ei_image_format_parse(&fmt, fmt_name);
    const ei_chart *c = ei_report_chart(r, kind, 0);
    ei_error err;
    if (!c) {
        fprintf(stderr, "econind: no %s chart: %s\n",
                kind_name ? kind_name : "level",
                kind == EI_REPORT_CHART_PLANS
                    ? "no plan has a year-to-date figure"
                    : "no figures for the indicator");
        rc = CLI_DATA_ERROR;
    } else if (ei_chart_write_file(c, path, fmt, width, height, &err) !=
               EI_OK) {
        cli_print_error(&err);
        rc = CLI_DATA_ERROR;
    }
    ei_report_free(r);
    return rc;
}
