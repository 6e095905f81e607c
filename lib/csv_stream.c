/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A span of a file read in blocks with pread() (ei_csv_rows_stream_span):
 * each thread of a parallel read streams its own piece, so the file is
 * never in memory whole. Whole lines are fed to libcsv; the bytes after the
 * last line end, and a record under way (for its location in errors), are
 * carried to the next block.
 */
#include "csv_rows_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error_set.h"
#include "huge_alloc.h"

/* Bytes read at once: big enough that a read costs little next to its
 * parsing, small enough to stay in cache for the parser. */
#define STREAM_BLOCK ((size_t)1 << 22)
/* A line (or record) longer than this is left to the one-thread reader. */
#define STREAM_MAX ((size_t)64 << 20)

/* Read @p n bytes at text offset @p at (the file's at + base). */
static bool read_at(const ei_csv_span *sp, char *to, size_t n, size_t at)
{
    while (n) {
        ssize_t r = pread(sp->fd, to, n, (off_t)(at + (size_t)sp->base));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        to += r;
        n -= (size_t)r;
        at += (size_t)r;
    }
    return true;
}

/* The first line start at or after text offset @p at: @p at itself at 0
 * or at the end, else the first position after a line end (LF, CR LF or a
 * lone CR, as feed() counts them). Both pieces next to a cut find it the
 * same way. */
static bool line_start(const ei_csv_span *sp, size_t at, size_t *out)
{
    if (at == 0 || at >= sp->len) {
        *out = at < sp->len ? at : sp->len;
        return true;
    }
    char b[4097];
    for (size_t p = at - 1; p < sp->len;) {
        /* one byte more than looked at: a CR's next byte */
        size_t n = sp->len - p < sizeof b ? sp->len - p : sizeof b;
        if (!read_at(sp, b, n, p))
            return false;
        for (size_t i = 0; i + 1 < n || (i < n && p + n == sp->len); i++) {
            bool end = b[i] == '\n'
                       || (b[i] == '\r' && (i + 1 == n || b[i + 1] != '\n'));
            if (end) {
                *out = p + i + 1;
                return true;
            }
        }
        p += n - 1;
        if (p + 1 >= sp->len)
            break;
    }
    *out = sp->len;
    return true;
}

/* The last line feed in [p, end), or NULL. */
static const char *last_lf(const char *p, const char *end)
{
    while (end > p)
        if (*--end == '\n')
            return end;
    return NULL;
}

int ei_csv_rows_stream_span(ei_csv_span *sp, ei_csv_row_fn fn, void *ctx,
                            ei_error *err)
{
    size_t start, stop;
    if (!line_start(sp, sp->from, &start) || !line_start(sp, sp->to, &stop)) {
        sp->io_failed = true;
        return EI_EIO;
    }
    sp->from = start;
    sp->to = stop;
    sp->stop = start;
    sp->lines = 0;
    rows_state s;
    int rc = ei_csv_rows_init(&s, sp->name, NULL, 0, sp->base, sp->delim, fn, ctx,
                       err);
    if (rc != EI_OK)
        return rc;
    s.index = sp->first_index;
    size_t cap = sp->block ? sp->block : STREAM_BLOCK;
    size_t have = 0, fed = 0, at = start;
    /* on huge pages: 4 MB of fresh small pages were a thousand faults
     * per piece, a fixed cost that showed on small files */
    char *buf = ei_huge_alloc(cap);
    unsigned long line = 1;
    feed_end end = {NULL, 0, false};
    if (!buf) {
        ei_csv_rows_fini(&s);
        return ei_error_set_at(err, EI_ENOMEM, sp->name, 0, 0,
                               "out of memory");
    }
    /* buf holds text [at, at + have); [0, fed) was given to libcsv */
    for (;;) {
        size_t want = cap - have;
        if (want > stop - (at + have))
            want = stop - (at + have);
        if (!read_at(sp, buf + have, want, at + have)) {
            sp->io_failed = true;
            rc = EI_EIO;
            break;
        }
        if (memchr(buf + have, '\0', want)) {
            sp->nul = true; /* the one-thread reader locates it */
            rc = EI_EPARSE;
            break;
        }
        have += want;
        bool at_end = at + have == stop;
        const char *lf = at_end ? NULL : last_lf(buf + fed, buf + have);
        size_t upto = at_end ? have : lf ? (size_t)(lf - buf) + 1 : fed;
        if (upto > fed) {
            s.text = buf;
            s.len = have;
            s.base = sp->base + (long long)at;
            rc = ei_csv_feed(&s, buf + fed, buf + upto,
                             at_end && stop == sp->len, line, sp->tick,
                             sp->tick_ctx, &end);
            line += end.lines;
            sp->lines += end.lines;
            fed = upto;
            if (rc != EI_OK || s.stopped) {
                sp->stop = at + (size_t)(end.at - buf);
                if (rc != EI_OK && sp->check_rest && s.rec_start)
                    sp->rest_bad = !ei_csv_rest_is_text(s.rec_start, buf + have);
                break;
            }
        }
        if (at_end) {
            sp->stop = stop;
            sp->open = end.open;
            break;
        }
        /* keep the unfed bytes, and the record under way for its
         * location in errors */
        size_t keep = s.p.pstate != LIBCSV_ROW_NOT_BEGUN && s.rec_start
                          ? (size_t)(s.rec_start - buf)
                          : fed;
        if (keep == 0 && have == cap) {
            if (cap >= STREAM_MAX) {
                sp->too_long = true;
                rc = EI_ERANGE;
                break;
            }
            size_t rec = s.rec_start ? (size_t)(s.rec_start - buf) : 0;
            size_t cur = s.cursor ? (size_t)(s.cursor - buf) : 0;
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                rc = ei_error_set_at(err, EI_ENOMEM, sp->name, 0, 0,
                                     "out of memory");
                break;
            }
            if (s.rec_start)
                s.rec_start = nb + rec;
            if (s.cursor)
                s.cursor = nb + cur;
            buf = nb;
            cap *= 2;
            continue;
        }
        memmove(buf, buf + keep, have - keep);
        if (s.rec_start && s.p.pstate != LIBCSV_ROW_NOT_BEGUN) {
            /* the record under way moves with its bytes */
            s.rec_start -= keep;
            if (s.cursor)
                s.cursor -= keep;
        } else {
            s.cursor = NULL; /* set again at the next record's start */
        }
        at += keep;
        have -= keep;
        fed -= keep;
    }
    sp->stopped = s.stopped;
    free(buf);
    ei_csv_rows_fini(&s);
    return rc;
}
