/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as one self-contained HTML page: inline CSS, inline SVG
 * charts (cairo's SVG with ids made unique per chart), tables from the
 * library's tables. Nothing is fetched from the network. */
#include <stdlib.h>
#include <string.h>

#include "chart_priv.h"
#include "econind/version.h"
#include "error_set.h"
#include "report_model.h"

/* Inline charts: two side by side on a page 1180 pixels wide, their text
 * at about its drawn size. */
#define RP_INLINE_WIDTH 560
#define RP_INLINE_HEIGHT 300

static const char style[] =
    "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"PingFang SC\","
    "\"Microsoft YaHei\",system-ui,sans-serif;margin:0;color:#222;"
    "background:#f6f7f9;line-height:1.5}\n"
    "main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}\n"
    "header{background:#1f3b57;color:#fff;padding:20px 32px}\n"
    "header h1{margin:0;font-size:26px}header p{margin:4px 0 0;opacity:.85}\n"
    "section{background:#fff;border-radius:8px;padding:16px 24px;"
    "margin:18px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}\n"
    "h2{font-size:20px;margin:4px 0 12px;border-bottom:2px solid #e4e8ee;"
    "padding-bottom:6px}\n"
    ".cards{display:grid;grid-template-columns:repeat(auto-fill,"
    "minmax(250px,1fr));gap:14px;margin-bottom:16px}\n"
    ".card{border:1px solid #e1e5ea;border-left:6px solid #9aa5b1;"
    "border-radius:6px;padding:10px 14px}\n"
    ".card.final{border-left-color:#2a9d3a}.card.estimate{border-left-color:"
    "#f0a020}.card.missing{border-left-color:#b0b7bf}\n"
    ".card .name{font-weight:700}.card .value{font-size:24px;font-weight:700}"
    "\n.card .unit,.card .when{color:#666;font-size:13px}\n"
    ".badge{display:inline-block;border-radius:10px;padding:0 8px;"
    "font-size:12px;font-weight:700;color:#fff;background:#8a949e}\n"
    ".badge.final{background:#2a9d3a}.badge.estimate{background:#e08a00}\n"
    ".badge.good{background:#2a9d3a}.badge.warn{background:#e08a00}"
    ".badge.bad{background:#c62828}\n"
    ".tally{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0 12px}"
    ".tally div{border-radius:6px;padding:6px 14px;color:#fff;font-weight:700}"
    "\n.tally .good{background:#2a9d3a}.tally .warn{background:#e08a00}"
    ".tally .bad{background:#c62828}.tally .unknown{background:#8a949e}\n"
    "table{border-collapse:collapse;margin:8px 0 14px;font-size:14px}\n"
    "th,td{border-bottom:1px solid #e4e8ee;padding:4px 10px;text-align:left;"
    "vertical-align:top}\nth{background:#f0f3f6}\n"
    "td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "td.missing{color:#999;text-align:right}td.missing small{display:block;"
    "font-size:11px}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:12px}.charts svg{flex:1 1 480px;"
    "max-width:560px;height:auto;border:1px solid #eef0f3}\n"
    "ul.caveats li{margin:3px 0}ul.caveats{padding-left:20px}\n"
    "p.projection{background:#fff7ea;border-left:4px solid #e07b00;"
    "padding:6px 12px}\n"
    "details summary{cursor:pointer;color:#555;margin:6px 0}\n"
    ".goal{font-size:13px;margin-top:4px;padding-left:8px;border-left:4px "
    "solid #8a949e}.goal.good{border-color:#2a9d3a}.goal.warn{border-color:"
    "#e08a00}.goal.bad{border-color:#c62828}\n"
    "footer{color:#777;font-size:13px;text-align:center;margin-top:24px}\n";

static void esc(FILE *fp, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", fp); break;
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '"': fputs("&quot;", fp); break;
        default: fputc(*s, fp);
        }
    }
}

static const char *status_class(const char *text)
{
    if (strcmp(text, "met") == 0 || strcmp(text, "met early") == 0 ||
        strcmp(text, "on track") == 0)
        return "good";
    if (strcmp(text, "behind") == 0)
        return "warn";
    if (strcmp(text, "not met") == 0 || strcmp(text, "hard to reach") == 0)
        return "bad";
    if (strcmp(text, "estimate") == 0 || strcmp(text, "preliminary") == 0)
        return "estimate";
    if (strcmp(text, "actual") == 0 || strcmp(text, "revised") == 0)
        return "final";
    return "";
}

