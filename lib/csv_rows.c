/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Rows from checked UTF-8 text. libcsv does the CSV parsing; we feed it one
 * line at a time (split with memchr) so that we always know the line a
 * record starts on, and copy its fields into buffers reused from row to row:
 * no allocation per row or field once the buffers have grown.
 */
#include "csv_rows_priv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csv_pipe.h"
#include "csv_text.h"
#include "error_set.h"

#define PROGRESS_STEP ((size_t)1 << 20)
/* Most bytes handed to libcsv at once, see ei_csv_feed(). */
#define FEED_CHUNK ((size_t)1 << 16)

/* A row for the record under way, for errors raised before it ends. */
static ei_csv_row partial_row(const rows_state *s)
{
    ei_csv_row r = {
        .fields = NULL,
        .n = s->nfields,
        .line = s->rec_line,
        .index = s->index,
        .source = s->name,
        .raw = s->rec_start,
        .raw_len = (size_t)(s->line_end - s->rec_start),
        .raw_offset = s->base + (s->rec_start - s->text),
        .delimiter = s->delim,
    };
    return r;
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 16;
    while (n < need)
        n *= 2;
    void *np = realloc(*p, n * size);
    if (!np)
        return -1;
    *p = np;
    *cap = n;
    return 0;
}

/* Room for one more field of len bytes; the slow path of on_field. */
static int make_room(rows_state *s, size_t len)
{
    if (grow((void **)&s->buf, &s->buf_cap, s->buf_len + len + 1, 1) ||
        grow((void **)&s->spans, &s->spans_cap, s->nfields + 1,
             sizeof *s->spans) ||
        grow((void **)&s->fields, &s->fields_cap, s->nfields + 1,
             sizeof *s->fields)) {
        s->status = ei_error_set_at(s->err, EI_ENOMEM, s->name, s->rec_line,
                                    0, "out of memory");
        return -1;
    }
    return 0;
}

/* Where a field of @p len bytes libcsv just ended lies in the text, when
 * it is plain: the record's fields so far were plain (s->cursor is where
 * this one starts), it does not start with a quote or a blank, and the
 * delimiter or the line's end follows it directly. Then libcsv's field is
 * exactly those bytes: an unquoted field ends at the first delimiter or
 * line end and loses only its blanks. Else NULL, and the rest of the
 * record is taken from libcsv's copies. */
static const char *plain_field(rows_state *s, size_t len)
{
    const char *c = s->cursor;
    s->cursor = NULL;
    if (!c || len > (size_t)(s->line_end - c))
        return NULL;
    if (len && (*c == '"' || *c == ' ' || *c == '\t'))
        return NULL;
    if (c + len < s->line_end) {
        if (c[len] != s->delim)
            return NULL;
        s->cursor = c + len + 1;
    }
    return c;
}

static void on_field(void *data, size_t len, void *vs)
{
    rows_state *s = vs;
    if (s->status)
        return;
    if (s->nfields >= EI_CSV_COLUMNS_MAX) {
        ei_csv_row r = partial_row(s);
        s->status = ei_csv_row_error(s->err, &r, s->nfields, EI_ERANGE,
                                     "more than %u columns",
                                     EI_CSV_COLUMNS_MAX);
        return;
    }
    if (len > EI_CSV_FIELD_MAX) {
        ei_csv_row r = partial_row(s);
        s->status = ei_csv_row_error(s->err, &r, s->nfields, EI_ERANGE,
                                     "field longer than %u bytes",
                                     EI_CSV_FIELD_MAX);
        return;
    }
    size_t room = len < 32 ? 32 : len;
    if ((s->buf_len + room + 1 > s->buf_cap || s->nfields >= s->spans_cap ||
         s->nfields >= s->fields_cap) &&
        make_room(s, room))
        return;
    char *to = s->buf + s->buf_len;
    const char *from = plain_field(s, len);
    if (from) {
        /* The text itself: libcsv has just written the field's copy a byte
         * at a time, and wide loads of those bytes stall until the stores
         * drain (a third of the field step in profiles). */
        if (len <= 32 && from + 32 <= s->text + s->len)
            memcpy(to, from, 32);
        else
            memcpy(to, from, len);
    } else if (len <= 16 && data == s->p.entry_buf && s->p.entry_size >= 16) {
        /* fixed-size copies: one or two moves, not a call */
        memcpy(to, data, 16);
    } else if (len <= 32 && data == s->p.entry_buf && s->p.entry_size >= 32) {
        memcpy(to, data, 32);
    } else {
        memcpy(to, data, len);
    }
    to[len] = '\0';
    s->spans[s->nfields].off = s->buf_len;
    s->spans[s->nfields].len = len;
    s->nfields++;
    s->buf_len += len + 1;
}

