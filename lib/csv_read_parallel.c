/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The parallel read of a large long-layout file (see csv_read.h). The
 * header is read here; the rest is cut into one piece per thread at line
 * ends; each thread parses its piece with its own libcsv parser and
 * gathers its rows into a bulk (cells parsed, series keys interned, no
 * dataset touched); the bulks are then added to the dataset in file order.
 *
 * The result is the one-thread read's, to the byte: rows, series order,
 * units, errors and their order. Whatever this path cannot show to be the
 * same (text that is not UTF-8, a NUL byte, a cut inside a quoted field,
 * a unit that does not convert) sends the input back to the one-thread
 * reader, which reports it as it always has.
 *
 * UTF-8 is checked as it is used instead of in a pass of its own: a row
 * gathered has every byte in a cell that was parsed (numbers, periods,
 * words: they accept only the characters they know) or interned (texts,
 * checked the first time they are seen), and the cells of unknown columns
 * are checked row by row. Rows that add nothing are checked whole, and the
 * whole text is checked before any error is reported from here.
 */
#include "csv_read.h"

#include <stdlib.h>
#include <string.h>

#include "csv_chunks.h"
#include "csv_text.h"
#include "dataset_bulk.h"
#include "error_set.h"

/* Pieces smaller than this share of the smallest input read in parallel
 * are not worth a thread. */
#define CHUNK_SHARE 8

/* A problem lenient mode skipped, reported once the read is known to be
 * good. */
typedef struct problem {
    ei_error err;
} problem;

typedef struct piece {
    ei_csv_reader r;        /* a copy of the header's reader */
    const long *unknown;    /* fields of no known column, to check */
    size_t nunknown;
    bool bad_text;          /* not UTF-8: read it the one-thread way */
    problem *problems;
    size_t nproblems, capproblems;
} piece;

static bool valid_utf8(const char *s, size_t len)
{
    bool nul;
    return ei_utf8_scan(s, len, &nul) == len;
}

static int keep_problem(piece *p, const ei_error *err)
{
    if (p->nproblems == p->capproblems) {
        size_t cap = p->capproblems ? 2 * p->capproblems : 16;
        problem *np = realloc(p->problems, cap * sizeof *np);
        if (!np)
            return EI_ENOMEM;
        p->problems = np;
        p->capproblems = cap;
    }
    p->problems[p->nproblems++].err = *err;
    return EI_OK;
}

/* A piece's row callback: the long layout's row, gathered. */
static int piece_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    piece *p = ctx;
    for (size_t i = 0; i < p->nunknown; i++) {
        const ei_csv_field *f = &row->fields[p->unknown[i]];
        if ((size_t)p->unknown[i] < row->n && !valid_utf8(f->text, f->len)) {
            p->bad_text = true;
            return EI_ENCODING;
        }
    }
    size_t before = p->r.bulk->nobs;
    int rc = ei_csv_long_row(&p->r, row, err);
    if (rc == EI_ENCODING) {
        p->bad_text = true;
        return rc;
    }
    if (rc == EI_OK) {
        /* a row that added nothing (a missing value) had no text
         * interned: check it whole */
        if (p->r.bulk->nobs == before && !valid_utf8(row->raw, row->raw_len)) {
            p->bad_text = true;
            return EI_ENCODING;
        }
        return EI_OK;
    }
    if (!p->r.opts->lenient || rc == EI_ENOMEM || p->r.fatal)
        return rc;
    if (keep_problem(p, err))
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    ei_error_clear(err);
    return EI_OK;
}

/* The header: read, layout picked, columns mapped, then stop. */
static int header_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    ei_csv_reader *r = ctx;
    for (size_t i = 0; i < row->n; i++)
        if (!valid_utf8(row->fields[i].text, row->fields[i].len))
            return EI_ENCODING;
    int rc = ei_csv_header(r, row, err);
    return rc == EI_OK ? EI_CSV_STOP : rc;
}

/* The fields of no known column: their text is checked row by row. */
static long *unknown_fields(const ei_csv_reader *r, size_t *n)
{
    long *u = malloc((r->ncols ? r->ncols : 1) * sizeof *u);
    if (!u)
        return NULL;
    *n = 0;
    for (size_t i = 0; i < r->ncols; i++) {
        bool known = false;
        for (size_t c = 0; c < EI_COL_COUNT_; c++)
            known = known || r->col[c] == (long)i;
        if (!known)
            u[(*n)++] = (long)i;
    }
    return u;
}

/* The text to read: the caller's buffer, or the file loaded (*loaded). */
static int get_text(const char *path, const void *data, size_t len,
                    size_t min, size_t threads, char **loaded,
                    const char **text, size_t *text_len)
{
    if (!path) {
        if (len < min || !data)
            return EI_CSV_ONE_THREAD;
        *text = data;
        *text_len = len;
        return EI_OK;
    }
    if (ei_csv_text_load_split(loaded, text_len, path, min, threads))
        return EI_CSV_ONE_THREAD; /* the one-thread read says why */
    *text = *loaded;
    return EI_OK;
}

/* Everything the read allocates, freed in one place. */
typedef struct job {
    ei_csv_chunk chunks[EI_CSV_CHUNKS_MAX];
    piece pieces[EI_CSV_CHUNKS_MAX];
    ei_bulk *bulks[EI_CSV_CHUNKS_MAX];
    size_t n;
    long *unknown;
} job;

static void job_free(job *j)
{
    for (size_t i = 0; i < j->n; i++) {
        ei_bulk_free(j->bulks[i]);
        free(j->pieces[i].problems);
        free(j->pieces[i].r.measures);
    }
    free(j->unknown);
    free(j);
}