/* Rows [from, to) of t as an HTML table. */
static void html_rows(FILE *fp, const ei_table *t, const char *cls,
                      size_t from, size_t to)
{
    size_t nc = ei_table_cols(t);
    fprintf(fp, "<table class=\"%s\"><thead><tr>", cls);
    for (size_t c = 0; c < nc; c++) {
        fputs("<th>", fp);
        esc(fp, ei_table_col_name(t, c));
        fputs("</th>", fp);
    }
    fputs("</tr></thead>\n<tbody>\n", fp);
    for (size_t r = from; r < to; r++) {
        fputs("<tr>", fp);
        for (size_t c = 0; c < nc; c++) {
            const char *text = ei_table_cell_text(t, r, c);
            switch (ei_table_cell_kind(t, r, c)) {
            case EI_CELL_NUMBER:
                fprintf(fp, "<td class=\"num\">%s</td>", text);
                break;
            case EI_CELL_MISSING: {
                ei_reason why = ei_table_cell_reason(t, r, c);
                fputs("<td class=\"missing\" title=\"", fp);
                esc(fp, ei_reason_text(why));
                fprintf(fp, "\">—<small>%s</small></td>", ei_reason_code(why));
                break;
            }
            default:
                if ((strcmp(ei_table_col_name(t, c), "status") == 0 ||
                     strcmp(ei_table_col_name(t, c), "latest status") == 0) &&
                    *text) {
                    fprintf(fp, "<td><span class=\"badge %s\">",
                            status_class(text));
                    esc(fp, text);
                    fputs("</span></td>", fp);
                } else {
                    fputs("<td>", fp);
                    esc(fp, text);
                    fputs("</td>", fp);
                }
            }
        }
        fputs("</tr>\n", fp);
    }
    fputs("</tbody></table>\n", fp);
}

static void html_table(FILE *fp, const ei_table *t, const char *cls)
{
    html_rows(fp, t, cls, 0, ei_table_rows(t));
}

/* Write cairo's SVG inline: our own <svg> tag (scalable, labelled) and
 * every id and reference prefixed with "cN-", since ids must be unique in
 * a page and cairo numbers its glyphs and clips from 0 in every image. */
static int inline_chart(FILE *fp, const ei_chart *c, unsigned n,
                        ei_error *err)
{
    char *svg = NULL;
    size_t len = 0;
    int rc = ei_chart_svg_buffer(&svg, &len, c, RP_INLINE_WIDTH,
                                 c->kind == EI_CHART_LINE ? RP_INLINE_HEIGHT : 0,
                                 err);
    if (rc)
        return rc;
    char *open = strstr(svg, "<svg");
    char *end = open ? strchr(open, '>') : NULL;
    char *vb = open ? strstr(open, "viewBox=\"") : NULL;
    if (!end || !vb || vb > end) {
        free(svg);
        return ei_error_set(err, EI_ERANGE, "chart: unexpected SVG from cairo");
    }
    char *vb_end = strchr(vb + 9, '"');
    fprintf(fp,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\" class=\"chart\" "
            "role=\"img\" aria-label=\"");
    esc(fp, c->title);
    fprintf(fp, "\" %.*s>", (int)(vb_end + 1 - vb), vb);
    static const char *const pats[] = {"id=\"", "href=\"#", "url(#"};
    for (const char *p = end + 1; *p;) {
        size_t k = 0, m = 0;
        for (; k < 3; k++) {
            m = strlen(pats[k]);
            if (strncmp(p, pats[k], m) == 0)
                break;
        }
        if (k < 3) {
            fprintf(fp, "%sc%u-", pats[k], n);
            p += m;
        } else {
            fputc(*p++, fp);
        }
    }
    fputc('\n', fp);
    free(svg);
    return EI_OK;
}