static void on_record(int c, void *vs)
{
    (void)c;
    rows_state *s = vs;
    if (s->status)
        return;
    size_t n = s->nfields;
    s->nfields = 0;
    s->buf_len = 0;
    bool empty = true;
    for (size_t i = 0; i < n; i++) {
        s->fields[i].text = s->buf + s->spans[i].off;
        s->fields[i].len = s->spans[i].len;
        if (s->spans[i].len)
            empty = false;
    }
    /* a line of delimiters only (",,," from spreadsheets) is blank too */
    if (empty)
        return;
    ei_csv_row r = partial_row(s);
    r.fields = s->fields;
    r.n = n;
    int rc = s->fn(s->ctx, &r, s->err);
    if (rc == EI_CSV_STOP)
        s->stopped = true;
    if (rc != EI_OK)
        s->status = rc;
    s->index++;
}

/* The delimiter of the first non-blank line: the most frequent of comma,
 * tab and semicolon outside quotes; comma when none appears. */
char ei_csv_detect_delimiter(const char *t, size_t len)
{
    size_t counts[3] = {0, 0, 0};
    bool quoted = false, seen = false;
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r') {
            if (seen)
                break;
            continue;
        } else if (c == ',')
            counts[0]++;
        else if (c == '\t')
            counts[1]++;
        else if (c == ';')
            counts[2]++;
        if (c != ' ' && c != '\t')
            seen = true;
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return '\t';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return ';';
    return ',';
}

size_t ei_csv_count_chars(const char *a, const char *b)
{
    size_t n = 0;
    for (; a < b; a++)
        if (((unsigned char)*a & 0xC0) != 0x80)
            n++;
    return n;
}

/* libcsv stopped (strict mode) at byte q of the current line. */
static int libcsv_error(rows_state *s, const char *line_start, const char *q,
                        unsigned long line)
{
    int e = csv_error(&s->p);
    if (e == CSV_ENOMEM || e == CSV_ETOOBIG)
        return ei_error_set_at(s->err, EI_ENOMEM, s->name, line, 0,
                               "out of memory (libcsv: %s)",
                               csv_strerror(e));
    unsigned long col = 1 + (unsigned long)ei_csv_count_chars(line_start, q);
    if (s->p.quoted)
        ei_error_set_at(s->err, EI_EPARSE, s->name, line, col,
                        "unexpected text after a closing quote");
    else
        ei_error_set_at(s->err, EI_EPARSE, s->name, line, col,
                        "quote inside an unquoted field");
    if (s->err)
        s->err->offset = s->base + (q - s->text);
    return EI_EPARSE;
}

static const char *find_byte(const char *p, const char *end, char c)
{
    const char *q = memchr(p, c, (size_t)(end - p));
    return q ? q : end;
}

int ei_csv_feed(rows_state *s, const char *from, const char *to, bool last,
                unsigned long first_line, tick_fn tick, void *tick_ctx,
                feed_end *end)
{
    const char *p = from;
    const char *next_lf = find_byte(p, to, '\n');
    const char *next_cr = find_byte(p, to, '\r');
    const char *last_progress = p;
    unsigned long line = first_line;
    end->open = false;
    while (p < to) {
        /* each search runs once past a given terminator: linear overall,
         * and a file without CR pays one memchr for CR in all */
        if (next_lf < p)
            next_lf = find_byte(p, to, '\n');
        if (next_cr < p)
            next_cr = find_byte(p, to, '\r');
        const char *eol = next_lf < next_cr ? next_lf : next_cr;
        const char *next = eol;
        if (eol < to)
            next += (*eol == '\r' && eol + 1 < to && eol[1] == '\n') ? 2 : 1;
        if (s->p.pstate == LIBCSV_ROW_NOT_BEGUN) {
            s->rec_start = p;
            s->cursor = p;
            s->rec_line = line;
        }
        s->line_end = eol;
        size_t n = (size_t)(next - p);
        /* Feed long lines in chunks and check the field under way after
         * each: libcsv buffers a field whole, so a 100 MB line fed at once
         * would cost 100 MB before on_field() could refuse it. This keeps
         * libcsv's buffer within EI_CSV_FIELD_MAX + FEED_CHUNK. */
        for (size_t done = 0; done < n;) {
            size_t step = n - done < FEED_CHUNK ? n - done : FEED_CHUNK;
            size_t got = csv_parse(&s->p, p + done, step, on_field,
                                   on_record, s);
            if (s->stopped) {
                /* the rest of this line (its terminator) is the record's */
                end->at = next;
                end->lines = (next > eol ? line : line - 1) - (first_line - 1);
                return EI_OK;
            }
            if (s->status)
                return s->status;
            if (got < step)
                return libcsv_error(s, p, p + done + got, line);
            done += step;
            if (done < n && s->p.entry_pos > EI_CSV_FIELD_MAX) {
                /* what on_field() would say once the field ended */
                ei_csv_row r = partial_row(s);
                return ei_csv_row_error(s->err, &r, s->nfields, EI_ERANGE,
                                        "field longer than %u bytes",
                                        EI_CSV_FIELD_MAX);
            }
        }
        if (s->p.entry_pos > EI_CSV_FIELD_MAX) {
            /* fail early rather than buffer a runaway quoted field */
            ei_csv_row r = partial_row(s);
            return ei_csv_row_error(s->err, &r, s->nfields, EI_ERANGE,
                                    "field longer than %u bytes (an "
                                    "unterminated quote?)",
                                    EI_CSV_FIELD_MAX);
        }
        if (next > eol)
            line++;
        p = next;
        if (tick && (size_t)(p - last_progress) >= PROGRESS_STEP) {
            tick(tick_ctx, (size_t)(p - last_progress));
            last_progress = p;
        }
    }
    end->at = to;
    end->lines = line - first_line;
    if (tick && p > last_progress)
        tick(tick_ctx, (size_t)(p - last_progress));
    if (!last) {
        end->open = s->p.pstate != LIBCSV_ROW_NOT_BEGUN;
        return s->status;
    }
    s->line_end = to;
    if (csv_fini(&s->p, on_field, on_record, s) != 0) {
        /* CSV_STRICT_FINI: the last field's quote never closed */
        ei_csv_row r = partial_row(s);
        return ei_csv_row_error(s->err, &r, s->nfields, EI_EPARSE,
                                "unterminated quoted field");
    }
    if (s->stopped)
        return EI_OK;
    return s->status;
}

