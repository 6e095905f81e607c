/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: the inside of a chart, shared by its builder, its drawing code
 * and its writers. */
#ifndef ECONIND_CHART_PRIV_H
#define ECONIND_CHART_PRIV_H

#include <cairo.h>
#include <stdbool.h>
#include <stddef.h>

#include "econind/chart.h"

/* The font family every chart asks fontconfig for. */
#define EI_CHART_FONT "Noto Sans CJK SC"

typedef struct ei_chart_line {
    char *name;
    ei_period *x;
    double *y;      /* the line, or a band's lower end */
    double *upper;  /* a band's upper end; NULL for a line */
    bool *hollow;   /* NULL: all markers filled */
    size_t n;
    bool dashed;
    int colour;     /* index into the palette */
} ei_chart_line;

typedef struct ei_chart_target {
    char *name;
    ei_period from, to;
    double value;
} ei_chart_target;

typedef struct ei_chart_break {
    char *name;
    ei_period last_old, first_new;
} ei_chart_break;

typedef struct ei_chart_bar {
    char *label;
    double completion;
    double time;
} ei_chart_bar;

struct ei_chart {
    ei_chart_kind kind;
    char *title;
    char *unit;
    ei_freq freq;            /* of the periods, once the first is added */
    ei_chart_line *lines;    /* lines and bands in the order added */
    size_t nlines, caplines;
    int ncolours;            /* lines (not bands) added so far */
    ei_chart_target *targets;
    size_t ntargets, captargets;
    ei_chart_bar *bars;
    size_t nbars, capbars;
    ei_chart_break *breaks;
    size_t nbreaks, capbreaks;
};

/* Axis ticks: a "nice" step (1, 2 or 2.5, 5 times a power of ten) and the
 * ticks first, first + step, … covering [lo, hi] in at most max_ticks + 1
 * ticks. lo < hi, both finite; max_ticks >= 2. */
typedef struct ei_chart_ticks {
    double first;
    double step;
    int count;
} ei_chart_ticks;

ei_chart_ticks ei_chart_nice_ticks(double lo, double hi, int max_ticks);

/* Tick label text: value with the decimals the step needs, '.' decimal
 * point whatever the locale. */
void ei_chart_tick_label(char *buf, size_t size, double value, double step);

/* Draw c on cr over a w x h area. Returns EI_OK or EI_ERANGE (cairo error,
 * message in err). */
int ei_chart_draw(const ei_chart *c, cairo_t *cr, double w, double h,
                  ei_error *err);

/* Select the chart font on cr at size px (regular or bold). */
void ei_chart_font(cairo_t *cr, double size, bool bold);

/* Number of glyphs of text that the font selected on cr cannot show
 * (drawn as .notdef, "tofu"); -1 on a cairo error. */
int ei_chart_missing_glyphs(cairo_t *cr, const char *text);

/* The SVG image of c in a new buffer (free with free()), NUL-terminated. */
int ei_chart_svg_buffer(char **buf, size_t *len, const ei_chart *c, int w,
                        int h, ei_error *err);

#endif
