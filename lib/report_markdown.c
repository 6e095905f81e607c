/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as Markdown: headings, sentences and the library's Markdown
 * tables; no charts (they are in the HTML report and `econind chart`). */
#include <stdio.h>

#include "report_model.h"

static void paragraphs(FILE *fp, const rp_text *t)
{
    for (size_t i = 0; i < t->n; i++)
        fprintf(fp, "%s\n\n", t->items[i]);
}

static void bullets(FILE *fp, const char *label, const rp_text *t)
{
    if (!t->n)
        return;
    if (label)
        fprintf(fp, "**%s**\n\n", label);
    for (size_t i = 0; i < t->n; i++)
        fprintf(fp, "- %s\n", t->items[i]);
    fputc('\n', fp);
}

static int indicator(FILE *fp, const rp_indicator *ri, ei_error *err)
{
    if (*ri->name_en)
        fprintf(fp, "## %s (%s), %s\n\n", ri->name, ri->name_en, ri->unit);
    else
        fprintf(fp, "## %s, %s\n\n", ri->name, ri->unit);
    if (!ri->found) {
        fputs("No figures in the data.\n\n", fp);
        return EI_OK;
    }
    paragraphs(fp, &ri->notes);
    int rc = ei_table_write(ri->table, fp, EI_FORMAT_MARKDOWN, err);
    if (rc)
        return rc;
    fputc('\n', fp);
    bullets(fp, "Caveats.", &ri->caveats);
    bullets(fp, "Revisions of estimates.", &ri->revisions);
    if (ri->projection.n) {
        fputs("**Projection.** ", fp);
        for (size_t i = 0; i < ri->projection.n; i++)
            fprintf(fp, "%s%s", i ? " " : "", ri->projection.items[i]);
        fputs("\n\n", fp);
    }
    if (ri->proj_table) {
        rc = ei_table_write(ri->proj_table, fp, EI_FORMAT_MARKDOWN, err);
        fputc('\n', fp);
    }
    return rc;
}

int rp_write_markdown(const ei_report *r, FILE *fp, ei_error *err)
{
    fprintf(fp, "# %s: district report%s%s\n\n", r->region,
            *r->as_of ? " as of " : "", r->as_of);
    paragraphs(fp, &r->summary);
    fputs("## At a glance\n\n", fp);
    int rc = ei_table_write(r->glance, fp, EI_FORMAT_MARKDOWN, err);
    fputc('\n', fp);
    if (!rc && r->targets && ei_table_rows(r->targets)) {
        fputs("## Targets\n\n", fp);
        rc = ei_table_write(r->targets, fp, EI_FORMAT_MARKDOWN, err);
        fputc('\n', fp);
    }
    if (!rc && r->plans && ei_table_rows(r->plans)) {
        fputs("## Plan completion against time\n\n", fp);
        rc = ei_table_write(r->plans, fp, EI_FORMAT_MARKDOWN, err);
        fputc('\n', fp);
    }
    if (!rc && (r->scorecard || r->tasks)) {
        fputs("## Plan review and tasks\n\n", fp);
        paragraphs(fp, &r->review);
        if (r->scorecard)
            rc = ei_table_write(r->scorecard, fp, EI_FORMAT_MARKDOWN, err);
        if (r->scorecard)
            fputc('\n', fp);
        if (!rc && r->tasks) {
            rc = ei_table_write(r->tasks, fp, EI_FORMAT_MARKDOWN, err);
            fputc('\n', fp);
        }
        bullets(fp, "Overdue tasks.", &r->overdue);
    }
    for (size_t i = 0; i < r->n && !rc; i++)
        rc = indicator(fp, &r->ind[i], err);
    return rc;
}
