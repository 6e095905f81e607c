/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Axis ticks at round numbers (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990), with 2.5 added to the 1-2-5 steps. */
#include <math.h>
#include <stdio.h>

#include "chart_priv.h"
#include "fmt_double.h"

ei_chart_ticks ei_chart_nice_ticks(double lo, double hi, int max_ticks)
{
    static const double steps[] = {1, 2, 2.5, 5, 10};
    double raw = (hi - lo) / max_ticks;
    double mag = pow(10, floor(log10(raw)));
    double step = 10 * mag;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (steps[i] * mag >= raw * (1 - 1e-9)) {
            step = steps[i] * mag;
            break;
        }
    ei_chart_ticks t;
    t.step = step;
    t.first = floor(lo / step + 1e-9) * step;
    double last = ceil(hi / step - 1e-9) * step;
    t.count = (int)lround((last - t.first) / step) + 1;
    return t;
}

void ei_chart_tick_label(char *buf, size_t size, double value, double step)
{
    int dec = 0;
    while (dec < 6 && fabs(step * pow(10, dec) -
                           nearbyint(step * pow(10, dec))) > 1e-6)
        dec++;
    if (fabs(value) < step * 1e-9)
        value = 0; /* no "-0" */
    snprintf(buf, size, "%.*f", dec, value);
    ei_fmt_c_point(buf);
}
