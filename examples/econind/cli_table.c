/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers that fill result tables the same way in every command. */
#include "cli.h"

#include <math.h>
#include <string.h>

int cli_cell_value(ei_table *t, size_t r, size_t c, double v, ei_reason why,
                   int decimals, ei_error *err)
{
    if (isnan(v))
        return ei_table_set_missing(t, r, c, why ? why : EI_REASON_MISSING,
                                    err);
    return ei_table_set_number(t, r, c, v, decimals, err);
}

int cli_cell_period(ei_table *t, size_t r, size_t c, ei_period p,
                    ei_error *err)
{
    char text[EI_PERIOD_TEXT_MAX];
    ei_period_format(p, text, sizeof text);
    return ei_table_set_text(t, r, c, text, err);
}

int cli_row_for_series(ei_table *t, size_t *r, const ei_series *s,
                       ei_error *err)
{
    int rc = ei_table_add_row(t, r, err);
    if (!rc)
        rc = ei_table_set_text(t, *r, 0, ei_series_region(s), err);
    if (!rc)
        rc = ei_table_set_text(t, *r, 1, ei_series_indicator(s), err);
    return rc;
}

int cli_parse_period(const cli_command *cmd, const char *flag,
                     const char *text, ei_period *p, bool *given)
{
    *given = false;
    if (!text)
        return CLI_OK;
    ei_error err;
    if (ei_period_parse(p, text, strlen(text), &err) != EI_OK)
        return cli_usage_error(cmd, "--%s: %s", flag, err.text);
    *given = true;
    return CLI_OK;
}

int cli_finish(ei_table *t, ei_dataset *ds, int rc, const ei_error *err,
               const cli_common *opt)
{
    int status = CLI_OK;
    if (rc != EI_OK) {
        cli_print_error(err);
        status = CLI_DATA_ERROR;
    } else {
        status = cli_write_table(t, opt);
    }
    ei_table_free(t);
    ei_dataset_free(ds);
    return status;
}