/* Progress of a one-thread read: the position in the whole text. */
typedef struct whole_progress {
    const ei_csv_options *opts;
    size_t done, total;
} whole_progress;

static void whole_tick(void *ctx, size_t bytes)
{
    whole_progress *w = ctx;
    w->done += bytes;
    if (w->done < w->total)
        w->opts->on_progress(w->opts->progress_ctx, w->done, w->total);
}

int ei_csv_rows_init(rows_state *s, const char *name, const char *text,
                     size_t len, long long base, char delim, ei_csv_row_fn fn,
                     void *ctx, ei_error *err)
{
    memset(s, 0, sizeof *s);
    s->name = name;
    s->text = text;
    s->len = len;
    s->base = base;
    s->fn = fn;
    s->ctx = ctx;
    s->err = err;
    s->delim = delim;
    if (delim == '"' || delim == '\n' || delim == '\r')
        return ei_error_set_at(err, EI_EINVAL, name, 0, 0,
                               "the delimiter cannot be a quote or a line "
                               "end");
    if (csv_init(&s->p, CSV_STRICT | CSV_APPEND_NULL | CSV_STRICT_FINI) != 0)
        return ei_error_set_at(err, EI_ENOMEM, name, 0, 0, "csv_init failed");
    csv_set_delim(&s->p, (unsigned char)delim);
    /* grow libcsv's field buffer in big steps, not 128 bytes at a time */
    csv_set_blk_size(&s->p, 4096);
    return EI_OK;
}

void ei_csv_rows_fini(rows_state *s)
{
    csv_free(&s->p);
    free(s->buf);
    free(s->spans);
    free(s->fields);
}

static int rows_run(const char *name, ei_csv_text *t,
                    const ei_csv_options *opts, ei_csv_row_fn fn, void *ctx,
                    ei_error *err)
{
    rows_state s;
    char delim = opts && opts->delimiter
                     ? opts->delimiter
                     : ei_csv_detect_delimiter(t->data, t->len);
    int rc = ei_csv_rows_init(&s, name, t->data, t->len, (long long)t->bom, delim,
                       fn, ctx, err);
    if (rc != EI_OK)
        return rc;
    whole_progress w = {opts, 0, t->len};
    feed_end end;
    rc = ei_csv_feed(&s, t->data, t->data + t->len, true, 1,
              opts && opts->on_progress ? whole_tick : NULL, &w, &end);
    if (rc == EI_OK && opts && opts->on_progress)
        opts->on_progress(opts->progress_ctx, t->len, t->len);
    ei_csv_rows_fini(&s);
    return rc;
}

/* The parallel reader checks text as it uses it; a one-thread read would
 * have checked it all: after an error, check the rest. */
bool ei_csv_rest_is_text(const char *p, const char *end)
{
    bool nul;
    size_t n = (size_t)(end - p);
    return ei_utf8_scan(p, n, &nul) == n;
}

