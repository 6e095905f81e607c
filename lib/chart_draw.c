/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing a chart with cairo: axes, bands, lines, targets, legend, bars.
 * Only positions are computed here, from the values the caller gave. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "chart_priv.h"
#include "error_set.h"

typedef struct rgb { double r, g, b; } rgb;

static const rgb palette[] = {
    {0.12, 0.44, 0.71}, /* blue: the first line (actual figures) */
    {0.88, 0.48, 0.00}, /* orange: projections */
    {0.17, 0.62, 0.23}, {0.48, 0.31, 0.63}, {0.55, 0.34, 0.29},
};
static const rgb band_rgb = {0.96, 0.66, 0.30};
static const rgb target_rgb = {0.80, 0.10, 0.12};
static const rgb ahead_rgb = {0.17, 0.62, 0.23};
static const rgb behind_rgb = {0.95, 0.60, 0.07};
static const rgb ink = {0.15, 0.15, 0.15};
static const rgb grid = {0.88, 0.88, 0.88};

static void set_rgb(cairo_t *cr, rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

static rgb line_rgb(int i)
{
    return palette[(size_t)i % (sizeof palette / sizeof *palette)];
}

void ei_chart_font(cairo_t *cr, double size, bool bold)
{
    cairo_select_font_face(cr, EI_CHART_FONT, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD
                                : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

int ei_chart_missing_glyphs(cairo_t *cr, const char *text)
{
    cairo_scaled_font_t *sf = cairo_get_scaled_font(cr);
    cairo_glyph_t *glyphs = NULL;
    int n = 0;
    if (cairo_scaled_font_text_to_glyphs(sf, 0, 0, text, -1, &glyphs, &n,
                                         NULL, NULL, NULL) !=
        CAIRO_STATUS_SUCCESS)
        return -1;
    int missing = 0;
    for (int i = 0; i < n; i++)
        missing += glyphs[i].index == 0;
    cairo_glyph_free(glyphs);
    return missing;
}

static double text_width(cairo_t *cr, const char *s)
{
    cairo_text_extents_t e;
    cairo_text_extents(cr, s, &e);
    return e.x_advance;
}

/* Text with its left (align 0), centre (0.5) or right (1) end at x. */
static void text_at(cairo_t *cr, double x, double y, const char *s,
                    double align)
{
    cairo_move_to(cr, x - align * text_width(cr, s), y);
    cairo_show_text(cr, s);
}

/* The value range of a line chart: lines, bands and targets. */
static void value_range(const ei_chart *c, double *lo, double *hi)
{
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t i = 0; i < c->nlines; i++)
        for (size_t k = 0; k < c->lines[i].n; k++) {
            double v[2] = {c->lines[i].y[k],
                           c->lines[i].upper ? c->lines[i].upper[k] : (double)NAN};
            for (int j = 0; j < 2; j++)
                if (isfinite(v[j])) {
                    *lo = fmin(*lo, v[j]);
                    *hi = fmax(*hi, v[j]);
                }
        }
    for (size_t i = 0; i < c->ntargets; i++) {
        *lo = fmin(*lo, c->targets[i].value);
        *hi = fmax(*hi, c->targets[i].value);
    }
    if (!isfinite(*lo)) {
        *lo = 0;
        *hi = 1;
    }
    if (*hi - *lo < 1e-9 * fmax(1, fabs(*hi))) {
        double d = fmax(1, fabs(*hi) * 0.1);
        *lo -= d;
        *hi += d;
    }
    double pad = (*hi - *lo) * 0.06;
    *lo -= pad;
    *hi += pad;
}

static void period_range(const ei_chart *c, long *first, long *last)
{
    *first = 0;
    *last = -1;
    bool any = false;
    for (size_t i = 0; i < c->nlines; i++)
        for (size_t k = 0; k < c->lines[i].n; k++) {
            long o = ei_period_ordinal(c->lines[i].x[k]);
            if (!any || o < *first)
                *first = o;
            if (!any || o > *last)
                *last = o;
            any = true;
        }
    for (size_t i = 0; i < c->ntargets; i++) {
        long a = ei_period_ordinal(c->targets[i].from);
        long b = ei_period_ordinal(c->targets[i].to);
        if (!any || a < *first)
            *first = a;
        if (!any || b > *last)
            *last = b;
        any = true;
    }
}

typedef struct frame {
    double left, right, top, bottom; /* plot area in device units */
    long x0, x1;                     /* ordinals shown */
    double y0, y1;                   /* values shown */
    ei_freq freq;
} frame;

static double fx(const frame *f, long ord, double offset)
{
    return f->left + (ord - f->x0 + 0.5 + offset) / (double)(f->x1 - f->x0 + 1) *
                         (f->right - f->left);
}

static double fy(const frame *f, double v)
{
    return f->bottom - (v - f->y0) / (f->y1 - f->y0) * (f->bottom - f->top);
}

static void draw_title(const ei_chart *c, cairo_t *cr)
{
    set_rgb(cr, ink);
    ei_chart_font(cr, 16, true);
    text_at(cr, 16, 26, c->title, 0);
}

static void draw_value_axis(cairo_t *cr, const frame *f, ei_chart_ticks t,
                            const char *unit)
{
    ei_chart_font(cr, 11, false);
    cairo_set_line_width(cr, 1);
    for (int i = 0; i < t.count; i++) {
        double v = t.first + i * t.step;
        double y = floor(fy(f, v)) + 0.5;
        set_rgb(cr, fabs(v) < t.step * 1e-9 ? ink : grid);
        cairo_move_to(cr, f->left, y);
        cairo_line_to(cr, f->right, y);
        cairo_stroke(cr);
        char buf[48];
        ei_chart_tick_label(buf, sizeof buf, v, t.step);
        set_rgb(cr, ink);
        text_at(cr, f->left - 6, y + 4, buf, 1);
    }
    if (unit && *unit) {
        set_rgb(cr, ink);
        text_at(cr, f->left - 6, f->top - 10, unit, 1);
    }
}

static void draw_period_axis(cairo_t *cr, const frame *f)
{
    ei_chart_font(cr, 11, false);
    set_rgb(cr, ink);
    long n = f->x1 - f->x0 + 1;
    double slot = (f->right - f->left) / (double)n;
    long every = 1;
    while (slot * every < 56)
        every++;
    for (long o = f->x0; o <= f->x1; o++) {
        if ((o - f->x0) % every)
            continue;
        char buf[24];
        ei_period_format(ei_period_from_ordinal(f->freq, o), buf, sizeof buf);
        text_at(cr, fx(f, o, 0), f->bottom + 16, buf, 0.5);
    }
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, f->left, floor(f->bottom) + 0.5);
    cairo_line_to(cr, f->right, floor(f->bottom) + 0.5);
    cairo_stroke(cr);
}

static void draw_band(cairo_t *cr, const frame *f, const ei_chart_line *l)
{
    cairo_set_source_rgba(cr, band_rgb.r, band_rgb.g, band_rgb.b, 0.35);
    size_t i = 0;
    while (i < l->n) {
        while (i < l->n && !(isfinite(l->y[i]) && isfinite(l->upper[i])))
            i++;
        size_t j = i;
        while (j < l->n && isfinite(l->y[j]) && isfinite(l->upper[j]))
            j++;
        if (j > i) {
            double half = j - i == 1 ? 0.15 : 0; /* one period: a slab */
            for (size_t k = i; k < j; k++) {
                long o = ei_period_ordinal(l->x[k]);
                cairo_line_to(cr, fx(f, o, k == i ? -half : 0),
                              fy(f, l->upper[k]));
                if (half)
                    cairo_line_to(cr, fx(f, o, half), fy(f, l->upper[k]));
            }
            for (size_t k = j; k-- > i;) {
                long o = ei_period_ordinal(l->x[k]);
                if (half)
                    cairo_line_to(cr, fx(f, o, half), fy(f, l->y[k]));
                cairo_line_to(cr, fx(f, o, k == i ? -half : 0),
                              fy(f, l->y[k]));
            }
            cairo_close_path(cr);
            cairo_fill(cr);
        }
        i = j;
    }
}

static void draw_line(cairo_t *cr, const frame *f, const ei_chart_line *l)
{
    rgb c = line_rgb(l->colour);
    set_rgb(cr, c);
    cairo_set_line_width(cr, 2.2);
    if (l->dashed) {
        double dash[] = {6, 4};
        cairo_set_dash(cr, dash, 2, 0);
    }
    bool open = false;
    for (size_t k = 0; k < l->n; k++) {
        if (!isfinite(l->y[k])) {
            if (open)
                cairo_stroke(cr);
            open = false;
            continue;
        }
        double x = fx(f, ei_period_ordinal(l->x[k]), 0), y = fy(f, l->y[k]);
        /* periods without a point between two points also break the line */
        if (open && k && ei_period_ordinal(l->x[k]) -
                                 ei_period_ordinal(l->x[k - 1]) > 1) {
            cairo_stroke(cr);
            open = false;
        }
        if (open)
            cairo_line_to(cr, x, y);
        else
            cairo_move_to(cr, x, y);
        open = true;
    }
    if (open)
        cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    for (size_t k = 0; k < l->n; k++) {
        if (!isfinite(l->y[k]))
            continue;
        double x = fx(f, ei_period_ordinal(l->x[k]), 0), y = fy(f, l->y[k]);
        cairo_new_sub_path(cr);
        cairo_arc(cr, x, y, 4, 0, 6.283185307179586 /* 2 pi */);
        if (l->hollow && l->hollow[k]) {
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_fill_preserve(cr);
            set_rgb(cr, c);
            cairo_set_line_width(cr, 1.8);
            cairo_stroke(cr);
        } else {
            set_rgb(cr, c);
            cairo_fill(cr);
        }
    }
}

static void draw_break(cairo_t *cr, const frame *f, const ei_chart_break *b)
{
    double x = (fx(f, ei_period_ordinal(b->last_old), 0) +
                fx(f, ei_period_ordinal(b->first_new), 0)) / 2;
    cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
    cairo_set_line_width(cr, 1.2);
    double dash[] = {3, 3};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_move_to(cr, floor(x) + 0.5, f->top);
    cairo_line_to(cr, floor(x) + 0.5, f->bottom);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    if (b->name && *b->name) {
        ei_chart_font(cr, 10, false);
        text_at(cr, x, f->top - 4, b->name, 0.5);
    }
}

static void draw_target(cairo_t *cr, const frame *f, const ei_chart_target *t)
{
    double x0 = fx(f, ei_period_ordinal(t->from), -0.4);
    double x1 = fx(f, ei_period_ordinal(t->to), 0.4);
    double y = fy(f, t->value);
    set_rgb(cr, target_rgb);
    cairo_set_line_width(cr, 2);
    double dash[] = {5, 3};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    if (t->name && *t->name) {
        ei_chart_font(cr, 11, false);
        double above = y - 5 < f->top + 12 ? y + 14 : y - 5;
        /* keep the label inside the plot: end it at the right end */
        if (x0 + text_width(cr, t->name) > f->right)
            text_at(cr, x1, above, t->name, 1);
        else
            text_at(cr, x0, above, t->name, 0);
    }
}

/* The legend along the bottom; returns nothing, clips at the right edge. */
static void draw_legend(const ei_chart *c, cairo_t *cr, double w, double y)
{
    ei_chart_font(cr, 11, false);
    double x = 64;
    for (size_t i = 0; i < c->nlines + c->ntargets; i++) {
        const char *name;
        if (i < c->nlines)
            name = c->lines[i].name;
        else
            name = c->targets[i - c->nlines].name;
        if (!name || !*name)
            continue;
        if (i >= c->nlines) {
            /* one legend entry for all targets */
            if (i > c->nlines)
                continue;
            name = "目标 target";
        }
        double tw = text_width(cr, name);
        if (x + 26 + tw > w - 8)
            break;
        if (i < c->nlines && c->lines[i].upper) {
            cairo_set_source_rgba(cr, band_rgb.r, band_rgb.g, band_rgb.b,
                                  0.35);
            cairo_rectangle(cr, x, y - 9, 18, 10);
            cairo_fill(cr);
        } else {
            if (i < c->nlines)
                set_rgb(cr, line_rgb(c->lines[i].colour));
            else
                set_rgb(cr, target_rgb);
            cairo_set_line_width(cr, 2.2);
            if (i >= c->nlines || c->lines[i].dashed) {
                double dash[] = {5, 3};
                cairo_set_dash(cr, dash, 2, 0);
            }
            cairo_move_to(cr, x, y - 4);
            cairo_line_to(cr, x + 18, y - 4);
            cairo_stroke(cr);
            cairo_set_dash(cr, NULL, 0, 0);
        }
        set_rgb(cr, ink);
        text_at(cr, x + 24, y, name, 0);
        x += 24 + tw + 18;
    }
}

static void draw_line_chart(const ei_chart *c, cairo_t *cr, double w,
                            double h)
{
    frame f = {64, w - 20, 58, h - 52, 0, 0, 0, 1, c->freq};
    period_range(c, &f.x0, &f.x1);
    double lo, hi;
    value_range(c, &lo, &hi);
    ei_chart_ticks t = ei_chart_nice_ticks(lo, hi, 5);
    f.y0 = t.first;
    f.y1 = t.first + (t.count - 1) * t.step;
    draw_value_axis(cr, &f, t, c->unit);
    if (f.x1 >= f.x0) {
        draw_period_axis(cr, &f);
        for (size_t i = 0; i < c->nbreaks; i++)
            draw_break(cr, &f, &c->breaks[i]);
        for (size_t i = 0; i < c->nlines; i++)
            if (c->lines[i].upper)
                draw_band(cr, &f, &c->lines[i]);
        for (size_t i = 0; i < c->ntargets; i++)
            draw_target(cr, &f, &c->targets[i]);
        /* dashed (projected) lines beneath solid ones: where a projection
         * starts from the last figure, the figure's marker stays on top */
        for (int dashed = 1; dashed >= 0; dashed--)
            for (size_t i = 0; i < c->nlines; i++)
                if (!c->lines[i].upper && c->lines[i].dashed == dashed)
                    draw_line(cr, &f, &c->lines[i]);
    }
    draw_legend(c, cr, w, h - 14);
}

static void draw_bar_chart(const ei_chart *c, cairo_t *cr, double w,
                           double h)
{
    ei_chart_font(cr, 12, false);
    double label_w = 0;
    for (size_t i = 0; i < c->nbars; i++)
        label_w = fmax(label_w, text_width(cr, c->bars[i].label));
    label_w = fmin(label_w + 12, w * 0.4);
    double hi = 100;
    for (size_t i = 0; i < c->nbars; i++) {
        if (isfinite(c->bars[i].completion))
            hi = fmax(hi, c->bars[i].completion);
        hi = fmax(hi, c->bars[i].time);
    }
    ei_chart_ticks t = ei_chart_nice_ticks(0, hi, 5);
    double top = 48, bottom = h - 46, left = 16 + label_w, right = w - 60;
    double vmax = t.first + (t.count - 1) * t.step;
    double row = c->nbars ? (bottom - top) / (double)c->nbars : 1;
    /* grid */
    ei_chart_font(cr, 11, false);
    cairo_set_line_width(cr, 1);
    for (int i = 0; i < t.count; i++) {
        double v = t.first + i * t.step;
        double x = floor(left + v / vmax * (right - left)) + 0.5;
        set_rgb(cr, i == 0 ? ink : grid);
        cairo_move_to(cr, x, top);
        cairo_line_to(cr, x, bottom);
        cairo_stroke(cr);
        char buf[48];
        ei_chart_tick_label(buf, sizeof buf, v, t.step);
        strncat(buf, "%", sizeof buf - strlen(buf) - 1);
        set_rgb(cr, ink);
        text_at(cr, x, bottom + 15, buf, 0.5);
    }
    for (size_t i = 0; i < c->nbars; i++) {
        const ei_chart_bar *b = &c->bars[i];
        double y = top + i * row, bh = fmin(row * 0.6, 22);
        double yc = y + row / 2;
        ei_chart_font(cr, 12, false);
        set_rgb(cr, ink);
        cairo_save(cr);
        cairo_rectangle(cr, 0, y, left - 6, row);
        cairo_clip(cr);
        text_at(cr, left - 8, yc + 4, b->label, 1);
        cairo_restore(cr);
        char buf[48];
        if (isfinite(b->completion)) {
            double bw = fmax(0, b->completion) / vmax * (right - left);
            set_rgb(cr, b->completion >= b->time ? ahead_rgb : behind_rgb);
            cairo_rectangle(cr, left, yc - bh / 2, bw, bh);
            cairo_fill(cr);
            snprintf(buf, sizeof buf, "%.1f%%", b->completion);
            ei_chart_font(cr, 11, true);
            set_rgb(cr, ink);
            text_at(cr, left + bw + 4, yc + 4, buf, 0);
        } else {
            ei_chart_font(cr, 11, false);
            set_rgb(cr, ink);
            text_at(cr, left + 4, yc + 4, "no data", 0);
        }
        double xt = left + b->time / vmax * (right - left);
        set_rgb(cr, ink);
        cairo_set_line_width(cr, 2.5);
        cairo_move_to(cr, xt, yc - bh / 2 - 4);
        cairo_line_to(cr, xt, yc + bh / 2 + 4);
        cairo_stroke(cr);
    }
    /* legend */
    ei_chart_font(cr, 11, false);
    double x = left, y = h - 12;
    set_rgb(cr, ahead_rgb);
    cairo_rectangle(cr, x, y - 9, 12, 10);
    cairo_fill(cr);
    set_rgb(cr, behind_rgb);
    cairo_rectangle(cr, x + 14, y - 9, 12, 10);
    cairo_fill(cr);
    set_rgb(cr, ink);
    const char *l1 = "完成率 completion (green: at or ahead of time, amber: behind)";
    text_at(cr, x + 32, y, l1, 0);
    x += 32 + text_width(cr, l1) + 16;
    cairo_set_line_width(cr, 2.5);
    cairo_move_to(cr, x, y - 11);
    cairo_line_to(cr, x, y + 2);
    cairo_stroke(cr);
    text_at(cr, x + 6, y, "时间进度 time elapsed", 0);
}

int ei_chart_draw(const ei_chart *c, cairo_t *cr, double w, double h,
                  ei_error *err)
{
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    draw_title(c, cr);
    if (c->kind == EI_CHART_BARS)
        draw_bar_chart(c, cr, w, h);
    else
        draw_line_chart(c, cr, w, h);
    cairo_status_t st = cairo_status(cr);
    if (st != CAIRO_STATUS_SUCCESS)
        return ei_error_set(err, EI_ERANGE, "chart: cairo: %s",
                            cairo_status_to_string(st));
    return EI_OK;
}
