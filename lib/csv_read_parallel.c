/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The parallel read of a large file, long or wide (see csv_read.h). The
 * header is read here; the rest is cut into one piece per thread at line
 * ends; each thread parses its piece with its own libcsv parser — a file's
 * piece read block by block with pread(), so the file is never in memory
 * whole — and gathers its rows into a bulk (cells parsed, series keys
 * interned, no dataset touched); the bulks are then added to the dataset
 * in file order.
 *
 * The result is the one-thread read's, to the byte: rows, series order,
 * units, errors and their order. Whatever this path cannot show to be the
 * same (text that is not UTF-8, a NUL byte, a cut inside a quoted field, a
 * unit that does not convert, a failed read) sends the input back to the
 * one-thread reader, which reports it as it always has.
 *
 * UTF-8 is checked as it is used instead of in a pass of its own: a row
 * gathered has every byte in a cell that was parsed (numbers, periods,
 * words: they accept only the characters they know) or interned (texts,
 * checked the first time they are seen); the cells of unknown columns are
 * checked row by row; rows that add nothing or are skipped are checked
 * whole; after an error that stops a piece, the rest of it is checked.
 */
#include "csv_read.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv_chunks.h"
#include "csv_text.h"
#include "dataset_bulk.h"
#include "error_set.h"

/* Pieces smaller than this share of the smallest input read in parallel
 * are not worth a thread. */
#define CHUNK_SHARE 8
/* Bytes of a file read to find its BOM, delimiter and header. */
#define HEAD_BYTES ((size_t)1 << 20)

typedef struct piece {
    ei_csv_reader r;        /* a copy of the header's reader */
    const long *unknown;    /* fields of no known column, to check */
    size_t nunknown;
    bool bad_text;          /* not UTF-8: read it the one-thread way */
    ei_error *problems;     /* lenient mode's, reported once the read is
                               known to be good (kept only for a callback:
                               a national file may have tens of thousands,
                               600 bytes each) */
    size_t nproblems, capproblems;
    size_t nskipped;        /* rows skipped, with or without a record */
} piece;

static bool valid_utf8(const char *s, size_t len)
{
    bool nul;
    return ei_utf8_scan(s, len, &nul) == len;
}

static int keep_problem(piece *p, const ei_error *err)
{
    p->nskipped++;
    if (!p->r.opts->on_problem)
        return EI_OK;
    if (p->nproblems == p->capproblems) {
        size_t cap = p->capproblems ? 2 * p->capproblems : 16;
        ei_error *np = realloc(p->problems, cap * sizeof *np);
        if (!np)
            return EI_ENOMEM;
        p->problems = np;
        p->capproblems = cap;
    }
    p->problems[p->nproblems++] = *err;
    return EI_OK;
}

/* A piece's row callback: the row, of either layout, gathered. */
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
    int rc = p->r.layout == EI_LAYOUT_LONG ? ei_csv_long_row(&p->r, row, err)
                                           : ei_csv_wide_row(&p->r, row, err);
    if (rc == EI_ENCODING) {
        p->bad_text = true;
        return rc;
    }
    /* a row that added nothing (a missing value) or that fails had no
     * text interned: check it whole */
    if ((rc != EI_OK || p->r.bulk->nobs == before)
        && !valid_utf8(row->raw, row->raw_len)) {
        p->bad_text = true;
        return EI_ENCODING;
    }
    if (rc == EI_OK)
        return EI_OK;
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

/* The fields of no known column (nor a period's, in the wide layout:
 * parsed as numbers): their text is checked row by row. */
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
        for (size_t k = 0; k < r->nperiods && !known; k++)
            known = r->periods[k].field == i;
        if (!known)
            u[(*n)++] = (long)i;
    }
    return u;
}

/* What the read works on: the caller's buffer, or a file's first bytes
 * (for its BOM, delimiter and header) and its descriptor. */
typedef struct input {
    const char *text;      /* the buffer, or the file's head */
    size_t len;            /* of text */
    size_t total;          /* the input's size */
    int fd;                /* -1 for a buffer */
    char *head;            /* owned: the file's first bytes */
} input;