int ei_csv_rows_read_span(ei_csv_span *sp, ei_csv_row_fn fn, void *ctx,
                          ei_error *err)
{
    if (sp->fd >= 0)
        return ei_csv_rows_stream_span(sp, fn, ctx, err);
    rows_state s;
    int rc = ei_csv_rows_init(&s, sp->name, sp->text, sp->len, sp->base, sp->delim,
                       fn, ctx, err);
    if (rc != EI_OK)
        return rc;
    s.index = sp->first_index;
    feed_end end = {sp->text + sp->from, 0, false};
    rc = ei_csv_feed(&s, sp->text + sp->from, sp->text + sp->to, sp->to == sp->len,
              1, sp->tick, sp->tick_ctx, &end);
    sp->stop = (size_t)(end.at - sp->text);
    sp->lines = end.lines;
    sp->open = end.open;
    sp->stopped = s.stopped;
    if (rc != EI_OK && sp->check_rest && s.rec_start)
        sp->rest_bad = !ei_csv_rest_is_text(s.rec_start, sp->text + sp->to);
    ei_csv_rows_fini(&s);
    return rc;
}

/* What the pipe's worker runs: the one-thread reader on a prepared text. */
typedef struct rows_job {
    const char *name;
    ei_csv_text *t;
} rows_job;

static int rows_job_run(void *vj, const ei_csv_options *opts,
                        ei_csv_row_fn fn, void *ctx, ei_error *err)
{
    rows_job *j = vj;
    return rows_run(j->name, j->t, opts, fn, ctx, err);
}

/* Large texts are parsed by a worker thread while this one handles the
 * rows (csv_pipe.h): with libcsv's share of a read on the other core, the
 * read takes about three quarters of the time, with the same rows and
 * errors. */
static int rows_dispatch(const char *name, ei_csv_text *t,
                         const ei_csv_options *opts, ei_csv_row_fn fn,
                         void *ctx, ei_error *err)
{
    if (t->len < EI_CSV_PIPE_MIN)
        return rows_run(name, t, opts, fn, ctx, err);
    rows_job j = {name, t};
    return ei_csv_pipe_run(rows_job_run, &j, t->len, opts, fn, ctx, err);
}

int ei_csv_rows_read_buffer(const char *name, const void *data, size_t len,
                            const ei_csv_options *opts, ei_csv_row_fn fn,
                            void *ctx, ei_error *err)
{
    if (!name)
        name = "<buffer>";
    if (!data && len)
        return ei_error_set(err, EI_EINVAL, "NULL data");
    ei_csv_text t;
    int rc = ei_csv_text_prepare(&t, name, NULL, data ? data : "", len,
                                 opts ? opts->encoding : EI_ENCODING_AUTO,
                                 err);
    if (rc != EI_OK)
        return rc;
    rc = rows_dispatch(name, &t, opts, fn, ctx, err);
    ei_csv_text_free(&t);
    return rc;
}

/* The whole read of a file: load it, check its encoding, hand on rows.
 * Rows point into the text (row->raw), so when another thread hands them
 * on the text is kept (keep) until that thread is done with them. */
typedef struct file_job {
    const char *path;
    bool keep;
    bool loaded;
    ei_csv_text t;
} file_job;

static int file_run(void *vj, const ei_csv_options *opts, ei_csv_row_fn fn,
                    void *ctx, ei_error *err)
{
    file_job *j = vj;
    char *buf;
    size_t len;
    int rc = ei_csv_text_load(&buf, &len, j->path, err);
    if (rc != EI_OK)
        return rc;
    rc = ei_csv_text_prepare(&j->t, j->path, buf, buf, len,
                             opts ? opts->encoding : EI_ENCODING_AUTO, err);
    if (rc != EI_OK)
        return rc;
    j->loaded = true;
    rc = rows_run(j->path, &j->t, opts, fn, ctx, err);
    if (!j->keep) {
        ei_csv_text_free(&j->t);
        j->loaded = false;
    }
    return rc;
}

int ei_csv_rows_read_file(const char *path, const ei_csv_options *opts,
                          ei_csv_row_fn fn, void *ctx, ei_error *err)
{
    file_job j;
    memset(&j, 0, sizeof j);
    j.path = path;
    struct stat st;
    /* A large file is loaded, checked and parsed by a worker thread while
     * this one handles its rows (csv_pipe.h). */
    if (path && stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
        (unsigned long long)st.st_size >= EI_CSV_PIPE_MIN) {
        j.keep = true;
        int rc = ei_csv_pipe_run(file_run, &j, (size_t)st.st_size, opts, fn,
                                 ctx, err);
        if (j.loaded)
            ei_csv_text_free(&j.t);
        return rc;
    }
    return file_run(&j, opts, fn, ctx, err);
}