static int start_pieces(job *j, ei_csv_reader *r, const ei_csv_span *hdr,
                        size_t threads, size_t chunk_min)
{
    j->unknown = unknown_fields(r, &j->pieces[0].nunknown);
    if (!j->unknown)
        return EI_ENOMEM;
    j->n = ei_csv_chunks_split(j->chunks, threads, hdr->text, hdr->stop,
                               hdr->len, chunk_min);
    for (size_t i = 0; i < j->n; i++) {
        piece *p = &j->pieces[i];
        p->r = *r;
        p->r.measures = calloc(1, sizeof *p->r.measures);
        p->r.bulk = j->bulks[i] = ei_bulk_new();
        p->unknown = j->unknown;
        p->nunknown = j->pieces[0].nunknown;
        if (!p->r.bulk)
            return EI_ENOMEM;
        ei_csv_span *sp = &j->chunks[i].span;
        sp->name = hdr->name;
        sp->text = hdr->text;
        sp->len = hdr->len;
        sp->base = hdr->base;
        sp->delim = hdr->delim;
        sp->first_index = 1;
        j->chunks[i].ctx = p;
    }
    return EI_OK;
}

/* After the pieces were read: the first piece that stopped the read (n if
 * none), or EI_CSV_ONE_THREAD through *one when the one-thread reader
 * must decide. */
static size_t first_stop(const job *j, bool *one)
{
    *one = false;
    size_t stop = j->n;
    for (size_t i = 0; i < j->n; i++) {
        const ei_csv_chunk *c = &j->chunks[i];
        if (c->nul || j->pieces[i].bad_text) {
            *one = true; /* a NUL or bad byte anywhere comes first */
            return stop;
        }
        if (stop < j->n)
            continue;
        if (c->rc != EI_OK)
            stop = i;
        else if (i + 1 < j->n && c->span.open)
            *one = true; /* cut inside a quoted field */
    }
    return stop;
}

int ei_csv_read_parallel(ei_csv_reader *r, const char *name,
                         const void *data, size_t len, const char *path,
                         size_t parallel_min, char **loaded,
                         size_t *loaded_len, ei_error *err)
{
    const ei_csv_options *o = r->opts;
    size_t threads = ei_csv_chunks_threads(o);
    *loaded = NULL;
    *loaded_len = 0;
    if (threads < 2 || o->encoding == EI_ENCODING_GBK
        || o->layout == EI_LAYOUT_WIDE || ei_dataset_pending(r->ds))
        return EI_CSV_ONE_THREAD;
    const char *text;
    size_t text_len;
    if (get_text(path, data, len, parallel_min, threads, loaded, &text,
                 &text_len))
        return EI_CSV_ONE_THREAD;
    *loaded_len = text_len;
    size_t bom = ei_csv_text_bom(text, text_len);

    /* the header, on this thread */
    ei_csv_span hdr;
    memset(&hdr, 0, sizeof hdr);
    hdr.name = path ? path : name;
    hdr.text = text + bom;
    hdr.len = text_len - bom;
    hdr.to = hdr.len;
    hdr.base = (long long)bom;
    hdr.delim = o->delimiter ? o->delimiter
                             : ei_csv_detect_delimiter(hdr.text, hdr.len);
    ei_error herr;
    ei_error_clear(&herr);
    if (ei_csv_rows_read_span(&hdr, header_row, r, &herr) != EI_OK
        || !hdr.stopped || r->layout != EI_LAYOUT_LONG)
        return EI_CSV_ONE_THREAD;

    job *j = calloc(1, sizeof *j);
    if (!j || start_pieces(j, r, &hdr, threads,
                           parallel_min / CHUNK_SHARE)) {
        if (j)
            job_free(j);
        return EI_CSV_ONE_THREAD;
    }
    ei_csv_chunks_run(j->chunks, j->n, piece_row, o, hdr.len);
    ei_csv_chunks_line_base(j->chunks, j->n, hdr.lines);
    bool one;
    size_t stop = first_stop(j, &one);
    bool problems = false;
    for (size_t i = 0; i <= stop && i < j->n; i++)
        problems = problems || j->pieces[i].nproblems;
    /* any error reported from here must be the first: a bad byte anywhere
     * would have come before it */
    if (!one && (stop < j->n || problems) && !valid_utf8(hdr.text, hdr.len))
        one = true;
    if (one) {
        job_free(j);
        return EI_CSV_ONE_THREAD;
    }
    size_t nbulks = stop < j->n ? stop + 1 : j->n;
    for (size_t i = 0; i < nbulks; i++)
        j->bulks[i]->line0 = j->chunks[i].line0;
    /* The text is not needed any more: free it before the dataset grows
     * by as much again. If adding fails, the file is read again. */
    if (path) {
        free(*loaded);
        *loaded = NULL;
    }
    ei_error berr;
    ei_error_clear(&berr);
    if (ei_dataset_add_bulk(r->ds, j->bulks, nbulks, hdr.name, &berr)) {
        job_free(j);
        return EI_CSV_ONE_THREAD;
    }
    /* lenient mode's problems, in file order, then the error that stopped
     * the read, if any */
    int rc = EI_OK;
    for (size_t i = 0; i < nbulks; i++) {
        piece *p = &j->pieces[i];
        for (size_t k = 0; k < p->nproblems; k++) {
            ei_error *e = &p->problems[k].err;
            if (e->line)
                e->line += j->chunks[i].line0;
            if (o->on_problem)
                o->on_problem(o->problem_ctx, e);
            r->skipped++;
        }
    }
    if (stop < j->n) {
        rc = j->chunks[stop].rc;
        if (err) {
            *err = j->chunks[stop].err;
            if (err->line)
                err->line += j->chunks[stop].line0;
        }
    }
    job_free(j);
    return rc;
}