static void card(FILE *fp, const ei_report *r, size_t i)
{
    const rp_indicator *ri = &r->ind[i];
    static const char *const cls[] = {"", "final", "estimate", "missing"};
    fprintf(fp, "<div class=\"card %s\"><div class=\"name\">", cls[ri->mark]);
    esc(fp, ri->name);
    fputs("</div>", fp);
    if (ri->mark == RP_MARK_MISSING) {
        fputs("<div class=\"when\">no figures in the data</div></div>\n", fp);
        return;
    }
    /* the glance row i: latest, level, status, reported, derived, caveat */
    fputs("<div><span class=\"value\">", fp);
    esc(fp, ei_table_cell_text(r->glance, i, 2));
    fputs("</span> <span class=\"unit\">", fp);
    esc(fp, ri->unit);
    fputs("</span></div><div class=\"when\">", fp);
    esc(fp, ei_table_cell_text(r->glance, i, 1));
    fprintf(fp, " <span class=\"badge %s\">", cls[ri->mark]);
    esc(fp, ei_table_cell_text(r->glance, i, 3));
    fputs("</span>", fp);
    if (ei_table_cell_kind(r->glance, i, 4) == EI_CELL_NUMBER) {
        fputs(" · growth ", fp);
        esc(fp, ei_table_cell_text(r->glance, i, 4));
        fputs("%", fp);
    }
    const char *cav = ei_table_cell_text(r->glance, i, 6);
    if (cav && *cav) {
        fputs("<br>", fp);
        esc(fp, cav);
    }
    fputs("</div>", fp);
    static const char *const tone[] = {"good", "warn", "bad"};
    for (size_t k = 0; k < ri->goals.n; k++) {
        fprintf(fp, "<div class=\"goal %s\">", tone[ri->goal_tone[k]]);
        esc(fp, ri->goals.items[k]);
        fputs("</div>", fp);
    }
    fputs("</div>\n", fp);
}

static void list(FILE *fp, const char *label, const rp_text *t)
{
    if (!t->n)
        return;
    fprintf(fp, "<h3>%s</h3><ul class=\"caveats\">\n", label);
    for (size_t i = 0; i < t->n; i++) {
        fputs("<li>", fp);
        esc(fp, t->items[i]);
        fputs("</li>\n", fp);
    }
    fputs("</ul>\n", fp);
}

static int indicator(FILE *fp, const rp_indicator *ri, size_t i,
                     unsigned *nchart, ei_error *err)
{
    fprintf(fp, "<section class=\"indicator\" id=\"indicator-%zu\"><h2>", i);
    esc(fp, ri->name);
    if (*ri->name_en) {
        fputs(" <small>(", fp);
        esc(fp, ri->name_en);
        fputs(")</small>", fp);
    }
    fputs(", ", fp);
    esc(fp, ri->unit);
    fputs("</h2>\n", fp);
    if (!ri->found) {
        fputs("<p>No figures in the data.</p></section>\n", fp);
        return EI_OK;
    }
    int rc = EI_OK;
    fputs("<div class=\"charts\">\n", fp);
    if (ri->level_chart)
        rc = inline_chart(fp, ri->level_chart, (*nchart)++, err);
    if (!rc && ri->growth_chart)
        rc = inline_chart(fp, ri->growth_chart, (*nchart)++, err);
    fputs("</div>\n", fp);
    if (rc)
        return rc;
    for (size_t k = 0; k < ri->notes.n; k++) {
        fputs("<p>", fp);
        esc(fp, ri->notes.items[k]);
        fputs("</p>\n", fp);
    }
    html_table(fp, ri->table, "levels");
    list(fp, "Caveats", &ri->caveats);
    list(fp, "Revisions of estimates", &ri->revisions);
    if (ri->projection.n) {
        fputs("<h3>Projection</h3><p class=\"projection\">", fp);
        for (size_t k = 0; k < ri->projection.n; k++) {
            if (k)
                fputc(' ', fp);
            esc(fp, ri->projection.items[k]);
        }
        fputs("</p>\n", fp);
    }
    if (ri->proj_table)
        html_table(fp, ri->proj_table, "projection");
    fputs("</section>\n", fp);
    return EI_OK;
}