static void input_close(input *in)
{
    if (in->fd >= 0)
        close(in->fd);
    free(in->head);
}

static bool input_open(input *in, const char *path, const void *data,
                       size_t len, size_t min)
{
    memset(in, 0, sizeof *in);
    in->fd = -1;
    if (!path) {
        in->text = data;
        in->len = in->total = len;
        return data && len >= min;
    }
    in->fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (in->fd < 0 || fstat(in->fd, &st) != 0 || !S_ISREG(st.st_mode)
        || (unsigned long long)st.st_size < min || st.st_size <= 0)
        return false;
    in->total = (size_t)st.st_size;
    in->len = in->total < HEAD_BYTES ? in->total : HEAD_BYTES;
    if (!(in->head = malloc(in->len)))
        return false;
    for (size_t got = 0; got < in->len;) {
        ssize_t r = pread(in->fd, in->head + got, in->len - got, (off_t)got);
        if (r <= 0)
            return false;
        got += (size_t)r;
    }
    in->text = in->head;
    return true;
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
        free(j->pieces[i].r.values);
    }
    free(j->unknown);
    free(j);
}

/* Cut the body into pieces: in memory at line feeds; in a file at equal
 * shares, which each piece moves on to a line start as it reads. */
static size_t cut(job *j, const input *in, const ei_csv_span *hdr,
                  size_t threads, size_t min)
{
    if (in->fd < 0)
        return ei_csv_chunks_split(j->chunks, threads, hdr->text, hdr->stop,
                                   hdr->len, min);
    size_t body = hdr->len - hdr->stop;
    size_t n = min && body / min < threads ? body / min : threads;
    if (n == 0)
        n = 1;
    for (size_t i = 0; i < n; i++) {
        memset(&j->chunks[i], 0, sizeof j->chunks[i]);
        j->chunks[i].span.from = hdr->stop + body / n * i;
        j->chunks[i].span.to = i + 1 < n ? hdr->stop + body / n * (i + 1)
                                         : hdr->len;
    }
    return n;
}

static int start_pieces(job *j, ei_csv_reader *r, const input *in,
                        const ei_csv_span *hdr, size_t threads,
                        const ei_csv_tuning *tune)
{
    j->unknown = unknown_fields(r, &j->pieces[0].nunknown);
    if (!j->unknown)
        return EI_ENOMEM;
    j->n = cut(j, in, hdr, threads, tune->parallel_min / CHUNK_SHARE);
    for (size_t i = 0; i < j->n; i++) {
        piece *p = &j->pieces[i];
        p->r = *r;
        p->r.measures = calloc(1, sizeof *p->r.measures);
        /* the wide layout's cells of a row: each piece its own */
        p->r.values = NULL;
        if (r->nperiods
            && !(p->r.values = calloc(r->nperiods, sizeof *p->r.values)))
            return EI_ENOMEM;
        p->r.bulk = j->bulks[i] = ei_bulk_new();
        p->unknown = j->unknown;
        p->nunknown = j->pieces[0].nunknown;
        if (!p->r.bulk)
            return EI_ENOMEM;
        ei_csv_span *sp = &j->chunks[i].span;
        sp->name = hdr->name;
        sp->text = in->fd < 0 ? hdr->text : NULL;
        sp->fd = in->fd;
        sp->len = hdr->len;
        sp->base = hdr->base;
        sp->delim = hdr->delim;
        sp->first_index = 1;
        sp->check_rest = true;
        sp->block = tune->block;
        j->chunks[i].ctx = p;
    }
    return EI_OK;
}

/* After the pieces were read: the first piece that stopped the read (n if
 * none); *one when the one-thread reader must decide. */
static size_t first_stop(const job *j, bool *one)
{
    *one = false;
    size_t stop = j->n;
    for (size_t i = 0; i < j->n; i++) {
        const ei_csv_chunk *c = &j->chunks[i];
        const ei_csv_span *sp = &c->span;
        /* a NUL or bad byte anywhere comes before any row's error */
        if (c->nul || sp->nul || sp->rest_bad || j->pieces[i].bad_text
            || sp->io_failed || sp->too_long) {
            *one = true;
            return stop;
        }
        if (stop < j->n)
            continue;
        if (c->rc != EI_OK)
            stop = i;
        else if (i + 1 < j->n && sp->open)
            *one = true; /* cut inside a quoted field */
    }
    return stop;
}

