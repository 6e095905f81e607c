/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a chart: cairo's SVG surface into memory, or an image surface
 * written as PNG; files all or nothing through the atomic writer. */
#include <stdlib.h>
#include <string.h>

#include <cairo-svg.h>

#include "atomic_file.h"
#include "chart_priv.h"
#include "error_set.h"

typedef struct membuf {
    char *data;
    size_t len, cap;
    bool failed;
} membuf;

static cairo_status_t to_membuf(void *closure, const unsigned char *data,
                                unsigned int length)
{
    membuf *m = closure;
    if (m->len + length + 1 > m->cap) {
        size_t nc = m->cap ? m->cap : 65536;
        while (nc < m->len + length + 1)
            nc *= 2;
        char *p = realloc(m->data, nc);
        if (!p) {
            m->failed = true;
            return CAIRO_STATUS_NO_MEMORY;
        }
        m->data = p;
        m->cap = nc;
    }
    memcpy(m->data + m->len, data, length);
    m->len += length;
    m->data[m->len] = '\0';
    return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t to_file(void *closure, const unsigned char *data,
                              unsigned int length)
{
    return fwrite(data, 1, length, closure) == length
               ? CAIRO_STATUS_SUCCESS
               : CAIRO_STATUS_WRITE_ERROR;
}

static int check_size(const ei_chart *c, int *w, int *h, ei_error *err)
{
    if (!c)
        return ei_error_set(err, EI_EINVAL, "chart: none given");
    if (*w == 0)
        *w = EI_CHART_WIDTH;
    if (*h == 0)
        *h = c->kind == EI_CHART_BARS ? 100 + 34 * (int)(c->nbars < 40 ? c->nbars : 40)
                                      : EI_CHART_HEIGHT;
    if (*w < 64 || *w > 8192 || *h < 64 || *h > 8192)
        return ei_error_set(err, EI_EINVAL,
                            "chart: size %dx%d outside 64..8192", *w, *h);
    return EI_OK;
}

static int surface_error(cairo_surface_t *s, ei_error *err)
{
    cairo_status_t st = cairo_surface_status(s);
    if (st == CAIRO_STATUS_SUCCESS)
        return EI_OK;
    if (st == CAIRO_STATUS_NO_MEMORY)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    if (st == CAIRO_STATUS_WRITE_ERROR)
        return ei_error_set(err, EI_EIO, "chart: write failed");
    return ei_error_set(err, EI_ERANGE, "chart: cairo: %s",
                        cairo_status_to_string(st));
}

/* Draw c on surface s and finish it; s is destroyed. */
static int draw_and_finish(cairo_surface_t *s, const ei_chart *c, int w,
                           int h, ei_error *err)
{
    int rc = surface_error(s, err);
    if (!rc) {
        cairo_t *cr = cairo_create(s);
        rc = ei_chart_draw(c, cr, w, h, err);
        cairo_destroy(cr);
        cairo_surface_finish(s);
        if (!rc)
            rc = surface_error(s, err);
    }
    cairo_surface_destroy(s);
    return rc;
}

int ei_chart_svg_buffer(char **buf, size_t *len, const ei_chart *c, int w,
                        int h, ei_error *err)
{
    *buf = NULL;
    *len = 0;
    int rc = check_size(c, &w, &h, err);
    if (rc)
        return rc;
    membuf m = {0};
    cairo_surface_t *s =
        cairo_svg_surface_create_for_stream(to_membuf, &m, w, h);
    rc = draw_and_finish(s, c, w, h, err);
    if (!rc && (m.failed || !m.data))
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
    if (rc) {
        free(m.data);
        return rc;
    }
    *buf = m.data;
    *len = m.len;
    return EI_OK;
}

int ei_chart_write(const ei_chart *c, FILE *fp, ei_image_format fmt,
                   int width, int height, ei_error *err)
{
    if (!fp)
        return ei_error_set(err, EI_EINVAL, "chart: no stream given");
    int rc = check_size(c, &width, &height, err);
    if (rc)
        return rc;
    if (fmt == EI_IMAGE_SVG) {
        cairo_surface_t *s =
            cairo_svg_surface_create_for_stream(to_file, fp, width, height);
        rc = draw_and_finish(s, c, width, height, err);
    } else if (fmt == EI_IMAGE_PNG) {
        cairo_surface_t *s =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
        rc = surface_error(s, err);
        if (!rc) {
            cairo_t *cr = cairo_create(s);
            rc = ei_chart_draw(c, cr, width, height, err);
            cairo_destroy(cr);
            if (!rc &&
                cairo_surface_write_to_png_stream(s, to_file, fp) !=
                    CAIRO_STATUS_SUCCESS)
                rc = ei_error_set(err, EI_EIO, "chart: PNG write failed");
        }
        cairo_surface_destroy(s);
    } else {
        return ei_error_set(err, EI_EINVAL, "chart: unknown format %d",
                            (int)fmt);
    }
    if (!rc && ferror(fp))
        rc = ei_error_set(err, EI_EIO, "chart: write failed");
    return rc;
}

int ei_chart_write_file(const ei_chart *c, const char *path,
                        ei_image_format fmt, int width, int height,
                        ei_error *err)
{
    if (!path)
        return ei_error_set(err, EI_EINVAL, "chart: no path given");
    ei_atomic_file af;
    int rc = ei_atomic_file_open(&af, path, err);
    if (rc)
        return rc;
    rc = ei_chart_write(c, af.fp, fmt, width, height, err);
    if (rc) {
        ei_atomic_file_abort(&af);
        if (err && !err->source[0])
            ei_error_locate(err, path, 0, 0);
        return rc;
    }
    return ei_atomic_file_commit(&af, err);
}