/* The targets: a tally by status in colour, then the table. */
static void targets(FILE *fp, const ei_report *r)
{
    static const struct {
        ei_score sc;
        const char *cls, *words;
    } tiles[] = {
        {EI_SCORE_MET, "good", "met"},
        {EI_SCORE_MET_EARLY, "good", "met early"},
        {EI_SCORE_ON_TRACK, "good", "on track"},
        {EI_SCORE_BEHIND, "warn", "behind"},
        {EI_SCORE_HARD, "bad", "not met / hard to reach"},
        {EI_SCORE_UNKNOWN, "unknown", "unknown"},
    };
    fputs("<section id=\"targets\"><h2>Targets</h2>\n<div class=\"tally\">",
          fp);
    for (size_t i = 0; i < sizeof tiles / sizeof *tiles; i++)
        if (r->by_status[tiles[i].sc])
            fprintf(fp, "<div class=\"%s\">%zu %s</div>", tiles[i].cls,
                    r->by_status[tiles[i].sc], tiles[i].words);
    fputs("</div>\n", fp);
    size_t n = ei_table_rows(r->targets);
    if (r->targets_known)
        html_rows(fp, r->targets, "targets", 0, r->targets_known);
    if (n > r->targets_known) {
        fprintf(fp, "<details%s><summary>%zu target%s whose status is not "
                    "known (not yet due, or no figure)</summary>\n",
                r->targets_known ? "" : " open", n - r->targets_known,
                n - r->targets_known == 1 ? "" : "s");
        html_rows(fp, r->targets, "targets unknown", r->targets_known, n);
        fputs("</details>\n", fp);
    }
    if (r->targets_without_data)
        fprintf(fp,
                "<p>%zu more targets of this region have no figures in the "
                "data to compare with.</p>\n",
                r->targets_without_data);
    fputs("</section>\n", fp);
}

int rp_write_html(const ei_report *r, FILE *fp, ei_error *err)
{
    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
          "\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>",
          fp);
    esc(fp, r->region);
    fprintf(fp, ": district report</title>\n<style>\n%s</style></head>\n"
                "<body>\n<header><h1>",
            style);
    esc(fp, r->region);
    fputs(": district report</h1><p>", fp);
    if (*r->as_of)
        fprintf(fp, "As of %s · ", r->as_of);
    fprintf(fp, "econind %s</p></header>\n<main>\n<section id=\"summary\">\n",
            EI_VERSION_STRING);
    for (size_t i = 0; i < r->summary.n; i++) {
        fputs("<p>", fp);
        esc(fp, r->summary.items[i]);
        fputs("</p>\n", fp);
    }
    fputs("</section>\n<section id=\"glance\"><h2>At a glance</h2>\n"
          "<div class=\"cards\">\n",
          fp);
    for (size_t i = 0; i < r->n; i++)
        card(fp, r, i);
    fputs("</div>\n", fp);
    html_table(fp, r->glance, "glance");
    fputs("</section>\n", fp);
    if (r->targets && ei_table_rows(r->targets))
        targets(fp, r);
    unsigned nchart = 0;
    int rc = EI_OK;
    if (r->plans && ei_table_rows(r->plans)) {
        fputs("<section id=\"plans\"><h2>Plan completion against time</h2>\n"
              "<div class=\"charts\">",
              fp);
        rc = inline_chart(fp, r->plan_chart, nchart++, err);
        fputs("</div>\n", fp);
        html_table(fp, r->plans, "plans");
        fputs("</section>\n", fp);
    }
    if (!rc && (r->scorecard || r->tasks)) {
        fputs("<section id=\"review\"><h2>Plan review and tasks</h2>\n", fp);
        for (size_t i = 0; i < r->review.n; i++) {
            fputs("<p>", fp);
            esc(fp, r->review.items[i]);
            fputs("</p>\n", fp);
        }
        if (r->scorecard)
            html_table(fp, r->scorecard, "scorecard");
        if (r->tasks)
            html_table(fp, r->tasks, "tasks");
        list(fp, "Overdue tasks", &r->overdue);
        fputs("</section>\n", fp);
    }
    for (size_t i = 0; i < r->n && !rc; i++)
        rc = indicator(fp, &r->ind[i], i, &nchart, err);
    fputs("<footer>Every figure from the econind library; levels as "
          "published, each with its source in the dataset.</footer>\n"
          "</main></body></html>\n",
          fp);
    return rc;
}