/* Lenient mode's problems in file order, then the error that stopped the
 * read, if any; lines counted across pieces. */
static int report(job *j, ei_csv_reader *r, size_t nbulks, size_t stop,
                  ei_error *err)
{
    const ei_csv_options *o = r->opts;
    for (size_t i = 0; i < nbulks; i++) {
        piece *p = &j->pieces[i];
        for (size_t k = 0; k < p->nproblems; k++) {
            ei_error *e = &p->problems[k];
            if (e->line)
                e->line += j->chunks[i].line0;
            o->on_problem(o->problem_ctx, e);
        }
        r->skipped += p->nskipped;
    }
    if (stop >= j->n)
        return EI_OK;
    if (err) {
        *err = j->chunks[stop].err;
        if (err->line)
            err->line += j->chunks[stop].line0;
    }
    return j->chunks[stop].rc;
}

static int read_pieces(ei_csv_reader *r, const input *in, ei_csv_span *hdr,
                       size_t threads, const ei_csv_tuning *tune,
                       ei_error *err)
{
    job *j = calloc(1, sizeof *j);
    if (!j || start_pieces(j, r, in, hdr, threads, tune)) {
        if (j)
            job_free(j);
        return EI_CSV_ONE_THREAD;
    }
    ei_csv_chunks_run(j->chunks, j->n, piece_row, r->opts, hdr->len);
    ei_csv_chunks_line_base(j->chunks, j->n, hdr->lines);
    bool one;
    size_t stop = first_stop(j, &one);
    if (one) {
        job_free(j);
        return EI_CSV_ONE_THREAD;
    }
    size_t nbulks = stop < j->n ? stop + 1 : j->n;
    for (size_t i = 0; i < nbulks; i++)
        j->bulks[i]->line0 = j->chunks[i].line0;
    ei_error berr;
    ei_error_clear(&berr);
    /* a unit that does not convert: the one-thread read locates it */
    if (ei_dataset_add_bulk(r->ds, j->bulks, nbulks, hdr->name, &berr)) {
        job_free(j);
        return EI_CSV_ONE_THREAD;
    }
    int rc = report(j, r, nbulks, stop, err);
    job_free(j);
    return rc;
}

int ei_csv_read_parallel(ei_csv_reader *r, const char *name,
                         const void *data, size_t len, const char *path,
                         const ei_csv_tuning *tune, ei_error *err)
{
    const ei_csv_options *o = r->opts;
    size_t threads = ei_csv_chunks_threads(o);
    if (threads < 2 || o->encoding == EI_ENCODING_GBK
        || ei_dataset_pending(r->ds))
        return EI_CSV_ONE_THREAD;
    input in;
    if (!input_open(&in, path, data, len, tune->parallel_min)) {
        input_close(&in);
        return EI_CSV_ONE_THREAD;
    }
    size_t bom = ei_csv_text_bom(in.text, in.len);

    /* the header, on this thread, from memory */
    ei_csv_span hdr;
    memset(&hdr, 0, sizeof hdr);
    hdr.fd = -1;
    hdr.name = path ? path : name;
    hdr.text = in.text + bom;
    hdr.len = in.total - bom;
    hdr.to = in.len - bom; /* a file's head: the header must end in it */
    hdr.base = (long long)bom;
    hdr.delim = o->delimiter ? o->delimiter
                             : ei_csv_detect_delimiter(hdr.text, hdr.len);
    ei_error herr;
    ei_error_clear(&herr);
    int rc = EI_CSV_ONE_THREAD;
    if (ei_csv_rows_read_span(&hdr, header_row, r, &herr) == EI_OK
        && hdr.stopped
        && (r->layout == EI_LAYOUT_LONG || r->layout == EI_LAYOUT_WIDE))
        rc = read_pieces(r, &in, &hdr, threads, tune, err);
    input_close(&in);
    return rc;
}
